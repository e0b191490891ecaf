// SPDX-License-Identifier: GPL-3.0-or-later
// Scrolling a schedule of 100,000 rows: the view's paint of one viewport
// after a scroll, and the model's data() for one screen of cells.
#include "BenchmarkData.h"
#include "ScheduleView.h"
#include "SourceView.h"
#include "TieOutView.h"

#include "models/CheckTableModel.h"
#include "models/ScheduleTableModel.h"

#include <QElapsedTimer>
#include <QImage>
#include <QScrollBar>

#include <algorithm>

#include <benchmark/benchmark.h>

namespace {

constexpr int ScheduleRows = 100'000;

// Each iteration scrolls a page further (wrapping at the end) and paints
// the view, frozen label column included, as a frame would: rendered into
// an image, since an offscreen window is never exposed to paint itself.
void scheduleScrollFrame(benchmark::State &state)
{
    ScheduleTableModel model;
    model.setSchedule(BenchmarkData::longSchedule(ScheduleRows), 0);
    ScheduleView view;
    view.setModel(&model);
    view.resize(1400, 900);
    view.fitColumns();
    QImage frameImage(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&frameImage); // the first paint, when the schedule is shown: not a scroll
    QScrollBar *bar = view.verticalScrollBar();
    int position = 0;
    double worst = 0;
    QElapsedTimer frame;
    for (auto _ : state) {
        frame.start();
        position = position + bar->pageStep() > bar->maximum() ? 0 : position + bar->pageStep();
        bar->setValue(position);
        view.render(&frameImage);
        worst = std::max(worst, double(frame.nsecsElapsed()) / 1e6);
    }
    state.counters["worst_ms"] = worst;
}
BENCHMARK(scheduleScrollFrame)->Unit(benchmark::kMillisecond);

// Every role the view and delegate ask for, for 60 rows of every column.
void scheduleScreenData(benchmark::State &state)
{
    ScheduleTableModel model;
    model.setSchedule(BenchmarkData::longSchedule(ScheduleRows), 0);
    constexpr int ScreenRows = 60;
    const QList<int> roles{Qt::DisplayRole,
                           Qt::FontRole,
                           Qt::ForegroundRole,
                           Qt::BackgroundRole,
                           Qt::TextAlignmentRole,
                           Qt::ToolTipRole,
                           ScheduleTableModel::LevelRole,
                           ScheduleTableModel::TieRole,
                           ScheduleTableModel::RuleRole};
    int first = 0;
    for (auto _ : state) {
        first = first + 2 * ScreenRows > model.rowCount() ? 0 : first + ScreenRows;
        for (int row = first; row < first + ScreenRows; ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex index = model.index(row, column);
                for (const int role : roles)
                    benchmark::DoNotOptimize(model.data(index, role));
            }
        }
    }
}
BENCHMARK(scheduleScreenData)->Unit(benchmark::kMicrosecond);

} // namespace

namespace {

// The tie-out list of the 10 MB release (about 250,000 lines): shown, as
// the page shows it (sorted by verdict, columns fitted), then sorted by the
// column the argument names, as a click on its header does.
void tieOutSort(benchmark::State &state)
{
    const FilingAnalysisPtr analysis = BenchmarkData::analyse(BenchmarkData::syntheticFile(10));
    const int column = int(state.range(0));
    int lines = 0;
    for (auto _ : state) {
        TieOutView view;
        view.resize(1400, 900);
        view.setFilings({analysis}, 0);
        if (column != CheckTableModel::Verdict)
            view.sortByColumn(column, Qt::DescendingOrder);
        lines = view.model()->rowCount();
        benchmark::DoNotOptimize(view.model()->index(0, 0).data());
    }
    state.counters["lines"] = lines;
}
BENCHMARK(tieOutSort)
    ->Arg(CheckTableModel::Verdict)
    ->Arg(CheckTableModel::Description)
    ->Arg(CheckTableModel::Reported)
    ->Unit(benchmark::kMillisecond);

// The source of the 10 MB release shown at a value near its end, as
// selecting a cell does: the text set, the view scrolled and painted.
void sourceShow(benchmark::State &state)
{
    const FilingAnalysisPtr analysis = BenchmarkData::analyse(BenchmarkData::syntheticFile(10));
    const SourceLocation far = analysis->filing.schedules.constLast().location;
    QImage frameImage(QSize(1400, 200), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        SourceView view;
        view.resize(frameImage.size());
        view.setText(analysis->filing.path, analysis->filing.text);
        view.showLocation(far.line, far.column, far.length);
        view.render(&frameImage);
    }
}
BENCHMARK(sourceShow)->Unit(benchmark::kMillisecond);

} // namespace
