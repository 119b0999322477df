// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

namespace cdr {

void RateLimiter::setLimit(int requests, qint64 windowMs)
{
    m_requests = requests;
    m_windowMs = windowMs;
    m_done.clear();
}

void RateLimiter::expire(qint64 nowMs) const
{
    while (!m_done.empty() && m_done.front() + m_windowMs <= nowMs)
        m_done.pop_front();
}

qint64 RateLimiter::delayMs(qint64 nowMs) const
{
    qint64 wait = qMax<qint64>(0, m_pausedUntil - nowMs);
    if (!isLimited())
        return wait;
    expire(nowMs);
    if (m_outstanding + qsizetype(m_done.size()) >= m_requests) {
        // The oldest answered request frees its slot first; with none answered yet, the next
        // answer will (the caller is woken by it anyway), so poll.
        wait = qMax(wait, m_done.empty() ? qint64(20) : m_done.front() + m_windowMs - nowMs);
    }
    return wait;
}

void RateLimiter::consume(qint64)
{
    if (isLimited())
        ++m_outstanding;
}

void RateLimiter::release(qint64 nowMs)
{
    if (!isLimited() || m_outstanding <= 0)
        return;
    --m_outstanding;
    if (!m_done.empty() && nowMs < m_done.back())
        nowMs = m_done.back(); // keep the deque sorted on a non-monotonic caller
    m_done.push_back(nowMs);
}

qint64 RateLimiter::floorMs(qint64 n) const
{
    if (!isLimited() || n <= m_requests)
        return 0;
    // The first `requests` go at once; each further full window admits `requests` more.
    return ((n - 1) / m_requests) * m_windowMs;
}

} // namespace cdr
