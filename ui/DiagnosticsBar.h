// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Diagnostic.h"

#include <QFrame>
#include <QSet>

class QLabel;

// The errors and warnings of importing, in a dismissible bar above the
// table. Each names its file, line and column; a click on a place of the
// filing shown asks for it in the source view. Warnings of one kind,
// repeated, share one line with their count and first place, and open to
// show every one. Each call replaces what the bar showed.
class DiagnosticsBar : public QFrame
{
    Q_OBJECT

public:
    explicit DiagnosticsBar(QWidget *parent = nullptr);

    // Shows these diagnostics, all of the filing at index `filing` (-1 when
    // none opened); hides the bar when there are none.
    void setDiagnostics(const Diagnostics &diagnostics, int filing);
    // Shows why files did not open (`unopened`: no place of theirs can be
    // shown) above the warnings of the filing at index `filing`, whose
    // places link to its source.
    void setDiagnostics(const Diagnostics &unopened, const Diagnostics &warnings, int filing);
    // The bar's rich text, and the same as plain lines.
    QString text() const;
    QStringList lines() const { return m_lines; }

    // Follows a link of the bar: "at:LINE:COLUMN" asks for that place,
    // "group:N" opens or closes the N-th group, "more" shows every line.
    void activate(const QString &link);

Q_SIGNALS:
    void locationActivated(int filing, int line, int column);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();
    void render();

    QLabel *m_label = nullptr;
    int m_filing = -1;
    Diagnostics m_diagnostics;
    qsizetype m_linkedFrom = 0; // diagnostics from this index on belong to m_filing
    QSet<int> m_open;           // groups shown member by member
    bool m_showAll = false;
    QStringList m_lines;
};
