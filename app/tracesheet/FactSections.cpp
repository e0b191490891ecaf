// SPDX-License-Identifier: GPL-3.0-or-later
#include "FactSections.h"

#include "TraceTarget.h"
#include "amount/AmountFormat.h"
#include "analysis/FilingAnalysis.h"
#include "checks/CalculationText.h"

#include <QLocale>
#include <QObject>

using namespace Qt::StringLiterals;

namespace {

QString periodText(const XbrlPeriod &period)
{
    const auto date = [](const QDate &d) { return QLocale::c().toString(d, u"MMMM d, yyyy"_s); };
    if (period.isForever)
        return QObject::tr("Forever");
    if (period.instant)
        return QObject::tr("At %1").arg(date(period.end));
    const int days = int(period.start.daysTo(period.end)) + 1;
    return QObject::tr("%1 to %2 (%3 days)").arg(date(period.start), date(period.end)).arg(days);
}

// What decimals="-6" means to a reader: rounded to millions.
QString precisionText(const XbrlFact &fact)
{
    if (!fact.hasDecimals)
        return QObject::tr("Decimals: none stated");
    if (fact.exact)
        return QObject::tr("Decimals: INF (exact)");
    static const QHash<int, QString> rounded{{-3, u"thousands"_s}, {-6, u"millions"_s}, {-9, u"billions"_s}};
    if (rounded.contains(fact.decimals))
        return QObject::tr("Decimals: %1 (rounded to %2)").arg(fact.decimals).arg(rounded.value(fact.decimals));
    return QObject::tr("Decimals: %1").arg(fact.decimals);
}

TraceLine placeLine(const QString &text, const SourceLocation &at)
{
    TraceLine line;
    line.text = text;
    line.detail = QObject::tr("line %1, column %2").arg(at.line).arg(at.column);
    line.target = TraceTarget::toSource(at);
    return line;
}

// The filing's calculations (its linkbase) this fact is the total or an item of.
void addCalculations(TraceSection &section, const FilingAnalysis &analysis, int fact)
{
    const CalculationText words(analysis.filing.xbrl);
    for (const CalculationResult &result : analysis.tieOut.calculations) {
        const bool total = result.totalDuplicates.contains(fact) || result.totalFact == fact;
        const bool item = std::any_of(result.items.cbegin(), result.items.cend(),
                                      [fact](const auto &i) { return i.fact == fact || i.duplicates.contains(fact); });
        if ((!total && !item) || result.verdict == CalculationResult::Verdict::NotBound)
            continue;
        TraceLine line;
        line.text = (total ? QObject::tr("Calculation: %1") : QObject::tr("Item of the calculation: %1"))
                        .arg(words.description(result));
        line.detail = CalculationText::verdict(result);
        if (const QString arithmetic = words.arithmetic(result); !arithmetic.isEmpty())
            line.detail += u"; "_s + arithmetic;
        line.provenance = TraceLine::Provenance::Computed;
        if (result.verdict == CalculationResult::Verdict::Pass)
            line.verdict = TraceLine::Verdict::Ties;
        else if (result.verdict == CalculationResult::Verdict::Fail)
            line.verdict = TraceLine::Verdict::Breaks;
        section.lines.append(line);
    }
}

} // namespace

std::optional<TraceSection> FactSections::of(const FilingAnalysis &analysis, const Cell &cell)
{
    const XbrlInstance &xbrl = analysis.filing.xbrl;
    if (xbrl.facts.isEmpty())
        return std::nullopt;
    TraceSection section;
    section.kind = TraceSection::Kind::Fact;
    section.title = QObject::tr("XBRL fact");
    if (cell.fact < 0 || cell.fact >= xbrl.facts.size()) {
        if (cell.isBlank())
            return std::nullopt;
        TraceLine untagged;
        untagged.text = QObject::tr("Not tagged: the filing gives this figure no XBRL fact.");
        untagged.style = TraceLine::Style::Limit;
        section.lines.append(untagged);
        return section;
    }
    const XbrlFact &fact = xbrl.facts.at(cell.fact);
    const auto add = [&section](const QString &text, const QString &detail = {}) {
        TraceLine line;
        line.text = text;
        line.detail = detail;
        section.lines.append(line);
    };
    const QString label = xbrl.labels.value(fact.conceptName);
    add(QObject::tr("Concept: %1").arg(fact.conceptName),
        label.isEmpty() ? QString() : QObject::tr("Filing's label: %1").arg(label));
    if (const XbrlContext *context = xbrl.contextOf(fact)) {
        add(QObject::tr("Period: %1").arg(periodText(context->period)), QObject::tr("context %1").arg(fact.contextRef));
        if (context->dimensions.isEmpty())
            add(QObject::tr("Dimensions: none (the total of the concept)"));
        for (const XbrlDimension &dimension : context->dimensions)
            add(QObject::tr("Dimension: %1 = %2").arg(dimension.axis, dimension.member),
                dimension.typed ? QObject::tr("typed member") : QString());
    } else {
        TraceLine missing;
        missing.text =
            QObject::tr("Context \"%1\" is not in this document: no period or dimensions.").arg(fact.contextRef);
        missing.style = TraceLine::Style::Limit;
        section.lines.append(missing);
    }
    const XbrlUnit *unit = xbrl.unitOf(fact);
    add(QObject::tr("Unit: %1")
            .arg(unit ? unit->name() : QObject::tr("none (\"%1\" is not in this document)").arg(fact.unitRef)));
    add(precisionText(fact));
    add(QObject::tr("Scale: %1").arg(fact.scale),
        fact.negated ? QObject::tr("sign=\"-\": the value is the negative of the number shown") : QString());
    const AmountFormat plain;
    TraceLine value;
    value.text = fact.nil ? QObject::tr("Value: nil") : QObject::tr("Value: %1").arg(plain.format(fact.value));
    value.detail =
        QObject::tr("shown as \"%1\"%2")
            .arg(fact.displayed, fact.format.isEmpty() ? QString() : QObject::tr(", format %1").arg(fact.format));
    section.lines.append(value);
    if (fact.hidden)
        add(QObject::tr("Hidden fact (ix:hidden), shown here by reference"));

    // The same concept, context and unit elsewhere: duplicates, and where else the figure is shown.
    const XbrlContext *context = xbrl.contextOf(fact);
    for (qsizetype i = 0; i < xbrl.facts.size(); ++i) {
        const XbrlFact &other = xbrl.facts[i];
        if (i == cell.fact || other.conceptName != fact.conceptName || other.unitRef != fact.unitRef)
            continue;
        const XbrlContext *otherContext = xbrl.contextOf(other);
        if (!context || !otherContext || !context->isEquivalent(*otherContext))
            continue;
        const bool same = other.value == fact.value && other.nil == fact.nil;
        const QString text = same ? QObject::tr("Also shown: %1").arg(other.displayed)
                                  : QObject::tr("Duplicate with another value: %1").arg(plain.format(other.value));
        TraceLine line = placeLine(text, other.location);
        if (!same)
            line.verdict = TraceLine::Verdict::Breaks;
        section.lines.append(line);
    }
    if (fact.nestedIn >= 0 && fact.nestedIn < xbrl.facts.size())
        add(QObject::tr("Also tagged, by the same number: %1").arg(xbrl.facts[fact.nestedIn].conceptName));
    for (const XbrlFact &inner : xbrl.facts) {
        if (inner.nestedIn == cell.fact)
            add(QObject::tr("Also tagged, by the same number: %1").arg(inner.conceptName));
    }
    addCalculations(section, analysis, cell.fact);
    return section;
}
