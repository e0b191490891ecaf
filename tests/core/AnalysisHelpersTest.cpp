// SPDX-License-Identifier: GPL-3.0-or-later
// The small pieces the analysis leans on at scale: the running sums that
// rule out totals before the exact arithmetic, the words two labels are
// compared by, and which columns of two tables are the same period. Figures are typed in as a filing would print them.
#include "calculation/CheckCalculator.h"
#include "checks/ColumnReconciliationChecks.h"
#include "filing/Row.h"
#include "filing/Schedule.h"
#include "import/PeriodLabel.h"
#include "matching/LabelSimilarity.h"
#include "matching/PeriodAlignment.h"
#include "structure/FigureSums.h"
#include "structure/StatedFormula.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

Cell figure(qint64 mantissa, int decimals = 0)
{
    Cell cell;
    cell.amount = *Amount::of(mantissa, decimals);
    return cell;
}

Cell nil()
{
    return {};
}

Row row(const QList<Cell> &cells)
{
    Row result;
    result.cells = cells;
    return result;
}

} // namespace

TEST(FigureSums, AcceptsWhatTiesWithinRoundingAndRulesOutWhatCannot)
{
    // Juniper's Q1 2007 cost of revenues: 154,942 + 57,167 = 212,109.
    FigureSums sums;
    sums.add(row({figure(154942), figure(140995)}));
    sums.add(row({figure(57167), figure(43952)}));
    EXPECT_TRUE(sums.mightTie(row({figure(212109), figure(184947)}), false));
    // One unit off in each period is within the rounding of three printed figures.
    EXPECT_TRUE(sums.mightTie(row({figure(212110), figure(184946)}), false));
    // Two units off is more than three half units.
    EXPECT_FALSE(sums.mightTie(row({figure(212111), figure(184947)}), false));
    // One period of two: enough only for a row laid out as a total.
    EXPECT_FALSE(sums.mightTie(row({figure(212109), figure(999)}), false));
    EXPECT_TRUE(sums.mightTie(row({figure(212109), figure(999)}), true));
}

TEST(FigureSums, FollowsRowsTakenAwayAndNilsAndUnreadableFigures)
{
    FigureSums sums;
    const Row product = row({figure(509773), nil()});
    const Row service = row({figure(117163), nil()});
    sums.add(product);
    sums.add(service);
    sums.remove(product);
    EXPECT_TRUE(sums.mightTie(row({figure(117163), nil()}), false));
    EXPECT_FALSE(sums.mightTie(row({figure(626936), nil()}), false));
    // Nothing printed in a period, total included: that period does not count.
    EXPECT_TRUE(sums.mightTie(row({figure(117163), nil()}), false));
    // A figure that cannot be read leaves the exact arithmetic to decide.
    Row unreadable = row({figure(1), figure(1)});
    unreadable.cells[0].readable = false;
    unreadable.cells[1].readable = false;
    sums.add(unreadable);
    EXPECT_TRUE(sums.mightTie(row({figure(5), figure(5)}), false));
}

TEST(FigureSums, NeverRulesOutWhatTheExactArithmeticAccepts)
{
    // Per-share figures: 0.22 + 0.08 = 0.30, printed to two places; mixed places too.
    FigureSums sums;
    const Row a = row({figure(22, 2), figure(3, 1)});
    const Row b = row({figure(8, 2), figure(15, 2)});
    sums.add(a);
    sums.add(b);
    for (const Row &total : {row({figure(30, 2), figure(45, 2)}), row({figure(31, 2), figure(4, 1)})}) {
        int tying = 0;
        for (qsizetype p = 0; p < 2; ++p) {
            const QList<CheckCalculator::Term> terms = {{&a.cells[p], 1}, {&b.cells[p], 1}};
            tying += CheckCalculator::sumVerdict(total.cells[p], terms) == CheckLine::Verdict::Pass ? 1 : 0;
        }
        ASSERT_EQ(tying, 2);
        EXPECT_TRUE(sums.mightTie(total, false));
    }
}

TEST(LabelSimilarity, WordsAreLowerCaseRunsOfLettersAndDigitsWithoutSmallWordsOrPlurals)
{
    EXPECT_EQ(LabelSimilarity::words(u"Amortization of Purchased Intangibles"_s),
              (QSet<QString>{u"amortization"_s, u"purchased"_s, u"intangible"_s}));
    EXPECT_EQ(LabelSimilarity::words(u"Non-GAAP net income (loss) per share—diluted, Q1'07"_s),
              (QSet<QString>{u"income"_s, u"loss"_s, u"per"_s, u"share"_s, u"diluted"_s, u"q1"_s, u"07"_s}));
    // "ss" keeps its s; a word of three letters keeps it too.
    EXPECT_EQ(LabelSimilarity::words(u"Business gains: Gas"_s), (QSet<QString>{u"business"_s, u"gain"_s, u"gas"_s}));
    // Letters beyond the basic plane are letters: 𝐀 (U+1D400) starts a word.
    EXPECT_EQ(LabelSimilarity::words(u"Café \U0001D400bc"_s), (QSet<QString>{u"café"_s, u"\U0001D400bc"_s}));
    // A symbol beyond it (📈, U+1F4C8) parts two words, neither half of it kept.
    EXPECT_EQ(LabelSimilarity::words(u"Revenue\U0001F4C8growth"_s), (QSet<QString>{u"revenue"_s, u"growth"_s}));
    EXPECT_DOUBLE_EQ(
        LabelSimilarity::coverage(u"Stock-based compensation"_s, u"Stock-based compensation expense, Note A"_s), 1.0);
}

namespace {

Period quarterEnded(const QString &group, QDate date)
{
    Period period;
    period.labelLines = QStringList{group, u"Second quarter ended"_s, date.toString(u"MMMM d, yyyy"_s)};
    period.labelLines.removeAll(QString());
    period.date = date;
    period.span = Period::Span::Duration;
    period.months = 3;
    return period;
}

} // namespace

TEST(PeriodAlignment, AColumnGroupRepeatingADateMeetsTheOtherTableOnce)
{
    // A statement of comprehensive income in three groups of columns
    // ("Alcoa Corporation", "Noncontrolling interest", "Total") against the
    // statement of operations' two quarters: only the first group is them.
    Schedule groups;
    for (const QString &group : {u"Alcoa Corporation"_s, u"Noncontrolling interest"_s, u"Total"_s})
        groups.periods << quarterEnded(group, QDate(2018, 6, 30)) << quarterEnded(group, QDate(2017, 6, 30));
    Schedule operations;
    operations.periods << quarterEnded({}, QDate(2018, 6, 30)) << quarterEnded({}, QDate(2017, 6, 30));
    EXPECT_EQ(PeriodAlignment::columns(groups, operations), (QList<qsizetype>{0, 1, -1, -1, -1, -1}));
    EXPECT_EQ(PeriodAlignment::columns(operations, groups), (QList<qsizetype>{0, 1}));
}

TEST(ReconciliationBlock, OpensOnAGaapLineAndClosesOnTheAdjustedOne)
{
    EXPECT_TRUE(Row::opensBlock(u"GAAP operating income"_s));
    EXPECT_TRUE(Row::opensBlock(u"Three Months Ended March 31, 2022 - U.S. GAAP"_s));
    EXPECT_TRUE(Row::opensBlock(u"Net income (GAAP)"_s));
    EXPECT_FALSE(Row::opensBlock(u"Non-GAAP operating income"_s));
    EXPECT_FALSE(Row::opensBlock(u"Reconciliation to GAAP measures"_s));
    EXPECT_TRUE(Row::closesBlock(u"Non-GAAP net income"_s));
    EXPECT_TRUE(Row::closesBlock(u"Three Months Ended March 31, 2022 - Adjusted"_s));
    EXPECT_TRUE(Row::closesBlock(u"Adjusted EBITDA (non-GAAP)"_s));
    EXPECT_FALSE(Row::closesBlock(u"Adjusted"_s));
    EXPECT_FALSE(Row::closesBlock(u"Net income"_s));
}

TEST(ColumnReconciliation, AGaapAdjustmentAndNonGaapColumnOfOnePeriodMakeATriple)
{
    const auto column = [](const QString &last, QDate date) {
        Period period = quarterEnded({}, date);
        period.labelLines << last;
        return period;
    };
    const QDate q2 = QDate(2022, 5, 31);
    const QDate before = QDate(2021, 5, 31);
    const QList<Period> periods{column(u"GAAP"_s, q2),     column(u"Adj."_s, q2),     column(u"Non-GAAP"_s, q2),
                                column(u"GAAP"_s, before), column(u"Adj."_s, before), column(u"Non-GAAP"_s, before),
                                column(u"GAAP"_s, q2)};
    using Pair = std::pair<qsizetype, qsizetype>;
    EXPECT_EQ(ColumnReconciliationChecks::triples(periods),
              (QList<Pair>{{-1, -1}, {-1, -1}, {0, 1}, {-1, -1}, {-1, -1}, {3, 4}, {-1, -1}}));
    // Without its adjustment column, or across two periods, no triple.
    const QList<Period> apart{column(u"GAAP"_s, before), column(u"Adj."_s, before), column(u"Non-GAAP"_s, q2)};
    EXPECT_EQ(ColumnReconciliationChecks::triples(apart), (QList<Pair>{{-1, -1}, {-1, -1}, {-1, -1}}));
}

TEST(StatedFormula, ReadsTheArithmeticPrintedAfterALabel)
{
    // The formula as read, written back: "c: + a + b", "j: g / i".
    const auto read = [](const QString &label) {
        const StatedFormula formula = StatedFormula::parse(label);
        QString text = formula.key + u':';
        for (qsizetype t = 0; t < formula.terms.size(); ++t) {
            const bool ratio = formula.form == StatedFormula::Form::Ratio;
            const QString sign =
                ratio ? (t == 0 ? QString() : u"/"_s) : (formula.terms[t].weight < 0 ? u"-"_s : u"+"_s);
            text += (sign.isEmpty() ? u" "_s : u" "_s + sign + u' ') + formula.terms[t].key;
        }
        return text;
    };
    EXPECT_EQ(read(u"Adjusted net income (c)=(a)+\u2211(b)"_s), u"c: + a + b"_s);
    EXPECT_EQ(read(u"Pre-tax, pre-provision income (f)-(j)"_s), u": + f - j"_s);
    EXPECT_EQ(read(u"Yield on average interest-earning assets (j) = (g) / (i)"_s), u"j: g / i"_s);
    EXPECT_EQ(read(u"Average total assets (h)"_s), u"h:"_s);
    EXPECT_EQ(StatedFormula::parse(u"Yield (j) = (g) / (i)"_s).form, StatedFormula::Form::Ratio);
    EXPECT_EQ(StatedFormula::parse(u"Average total assets (h)"_s).form, StatedFormula::Form::None);
}

TEST(StatedFormula, MarkersAndWordsInParenthesesAreNoFormula)
{
    for (const QString &label : {u"Revenue (1)"_s, u"Loans held-for-sale (\u201cHFS\u201d)"_s, u"Other (a) (b)"_s,
                                 u"Net income (loss)"_s, u"(a)+(b)"_s, u"Income (a)+-(b)"_s}) {
        const StatedFormula formula = StatedFormula::parse(label);
        EXPECT_EQ(formula.form, StatedFormula::Form::None) << qPrintable(label);
    }
}

TEST(PeriodLabel, ColumnsOfPartsTakeThePeriodTheTitleNames)
{
    const auto columns = [](const QStringList &labels) {
        QList<Period> periods;
        for (const QString &label : labels)
            periods.append(PeriodLabel::parse({label}));
        return periods;
    };
    QList<Period> parts = columns({u"Consolidated"_s, u"Machinery"_s, u"Eliminations"_s});
    PeriodLabel::dateFromTitle(
        parts, u"Supplemental Data for Results of Operations For the Three Months Ended March 31, 2022"_s);
    for (const Period &period : parts) {
        EXPECT_EQ(period.date, QDate(2022, 3, 31));
        EXPECT_EQ(period.span, Period::Span::Duration);
        EXPECT_EQ(period.months, 3);
    }
    // A roll-forward by instrument is no statement's column.
    QList<Period> instruments = columns({u"Financial contracts"_s, u"Embedded derivatives"_s});
    PeriodLabel::dateFromTitle(instruments, u"Second quarter ended June 30, 2018"_s);
    EXPECT_FALSE(instruments[0].date.isValid());
    // Two years in the title: which is whose is not said.
    QList<Period> twoYears = columns({u"Total"_s, u"Segment A"_s});
    PeriodLabel::dateFromTitle(twoYears, u"Years Ended December 31, 2024 and 2023"_s);
    EXPECT_FALSE(twoYears[0].date.isValid());
}
