// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TieOut.h"
#include "filing/Filing.h"

#include <memory>

// An open filing together with what the analysis found in it. Views share
// one immutable instance, so opening a filing analyses it once and every
// model reads the same figures.
struct FilingAnalysis
{
    Filing filing;
    TieOut tieOut;

    static std::shared_ptr<const FilingAnalysis> analyze(Filing filing);
};

using FilingAnalysisPtr = std::shared_ptr<const FilingAnalysis>;
