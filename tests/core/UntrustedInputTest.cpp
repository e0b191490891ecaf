// SPDX-License-Identifier: GPL-3.0-or-later
// What a filing cannot make Tieout do: markup in its labels and notes is
// shown as the text it is wherever it appears (notes page, trace, report,
// CSV, JSON, charts), and nothing Tieout writes ever lands on a filing it
// has read, under any name, leaving the filing byte for byte as it was.
#include "chartdata/ChartBuilder.h"
#include "export/TableExport.h"
#include "files/InputFiles.h"
#include "files/OutputFile.h"
#include "models/FilingHtml.h"
#include "models/ScheduleTableModel.h"
#include "report/ReportBuilder.h"
#include "report/ReportPainter.h"
#include "support/TestData.h"
#include "tracesheet/TraceComposer.h"
#include "tracesheet/TraceHtml.h"
#include "json/FilingJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

// As typed in tests/data/bad/markup-in-notes.txt.
const QString Label = u"<a href=\"http://x\">Restructuring</a> & <script>alert(1)</script>"_s;
const QString NoteTitle = u"<img src=x onerror=alert(2)> charges"_s;
const QString NoteText = u"Excluded <script>alert(3)</script> & kept as &amp; text."_s;

const FilingAnalysisPtr &marked()
{
    return TestData::analysed(TestData::dataPath(u"bad/markup-in-notes.txt"_s));
}

// What a reader sees of a piece of HTML: its text, as rendered.
QString rendered(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace

TEST(UntrustedText, MarkupInALabelIsReadAsText)
{
    const FilingAnalysisPtr analysis = marked();
    ASSERT_EQ(analysis->filing.schedules.size(), 1);
    EXPECT_EQ(analysis->filing.schedules[0].rows[1].label, Label);
    ASSERT_EQ(analysis->filing.notes.size(), 1);
}

TEST(UntrustedText, TheNotesPageShowsMarkupLiterally)
{
    const QString html = FilingHtml::notes(*marked());
    const QString text = rendered(html);
    EXPECT_TRUE(text.contains(NoteTitle)) << qPrintable(text);
    EXPECT_TRUE(text.contains(NoteText)) << qPrintable(text);
    EXPECT_FALSE(html.contains(u"<img"_s));
    EXPECT_FALSE(html.contains(u"<script"_s));
}

TEST(UntrustedText, TheTraceOfTheRowShowsItsLabelLiterally)
{
    const FilingAnalysisPtr analysis = marked();
    const QString html = TraceHtml::render(TraceComposer::compose(*analysis, RowRef{0, 1}));
    const QString text = rendered(html);
    EXPECT_TRUE(text.contains(Label)) << qPrintable(text);
    EXPECT_TRUE(text.contains(NoteTitle)) << qPrintable(text);
    EXPECT_FALSE(html.contains(u"<script"_s));
}

TEST(UntrustedText, TheReportPrintsLabelsAndNotesLiterally)
{
    QString error;
    const std::optional<Report> report = ReportBuilder::reconciliation(marked(), {}, &error);
    ASSERT_TRUE(report.has_value()) << qPrintable(error);
    const QString text = report->document->toPlainText();
    EXPECT_TRUE(text.contains(Label)) << qPrintable(text);
    EXPECT_TRUE(text.contains(NoteText)) << qPrintable(text);
}

TEST(UntrustedText, ExportsCarryTheLabelAsWritten)
{
    const FilingAnalysisPtr analysis = marked();
    ScheduleTableModel model;
    model.setSchedule(analysis, 0);
    const QString csv = TableExport::csv(TableExport::whole(model), u"title"_s);
    // CSV quotes a field with a quote in it and doubles the quote.
    EXPECT_TRUE(csv.contains(u"\"<a href=\"\"http://x\"\">Restructuring</a> & <script>alert(1)</script>\""_s))
        << qPrintable(csv);
    EXPECT_EQ(model.index(1, 0).data().toString(), Label);

    const QJsonDocument json(FilingJson::toJson(analysis->filing));
    EXPECT_TRUE(QString::fromUtf8(json.toJson()).contains(u"<script>alert(1)</script>"_s));

    const ChartData chart = ChartBuilder::selection(*analysis, 0, {1});
    ASSERT_FALSE(chart.series.isEmpty());
    EXPECT_TRUE(chart.toTsv().contains(Label)) << qPrintable(chart.toTsv());
}

TEST(NoWriteToAFiling, AReportCannotBeWrittenOverTheFilingItCameFrom)
{
    QTemporaryDir dir;
    const QString filing = dir.filePath(u"release.txt"_s);
    ASSERT_TRUE(QFile::copy(TestData::northwindPath(), filing));
    const QByteArray before = TestData::bytesOf(filing);
    const FilingAnalysisPtr analysis = TestData::loadAnalysed(filing);
    QString error;
    const std::optional<Report> report = ReportBuilder::reconciliation(analysis, {}, &error);
    ASSERT_TRUE(report.has_value()) << qPrintable(error);

    const QString refused = ReportPainter::writePdf(*report, filing, ReportPainter::defaultLayout(QLocale::c()));
    EXPECT_EQ(refused,
              u"cannot write %1: it is a filing Tieout has read, and Tieout never writes to a filing"_s.arg(filing));
    EXPECT_EQ(TestData::bytesOf(filing), before);

    // Nor under another name for the same file.
    const QString link = dir.filePath(u"link.pdf"_s);
    ASSERT_TRUE(QFile::link(filing, link));
    EXPECT_TRUE(ReportPainter::writePdf(*report, link, ReportPainter::defaultLayout(QLocale::c()))
                    .contains(u"never writes to a filing"_s));
    EXPECT_EQ(TestData::bytesOf(filing), before);
    EXPECT_TRUE(InputFiles::contains(dir.path() + u"/./release.txt"_s));
}

TEST(NoWriteToAFiling, AFailedWriteLeavesTheOldFileAsItWas)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.csv"_s);
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("the old contents\n");
    old.close();

    OutputFile file(path);
    ASSERT_TRUE(file.open());
    file.device()->write("half of the new");
    file.cancel(u"cannot draw the chart into old.csv"_s);
    EXPECT_EQ(file.error(), u"cannot draw the chart into old.csv"_s);
    EXPECT_EQ(TestData::bytesOf(path), QByteArray("the old contents\n"));
    // And nothing is left beside it.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{u"old.csv"_s});
}

TEST(NoWriteToAFiling, AFolderOrAMissingFolderIsNotADestination)
{
    QTemporaryDir dir;
    OutputFile folder(dir.path());
    EXPECT_FALSE(folder.open());
    EXPECT_EQ(folder.error(), u"cannot write %1: it is a folder, not a file"_s.arg(dir.path()));
    OutputFile missing(dir.filePath(u"missing/out.pdf"_s));
    EXPECT_FALSE(missing.open());
    EXPECT_TRUE(missing.error().startsWith(u"cannot write %1: "_s.arg(dir.filePath(u"missing/out.pdf"_s))));
}
