// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Diagnostic.h"

#include <QFrame>

class QLabel;

// The errors and warnings of importing, in a dismissible bar above the
// table. Each names its file, line and column; a click on that place asks
// for it in the source view.
class DiagnosticsBar : public QFrame
{
    Q_OBJECT

public:
    explicit DiagnosticsBar(QWidget *parent = nullptr);

    // Shows these diagnostics (hides the bar when there are none). `filing`
    // is the index of the filing they belong to, -1 when none opened.
    void setDiagnostics(const Diagnostics &diagnostics, int filing);
    QString text() const;

Q_SIGNALS:
    void locationActivated(int filing, int line, int column);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_label = nullptr;
    int m_filing = -1;
};
