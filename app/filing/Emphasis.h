// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>

// Markup as the filing printed it. A hint, not a rule: underlines mark
// per-share rows as often as totals.
enum class EmphasisFlag {
    None = 0,
    Bold = 1,
    Underline = 2,
};
Q_DECLARE_FLAGS(Emphasis, EmphasisFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(Emphasis)
