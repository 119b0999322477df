// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// When and how long to wait before retrying: 429, 5xx and network errors are retried a
// bounded number of times with exponential backoff and full jitter, unless the server said
// how long to wait (Retry-After in seconds or as an HTTP date, NexBro's X-RateLimit-Reset).

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace cdr {

struct RetryPolicy
{
    int maxRetries = 6;          ///< retries per request, after the first attempt
    qint64 baseDelayMs = 500;    ///< first backoff step
    qint64 maxDelayMs = 30000;   ///< cap of one wait

    static bool isRetryableStatus(int httpStatus)
    {
        return httpStatus == 429 || httpStatus == 408 || (httpStatus >= 500 && httpStatus <= 599);
    }
    /// Backoff for the given retry (1 = first retry); random01 in [0,1) supplies the jitter.
    qint64 backoffMs(int retry, double random01) const;
    /// The server's own wait, from Retry-After (seconds or HTTP date) or X-RateLimit-Reset
    /// (seconds until reset), in ms from now; nullopt when absent or unreadable.
    static std::optional<qint64> serverDelayMs(const QByteArray &retryAfter, const QByteArray &rateLimitReset,
                                              const QDateTime &nowUtc);
};

} // namespace cdr
