// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalculationCheck.h"

#include "amount/AmountInterval.h"
#include "import/LinkbaseReader.h"

#include <QHash>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

using Verdict = CalculationResult::Verdict;

// The facts of one concept in one class of equivalent contexts and one
// class of equal units, and what they amount to together.
struct FactGroup
{
    enum class State { Valued, AllNil, Inconsistent, ExcessDigits, TooLarge };

    int contextClass = -1;
    int unitClass = -1;
    QList<int> facts;  // nil ones included, in document order
    QList<int> valued; // those with a value
    State state = State::AllNil;
    int chosen = -1; // the most precise valued fact; the first fact when all are nil
    std::optional<AmountInterval> interval;
};

bool hasExcessDigits(const Amount &value, int decimals)
{
    const int finer = value.decimals() - decimals;
    if (finer <= 0)
        return false;
    if (finer > Amount::MaxDecimals)
        return value.mantissa() != 0;
    qint64 unit = 1;
    for (int i = 0; i < finer; ++i)
        unit *= 10;
    return value.mantissa() % unit != 0;
}

bool isExact(const XbrlFact &fact)
{
    // No decimals on a number is invalid XBRL; taking its value as exact
    // checks it as written rather than not at all.
    return fact.exact || !fact.hasDecimals;
}

// The interval a fact stands for. An exact value is given one decimal, as
// AmountInterval::around gives its intervals, so that any two align safely.
std::optional<AmountInterval> intervalOf(const XbrlFact &fact)
{
    if (!isExact(fact))
        return AmountInterval::around(fact.value, fact.decimals);
    const auto padded = fact.value.rounded(std::max(fact.value.decimals(), 1));
    if (!padded)
        return std::nullopt;
    return AmountInterval::exactly(*padded);
}

// More precise: exact before any decimals, more decimals before fewer.
bool morePrecise(const XbrlFact &a, const XbrlFact &b)
{
    if (isExact(a) != isExact(b))
        return isExact(a);
    return !isExact(a) && a.decimals > b.decimals;
}

// Duplicates in Calculations 1.1: a nil beside a value, two values stated
// with the same decimals that differ, or intervals with nothing in common
// are inconsistent; otherwise the group stands for what all its intervals
// allow.
void settle(FactGroup &group, const XbrlInstance &instance)
{
    group.chosen = group.facts.constFirst();
    if (group.valued.isEmpty()) {
        group.state = FactGroup::State::AllNil;
        return;
    }
    if (group.valued.size() != group.facts.size()) {
        group.state = FactGroup::State::Inconsistent;
        return;
    }
    group.chosen = group.valued.constFirst();
    for (int index : std::as_const(group.valued)) {
        const XbrlFact &fact = instance.facts.at(index);
        if (!isExact(fact) && hasExcessDigits(fact.value, fact.decimals)) {
            group.state = FactGroup::State::ExcessDigits;
            return;
        }
    }
    for (qsizetype i = 0; i < group.valued.size(); ++i) {
        const XbrlFact &fact = instance.facts.at(group.valued.at(i));
        for (qsizetype j = 0; j < i; ++j) {
            const XbrlFact &other = instance.facts.at(group.valued.at(j));
            const bool samePrecision =
                isExact(fact) == isExact(other) && (isExact(fact) || fact.decimals == other.decimals);
            if (samePrecision && fact.value != other.value) {
                group.state = FactGroup::State::Inconsistent;
                return;
            }
        }
        const auto interval = intervalOf(fact);
        if (!interval) {
            group.state = FactGroup::State::TooLarge;
            return;
        }
        group.interval = i == 0 ? interval : group.interval->intersection(*interval);
        if (!group.interval) {
            group.state = FactGroup::State::Inconsistent;
            return;
        }
        if (morePrecise(fact, instance.facts.at(group.chosen)))
            group.chosen = group.valued.at(i);
    }
    group.state = FactGroup::State::Valued;
}

// The facts grouped once for all the summations.
class FactIndex
{
public:
    explicit FactIndex(const XbrlInstance &instance) : m_instance(instance)
    {
        classifyContexts();
        classifyUnits();
        for (qsizetype i = 0; i < instance.facts.size(); ++i) {
            const XbrlFact &fact = instance.facts.at(i);
            if (!fact.numeric || fact.context < 0 || fact.context >= instance.contexts.size() || fact.unit < 0
                || fact.unit >= instance.units.size())
                continue;
            QList<FactGroup> &groups = m_groups[fact.conceptName];
            const int contextClass = m_contextClass.at(fact.context);
            const int unitClass = m_unitClass.at(fact.unit);
            auto group = std::find_if(groups.begin(), groups.end(), [&](const FactGroup &g) {
                return g.contextClass == contextClass && g.unitClass == unitClass;
            });
            if (group == groups.end()) {
                groups.append({contextClass, unitClass, {}, {}, FactGroup::State::AllNil, -1, std::nullopt});
                group = groups.end() - 1;
            }
            group->facts.append(static_cast<int>(i));
            if (!fact.nil)
                group->valued.append(static_cast<int>(i));
        }
        for (auto entry = m_groups.begin(); entry != m_groups.end(); ++entry) {
            m_byLocalName[LinkbaseReader::localName(entry.key())].append(entry.key());
            for (FactGroup &group : entry.value())
                settle(group, instance);
        }
    }

    // The concept as the facts write it: the linkbase's name, or the one
    // concept of the facts with its local name.
    QString resolve(const QString &conceptName) const
    {
        if (m_groups.contains(conceptName))
            return conceptName;
        const QStringList candidates = m_byLocalName.value(LinkbaseReader::localName(conceptName));
        return candidates.size() == 1 ? candidates.constFirst() : conceptName;
    }
    const QList<FactGroup> &groupsOf(const QString &conceptName) const
    {
        static const QList<FactGroup> none;
        const auto found = m_groups.constFind(conceptName);
        return found == m_groups.constEnd() ? none : *found;
    }
    const FactGroup *groupOf(const QString &conceptName, int contextClass, int unitClass) const
    {
        for (const FactGroup &group : groupsOf(conceptName)) {
            if (group.contextClass == contextClass && group.unitClass == unitClass)
                return &group;
        }
        return nullptr;
    }

    // Facts of the concept in the same entity, period and unit as this
    // context, whose contexts add dimensions to its own.
    bool hasOnlyDimensionalFacts(const QString &conceptName, int context, int unitClass) const
    {
        const XbrlContext &total = m_instance.contexts.at(context);
        for (const FactGroup &group : groupsOf(conceptName)) {
            if (group.unitClass != unitClass || group.valued.isEmpty())
                continue;
            const XbrlContext &other = m_instance.contexts.at(m_instance.facts.at(group.valued.constFirst()).context);
            if (other.entity != total.entity || !(other.period == total.period)
                || other.dimensions.size() <= total.dimensions.size())
                continue;
            const bool widens = std::all_of(total.dimensions.begin(), total.dimensions.end(),
                                            [&](const XbrlDimension &d) { return other.dimensions.contains(d); });
            if (widens)
                return true;
        }
        return false;
    }

    int contextClass(int context) const { return m_contextClass.at(context); }
    int unitClass(int unit) const { return m_unitClass.at(unit); }

private:
    // Equivalent contexts are found with XbrlContext::isEquivalent, among
    // the contexts of the same entity, dates and members: a 10-K's
    // thousands of contexts share a few dozen periods.
    void classifyContexts()
    {
        QHash<QString, QList<int>> candidates; // a key of entity, dates and members -> class representatives
        for (qsizetype i = 0; i < m_instance.contexts.size(); ++i) {
            const XbrlContext &context = m_instance.contexts.at(i);
            const XbrlPeriod &period = context.period;
            QString key = context.entity + u'|' + QString::number(period.start.toJulianDay()) + u'|'
                          + QString::number(period.end.toJulianDay()) + (period.instant ? u"|i"_s : u"|d"_s)
                          + (period.isForever ? u"|f"_s : u""_s);
            for (const XbrlDimension &dimension : context.dimensions)
                key += u'|' + dimension.axis + u'=' + dimension.member;
            QList<int> &representatives = candidates[key];
            const auto same = std::find_if(representatives.begin(), representatives.end(),
                                           [&](int r) { return m_instance.contexts.at(r).isEquivalent(context); });
            if (same != representatives.end()) {
                m_contextClass.append(*same);
            } else {
                representatives.append(static_cast<int>(i));
                m_contextClass.append(static_cast<int>(i));
            }
        }
    }

    // Units with the same measures are the same unit, whatever their ids.
    void classifyUnits()
    {
        QHash<QString, int> representatives;
        for (qsizetype i = 0; i < m_instance.units.size(); ++i) {
            QStringList numerators = m_instance.units.at(i).numerators;
            QStringList denominators = m_instance.units.at(i).denominators;
            numerators.sort();
            denominators.sort();
            const QString key = numerators.join(u'*') + u'/' + denominators.join(u'*');
            m_unitClass.append(representatives.value(key, static_cast<int>(i)));
            representatives.insert(key, m_unitClass.constLast());
        }
    }

    const XbrlInstance &m_instance;
    QList<int> m_contextClass;
    QList<int> m_unitClass;
    QHash<QString, QList<FactGroup>> m_groups; // by concept as the facts write it
    QHash<QString, QStringList> m_byLocalName;
};

Verdict verdictOf(FactGroup::State state)
{
    switch (state) {
    case FactGroup::State::Inconsistent: return Verdict::Duplicates;
    case FactGroup::State::ExcessDigits: return Verdict::ExcessDigits;
    case FactGroup::State::TooLarge: return Verdict::TooLarge;
    case FactGroup::State::Valued:
    case FactGroup::State::AllNil: break;
    }
    return Verdict::Pass;
}

// Which stopping state wins when several facts stop the check: a
// disagreement first, as the most telling.
int severity(FactGroup::State state)
{
    switch (state) {
    case FactGroup::State::Inconsistent: return 3;
    case FactGroup::State::ExcessDigits: return 2;
    case FactGroup::State::TooLarge: return 1;
    case FactGroup::State::Valued:
    case FactGroup::State::AllNil: break;
    }
    return 0;
}

CalculationResult check(const FactIndex &index, const XbrlInstance &instance, const CalculationNetwork &network,
                        const CalculationSummation &summation, const FactGroup &totalGroup)
{
    CalculationResult result;
    result.role = network.role;
    result.arcrole = summation.arcrole;
    result.total = summation.total;
    result.totalFact = totalGroup.chosen;
    result.totalDuplicates = totalGroup.valued;
    result.totalInconsistent = totalGroup.state == FactGroup::State::Inconsistent;
    const XbrlFact &totalFact = instance.facts.at(totalGroup.chosen);
    result.context = totalFact.context;
    result.unit = totalFact.unit;

    QList<const FactGroup *> itemGroups;
    bool anyItemValue = false;
    FactGroup::State stop = totalGroup.state == FactGroup::State::AllNil ? FactGroup::State::Valued : totalGroup.state;
    for (const CalculationItem &item : summation.items) {
        const QString conceptName = index.resolve(item.conceptName);
        const FactGroup *group = index.groupOf(conceptName, totalGroup.contextClass, totalGroup.unitClass);
        itemGroups.append(group);
        CalculationResult::Item shown{item.conceptName, item.weight, -1, {}, false, false};
        if (group && !group->valued.isEmpty()) {
            anyItemValue = true;
            shown.fact = group->chosen;
            shown.duplicates = group->valued;
            shown.inconsistent = group->state == FactGroup::State::Inconsistent;
            if (severity(group->state) > severity(stop))
                stop = group->state;
        } else {
            shown.dimensionalOnly = index.hasOnlyDimensionalFacts(conceptName, result.context, totalGroup.unitClass);
        }
        result.items.append(shown);
    }

    if (totalGroup.valued.isEmpty() || !anyItemValue) {
        result.verdict = Verdict::NotBound;
        return result;
    }
    if (severity(stop) > 0) {
        result.verdict = verdictOf(stop);
        return result;
    }

    std::optional<AmountInterval> sum;
    for (qsizetype i = 0; i < itemGroups.size(); ++i) {
        const FactGroup *group = itemGroups.at(i);
        if (!group || group->state != FactGroup::State::Valued)
            continue;
        const auto weighted = group->interval->times(summation.items.at(i).weight);
        sum = weighted && sum ? sum->plus(*weighted) : weighted;
        if (!sum) {
            result.verdict = Verdict::TooLarge;
            return result;
        }
    }
    result.itemsLow = sum->lowString();
    result.itemsHigh = sum->highString();
    result.totalLow = totalGroup.interval->lowString();
    result.totalHigh = totalGroup.interval->highString();
    result.verdict = sum->overlaps(*totalGroup.interval) ? Verdict::Pass : Verdict::Fail;
    if (result.verdict == Verdict::Fail) {
        result.brokenByDimensionalItem =
            std::any_of(result.items.begin(), result.items.end(),
                        [](const CalculationResult::Item &i) { return i.dimensionalOnly; });
    }
    return result;
}

} // namespace

QList<CalculationResult> CalculationCheck::evaluate(const XbrlInstance &instance,
                                                    const QList<CalculationNetwork> &networks)
{
    const FactIndex index(instance);
    QList<CalculationResult> results;
    for (const CalculationNetwork &network : networks) {
        for (const CalculationSummation &summation : network.summations) {
            for (const FactGroup &totalGroup : index.groupsOf(index.resolve(summation.total)))
                results.append(check(index, instance, network, summation, totalGroup));
        }
    }
    return results;
}
