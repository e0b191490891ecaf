// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Place.h"

#include <QList>

#include <optional>

// Back and Forward through the places links took the analyst, as in a web
// browser: following a link from a place records both; going somewhere new
// after going back drops the places ahead.
class PlaceHistory
{
public:
    // Records that a link took the analyst from `from` to `to`.
    void visit(const Place &from, const Place &to);
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current >= 0 && m_current + 1 < m_places.size(); }
    std::optional<Place> back();
    std::optional<Place> forward();
    // A filing closed: its places go, and those of later filings move down one.
    void forgetFiling(int filing);
    // A filing put back at `filing` (Undo of a close): the places of that
    // filing and later ones move up one. Its own places went when it closed.
    void insertFiling(int filing);
    void clear();

private:
    void push(const Place &place);

    QList<Place> m_places;
    qsizetype m_current = -1;
};
