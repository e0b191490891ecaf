// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSession.h"

#include "FirstPaint.h"
#include "GuiOptions.h"
#include "MainWindow.h"
#include "charts/ChartPane.h"
#include "checks/TieOutCount.h"
#include "desktop/Theme.h"
#include "files/OutputFile.h"
#include "import/FilingImporter.h"
#include "models/NavigatorModel.h"
#include "models/ScheduleTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QImage>
#include <QPixmap>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stream);
    std::fflush(stream);
}

} // namespace

int GuiSession::run(const QStringList &arguments)
{
    QElapsedTimer clock;
    clock.start();
    QString error;
    const std::optional<GuiOptions> options = GuiOptions::parse(arguments, &error);
    if (!options) {
        printLine(stderr, u"tieout: "_s + error);
        return 2;
    }
    // The filings are read on another thread while the window is built.
    std::future<QList<FilingLoader::Loaded>> loading =
        FilingLoader::start(options->files.isEmpty() ? FilingImporter::bundledFilings() : options->files);
    identifyApplication();
    if (options->dark)
        QApplication::setPalette(Theme::darkPalette());
    MainWindow window;
    window.openLoaded(loading.get());
    if (!options->screenshot.isEmpty())
        return screenshot(window, *options);
    if (options->selfTest) {
        FirstPaint firstPaint(&window);
        QObject::connect(&firstPaint, &FirstPaint::painted, &window, [&window, &clock] {
            const int status = selfTest(window);
            printLine(status == 0 ? stdout : stderr,
                      QApplication::translate("GuiSession", "first paint after %1 ms").arg(clock.elapsed()));
            QCoreApplication::exit(status);
        });
        window.show();
        return QApplication::exec();
    }
    window.show();
    return QApplication::exec();
}

void GuiSession::identifyApplication()
{
    QGuiApplication::setDesktopFileName(QStringLiteral(TIEOUT_APP_ID));
    QApplication::setWindowIcon(QIcon(u":/icons/tieout.svg"_s));
}

int GuiSession::selfTest(MainWindow &window)
{
    const QList<FilingAnalysisPtr> &filings = window.filings();
    if (filings.isEmpty()) {
        printLine(stderr, u"self-test: failed: no filing opened"_s);
        return 1;
    }
    int schedules = 0;
    TieOutCount count;
    for (const FilingAnalysisPtr &analysis : filings) {
        for (qsizetype s = 0; s < analysis->filing.schedules.size(); ++s) {
            ScheduleTableModel model;
            model.setSchedule(analysis, s);
            if (model.rowCount() == 0 || model.columnCount() < 2) {
                printLine(stderr, u"self-test: failed: schedule \"%1\" of %2 shows no rows"_s.arg(
                                      analysis->filing.schedules[s].title, analysis->filing.fileName()));
                return 1;
            }
            ++schedules;
        }
        if (analysis->tieOut.checks.isEmpty()) {
            printLine(stderr, u"self-test: failed: no tie-out ran on %1"_s.arg(analysis->filing.fileName()));
            return 1;
        }
        count.add(TieOutCount::of(analysis->tieOut.checks));
    }
    printLine(stdout,
              u"self-test: ok: %1 filings, %2 schedules, %3"_s.arg(filings.size()).arg(schedules).arg(count.summary()));
    return 0;
}

int GuiSession::screenshot(MainWindow &window, const GuiOptions &options)
{
    if (!options.schedule.isEmpty() && !window.showScheduleTitled(options.schedule)) {
        printLine(stderr, u"tieout: no open filing has a schedule titled \"%1\""_s.arg(options.schedule));
        return 2;
    }
    window.resizeWithDocks(options.size);
    window.show();
    QCoreApplication::processEvents();
    if (!options.selectLabel.isEmpty()
        && !window.selectRow(options.selectLabel, options.selectOccurrence, options.selectPeriod - 1)) {
        printLine(stderr, u"tieout: the schedule shown has no row %1 labelled \"%2\""_s.arg(options.selectOccurrence)
                              .arg(options.selectLabel));
        return 2;
    }
    if (options.page == u"history") {
        if (!window.showHistory()) {
            printLine(stderr,
                      u"tieout: the schedule shown has no history: open it with other filings of its company"_s);
            return 2;
        }
    } else if (!options.page.isEmpty()) {
        const auto node = options.page == u"notes"          ? NavigatorModel::Node::Notes
                          : options.page == u"narrative"    ? NavigatorModel::Node::Narrative
                          : options.page == u"facts"        ? NavigatorModel::Node::Facts
                          : options.page == u"calculations" ? NavigatorModel::Node::Calculations
                          : options.page == u"restatements" ? NavigatorModel::Node::Restatements
                                                            : NavigatorModel::Node::TieOut;
        window.showFilingNode(window.currentFiling(), int(node));
    }
    if (!options.note.isEmpty()) {
        const int filing = window.currentFiling();
        if (filing < 0 || !window.filings()[filing]->filing.note(options.note)) {
            printLine(stderr, u"tieout: the filing shown has no Note %1"_s.arg(options.note));
            return 2;
        }
        window.follow(TraceTarget::toNote(options.note, options.clause));
    }
    if (!options.chart.isEmpty()) {
        if (options.chart == u"selection")
            window.chartSelection();
        else
            window.chartPane()->showKind(*ChartData::kindOf(options.chart));
        window.showChartDock();
    }
    QCoreApplication::processEvents();
    // grab() renders the widget itself, so it works offscreen and at any size.
    QImage image = window.grab().toImage();
    if (image.size() != options.size)
        image = image.scaled(options.size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    OutputFile file(options.screenshot);
    if (file.open() && !image.save(file.device(), "PNG"))
        file.cancel(u"cannot write %1: %2"_s.arg(options.screenshot, file.device()->errorString()));
    if (!file.error().isEmpty() || !file.commit()) {
        printLine(stderr, u"tieout: "_s + file.error());
        return 2;
    }
    return 0;
}
