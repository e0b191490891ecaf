// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

// EDGAR's fair-access rule: no more than so many requests in any one
// second (ten at most). The pacer remembers when the last requests went
// out and says how long the next must wait so that no window of a second
// ever holds more than the limit: a sliding window, not a fixed tick, so a
// burst of N goes out at once and the N+1st waits for the first to age.
class RequestPacer
{
public:
    static constexpr int MostPerSecond = 10;
    static constexpr int DefaultPerSecond = 5;

    // `perSecond` is clamped to 1 … MostPerSecond.
    explicit RequestPacer(int perSecond = DefaultPerSecond);
    int perSecond() const { return m_perSecond; }

    // Milliseconds from `nowMs` until a request may go out (0: now).
    qint64 waitMs(qint64 nowMs) const;
    // A request went out at `nowMs`.
    void sent(qint64 nowMs);

private:
    int m_perSecond;
    QList<qint64> m_sent; // the last m_perSecond sending times, oldest first
};
