// SPDX-License-Identifier: GPL-3.0-or-later
#include "FinancialLabels.h"

#include "filing/Schedule.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool FinancialLabels::isRevenueTotal(const Row &row)
{
    static const QRegularExpression revenue(uR"(^(total\s+)?(net\s+)?(revenues?|net sales|sales)$)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return row.kind == RowKind::Total && revenue.match(row.label).hasMatch();
}

bool FinancialLabels::isTotalAssets(const QString &label)
{
    return label.compare(u"total assets"_s, Qt::CaseInsensitive) == 0;
}

bool FinancialLabels::isOperatingExpensesTotal(const QString &label)
{
    static const QRegularExpression expenses(uR"(^total (operating )?(costs and )?expenses$)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    // Asked of every row: the expression runs only on what could match.
    return label.startsWith(u"total "_s, Qt::CaseInsensitive) && expenses.match(label).hasMatch();
}

bool FinancialLabels::isOperatingIncome(const QString &label)
{
    static const QRegularExpression operating(uR"(^(GAAP )?(operating income|income from operations)$)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    return operating.match(label).hasMatch();
}

bool FinancialLabels::isNetIncome(const QString &label)
{
    static const QRegularExpression net(uR"(^(GAAP )?net (income|earnings)$)"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    return net.match(label).hasMatch();
}

bool FinancialLabels::isTotalClaims(const QString &label)
{
    static const QRegularExpression claims(uR"(^total liabilities(,)? and .*(equity|deficit)$)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return label.startsWith(u"total liabilities"_s, Qt::CaseInsensitive) && claims.match(label).hasMatch();
}

qsizetype FinancialLabels::commonSizeBase(const Schedule &schedule)
{
    if (schedule.periods.isEmpty())
        return -1;
    const Period::Span span = schedule.periods.constFirst().span;
    for (qsizetype r = 0; r < schedule.rows.size(); ++r) {
        const Row &row = schedule.rows[r];
        if (span == Period::Span::Duration && isRevenueTotal(row))
            return r;
        if (span == Period::Span::Instant && isTotalAssets(row.label))
            return r;
    }
    return -1;
}
