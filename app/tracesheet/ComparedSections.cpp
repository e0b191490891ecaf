// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparedSections.h"

#include "amount/AmountFormat.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ComparedSections", text);
}

QString kindText(FigureDifference::Kind kind)
{
    switch (kind) {
    case FigureDifference::Kind::Restatement: return tr("Restated");
    case FigureDifference::Kind::Reclassification: return tr("Reclassified");
    case FigureDifference::Kind::AsRestated: return tr("Restated in this filing");
    }
    return {};
}

// What either filing says of the gap between the principal and what is carried.
TraceLine whyTheyDiffer(const DocumentLink &link)
{
    TraceLine why;
    why.text = link.explanation.isEmpty()
                   ? tr("Neither filing says why: a discount or issuance costs amortised towards the principal "
                        "would account for it.")
                   : link.explanation;
    why.style = link.explanation.isEmpty() ? TraceLine::Style::Limit : TraceLine::Style::Quote;
    return why;
}

} // namespace

QList<TraceSection> ComparedSections::of(const FilingSetComparison &comparison, const QStringList &files,
                                         qsizetype filing, const RowRef &row, qsizetype period)
{
    QList<TraceSection> sections;
    if (const FigureDifference *difference = comparison.at(filing, row.schedule, row.row, period)) {
        TraceSection section;
        section.kind = TraceSection::Kind::Compared;
        section.title = kindText(difference->kind);
        TraceLine was;
        was.text =
            tr("Reported before: %1; now %2, a change of %3")
                .arg(AmountFormat{}.format(difference->earlier.value), AmountFormat{}.format(difference->later.value),
                     AmountFormat::change(difference->printedChange(), u'\u2212'));
        was.detail = tr("%1, line %2, column %3")
                         .arg(files.value(difference->earlier.filing))
                         .arg(difference->earlier.location.line)
                         .arg(difference->earlier.location.column);
        was.verdict = TraceLine::Verdict::Breaks;
        was.target = TraceTarget::toCell(difference->earlier.row, difference->earlier.period)
                         .inFiling(difference->earlier.filing);
        section.lines.append(was);
        if (difference->kind == FigureDifference::Kind::Reclassification) {
            TraceLine why;
            why.text = tr("The lines of this period that changed offset one another, and no total changed: lines "
                          "moved between captions.");
            why.provenance = TraceLine::Provenance::Inferred;
            section.lines.append(why);
        }
        sections.append(section);
    }
    for (const DocumentLink &link : comparison.links) {
        if (link.filing != filing || link.row != row || (period >= 0 && link.period != period))
            continue;
        TraceSection section;
        section.kind = TraceSection::Kind::Compared;
        section.title = tr("Carries notes a prospectus offered");
        TraceLine principal;
        principal.text = tr("%1: principal $%2, carried $%3, %4 less")
                             .arg(link.security, AmountFormat::groupedDigits(link.principal, true),
                                  AmountFormat::groupedDigits(link.carried, true),
                                  AmountFormat::groupedDigits(link.difference.abs(), true));
        principal.detail = files.value(link.offeringFiling);
        principal.provenance = TraceLine::Provenance::Inferred;
        principal.target = TraceTarget::toSource(link.principalLocation).inFiling(link.offeringFiling);
        section.lines.append(principal);
        section.lines.append(whyTheyDiffer(link));
        sections.append(section);
    }
    sections.append(offeredSections(comparison, files, filing));
    return sections;
}

QList<TraceSection> ComparedSections::offeredSections(const FilingSetComparison &comparison, const QStringList &files,
                                                      qsizetype filing)
{
    QList<TraceSection> sections;
    for (const DocumentLink &link : comparison.links) {
        if (link.offeringFiling != filing)
            continue;
        TraceSection section;
        section.kind = TraceSection::Kind::Compared;
        section.title = tr("Notes carried on a later balance sheet");
        TraceLine carried;
        carried.text = tr("%1 at %2: $%3, $%4 less than the principal of $%5")
                           .arg(link.label, QLocale().toString(link.date, u"d MMMM yyyy"_s),
                                AmountFormat::groupedDigits(link.carried, true),
                                AmountFormat::groupedDigits(link.difference.abs(), true),
                                AmountFormat::groupedDigits(link.principal, true));
        carried.detail = files.value(link.filing);
        carried.provenance = TraceLine::Provenance::Inferred;
        carried.target = TraceTarget::toCell(link.row, link.period).inFiling(link.filing);
        section.lines.append(carried);
        section.lines.append(whyTheyDiffer(link));
        sections.append(section);
    }
    return sections;
}
