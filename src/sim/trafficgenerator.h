// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A deterministic generator of realistic provider traffic, for the fake provider server,
// the demo archive, the tests and the benchmarks.
//
// Every record is a pure function of (seed, provider, index): there is no state between
// calls, so any index can be produced in any order, from any thread, at any time (the
// object is immutable after construction; const methods are thread-safe).
//
// Each provider has its own stream of callCount() calls whose start times are spread over
// [rangeStart, rangeEnd) and are non-decreasing in the index, so list endpoints filter by
// time with a binary search (firstIndexAtOrAfter) instead of a scan.
//
// The records follow each provider's real field shapes and quirks (docs/providers.md and
// ../shared/docs/provider-apis.md): NexBro strings and "HH:MM:SS" durations with call_flow
// legs and audio_stats.error_log, Vobiz /cdr ISO Z times and numbers (mos 0 when unanswered),
// CarrierX decimal-string durations, inconsistent '+' prefixes and sipcause, Plivo "+05:30"
// local times, bill_duration vs billed_duration and the occasional "Stir_attestation" key.
//
// Mix: about 70 % answered, 12 % no-answer, 8 % busy, 5 % failed, 5 % canceled; of the
// answered calls about 10 % are bad (MOS < 3.6, high jitter/loss, dense error logs) and
// 15 % average.

#include <core/call.h>

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace cdr {

class TrafficGenerator
{
public:
    /// Quality class of an answered call (None for unanswered ones).
    enum class Quality : quint8 { None, Good, Average, Bad };

    /// The hidden truth behind a record, for tests and demo data.
    struct Truth
    {
        CallStatus status = CallStatus::Unknown;
        Quality quality = Quality::None;
        qint64 startMs = 0;  ///< UTC epoch ms
        qint64 answerMs = 0; ///< 0 when unanswered
        qint64 endMs = 0;
        double ringS = 0;
        double talkS = 0;
        double mos = 0;      ///< 0 when unanswered
        double jitterMs = 0;
        double lossPct = 0;
        int legs = 0;        ///< NexBro call_flow entries
        int errorIntervals = 0; ///< NexBro audio_stats.error_log entries
        bool outbound = true;
    };

    // Calls spread over [rangeStart, rangeEnd), deterministic for (seed, provider, index).
    TrafficGenerator(quint64 seed, QDateTime rangeStart, QDateTime rangeEnd,
                     qint64 callsPerProvider = 10000);

    quint64 seed() const { return m_seed; }
    QDateTime rangeStart() const;
    QDateTime rangeEnd() const;
    /// Number of calls in each provider's stream (indices 0 .. callCount()-1).
    qint64 callCount() const { return m_count; }

    /// The index-th call of a provider's stream as that provider's raw JSON record.
    /// Plivo: a Call object (no api_id); Vobiz: a /cdr object; CarrierX: a call DR;
    /// NexBro: the `data` object of the single-CDR response.
    QJsonObject record(Provider provider, qint64 index) const;
    /// Vobiz's Plivo-compatible `/Call/{uuid}/` shape of the same call.
    QJsonObject vobizVoiceApiRecord(qint64 index) const;

    /// Start time of that record (UTC), non-decreasing in index.
    QDateTime startTime(Provider provider, qint64 index) const;
    qint64 startMs(Provider provider, qint64 index) const;
    /// The smallest index whose start time is >= t (callCount() when none).
    qint64 firstIndexAtOrAfter(Provider provider, qint64 utcMs) const;
    qint64 firstIndexAtOrAfter(Provider provider, const QDateTime &t) const;

    /// The record's id (call_uuid / uuid / dr_sid), cheap to compute.
    QString callId(Provider provider, qint64 index) const;
    /// Inverse of callId: the index, or nullopt for an id this generator never made.
    std::optional<qint64> indexForId(Provider provider, QStringView id) const;

    Truth truth(Provider provider, qint64 index) const;

    /// Account ids the records carry (Plivo/Vobiz auth ids).
    static QString plivoAuthId() { return QStringLiteral("MAFAKEPLIVO000000001"); }
    static QString vobizAuthId() { return QStringLiteral("MA_FAKEVBZ1"); }

private:
    quint64 streamKey(Provider provider) const;

    quint64 m_seed;
    qint64 m_startMs;
    qint64 m_spanMs;
    qint64 m_count;
};

} // namespace cdr
