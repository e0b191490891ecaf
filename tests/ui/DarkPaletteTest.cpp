// SPDX-License-Identifier: GPL-3.0-or-later
// On a dark palette the trace panel and the notes read: every coloured run
// of their text (the note badge, the links, the details, the verdicts, the
// highlighted clause) has at least WCAG's 4.5:1 contrast against what it is
// drawn on. The palette is one a dark desktop might give, links left at
// Qt's default blue.
#include "DocumentView.h"
#include "MainWindow.h"
#include "TracePanel.h"
#include "desktop/Theme.h"
#include "import/FilingImporter.h"
#include "models/TraceModel.h"

#include <QApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

QPalette darkDesktop()
{
    QPalette palette = QApplication::palette();
    for (const auto role : {QPalette::Window, QPalette::Button})
        palette.setColor(role, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Base, QColor(0x1c, 0x1c, 0x1c));
    palette.setColor(QPalette::AlternateBase, QColor(0x24, 0x24, 0x24));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(role, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Link, QColor(0x00, 0x00, 0xff));
    return palette;
}

struct ColouredRun
{
    QString text;
    QColor colour;
    QColor background;
    bool link = false;
};

// Every run of the rich text with a colour of its own, with what it is drawn on.
QList<ColouredRun> colouredRuns(const QTextBrowser *browser)
{
    QList<ColouredRun> runs;
    const QColor base = browser->palette().color(QPalette::Base);
    const QTextDocument *document = browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const bool link = format.isAnchor() && !format.anchorHref().isEmpty();
            if (!format.hasProperty(QTextFormat::ForegroundBrush) && !link)
                continue;
            const QColor colour = format.hasProperty(QTextFormat::ForegroundBrush)
                                      ? format.foreground().color()
                                      : browser->palette().color(QPalette::Link);
            const QColor background =
                format.hasProperty(QTextFormat::BackgroundBrush) ? format.background().color() : base;
            runs.append(ColouredRun{fragment.text(), colour, background, link});
        }
    }
    return runs;
}

void expectReadable(const QTextBrowser *browser, const char *what)
{
    const QList<ColouredRun> runs = colouredRuns(browser);
    ASSERT_FALSE(runs.isEmpty()) << what;
    int links = 0;
    for (const ColouredRun &run : runs) {
        links += run.link ? 1 : 0;
        EXPECT_GE(Theme::contrast(run.colour, run.background), 4.5)
            << what << ": \"" << qPrintable(run.text) << "\" " << qPrintable(run.colour.name()) << " on "
            << qPrintable(run.background.name());
    }
    EXPECT_GT(links, 0) << what;
}

class DarkPaletteTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        QApplication::setPalette(darkDesktop());
        window = std::make_unique<MainWindow>();
        window->openFiles(FilingImporter::bundledFilings());
    }
    void TearDown() override
    {
        window.reset();
        QApplication::setPalette(light);
    }

    const QPalette light = QApplication::palette();
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(DarkPaletteTest, TheTracePanelsBadgeLinksAndDetailsRead)
{
    ASSERT_TRUE(Theme::isDark(window->tracePanel()->palette()));
    ASSERT_TRUE(window->showScheduleTitled(u"Reconciliation"_s));
    // Line 130: "Stock-based compensation expense", citing note C, with its
    // source, its effect and the note's text.
    ASSERT_TRUE(window->selectRow(u"Stock-based compensation expense"_s, 2));
    ASSERT_EQ(window->tracePanel()->model()->sheet().badges, QStringList{u"C"_s});
    const QTextBrowser *panel = window->tracePanel()->browser();
    expectReadable(panel, "trace panel");
    // The badge is among the runs: the letter on its own colour.
    bool badge = false;
    for (const ColouredRun &run : colouredRuns(panel))
        badge = badge || (run.text.trimmed() == u"C"_s && run.background != panel->palette().color(QPalette::Base));
    EXPECT_TRUE(badge);
}

TEST_F(DarkPaletteTest, TheNotesHighlightedClauseAndLinksRead)
{
    window->follow(TraceTarget::toNote(u"B"_s, u"ii"_s));
    DocumentView *notes = window->documentPage();
    ASSERT_EQ(notes->content(), DocumentView::Content::Notes);
    expectReadable(notes, "notes");
    bool highlight = false;
    for (const ColouredRun &run : colouredRuns(notes))
        highlight = highlight || run.background != notes->palette().color(QPalette::Base);
    EXPECT_TRUE(highlight);
}
