// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabelFind.h"

#include "FindBar.h"
#include "SchedulePage.h"
#include "ScheduleView.h"
#include "models/ScheduleTableModel.h"

LabelFind::LabelFind(FindBar *bar, SchedulePage *page, const QList<FilingAnalysisPtr> *filings, ShowSchedule show,
                     QObject *parent)
    : QObject(parent), m_bar(bar), m_page(page), m_filings(filings), m_show(std::move(show))
{
    connect(bar, &FindBar::textChanged, this, [this] { step(0); });
    connect(bar, &FindBar::next, this, [this] { step(1); });
    connect(bar, &FindBar::previous, this, [this] { step(-1); });
    connect(bar, &FindBar::filterToggled, this, &LabelFind::filterRows);
    connect(bar, &FindBar::closed, this, [this] {
        m_page->view()->filterRows(false, {});
        m_page->view()->setFocus();
    });
}

void LabelFind::step(int step)
{
    if (step == 0 || m_hits.isEmpty()) {
        m_hits = LabelSearch::find(*m_filings, m_bar->text());
        m_hit = -1;
    }
    auto wrap = FindBar::Wrap::None;
    if (!m_hits.isEmpty()) {
        const int last = int(m_hits.size()) - 1;
        if (step > 0 && m_hit == last && last > 0)
            wrap = FindBar::Wrap::ToFirst;
        else if (step < 0 && m_hit == 0 && last > 0)
            wrap = FindBar::Wrap::ToLast;
        m_hit = step < 0 ? (m_hit <= 0 ? last : m_hit - 1) : (m_hit + 1) % int(m_hits.size());
        const LabelSearch::Hit &hit = m_hits[m_hit];
        m_show(hit.filing, hit.schedule);
        m_page->selectRow(hit.row);
    }
    m_bar->setStatus(m_hit, int(m_hits.size()), wrap);
    filterRows();
}

void LabelFind::filterRows()
{
    const ScheduleTableModel *model = m_page->model();
    const bool filter = m_bar->isVisible() && m_bar->filterRows() && !m_bar->text().isEmpty();
    const int filing = model->analysis() ? int(m_filings->indexOf(model->analysis())) : -1;
    QList<bool> shown(model->rowCount(), false);
    for (const LabelSearch::Hit &hit : std::as_const(m_hits)) {
        if (hit.filing == filing && hit.schedule == model->scheduleIndex() && hit.row < shown.size())
            shown[hit.row] = true;
    }
    m_page->view()->filterRows(filter, shown);
}

void LabelFind::forget()
{
    m_hits.clear();
    m_hit = -1;
}
