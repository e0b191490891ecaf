// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

// What an element's style attribute says that a reader of a filing needs:
// read once per distinct style, since a filing's generator repeats a few
// hundred styles over tens of thousands of elements.
struct MarkupStyle
{
    bool hidden = false;   // display:none
    bool bold = false;     // font-weight bold, bolder or 600 and over
    bool emphasis = false; // italic or underlined: how a lead-in is set apart when it is not bold
    bool raised = false;   // vertical-align super or top, or moved up: a footnote's marker
    bool centered = false; // text-align:center
    bool ruleAbove = false;
    bool ruleBelow = false;
    bool doubleRuleBelow = false;
    bool showsHiddenFact = false; // "-sec-ix-hidden:ID": the element shows a fact of ix:hidden (EDGAR's inline XBRL)
    double indent = 0;            // in points: padding-left, margin-left and text-indent

    static MarkupStyle of(QStringView style);

    // The property by which EDGAR's inline XBRL shows a hidden fact.
    static constexpr QStringView SecHiddenProperty = u"-sec-ix-hidden";
};
