// SPDX-License-Identifier: GPL-3.0-or-later
// Every non-GAAP adjustment of the bundled release traced to its notes and
// sources. Expected figures are typed in from the filing.
#include "analysis/FilingAnalysis.h"
#include "checks/TieOutChecker.h"
#include "import/FilingImporter.h"
#include "support/TestData.h"
#include "tracesheet/TraceComposer.h"
#include "tracing/AdjustmentTracer.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

// The release's traces as FilingAnalysis::analyze makes them: its tie-out
// (TieOutChecker::run), then AdjustmentTracer::trace on that.
using TestData::analysedRelease;

const AdjustmentTrace &adjustment(const QString &label, int occurrence)
{
    for (const AdjustmentTrace &trace : analysedRelease()->traces) {
        const Row &row = analysedRelease()->filing.schedules[trace.row.schedule].rows[trace.row.row];
        if (row.label == label && row.occurrence == occurrence)
            return trace;
    }
    static const AdjustmentTrace none;
    ADD_FAILURE() << "no trace for " << qPrintable(label) << " #" << occurrence;
    return none;
}

QStringList lines(const FilingAnalysis &t, const QList<RowRef> &refs)
{
    QStringList list;
    for (const RowRef &ref : refs)
        list << QString::number(t.filing.schedules[ref.schedule].rows[ref.row].location.line);
    return list;
}

QString clauses(const AdjustmentTrace &trace)
{
    QStringList list;
    for (const auto &note : trace.notes)
        list << note.letter + u'(' + note.clauseNumeral + u')';
    return list.join(u' ');
}

} // namespace

TEST(AdjustmentTrace, TracesEveryAdjustmentOfTheReconciliation)
{
    // 2 + 1 + 2 + 2 (percent) + 1 + 1 + 1 + 6 + 7 adjustment rows between GAAP and non-GAAP rows.
    EXPECT_EQ(analysedRelease()->traces.size(), 23);
    for (const AdjustmentTrace &trace : analysedRelease()->traces) {
        EXPECT_FALSE(trace.notes.isEmpty()) << qPrintable(trace.label);
        EXPECT_TRUE(trace.blockTies) << qPrintable(trace.label);
        for (const auto &note : trace.notes)
            EXPECT_TRUE(note.found);
    }
}

TEST(AdjustmentTrace, AmortizationComesFromTheStatementAndTheReconciliationsOwnRow)
{
    const AdjustmentTrace &trace = adjustment(u"Amortization of purchased intangible assets"_s, 3);
    EXPECT_EQ(clauses(trace), u"A(i)"_s);
    EXPECT_EQ(trace.notes[0].title, u"Acquisition Related Expenses"_s);
    EXPECT_EQ(trace.notes[0].clauseText,
              u"amortization of purchased intangible assets associated with our acquisitions"_s);
    ASSERT_GE(trace.sources.size(), 2);
    // 22,740 (operating expenses, line 75) + 1,369 (the product cost-of-revenues amortization, line 127).
    EXPECT_EQ(lines(*analysedRelease(), trace.sources[0].rows), (QStringList{u"75"_s, u"127"_s}));
    EXPECT_EQ(trace.sources[0].description, u"24,109 = 22,740 + 1,369; 24,590 = 23,221 + 1,369"_s);
    EXPECT_EQ(lines(*analysedRelease(), trace.sources[1].rows), (QStringList{u"75"_s, u"134"_s}));
    EXPECT_EQ(lines(*analysedRelease(), trace.mirrors), QStringList{u"162"_s});
    EXPECT_EQ(analysedRelease()->filing.schedules[trace.nonGaap.schedule].rows[trace.nonGaap.row].label,
              u"Non-GAAP Operating income"_s);
    // 24,109 ÷ 604,905 diluted shares; 24,590 ÷ 603,589.
    EXPECT_EQ(trace.perShareEffect, (QStringList{u"0.0399"_s, u"0.0407"_s}));
}

TEST(AdjustmentTrace, GrossMarginStockCompensationIsTheTwoCostOfRevenuesLines)
{
    const AdjustmentTrace &trace = adjustment(u"Stock-based compensation expense"_s, 3);
    EXPECT_EQ(clauses(trace), u"C()"_s); // Note C has no clauses: the whole note
    ASSERT_FALSE(trace.sources.isEmpty());
    EXPECT_EQ(trace.sources[0].kind, AdjustmentTrace::Source::Kind::Statement);
    EXPECT_EQ(lines(*analysedRelease(), trace.sources[0].rows), (QStringList{u"100"_s, u"101"_s}));
    EXPECT_EQ(trace.sources[0].description, u"3,545 = 455 + 3,090; 1,883 = 487 + 1,396"_s);
    // Every candidate is listed: the reconciliation's own rows add up too.
    EXPECT_EQ(trace.sources.size(), 4);
}

TEST(AdjustmentTrace, OperatingStockCompensationIsTheScheduleTotalAndTheCashFlowAddBack)
{
    const AdjustmentTrace &trace = adjustment(u"Stock-based compensation expense"_s, 7);
    ASSERT_EQ(trace.sources.size(), 2);
    EXPECT_EQ(lines(*analysedRelease(), trace.sources[0].rows), QStringList{u"105"_s});
    EXPECT_EQ(lines(*analysedRelease(), trace.sources[1].rows), QStringList{u"256"_s});
    EXPECT_EQ(trace.sources[0].description, u"25,942 = 25,942; 23,065 = 23,065"_s);
}

TEST(AdjustmentTrace, OtherChargesRowsTogetherMakeTheStatementsOtherCharges)
{
    const AdjustmentTrace &investigation = adjustment(u"Other charges - stock option investigation costs"_s, 1);
    EXPECT_EQ(clauses(investigation), u"B(ii)"_s);
    ASSERT_FALSE(investigation.sources.isEmpty());
    const auto &whole = investigation.sources[0];
    EXPECT_EQ(whole.kind, AdjustmentTrace::Source::Kind::PartOf);
    EXPECT_EQ(lines(*analysedRelease(), whole.rows), QStringList{u"76"_s});
    EXPECT_EQ(lines(*analysedRelease(), whole.parts), (QStringList{u"155"_s, u"156"_s, u"157"_s, u"158"_s}));
    EXPECT_EQ(whole.description, u"12,584 = 313 + (38) + 4,710 + 7,599; 1,404 = 1,404 + \u2014 + \u2014 + \u2014"_s);

    EXPECT_EQ(clauses(adjustment(u"Other charges - compensation expense related to acquisitions"_s, 1)), u"A(ii)"_s);
    EXPECT_EQ(clauses(adjustment(u"Other charges - restructuring and acquisition charges"_s, 1)), u"A(iii) B(i)"_s);
    EXPECT_EQ(clauses(adjustment(u"Other charges - tax related charges"_s, 2)), u"B(ii)"_s);
}

TEST(AdjustmentTrace, TheIncomeTaxEffectHasNoSourceLineAndImpliesARate)
{
    const AdjustmentTrace &tax = adjustment(u"Income tax effect"_s, 1);
    EXPECT_EQ(clauses(tax), u"B(iii)"_s);
    EXPECT_TRUE(tax.sources.isEmpty()); // the company's own computation
    // 16,930 ÷ 62,635 = 27.0% in Q1 2007; 11,461 ÷ 49,059 = 23.4% in Q1 2006.
    EXPECT_EQ(tax.impliedTaxRate, (QStringList{u"27.0"_s, u"23.4"_s}));
}

TEST(AdjustmentTrace, TheProductCostAmortizationHasNoStatementLine)
{
    // The statement shows only total product cost of revenues.
    const AdjustmentTrace &trace = adjustment(u"Amortization of purchased intangible assets"_s, 1);
    EXPECT_TRUE(trace.sources.isEmpty());
    EXPECT_EQ(lines(*analysedRelease(), trace.mirrors), QStringList{u"134"_s});
}

TEST(AdjustmentTrace, AHandWrittenReleaseTracesWithOtherLetters)
{
    const FilingAnalysis &northwind = *TestData::analysed(TestData::northwindPath());
    ASSERT_EQ(northwind.traces.size(), 5);
    const AdjustmentTrace &tax = northwind.traces[4];
    EXPECT_EQ(tax.label, u"Income tax effect"_s);
    EXPECT_EQ(clauses(tax), u"X(ii) Y()"_s);
    // 1.9 ÷ (2.1 + 3.3); 1.4 ÷ (1.4 + 2.9); 5.4 ÷ (6.3 + 9.7) = 33.75 -> 33.8.
    EXPECT_EQ(tax.impliedTaxRate, (QStringList{u"35.2"_s, u"32.6"_s, u"33.8"_s}));
    const AdjustmentTrace &amortization = northwind.traces[0];
    ASSERT_EQ(amortization.sources.size(), 1);
    EXPECT_EQ(lines(northwind, amortization.sources[0].rows), QStringList{u"28"_s});
}

namespace {

// Every adjustment of the bundled reconciliation, in order: its line, the
// notes and clauses it cites, and its first source's lines and arithmetic
// (none: no source line in the statements). Typed in from the filing.
struct ExpectedTrace
{
    int line;
    const char16_t *clauses;
    const char16_t *sourceLines;
    const char16_t *arithmetic;
};

constexpr const char16_t *OtherCharges =
    u"12,584 = 313 + (38) + 4,710 + 7,599; 1,404 = 1,404 + \u2014 + \u2014 + \u2014";

const ExpectedTrace EveryTrace[] = {
    {126, u"C()", u"100", u"455 = 455; 487 = 487"},
    {127, u"A(i)", u"", u""},
    {130, u"C()", u"101", u"3,090 = 3,090; 1,396 = 1,396"},
    {133, u"C()", u"100 101", u"3,545 = 455 + 3,090; 1,883 = 487 + 1,396"},
    {134, u"A(i)", u"", u""},
    {137, u"C()", u"", u""},
    {138, u"A(i)", u"", u""},
    {141, u"C()", u"102", u"11,049 = 11,049; 10,013 = 10,013"},
    {144, u"C()", u"103", u"7,635 = 7,635; 7,627 = 7,627"},
    {147, u"C()", u"104", u"3,713 = 3,713; 3,542 = 3,542"},
    {153, u"C()", u"105", u"25,942 = 25,942; 23,065 = 23,065"},
    {154, u"A(i)", u"75 127", u"24,109 = 22,740 + 1,369; 24,590 = 23,221 + 1,369"},
    {155, u"A(ii)", u"76", OtherCharges},
    {156, u"A(iii) B(i)", u"76", OtherCharges},
    {157, u"B(ii)", u"76", OtherCharges},
    {158, u"B(ii)", u"76", OtherCharges},
    {161, u"C()", u"105", u"25,942 = 25,942; 23,065 = 23,065"},
    {162, u"A(i)", u"75 127", u"24,109 = 22,740 + 1,369; 24,590 = 23,221 + 1,369"},
    {163, u"A(ii)", u"76", OtherCharges},
    {164, u"A(iii) B(i)", u"76", OtherCharges},
    {165, u"B(ii)", u"76", OtherCharges},
    {166, u"B(ii)", u"76", OtherCharges},
    {167, u"B(iii)", u"", u""},
};

} // namespace

TEST(AdjustmentTrace, EveryTraceOfTheBundledRelease)
{
    const QList<AdjustmentTrace> &traces = analysedRelease()->traces;
    ASSERT_EQ(traces.size(), qsizetype(std::size(EveryTrace)));
    for (qsizetype i = 0; i < traces.size(); ++i) {
        const ExpectedTrace &expected = EveryTrace[i];
        const AdjustmentTrace &trace = traces[i];
        const int line = analysedRelease()->filing.schedules[trace.row.schedule].rows[trace.row.row].location.line;
        EXPECT_EQ(line, expected.line);
        EXPECT_EQ(clauses(trace), QString::fromUtf16(expected.clauses)) << "line " << line;
        const QString sourceLines =
            trace.sources.isEmpty() ? QString() : lines(*analysedRelease(), trace.sources[0].rows).join(u' ');
        EXPECT_EQ(sourceLines, QString::fromUtf16(expected.sourceLines)) << "line " << line;
        const QString arithmetic = trace.sources.isEmpty() ? QString() : trace.sources[0].description;
        EXPECT_EQ(arithmetic, QString::fromUtf16(expected.arithmetic)) << "line " << line;
    }
}

// tests/data/html/tailspin-q1-2025-release.htm explains its adjustments in
// paragraphs headed by their names, and letters none of them.
TEST(AdjustmentTrace, AParagraphHeadedByTheAdjustmentsNameExplainsIt)
{
    const FilingAnalysisPtr analysis =
        TestData::loadAnalysed(TestData::dataPath(u"html/tailspin-q1-2025-release.htm"_s));
    const Filing &filing = analysis->filing;
    const Note *restructuring = filing.note(u"Restructuring costs"_s);
    ASSERT_NE(restructuring, nullptr);
    EXPECT_TRUE(restructuring->isNamed());
    EXPECT_EQ(restructuring->heading(), u"Restructuring costs"_s);
    EXPECT_TRUE(restructuring->text.startsWith(u"Restructuring costs are excluded because"_s))
        << qPrintable(restructuring->text);
    const Note *pension = filing.note(u"Pension mark-to-market losses"_s);
    ASSERT_NE(pension, nullptr);
    EXPECT_TRUE(pension->text.startsWith(u"Mark-to-market gains and losses on the pension plans"_s));
    // Headings that name no line are no note.
    EXPECT_EQ(filing.note(u"Outlook"_s), nullptr);
    EXPECT_EQ(filing.note(u"Non-GAAP Adjustments"_s), nullptr);

    QStringList traced;
    for (const AdjustmentTrace &trace : analysis->traces) {
        QStringList notes;
        for (const AdjustmentTrace::NoteMatch &match : trace.notes)
            notes << match.letter;
        traced << trace.label + u" -> "_s + notes.join(u", "_s);
    }
    EXPECT_EQ(traced, (QStringList{u"Add: Restructuring costs (b) -> Restructuring costs"_s,
                                   u"Add: Pension mark-to-market loss (b) -> Pension mark-to-market losses"_s}));
    // The trace panel opens the paragraph under its name.
    const AdjustmentTrace &first = analysis->traces.constFirst();
    const TraceSheet sheet = TraceComposer::compose(*analysis, first.row, 0);
    const bool shown = std::any_of(sheet.sections.cbegin(), sheet.sections.cend(), [](const TraceSection &section) {
        return section.title == u"Restructuring costs"_s;
    });
    EXPECT_TRUE(shown);
}

// A reconciliation laid out in columns, as Oracle's: each period's GAAP,
// adjustment and non-GAAP figures side by side, the adjustments the lines
// between the measures. Written here, figures made up.
TEST(AdjustmentTrace, AReconciliationInColumnsTracesItsAdjustmentLines)
{
    const QByteArray html =
        "<html><body><p><b>Statement of Operations</b></p><p>(in millions)</p><table>"
        "<tr><td></td><td>Three Months Ended March 31, 2025</td><td>Three Months Ended March 31, 2024</td></tr>"
        "<tr><td>Revenues</td><td>1,000</td><td>900</td></tr>"
        "<tr><td>Cost of revenues</td><td>400</td><td>380</td></tr>"
        "<tr><td>Restructuring</td><td>25</td><td>10</td></tr>"
        "<tr><td>Total operating expenses</td><td>425</td><td>390</td></tr>"
        "<tr><td><b>Operating income</b></td><td>575</td><td>510</td></tr></table>"
        "<p><b>Reconciliation of Selected GAAP Measures to Non-GAAP Measures</b></p><p>(in millions)</p><table>"
        "<tr><td></td><td colspan=3>Three Months Ended March 31, 2025</td><td colspan=3>"
        "Three Months Ended March 31, 2024</td></tr>"
        "<tr><td></td><td>GAAP</td><td>Adj.</td><td>Non-GAAP</td><td>GAAP</td><td>Adj.</td><td>Non-GAAP</td></tr>"
        "<tr><td><b>TOTAL OPERATING EXPENSES</b></td><td>425</td><td>(25)</td><td>400</td><td>390</td><td>(10)</td>"
        "<td>380</td></tr>"
        "<tr><td>Restructuring</td><td>25</td><td>(25)</td><td>&#8212;</td><td>10</td><td>(10)</td><td>&#8212;</td></"
        "tr>"
        "<tr><td><b>OPERATING "
        "INCOME</b></td><td>575</td><td>25</td><td>600</td><td>510</td><td>10</td><td>520</td></tr>"
        "</table>"
        "<p>&#8226; <u>Restructuring expenses</u>: We have excluded restructuring expenses from our non-GAAP measures "
        "because they are not indicative of ongoing operations.</p></body></html>";
    const ImportResult result = FilingImporter::importBytes(html, u"columns.htm"_s);
    ASSERT_TRUE(result.ok()) << qPrintable(result.firstError());
    const FilingAnalysisPtr analysis = FilingAnalysis::analyze(*result.filing);
    // The measures reconciled are no adjustments; the line between is.
    ASSERT_EQ(analysis->traces.size(), 1);
    const AdjustmentTrace &trace = analysis->traces.constFirst();
    EXPECT_EQ(trace.label, u"Restructuring"_s);
    EXPECT_TRUE(trace.blockTies); // 25 + (25) = — and 10 + (10) = —
    ASSERT_EQ(trace.notes.size(), 1);
    EXPECT_EQ(trace.notes[0].letter, u"Restructuring expenses"_s);
    // The adjustment columns, in the GAAP columns' periods: the statement's line.
    ASSERT_FALSE(trace.sources.isEmpty());
    const AdjustmentTrace::Source &source = trace.sources.constFirst();
    ASSERT_EQ(source.rows.size(), 1);
    EXPECT_EQ(analysis->filing.schedules[source.rows[0].schedule].title, u"Statement of Operations"_s);
    EXPECT_EQ(source.arithmetic, (QStringList{u"25 = 25"_s, u"10 = 10"_s}));
    EXPECT_EQ(source.columns, (QList<qsizetype>{1, 4}));
}
