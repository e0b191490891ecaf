// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"
#include "report/FilingExport.h"

#include <QObject>
#include <QPageLayout>

#include <functional>

class QAction;
class QWidget;

// File > Export Filing: asks the window for the filing shown, collects
// where and how in FilingExportDialog, and writes through FilingExport.
// The format, the folder and the paper chosen are offered again next time,
// and in the next session (Settings).
class FilingExportAction : public QObject
{
    Q_OBJECT

public:
    using Source = std::function<FilingAnalysisPtr()>;
    FilingExportAction(Source source, QWidget *window);

    QAction *action() const { return m_action; }
    void setEnabled(bool enabled);

Q_SIGNALS:
    void status(const QString &text);

private:
    void run();

    Source m_source;
    QWidget *m_window;
    QAction *m_action;
    bool m_pdf = false;
    QPageLayout m_layout;
};
