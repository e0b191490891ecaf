// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled Juniper Q1'07 earnings release, checked row by row. Every
// expected value below was typed in from the filing text
// (resources/filings/juniper-2007-04-23-q1-earnings-release.txt), never
// produced by running the importer: a test generated from the importer's
// output would only prove the importer agrees with itself.
#include "import/FilingImporter.h"
#include "import/RecentTexts.h"
#include "support/TestData.h"

#include <QByteArrayList>
#include <QDate>
#include <QFile>
#include <QStringList>

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <span>
#include <string>

using namespace Qt::StringLiterals;

namespace {

using enum RowKind;

// One row as printed: its label, what it is, the note letters it cites
// ("A/B"), and each period's value as an exact plain decimal (nullptr: nil).
struct ExpectedRow
{
    const char16_t *label;
    RowKind kind;
    const char16_t *notes;
    const char16_t *first;
    const char16_t *second;
};

// Condensed Consolidated Statements of Operations, lines 62–89.
constexpr ExpectedRow Operations[] = {
    {u"Net revenues:", Section, u"", nullptr, nullptr},
    {u"Product", Item, u"", u"509773", u"474125"},
    {u"Service", Item, u"", u"117163", u"92589"},
    {u"Total net revenues", Total, u"", u"626936", u"566714"},
    {u"Cost of revenues:", Section, u"", nullptr, nullptr},
    {u"Product", Item, u"", u"154942", u"140995"},
    {u"Service", Item, u"", u"57167", u"43952"},
    {u"Total cost of revenues", Total, u"", u"212109", u"184947"},
    {u"Gross margin", Item, u"", u"414827", u"381767"},
    {u"Operating expenses:", Section, u"", nullptr, nullptr},
    {u"Research and development", Item, u"", u"141093", u"113688"},
    {u"Sales and marketing", Item, u"", u"150656", u"129429"},
    {u"General and administrative", Item, u"", u"27258", u"23099"},
    {u"Amortization of purchased intangibles", Item, u"", u"22740", u"23221"},
    {u"Other charges", Item, u"", u"12584", u"1404"},
    {u"Total operating expenses", Total, u"", u"354331", u"290841"},
    {u"Operating income", Item, u"", u"60496", u"90926"},
    {u"Interest and other income", Item, u"", u"33977", u"20767"},
    {u"Interest and other expense", Item, u"", u"-1064", u"-1089"},
    // Underlined values make these two totals although no label says so.
    {u"Income before income taxes", Total, u"", u"93409", u"110604"},
    {u"Provision for income taxes", Item, u"", u"26762", u"34841"},
    {u"Net income", Total, u"", u"66647", u"75763"},
    {u"Net income per share:", Section, u"", nullptr, nullptr},
    {u"Basic", PerShare, u"", u"0.12", u"0.13"},
    {u"Diluted", PerShare, u"", u"0.11", u"0.13"},
    // "Shares used" wins over the "per share" the heading also contains.
    {u"Shares used in computing net income per share:", Section, u"", nullptr, nullptr},
    {u"Basic", ShareCount, u"", u"569400", u"565927"},
    {u"Diluted", ShareCount, u"", u"604905", u"603589"},
};

// Stock Based Compensation by Category, lines 100–105.
constexpr ExpectedRow StockCompensation[] = {
    {u"Cost of revenues \u2013 Product", Item, u"", u"455", u"487"},
    {u"Cost of revenues \u2013 Service", Item, u"", u"3090", u"1396"},
    {u"Research and development", Item, u"", u"11049", u"10013"},
    {u"Sales and marketing", Item, u"", u"7635", u"7627"},
    {u"General and administrative", Item, u"", u"3713", u"3542"},
    {u"Total", Total, u"", u"25942", u"23065"},
};

// Net Product Revenue by Operating Segment, lines 114–116.
constexpr ExpectedRow Segments[] = {
    {u"Infrastructure", Item, u"", u"385249", u"363004"},
    {u"Service Layer Technologies", Item, u"", u"124524", u"111121"},
    {u"Total", Total, u"", u"509773", u"474125"},
};

// The reconciliation: lines 125–148 (letters beside the first value), then
// lines 152–174 (letters in their own column), read as one schedule.
constexpr ExpectedRow Reconciliation[] = {
    {u"GAAP Cost of revenues \u2013 Product", Item, u"", u"154942", u"140995"},
    {u"Stock-based compensation expense", Item, u"C", u"-455", u"-487"},
    {u"Amortization of purchased intangible assets", Item, u"A", u"-1369", u"-1369"},
    {u"Non-GAAP Cost of revenues \u2013 Product", Total, u"", u"153118", u"139139"},
    {u"GAAP Cost of revenues \u2013 Service", Item, u"", u"57167", u"43952"},
    {u"Stock-based compensation expense", Item, u"C", u"-3090", u"-1396"},
    // The label is plain; the bold values make it a total.
    {u"Non-GAAP Cost of revenues \u2013 Service", Total, u"", u"54077", u"42556"},
    {u"GAAP Gross margin", Item, u"", u"414827", u"381767"},
    {u"Stock-based compensation expense", Item, u"C", u"3545", u"1883"},
    {u"Amortization of purchased intangible assets", Item, u"A", u"1369", u"1369"},
    {u"Non-GAAP Gross margin", Total, u"", u"419741", u"385019"},
    {u"GAAP Gross margin % of revenue", Percentage, u"", u"66.2", u"67.4"},
    {u"Stock-based compensation expense % of revenue", Percentage, u"C", u"0.6", u"0.3"},
    {u"Amortization of purchased intangible assets % of revenue", Percentage, u"A", u"0.2", u"0.2"},
    // Bold, but printed with "%": Percentage comes before Total. "67.0"
    // keeps the decimal it was printed with.
    {u"Non-GAAP Gross margin % of revenue", Percentage, u"", u"67.0", u"67.9"},
    {u"GAAP Research and development", Item, u"", u"141093", u"113688"},
    {u"Stock-based compensation expense", Item, u"C", u"-11049", u"-10013"},
    {u"Non-GAAP Research and development", Total, u"", u"130044", u"103675"},
    {u"GAAP Sales and marketing", Item, u"", u"150656", u"129429"},
    {u"Stock-based compensation expense", Item, u"C", u"-7635", u"-7627"},
    {u"Non-GAAP Sales and marketing", Total, u"", u"143021", u"121802"},
    {u"GAAP General and administrative", Item, u"", u"27258", u"23099"},
    {u"Stock-based compensation expense", Item, u"C", u"-3713", u"-3542"},
    {u"Non-GAAP General and administrative", Total, u"", u"23545", u"19557"},
    // Second part.
    {u"GAAP Operating income", Item, u"", u"60496", u"90926"},
    {u"Stock-based compensation expense", Item, u"C", u"25942", u"23065"},
    {u"Amortization of purchased intangible assets", Item, u"A", u"24109", u"24590"},
    {u"Other charges - compensation expense related to acquisitions", Item, u"A", u"313", u"1404"},
    {u"Other charges - restructuring and acquisition charges", Item, u"A/B", u"-38", nullptr},
    {u"Other charges - stock option investigation costs", Item, u"B", u"4710", nullptr},
    {u"Other charges - tax related charges", Item, u"B", u"7599", nullptr},
    {u"Non-GAAP Operating income", Total, u"", u"123131", u"139985"},
    // Not underlined here, unlike "Net income" in the statements.
    {u"GAAP Net income", Item, u"", u"66647", u"75763"},
    {u"Stock-based compensation expense", Item, u"C", u"25942", u"23065"},
    {u"Amortization of purchased intangible assets", Item, u"A", u"24109", u"24590"},
    {u"Other charges - compensation expense related to acquisitions", Item, u"A", u"313", u"1404"},
    {u"Other charges - restructuring and acquisition charges", Item, u"A/B", u"-38", nullptr},
    {u"Other charges - stock option investigation costs", Item, u"B", u"4710", nullptr},
    {u"Other charges - tax related charges", Item, u"B", u"7599", nullptr},
    {u"Income tax effect", Item, u"B", u"-16930", u"-11461"},
    {u"Non-GAAP Net income", Total, u"", u"112352", u"113361"},
    {u"Non-GAAP Net income per share:", Section, u"", nullptr, nullptr},
    {u"Basic", PerShare, u"D", u"0.20", u"0.20"},
    {u"Diluted", PerShare, u"D", u"0.19", u"0.19"},
    {u"Shares used in computing non-GAAP Net income per share:", Section, u"", nullptr, nullptr},
    {u"Basic", ShareCount, u"D", u"569400", u"565927"},
    {u"Diluted", ShareCount, u"D", u"604905", u"603589"},
};

// Condensed Consolidated Balance Sheets, lines 198–232.
constexpr ExpectedRow BalanceSheet[] = {
    {u"ASSETS", Heading, u"", nullptr, nullptr},
    {u"Current assets:", Section, u"", nullptr, nullptr},
    {u"Cash and cash equivalents", Item, u"", u"2037839", u"1596333"},
    {u"Short-term investments", Item, u"", u"426725", u"443910"},
    {u"Accounts receivable, net of allowance for doubtful accounts", Item, u"", u"257838", u"249445"},
    {u"Deferred tax assets, net", Item, u"", u"166771", u"179989"},
    {u"Prepaid expenses and other current assets", Item, u"", u"48151", u"52129"},
    {u"Total current assets", Total, u"", u"2937324", u"2521806"},
    {u"Property and equipment, net", Item, u"", u"360665", u"349930"},
    {u"Long-term investments", Item, u"", u"259364", u"574061"},
    {u"Restricted cash", Item, u"", u"33630", u"45610"},
    {u"Purchased intangible assets, net", Item, u"", u"145093", u"169202"},
    {u"Goodwill", Item, u"", u"3649574", u"3624652"},
    {u"Other long-term assets", Item, u"", u"88685", u"83134"},
    {u"Total assets", Total, u"", u"7474335", u"7368395"},
    {u"LIABILITIES AND STOCKHOLDERS' EQUITY", Heading, u"", nullptr, nullptr},
    {u"Current liabilities:", Section, u"", nullptr, nullptr},
    {u"Accounts payable", Item, u"", u"180465", u"179553"},
    {u"Accrued compensation", Item, u"", u"87198", u"110451"},
    {u"Accrued warranty", Item, u"", u"35339", u"34828"},
    {u"Deferred revenue", Item, u"", u"327712", u"312253"},
    {u"Income taxes payable", Item, u"", u"28827", u"38499"},
    {u"Other accrued liabilities", Item, u"", u"89688", u"87033"},
    {u"Total current liabilities", Total, u"", u"749229", u"762617"},
    {u"Long-term deferred revenue", Item, u"", u"82477", u"73326"},
    {u"Other long-term liabilities", Item, u"", u"45000", u"17424"},
    {u"Long-term debt", Item, u"", u"399944", u"399944"},
    // No values, no colon, not upper-case: an item with both cells empty.
    {u"Commitments and contingencies", Item, u"", nullptr, nullptr},
    {u"Stockholders' equity:", Section, u"", nullptr, nullptr},
    {u"Common stock, $0.00001 par value", Item, u"", u"6", u"6"},
    {u"Additional paid-in capital", Item, u"", u"7711827", u"7646047"},
    {u"Accumulated other comprehensive income", Item, u"", u"3570", u"1266"},
    {u"Accumulated deficit", Item, u"", u"-1517718", u"-1532235"},
    {u"Total stockholders' equity", Total, u"", u"6197685", u"6115084"},
    {u"Total liabilities and stockholders' equity", Total, u"", u"7474335", u"7368395"},
};

// Cash and Cash Equivalents and Investments, lines 240–243.
constexpr ExpectedRow CashAndInvestments[] = {
    {u"Cash and cash equivalents", Item, u"", u"2037839", u"1596333"},
    {u"Short-term investments", Item, u"", u"426725", u"443910"},
    {u"Long-term investments", Item, u"", u"259364", u"574061"},
    {u"Total Cash and cash equivalents and Investments", Total, u"", u"2723928", u"2614304"},
};

// Condensed Consolidated Statements of Cash Flows, lines 252–283.
constexpr ExpectedRow CashFlows[] = {
    {u"OPERATING ACTIVITIES:", Heading, u"", nullptr, nullptr},
    {u"Net income", Item, u"", u"66647", u"75763"},
    {u"Adjustments to reconcile net income to net cash from operating activities:", Section, u"", nullptr, nullptr},
    {u"Depreciation and amortization", Item, u"", u"46260", u"41828"},
    {u"Stock-based compensation", Item, u"", u"25942", u"23065"},
    {u"Non-cash portion of debt issuance costs and disposal of property and equipment", Item, u"", u"472", u"363"},
    {u"Tax benefit of employee stock option plans", Item, u"", u"-739", u"-557"},
    {u"Changes in operating assets and liabilities:", Section, u"", nullptr, nullptr},
    {u"Accounts receivable, net", Item, u"", u"-7611", u"-35437"},
    {u"Prepaid expenses and other assets", Item, u"", u"6983", u"6577"},
    {u"Accounts payable", Item, u"", u"349", u"-5149"},
    {u"Accrued compensation", Item, u"", u"-23253", u"-28797"},
    {u"Accrued warranty", Item, u"", u"511", u"444"},
    {u"Other accrued liabilities", Item, u"", u"12473", u"19440"},
    {u"Deferred revenue", Item, u"", u"24610", u"41018"},
    {u"Net cash provided by operating activities", Item, u"", u"152644", u"138558"},
    {u"INVESTING ACTIVITIES:", Heading, u"", nullptr, nullptr},
    {u"Purchases of property and equipment, net", Item, u"", u"-32373", u"-18228"},
    {u"Purchases of available-for-sale investments", Item, u"", u"-15934", u"-132949"},
    {u"Maturities and sales of available-for-sale investments", Item, u"", u"349119", u"126733"},
    {u"Decrease (increase) in restricted cash", Item, u"", u"2593", u"6180"},
    {u"Payments related to acquisitions", Item, u"", u"-375", nullptr},
    {u"Minority equity investments", Item, u"", nullptr, u"-90"},
    {u"Net cash used in investing activities", Item, u"", u"303030", u"-18354"},
    {u"FINANCING ACTIVITIES:", Heading, u"", nullptr, nullptr},
    {u"Proceeds from issuance of common stock", Item, u"", u"14233", u"51521"},
    {u"Retirement of common stock", Item, u"", u"-29140", u"-186388"},
    {u"Tax benefit of employee stock option plans", Item, u"", u"739", u"557"},
    {u"Net cash used in financing activities", Item, u"", u"-14168", u"-134310"},
    {u"Net increase (decrease) in cash and cash equivalents", Item, u"", u"441506", u"-14106"},
    {u"Cash and cash equivalents at beginning of period", Item, u"", u"1596333", u"918401"},
    // Bold values.
    {u"Cash and cash equivalents at end of period", Total, u"", u"2037839", u"904295"},
};

// The row counts, counted in the filing: a row typed in twice or left out
// fails the build, not just the test.
static_assert(std::size(Operations) == 28);
static_assert(std::size(StockCompensation) == 6);
static_assert(std::size(Segments) == 3);
static_assert(std::size(Reconciliation) == 47);
static_assert(std::size(BalanceSheet) == 35);
static_assert(std::size(CashAndInvestments) == 4);
static_assert(std::size(CashFlows) == 32);

// A schedule as printed above its table. `quarter`: the two columns are
// "Three Months Ended March 31," 2007 and 2006; otherwise the balance
// sheet dates March 31, 2007 and December 31, 2006.
struct ExpectedSchedule
{
    const char16_t *title;
    const char16_t *units; // the first caption; the second is "(unaudited)"
    const char16_t *intro;
    bool quarter;
    bool noteColumn;
    std::span<const ExpectedRow> rows;
};

const ExpectedSchedule Schedules[] = {
    {u"Condensed Consolidated Statements of Operations", u"(in thousands, except per share amounts)", u"", true, false,
     Operations},
    {u"Stock Based Compensation by Category", u"(in thousands)",
     u"Stock-based compensation is included in the following cost and expense categories by "
     u"period:",
     true, false, StockCompensation},
    {u"Net Product Revenue by Operating Segment", u"(in thousands)", u"", true, false, Segments},
    {u"Reconciliation between GAAP to non-GAAP Results of Operations and Earnings Per Share",
     u"(in thousands, except percentages)", u"", true, true, Reconciliation},
    {u"Condensed Consolidated Balance Sheets", u"(in thousands)", u"", false, false, BalanceSheet},
    {u"Cash and Cash Equivalents and Investments", u"(in thousands)", u"", false, false, CashAndInvestments},
    {u"Condensed Consolidated Statements of Cash Flows", u"(in thousands)", u"", true, false, CashFlows},
};

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

using TestData::release;

// The schedule at `index`, or nullptr (with a failure) when it is missing.
const Schedule *scheduleAt(qsizetype index)
{
    const Filing &filing = release();
    if (index >= filing.schedules.size()) {
        ADD_FAILURE() << "no schedule " << index << " (" << qPrintable(str(Schedules[index].title))
                      << "); the release has " << filing.schedules.size();
        return nullptr;
    }
    return &filing.schedules.at(index);
}

// The `occurrence`-th row labelled `label`, found by label alone so the
// importer's own occurrence numbers can be checked against it.
const Row *findRow(const Schedule &schedule, const QString &label, int occurrence = 1)
{
    int seen = 0;
    for (const Row &row : schedule.rows) {
        if (row.label == label && ++seen == occurrence)
            return &row;
    }
    ADD_FAILURE() << qPrintable(schedule.title) << ": no row \"" << qPrintable(label) << "\" #" << occurrence;
    return nullptr;
}

std::string where(const ExpectedSchedule &expected, qsizetype index)
{
    return QStringLiteral("%1, row %2 \"%3\"")
        .arg(str(expected.title))
        .arg(index + 1)
        .arg(str(expected.rows[index].label))
        .toStdString();
}

TEST(ReleaseImporterTest, FilingHeader)
{
    const Filing &filing = release();
    EXPECT_EQ(filing.kind, Filing::Kind::EarningsRelease);
    EXPECT_TRUE(filing.path.contains(u"earnings-release"_s)) << qPrintable(filing.path);
    EXPECT_EQ(filing.title, u"Juniper Networks, Inc. Reports Q1'07 Financial Results"_s);
    // Markup and the "\$" escapes removed from the two bold lines under it.
    EXPECT_EQ(filing.subtitle, QStringList({u"Q1'07 Net Revenue of $626.9M, up 11% from Q1'06;"_s,
                                            u"GAAP Diluted EPS $0.11; Non-GAAP Diluted EPS $0.19"_s}));
    EXPECT_EQ(filing.company, u"Juniper Networks, Inc."_s);
    EXPECT_EQ(filing.date, QDate(2007, 4, 23));
    // A well-formed filing reads without a single warning.
    for (const Diagnostic &warning : filing.warnings)
        ADD_FAILURE() << "unexpected warning: " << qPrintable(warning.toString());
    EXPECT_EQ(filing.schedules.size(), qsizetype(std::size(Schedules)));
}

TEST(ReleaseImporterTest, NamesTheFilingAfterTheCompanyWithMostSchedulesHoweverItIsPrinted)
{
    QFile file(TestData::releasePath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArrayList lines = file.readAll().split('\n');
    // Of the seven schedules' company lines, two print Juniper in capitals,
    // three a company of our own, and two Juniper as the file does.
    const auto printAt = [&lines](int line, const QByteArray &company) {
        ASSERT_EQ(lines[line - 1], "**Juniper Networks, Inc.**  ") << "line " << line;
        lines[line - 1] = "**" + company + "**  ";
    };
    printAt(55, "JUNIPER NETWORKS, INC.");
    printAt(91, "JUNIPER  NETWORKS, INC.");
    for (const int line : {107, 118, 192})
        printAt(line, "Acme Corp.");
    const ImportResult result = FilingImporter::importBytes(lines.join('\n'), u"companies.txt"_s);
    ASSERT_TRUE(result.ok());
    // Juniper has four schedules, Acme three: the name is Juniper's as first printed.
    EXPECT_EQ(result.filing->company, u"JUNIPER NETWORKS, INC."_s);
}

TEST(ReleaseImporterTest, ScheduleHeaders)
{
    for (qsizetype s = 0; s < qsizetype(std::size(Schedules)); ++s) {
        const ExpectedSchedule &expected = Schedules[s];
        const Schedule *schedule = scheduleAt(s);
        if (!schedule)
            continue;
        const std::string name = str(expected.title).toStdString();
        EXPECT_EQ(schedule->title, str(expected.title)) << "schedule " << s;
        EXPECT_EQ(schedule->company, u"Juniper Networks, Inc."_s) << name;
        EXPECT_EQ(schedule->captions, QStringList({str(expected.units), u"(unaudited)"_s})) << name;
        EXPECT_EQ(schedule->scale, 1000) << name;
        EXPECT_EQ(schedule->intro, str(expected.intro)) << name;
        EXPECT_EQ(schedule->hasNoteColumn, expected.noteColumn) << name;
    }
}

TEST(ReleaseImporterTest, Periods)
{
    const QString threeMonths = u"Three Months Ended March 31,"_s;
    for (qsizetype s = 0; s < qsizetype(std::size(Schedules)); ++s) {
        const ExpectedSchedule &expected = Schedules[s];
        const Schedule *schedule = scheduleAt(s);
        if (!schedule)
            continue;
        const std::string name = str(expected.title).toStdString();
        EXPECT_EQ(schedule->periods.size(), 2) << name;
        if (schedule->periods.size() != 2)
            continue;
        const QList<QStringList> lines = expected.quarter
                                             ? QList<QStringList>{{threeMonths, u"2007"_s}, {threeMonths, u"2006"_s}}
                                             : QList<QStringList>{{u"March 31, 2007"_s}, {u"December 31, 2006"_s}};
        const QDate dates[] = {QDate(2007, 3, 31), expected.quarter ? QDate(2006, 3, 31) : QDate(2006, 12, 31)};
        for (int p = 0; p < 2; ++p) {
            const Period &period = schedule->periods.at(p);
            EXPECT_EQ(period.labelLines, lines.at(p)) << name << ", period " << p + 1;
            EXPECT_EQ(period.date, dates[p]) << name << ", period " << p + 1;
            const Period::Span span = expected.quarter ? Period::Span::Duration : Period::Span::Instant;
            EXPECT_EQ(period.span, span) << name << ", period " << p + 1;
            // An instant spans no months.
            EXPECT_EQ(period.months, expected.quarter ? 3 : 0) << name << ", period " << p + 1;
        }
    }
}

// Every row of every schedule: label, kind, notes, both values, the percent
// flag, and the occurrence number (counted here over the typed-in table).
TEST(ReleaseImporterTest, EveryRowOfEverySchedule)
{
    for (qsizetype s = 0; s < qsizetype(std::size(Schedules)); ++s) {
        const ExpectedSchedule &expected = Schedules[s];
        const Schedule *schedule = scheduleAt(s);
        if (!schedule)
            continue;
        EXPECT_EQ(schedule->rows.size(), qsizetype(expected.rows.size())) << qPrintable(str(expected.title));
        const qsizetype count = std::min(schedule->rows.size(), qsizetype(expected.rows.size()));
        for (qsizetype i = 0; i < count; ++i) {
            const ExpectedRow &want = expected.rows[i];
            const Row &row = schedule->rows.at(i);
            const std::string at = where(expected, i);
            EXPECT_EQ(row.label, str(want.label)) << at;
            EXPECT_EQ(row.kind, want.kind) << at << ": kind " << qPrintable(RowKinds::name(row.kind)) << ", expected "
                                           << qPrintable(RowKinds::name(want.kind));
            EXPECT_EQ(row.noteText(), str(want.notes)) << at;

            int occurrence = 1;
            for (qsizetype j = 0; j < i; ++j)
                occurrence += str(expected.rows[j].label) == str(want.label) ? 1 : 0;
            EXPECT_EQ(row.occurrence, occurrence) << at;

            // One cell per period, even where the filing leaves both empty.
            EXPECT_EQ(row.cells.size(), 2) << at;
            if (row.cells.size() != 2)
                continue;
            const char16_t *values[] = {want.first, want.second};
            for (int p = 0; p < 2; ++p) {
                const Cell &cell = row.cells.at(p);
                if (values[p] == nullptr) {
                    EXPECT_TRUE(cell.amount.isNil()) << at << ", period " << p + 1 << ": expected nil, got \""
                                                     << qPrintable(cell.amount.toPlainString()) << '"';
                    continue;
                }
                EXPECT_FALSE(cell.amount.isNil()) << at << ", period " << p + 1;
                EXPECT_EQ(cell.amount.toPlainString(), str(values[p])) << at << ", period " << p + 1;
                // Here every value of a percentage row, and only those, has '%'.
                EXPECT_EQ(cell.percent, want.kind == Percentage) << at << ", period " << p + 1;
            }
        }
    }
}

// The reconciliation's note letters and blocks. Each adjustment belongs to
// the "GAAP …" row that opened its block, found here by walking the typed-in
// table; letters A–C mark the adjustments, D the per-share rows.
TEST(ReleaseImporterTest, ReconciliationNotesAndGroups)
{
    const Schedule *schedule = scheduleAt(3);
    if (!schedule)
        return;
    const ExpectedSchedule &expected = Schedules[3];
    QString opener;
    const qsizetype count = std::min(schedule->rows.size(), qsizetype(expected.rows.size()));
    for (qsizetype i = 0; i < count; ++i) {
        const QString label = str(expected.rows[i].label);
        const QString notes = str(expected.rows[i].notes);
        if (label.startsWith(u"GAAP "_s)) {
            opener = label;
        } else if (!notes.isEmpty() && notes != u"D"_s) {
            EXPECT_EQ(schedule->rows.at(i).group, opener) << where(expected, i);
        }
    }
    if (const Row *row = findRow(*schedule, u"Stock-based compensation expense"_s, 8)) {
        EXPECT_EQ(row->group, u"GAAP Net income"_s);
    }
    if (const Row *row = findRow(*schedule, u"Amortization of purchased intangible assets"_s, 3)) {
        EXPECT_EQ(row->group, u"GAAP Operating income"_s);
    }

    // "C (455)" on line 126: the letter (column 34) goes to the row's note,
    // the value keeps "(455)".
    if (const Row *row = findRow(*schedule, u"Stock-based compensation expense"_s)) {
        EXPECT_EQ(row->notes, QStringList({u"C"_s}));
        EXPECT_EQ(release().textOf(row->cells.value(0)), u"(455)"_s);
        EXPECT_EQ(row->noteLocation.line, 126);
        EXPECT_EQ(row->noteLocation.column, 34);
    }
    // "A/B" in its own column on line 156, at column 55: two letters.
    if (const Row *row = findRow(*schedule, u"Other charges - restructuring and acquisition charges"_s)) {
        EXPECT_EQ(row->notes, QStringList({u"A"_s, u"B"_s}));
        EXPECT_EQ(row->noteLocation.line, 156);
        EXPECT_EQ(row->noteLocation.column, 55);
    }
}

TEST(ReleaseImporterTest, Levels)
{
    struct Level
    {
        qsizetype schedule;
        const char16_t *label;
        int occurrence, level;
    };
    // 0: headings, top sections, totals closing a section, GAAP/Non-GAAP rows;
    // 1: inside a section or a GAAP block; one deeper under an upper-case heading.
    const Level levels[] = {
        {0, u"Net revenues:", 1, 0},
        {0, u"Product", 1, 1},
        {0, u"Total net revenues", 1, 0},
        {0, u"Gross margin", 1, 0},
        {0, u"Net income", 1, 0},
        {0, u"Basic", 1, 1},
        {0, u"Diluted", 2, 1},
        {3, u"GAAP Net income", 1, 0},
        {3, u"Stock-based compensation expense", 8, 1},
        {3, u"Income tax effect", 1, 1},
        {3, u"Non-GAAP Net income", 1, 0},
        {4, u"ASSETS", 1, 0},
        {4, u"Current assets:", 1, 1},
        {4, u"Cash and cash equivalents", 1, 2},
        {4, u"Total current assets", 1, 1},
        {4, u"Goodwill", 1, 1},
        {4, u"Accounts payable", 1, 2},
        {6, u"OPERATING ACTIVITIES:", 1, 0},
        {6, u"Net income", 1, 1},
        {6, u"Adjustments to reconcile net income to net cash from operating activities:", 1, 1},
        {6, u"Depreciation and amortization", 1, 2},
    };
    for (const Level &want : levels) {
        const Schedule *schedule = scheduleAt(want.schedule);
        if (!schedule)
            continue;
        if (const Row *row = findRow(*schedule, str(want.label), want.occurrence)) {
            EXPECT_EQ(row->level, want.level)
                << qPrintable(schedule->title) << ": \"" << qPrintable(str(want.label)) << "\" #" << want.occurrence;
        }
    }
}

// Cell positions counted by hand in the file: 1-based line, 1-based column
// in characters with a tab counting as one; the column is that of the value's
// first character inside any markup ("<u>626,936" -> the '6').
TEST(ReleaseImporterTest, SourceLocations)
{
    struct Where
    {
        qsizetype schedule;
        const char16_t *label;
        int occurrence, period, line, column;
    };
    const Where places[] = {
        {0, u"Operating income", 1, 0, 78, 18},
        {0, u"Total net revenues", 1, 0, 65, 23},
        {0, u"Total net revenues", 1, 1, 65, 38},
        // The en dash is one character, not three bytes.
        {3, u"GAAP Cost of revenues \u2013 Product", 1, 0, 125, 33},
        {3, u"Stock-based compensation expense", 1, 0, 126, 36},
        {3, u"Stock-based compensation expense", 1, 1, 126, 42},
        {3, u"GAAP Operating income", 1, 0, 152, 24},
        {3, u"Other charges - restructuring and acquisition charges", 1, 0, 156, 59},
        {6, u"Cash and cash equivalents at end of period", 1, 0, 283, 47},
    };
    for (const Where &want : places) {
        const Schedule *schedule = scheduleAt(want.schedule);
        if (!schedule)
            continue;
        const Row *row = findRow(*schedule, str(want.label), want.occurrence);
        if (!row || row->cells.size() <= want.period)
            continue;
        const SourceLocation &location = row->cells.at(want.period).location;
        const std::string name = QStringLiteral("%1 #%2, period %3")
                                     .arg(str(want.label))
                                     .arg(want.occurrence)
                                     .arg(want.period + 1)
                                     .toStdString();
        EXPECT_EQ(location.line, want.line) << name;
        EXPECT_EQ(location.column, want.column) << name;
    }
}

TEST(ReleaseImporterTest, Notes)
{
    struct ExpectedNote
    {
        const char16_t *letter, *title;
        int line;
        std::span<const char16_t *const> clauses;
    };
    static const char16_t *const clausesA[] = {
        u"amortization of purchased intangible assets associated with our acquisitions",
        u"compensation related to acquisitions",
        u"acquisition related charges",
    };
    static const char16_t *const clausesB[] = {
        u"restructuring and related costs",
        u"stock option investigation costs and related tax costs",
        u"the income tax effect on our financial statements of excluding our non-GAAP "
        u"financial measures",
    };
    const ExpectedNote expected[] = {
        {u"A", u"Acquisition Related Expenses", 184, clausesA},
        {u"B", u"Other Items", 186, clausesB},
        {u"C", u"Stock-Based Compensation Related Items", 188, {}},
        {u"D", u"Non-GAAP Net Income Per Share Items", 190, {}},
    };
    const char16_t *const numerals[] = {u"i", u"ii", u"iii"};

    const Filing &filing = release();
    ASSERT_EQ(filing.notes.size(), 4);
    for (qsizetype n = 0; n < 4; ++n) {
        const Note &note = filing.notes.at(n);
        const ExpectedNote &want = expected[n];
        const std::string name = "Note " + str(want.letter).toStdString();
        EXPECT_EQ(note.letter, str(want.letter)) << name;
        EXPECT_EQ(note.title, str(want.title)) << name;
        EXPECT_EQ(note.location.line, want.line) << name;
        EXPECT_EQ(filing.note(str(want.letter)), &note) << name;
        ASSERT_EQ(note.clauses.size(), qsizetype(want.clauses.size())) << name;
        for (qsizetype c = 0; c < note.clauses.size(); ++c) {
            EXPECT_EQ(note.clauses.at(c).numeral, str(numerals[c])) << name << " clause " << c;
            EXPECT_EQ(note.clauses.at(c).text, str(want.clauses[c])) << name << " clause " << c;
        }
    }

    // Markup removed from the text: "*Share-Based Payment*" and "\$10,000".
    const QString &textC = filing.notes.at(2).text;
    EXPECT_TRUE(textC.contains(u"Share-Based Payment"_s));
    EXPECT_FALSE(textC.contains(u'*'));
    EXPECT_TRUE(textC.contains(u"$10,000"_s));
    EXPECT_FALSE(textC.contains(u'\\'));
}

// A cell's text is read in place from the decoded file unless removing
// markup changed it: "\$ 61.0" and "<b>\$ 84.2</b>" print "$ 61.0" and "$ 84.2".
TEST(ReleaseImporter, CellTextIsReadInPlaceUnlessMarkupChangedIt)
{
    const Filing &northwind = TestData::northwind();
    const Schedule *segments = nullptr;
    for (const Schedule &schedule : northwind.schedules)
        segments = schedule.title.contains(u"Segment"_s) ? &schedule : segments;
    ASSERT_NE(segments, nullptr);
    const Row *data = findRow(*segments, u"Data Services"_s);
    const Row *total = findRow(*segments, u"Total"_s);
    ASSERT_NE(data, nullptr);
    ASSERT_NE(total, nullptr);
    EXPECT_EQ(northwind.textOf(data->cells[0]), u"23.2"_s);
    EXPECT_FALSE(data->cells[0].cleanedText);
    EXPECT_EQ(northwind.textOf(total->cells[0]), u"$ 84.2"_s);
    EXPECT_EQ(northwind.textOf(total->cells[2]), u"$ 241.9"_s);
    EXPECT_TRUE(total->cells[2].cleanedText);
    EXPECT_EQ(total->cells[2].location.line, 51);
}

// A label printed again shares the text of the one before: the
// reconciliation's "Stock-based compensation expense" lines 126, 130 and 133
// keep one text between them.
TEST(ReleaseImporter, RepeatedLabelsShareOneText)
{
    const Schedule *reconciliation = nullptr;
    for (const Schedule &schedule : release().schedules)
        reconciliation = schedule.title.startsWith(u"Reconciliation between GAAP"_s) ? &schedule : reconciliation;
    ASSERT_NE(reconciliation, nullptr);
    const QString label = u"Stock-based compensation expense"_s;
    const Row *first = findRow(*reconciliation, label, 1);
    const Row *second = findRow(*reconciliation, label, 2);
    const Row *third = findRow(*reconciliation, label, 3);
    ASSERT_TRUE(first && second && third);
    EXPECT_EQ(first->location.line, 126);
    EXPECT_EQ(third->location.line, 133);
    EXPECT_EQ(second->label.constData(), first->label.constData());
    EXPECT_EQ(third->label.constData(), first->label.constData());
}

// The table of recent texts has a fixed number of places, so a long run of
// distinct texts pushes older ones out: each comes back equal to itself,
// shared when it is still there.
TEST(RecentTexts, SharesARecentTextAndReturnsEveryTextAsItWas)
{
    RecentTexts recent;
    const QString net = recent.shared(u"Net revenues"_s);
    const QString again = recent.shared(QString(u"Net "_s) + u"revenues"_s); // its own storage
    EXPECT_EQ(again, u"Net revenues"_s);
    EXPECT_EQ(again.constData(), net.constData());

    for (int customer = 1; customer <= 50'000; ++customer) {
        const QString name = u"Customer %1"_s.arg(customer);
        const QString kept = recent.shared(name);
        ASSERT_EQ(kept, name);
    }
    EXPECT_EQ(recent.shared(u"Customer 50000"_s), u"Customer 50000"_s);
    EXPECT_EQ(recent.shared(u"Net revenues"_s), u"Net revenues"_s);
    EXPECT_EQ(recent.shared(QString()), QString());
}

} // namespace
