// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdjustmentSections.h"

#include "TraceWording.h"

#include <QObject>

using namespace Qt::StringLiterals;

namespace {

using Line = TraceLine;
using Section = TraceSection;

// The arithmetic of a source, one line per period; a source always ties,
// since the tracer keeps only exact matches.
void addArithmetic(Section &section, const Schedule &schedule, const AdjustmentTrace::Source &source)
{
    for (qsizetype p = 0; p < source.arithmetic.size(); ++p) {
        Line line;
        line.text = QObject::tr("%1: %2").arg(TraceWording::periodName(schedule, source.columns.value(p, p)),
                                              source.arithmetic[p]);
        line.verdict = Line::Verdict::Ties;
        line.provenance = Line::Provenance::Computed;
        line.level = 1;
        section.lines.append(line);
    }
}

} // namespace

QList<TraceSection> AdjustmentSections::of(const FilingAnalysis &analysis, const AdjustmentTrace &trace)
{
    QList<Section> sections;
    for (const AdjustmentTrace::NoteMatch &match : trace.notes)
        sections.append(note(analysis, match));
    if (!trace.sources.isEmpty() || TraceWording::rowOf(analysis, trace.row).kind != RowKind::Percentage)
        sections.append(sources(analysis, trace));
    sections.append(effect(analysis, trace));
    for (const AdjustmentTrace::NoteMatch &match : trace.notes) {
        if (auto text = noteText(analysis, match))
            sections.append(*text);
    }
    sections.append(limits(analysis, trace));
    return sections;
}

TraceSection AdjustmentSections::note(const FilingAnalysis &analysis, const AdjustmentTrace::NoteMatch &match)
{
    Section section;
    section.kind = Section::Kind::Note;
    const Note *note = analysis.filing.note(match.letter);
    if (!note) {
        section.title = QObject::tr("Note %1").arg(match.letter);
        Line missing;
        missing.text = QObject::tr("The filing has no Note %1.").arg(match.letter);
        missing.style = Line::Style::Limit;
        section.lines.append(missing);
        return section;
    }
    section.title = note->heading();
    if (!match.clauseNumeral.isEmpty()) {
        Line clause;
        clause.text = u"(%1) %2"_s.arg(match.clauseNumeral, match.clauseText);
        clause.detail = QObject::tr("the clause of the note whose wording matches the line");
        clause.target = TraceTarget::toNote(note->letter, match.clauseNumeral);
        clause.provenance = Line::Provenance::Inferred;
        section.lines.append(clause);
    }
    // The sentence that holds the clause (the note's first when it has
    // none): enough to read why, with the whole note further down.
    const qsizetype clauseAt = qMax<qsizetype>(match.clauseOffset, 0);
    const qsizetype stop = note->text.lastIndexOf(u". "_s, clauseAt);
    const qsizetype from = stop < 0 ? 0 : stop + 2;
    qsizetype to = note->text.indexOf(u". "_s, clauseAt + match.clauseLength);
    to = to < 0 ? note->text.size() : to + 1;
    Line text;
    text.text = note->text.mid(from, to - from);
    text.style = Line::Style::Quote;
    text.target = TraceTarget::toNote(note->letter, match.clauseNumeral);
    text.detail = QObject::tr("Open %1 in the notes view").arg(note->name());
    if (match.clauseOffset >= 0) {
        text.highlightOffset = match.clauseOffset - from;
        text.highlightLength = match.clauseLength;
    }
    section.lines.append(text);
    return section;
}

std::optional<TraceSection> AdjustmentSections::noteText(const FilingAnalysis &analysis,
                                                         const AdjustmentTrace::NoteMatch &match)
{
    const Note *note = analysis.filing.note(match.letter);
    if (!note)
        return std::nullopt;
    Section section;
    section.kind = Section::Kind::NoteText;
    section.title = QObject::tr("%1 in full").arg(note->name());
    Line text;
    text.text = note->text;
    text.style = Line::Style::Quote;
    text.highlightOffset = match.clauseOffset;
    text.highlightLength = match.clauseLength;
    section.lines.append(text);
    return section;
}

TraceSection AdjustmentSections::sources(const FilingAnalysis &analysis, const AdjustmentTrace &trace)
{
    Section section;
    section.kind = Section::Kind::Sources;
    section.title = QObject::tr("Sources");
    const Schedule &home = TraceWording::scheduleOf(analysis, trace.row);
    for (const AdjustmentTrace::Source &source : trace.sources) {
        if (source.kind == AdjustmentTrace::Source::Kind::PartOf) {
            Line whole = TraceWording::rowLine(analysis, source.rows.constFirst());
            whole.text = QObject::tr("Part of %1").arg(whole.text);
            whole.provenance = Line::Provenance::Inferred;
            section.lines.append(whole);
            for (const RowRef &part : source.parts) {
                Line line = TraceWording::rowLine(analysis, part, 1);
                line.provenance = Line::Provenance::Filed;
                section.lines.append(line);
            }
        } else if (source.rows.size() == 1) {
            Line line = TraceWording::rowLine(analysis, source.rows.constFirst());
            line.provenance = Line::Provenance::Inferred;
            section.lines.append(line);
        } else {
            Line sum;
            sum.text = QObject::tr("The sum of %1 lines").arg(source.rows.size());
            sum.provenance = Line::Provenance::Inferred;
            section.lines.append(sum);
            for (const RowRef &row : source.rows) {
                Line line = TraceWording::rowLine(analysis, row, 1);
                line.provenance = Line::Provenance::Inferred;
                section.lines.append(line);
            }
        }
        addArithmetic(section, home, source);
    }
    if (trace.sources.isEmpty()) {
        Line none;
        none.text = QObject::tr("No source line in the statements");
        none.detail =
            QObject::tr("No line of the other schedules, nor a sum of up to three, equals %1 in every period.")
                .arg(TraceWording::figuresOf(analysis, trace.row));
        none.style = Line::Style::Limit;
        section.lines.append(none);
    }
    return section;
}

TraceSection AdjustmentSections::effect(const FilingAnalysis &analysis, const AdjustmentTrace &trace)
{
    Section section;
    section.kind = Section::Kind::Effect;
    section.title = QObject::tr("Effect");
    const Schedule &home = TraceWording::scheduleOf(analysis, trace.row);
    const Row &row = TraceWording::rowOf(analysis, trace.row);
    if (trace.nonGaap.isValid()) {
        Line moves = TraceWording::rowLine(analysis, trace.nonGaap);
        moves.text = QObject::tr("Moves %1").arg(TraceWording::rowOf(analysis, trace.nonGaap).label);
        moves.detail =
            trace.blockTies
                ? QObject::tr("the block from %1 ties").arg(TraceWording::rowOf(analysis, trace.block).label)
                : QObject::tr("the block from %1 does not tie").arg(TraceWording::rowOf(analysis, trace.block).label);
        moves.verdict = TraceWording::verdictOf(trace.blockTies);
        section.lines.append(moves);
    }
    for (const RowRef &mirror : trace.mirrors) {
        Line also = TraceWording::rowLine(analysis, mirror);
        const QString group = TraceWording::rowOf(analysis, mirror).group;
        also.text = group.isEmpty() ? QObject::tr("Also applied at %1").arg(also.text)
                                    : QObject::tr("Also applied to %1").arg(group);
        section.lines.append(also);
    }
    if (trace.dilutedShares.isValid()) {
        const Row &shares = TraceWording::rowOf(analysis, trace.dilutedShares);
        for (qsizetype p = 0; p < trace.perShareEffect.size(); ++p) {
            if (trace.perShareEffect[p].isEmpty())
                continue;
            Line perShare;
            // A tax effect lowers earnings per share: "−$0.0280", as an analyst writes it.
            QString effect = trace.perShareEffect[p];
            const bool negative = effect.startsWith(u'-');
            effect = (negative ? u"\u2212$"_s : u"$"_s) + (negative ? effect.mid(1) : effect);
            perShare.text = QObject::tr("%1: %2 per diluted share").arg(TraceWording::periodName(home, p), effect);
            perShare.detail = QObject::tr("%1 ÷ %2 (%3)")
                                  .arg(analysis.filing.textOf(row.cells.value(p)),
                                       analysis.filing.textOf(shares.cells.value(p)), TraceWording::fullLabel(shares));
            perShare.target = TraceTarget::toRow(trace.dilutedShares);
            perShare.provenance = Line::Provenance::Computed;
            section.lines.append(perShare);
        }
    }
    for (qsizetype p = 0; p < trace.impliedTaxRate.size(); ++p) {
        if (trace.impliedTaxRate[p].isEmpty())
            continue;
        Line rate;
        rate.text =
            QObject::tr("%1: implied tax rate %2%").arg(TraceWording::periodName(home, p), trace.impliedTaxRate[p]);
        rate.detail = QObject::tr("%1 ÷ %2, the pre-tax adjustments of the block")
                          .arg(analysis.filing.textOf(row.cells.value(p)), trace.pretaxAdjustments.value(p));
        rate.provenance = Line::Provenance::Computed;
        section.lines.append(rate);
    }
    return section;
}

TraceSection AdjustmentSections::limits(const FilingAnalysis &analysis, const AdjustmentTrace &trace)
{
    Section section;
    section.kind = Section::Kind::Limits;
    section.title = QObject::tr("What is read and what is inferred");
    const auto add = [&section](const QString &text, Line::Provenance provenance) {
        Line line;
        line.text = text;
        line.provenance = provenance;
        line.style = Line::Style::Limit;
        section.lines.append(line);
    };
    add(QObject::tr("The figures, the note letters and the notes' text are read from the filing."),
        Line::Provenance::Filed);
    if (!trace.sources.isEmpty())
        add(QObject::tr("Sources are found by value: lines, or sums of up to three, equal to the adjustment in "
                        "every period. The filing does not name them; several candidates may fit."),
            Line::Provenance::Inferred);
    const bool clause = std::any_of(trace.notes.cbegin(), trace.notes.cend(),
                                    [](const AdjustmentTrace::NoteMatch &m) { return !m.clauseNumeral.isEmpty(); });
    if (clause)
        add(QObject::tr("The clause is chosen by the words it shares with the line's label."),
            Line::Provenance::Inferred);
    if (trace.dilutedShares.isValid())
        add(QObject::tr("The effect per share divides by %1 in %2.")
                .arg(TraceWording::fullLabel(TraceWording::rowOf(analysis, trace.dilutedShares)),
                     TraceWording::scheduleOf(analysis, trace.dilutedShares).title),
            Line::Provenance::Computed);
    return section;
}
