// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"

#include <QObject>

#include <functional>

class QAction;
class QWidget;

// File > Export Workbook… (every schedule of the filing shown) and File >
// Export Schedule as Workbook… (the schedule shown): an .xlsx file
// WorkbookWriter writes, after the save dialog, in the last export folder.
class WorkbookExportAction : public QObject
{
    Q_OBJECT

public:
    struct Shown
    {
        FilingAnalysisPtr analysis; // null: no filing
        qsizetype schedule = -1;    // the schedule shown, or -1
    };
    using Source = std::function<Shown()>;
    WorkbookExportAction(Source source, QWidget *window);

    QAction *filingAction() const { return m_filing; }
    QAction *scheduleAction() const { return m_schedule; }
    // Enables each action for what is shown.
    void update();
    // Writes the filing shown, or only its schedule shown, to `path`; the
    // error, or empty. What the actions do once the dialog has a path.
    QString exportTo(const QString &path, bool scheduleOnly);

Q_SIGNALS:
    void status(const QString &text);

private:
    void run(bool scheduleOnly);

    Source m_source;
    QWidget *m_window;
    QAction *m_filing;
    QAction *m_schedule;
};
