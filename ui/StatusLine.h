// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"

#include <QObject>

class QLabel;
class QStatusBar;

// The status bar's permanent texts: the filing shown, the units of the
// schedule shown, and the filing's tie-out in the colour of its verdict.
class StatusLine : public QObject
{
    Q_OBJECT

public:
    explicit StatusLine(QStatusBar *bar);

    // No filing: all three are cleared. `name` tells the filing apart from
    // the others open (NavigatorModel::filingNames).
    void show(const FilingAnalysis *analysis, const QString &name, const QString &units);
    // "filing | units | tie-out", for tests and accessibility.
    QString text() const;

private:
    QStatusBar *m_bar = nullptr;
    QLabel *m_filing = nullptr;
    QLabel *m_units = nullptr;
    QLabel *m_tieOut = nullptr;
};
