// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestPacer.h"

#include <algorithm>

RequestPacer::RequestPacer(int perSecond) : m_perSecond(std::clamp(perSecond, 1, MostPerSecond)) { }

qint64 RequestPacer::waitMs(qint64 nowMs) const
{
    if (m_sent.size() < m_perSecond)
        return 0;
    // The oldest of the last N must be a full second old, and then some:
    // requests at t and t + 1000 would share the closed second [t, t + 1000].
    return std::max<qint64>(0, m_sent.constFirst() + 1001 - nowMs);
}

void RequestPacer::sent(qint64 nowMs)
{
    m_sent.append(nowMs);
    while (m_sent.size() > m_perSecond)
        m_sent.removeFirst();
}
