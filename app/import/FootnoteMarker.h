// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The markers that tie a line of a table to a footnote under it: "(1)",
// "(a)", "*", a superscript "1" or "1,2". A marker is compared by its key,
// what it says without its brackets: "(1)", "1" and "[1]" are all "1".
class FootnoteMarker
{
public:
    // The keys of a marker as printed: "(1)" -> {"1"}; "1,2" -> {"1", "2"};
    // "(a)(b)" -> {"a", "b"}; "**" -> {"**"}.
    static QStringList keys(const QString &marker);

    // A paragraph that is a footnote: its marker as printed and its text,
    // "(3) Stock-based compensation …" -> {"(3)", "Stock-based …"}. A bare
    // number counts only when `bareNumbers`: "2 Excludes …" may be a
    // footnote, "3 Months Ended" is not one; its table must cite it.
    struct Split
    {
        QString marker;
        QString text;
    };
    static Split split(const QString &paragraph, bool bareNumbers);

    // Takes the markers off the end of a label and returns their keys:
    // "Stock-based compensation (3)" -> {"3"}, leaving "Stock-based
    // compensation"; "Transformation(1),(2)" -> {"1", "2"}. A label that
    // is only a marker keeps it.
    static QStringList takeTrailing(QString &label);
};
