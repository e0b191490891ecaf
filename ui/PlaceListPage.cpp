// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceListPage.h"

void PlaceListPage::requestPlace(int filing, int schedule, int row, int period, int line, int column)
{
    if (schedule >= 0)
        Q_EMIT cellRequested(filing, schedule, row, period);
    else
        Q_EMIT sourceRequested(filing, line, column);
}
