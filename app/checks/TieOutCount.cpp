// SPDX-License-Identifier: GPL-3.0-or-later
#include "TieOutCount.h"

#include "amount/AmountFormat.h"

using namespace Qt::StringLiterals;

void TieOutCount::add(const Check &check)
{
    ++checks;
    figures += check.periods.size();
    for (const Check::PeriodResult &period : check.periods)
        failed += period.verdict == CheckLine::Verdict::Fail ? 1 : 0;
}

void TieOutCount::add(const TieOutCount &other)
{
    checks += other.checks;
    figures += other.figures;
    failed += other.failed;
}

TieOutCount TieOutCount::of(const Checks &list)
{
    TieOutCount count;
    for (const Check &check : list)
        count.add(check);
    return count;
}

QString TieOutCount::summary() const
{
    // Spelled out rather than %n: without a translation loaded Qt would write "check(s)".
    const QString made = checks == 1 ? u"1 check"_s : u"%1 checks"_s.arg(AmountFormat::count(checks));
    const QString counted =
        figures == 1 ? u"%1, 1 figure"_s.arg(made) : u"%1, %2 figures"_s.arg(made, AmountFormat::count(figures));
    if (figures == 0)
        return counted;
    if (failed == 0)
        return figures == 1 ? u"%1, it ties"_s.arg(counted) : u"%1, all tie"_s.arg(counted);
    return failed == 1 ? u"%1, 1 fails"_s.arg(counted) : u"%1, %2 fail"_s.arg(counted, AmountFormat::count(failed));
}
