// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// When and how long to wait before retrying: 429, 5xx and network errors are retried a
// bounded number of times with exponential backoff and equal jitter, unless the server said
// how long to wait (Retry-After in seconds or as an HTTP date, NexBro's X-RateLimit-Reset);
// such a wait is capped at maxServerWaitMs (15 minutes by default). A value type; any thread.

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace cdr {

struct RetryPolicy
{
    int maxRetries = 6;          ///< retries per request, after the first attempt
    qint64 baseDelayMs = 500;    ///< first backoff step
    qint64 maxDelayMs = 30000;   ///< cap of one backoff wait
    qint64 maxServerWaitMs = 15 * 60 * 1000; ///< cap of a wait the server asks for (Retry-After); longer asks are capped, with a warning

    static bool isRetryableStatus(int httpStatus)
    {
        return httpStatus == 429 || httpStatus == 408 || (httpStatus >= 500 && httpStatus <= 599);
    }
    /// Backoff for the given retry (1 = first retry); random01 in [0,1) supplies the jitter.
    qint64 backoffMs(int retry, double random01) const;
    /// The longest wait serverDelayMs() reports (a year); anything longer, up to "1e300", is this.
    static constexpr qint64 kLongestServerDelayMs = 366LL * 24 * 3600 * 1000;

    /// The server's own wait, from Retry-After (seconds or HTTP date) or X-RateLimit-Reset
    /// (seconds until reset, or an epoch time), in ms from now, clamped to
    /// [0, kLongestServerDelayMs]; nullopt when absent or unreadable. The caller applies
    /// maxServerWaitMs.
    static std::optional<qint64> serverDelayMs(const QByteArray &retryAfter, const QByteArray &rateLimitReset,
                                              const QDateTime &nowUtc);
};

} // namespace cdr
