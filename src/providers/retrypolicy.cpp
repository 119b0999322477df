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

std::optional<qint64> RetryPolicy::serverDelayMs(const QByteArray &retryAfter, const QByteArray &rateLimitReset,
                                                const QDateTime &nowUtc)
{
    const QByteArray ra = retryAfter.trimmed();
    if (!ra.isEmpty()) {
        bool ok = false;
        const double secs = ra.toDouble(&ok);
        if (ok && secs >= 0)
            return qint64(secs * 1000);
        // HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 IMF-fixdate).
        QDateTime when = QDateTime::fromString(QString::fromLatin1(ra), Qt::RFC2822Date);
        if (!when.isValid()) {
            when = QLocale::c().toDateTime(QString::fromLatin1(ra).remove(QStringLiteral(" GMT")),
                                           QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
            when.setTimeZone(QTimeZone::utc());
        }
        if (when.isValid())
            return std::max<qint64>(0, nowUtc.msecsTo(when));
    }
    const QByteArray reset = rateLimitReset.trimmed();
    if (!reset.isEmpty()) {
        bool ok = false;
        const double secs = reset.toDouble(&ok);
        if (ok && secs >= 0) {
            // Some APIs send an epoch timestamp rather than a delta; treat big values as one.
            if (secs > 1e9)
                return std::max<qint64>(0, qint64(secs * 1000) - nowUtc.toMSecsSinceEpoch());
            return qint64(secs * 1000);
        }
    }
    return std::nullopt;
}

} // namespace cdr
