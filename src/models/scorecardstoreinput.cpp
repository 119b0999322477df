// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardstoreinput.h"

#include "hangupclasscache.h"

#include <core/emodel.h>

#include <QHash>
#include <QTimeZone>

#include <cmath>
#include <thread>

namespace cdr {

namespace {

std::optional<double> known(double v)
{
    return std::isnan(v) ? std::nullopt : std::optional<double>(v);
}

// One part of the rows, on the calling thread; false when cancelled.
bool buildPart(const CallStore &store, const std::vector<quint32> &rows, size_t begin, size_t end,
               double assumedDelayMs, const std::atomic<bool> *cancel, ScorecardInput &input)
{
    input.reserve(qsizetype(end - begin));
    HangupClassCache classes(store);
    // Pools hold few distinct values: their strings and the codecs' G.113 values once each.
    QHash<quint32, QList<EModel::CodecParams>> codecs;
    QByteArray buf;
    for (size_t i = begin; i < end; ++i) {
        if (cancel && (i & 0x3fff) == 0 && cancel->load(std::memory_order_relaxed))
            return false;
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
        c.postDialDelayMs = known(store.pddMs(r));
        c.hangupClass = classes.classOf(r);
        if (c.packetLossPct) {
            auto it = codecs.find(store.codecIx(r));
            if (it == codecs.end())
                it = codecs.insert(store.codecIx(r), EModel::codecsOf(c.codec));
            c.mosEst = EModel::mosEstimate(*c.packetLossPct, c.jitterMs, EModel::worstAt(*it, *c.packetLossPct),
                                           assumedDelayMs);
        }
        input.add(c, r, store.errorLog(r));
    }
    return true;
}

} // namespace

std::optional<ScorecardInput> ScorecardStoreInput::build(const CallStore &store, const std::vector<quint32> &rows,
                                                         const ScorecardInput::Options &options, double assumedDelayMs,
                                                         const std::atomic<bool> *cancel, int threads)
{
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    // Below this a second thread costs more than it saves.
    constexpr size_t kMinPerThread = 50000;
    const size_t parts = std::max<size_t>(1, std::min<size_t>(size_t(threads), rows.size() / kMinPerThread));
    std::vector<ScorecardInput> inputs(parts, ScorecardInput(options));
    std::vector<char> ok(parts, 0);
    std::vector<std::thread> workers;
    for (size_t p = 1; p < parts; ++p) {
        workers.emplace_back([&, p] {
            ok[p] = buildPart(store, rows, rows.size() * p / parts, rows.size() * (p + 1) / parts, assumedDelayMs,
                              cancel, inputs[p]);
        });
    }
    ok[0] = buildPart(store, rows, 0, rows.size() / parts, assumedDelayMs, cancel, inputs[0]);
    for (std::thread &t : workers)
        t.join();
    if (std::find(ok.cbegin(), ok.cend(), 0) != ok.cend())
        return std::nullopt;
    // Parts in row order, so the result is the same as one pass.
    for (size_t p = 1; p < parts; ++p)
        inputs[0].append(std::move(inputs[p]));
    return std::move(inputs[0]);
}

} // namespace cdr
