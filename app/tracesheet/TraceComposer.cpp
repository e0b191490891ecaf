// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceComposer.h"

#include "AdjustmentSections.h"
#include "BlockSections.h"
#include "FactSections.h"
#include "TraceWording.h"
#include "checks/CheckText.h"
#include "tracing/AdjustmentTracer.h"

#include <QObject>

using namespace Qt::StringLiterals;

TraceSheet TraceComposer::compose(const FilingAnalysis &analysis, const RowRef &ref, qsizetype period,
                                  const QList<TraceSection> &compared)
{
    if (ref.schedule < 0 || ref.schedule >= analysis.filing.schedules.size() || ref.row < 0
        || ref.row >= analysis.filing.schedules[ref.schedule].rows.size())
        return {};
    const Schedule &schedule = TraceWording::scheduleOf(analysis, ref);
    const Row &row = TraceWording::rowOf(analysis, ref);
    TraceSheet sheet;
    sheet.title = row.label;
    sheet.subtitle = period >= 0 && period < schedule.periods.size()
                         ? QObject::tr("%1 · %2").arg(schedule.title, schedule.periods[period].label())
                         : schedule.title;
    sheet.badges = row.notes;
    // A figure another filing reported differently: the first thing to know.
    sheet.sections.append(compared);

    // A tagged cell is first of all its fact: what the filing says it is.
    if (period >= 0 && period < row.cells.size()) {
        if (auto fact = FactSections::of(analysis, row.cells[period]))
            sheet.sections.append(*fact);
    }
    const QList<const AdjustmentTrace *> block = analysis.blockOf(ref);
    if (const AdjustmentTrace *trace = analysis.traceOf(ref)) {
        sheet.sections.append(AdjustmentSections::of(analysis, *trace));
    } else {
        // A line that is no traced adjustment may still cite a note or a
        // footnote ("Stock-based compensation (3)" in a reconciliation laid
        // out in columns): the panel opens it all the same.
        for (const QString &letter : row.notes) {
            AdjustmentTrace::NoteMatch match;
            match.letter = letter;
            match.found = analysis.filing.note(letter) != nullptr;
            sheet.sections.append(AdjustmentSections::note(analysis, match));
        }
        for (const AdjustmentTrace::NoteMatch &match : AdjustmentTracer::namedNotes(analysis.filing, row))
            sheet.sections.append(AdjustmentSections::note(analysis, match));
        sheet.sections.append(BlockSections::of(analysis, block));
    }
    sheet.sections.append(checksOn(analysis, ref, !block.isEmpty()));
    if (auto used = usedIn(analysis, ref))
        sheet.sections.append(*used);
    sheet.sections.append(place(analysis, ref, period));
    return sheet;
}

QList<TraceSection> TraceComposer::checksOn(const FilingAnalysis &analysis, const RowRef &ref, bool withBlock)
{
    QList<TraceSection> sections;
    const Schedule &schedule = TraceWording::scheduleOf(analysis, ref);
    for (const Check &check : analysis.tieOut.checks) {
        // The block section already shows a reconciliation's arithmetic.
        if (check.target != ref || (withBlock && check.kind == Check::Kind::Reconciliation))
            continue;
        TraceSection section;
        section.kind = TraceSection::Kind::Components;
        section.title = CheckText(analysis.filing).description(check);
        for (const Check::Term &term : check.terms) {
            TraceLine line = TraceWording::rowLine(analysis, term.row);
            const QString sign = Check::isRatio(check.kind) ? (term.weight < 0 ? u"÷ "_s : QString())
                                                            : (term.weight < 0 ? u"− "_s : u"+ "_s);
            line.text = sign + line.text;
            section.lines.append(line);
        }
        TraceWording::addCheckLines(section, analysis.filing, schedule, check);
        if (check.kind == Check::Kind::Total) {
            TraceLine limit;
            limit.text = QObject::tr("The filing prints no formula: which lines make the total is inferred "
                                     "from the layout (indentation, headings, rules) and checked by the figures.");
            limit.style = TraceLine::Style::Limit;
            limit.provenance = TraceLine::Provenance::Inferred;
            section.lines.append(limit);
        }
        sections.append(section);
    }
    return sections;
}

std::optional<TraceSection> TraceComposer::usedIn(const FilingAnalysis &analysis, const RowRef &ref)
{
    TraceSection section;
    section.kind = TraceSection::Kind::TieOut;
    section.title = QObject::tr("Used in");
    for (const Check &check : analysis.tieOut.checks) {
        const bool term = std::any_of(check.terms.cbegin(), check.terms.cend(),
                                      [&ref](const Check::Term &t) { return t.row == ref; });
        if (!term || check.target == ref || !check.target.isValid())
            continue;
        TraceLine line = TraceWording::rowLine(analysis, check.target);
        line.text = CheckText(analysis.filing).description(check);
        line.verdict = TraceWording::verdictOf(check.passed());
        line.provenance = TraceLine::Provenance::Computed;
        section.lines.append(line);
    }
    if (section.lines.isEmpty())
        return std::nullopt;
    return section;
}

TraceSection TraceComposer::place(const FilingAnalysis &analysis, const RowRef &ref, qsizetype period)
{
    const Row &row = TraceWording::rowOf(analysis, ref);
    TraceSection section;
    section.kind = TraceSection::Kind::Place;
    section.title = QObject::tr("In the file");
    const auto at = [](const SourceLocation &location) {
        return QObject::tr("line %1, column %2").arg(location.line).arg(location.column);
    };
    if (period >= 0 && period < row.cells.size()) {
        const Cell &cell = row.cells[period];
        TraceLine figure;
        const QStringView printed = analysis.filing.textOf(cell);
        figure.text = printed.isEmpty() ? QObject::tr("As filed: blank") : QObject::tr("As filed: %1").arg(printed);
        if (cell.location.isValid()) {
            figure.detail = at(cell.location);
            figure.target = TraceTarget::toSource(cell.location);
        }
        section.lines.append(figure);
    }
    TraceLine label;
    label.text = QObject::tr("Label: %1").arg(row.label);
    label.detail = at(row.location);
    label.target = TraceTarget::toSource(row.location);
    section.lines.append(label);
    TraceLine kind;
    kind.text = QObject::tr("Read as %1, in %2").arg(RowKinds::name(row.kind), RowKinds::name(row.unit()));
    kind.provenance = TraceLine::Provenance::Inferred;
    section.lines.append(kind);
    return section;
}
