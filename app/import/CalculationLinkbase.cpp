// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalculationLinkbase.h"

#include "LinkbaseReader.h"

#include <QHash>
#include <QMultiHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// XBRL 2.1 names the role of an extended link without xlink:role so; a
// calculationLink must have one, but reading on is kinder than refusing.
constexpr QStringView DefaultLinkRole = u"http://www.xbrl.org/2003/role/link";

// A link:calculationArc before its locators are resolved: XLink lets an
// arc come before the locators it names, so a link is resolved at its end.
struct PendingArc
{
    QString fromLabel;
    QString toLabel;
    QString arcrole;
    Amount weight;
    Amount order;
    int priority = 0;
    bool prohibited = false;
    SourceLocation location;
};

struct PendingLocator
{
    QString conceptName;
    SourceLocation location;
};

// Reads the attributes of a calculationArc; nullopt, with a warning, when
// one the check needs is missing or malformed.
std::optional<PendingArc> readArc(const LinkbaseReader &reader, Diagnostics &diagnostics)
{
    PendingArc arc;
    arc.location = reader.startLocation();
    arc.arcrole = reader.xlink(u"arcrole");
    if (arc.arcrole != CalculationLinkbase::SummationItem && arc.arcrole != CalculationLinkbase::SummationItem11) {
        reader.warn(diagnostics,
                    u"calculationArc not read: expected the summation-item arcrole of XBRL 2.1 or Calculations 1.1"_s,
                    arc.arcrole);
        return std::nullopt;
    }
    arc.fromLabel = reader.xlink(u"from");
    arc.toLabel = reader.xlink(u"to");
    if (arc.fromLabel.isEmpty() || arc.toLabel.isEmpty()) {
        reader.warn(diagnostics,
                    u"calculationArc without xlink:from or xlink:to: expected the labels of two locators"_s);
        return std::nullopt;
    }
    const QString weight = reader.plain(u"weight");
    const auto parsedWeight = CalculationLinkbase::parseDecimal(weight);
    if (!parsedWeight || parsedWeight->isZero()) {
        reader.warn(diagnostics, u"calculationArc not read: expected a non-zero decimal weight"_s, weight);
        return std::nullopt;
    }
    arc.weight = *parsedWeight;
    const QString order = reader.plain(u"order");
    const auto parsedOrder = CalculationLinkbase::parseDecimal(order.isEmpty() ? u"1"_s : order);
    if (!parsedOrder)
        reader.warn(diagnostics, u"order is not a decimal: taken as 1"_s, order);
    arc.order = parsedOrder.value_or(Amount::fromInteger(1));
    const QString priority = reader.plain(u"priority");
    bool priorityOk = true;
    arc.priority = priority.isEmpty() ? 0 : priority.toInt(&priorityOk);
    if (!priorityOk) {
        reader.warn(diagnostics, u"priority is not an integer: taken as 0"_s, priority);
        arc.priority = 0;
    }
    const QString use = reader.plain(u"use");
    arc.prohibited = use == u"prohibited";
    if (!use.isEmpty() && use != u"optional" && !arc.prohibited)
        reader.warn(diagnostics, u"use is neither \"optional\" nor \"prohibited\": taken as optional"_s, use);
    return arc;
}

// Equivalent relationships in XBRL 2.1's sense, for calculation arcs: same
// base set, same ends, same non-exempt attributes (weight, order).
// Weights and orders are kept without trailing zeros, so equal values
// print alike.
QString equivalenceKey(const CalculationArc &arc)
{
    return arc.role + u'\n' + arc.arcrole + u'\n' + arc.from + u'\n' + arc.to + u'\n' + arc.weight.toPlainString()
           + u'\n' + arc.order.toPlainString();
}

} // namespace

std::optional<Amount> CalculationLinkbase::parseDecimal(QStringView text)
{
    text = text.trimmed();
    bool negative = false;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+')) {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    const qsizetype point = text.indexOf(u'.');
    QStringView whole = point < 0 ? text : text.left(point);
    QStringView fraction = point < 0 ? QStringView() : text.mid(point + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    const auto allDigits = [](QStringView part) {
        return std::all_of(part.begin(), part.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (!allDigits(whole) || !allDigits(fraction))
        return std::nullopt;
    while (!whole.isEmpty() && whole.front() == u'0')
        whole = whole.mid(1);
    while (!fraction.isEmpty() && fraction.back() == u'0')
        fraction.chop(1);
    // 18 digits always fit the 64-bit mantissa.
    constexpr qsizetype MaxDigits = 18;
    const QString digits = whole.toString() + fraction.toString();
    if (digits.size() > MaxDigits || fraction.size() > Amount::MaxDecimals)
        return std::nullopt;
    const qint64 mantissa = digits.isEmpty() ? 0 : digits.toLongLong();
    return Amount::of(negative ? -mantissa : mantissa, static_cast<int>(fraction.size()));
}

bool CalculationLinkbase::read(const QString &path)
{
    LinkbaseReader reader;
    if (!reader.open(path, m_diagnostics))
        return false;

    QList<CalculationArc> arcs;
    QStringList roles;
    bool inLink = false;
    QString role;
    QMultiHash<QString, PendingLocator> locators; // by xlink:label, within the current link
    QList<PendingArc> pending;

    const auto resolveLink = [&] {
        for (const PendingArc &arc : std::as_const(pending)) {
            const QList<PendingLocator> from = locators.values(arc.fromLabel);
            const QList<PendingLocator> to = locators.values(arc.toLabel);
            const QString &missing = from.isEmpty() ? arc.fromLabel : arc.toLabel;
            if (from.isEmpty() || to.isEmpty()) {
                m_diagnostics.append(Diagnostic::warning(
                    path, arc.location.line, arc.location.column,
                    u"calculationArc not read: no locator in its calculationLink has the label it names"_s, missing));
                continue;
            }
            // QMultiHash gives the latest first; the document's order reads better.
            for (auto f = from.crbegin(); f != from.crend(); ++f) {
                for (auto t = to.crbegin(); t != to.crend(); ++t) {
                    arcs.append({role, arc.arcrole, f->conceptName, t->conceptName, arc.weight, arc.order, arc.priority,
                                 arc.prohibited, path, arc.location});
                }
            }
        }
        locators.clear();
        pending.clear();
    };

    int depth = 0; // inside the current calculationLink
    while (!reader.atEnd()) {
        const auto token = reader.next();
        if (token == QXmlStreamReader::EndElement && inLink) {
            if (depth-- == 0) {
                resolveLink();
                inLink = false;
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!inLink) {
            if (reader.isLinkElement(u"calculationLink")) {
                inLink = true;
                depth = 0;
                role = reader.xlink(u"role");
                if (role.isEmpty()) {
                    reader.warn(m_diagnostics,
                                u"calculationLink without xlink:role: expected its extended link role"_s);
                    role = DefaultLinkRole.toString();
                }
                if (!roles.contains(role))
                    roles.append(role);
            }
            continue;
        }
        ++depth;
        if (depth != 1)
            continue; // locators and arcs are the link's children
        if (reader.isLinkElement(u"loc")) {
            const QString label = reader.xlink(u"label");
            const QString href = reader.xlink(u"href");
            const QString conceptName = LinkbaseReader::conceptOfHref(href);
            if (label.isEmpty() || conceptName.isEmpty()) {
                reader.warn(m_diagnostics,
                            u"locator not read: expected xlink:label and an xlink:href ending in #prefix_Name"_s, href);
                continue;
            }
            locators.insert(label, {conceptName, reader.startLocation()});
        } else if (reader.isLinkElement(u"calculationArc")) {
            if (auto arc = readArc(reader, m_diagnostics))
                pending.append(*arc);
        }
    }
    if (!reader.finish(m_diagnostics))
        return false;
    m_arcs.append(arcs);
    for (const QString &r : std::as_const(roles)) {
        if (!m_roles.contains(r))
            m_roles.append(r);
    }
    return true;
}

CalculationLinkbase CalculationLinkbase::readFiles(const QStringList &paths)
{
    CalculationLinkbase linkbase;
    for (const QString &path : paths)
        linkbase.read(path);
    return linkbase;
}

bool CalculationLinkbase::hasErrors() const
{
    return std::any_of(m_diagnostics.begin(), m_diagnostics.end(), [](const Diagnostic &d) { return d.isError(); });
}

QList<CalculationNetwork> CalculationLinkbase::networks() const
{
    // Which arc stands for each class of equivalent arcs: the first of the
    // highest priority, unless a prohibiting arc has that priority too.
    QHash<QString, qsizetype> standing; // key -> index into m_arcs, or -1 when prohibited
    QHash<QString, int> highest;
    for (qsizetype i = 0; i < m_arcs.size(); ++i) {
        const CalculationArc &arc = m_arcs.at(i);
        const QString key = equivalenceKey(arc);
        const auto found = highest.constFind(key);
        if (found == highest.constEnd() || arc.priority > *found) {
            highest.insert(key, arc.priority);
            standing.insert(key, arc.prohibited ? -1 : i);
        } else if (arc.priority == *found && arc.prohibited) {
            standing.insert(key, -1);
        }
    }

    QList<CalculationNetwork> networks;
    QHash<QString, qsizetype> networkOf;
    for (const QString &role : m_roles) {
        networkOf.insert(role, networks.size());
        networks.append({role, {}});
    }
    for (qsizetype i = 0; i < m_arcs.size(); ++i) {
        const CalculationArc &arc = m_arcs.at(i);
        if (standing.value(equivalenceKey(arc), -1) != i)
            continue;
        CalculationNetwork &network = networks[networkOf.value(arc.role)];
        auto summation =
            std::find_if(network.summations.begin(), network.summations.end(), [&](const CalculationSummation &s) {
                return s.total == arc.from && s.arcrole == arc.arcrole;
            });
        if (summation == network.summations.end()) {
            network.summations.append({arc.from, arc.arcrole, {}});
            summation = network.summations.end() - 1;
        }
        summation->items.append({arc.to, arc.weight, arc.order, arc.arcrole, arc.file, arc.location});
    }
    for (CalculationNetwork &network : networks) {
        for (CalculationSummation &summation : network.summations) {
            std::stable_sort(summation.items.begin(), summation.items.end(),
                             [](const CalculationItem &a, const CalculationItem &b) { return a.order < b.order; });
        }
    }
    return networks;
}
