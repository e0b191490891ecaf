// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulePage.h"

#include "ScheduleView.h"
#include "models/FilingHtml.h"
#include "models/ScheduleTableModel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace {

QLabel *richLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setContentsMargins(8, 6, 8, 6);
    return label;
}

} // namespace

SchedulePage::SchedulePage(QWidget *parent)
    : QWidget(parent), m_model(new ScheduleTableModel(this)), m_view(new ScheduleView(this)),
      m_heading(richLabel(this)), m_offering(richLabel(this)), m_footnotes(richLabel(this))
{
    m_view->setModel(m_model);
    m_offering->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_heading);
    layout->addWidget(m_offering);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_footnotes);
}

void SchedulePage::setSchedule(const FilingAnalysisPtr &analysis, int schedule)
{
    m_model->setSchedule(analysis, schedule);
    const Schedule &s = m_model->schedule();
    m_heading->setText(FilingHtml::heading(s));
    const bool offering = analysis && analysis->filing.offering.has_value();
    m_offering->setVisible(offering);
    if (offering)
        m_offering->setText(FilingHtml::offering(*analysis->filing.offering));
    const QString footnotes = FilingHtml::footnotes(s);
    m_footnotes->setText(footnotes);
    m_footnotes->setVisible(!footnotes.isEmpty());
    m_view->fitColumns();
}
