// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built `tieout` binary as a user would and checks what it prints
// and how it exits.
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "support/PdfPages.h"
#include "support/ProcessRun.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

ProcessRun tieout(const QStringList &arguments)
{
    return ProcessRun::of(QStringLiteral(TIEOUT_EXECUTABLE), arguments);
}

// The environment of a machine with no display (ssh without X forwarding,
// a cron job): no X11 or Wayland display, and no platform named for Qt.
ProcessRun tieoutWithoutDisplay(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    return ProcessRun::in(env, QStringLiteral(TIEOUT_EXECUTABLE), arguments);
}

QString data(const QString &name)
{
    return QStringLiteral(TIEOUT_TEST_DATA_DIR) + u'/' + name;
}

QString bundled(const QString &name)
{
    return QStringLiteral(TIEOUT_SOURCE_DIR) + u"/resources/filings/"_s + name;
}

// The lines a command printed, without their line ends. Every line it
// prints ends with one, the last included.
QStringList linesOf(const QString &text)
{
    EXPECT_TRUE(text.isEmpty() || text.endsWith(u'\n'))
        << "the last line has no line end: " << qPrintable(text.right(200));
    QStringList lines = text.split(u'\n');
    lines.removeLast(); // what follows the last line end
    return lines;
}

// Whether the text holds this line whole, from its start to its line end.
::testing::AssertionResult hasLine(const QString &text, const QString &line)
{
    if (linesOf(text).contains(line))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "no line \"" << qPrintable(line) << "\" in:\n" << qPrintable(text);
}

// Whether a whole line matches this pattern, for a line holding a figure
// that differs from run to run (a time) or machine to machine (a size in mm).
::testing::AssertionResult hasLineMatching(const QString &text, const QString &pattern)
{
    const QRegularExpression whole(QRegularExpression::anchoredPattern(pattern));
    for (const QString &line : linesOf(text)) {
        if (whole.match(line).hasMatch())
            return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "no line matching " << qPrintable(pattern) << " in:\n" << qPrintable(text);
}

} // namespace

TEST(Cli, VersionPrintsNameAndVersion)
{
    const ProcessRun run = tieout({u"--version"_s});
    EXPECT_EQ(run.exitCode, 0);
    // "tieout 0.1.0 (Qt 6.4.2)": the project's version and the Qt it runs on.
    EXPECT_EQ(linesOf(run.out),
              QStringList{u"tieout %1 (Qt %2)"_s.arg(QStringLiteral(TIEOUT_VERSION), QString::fromLatin1(qVersion()))});
}

TEST(Cli, HelpListsTheSubcommands)
{
    const ProcessRun run = tieout({u"--help"_s});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(linesOf(run.out).mid(0, 6),
              (QStringList{
                  u"Usage: tieout [FILE...]"_s, u"       tieout inspect [--json] [FILE...]"_s,
                  u"       tieout check [--json] [FILE...]"_s, u"       tieout trace [--json] [FILE]"_s,
                  u"       tieout export-chart --chart ID [--width W] [--height H] [--scale S] --out OUT [FILE...]"_s,
                  u"       tieout report [--paper A4|Letter] [--landscape] [--no-chart] --out FILE.pdf [FILE]"_s}))
        << qPrintable(run.out);
    EXPECT_TRUE(hasLine(run.out,
                        u"  inspect          Print what was read from each FILE, facts included (--json: as JSON)."_s));
}

TEST(Cli, InspectJsonDescribesTheBundledFilings)
{
    const ProcessRun run = tieout({u"inspect"_s, u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QJsonArray filings = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"filings"_s).toArray();
    ASSERT_EQ(filings.size(), 2);
    QJsonObject release;
    QJsonObject prospectus;
    for (const QJsonValue &f : filings) {
        if (f[u"kind"_s] == u"earnings-release"_s)
            release = f.toObject();
        else if (f[u"kind"_s] == u"prospectus-supplement"_s)
            prospectus = f.toObject();
    }
    ASSERT_FALSE(release.isEmpty());
    ASSERT_FALSE(prospectus.isEmpty());
    EXPECT_EQ(release[u"warnings"_s].toArray().size(), 0);
    const QJsonArray schedules = release[u"schedules"_s].toArray();
    ASSERT_EQ(schedules.size(), 7);
    const QJsonObject operations = schedules[0].toObject();
    EXPECT_EQ(operations[u"title"_s], u"Condensed Consolidated Statements of Operations"_s);
    EXPECT_EQ(operations[u"scale"_s], u"thousands"_s);
    EXPECT_EQ(operations[u"periods"_s][0][u"label"_s], u"Three Months Ended March 31, 2007"_s);
    // "Interest and other expense	(1,064)	(1,089)" on line 80.
    const QJsonObject expense = operations[u"rows"_s][18].toObject();
    EXPECT_EQ(expense[u"label"_s], u"Interest and other expense"_s);
    EXPECT_EQ(expense[u"kind"_s], u"item"_s);
    EXPECT_EQ(expense[u"note"_s], QJsonValue(QJsonValue::Null));
    EXPECT_EQ(expense[u"cells"_s][0][u"text"_s], u"(1,064)"_s);
    EXPECT_EQ(expense[u"cells"_s][0][u"value"_s], u"-1064"_s);
    EXPECT_EQ(expense[u"cells"_s][0][u"line"_s], 80);
    EXPECT_EQ(expense[u"cells"_s][0][u"column"_s], 28);
    // "Stock-based compensation expense	C (455)	(487)": the letter is the note.
    const QJsonObject sbc = schedules[3][u"rows"_s][1].toObject();
    EXPECT_EQ(sbc[u"note"_s], u"C"_s);
    EXPECT_EQ(sbc[u"occurrence"_s], 1);
    EXPECT_EQ(sbc[u"cells"_s][0][u"value"_s], u"-455"_s);
    EXPECT_EQ(sbc[u"cells"_s][1][u"value"_s], u"-487"_s);
    const QJsonArray notes = release[u"notes"_s].toArray();
    ASSERT_EQ(notes.size(), 4);
    EXPECT_EQ(notes[0][u"letter"_s], u"A"_s);
    EXPECT_EQ(notes[0][u"clauses"_s].toArray().size(), 3);
    EXPECT_EQ(prospectus[u"offering"_s][u"principal"_s], u"400000000"_s);
    EXPECT_EQ(prospectus[u"offering"_s][u"sharesIssuable"_s], u"19860973"_s);
    EXPECT_EQ(prospectus[u"schedules"_s][0][u"rows"_s][1][u"cells"_s][2][u"value"_s], u"29792"_s);
}

TEST(Cli, InspectNamesFileLineAndColumnLikeACompiler)
{
    const QString file = data(u"bad/letters-in-number.txt"_s);
    const ProcessRun run = tieout({u"inspect"_s, file});
    EXPECT_EQ(run.exitCode, 0); // a warning does not stop the filing from opening
    EXPECT_EQ(linesOf(run.err),
              QStringList{file + u":7:11: warning: unreadable amount \"14l,O93\": unexpected 'l' in a number"_s})
        << qPrintable(run.err);
}

TEST(Cli, InspectReadsAnHtmlReleaseAsFiled)
{
    const QString file = data(u"html/contoso-q2-2024-release.htm"_s);
    const ProcessRun run = tieout({u"inspect"_s, file});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_EQ(linesOf(run.out),
              (QStringList{file + u": earnings-release \"Contoso Robotics Reports Second Quarter 2024 Results\""_s,
                           u"  company: CONTOSO ROBOTICS, INC."_s,
                           u"  schedule \"CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\" (thousands): 20 rows; "
                           u"Three Months Ended June 30, 2024 | Three Months Ended June 30, 2023"_s,
                           u"  0 warnings"_s}));
}

TEST(Cli, InspectExitsTwoWhenAnInputCannotBeRead)
{
    const QString file = data(u"bad/empty.txt"_s);
    const ProcessRun run = tieout({u"inspect"_s, file});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err, file + u": error: empty file: expected the text of a filing\n"_s);
}

TEST(Cli, CheckExitsOneWhenATieOutFails)
{
    const ProcessRun run = tieout({u"check"_s});
    EXPECT_EQ(run.exitCode, 1) << qPrintable(run.err);
    // The prospectus's one real discrepancy is listed first, with its place:
    // the 600,000 holder's shares, 600,000 × 19,860,973 ÷ 400,000,000 = 29,791.46.
    const QStringList lines = linesOf(run.out);
    ASSERT_GE(lines.size(), 4) << qPrintable(run.out);
    EXPECT_EQ(
        lines[0],
        u":/filings/juniper-2004-04-27-prospectus-supplement-424b3.txt: PROSPECTUS SUPPLEMENT DATED APRIL 27, 2004"_s);
    EXPECT_EQ(lines[1],
              u"  FAIL [holder] Selling Security Holders: shares = principal 600,000 \u00d7 19,860,973 shares issuable "
              u"\u00f7 400,000,000 principal of the notes"_s);
    EXPECT_EQ(lines[2],
              u"      :/filings/juniper-2004-04-27-prospectus-supplement-424b3.txt:21:54: Number of Shares of Common "
              u"Stock That May Be Sold(2): reported 29792, computed 29791.46, difference 0.54"_s);
    EXPECT_EQ(
        lines[3],
        u"  ok   [holder] Selling Security Holders: shares = principal 2,400,000 \u00d7 19,860,973 shares issuable "
        u"\u00f7 400,000,000 principal of the notes"_s);
    EXPECT_EQ(lines.filter(u"  FAIL "_s).size(), 1);                    // the one discrepancy
    EXPECT_EQ(lines.constLast(), u"72 checks, 133 figures, 1 fails"_s); // the last line, with its line end
}

TEST(Cli, CheckExitsZeroWhenEverythingTies)
{
    const QString release = bundled(u"juniper-2007-04-23-q1-earnings-release.txt"_s);
    const ProcessRun run = tieout({u"check"_s, u"--json"_s, release});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(root[u"summary"_s][u"failed"_s].toInt(), 0);
    EXPECT_EQ(root[u"summary"_s][u"checks"_s].toInt(), 63);
    // Every check of the release covers both quarters but the cash flows' (16 of 18).
    EXPECT_EQ(root[u"summary"_s][u"figures"_s].toInt(), 124);
    EXPECT_EQ(root[u"filings"_s][0][u"summary"_s][u"figures"_s].toInt(), 124);
    EXPECT_EQ(root[u"summary"_s][u"failedFigures"_s].toInt(), 0);
    const QJsonArray checks = root[u"filings"_s][0][u"checks"_s].toArray();
    ASSERT_FALSE(checks.isEmpty());
    const QJsonObject first = checks[0].toObject();
    EXPECT_EQ(first[u"kind"_s], u"total"_s);
    EXPECT_EQ(first[u"description"_s], u"Total net revenues = Product + Service"_s);
    EXPECT_EQ(first[u"periods"_s][0][u"reported"_s], u"626936"_s);
    EXPECT_EQ(first[u"periods"_s][0][u"verdict"_s], u"pass"_s);
    EXPECT_EQ(first[u"terms"_s].toArray().size(), 2);
}

TEST(Cli, CheckExitsTwoWhenAnInputCannotBeRead)
{
    const QString file = data(u"bad/binary.png"_s);
    const ProcessRun run = tieout({u"check"_s, file});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(hasLine(run.err, file
                                     + u":3:1: error: This is not a text or HTML document: it contains binary "
                                       u"data at line 3, column 1"_s));
    EXPECT_EQ(linesOf(run.out), QStringList{u"0 checks, 0 figures"_s});
}

TEST(Cli, TraceNamesNotesSourcesAndTheTaxRate)
{
    const ProcessRun run = tieout({u"trace"_s});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(hasLine(run.out,
                        u"  note A: Acquisition Related Expenses, (i) amortization of purchased intangible assets "
                        u"associated with our acquisitions"_s));
    // The amortization of the operating-income block (line 154): the statement's
    // line 75 and the reconciliation's product cost line 127.
    EXPECT_TRUE(hasLine(run.out,
                        u"  source: Amortization of purchased intangibles (Condensed Consolidated Statements of "
                        u"Operations, line 75) + Amortization of purchased intangible assets (Reconciliation "
                        u"between GAAP to non-GAAP Results of Operations and Earnings Per Share, line 127): "
                        u"24,109 = 22,740 + 1,369; 24,590 = 23,221 + 1,369"_s));
    EXPECT_TRUE(hasLine(run.out, u"  source: no source line in the statements"_s));
    EXPECT_TRUE(hasLine(run.out, u"  implied tax rate on the pre-tax adjustments: 27.0% | 23.4%"_s));
    const ProcessRun json = tieout({u"trace"_s, u"--json"_s});
    const QJsonArray adjustments =
        QJsonDocument::fromJson(json.out.toUtf8()).object()[u"filings"_s][0][u"adjustments"_s].toArray();
    EXPECT_EQ(adjustments.size(), 23);
    EXPECT_TRUE(hasLine(run.out, u"  line 25: $22.2 million \u2014 no cell or growth rate fits"_s));
}

TEST(Cli, ExportChartWritesAPngOfExactlyTheRequestedPixels)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(u"segments.png"_s);
    const ProcessRun run = tieout({u"export-chart"_s, u"--chart"_s, u"segments"_s, u"--out"_s, png});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_EQ(QImage(png).size(), QSize(3200, 2000)); // the bundled release, 1600 × 1000 at scale 2

    const QString small = dir.filePath(u"bridge.png"_s);
    const ProcessRun sized = tieout({u"export-chart"_s, u"--chart"_s, u"bridge-net-income"_s, u"--width"_s, u"400"_s,
                                     u"--height"_s, u"300"_s, u"--scale"_s, u"1.5"_s, u"--out"_s, small});
    EXPECT_EQ(sized.exitCode, 0) << qPrintable(sized.err);
    EXPECT_EQ(QImage(small).size(), QSize(600, 450));
}

TEST(Cli, ExportChartOfSeveralFilingsNamesEachFile)
{
    QTemporaryDir dir;
    const ProcessRun run = tieout({u"export-chart"_s, u"--chart"_s, u"opex"_s, u"--scale"_s, u"1"_s, u"--out"_s,
                                   dir.filePath(u"opex.svg"_s), data(u"releases/northwind-q3-2011.txt"_s),
                                   data(u"releases/northwind-q3-2011.txt"_s)});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    QFile svg(dir.filePath(u"opex-northwind-q3-2011.svg"_s));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    // Its root element's first line: a size in mm, which follows the screen's resolution.
    EXPECT_TRUE(hasLineMatching(QString::fromUtf8(svg.readAll()), uR"(<svg width="[\d.]+mm" height="[\d.]+mm")"_s));
}

TEST(Cli, ExportChartExitsTwoWithTheReason)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"chart.png"_s);
    const ProcessRun unknown = tieout({u"export-chart"_s, u"--chart"_s, u"pie"_s, u"--out"_s, out});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(hasLine(unknown.err,
                        u"tieout export-chart: unknown chart \"pie\"; the charts are segments, revenue-mix, "
                        u"opex, bridge-operating-income, bridge-net-income"_s));

    const ProcessRun prospectus = tieout({u"export-chart"_s, u"--chart"_s, u"segments"_s, u"--out"_s, out,
                                          bundled(u"juniper-2004-04-27-prospectus-supplement-424b3.txt"_s)});
    EXPECT_EQ(prospectus.exitCode, 2);
    EXPECT_TRUE(hasLine(prospectus.err, u"tieout export-chart: juniper-2004-04-27-prospectus-supplement-424b3.txt: the "
                                        u"segments chart is not available for this filing: No schedule of this filing "
                                        u"breaks revenues into parts that add up to them."_s));

    const QString missing = dir.filePath(u"missing/folder/chart.png"_s);
    const ProcessRun unwritable = tieout({u"export-chart"_s, u"--chart"_s, u"segments"_s, u"--out"_s, missing});
    EXPECT_EQ(unwritable.exitCode, 2);
    EXPECT_TRUE(
        hasLine(unwritable.err, u"tieout export-chart: cannot write %1: No such file or directory"_s.arg(missing)));

    const ProcessRun noOut = tieout({u"export-chart"_s, u"--chart"_s, u"segments"_s});
    EXPECT_EQ(noOut.exitCode, 2);
    EXPECT_TRUE(hasLine(noOut.err, u"tieout export-chart: --out FILE is required"_s));
    EXPECT_FALSE(QFile::exists(out));
}

TEST(Cli, ReportWritesTheReconciliationAsPdf)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"report.pdf"_s);
    const ProcessRun run = tieout({u"report"_s, u"--paper"_s, u"Letter"_s, u"--out"_s, pdf});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    // The release's reconciliation, and as many pages as pdfinfo counts.
    EXPECT_EQ(
        linesOf(run.out),
        QStringList{
            u"juniper-2007-04-23-q1-earnings-release.txt: Juniper Networks, Inc. \u2014 Reconciliation "
            u"between GAAP to non-GAAP Results of Operations and Earnings Per Share \u2192 %1 (%2 pages)"_s.arg(pdf)
                .arg(PdfPages::count(pdf))});
}

TEST(Cli, ReportExitsTwoWithTheReason)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"report.pdf"_s);
    const ProcessRun prospectus =
        tieout({u"report"_s, u"--out"_s, pdf, bundled(u"juniper-2004-04-27-prospectus-supplement-424b3.txt"_s)});
    EXPECT_EQ(prospectus.exitCode, 2);
    EXPECT_TRUE(hasLine(prospectus.err,
                        u"tieout report: juniper-2004-04-27-prospectus-supplement-424b3.txt has no GAAP "
                        u"to non-GAAP reconciliation to report"_s));
    const ProcessRun badPaper = tieout({u"report"_s, u"--paper"_s, u"A3"_s, u"--out"_s, pdf});
    EXPECT_EQ(badPaper.exitCode, 2);
    EXPECT_TRUE(hasLine(badPaper.err, u"tieout report: --paper takes A4 or Letter, not \"A3\""_s));
    const QString missing = dir.filePath(u"missing/report.pdf"_s);
    const ProcessRun unwritable = tieout({u"report"_s, u"--out"_s, missing});
    EXPECT_EQ(unwritable.exitCode, 2);
    EXPECT_TRUE(hasLine(unwritable.err, u"tieout report: cannot write %1: No such file or directory"_s.arg(missing)));
    EXPECT_FALSE(QFile::exists(pdf));
}

TEST(Cli, ExportXlsxWritesAWorkbookOfEverySchedule)
{
    QTemporaryDir dir;
    const QString book = dir.filePath(u"northwind.xlsx"_s);
    const ProcessRun run = tieout({u"export-xlsx"_s, u"--out"_s, book, data(u"releases/northwind-q3-2011.txt"_s)});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    QFile file(book);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(2).startsWith("PK")); // a zip, as every .xlsx is
    // Three schedules and the Tie-out sheet; 51 lines, one per check and period (`tieout check`).
    EXPECT_EQ(linesOf(run.out),
              QStringList{u"%1: 4 sheet(s) (Statements of Income, Subscription Revenues by, "
                          u"Reconciliation of GAAP to, Tie-out), 27 formula(s), 51 check line(s)"_s.arg(book)});
    const ProcessRun one = tieout({u"export-xlsx"_s, u"--schedule"_s, u"revenues by segment"_s, u"--out"_s, book,
                                   data(u"releases/northwind-q3-2011.txt"_s)});
    EXPECT_EQ(one.exitCode, 0) << qPrintable(one.err);
    EXPECT_TRUE(one.out.contains(u"2 sheet(s) (Subscription Revenues by, Tie-out)"_s)) << qPrintable(one.out);
}

TEST(Cli, ExportXlsxExitsTwoWithTheReason)
{
    QTemporaryDir dir;
    const QString book = dir.filePath(u"book.xlsx"_s);
    const QString northwind = data(u"releases/northwind-q3-2011.txt"_s);
    const ProcessRun noOut = tieout({u"export-xlsx"_s, northwind});
    EXPECT_EQ(noOut.exitCode, 2);
    EXPECT_TRUE(hasLine(noOut.err, u"tieout export-xlsx: --out FILE.xlsx is required"_s));
    const ProcessRun csv = tieout({u"export-xlsx"_s, u"--out"_s, dir.filePath(u"book.csv"_s), northwind});
    EXPECT_EQ(csv.exitCode, 2);
    EXPECT_TRUE(hasLine(
        csv.err, u"tieout export-xlsx: --out names an .xlsx file, not \"%1\""_s.arg(dir.filePath(u"book.csv"_s))));
    const ProcessRun none =
        tieout({u"export-xlsx"_s, u"--schedule"_s, u"Balance Sheets"_s, u"--out"_s, book, northwind});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(hasLine(none.err, u"tieout export-xlsx: northwind-q3-2011.txt has no schedule titled \"Balance "
                                  u"Sheets\"; its schedules:"_s))
        << qPrintable(none.err);
    EXPECT_TRUE(hasLine(none.err, u"  Consolidated Statements of Income"_s));
    // A word in several titles names none of them.
    const ProcessRun several = tieout({u"export-xlsx"_s, u"--schedule"_s, u"s"_s, u"--out"_s, book, northwind});
    EXPECT_EQ(several.exitCode, 2);
    EXPECT_TRUE(hasLine(several.err, u"tieout export-xlsx: \"s\" names 3 schedules of northwind-q3-2011.txt; say "
                                     u"which:"_s))
        << qPrintable(several.err);
    const QString missing = dir.filePath(u"missing/book.xlsx"_s);
    const ProcessRun unwritable = tieout({u"export-xlsx"_s, u"--out"_s, missing, northwind});
    EXPECT_EQ(unwritable.exitCode, 2);
    EXPECT_TRUE(
        hasLine(unwritable.err, u"tieout export-xlsx: cannot write %1: No such file or directory"_s.arg(missing)))
        << qPrintable(unwritable.err);
    EXPECT_FALSE(QFile::exists(book));
}

TEST(Cli, NoCommandWritesOverTheFilingItReads)
{
    QTemporaryDir dir;
    // A filing whose name is a valid output name for each command.
    const QByteArray filing = [] {
        QFile file(data(u"releases/northwind-q3-2011.txt"_s));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    ASSERT_FALSE(filing.isEmpty());
    for (const QString &name : {u"release.pdf"_s, u"release.png"_s}) {
        const QString path = dir.filePath(name);
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(filing);
        file.close();
    }
    const ProcessRun report =
        tieout({u"report"_s, u"--out"_s, dir.filePath(u"release.pdf"_s), dir.filePath(u"release.pdf"_s)});
    EXPECT_EQ(report.exitCode, 2);
    EXPECT_TRUE(hasLine(report.err, u"tieout report: cannot write %1: it is a filing Tieout has read, and Tieout never "
                                    u"writes to a filing"_s.arg(dir.filePath(u"release.pdf"_s))));
    const ProcessRun chart = tieout({u"export-chart"_s, u"--chart"_s, u"segments"_s, u"--out"_s,
                                     dir.filePath(u"release.png"_s), dir.filePath(u"release.png"_s)});
    EXPECT_EQ(chart.exitCode, 2);
    EXPECT_TRUE(hasLine(chart.err, u"tieout export-chart: cannot write %1: it is a filing Tieout has read, and Tieout "
                                   u"never writes to a filing"_s.arg(dir.filePath(u"release.png"_s))));
    for (const QString &name : {u"release.pdf"_s, u"release.png"_s}) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(file.readAll(), filing) << qPrintable(name);
    }
}

TEST(Gui, SelfTestStartsTheRealWindowOnTheBundledFilings)
{
    const ProcessRun run = tieout({u"--self-test"_s});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QStringList lines = linesOf(run.out);
    ASSERT_EQ(lines.size(), 2) << qPrintable(run.out);
    EXPECT_EQ(lines[0], u"self-test: ok: 2 filings, 8 schedules, 72 checks, 133 figures, 1 fails"_s);
    EXPECT_TRUE(hasLineMatching(run.out, uR"(first paint after \d+ ms)"_s));
}

TEST(Gui, ScreenshotIsAPngOfExactlyTheSizeAsked)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(u"window.png"_s);
    const ProcessRun run =
        tieout({u"--screenshot"_s, png, u"--size"_s, u"900x700"_s, u"--schedule"_s, u"Reconciliation"_s,
                u"--select-row"_s, u"Amortization of purchased intangible assets#3"_s});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(900, 700));
    // Not blank: the window's background and its text differ.
    EXPECT_NE(image.pixel(10, 10), image.pixel(450, 350));
}

TEST(Gui, ScreenshotOfARowThatIsNotThereExitsWithTheReason)
{
    QTemporaryDir dir;
    const ProcessRun run =
        tieout({u"--screenshot"_s, dir.filePath(u"window.png"_s), u"--schedule"_s, u"Reconciliation"_s,
                u"--select-row"_s, u"Amortization of purchased intangible assets#9"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(hasLine(run.err, u"tieout: the schedule shown has no row 9 labelled \"Amortization of purchased "
                                 u"intangible assets\""_s));
    EXPECT_FALSE(QFile::exists(dir.filePath(u"window.png"_s)));
}

TEST(Gui, ABadSizeIsRefused)
{
    const ProcessRun run = tieout({u"--screenshot"_s, u"/tmp/never.png"_s, u"--size"_s, u"wide"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(hasLine(run.err, u"tieout: --size expects WIDTHxHEIGHT, such as 1600x1000, not \"wide\""_s));
}

TEST(Gui, WithoutADisplayTheWindowSaysSoInOneLineAndNamesWhatWorks)
{
    const QString noDisplay =
        u"tieout: the window needs a display, and none is set (DISPLAY, WAYLAND_DISPLAY); "
        u"inspect, check, trace, export-chart, report, compare, fetch and export-xlsx work without one"_s;
    for (const QStringList &arguments :
         {QStringList{}, QStringList{bundled(u"juniper-2007-04-23-q1-earnings-release.txt"_s)}}) {
        const ProcessRun run = tieoutWithoutDisplay(arguments);
        // Qt's platform plugin aborts (a crash, -1 here; 134 in a shell) when
        // it is left to find out; the one line comes before it is asked.
        EXPECT_NE(run.exitCode, -1) << "crashed: " << qPrintable(run.err);
        EXPECT_EQ(run.exitCode, 2) << qPrintable(run.err);
        EXPECT_EQ(linesOf(run.err), QStringList{noDisplay}) << qPrintable(arguments.join(u' '));
        EXPECT_TRUE(run.out.isEmpty()) << qPrintable(run.out);
    }
}

TEST(Gui, AnArgumentThatIsNeitherACommandNorAFileIsNamedFirst)
{
    const QString neither = u"tieout: AAPL is neither a command nor a file; the commands are inspect, check, trace, "
                            u"export-chart, report, compare, fetch and export-xlsx"_s;
    // Without a display, said before the display is missed.
    const ProcessRun headless = tieoutWithoutDisplay({u"AAPL"_s});
    EXPECT_NE(headless.exitCode, -1) << "crashed: " << qPrintable(headless.err);
    EXPECT_EQ(headless.exitCode, 2);
    EXPECT_EQ(linesOf(headless.err), QStringList{neither});
    // With one, the window does not open on it.
    const ProcessRun shown = tieout({u"AAPL"_s});
    EXPECT_EQ(shown.exitCode, 2);
    EXPECT_EQ(linesOf(shown.err), QStringList{neither});
}

TEST(Gui, WithoutADisplayTheSubcommandsStillRun)
{
    const ProcessRun run =
        tieoutWithoutDisplay({u"check"_s, bundled(u"juniper-2004-04-27-prospectus-supplement-424b3.txt"_s)});
    // The prospectus's one discrepancy: the 600,000 holder's 29,792 shares.
    EXPECT_EQ(run.exitCode, 1) << qPrintable(run.err);
    EXPECT_FALSE(run.err.contains(u"display"_s)) << qPrintable(run.err);
    QTemporaryDir dir;
    const QString png = dir.filePath(u"segments.png"_s);
    const ProcessRun chart = tieoutWithoutDisplay({u"export-chart"_s, u"--chart"_s, u"segments"_s, u"--out"_s, png});
    EXPECT_EQ(chart.exitCode, 0) << qPrintable(chart.err);
    EXPECT_FALSE(QImage(png).isNull());
}

TEST(Compare, ListsEveryFigureALaterFilingReportsDifferently)
{
    const ProcessRun run = tieout(
        {u"compare"_s, data(u"releases/fabrikam-q1-2008-restated.txt"_s), data(u"releases/fabrikam-q1-2008.txt"_s)});
    EXPECT_EQ(run.exitCode, 1) << qPrintable(run.err);
    // The later filing first, wherever it stands on the command line.
    EXPECT_TRUE(run.out.startsWith(
        u"restatement: %1:20:19: \"Product\", Three Months Ended March 31, 2008 As Restated, in \"Condensed "
        "Consolidated Statements of Operations\": 32,897, was 33,512 in %2:20:9; change -615\n"_s.arg(
            data(u"releases/fabrikam-q1-2008-restated.txt"_s), data(u"releases/fabrikam-q1-2008.txt"_s))))
        << qPrintable(run.out);
    EXPECT_TRUE(run.out.endsWith(u"24 of 54 figure(s) reported twice for the same period differ, in 2 filing(s); 0 "
                                 "link(s) between filings\n"_s))
        << qPrintable(run.out);

    const ProcessRun json = tieout({u"compare"_s, u"--json"_s, data(u"releases/fabrikam-q1-2008.txt"_s),
                                    data(u"releases/fabrikam-q1-2008-restated.txt"_s)});
    EXPECT_EQ(json.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonArray differences = root.value(u"differences"_s).toArray();
    ASSERT_EQ(differences.size(), 24);
    const QJsonObject income = differences.at(9).toObject();
    EXPECT_EQ(income.value(u"label"_s).toString(), u"Net income"_s);
    EXPECT_EQ(income.value(u"kind"_s).toString(), u"restatement"_s);
    EXPECT_EQ(income.value(u"earlier"_s).toObject().value(u"value"_s).toString(), u"2982"_s);
    EXPECT_EQ(income.value(u"later"_s).toObject().value(u"value"_s).toString(), u"2598"_s);
    EXPECT_EQ(income.value(u"later"_s).toObject().value(u"line"_s).toInt(), 34);
    EXPECT_EQ(income.value(u"difference"_s).toString(), u"-384000"_s);
    EXPECT_EQ(differences.at(12).toObject().value(u"kind"_s).toString(), u"as-restated"_s);
}

TEST(Compare, TheBundledFilingsLinkTheNotesToTheirDebtAndDifferInNothing)
{
    const ProcessRun run = tieout({u"compare"_s});
    EXPECT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.out.contains(u":224:16: \"Long-term debt\" (March 31, 2007) carries +399,944,000 against the "
                                 "principal of +400,000,000"_s))
        << qPrintable(run.out);
    EXPECT_TRUE(run.out.contains(u"difference -56,000"_s)) << qPrintable(run.out);
}
