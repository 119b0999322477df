// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewstats.h"

#include "hangupclasscache.h"

#include <core/bulkrow.h>

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

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
    // Calls per distinct (provider, status, code, cause): a handful, however many rows.
    QHash<quint64, qint64> causeCounts;
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
        ++causeCounts[HangupClassCache::key(store, r)];
    }
    for (const auto &kv : buckets)
        s.buckets << kv.second;
    // Classify each combination once, then gather the provider causes under their class.
    HangupClassCache classes(store);
    QHash<int, int> classIndex;
    QHash<QPair<quint32, QString>, int> causeIndex; // (class index and provider, cause) -> cause slot
    for (auto it = causeCounts.cbegin(); it != causeCounts.cend(); ++it) {
        const HangupClass c = classes.classOfKey(it.key());
        int ci = classIndex.value(int(c), -1);
        if (ci < 0) {
            ci = int(s.classes.size());
            classIndex.insert(int(c), ci);
            s.classes.append(ClassCount{c, 0, {}});
        }
        ClassCount &cc = s.classes[ci];
        cc.calls += it.value();
        const Provider p = HangupClassCache::providerOf(it.key());
        const QString &text = store.causes().at(HangupClassCache::causeIxOf(it.key()));
        const QString cause = text.isEmpty() ? store.codes().at(HangupClassCache::codeIxOf(it.key())) : text;
        const auto slotKey = qMakePair(quint32(ci) << 8 | quint32(p), cause);
        int slot = causeIndex.value(slotKey, -1);
        if (slot < 0) {
            slot = int(cc.causes.size());
            causeIndex.insert(slotKey, slot);
            cc.causes.append(CauseCount{p, cause, 0});
        }
        cc.causes[slot].calls += it.value();
    }
    for (ClassCount &cc : s.classes) {
        std::sort(cc.causes.begin(), cc.causes.end(), [](const CauseCount &a, const CauseCount &b) {
            if (a.calls != b.calls)
                return a.calls > b.calls;
            return a.provider != b.provider ? a.provider < b.provider : a.cause < b.cause;
        });
    }
    std::sort(s.classes.begin(), s.classes.end(), [](const ClassCount &a, const ClassCount &b) {
        return a.calls != b.calls ? a.calls > b.calls : a.hangupClass < b.hangupClass;
    });
    return s;
}

} // namespace cdr
