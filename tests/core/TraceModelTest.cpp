// SPDX-License-Identifier: GPL-3.0-or-later
// What the trace panel says about a line of the bundled release, asserted
// from its model. Rows are named by their line in the filing; expected
// texts and figures are typed in from the filing.
#include "models/TraceModel.h"
#include "support/ModelTester.h"
#include "support/TestData.h"
#include "tracesheet/TraceComposer.h"
#include "tracesheet/TraceHtml.h"

#include <QPoint>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using Kind = TraceSection::Kind;

using TestData::analysedProspectus;
using TestData::analysedRelease;

RowRef atLine(int line)
{
    return TestData::rowAtLine(analysedRelease()->filing, line);
}

// The panel's model for the row on this line (and a period, for a cell).
struct Panel
{
    TraceModel model;

    explicit Panel(int line, qsizetype period = -1)
    {
        model.setSheet(TraceComposer::compose(*analysedRelease(), atLine(line), period));
    }

    QModelIndex line(Kind kind, int n) const { return model.index(n, 0, model.section(kind)); }
    QStringList texts(Kind kind) const { return model.texts(kind); }
    TraceTarget target(Kind kind, int n) const
    {
        return line(kind, n).data(TraceModel::TargetRole).value<TraceTarget>();
    }
    int lineOfTarget(Kind kind, int n) const
    {
        const RowRef ref = target(kind, n).row;
        return analysedRelease()->filing.schedules[ref.schedule].rows[ref.row].location.line;
    }
    QStringList noteTitles() const
    {
        QStringList titles;
        for (int s = 0; s < model.rowCount(); ++s) {
            if (model.index(s, 0).data(TraceModel::SectionKindRole).toInt() == int(Kind::Note))
                titles << model.index(s, 0).data().toString();
        }
        return titles;
    }
};

} // namespace

// The panel's one model as the window drives it, under Qt's model tester
// from before it holds a section: the trace of each row or cell the analyst
// selects in turn, of a cell of a second filing, and cleared when the last
// filing closes (MainWindow::cellChanged and closeFiling).
TEST(TraceModel, PassesTheModelTesterAsTheSelectionMoves)
{
    TraceModel model;
    const auto tester = attachModelTester(&model);
    const auto trace = [&model](const FilingAnalysisPtr &analysis, int line, qsizetype period) {
        model.setSheet(TraceComposer::compose(*analysis, TestData::rowAtLine(analysis->filing, line), period));
    };
    const auto titles = [&model] {
        QStringList list;
        for (int s = 0; s < model.rowCount(); ++s)
            list << model.index(s, 0).data().toString();
        return list;
    };

    // Total net revenues, Q1 2007.
    trace(analysedRelease(), 65, 0);
    EXPECT_EQ(model.sheet().title, u"Total net revenues"_s);
    EXPECT_EQ(model.texts(Kind::Components).value(2), u"Q1 2007: 626,936 = 509,773 + 117,163"_s);
    EXPECT_EQ(model.texts(Kind::Place).value(0), u"As filed: 626,936"_s);

    // Amortization of purchased intangible assets in the operating-income block, Q1 2007.
    trace(analysedRelease(), 154, 0);
    EXPECT_EQ(model.sheet().title, u"Amortization of purchased intangible assets"_s);
    EXPECT_TRUE(titles().contains(u"Note A: Acquisition Related Expenses"_s)) << qPrintable(titles().join(u'|'));
    EXPECT_EQ(model.texts(Kind::Sources).value(3), u"Q1 2007: 24,109 = 22,740 + 1,369"_s);
    EXPECT_EQ(model.texts(Kind::Place).value(0), u"As filed: 24,109"_s);

    // The whole row of GAAP Operating income: its block and margins, no place of a cell.
    trace(analysedRelease(), 152, -1);
    EXPECT_EQ(model.sheet().title, u"GAAP Operating income"_s);
    EXPECT_EQ(model.texts(Kind::Block).value(0), u"GAAP Operating income"_s);
    EXPECT_EQ(model.texts(Kind::Margins), (QStringList{u"Q1 2007: GAAP 9.6% against non-GAAP 19.6%"_s,
                                                       u"Q1 2006: GAAP 16.0% against non-GAAP 24.7%"_s}));

    // The row citing two notes, then the income tax effect in Q1 2006.
    trace(analysedRelease(), 156, 0);
    EXPECT_EQ(model.sheet().badges, (QStringList{u"A"_s, u"B"_s}));
    EXPECT_TRUE(titles().contains(u"Note A: Acquisition Related Expenses"_s)) << qPrintable(titles().join(u'|'));
    EXPECT_TRUE(titles().contains(u"Note B: Other Items"_s)) << qPrintable(titles().join(u'|'));
    trace(analysedRelease(), 167, 1);
    EXPECT_EQ(model.sheet().title, u"Income tax effect"_s);
    EXPECT_TRUE(model.texts(Kind::Effect).contains(u"Q1 2006: implied tax rate 23.4%"_s));
    EXPECT_EQ(model.texts(Kind::Place).value(0), u"As filed: (11,461)"_s);

    // A holder of the prospectus, opened as a second filing: 29,792 shares as filed.
    trace(analysedProspectus(), 21, 2);
    EXPECT_EQ(model.sheet().title, u"c/o Quattro Fund Jeffries Umbrella Fund US"_s);
    EXPECT_EQ(model.texts(Kind::Place).value(0), u"As filed: 29,792"_s);

    // Every filing closed.
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.section(Kind::Place).isValid());
}

TEST(TraceModel, AmortizationOfTheOperatingIncomeBlockGoesBackToNoteAAndTheStatements)
{
    Panel panel(154);
    EXPECT_EQ(panel.model.sheet().title, u"Amortization of purchased intangible assets"_s);
    EXPECT_EQ(panel.model.sheet().badges, QStringList{u"A"_s});
    EXPECT_EQ(panel.noteTitles(), QStringList{u"Note A: Acquisition Related Expenses"_s});

    // The clause that matches, and the note's full text with that clause highlighted.
    const QModelIndex clause = panel.line(Kind::Note, 0);
    EXPECT_EQ(clause.data().toString(),
              u"(i) amortization of purchased intangible assets associated with our acquisitions"_s);
    EXPECT_EQ(clause.data(TraceModel::ProvenanceRole).toInt(), int(TraceLine::Provenance::Inferred));
    EXPECT_EQ(panel.target(Kind::Note, 0), TraceTarget::toNote(u"A"_s, u"i"_s));
    // The sentence holding the clause, the clause highlighted in it…
    const QModelIndex sentence = panel.line(Kind::Note, 1);
    EXPECT_EQ(sentence.data(TraceModel::StyleRole).toInt(), int(TraceLine::Style::Quote));
    EXPECT_EQ(sentence.data().toString(),
              u"We excluded certain expense items resulting from acquisitions including the following: (i) "
              u"amortization of purchased intangible assets associated with our acquisitions; (ii) compensation "
              u"related to acquisitions; and (iii) acquisition related charges."_s);
    QPoint span = sentence.data(TraceModel::HighlightRole).toPoint();
    EXPECT_EQ(sentence.data().toString().mid(span.x(), span.y()),
              u"(i) amortization of purchased intangible assets associated with our acquisitions"_s);
    // …and the note in full, further down, highlighted the same.
    const QModelIndex full = panel.line(Kind::NoteText, 0);
    const QString text = full.data().toString();
    EXPECT_TRUE(text.startsWith(u"We excluded certain expense items resulting from acquisitions"_s));
    EXPECT_TRUE(text.endsWith(u"less acquisitive peer companies."_s));
    span = full.data(TraceModel::HighlightRole).toPoint();
    EXPECT_EQ(text.mid(span.x(), span.y()),
              u"(i) amortization of purchased intangible assets associated with our acquisitions"_s);

    // 24,109 = 22,740 (operating expenses, line 75) + 1,369 (cost of product revenues, line 127).
    const QStringList sources = panel.texts(Kind::Sources);
    ASSERT_GE(sources.size(), 5);
    EXPECT_EQ(sources[0], u"The sum of 2 lines"_s);
    EXPECT_EQ(sources[1], u"Amortization of purchased intangibles — Operating expenses"_s);
    EXPECT_EQ(panel.lineOfTarget(Kind::Sources, 1), 75);
    EXPECT_EQ(panel.lineOfTarget(Kind::Sources, 2), 127);
    EXPECT_EQ(sources[3], u"Q1 2007: 24,109 = 22,740 + 1,369"_s);
    EXPECT_EQ(sources[4], u"Q1 2006: 24,590 = 23,221 + 1,369"_s);
    EXPECT_EQ(panel.line(Kind::Sources, 3).data(TraceModel::VerdictRole).toInt(), int(TraceLine::Verdict::Ties));
    EXPECT_EQ(panel.line(Kind::Sources, 1).data(TraceModel::ProvenanceRole).toInt(),
              int(TraceLine::Provenance::Inferred));

    // It moves non-GAAP operating income, whose block ties; 24,109 ÷ 604,905 diluted shares.
    const QStringList effect = panel.texts(Kind::Effect);
    ASSERT_GE(effect.size(), 4);
    EXPECT_EQ(effect[0], u"Moves Non-GAAP Operating income"_s);
    EXPECT_EQ(panel.line(Kind::Effect, 0).data(TraceModel::VerdictRole).toInt(), int(TraceLine::Verdict::Ties));
    EXPECT_EQ(panel.lineOfTarget(Kind::Effect, 0), 159);
    EXPECT_EQ(effect[1], u"Also applied to GAAP Net income"_s);
    EXPECT_EQ(panel.lineOfTarget(Kind::Effect, 1), 162);
    EXPECT_EQ(effect[2], u"Q1 2007: $0.0399 per diluted share"_s);
    EXPECT_EQ(panel.line(Kind::Effect, 2).data(TraceModel::DetailRole).toString(),
              u"24,109 ÷ 604,905 (Diluted — Shares used in computing non-GAAP Net income per share)"_s);
    EXPECT_EQ(effect[3], u"Q1 2006: $0.0407 per diluted share"_s);
}

TEST(TraceModel, EveryAdjustmentRowShowsItsNotesAndFirstSource)
{
    // Line, note sections, first source (0: "No source line in the statements"), typed in from the filing.
    const struct
    {
        int line;
        QStringList notes;
        int source;
    } rows[] = {
        {126, {u"Note C: Stock-Based Compensation Related Items"_s}, 100},
        {127, {u"Note A: Acquisition Related Expenses"_s}, 0},
        {141, {u"Note C: Stock-Based Compensation Related Items"_s}, 102},
        {153, {u"Note C: Stock-Based Compensation Related Items"_s}, 105},
        {156, {u"Note A: Acquisition Related Expenses"_s, u"Note B: Other Items"_s}, 76},
        {157, {u"Note B: Other Items"_s}, 76},
        {167, {u"Note B: Other Items"_s}, 0},
    };
    for (const auto &expected : rows) {
        Panel panel(expected.line);
        EXPECT_EQ(panel.noteTitles(), expected.notes) << expected.line;
        const QModelIndex first = panel.line(Kind::Sources, 0);
        if (expected.source == 0) {
            EXPECT_EQ(first.data().toString(), u"No source line in the statements"_s) << expected.line;
            EXPECT_EQ(first.data(TraceModel::StyleRole).toInt(), int(TraceLine::Style::Limit));
        } else {
            EXPECT_EQ(panel.lineOfTarget(Kind::Sources, 0), expected.source) << expected.line;
        }
    }
}

TEST(TraceModel, ARowCitingTwoNotesShowsBothClauses)
{
    Panel panel(156); // Other charges - restructuring and acquisition charges, A/B
    EXPECT_EQ(panel.model.sheet().badges, (QStringList{u"A"_s, u"B"_s}));
    const QModelIndex a = panel.model.section(Kind::Note);
    ASSERT_TRUE(a.isValid());
    EXPECT_EQ(panel.model.index(0, 0, a).data().toString(), u"(iii) acquisition related charges"_s);
    const QModelIndex b = panel.model.index(a.row() + 1, 0);
    EXPECT_EQ(panel.model.index(0, 0, b).data().toString(), u"(i) restructuring and related costs"_s);
    // Part of "Other charges" (line 76) with its three siblings.
    EXPECT_EQ(panel.texts(Kind::Sources).value(0), u"Part of Other charges — Operating expenses"_s);
    EXPECT_EQ(panel.texts(Kind::Sources).value(5), u"Q1 2007: 12,584 = 313 + (38) + 4,710 + 7,599"_s);
}

TEST(TraceModel, TheIncomeTaxEffectShowsTheRateItImplies)
{
    Panel panel(167); // Income tax effect
    const QStringList effect = panel.texts(Kind::Effect);
    // 16,930 ÷ (25,942 + 24,109 + 313 − 38 + 4,710 + 7,599 = 62,635) = 27.0%; 11,461 ÷ 49,059 = 23.4%.
    EXPECT_TRUE(effect.contains(u"Q1 2007: implied tax rate 27.0%"_s)) << qPrintable(effect.join(u'\n'));
    EXPECT_TRUE(effect.contains(u"Q1 2006: implied tax rate 23.4%"_s));
    // (16,930) ÷ 604,905 diluted shares.
    EXPECT_TRUE(effect.contains(u"Q1 2007: \u2212$0.0280 per diluted share"_s)) << qPrintable(effect.join(u'\n'));
    const QModelIndex limits = panel.model.section(Kind::Limits);
    EXPECT_TRUE(limits.isValid());
}

TEST(TraceModel, TheGaapLineShowsItsBlockAndBothMargins)
{
    Panel panel(152); // GAAP Operating income
    const QStringList block = panel.texts(Kind::Block);
    ASSERT_EQ(block.size(), 8 + 2);
    EXPECT_EQ(block[0], u"GAAP Operating income"_s);
    EXPECT_EQ(block[2], u"Amortization of purchased intangible assets (A)"_s);
    EXPECT_EQ(panel.line(Kind::Block, 2).data(TraceModel::LevelRole).toInt(), 1);
    EXPECT_EQ(panel.lineOfTarget(Kind::Block, 2), 154);
    EXPECT_EQ(panel.line(Kind::Block, 2).data(TraceModel::DetailRole).toString(), u"24,109 · 24,590"_s);
    EXPECT_EQ(block[7], u"Non-GAAP Operating income"_s);
    EXPECT_TRUE(block[8].startsWith(u"Q1 2007: 123,131 = "_s)) << qPrintable(block[8]);
    EXPECT_EQ(panel.line(Kind::Block, 8).data(TraceModel::VerdictRole).toInt(), int(TraceLine::Verdict::Ties));
    // 60,496 and 123,131 ÷ 626,936; 90,926 and 139,985 ÷ 566,714.
    EXPECT_EQ(panel.texts(Kind::Margins), (QStringList{u"Q1 2007: GAAP 9.6% against non-GAAP 19.6%"_s,
                                                       u"Q1 2006: GAAP 16.0% against non-GAAP 24.7%"_s}));
    EXPECT_EQ(panel.model.index(0, 0, panel.model.section(Kind::Margins)).data().toString().isEmpty(), false);
}

TEST(TraceModel, ATotalShowsItsComponentsAndTieOut)
{
    Panel panel(65); // Total net revenues
    const QStringList components = panel.texts(Kind::Components);
    ASSERT_GE(components.size(), 4);
    EXPECT_EQ(components[0], u"+ Product — Net revenues"_s);
    EXPECT_EQ(components[1], u"+ Service — Net revenues"_s);
    EXPECT_EQ(components[2], u"Q1 2007: 626,936 = 509,773 + 117,163"_s);
    EXPECT_EQ(components[3], u"Q1 2006: 566,714 = 474,125 + 92,589"_s);
    EXPECT_EQ(panel.lineOfTarget(Kind::Components, 0), 63);
}

TEST(TraceModel, ACellShowsItsTextAndPlaceInTheFile)
{
    Panel panel(154, 0);
    EXPECT_TRUE(panel.model.sheet().subtitle.endsWith(u"2007"_s));
    const QStringList place = panel.texts(Kind::Place);
    EXPECT_EQ(place.value(0), u"As filed: 24,109"_s);
    EXPECT_EQ(panel.line(Kind::Place, 0).data(TraceModel::DetailRole).toString(), u"line 154, column 47"_s);
    const TraceTarget source = panel.target(Kind::Place, 0);
    EXPECT_EQ(source.kind, TraceTarget::Kind::Source);
    EXPECT_EQ(source.location.line, 154);
    EXPECT_EQ(source.location.column, 47);
}

TEST(TraceModel, TheReverseTraceOfNoteCListsEveryStockCompensationRow)
{
    QList<int> lines;
    for (const RowRef &ref : analysedRelease()->citing(u"C"_s))
        lines << analysedRelease()->filing.schedules[ref.schedule].rows[ref.row].location.line;
    EXPECT_EQ(lines, (QList<int>{126, 130, 133, 137, 141, 144, 147, 153, 161}));
    QList<int> clauseI;
    for (const RowRef &ref : analysedRelease()->citing(u"A"_s, u"i"_s))
        clauseI << analysedRelease()->filing.schedules[ref.schedule].rows[ref.row].location.line;
    EXPECT_EQ(clauseI, (QList<int>{127, 134, 138, 154, 162}));
}

TEST(TraceHtml, ShowsMarkupFromTheFileLiterally)
{
    TraceSheet sheet;
    sheet.title = u"<img src=x>"_s;
    sheet.badges = {u"<b>A</b>"_s};
    TraceSection section;
    section.title = u"<a href=\"evil\">Note</a>"_s;
    TraceLine line;
    line.text = u"a <script> & \"quote\""_s;
    line.style = TraceLine::Style::Quote;
    line.highlightOffset = 2;
    line.highlightLength = 8;
    section.lines.append(line);
    sheet.sections.append(section);
    const QString html = TraceHtml::render(sheet);
    EXPECT_FALSE(html.contains(u"<img"_s));
    EXPECT_FALSE(html.contains(u"<script>"_s));
    EXPECT_FALSE(html.contains(u"href=\"evil\""_s));
    EXPECT_TRUE(html.contains(u"&lt;img src=x&gt;"_s));
    EXPECT_TRUE(html.contains(u"<span class=\"highlight\">&lt;script&gt;</span>"_s));
}

TEST(TraceTarget, RoundTripsThroughItsUrl)
{
    const TraceTarget targets[] = {
        TraceTarget::toRow({4, 12}),   TraceTarget::toCell({0, 3}, 1),      TraceTarget::toNote(u"A"_s, u"iii"_s),
        TraceTarget::toNote(u"x:y"_s), TraceTarget::toSource({154, 47, 6}),
    };
    for (const TraceTarget &target : targets)
        EXPECT_EQ(TraceTarget::fromUrl(target.toUrl()), target) << qPrintable(target.toUrl());
    // A place in another open filing carries the filing's index.
    const TraceTarget elsewhere = TraceTarget::toCell({0, 7}, 1).inFiling(2);
    EXPECT_EQ(elsewhere.toUrl(), u"filing:2:cell:0:7:1"_s);
    EXPECT_EQ(TraceTarget::fromUrl(u"filing:2:cell:0:7:1"_s), elsewhere);
    EXPECT_FALSE(TraceTarget::fromUrl(u"filing:x:cell:0:7:1"_s).isValid());
    EXPECT_FALSE(TraceTarget::fromUrl(u"filing:2:filing:3:row:0:1"_s).isValid());
    EXPECT_FALSE(TraceTarget::fromUrl(u"row:1"_s).isValid());
    EXPECT_FALSE(TraceTarget::fromUrl(u"https://example.com"_s).isValid());
}
