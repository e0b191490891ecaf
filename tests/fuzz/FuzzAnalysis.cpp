// SPDX-License-Identifier: GPL-3.0-or-later
#include "FuzzTargets.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The models and the amount formats read the application's locale.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzTargets::analysis(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
