// SPDX-License-Identifier: GPL-3.0-or-later
#include "Check.h"

using namespace Qt::StringLiterals;

void Check::setWording(QString description, QList<CheckLine> written)
{
    wording = std::make_shared<const Wording>(Wording{std::move(description), std::move(written)});
}

bool Check::passed() const
{
    return failedPeriods() == 0;
}

int Check::failedPeriods() const
{
    int failed = 0;
    for (const PeriodResult &p : periods) {
        if (p.verdict == CheckLine::Verdict::Fail)
            ++failed;
    }
    return failed;
}

QString Check::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Total: return u"total"_s;
    case Kind::Balance: return u"balance"_s;
    case Kind::CashFlow: return u"cash-flow"_s;
    case Kind::PerShare: return u"per-share"_s;
    case Kind::Margin: return u"margin"_s;
    case Kind::CrossSchedule: return u"cross-schedule"_s;
    case Kind::Reconciliation: return u"reconciliation"_s;
    case Kind::Holder: return u"holder"_s;
    case Kind::Stated: return u"stated"_s;
    case Kind::StatedRatio: return u"stated-ratio"_s;
    case Kind::ColumnTotal: return u"column-total"_s;
    case Kind::Quarters: return u"quarters"_s;
    case Kind::Change: return u"change"_s;
    case Kind::Growth: return u"growth"_s;
    case Kind::Share: return u"share"_s;
    }
    return {};
}

QList<Check::Kind> Check::kinds()
{
    return {Kind::Total,         Kind::Balance,        Kind::CashFlow, Kind::PerShare,    Kind::Margin,
            Kind::CrossSchedule, Kind::Reconciliation, Kind::Stated,   Kind::StatedRatio, Kind::ColumnTotal,
            Kind::Quarters,      Kind::Change,         Kind::Growth,   Kind::Share,       Kind::Holder};
}
