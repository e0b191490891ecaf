// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceSheet.h"

const TraceSection *TraceSheet::section(TraceSection::Kind kind) const
{
    for (const TraceSection &section : sections) {
        if (section.kind == kind)
            return &section;
    }
    return nullptr;
}
