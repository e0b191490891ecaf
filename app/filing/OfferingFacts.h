// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceLocation.h"
#include "amount/Amount.h"

#include <QDate>
#include <QString>

// The facts of a securities offering as a prospectus supplement states them.
struct OfferingFacts
{
    QString issuer;
    QString security;         // "Zero Coupon Convertible Subordinated Notes due …"
    Amount principal;         // dollars
    Amount sharesIssuable;    // shares issuable on conversion of the whole principal
    Amount conversionPrice;   // dollars per share, as stated ("approximately")
    Amount sharesOutstanding; // the issuer's shares outstanding, for percentages
    QDate sharesOutstandingDate;
    QString formType; // "424B3"
    SourceLocation principalLocation;
    SourceLocation sharesIssuableLocation;
    SourceLocation conversionPriceLocation;
    SourceLocation sharesOutstandingLocation;
};
