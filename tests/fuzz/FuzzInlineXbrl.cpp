// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzTargets::inlineXbrlImporter(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
