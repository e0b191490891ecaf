// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalculationResult.h"

using namespace Qt::StringLiterals;

QString CalculationResult::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass: return u"pass"_s;
    case Verdict::Fail: return u"fail"_s;
    case Verdict::NotBound: return u"not-bound"_s;
    case Verdict::Duplicates: return u"duplicates"_s;
    case Verdict::ExcessDigits: return u"excess-digits"_s;
    case Verdict::TooLarge: return u"too-large"_s;
    }
    return {};
}
