// SPDX-License-Identifier: GPL-3.0-or-later
// Inline XBRL documents: facts read exactly (format, scale, sign, nil,
// nesting, exclusions, continuations, hidden facts), contexts and units,
// tables bound to the facts they show, and bad input refused clearly. The
// fixture is hand-written (tests/data/ixbrl/); the real 10-Qs are read from
// ../shared/edgar/ixbrl and skipped where that folder is absent. Every value
// is typed in from the documents.
#include "filing/XbrlInstance.h"
#include "import/FilingImporter.h"
#include "models/FactFilterModel.h"
#include "models/FactTableModel.h"
#include "support/TestData.h"
#include "json/CheckJson.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

#include <zip.h>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

QString fixture()
{
    return TestData::dataPath(u"ixbrl/northwind-2025q2-10-q.htm"_s);
}

const XbrlFact *factById(const Filing &filing, const QString &id)
{
    for (const XbrlFact &fact : filing.xbrl.facts) {
        if (fact.id == id)
            return &fact;
    }
    return nullptr;
}

int indexOf(const Filing &filing, const QString &id)
{
    const XbrlFact *fact = factById(filing, id);
    return fact ? int(fact - filing.xbrl.facts.constData()) : -1;
}

// The first fact of a concept in a context whose period is as written
// ("2024-12-29/2025-03-29", "2025-03-29") and has no dimensions.
const XbrlFact *factOf(const Filing &filing, const QString &name, const QString &period)
{
    for (const XbrlFact &fact : filing.xbrl.facts) {
        const XbrlContext *context = filing.xbrl.contextOf(fact);
        if (fact.conceptName == name && context && !context->hasDimensions() && context->period.toString() == period)
            return &fact;
    }
    return nullptr;
}

const Schedule *scheduleTitled(const Filing &filing, const QString &start)
{
    for (const Schedule &schedule : filing.schedules) {
        if (schedule.title.startsWith(start))
            return &schedule;
    }
    return nullptr;
}

const Row *rowLabelled(const Schedule &schedule, const QString &label)
{
    for (const Row &row : schedule.rows) {
        if (row.label == label)
            return &row;
    }
    return nullptr;
}

ImportResult importText(const QString &text)
{
    return FilingImporter::importBytes(text.toUtf8(), u"bad.htm"_s);
}

// The fixture with one fact's markup replaced.
QString fixtureWith(const QString &from, const QString &to)
{
    QString text = QString::fromUtf8(TestData::bytesOf(fixture()));
    EXPECT_TRUE(text.contains(from)) << qPrintable(from);
    return text.replace(from, to);
}

bool saysAt(const ImportResult &result, const QString &words, int line)
{
    for (const Diagnostic &diagnostic : result.diagnostics) {
        if (diagnostic.message.contains(words) && diagnostic.line == line && diagnostic.column > 0)
            return true;
    }
    return false;
}

} // namespace

TEST(InlineXbrl, ReadsTheCoverPageFacts)
{
    const Filing filing = TestData::load(fixture());
    EXPECT_EQ(filing.kind, Filing::Kind::InlineXbrl);
    EXPECT_EQ(filing.kindName(), u"inline-xbrl"_s);
    EXPECT_EQ(filing.form, u"10-Q"_s);
    EXPECT_EQ(filing.company, u"Northwind Traders, Inc."_s);
    EXPECT_EQ(filing.date, QDate(2025, 6, 28));
    EXPECT_EQ(filing.xbrl.schemaRef, u"nwt-20250628.xsd"_s);
    EXPECT_EQ(filing.xbrl.facts.size(), 21);
    EXPECT_EQ(filing.xbrl.contexts.size(), 5);
    EXPECT_EQ(filing.xbrl.units.size(), 4);
}

TEST(InlineXbrl, AppliesFormatScaleAndSignExactly)
{
    const Filing filing = TestData::load(fixture());
    const auto value = [&](const char16_t *id) {
        const XbrlFact *fact = factById(filing, QString::fromUtf16(id));
        return fact ? fact->valueText() : u"(missing)"_s;
    };
    EXPECT_EQ(value(u"f-10"), u"66613000000"_s);
    EXPECT_EQ(value(u"f-13"), u"312991000000"_s);
    EXPECT_EQ(value(u"f-14"), u"-171000000"_s); // sign="-"
    EXPECT_EQ(value(u"f-16"), u"0"_s);          // fixed-zero shows a dash
    EXPECT_EQ(value(u"f-17"), u"1.57"_s);
    EXPECT_EQ(value(u"f-19"), u"15026859000"_s); // ix:exclude leaves the zero-width spaces out
    EXPECT_EQ(value(u"f-21"), u"0.164"_s);       // 16.4 at scale −2
    EXPECT_EQ(value(u"f-23"), u"5"_s);           // "five"
    EXPECT_EQ(value(u"f-24"), u"1500000000"_s);  // 1.5 at scale 9

    const XbrlFact *nil = factById(filing, u"f-22"_s);
    ASSERT_NE(nil, nullptr);
    EXPECT_TRUE(nil->nil);
    EXPECT_TRUE(nil->value.isNil());

    const XbrlFact *exact = factById(filing, u"f-23"_s);
    ASSERT_NE(exact, nullptr);
    EXPECT_EQ(exact->decimalsText(), u"INF"_s);
    EXPECT_EQ(factById(filing, u"f-10"_s)->decimalsText(), u"-6"_s);
}

TEST(InlineXbrl, ReadsNestedFactsAsOneNumberShown)
{
    const Filing filing = TestData::load(fixture());
    const XbrlFact *outer = factById(filing, u"f-11"_s);
    const XbrlFact *inner = factById(filing, u"f-12"_s);
    ASSERT_NE(outer, nullptr);
    ASSERT_NE(inner, nullptr);
    EXPECT_EQ(outer->conceptName, u"us-gaap:Revenues"_s);
    EXPECT_EQ(inner->conceptName, u"us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"_s);
    EXPECT_EQ(outer->valueText(), u"94036000000"_s);
    EXPECT_EQ(inner->valueText(), u"94036000000"_s);
    EXPECT_EQ(inner->nestedIn, indexOf(filing, u"f-11"_s));
    EXPECT_EQ(outer->nestedIn, -1);
}

TEST(InlineXbrl, ReadsContextsAndUnits)
{
    const Filing filing = TestData::load(fixture());
    const XbrlFact *quarter = factById(filing, u"f-14"_s);
    ASSERT_NE(quarter, nullptr);
    const XbrlContext *context = filing.xbrl.contextOf(*quarter);
    ASSERT_NE(context, nullptr);
    EXPECT_EQ(context->period.toString(), u"2025-03-30/2025-06-28"_s);
    EXPECT_EQ(context->entity, u"0000999999"_s);
    EXPECT_FALSE(context->hasDimensions());

    const XbrlContext *product = filing.xbrl.contextOf(*factById(filing, u"f-10"_s));
    ASSERT_NE(product, nullptr);
    ASSERT_EQ(product->dimensions.size(), 1);
    EXPECT_EQ(product->dimensions[0].axis, u"srt:ProductOrServiceAxis"_s);
    EXPECT_EQ(product->dimensions[0].member, u"us-gaap:ProductMember"_s);
    EXPECT_FALSE(product->dimensions[0].typed);

    const XbrlContext *typed = filing.xbrl.contextOf(*factById(filing, u"f-24"_s));
    ASSERT_NE(typed, nullptr);
    ASSERT_EQ(typed->dimensions.size(), 1);
    EXPECT_EQ(typed->dimensions[0].axis, u"nwt:DebtMaturityYearAxis"_s);
    EXPECT_EQ(typed->dimensions[0].member, u"2027"_s);
    EXPECT_TRUE(typed->dimensions[0].typed);
    EXPECT_EQ(typed->period.toString(), u"2025-06-28"_s);

    EXPECT_EQ(filing.xbrl.unitOf(*factById(filing, u"f-17"_s))->name(), u"iso4217:USD/xbrli:shares"_s);
    EXPECT_EQ(filing.xbrl.unitOf(*factById(filing, u"f-10"_s))->name(), u"iso4217:USD"_s);
    EXPECT_EQ(filing.xbrl.unitOf(*factById(filing, u"f-19"_s))->name(), u"xbrli:shares"_s);
}

TEST(InlineXbrl, JoinsContinuationsAndPlacesHiddenFactsWhereShown)
{
    const Filing filing = TestData::load(fixture());
    const XbrlFact *block = factById(filing, u"f-25"_s);
    ASSERT_NE(block, nullptr);
    EXPECT_FALSE(block->numeric);
    EXPECT_TRUE(block->text.contains(u"Revenue is recognised when control passes."_s));
    EXPECT_TRUE(block->text.contains(u"Services revenue is recognised over time."_s));

    const XbrlFact *hidden = factById(filing, u"hidden-fact-1"_s);
    ASSERT_NE(hidden, nullptr);
    EXPECT_TRUE(hidden->hidden);
    EXPECT_EQ(hidden->valueText(), u"0"_s);
    // Shown by the span styled "-sec-ix-hidden:hidden-fact-1", in the table's restructuring row.
    EXPECT_EQ(hidden->location.line, 40);
    EXPECT_FALSE(factById(filing, u"f-10"_s)->hidden);
}

TEST(InlineXbrl, PlacesAFactAtTheTagThatOpensIt)
{
    const Filing filing = TestData::load(fixture());
    // Line 39: "<span>(<ix:nonFraction … id="f-14">171": the tag opens at
    // column 111, right after the parenthesis, not a character later.
    const XbrlFact *fact = factById(filing, u"f-14"_s);
    ASSERT_NE(fact, nullptr);
    EXPECT_EQ(fact->location.line, 39);
    EXPECT_EQ(fact->location.column, 111);
}

TEST(InlineXbrl, BindsEachTableCellToTheFactItShows)
{
    const Filing filing = TestData::load(fixture());
    const Schedule *operations = scheduleTitled(filing, u"CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"_s);
    ASSERT_NE(operations, nullptr);
    ASSERT_EQ(operations->periods.size(), 2);
    // The headers say "Quarter" and "Year to Date"; the contexts say how long.
    EXPECT_EQ(operations->periods[0].months, 3);
    EXPECT_EQ(operations->periods[1].months, 9);
    EXPECT_EQ(operations->periods[0].date, QDate(2025, 6, 28));
    EXPECT_EQ(operations->periods[1].span, Period::Span::Duration);

    const Row *products = rowLabelled(*operations, u"Products"_s);
    ASSERT_NE(products, nullptr);
    EXPECT_EQ(products->cells[0].fact, indexOf(filing, u"f-10"_s));
    EXPECT_EQ(products->cells[1].fact, -1); // 233,287 is printed untagged
    EXPECT_EQ(products->cells[1].amount, Amount::fromInteger(233287));

    const Row *total = rowLabelled(*operations, u"Total net sales"_s);
    ASSERT_NE(total, nullptr);
    EXPECT_EQ(total->cells[0].fact, indexOf(filing, u"f-11"_s)); // the outer of two nested facts
    EXPECT_EQ(total->cells[0].amount, Amount::fromInteger(94036));

    const Row *other = rowLabelled(*operations, u"Other income/(expense), net"_s);
    ASSERT_NE(other, nullptr);
    EXPECT_EQ(other->cells[0].fact, indexOf(filing, u"f-14"_s));
    EXPECT_EQ(other->cells[0].amount, Amount::fromInteger(-171));

    const Row *restructuring = rowLabelled(*operations, u"Restructuring charges"_s);
    ASSERT_NE(restructuring, nullptr);
    EXPECT_EQ(restructuring->cells[0].fact, indexOf(filing, u"hidden-fact-1"_s));
    EXPECT_EQ(restructuring->cells[1].fact, indexOf(filing, u"f-16"_s));
}

// The XML reader takes the file's own UTF-8 bytes: a byte-order mark (or
// two) and an EDGAR wrapper with accents, a euro sign and a character
// outside the Basic Multilingual Plane before and after the document move
// nothing.
TEST(InlineXbrl, ReadsTheFilesOwnBytesPastAWrapperAndAByteOrderMark)
{
    const QByteArray wrapped = "<DOCUMENT>\n<TYPE>10-Q\n<DESCRIPTION>Rapport trimestriel \xE2\x80\x94 "
                               "\xC3\xA9t\xC3\xA9 \xE2\x82\xAC \xF0\x9D\x84\x9E\n<TEXT>\n"
                               + TestData::bytesOf(fixture()) + "</TEXT>\n<!-- fin \xE2\x98\x83 -->\n</DOCUMENT>\n";
    for (const QByteArray &marks : {QByteArray("\xEF\xBB\xBF"), QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF")}) {
        const ImportResult result = FilingImporter::importBytes(marks + wrapped, u"wrapped.htm"_s);
        ASSERT_TRUE(result.ok()) << qPrintable(result.firstError());
        const Filing &filing = *result.filing;
        EXPECT_EQ(filing.xbrl.facts.size(), 21);
        const XbrlFact *fact = factById(filing, u"f-14"_s);
        ASSERT_NE(fact, nullptr);
        EXPECT_EQ(fact->valueText(), u"-171000000"_s);
        EXPECT_EQ(fact->location.line, 43); // line 39 of the fixture, under four lines of wrapper
        EXPECT_EQ(fact->location.column, 111);
        EXPECT_EQ(factById(filing, u"f-19"_s)->valueText(), u"15026859000"_s);
        // The text shown at a fact's place is the fact's.
        EXPECT_TRUE(QStringView(filing.text).sliced(fact->begin).startsWith(u"<ix:nonFraction"));
    }
}

TEST(InlineXbrl, RefusesADocumentThatIsNotWellFormed)
{
    const ImportResult result = importText(fixtureWith(u"<span>Products</span></td>"_s, u"<span>Products</td>"_s));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(saysAt(result, u"not well-formed"_s, 36)) << qPrintable(result.firstError());
}

TEST(InlineXbrl, NamesAContextOrUnitReferredToButMissing)
{
    ImportResult result =
        importText(fixtureWith(u"contextRef=\"c-1\" decimals=\"-6\" name=\"us-gaap:NonoperatingIncomeExpense\""_s,
                               u"contextRef=\"c-9\" decimals=\"-6\" name=\"us-gaap:NonoperatingIncomeExpense\""_s));
    ASSERT_TRUE(result.ok()) << qPrintable(result.firstError());
    EXPECT_TRUE(saysAt(result, u"context \"c-9\", which this document does not define"_s, 39));
    const XbrlFact *orphan = factById(*result.filing, u"f-14"_s);
    ASSERT_NE(orphan, nullptr);
    EXPECT_EQ(orphan->context, -1);

    result = importText(
        fixtureWith(u"unitRef=\"usdPerShare\" contextRef=\"c-1\""_s, u"unitRef=\"eur\" contextRef=\"c-1\""_s));
    ASSERT_TRUE(result.ok()) << qPrintable(result.firstError());
    EXPECT_TRUE(saysAt(result, u"unit \"eur\", which this document does not define"_s, 41));
}

TEST(InlineXbrl, LeavesOutAFactThatCannotBeRead)
{
    ImportResult result = importText(fixtureWith(u"format=\"ixt:num-dot-decimal\" scale=\"0\" id=\"f-17\""_s,
                                                 u"format=\"ixt:num-dot-decimal\" scale=\"400\" id=\"f-17\""_s));
    ASSERT_TRUE(result.ok()) << qPrintable(result.firstError());
    EXPECT_TRUE(saysAt(result, u"scale \"400\" is out of range"_s, 41));
    EXPECT_EQ(factById(*result.filing, u"f-17"_s), nullptr);

    result = importText(fixtureWith(u"id=\"f-13\">312,991<"_s, u"id=\"f-13\">312,9x1<"_s));
    ASSERT_TRUE(result.ok()) << qPrintable(result.firstError());
    EXPECT_TRUE(saysAt(result, u"left out"_s, 38));
    EXPECT_EQ(factById(*result.filing, u"f-13"_s), nullptr);
    // The cell still shows what is printed, untagged.
    const Schedule *operations = scheduleTitled(*result.filing, u"CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"_s);
    ASSERT_NE(operations, nullptr);
    const Row *total = rowLabelled(*operations, u"Total net sales"_s);
    ASSERT_NE(total, nullptr);
    EXPECT_EQ(total->cells[1].fact, -1);
}

TEST(InlineXbrl, SurvivesTenThousandNestedElements)
{
    const QString deep = QString(u"<span>"_s).repeated(10000) + u"7"_s + QString(u"</span>"_s).repeated(10000);
    const ImportResult result =
        importText(fixtureWith(u"<div><span>The Company has"_s, u"<div>"_s + deep + u"<span>The Company has"_s));
    // Read or refused with a reason, never a crash.
    EXPECT_TRUE(result.ok() || !result.firstError().isEmpty());
    if (result.ok()) {
        EXPECT_NE(factById(*result.filing, u"f-23"_s), nullptr);
    }
}

// Apple's 10-Q for the quarter ended March 29, 2025, in its EDGAR filing
// folder with its schema and linkbases; skipped where that folder is absent.
class AppleTenQ : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString name = u"ixbrl/aapl-20250329-10-q/aapl-20250329.htm"_s;
        path = TestData::edgarPath(name);
        if (path.isEmpty())
            GTEST_SKIP() << TestData::edgarAbsent(name);
    }

    QString path;
};

TEST_F(AppleTenQ, FactsAsFiled)
{
    const Filing filing = TestData::load(path);
    EXPECT_EQ(filing.form, u"10-Q"_s);
    EXPECT_EQ(filing.company, u"Apple Inc."_s);
    EXPECT_EQ(filing.date, QDate(2025, 3, 29));
    // The folder's README counts 674 ix:nonFraction elements.
    EXPECT_EQ(std::count_if(filing.xbrl.facts.cbegin(), filing.xbrl.facts.cend(),
                            [](const XbrlFact &fact) { return fact.numeric; }),
              674);
    const auto valueOf = [&](const QString &conceptName, const QString &period) {
        const XbrlFact *fact = factOf(filing, conceptName, period);
        return fact ? fact->valueText() : u"(missing)"_s;
    };
    EXPECT_EQ(valueOf(u"us-gaap:NetIncomeLoss"_s, u"2024-12-29/2025-03-29"_s), u"24780000000"_s);
    EXPECT_EQ(valueOf(u"us-gaap:NetIncomeLoss"_s, u"2024-09-29/2025-03-29"_s), u"61110000000"_s);
    EXPECT_EQ(valueOf(u"us-gaap:EarningsPerShareDiluted"_s, u"2024-12-29/2025-03-29"_s), u"1.65"_s);
    EXPECT_EQ(valueOf(u"us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"_s, u"2024-12-29/2025-03-29"_s),
              u"95359000000"_s);
    EXPECT_EQ(valueOf(u"us-gaap:Assets"_s, u"2024-09-28"_s), u"364980000000"_s);

    const Schedule *operations = scheduleTitled(filing, u"CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"_s);
    ASSERT_NE(operations, nullptr);
    ASSERT_EQ(operations->periods.size(), 4);
    EXPECT_EQ(operations->periods[0].months, 3);
    EXPECT_EQ(operations->periods[2].months, 6);
    EXPECT_EQ(operations->periods[0].date, QDate(2025, 3, 29));
    const Row *netIncome = rowLabelled(*operations, u"Net income"_s);
    ASSERT_NE(netIncome, nullptr);
    EXPECT_EQ(netIncome->cells[0].amount, Amount::fromInteger(24780));
    ASSERT_GE(netIncome->cells[0].fact, 0);
    EXPECT_EQ(filing.xbrl.facts[netIncome->cells[0].fact].conceptName, u"us-gaap:NetIncomeLoss"_s);
}

TEST_F(AppleTenQ, AStatementOfEquityIsDatedByItsChangesNotItsBalances)
{
    const Filing filing = TestData::load(path);
    const Schedule *equity = scheduleTitled(filing, u"CONDENSED CONSOLIDATED STATEMENTS OF SHAREHOLDERS"_s);
    ASSERT_NE(equity, nullptr);
    // Each column holds one opening balance, one closing balance and one
    // change without a dimension (the total column): the changes, eight
    // more by component, date it. Headed "Three Months Ended March 29,
    // 2025", "Three Months Ended March 30, 2024", "Six Months Ended …".
    ASSERT_EQ(equity->periods.size(), 4);
    const int months[] = {3, 3, 6, 6};
    const QDate ends[] = {QDate(2025, 3, 29), QDate(2024, 3, 30), QDate(2025, 3, 29), QDate(2024, 3, 30)};
    for (int column = 0; column < 4; ++column) {
        SCOPED_TRACE(column);
        EXPECT_EQ(equity->periods[column].span, Period::Span::Duration);
        EXPECT_EQ(equity->periods[column].months, months[column]);
        EXPECT_EQ(equity->periods[column].date, ends[column]);
    }
}

TEST_F(AppleTenQ, ItsCoverPageAndContentsAreTextNotSchedules)
{
    const Filing filing = TestData::load(path);
    // The cover's tables show dei facts (the address, "(408) 996-1010",
    // the securities registered); the contents list "Part I", "Item 1."
    // with page numbers. The statement of operations is the first table
    // with figures to foot.
    ASSERT_FALSE(filing.schedules.isEmpty());
    EXPECT_TRUE(filing.schedules[0].title.startsWith(u"CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"_s))
        << qPrintable(filing.schedules[0].title);
    for (const Diagnostic &warning : filing.warnings)
        EXPECT_FALSE(warning.message.contains(u"Zip Code"_s)) << qPrintable(warning.message);
}

TEST_F(AppleTenQ, CalculationsAreConsistentWithItsLinkbase)
{
    const FilingAnalysisPtr analysis = TestData::loadAnalysed(path);
    const XbrlInstance &xbrl = analysis->filing.xbrl;
    // The folder's README: 106 summation-item arcs in 9 roles.
    EXPECT_EQ(xbrl.calculations.size(), 9);
    EXPECT_EQ(xbrl.labels.value(u"us-gaap:GrossProfit"_s), u"Gross Profit"_s);
    EXPECT_EQ(analysis->tieOut.calculationsFailed(), 0);

    // Gross margin for the quarter: 95,359 − 50,492 = 44,867 (millions).
    const CalculationResult *gross = nullptr;
    for (const CalculationResult &result : analysis->tieOut.calculations) {
        if (result.total == u"us-gaap:GrossProfit"_s && result.context >= 0
            && xbrl.contexts[result.context].period.toString() == u"2024-12-29/2025-03-29"_s
            && !xbrl.contexts[result.context].hasDimensions())
            gross = &result;
    }
    ASSERT_NE(gross, nullptr);
    EXPECT_EQ(gross->verdict, CalculationResult::Verdict::Pass);
    ASSERT_GE(gross->totalFact, 0);
    EXPECT_EQ(xbrl.facts[gross->totalFact].valueText(), u"44867000000"_s);
    ASSERT_EQ(gross->items.size(), 2);
    ASSERT_GE(gross->items[1].fact, 0);
    EXPECT_EQ(xbrl.facts[gross->items[1].fact].valueText(), u"50492000000"_s);
    EXPECT_TRUE(gross->items[1].weight.isNegative());
}

TEST(InlineXbrl, TablesTakeTheirUnitsFromTheirFactsScale)
{
    const QString name = u"ixbrl/americanexpress-2023q3-10-q.htm"_s;
    const QString path = TestData::edgarPath(name);
    if (path.isEmpty())
        GTEST_SKIP() << TestData::edgarAbsent(name);
    const Filing filing = TestData::load(path);
    // The statement of income states no units over its table; its facts
    // carry scale="6". The fair value table under "2022 (Billions)" shows
    // cash of $34 tagged CashAndCashEquivalentsFairValueDisclosure with
    // scale="9": billions, though the caption last stated said millions.
    const Schedule *income = scheduleTitled(filing, u"CONSOLIDATED STATEMENTS OF INCOME"_s);
    ASSERT_NE(income, nullptr);
    EXPECT_EQ(income->scale, 1'000'000);
    const Schedule *billions = scheduleTitled(filing, u"2022 (Billions)"_s);
    ASSERT_NE(billions, nullptr);
    EXPECT_EQ(billions->scale, 1'000'000'000);
    const Row *cash = rowLabelled(*billions, u"Cash and cash equivalents"_s);
    ASSERT_NE(cash, nullptr);
    EXPECT_EQ(cash->cells[0].amount, Amount::fromInteger(34));
}

TEST(InlineXbrl, ARowsFactsSayItsUnitOverItsWords)
{
    const Filing filing = TestData::load(fixture());
    const Schedule *operations = scheduleTitled(filing, u"CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"_s);
    ASSERT_NE(operations, nullptr);
    // "Diluted shares" names no share count a label rule knows; its facts
    // are in unit "shares" (xbrli:shares).
    const Row *shares = rowLabelled(*operations, u"Diluted shares"_s);
    ASSERT_NE(shares, nullptr);
    EXPECT_EQ(shares->kind, RowKind::ShareCount);
    const Row *sales = rowLabelled(*operations, u"Total net sales"_s);
    ASSERT_NE(sales, nullptr);
    EXPECT_EQ(sales->unit(), RowUnit::Money);
}

TEST(InlineXbrl, AStatementOfEquityGivesItsShareColumnsTheirUnit)
{
    const QString name = u"ixbrl/aeon-20230930-10-q/aeon-20230930x10q.htm"_s;
    const QString path = TestData::edgarPath(name);
    if (path.isEmpty())
        GTEST_SKIP() << TestData::edgarAbsent(name);
    const Filing filing = TestData::load(path);
    const Schedule *equity = scheduleTitled(filing, u"CONDENSED CONSOLIDATED STATEMENTS OF CONVERTIBLE PREFERRED"_s);
    ASSERT_NE(equity, nullptr);
    // Columns: Convertible Preferred Stock Shares, Amount; Common Stock
    // Shares, Amount; Additional Paid-in Capital; Subscription Receivables;
    // Accumulated Deficit; Treasury Stock Shares, Amount; Non-controlling
    // Interest; Total. The first balance prints 21,257,708 preferred shares
    // beside $137,949 thousand.
    ASSERT_EQ(equity->periods.size(), 11);
    for (const int column : {0, 2, 7})
        EXPECT_EQ(equity->periods[column].unit, RowUnit::Shares) << column;
    for (const int column : {1, 3, 4, 5, 6, 8, 9, 10})
        EXPECT_EQ(equity->periods[column].unit, RowUnit::None) << column;
    const Row *opening = rowLabelled(*equity, u"Balance as of June 30, 2023 (Predecessor)"_s);
    ASSERT_NE(opening, nullptr);
    EXPECT_EQ(opening->unit(), RowUnit::Money);
    EXPECT_EQ(opening->cells[0].amount, Amount::fromInteger(21'257'708));
}

TEST(InlineXbrl, AeonCalculationBreaksWhereALineIsUntagged)
{
    const QString name = u"ixbrl/aeon-20230930-10-q/aeon-20230930x10q.htm"_s;
    const QString path = TestData::edgarPath(name);
    if (path.isEmpty())
        GTEST_SKIP() << TestData::edgarAbsent(name);
    const FilingAnalysisPtr analysis = TestData::loadAnalysed(path);
    const XbrlInstance &xbrl = analysis->filing.xbrl;
    // The purchase price table prints 178,860 + 125,699 + 10,648 + 125 =
    // 315,332 (thousands); the "Assumed liabilities" of 125 carries no tag,
    // so the linkbase's three items sum to 315,207.
    ASSERT_EQ(analysis->tieOut.calculationsFailed(), 1);
    for (const CalculationResult &result : analysis->tieOut.calculations) {
        if (result.verdict != CalculationResult::Verdict::Fail)
            continue;
        EXPECT_EQ(result.total, u"us-gaap:AssetAcquisitionConsiderationTransferred"_s);
        EXPECT_EQ(xbrl.facts[result.totalFact].valueText(), u"315332000"_s);
        EXPECT_EQ(result.items.size(), 3);
        EXPECT_EQ(result.itemsLow, u"315205500.0"_s);
        EXPECT_EQ(result.itemsHigh, u"315208500.0"_s);
        EXPECT_FALSE(result.brokenByDimensionalItem);
    }
    const QJsonObject json = CheckJson::toJson(analysis->filing, analysis->tieOut);
    int calculations = 0;
    for (const QJsonValue &check : json.value(u"checks"_s).toArray()) {
        if (check.toObject().value(u"kind"_s) == u"calculation"_s) {
            ++calculations;
            if (calculations == 1) { // inconsistent ones first
                EXPECT_EQ(check.toObject().value(u"verdict"_s), u"fail"_s);
                EXPECT_EQ(check.toObject().value(u"total"_s).toObject().value(u"value"_s), u"315332000"_s);
            }
        }
    }
    EXPECT_EQ(calculations, int(analysis->tieOut.calculations.size()));
}

TEST(InlineXbrl, TheFactsListFiltersByConceptPeriodDimensionAndUnit)
{
    const FilingAnalysisPtr analysis = TestData::loadAnalysed(fixture());
    FactTableModel facts;
    facts.setAnalysis(analysis);
    FactFilterModel filter;
    filter.setSourceModel(&facts);
    EXPECT_EQ(filter.rowCount(), 21);

    filter.setUnit(u"xbrli:shares"_s);
    EXPECT_EQ(filter.rowCount(), 2); // the diluted shares of both columns
    filter.setUnit({});

    filter.setDimension(u"srt:ProductOrServiceAxis"_s);
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(filter.index(0, FactTableModel::Value).data().toString(), u"66,613,000,000"_s);
    filter.setDimension(FactFilterModel::NoDimensions);
    EXPECT_EQ(filter.rowCount(), 19); // all but the product line and the 2027 notes
    filter.setDimension(FactFilterModel::AnyDimensions);

    filter.setText(u"earningspershare"_s);
    EXPECT_EQ(filter.rowCount(), 2);
    filter.setText({});

    // The quarter: the eleven facts of context c-1 and the product line of c-4.
    filter.setPeriod(u"2025-03-30/2025-06-28"_s);
    EXPECT_EQ(filter.rowCount(), 12);
    filter.setPeriod({});

    // Where each is shown: the product line's cell, else no cell.
    const QModelIndex products = facts.index(indexOf(analysis->filing, u"f-10"_s), FactTableModel::Concept);
    EXPECT_EQ(products.data(FactTableModel::ScheduleIndexRole).toInt(), 0);
    EXPECT_EQ(products.data(FactTableModel::PeriodIndexRole).toInt(), 0);
    const Row &row = analysis->filing.schedules[0].rows[products.data(FactTableModel::RowIndexRole).toInt()];
    EXPECT_EQ(row.label, u"Products"_s);
    const QModelIndex words = facts.index(indexOf(analysis->filing, u"f-23"_s), FactTableModel::Concept);
    EXPECT_EQ(words.data(FactTableModel::ScheduleIndexRole).toInt(), -1);

    // Sorted by value, the exact amounts in order: the nil fact and text facts aside.
    filter.setUnit(u"iso4217:USD"_s);
    filter.sort(FactTableModel::Value, Qt::DescendingOrder);
    EXPECT_EQ(filter.index(0, FactTableModel::Value).data().toString(), u"312,991,000,000"_s);
}

namespace {

// Writes a zip archive of these members with libzip, as EDGAR's are made.
void writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &members)
{
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    ASSERT_NE(zip, nullptr) << "libzip error " << error;
    for (const auto &[name, bytes] : members) {
        zip_source_t *source = zip_source_buffer(zip, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        ASSERT_NE(source, nullptr);
        ASSERT_GE(zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_OVERWRITE), 0) << zip_strerror(zip);
    }
    ASSERT_EQ(zip_close(zip), 0); // the buffers are read here, while `members` lives
}

} // namespace

TEST(InlineXbrl, OpensEdgarsFilingArchiveWithItsLinkbases)
{
    const QString name = u"ixbrl/aapl-20250329-10-q"_s;
    const QString folder = TestData::edgarPath(name);
    if (folder.isEmpty())
        GTEST_SKIP() << TestData::edgarAbsent(name);
    QList<std::pair<QString, QByteArray>> members;
    for (const QString &file : QDir(folder).entryList(QDir::Files, QDir::Name))
        members.append({file, TestData::bytesOf(QDir(folder).filePath(file))});
    ASSERT_EQ(members.size(), 6);
    QTemporaryDir out;
    const QString archive = out.filePath(u"0000320193-25-000057-xbrl.zip"_s);
    writeZip(archive, members);

    const Filing filing = TestData::load(archive);
    EXPECT_EQ(filing.path, archive);
    EXPECT_EQ(filing.form, u"10-Q"_s);
    EXPECT_EQ(filing.xbrl.calculations.size(), 9); // the linkbases were read beside the document
    EXPECT_EQ(filing.xbrl.labels.value(u"us-gaap:GrossProfit"_s), u"Gross Profit"_s);
    ASSERT_FALSE(filing.xbrl.linkbases.isEmpty());
    EXPECT_TRUE(filing.xbrl.linkbases.constFirst().startsWith(archive + u'/'));
}

TEST(InlineXbrl, RefusesAnArchiveThatIsDamagedEmptyOrEscapesItsFolder)
{
    QTemporaryDir out;
    const QByteArray document = TestData::bytesOf(fixture());

    // A member that would land beside the archive's folder is refused, and nothing is written there.
    const QString escaping = out.filePath(u"escaping.zip"_s);
    writeZip(escaping, {{u"../evil.htm"_s, document}});
    ImportResult result = FilingImporter::importFile(escaping);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.firstError().contains(u"would be unpacked outside its folder"_s))
        << qPrintable(result.firstError());
    EXPECT_FALSE(QFileInfo::exists(QDir(out.path()).filePath(u"../evil.htm"_s)));

    const QString plain = out.filePath(u"plain.zip"_s);
    writeZip(plain, {{u"readme.txt"_s, QByteArray("no filing here")}});
    result = FilingImporter::importFile(plain);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.firstError().contains(u"no inline XBRL document in the archive"_s))
        << qPrintable(result.firstError());

    const QString damaged = out.filePath(u"damaged.zip"_s);
    QFile file(damaged);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("PK\x03\x04", 4) + QByteArray(200, 'x'));
    file.close();
    result = FilingImporter::importFile(damaged);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.firstError().contains(u"cannot read the archive"_s)) << qPrintable(result.firstError());

    // The document alone in an archive opens, its calculations unchecked.
    const QString alone = out.filePath(u"alone.zip"_s);
    writeZip(alone, {{u"northwind-2025q2-10-q.htm"_s, document}});
    result = FilingImporter::importFile(alone);
    ASSERT_TRUE(result.ok()) << qPrintable(result.firstError());
    EXPECT_EQ(result.filing->xbrl.facts.size(), 21);
}
