// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amount/Amount.h"
#include "filing/RowRef.h"
#include "filing/SourceLocation.h"

#include <QDate>
#include <QList>
#include <QString>

// A fact one filing states and another reports: a prospectus's principal
// of notes against the debt a later balance sheet carries for them.
struct DocumentLink
{
    qsizetype offeringFiling = -1; // the prospectus, in the list compared
    QString security;              // "Zero Coupon Convertible Subordinated Notes due June 15, 2008 …"
    Amount principal;              // dollars, as the prospectus states it
    SourceLocation principalLocation;
    qsizetype filing = -1; // the filing that carries the debt
    RowRef row;
    qsizetype period = -1;
    QString label;       // the debt line's, as the balance sheet prints it
    QDate date;          // the balance sheet's
    Amount carried;      // dollars
    Amount difference;   // carried − principal
    QString explanation; // a sentence of either filing that says why they differ, when one does
};
using DocumentLinks = QList<DocumentLink>;
