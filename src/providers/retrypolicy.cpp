// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace cdr {

qint64 RetryPolicy::backoffMs(int retry, double random01) const
{
    const double exp = double(baseDelayMs) * std::pow(2.0, std::max(0, retry - 1));
    const double capped = std::min(exp, double(maxDelayMs));
    // "Equal jitter": half fixed, half random, so retries never collapse to 0 ms and many
    // clients hitting the same 503 spread out.
    return qint64(capped / 2 + capped / 2 * random01);
}

namespace {

// Seconds from a header to milliseconds, clamped before the conversion: "1e300" or an epoch
// of twenty digits must not overflow (a float-to-integer conversion out of range is UB).
qint64 clampedMs(double seconds)
{
    const double ms = seconds * 1000.0;
    if (!(ms > 0))
        return 0;
    return ms >= double(RetryPolicy::kLongestServerDelayMs) ? RetryPolicy::kLongestServerDelayMs : qint64(ms);
}

std::optional<double> plainSeconds(const QByteArray &text)
{
    bool ok = false;
    const double secs = text.toDouble(&ok);
    if (!ok || std::isnan(secs) || secs < 0)
        return std::nullopt;
    return secs;
}

} // namespace

std::optional<qint64> RetryPolicy::serverDelayMs(const QByteArray &retryAfter, const QByteArray &rateLimitReset,
                                                const QDateTime &nowUtc)
{
    const QByteArray ra = retryAfter.trimmed();
    if (!ra.isEmpty()) {
        if (const auto secs = plainSeconds(ra))
            return clampedMs(*secs);
        // HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 IMF-fixdate).
        QDateTime when = QDateTime::fromString(QString::fromLatin1(ra), Qt::RFC2822Date);
        if (!when.isValid()) {
            when = QLocale::c().toDateTime(QString::fromLatin1(ra).remove(QStringLiteral(" GMT")),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
            when.setTimeZone(QTimeZone::utc());
        }
        if (when.isValid())
            return std::clamp<qint64>(nowUtc.msecsTo(when), 0, kLongestServerDelayMs);
    }
    const QByteArray reset = rateLimitReset.trimmed();
    if (!reset.isEmpty()) {
        if (const auto secs = plainSeconds(reset)) {
            // Some APIs send an epoch timestamp rather than a delta; treat big values as one.
            if (*secs > 1e9)
                return clampedMs(*secs - double(nowUtc.toMSecsSinceEpoch()) / 1000.0);
            return clampedMs(*secs);
        }
    }
    return std::nullopt;
}

} // namespace cdr
