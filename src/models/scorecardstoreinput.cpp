// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardstoreinput.h"

#include "hangupclasscache.h"

#include <core/emodel.h>

#include <QHash>
#include <QTimeZone>

#include <cmath>

namespace cdr {

namespace {

std::optional<double> known(double v)
{
    return std::isnan(v) ? std::nullopt : std::optional<double>(v);
}

} // namespace

std::optional<ScorecardInput> ScorecardStoreInput::build(const CallStore &store, const std::vector<quint32> &rows,
                                                         const ScorecardInput::Options &options, double assumedDelayMs,
                                                         const std::atomic<bool> *cancel)
{
    ScorecardInput input(options);
    input.reserve(qsizetype(rows.size()));
    HangupClassCache classes(store);
    // Pools hold few distinct values: their strings and the codecs' G.113 values once each.
    QHash<quint32, QList<EModel::CodecParams>> codecs;
    QByteArray buf;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (cancel && (i & 0x3fff) == 0 && cancel->load(std::memory_order_relaxed))
            return std::nullopt;
        const quint32 r = rows[i];
        // Only what the scorecard reads: no id, numbers but the destination, causes or raw record.
        Call c;
        c.provider = store.provider(r);
        c.status = store.status(r);
        c.account = store.accounts().at(store.accountIx(r));
        c.direction = store.directions().at(store.directionIx(r));
        c.codec = store.codecs().at(store.codecIx(r));
        c.to = QString::fromUtf8(store.toBytes(r, &buf));
        if (const qint64 ms = store.startMs(r); ms != BulkRow::kMissingTime)
            c.startTime = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
        c.talkS = known(store.talkS(r));
        c.mos = known(store.mos(r));
        c.jitterMs = known(store.jitterMs(r));
        c.packetLossPct = known(store.lossPct(r));
        c.hangupClass = classes.classOf(r);
        if (c.packetLossPct) {
            auto it = codecs.find(store.codecIx(r));
            if (it == codecs.end())
                it = codecs.insert(store.codecIx(r), EModel::codecsOf(c.codec));
            c.mosEst = EModel::mosEstimate(*c.packetLossPct, c.jitterMs, EModel::worstAt(*it, *c.packetLossPct),
                                           assumedDelayMs);
        }
        input.add(c, r);
    }
    return input;
}

} // namespace cdr
