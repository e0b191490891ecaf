// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/SourceLocation.h"

#include <QString>
#include <QStringList>

// An xbrli:unit: measures multiplied, over measures divided by.
struct XbrlUnit
{
    QString id;
    QStringList numerators;   // "iso4217:USD"
    QStringList denominators; // "xbrli:shares" for USD per share
    SourceLocation location;

    // "iso4217:USD", "iso4217:USD/xbrli:shares", "xbrli:pure"
    QString name() const
    {
        QString text = numerators.join(u'*');
        if (!denominators.isEmpty())
            text += u'/' + denominators.join(u'*');
        return text;
    }
};
