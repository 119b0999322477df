// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

namespace cdr {

void RateLimiter::setLimit(int requests, qint64 windowMs)
{
    m_requests = requests;
    m_windowMs = windowMs;
    m_sent.clear();
}

void RateLimiter::expire(qint64 nowMs) const
{
    while (!m_sent.empty() && m_sent.front() + m_windowMs <= nowMs)
        m_sent.pop_front();
}

qint64 RateLimiter::delayMs(qint64 nowMs) const
{
    qint64 wait = qMax<qint64>(0, m_pausedUntil - nowMs);
    if (!isLimited())
        return wait;
    expire(nowMs);
    if (qsizetype(m_sent.size()) >= m_requests)
        wait = qMax(wait, m_sent.front() + m_windowMs - nowMs);
    return wait;
}

void RateLimiter::consume(qint64 nowMs)
{
    if (!isLimited())
        return;
    expire(nowMs);
    m_sent.push_back(nowMs);
}

qint64 RateLimiter::floorMs(qint64 n) const
{
    if (!isLimited() || n <= m_requests)
        return 0;
    // The first `requests` go at once; each further full window admits `requests` more.
    return ((n - 1) / m_requests) * m_windowMs;
}

} // namespace cdr
