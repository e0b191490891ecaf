// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigatorModel.h"

#include "amount/AmountFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

NavigatorModel::NavigatorModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Filings")});
}

QStandardItem *NavigatorModel::item(const QString &text, Node node, int filing, int schedule)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(int(node), NodeRole);
    item->setData(filing, FilingRole);
    item->setData(schedule, ScheduleRole);
    item->setToolTip(text);
    return item;
}

QString NavigatorModel::filingName(const Filing &filing)
{
    const QString who = filing.company.isEmpty() ? filing.fileName() : filing.company;
    const QString what =
        filing.kind == Filing::Kind::EarningsRelease ? tr("Earnings release") : tr("Prospectus supplement");
    if (!filing.date.isValid())
        return tr("%1 — %2").arg(who, what);
    return tr("%1 — %2, %3").arg(who, what, QLocale().toString(filing.date, QLocale::ShortFormat));
}

QString NavigatorModel::tieOutSummary(const TieOut &tieOut)
{
    // Spelled out rather than %n: no translation is loaded for English, and
    // without one Qt would show "check(s)".
    const int total = int(tieOut.checks.size());
    const QString checks = total == 1 ? tr("1 check") : tr("%1 checks").arg(AmountFormat::count(total));
    const int failed = tieOut.failed();
    if (failed == 0)
        return total == 1 ? tr("1 check, it ties") : tr("%1, all tie").arg(checks);
    return failed == 1 ? tr("%1, 1 fails").arg(checks) : tr("%1, %2 fail").arg(checks, AmountFormat::count(failed));
}

void NavigatorModel::setFilings(const QList<FilingAnalysisPtr> &filings)
{
    removeRows(0, rowCount());
    for (int f = 0; f < filings.size(); ++f) {
        const Filing &filing = filings[f]->filing;
        QStandardItem *top = item(filingName(filing), Node::Filing, f);
        top->setToolTip(filing.title + u'\n' + filing.path);
        for (int s = 0; s < filing.schedules.size(); ++s)
            top->appendRow(item(filing.schedules[s].title, Node::Schedule, f, s));
        if (!filing.notes.isEmpty())
            top->appendRow(item(tr("Notes (%1)").arg(filing.notes.size()), Node::Notes, f));
        if (!filing.narrative.isEmpty())
            top->appendRow(item(tr("Narrative"), Node::Narrative, f));
        QStandardItem *tie = item(tr("Tie-out — %1").arg(tieOutSummary(filings[f]->tieOut)), Node::TieOut, f);
        tie->setData(filings[f]->tieOut.failed(), FailedRole);
        top->appendRow(tie);
        top->appendRow(item(tr("Source — %1").arg(filing.fileName()), Node::Source, f));
        appendRow(top);
    }
}

QModelIndex NavigatorModel::indexOf(int filing, Node node, int schedule) const
{
    const QModelIndex top = index(filing, 0);
    if (!top.isValid() || node == Node::Filing)
        return top;
    for (int r = 0; r < rowCount(top); ++r) {
        const QModelIndex child = index(r, 0, top);
        if (child.data(NodeRole).toInt() == int(node)
            && (node != Node::Schedule || child.data(ScheduleRole).toInt() == schedule))
            return child;
    }
    return {};
}
