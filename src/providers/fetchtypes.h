// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain value types exchanged with a ProviderService: what to fetch, how far it got, and why
// it stopped. No QObject, safe to copy across threads.

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace cdr {

/// A list walk: calls over [since, until) with optional filters.
struct FetchQuery
{
    QDateTime since;        ///< UTC, inclusive
    QDateTime until;        ///< UTC, exclusive
    QString direction;      ///< "", "inbound" or "outbound"
    QString fromNumber;
    QString toNumber;
    int minDurationS = -1;  ///< Vobiz only; -1 = none
    qint64 maxCalls = -1;   ///< stop after this many distinct calls; -1 = all
};

struct FetchProgress
{
    qint64 pagesDone = 0;
    qint64 pagesTotal = -1;   ///< -1 while unknown (cursor walks, first page not back yet)
    qint64 calls = 0;         ///< distinct calls delivered so far
    qint64 callsTotal = -1;   ///< the provider's count for the current window, when it gives one
    int window = 0;           ///< 0-based time window (Plivo splits ranges into 30-day windows)
    int windows = 1;
    qint64 etaMs = -1;        ///< -1 while unknown; respects the rate limit
    int retries = 0;          ///< retried requests so far
};

struct FetchError
{
    enum class Kind {
        None,
        Auth,             ///< 401/403: credentials or IP whitelist
        NotFound,         ///< a requested call is not there (or not yet)
        BadRequest,       ///< the provider rejected the query (4xx), or bad arguments
        RetriesExhausted, ///< 429/5xx/network errors outlasted the retry budget
        Protocol,         ///< oversize body, refused redirect, not an API response, a walk without progress or over its page cap
        Network,          ///< not retried: DNS failure, TLS error, a malformed transfer (bad chunking, decompression)
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;      ///< user-facing, names the provider; never contains a secret
};

} // namespace cdr

Q_DECLARE_METATYPE(cdr::FetchProgress)
Q_DECLARE_METATYPE(cdr::FetchError)
