// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "XbrlPeriod.h"
#include "filing/SourceLocation.h"

#include <QList>
#include <QString>

// One dimension of a context's segment: an explicit member
// ("us-gaap:StatementBusinessSegmentsAxis" = "aapl:AmericasSegmentMember")
// or a typed one, whose member is a value ("2027").
struct XbrlDimension
{
    QString axis;   // prefix:name as written
    QString member; // prefix:name, or the typed member's text
    bool typed = false;
    bool operator==(const XbrlDimension &) const = default;
};

// An xbrli:context: who, when, and which slice of the concept.
struct XbrlContext
{
    QString id;
    QString entity; // the identifier's text, a CIK on EDGAR
    XbrlPeriod period;
    QList<XbrlDimension> dimensions; // sorted by axis, so equal slices compare equal
    SourceLocation location;

    bool hasDimensions() const { return !dimensions.isEmpty(); }
    // Same entity, period and dimensions: what makes two facts duplicates.
    bool isEquivalent(const XbrlContext &other) const
    {
        return entity == other.entity && period == other.period && dimensions == other.dimensions;
    }
};
