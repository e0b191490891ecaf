// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"
#include "models/LabelSearch.h"

#include <QObject>

#include <functional>

class FindBar;
class SchedulePage;

// Edit > Find: the find bar's words looked for in the labels of every open
// filing (LabelSearch), each hit shown in turn, wrapping at either end, and
// the schedule shown cut to its hits when the bar filters rows.
class LabelFind : public QObject
{
    Q_OBJECT

public:
    // Shows a schedule of the window: (filing, schedule).
    using ShowSchedule = std::function<bool(int, int)>;
    LabelFind(FindBar *bar, SchedulePage *page, const QList<FilingAnalysisPtr> *filings, ShowSchedule show,
              QObject *parent);

    // The next hit (1), the previous (-1), or the first of a new search (0).
    void step(int step);
    // Shows only the hits of the schedule shown, when the bar asks for it.
    void filterRows();
    // The hits number filings that are about to change: search again next time.
    void forget();

private:
    FindBar *m_bar;
    SchedulePage *m_page;
    const QList<FilingAnalysisPtr> *m_filings;
    ShowSchedule m_show;
    QList<LabelSearch::Hit> m_hits;
    int m_hit = -1;
};
