// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/CalculationNetwork.h"
#include "filing/Diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// One summation-item relationship as a link:calculationArc writes it, its
// locators resolved to concepts. An arc whose xlink:from or xlink:to label
// several locators stands for one relationship per pair (XLink 1.0), and is
// kept as that many.
struct CalculationArc
{
    QString role;    // the xlink:role of its link:calculationLink
    QString arcrole; // CalculationLinkbase::SummationItem or SummationItem11
    QString from;    // the total's concept
    QString to;      // the item's concept
    Amount weight;
    Amount order;
    int priority = 0;
    bool prohibited = false; // use="prohibited"
    QString file;
    SourceLocation location;
};

// The calculation relationships of a filing, read from its _cal.xml and
// from link:linkbase elements an .xsd embeds. Elements and attributes are
// matched by namespace URI and local name, whatever prefix the file gives
// them; the concept of a locator is taken from its href's fragment (the
// concept's id, prefix_LocalName on EDGAR), without reading the schema the
// href names, so nothing is downloaded.
class CalculationLinkbase
{
public:
    // XBRL 2.1 (5.2.5.2) and Calculations 1.1 (the 2023 Recommendation):
    // both say the total is the weighted sum of its items; Tieout checks
    // both the 1.1 way, with rounding intervals.
    static constexpr QStringView SummationItem = u"http://www.xbrl.org/2003/arcrole/summation-item";
    static constexpr QStringView SummationItem11 = u"https://xbrl.org/2023/arcrole/summation-item";

    // Reads one file's calculation links and adds their arcs. False, with an
    // error naming the file, line and column, when the file cannot be read or
    // is not well-formed XML; its arcs are then left out, since a file read
    // in part could drop the arc that prohibits another.
    bool read(const QString &path);
    // Reads each file in turn: the filing's linkbases make one set, in
    // which an arc of one file may prohibit an arc of another.
    static CalculationLinkbase readFiles(const QStringList &paths);

    // Every summation-item arc read, in document order, prohibiting arcs included.
    const QList<CalculationArc> &arcs() const { return m_arcs; }
    // The role of every link:calculationLink read, in order, whether or not it holds arcs.
    const QStringList &roles() const { return m_roles; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    bool hasErrors() const;

    // The relationships that stand after XBRL 2.1's prohibiting and
    // overriding of relationships (3.5.3.9.7): among
    // equivalent arcs (same role, arcrole, total, item, weight and order)
    // only those of the highest priority count, and a prohibiting arc
    // among them removes them all. One network per role, empty roles
    // included; items in their order attribute's order, then the files'.
    QList<CalculationNetwork> networks() const;

    // An xs:decimal as exact digits, trailing zeros dropped ("1.0" -> 1,
    // "-0.50" -> -0.5); nullopt when it is not one or needs more than 18 digits.
    static std::optional<Amount> parseDecimal(QStringView text);

private:
    QList<CalculationArc> m_arcs;
    QStringList m_roles;
    Diagnostics m_diagnostics;
};
