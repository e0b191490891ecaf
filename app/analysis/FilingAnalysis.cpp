// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingAnalysis.h"

#include "TieOutChecker.h"

std::shared_ptr<const FilingAnalysis> FilingAnalysis::analyze(Filing filing)
{
    auto analysis = std::make_shared<FilingAnalysis>();
    analysis->filing = std::move(filing);
    analysis->tieOut = TieOutChecker::run(analysis->filing);
    return analysis;
}
