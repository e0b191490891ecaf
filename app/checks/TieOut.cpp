// SPDX-License-Identifier: GPL-3.0-or-later
#include "TieOut.h"

#include <algorithm>

int TieOut::passed() const
{
    return int(std::count_if(checks.cbegin(), checks.cend(), [](const Check &c) { return c.passed(); }));
}

int TieOut::failed() const
{
    return int(checks.size()) - passed();
}

int TieOut::calculationsFailed() const
{
    return int(std::count_if(calculations.cbegin(), calculations.cend(),
                             [](const CalculationResult &c) { return c.verdict == CalculationResult::Verdict::Fail; }));
}

Checks TieOut::failuresFirst() const
{
    Checks sorted = checks;
    std::stable_partition(sorted.begin(), sorted.end(), [](const Check &c) { return !c.passed(); });
    return sorted;
}

Checks TieOut::checksOf(const RowRef &row) const
{
    Checks found;
    for (const Check &check : checks) {
        bool involved = check.target == row;
        for (const Check::Term &term : check.terms)
            involved = involved || term.row == row;
        if (involved)
            found.append(check);
    }
    return found;
}
