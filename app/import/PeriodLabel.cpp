// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeriodLabel.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const QStringList MonthNames = {u"january"_s,   u"february"_s, u"march"_s,    u"april"_s,
                                u"may"_s,       u"june"_s,     u"july"_s,     u"august"_s,
                                u"september"_s, u"october"_s,  u"november"_s, u"december"_s};

int monthNumber(const QString &name)
{
    const QString lower = name.toLower();
    for (int i = 0; i < MonthNames.size(); ++i) {
        // "Sept." and "Mar." are printed too.
        if (MonthNames[i] == lower || (lower.size() >= 3 && MonthNames[i].startsWith(lower)))
            return i + 1;
    }
    return 0;
}
} // namespace

int PeriodLabel::monthCount(const QString &word)
{
    static const QStringList Words = {u"one"_s,   u"two"_s,   u"three"_s, u"four"_s, u"five"_s,   u"six"_s,
                                      u"seven"_s, u"eight"_s, u"nine"_s,  u"ten"_s,  u"eleven"_s, u"twelve"_s};
    bool numeric = false;
    const int n = word.toInt(&numeric);
    if (numeric)
        return n > 0 && n <= 120 ? n : 0;
    const qsizetype index = Words.indexOf(word.toLower());
    return index < 0 ? 0 : int(index) + 1;
}

QDate PeriodLabel::findDate(const QString &text)
{
    // "June 26, 2004", "JUNE 26, 2004" in a title set in capitals, "Sept. 30 2024".
    static const QRegularExpression date(uR"(\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b)"_s);
    const auto match = date.match(text);
    if (!match.hasMatch())
        return {};
    const int month = monthNumber(match.captured(1));
    if (month == 0)
        return {};
    return QDate(match.captured(3).toInt(), month, match.captured(2).toInt());
}

Period PeriodLabel::parse(const QStringList &labelLines)
{
    Period period;
    period.labelLines = labelLines;
    const QString label = labelLines.join(u' ').simplified();

    period.date = findDate(label);
    if (!period.date.isValid()) {
        // "Year Ended December 31," over "2006" reads as a date only once
        // the year is joined to the month and day, which join() has done;
        // a lone year stays unplaced.
        return period;
    }

    static const QRegularExpression duration(uR"(\b(\w+)[\s-]+months?\s+ended\b)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression yearEnded(uR"(\b(?:fiscal\s+)?years?\s+ended\b)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quarterEnded(uR"(\bquarters?\s+ended\b)"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    if (const auto m = duration.match(label); m.hasMatch()) {
        period.span = Period::Span::Duration;
        period.months = monthCount(m.captured(1));
    } else if (yearEnded.match(label).hasMatch()) {
        period.span = Period::Span::Duration;
        period.months = 12;
    } else if (quarterEnded.match(label).hasMatch()) {
        period.span = Period::Span::Duration;
        period.months = 3;
    } else {
        period.span = Period::Span::Instant;
    }
    return period;
}

void PeriodLabel::dateFromTitle(QList<Period> &periods, const QString &title)
{
    static const QRegularExpression year(uR"(\b(19|20)\d\d\b)"_s);
    // The columns are taken for the period only when the first is the
    // whole of it, as in a consolidating schedule ("Consolidated | Parent |
    // Eliminations"): a roll-forward by instrument under "Second quarter
    // ended June 30, 2018" holds no figure of the quarter's statements.
    static const QRegularExpression whole(uR"(\b(consolidated|total|as reported)\b|(?<!non-)\bgaap\b)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    if (periods.isEmpty() || !whole.match(periods.constFirst().label()).hasMatch()
        || std::any_of(periods.cbegin(), periods.cend(), [](const Period &p) { return p.date.isValid(); }))
        return;
    auto years = year.globalMatch(title);
    int count = 0;
    for (; years.hasNext(); years.next())
        ++count;
    if (count != 1)
        return;
    const Period titled = parse({title});
    if (!titled.date.isValid())
        return;
    for (Period &period : periods) {
        if (!period.isAdditive())
            continue;
        period.date = titled.date;
        period.span = titled.span;
        period.months = titled.months;
        period.datedByTitle = true;
    }
}

bool PeriodLabel::namesPrices(const QString &header)
{
    static const QRegularExpression prices(
        uR"(\bper (share|unit|rsu|psu|option|award)\b|\b(exercise|grant[- ]date|purchase) price\b|\bfair value per\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return prices.match(header).hasMatch();
}

bool PeriodLabel::namesChange(const QString &header)
{
    static const QRegularExpression change(uR"(\bchange\b|\bvs\.?(\s|$)|\bvariance\b|\bincrease\b|\bdecrease\b)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return change.match(header).hasMatch();
}

bool PeriodLabel::namesRates(const QString &header)
{
    static const QRegularExpression rates(uR"(%|\bpercent|\bbasis point|\bbps\b|\byields?\b|\brates?\b)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    return rates.match(header).hasMatch();
}
