// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceHistory.h"

void PlaceHistory::push(const Place &place)
{
    if (!place.isValid() || (m_current >= 0 && m_places[m_current] == place))
        return;
    m_places.resize(m_current + 1);
    m_places.append(place);
    m_current = m_places.size() - 1;
}

void PlaceHistory::visit(const Place &from, const Place &to)
{
    push(from);
    push(to);
}

std::optional<Place> PlaceHistory::back()
{
    if (!canGoBack())
        return std::nullopt;
    return m_places[--m_current];
}

std::optional<Place> PlaceHistory::forward()
{
    if (!canGoForward())
        return std::nullopt;
    return m_places[++m_current];
}

void PlaceHistory::forgetFiling(int filing)
{
    QList<Place> kept;
    qsizetype current = -1;
    for (qsizetype i = 0; i < m_places.size(); ++i) {
        Place place = m_places[i];
        if (place.filing == filing)
            continue;
        if (place.filing > filing)
            --place.filing;
        // Two places of the closed filing's neighbours may now meet: keep one.
        if (kept.isEmpty() || kept.constLast() != place)
            kept.append(place);
        if (i <= m_current)
            current = kept.size() - 1;
    }
    m_places = kept;
    m_current = current;
}

void PlaceHistory::insertFiling(int filing)
{
    for (Place &place : m_places) {
        if (place.filing >= filing)
            ++place.filing;
    }
}

void PlaceHistory::clear()
{
    m_places.clear();
    m_current = -1;
}
