// SPDX-License-Identifier: GPL-3.0-or-later
#include "BudgetTable.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString processorName()
{
    QFile cpuinfo(u"/proc/cpuinfo"_s);
    if (!cpuinfo.open(QIODevice::ReadOnly))
        return u"unknown processor"_s;
    static const QRegularExpression model(uR"(^model name\s*:\s*(.+)$)"_s, QRegularExpression::MultilineOption);
    const auto match = model.match(QString::fromUtf8(cpuinfo.readAll()));
    return match.hasMatch() ? match.captured(1).simplified() : u"unknown processor"_s;
}

} // namespace

void BudgetTable::add(const QString &budget, const QString &measured, const QString &limit, bool met)
{
    m_rows.append({budget, measured, limit, met});
}

void BudgetTable::failed(const QString &budget, const QString &limit, const QString &why)
{
    m_rows.append({budget, u"not measured: "_s + why, limit, false});
}

void BudgetTable::record(const QString &what, const QString &measured)
{
    m_rows.append({what, measured, u"—"_s, true, true});
}

bool BudgetTable::allMet() const
{
    return std::all_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.met; });
}

QString BudgetTable::toMarkdown() const
{
    QString text = u"Measured %1 on %2 (%3 logical cores), %4, Qt %5, Release build.\n\n"_s
                       .arg(QDateTime::currentDateTime().toString(u"yyyy-MM-dd"_s), processorName())
                       .arg(QThread::idealThreadCount())
                       .arg(QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()));
    text += u"| Budget | Measured (medians) | Limit | Result |\n| --- | --- | --- | --- |\n"_s;
    for (const Row &row : m_rows)
        text += u"| %1 | %2 | %3 | %4 |\n"_s.arg(row.budget, row.measured, row.limit,
                                                 row.recorded ? u"recorded"_s
                                                 : row.met    ? u"met"_s
                                                              : u"**missed**"_s);
    return text;
}
