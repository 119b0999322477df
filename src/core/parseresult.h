// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What reading one body or file produced: the calls, per-record warnings (lenient
// conversions, unknown shapes), and at most one fatal error (malformed input, or an
// API error body such as {"error": ...}). A fatal error keeps the calls read before it. A value type; any thread.

#include "call.h"

#include <QStringList>

namespace cdr {

struct ParseResult
{
    QList<Call> calls;
    QStringList warnings;
    QString error;          ///< empty when the input was read to its end
    bool apiError = false;  ///< the body was a provider's error response, not bad syntax
    // Paging hints found in the envelope, for provider services.
    std::optional<qint64> totalCount;  ///< meta.total_count / pagination.total / count
    std::optional<bool> hasMore;       ///< has_more / pagination.has_next / meta.next != null
    QString nextUrl;                   ///< meta.next, when given

    bool ok() const { return error.isEmpty(); }
};

} // namespace cdr
