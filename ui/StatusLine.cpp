// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusLine.h"

#include "desktop/Theme.h"
#include "models/NavigatorModel.h"
#include "models/ScheduleTableModel.h"

#include <QLabel>
#include <QStatusBar>

using namespace Qt::StringLiterals;

StatusLine::StatusLine(QStatusBar *bar)
    : QObject(bar), m_bar(bar), m_filing(new QLabel(bar)), m_units(new QLabel(bar)), m_tieOut(new QLabel(bar))
{
    for (QLabel *label : {m_filing, m_units, m_tieOut})
        label->setTextFormat(Qt::PlainText);
    bar->addWidget(m_filing, 1);
    bar->addPermanentWidget(m_units);
    bar->addPermanentWidget(m_tieOut);
}

void StatusLine::show(const FilingAnalysis *analysis, const QString &name, const QString &units)
{
    if (!analysis) {
        m_filing->clear();
        m_units->clear();
        m_tieOut->clear();
        return;
    }
    m_filing->setText(name.isEmpty() ? NavigatorModel::filingName(analysis->filing) : name);
    m_units->setText(ScheduleTableModel::unitsWithCurrency(units));
    m_tieOut->setText(tr("Tie-out: %1").arg(NavigatorModel::tieOutSummary(analysis->tieOut)));
    QPalette colours = m_tieOut->palette();
    const QPalette &window = m_bar->palette();
    colours.setColor(QPalette::WindowText, analysis->tieOut.failed() == 0 ? Theme::pass(window) : Theme::fail(window));
    m_tieOut->setPalette(colours);
}

QString StatusLine::text() const
{
    return QStringList{m_filing->text(), m_units->text(), m_tieOut->text()}.join(u" | "_s);
}
