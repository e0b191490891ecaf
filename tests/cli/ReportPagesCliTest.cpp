// SPDX-License-Identifier: GPL-3.0-or-later
// `tieout report` on every paper, upright and landscape, read back as a
// reader would: each bridge chart of the bundled release is in the PDF
// once, above the footer, and every page has its footer. The titles are
// the charts' as the report prints them.
#include <QTemporaryDir>

#include "support/PdfPages.h"
#include "support/ProcessRun.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(CliReport, EachBridgeIsPrintedOnceAboveTheFooterOnEveryPaper)
{
    const QStringList bridges{u"GAAP Operating income to Non-GAAP Operating income"_s,
                              u"GAAP Net income to Non-GAAP Net income"_s};
    QTemporaryDir dir;
    for (const QString &paper : {u"A4"_s, u"Letter"_s}) {
        for (const bool landscape : {false, true}) {
            const QString name = paper + (landscape ? u"-landscape"_s : u"-portrait"_s);
            SCOPED_TRACE(qPrintable(name));
            const QString pdf = dir.filePath(name + u".pdf"_s);
            QStringList arguments{u"report"_s, u"--paper"_s, paper, u"--out"_s, pdf};
            if (landscape)
                arguments << u"--landscape"_s;
            const ProcessRun run = ProcessRun::of(QStringLiteral(TIEOUT_EXECUTABLE), arguments);
            ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
            EXPECT_EQ(PdfPages::info(pdf).landscape, landscape);

            const QString text = PdfPages::text(pdf, PdfPages::Layout::ReadingOrder).simplified();
            for (const QString &bridge : bridges)
                EXPECT_EQ(text.count(bridge), 1) << qPrintable(bridge);
            const QList<PdfPages::Page> pages = PdfPages::words(pdf);
            ASSERT_GE(pages.size(), 3);
            for (qsizetype page = 0; page < pages.size(); ++page) {
                EXPECT_TRUE(PdfPages::pageText(pdf, int(page + 1))
                                .contains(u"Page %1 of %2"_s.arg(page + 1).arg(pages.size())));
                const double footer = PdfPages::footerTop(pages[page]);
                ASSERT_LT(footer, pages[page].size.height()) << "no footer on page " << page + 1;
                for (const PdfPages::Word &word : pages[page].words) {
                    if (word.box.bottom() > footer - 2) {
                        EXPECT_FALSE(bridges[0].split(u' ').contains(word.text)
                                     || bridges[1].split(u' ').contains(word.text))
                            << "page " << page + 1 << ": \"" << qPrintable(word.text) << "\" in the footer";
                    }
                }
            }
        }
    }
}
