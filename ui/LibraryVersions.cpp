// SPDX-License-Identifier: GPL-3.0-or-later
#include "LibraryVersions.h"

#include <qcustomplot.h>

QString LibraryVersions::qt()
{
    return QString::fromLatin1(qVersion());
}

QString LibraryVersions::qcustomplot()
{
    return QString::fromLatin1(QCUSTOMPLOT_VERSION_STR);
}
