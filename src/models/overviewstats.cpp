// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewstats.h"

#include <core/bulkrow.h>

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace cdr {

int OverviewStats::mosBin(double mos)
{
    const int bin = int(std::floor((mos - kMosMin) / kMosBin));
    return std::clamp(bin, 0, kMosBins - 1);
}

OverviewStats OverviewStats::compute(const CallStore &store, const std::vector<quint32> &rows, const QTimeZone &zone)
{
    OverviewStats s;
    s.calls = qint64(rows.size());
    if (rows.empty())
        return s;
    qint64 minMs = std::numeric_limits<qint64>::max();
    qint64 maxMs = std::numeric_limits<qint64>::min();
    for (quint32 r : rows) {
        const qint64 t = store.startMs(r);
        if (t == BulkRow::kMissingTime)
            continue;
        minMs = std::min(minMs, t);
        maxMs = std::max(maxMs, t);
    }
    s.hourly = maxMs >= minMs && maxMs - minMs <= 3 * 24 * 3600 * 1000LL;

    // Bucket starts are local hours or local days in the display zone, as the analyst reads them.
    const qint64 offsetMs = minMs == std::numeric_limits<qint64>::max()
        ? 0 : qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(minMs, QTimeZone::utc()))) * 1000;
    const qint64 width = s.hourly ? 3600 * 1000LL : 24 * 3600 * 1000LL;
    std::map<qint64, Bucket> buckets;
    std::vector<qint64> causeCounts(store.causes().size() + 1, 0);
    auto directionIndex = [&store](QLatin1String name) {
        for (quint32 i = 0; i < store.directions().size(); ++i) {
            if (store.directions().at(i) == name)
                return i;
        }
        return quint32(-1);
    };
    const quint32 inbound = directionIndex(QLatin1String("inbound"));
    const quint32 outbound = directionIndex(QLatin1String("outbound"));

    for (quint32 r : rows) {
        const double mos = store.mos(r);
        const bool hasMos = !std::isnan(mos) && mos > 0;
        if (hasMos) {
            const int bin = mosBin(mos);
            const quint32 d = store.directionIx(r);
            (d == inbound ? s.mosInbound : d == outbound ? s.mosOutbound : s.mosOther)[bin] += 1;
        }
        const qint64 t = store.startMs(r);
        if (t != BulkRow::kMissingTime) {
            const qint64 local = t + offsetMs;
            const qint64 key = (local - ((local % width) + width) % width) - offsetMs;
            Bucket &b = buckets[key];
            b.startMs = key;
            ++b.calls;
            if (store.status(r) == CallStatus::Answered)
                ++b.answered;
            if (hasMos) {
                ++b.mosCount;
                b.mosSum += mos;
            }
        }
        const quint32 cause = store.causeIx(r);
        if (cause < causeCounts.size())
            ++causeCounts[cause];
    }
    for (const auto &kv : buckets)
        s.buckets << kv.second;
    QList<QPair<QString, qint64>> causes;
    for (quint32 i = 0; i < store.causes().size(); ++i) {
        if (causeCounts[i] > 0 && !store.causes().at(i).isEmpty())
            causes << qMakePair(store.causes().at(i), causeCounts[i]);
    }
    std::sort(causes.begin(), causes.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    s.causes = causes.mid(0, 10);
    return s;
}

} // namespace cdr
