// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

// What a total is made of, inferred from the layout and the arithmetic:
// total = Σ weight × term (weights ±1 as printed).
struct Relation
{
    enum class Basis {
        SectionTotal,   // "Total …" closing the section it sums
        RunningTotal,   // the sum of everything above it in its scope
        Subtotal,       // a signed combination of the nearest earlier figures
        Reconciliation, // GAAP figure + adjustments = non-GAAP figure
        Stated,         // the filing prints it: "Adjusted net income (c)=(a)+∑(b)"
    };

    struct Term
    {
        qsizetype row = -1;
        int weight = 1;
    };

    qsizetype total = -1;
    QList<Term> terms;
    Basis basis = Basis::SectionTotal;
};
