// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowKind.h"

using namespace Qt::StringLiterals;

namespace RowKinds {

QString name(RowKind kind)
{
    switch (kind) {
    case RowKind::Heading: return u"heading"_s;
    case RowKind::Section: return u"section"_s;
    case RowKind::Item: return u"item"_s;
    case RowKind::Total: return u"total"_s;
    case RowKind::PerShare: return u"per-share"_s;
    case RowKind::ShareCount: return u"share-count"_s;
    case RowKind::Percentage: return u"percentage"_s;
    }
    return {};
}

QString name(RowUnit unit)
{
    switch (unit) {
    case RowUnit::None: return u"none"_s;
    case RowUnit::Money: return u"money"_s;
    case RowUnit::PerShare: return u"per-share"_s;
    case RowUnit::Shares: return u"shares"_s;
    case RowUnit::Percent: return u"percent"_s;
    }
    return {};
}

RowUnit unitOf(RowKind kind)
{
    switch (kind) {
    case RowKind::Heading:
    case RowKind::Section: return RowUnit::None;
    case RowKind::Item:
    case RowKind::Total: return RowUnit::Money;
    case RowKind::PerShare: return RowUnit::PerShare;
    case RowKind::ShareCount: return RowUnit::Shares;
    case RowKind::Percentage: return RowUnit::Percent;
    }
    return RowUnit::None;
}

bool carriesValues(RowKind kind)
{
    return kind != RowKind::Heading && kind != RowKind::Section;
}

} // namespace RowKinds
