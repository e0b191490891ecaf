// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentLink.h"

struct Filing;

// Links the notes a prospectus offers to the line of a later filing's
// balance sheet that carries them: the same company, a debt line ("Long-
// term debt", "Convertible notes"), a carrying amount within 2% of the
// principal, at or below it (a discount and issuance costs are amortised
// towards it), the latest balance sheet date.
class DocumentLinker
{
public:
    static DocumentLinks link(const QList<const Filing *> &filings);
};
