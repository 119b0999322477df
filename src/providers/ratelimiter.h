// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A sliding-window request limiter: at most `requests` requests in any `windowMs` window
// (Plivo documents 300 requests per 5 s). The server counts arrivals, which lie somewhere
// between our send and our receipt of the answer; so a request counts from its send until
// `windowMs` after its answer arrived. That bound holds whatever the network jitter, so pacing
// never provokes a 429, at the cost of one round trip per window. Pure bookkeeping over a
// monotonic clock given by the caller (unit-testable without sleeping). Not thread-safe.

#include <QtGlobal>

#include <deque>

namespace cdr {

class RateLimiter
{
public:
    RateLimiter(int requests = 0, qint64 windowMs = 0) { setLimit(requests, windowMs); }
    /// requests <= 0 disables limiting.
    void setLimit(int requests, qint64 windowMs);
    bool isLimited() const { return m_requests > 0 && m_windowMs > 0; }
    int requests() const { return m_requests; }
    qint64 windowMs() const { return m_windowMs; }
    /// Milliseconds to wait before the next send is allowed at time nowMs (0 = now). When every
    /// slot is held by a request still in flight, returns a short poll interval.
    qint64 delayMs(qint64 nowMs) const;
    /// Records a send at nowMs.
    void consume(qint64 nowMs);
    /// Records that the answer to a consumed request arrived (or it was aborted) at nowMs.
    void release(qint64 nowMs);
    int outstanding() const { return m_outstanding; }
    /// Blocks all sends until untilMs (a 429 applies to the whole account).
    void pauseUntil(qint64 untilMs) { m_pausedUntil = qMax(m_pausedUntil, untilMs); }
    /// The fastest possible time for n requests under the limit, in ms (the "floor").
    qint64 floorMs(qint64 n) const;

private:
    void expire(qint64 nowMs) const;

    int m_requests = 0;
    qint64 m_windowMs = 0;
    qint64 m_pausedUntil = 0;
    int m_outstanding = 0;
    mutable std::deque<qint64> m_done; ///< answer times, ascending
};

} // namespace cdr
