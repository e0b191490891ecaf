// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Check.h"

struct Filing;

// The selling-holders table of a prospectus supplement against its offering
// facts: each holder's shares = principal × (shares issuable ÷ principal of
// the offering), rounded to whole shares; "% of notes" = principal ÷
// offering; "% of common stock" = shares ÷ (shares outstanding + the
// holder's shares), Rule 13d-3; "*" means under 1%.
class HolderChecks
{
public:
    static Checks check(const Filing &filing);
};
