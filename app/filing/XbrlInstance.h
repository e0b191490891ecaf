// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalculationNetwork.h"
#include "XbrlContext.h"
#include "XbrlFact.h"
#include "XbrlUnit.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// What an inline XBRL document states: its facts, with the contexts and
// units they refer to, and the schema it names (whose folder holds the
// filing's linkbases). Empty for a document that is not tagged.
struct XbrlInstance
{
    QList<XbrlContext> contexts;
    QList<XbrlUnit> units;
    QList<XbrlFact> facts;
    QString schemaRef; // the link:schemaRef href: "aapl-20250329.xsd"
    // The filing's own labels for its concepts (its label linkbase, when it
    // is beside the document): "us-gaap:NetIncomeLoss" → "Net income".
    QHash<QString, QString> labels;
    // The filing's calculation linkbase, when it is beside the document:
    // the summation-item relationships the Calculations 1.1 check applies.
    QList<CalculationNetwork> calculations;
    QStringList linkbases; // the linkbase files read, as paths

    const XbrlContext *contextOf(const XbrlFact &fact) const
    {
        return fact.context >= 0 ? &contexts.at(fact.context) : nullptr;
    }
    const XbrlUnit *unitOf(const XbrlFact &fact) const { return fact.unit >= 0 ? &units.at(fact.unit) : nullptr; }
};
