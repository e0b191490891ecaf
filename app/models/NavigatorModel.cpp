// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigatorModel.h"

#include "amount/AmountFormat.h"
#include "checks/TieOutCount.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <functional>

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
    QString what;
    switch (filing.kind) {
    case Filing::Kind::EarningsRelease: what = tr("Earnings release"); break;
    case Filing::Kind::ProspectusSupplement: what = tr("Prospectus supplement"); break;
    case Filing::Kind::InlineXbrl:
        what = filing.form.isEmpty() ? tr("Inline XBRL report") : tr("Form %1").arg(filing.form);
        break;
    }
    if (!filing.date.isValid())
        return tr("%1 — %2").arg(who, what);
    return tr("%1 — %2, %3").arg(who, what, QLocale().toString(filing.date, QLocale::ShortFormat));
}

QStringList NavigatorModel::filingNames(const QList<FilingAnalysisPtr> &filings)
{
    QStringList bases;
    for (const FilingAnalysisPtr &analysis : filings)
        bases << filingName(analysis->filing);
    QStringList names = bases;
    // Each step names again the filings whose names are still shared, with
    // what tells their files apart: the file's name, then its folder too,
    // then which copy it is.
    const auto rename = [&names](const std::function<QString(int)> &name) {
        QStringList renamed = names;
        for (qsizetype f = 0; f < names.size(); ++f) {
            if (names.count(names[f]) > 1)
                renamed[f] = name(int(f));
        }
        names = renamed;
    };
    rename([&](int f) { return tr("%1 (%2)").arg(bases[f], filings[f]->filing.fileName()); });
    rename([&](int f) {
        const QString folder = QDir::toNativeSeparators(QFileInfo(filings[f]->filing.path).absolutePath());
        return tr("%1 (%2 in %3)").arg(bases[f], filings[f]->filing.fileName(), folder);
    });
    QHash<QString, int> copies;
    rename([&](int f) { return tr("%1 [%2]").arg(names[f]).arg(++copies[names[f]]); });
    return names;
}

QString NavigatorModel::shortTitle(const QString &title)
{
    static const QSet<QString> shared{u"condensed"_s, u"consolidated"_s, u"combined"_s, u"unaudited"_s};
    QStringList words = title.split(u' ', Qt::SkipEmptyParts);
    qsizetype dropped = 0;
    while (dropped < words.size() && shared.contains(words[dropped].toLower()))
        ++dropped;
    if (dropped == 0 || words.size() - dropped < 2)
        return title;
    words.remove(0, dropped);
    words.first()[0] = words.first()[0].toUpper();
    return words.join(u' ');
}

QString NavigatorModel::nameOf(int filing) const
{
    return index(filing, 0).data().toString();
}

QString NavigatorModel::tieOutSummary(const TieOut &tieOut)
{
    return TieOutCount::of(tieOut.checks).summary();
}

void NavigatorModel::setFilings(const QList<FilingAnalysisPtr> &filings, const FilingSetComparison &comparison)
{
    removeRows(0, rowCount());
    const QStringList names = filingNames(filings);
    for (int f = 0; f < filings.size(); ++f) {
        const Filing &filing = filings[f]->filing;
        QStandardItem *top = item(names[f], Node::Filing, f);
        top->setToolTip(filing.title + u'\n' + filing.path);
        // Short titles where no two schedules of the filing would share one.
        QStringList titles;
        for (const Schedule &schedule : filing.schedules)
            titles << shortTitle(schedule.title);
        for (int s = 0; s < filing.schedules.size(); ++s) {
            const QString &title = filing.schedules[s].title;
            QStandardItem *schedule = item(titles.count(titles[s]) == 1 ? titles[s] : title, Node::Schedule, f, s);
            schedule->setToolTip(title);
            top->appendRow(schedule);
        }
        if (!filing.notes.isEmpty())
            top->appendRow(item(tr("Notes (%1)").arg(filing.notes.size()), Node::Notes, f));
        if (!filing.narrative.isEmpty())
            top->appendRow(item(tr("Narrative"), Node::Narrative, f));
        if (!filing.xbrl.facts.isEmpty())
            top->appendRow(item(tr("Facts (%1)").arg(filing.xbrl.facts.size()), Node::Facts, f));
        if (const QList<CalculationResult> &results = filings[f]->tieOut.calculations; !results.isEmpty()) {
            const int failing = filings[f]->tieOut.calculationsFailed();
            QStandardItem *calculations =
                item(failing > 0 ? tr("Calculations — %1 of %2 inconsistent").arg(failing).arg(results.size())
                                 : tr("Calculations — %1, none inconsistent").arg(results.size()),
                     Node::Calculations, f);
            calculations->setData(failing, FailedRole);
            top->appendRow(calculations);
        }
        if (const qsizetype differ = comparison.reportedBy(f).size(); differ > 0) {
            QStandardItem *restatements = item(
                tr("Restatements — %n figure(s) reported differently", nullptr, int(differ)), Node::Restatements, f);
            restatements->setData(int(differ), FailedRole);
            top->appendRow(restatements);
        }
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
