// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Report.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QPrinter;
class QWidget;

// File > Print Preview, Print and Export Report as PDF. The report is the
// one for what the window shows (the reconciliation report on the
// reconciliation, the schedule's own elsewhere), asked of the window when
// an action runs. One printer is kept, made when first needed: the paper,
// orientation and margins chosen in the preview are what Print and Export
// use. The paper starts as the locale's (Letter in the US, A4 elsewhere).
class ReportActions : public QObject
{
    Q_OBJECT

public:
    using Source = std::function<std::optional<Report>()>;
    ReportActions(Source source, QWidget *window);
    ~ReportActions() override;

    QList<QAction *> actions() const;
    void setEnabled(bool enabled);
    // Writes the report as PDF with the page layout chosen; the error, or empty.
    QString exportPdf(const QString &path);

Q_SIGNALS:
    void status(const QString &text);

private:
    QPrinter &printer();
    void preview();
    void print();
    void exportDialog();

    Source m_source;
    QWidget *m_window;
    std::unique_ptr<QPrinter> m_printer;
    QAction *m_preview;
    QAction *m_print;
    QAction *m_export;
};
