// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureDifference.h"

using namespace Qt::StringLiterals;

QString FigureDifference::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Restatement: return u"restatement"_s;
    case Kind::Reclassification: return u"reclassification"_s;
    case Kind::AsRestated: return u"as-restated"_s;
    }
    return {};
}

Amount FigureDifference::printedChange() const
{
    return Amount::ratio(change, Amount::fromInteger(later.scale), later.value.decimals()).value_or(change);
}
