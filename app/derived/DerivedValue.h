// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amount/Amount.h"

// A figure computed for a derived view (change, growth, common size, a
// rescaled unit). Blank where the view does not apply to the row (a
// per-share figure has no common size); not meaningful ("n/m") where the
// arithmetic has no sense, such as growth on a base of zero or below.
struct DerivedValue
{
    enum class State { Blank, Value, NotMeaningful };
    State state = State::Blank;
    Amount amount;

    static DerivedValue blank() { return {}; }
    static DerivedValue notMeaningful() { return {State::NotMeaningful, {}}; }
    static DerivedValue value(const Amount &amount) { return {State::Value, amount}; }
    bool isValue() const { return state == State::Value; }
};
