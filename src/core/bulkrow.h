// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// BulkRow: the flat, table-sized view of one call that the archive loader, the archive writer
// and the table model exchange. It holds the values the call table shows plus the two the
// scorecard needs beyond them (post-dial delay, what the error log comes to), but no legs,
// audio counters or raw object, as UTF-8 views and plain numbers, so a
// million of them can stream from a parser into a columnar store without building a Call
// each. Views point into a buffer owned by whoever emits the row and are valid only
// during the sink call. BulkRowBuffer owns the bytes when a row must be built from a Call.
//
// Missing numbers are NaN and a missing start time is kMissingTime: "not reported" and
// "zero" stay different, as in Call. Value types; one thread at a time.

#include "call.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cmath>
#include <limits>

namespace cdr {

struct BulkRow
{
    static constexpr qint64 kMissingTime = std::numeric_limits<qint64>::min();
    static constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

    Provider provider = Provider::Unknown;
    CallStatus status = CallStatus::Unknown;
    QByteArrayView id;
    QByteArrayView account;
    QByteArrayView from;
    QByteArrayView to;
    QByteArrayView direction;
    QByteArrayView currency;
    QByteArrayView hangupCause;
    QByteArrayView hangupCode;
    QByteArrayView hangupSource;
    QByteArrayView codec;
    QByteArrayView sipCallId;
    qint64 startMs = kMissingTime; ///< UTC milliseconds since the epoch
    double durationS = kMissing;
    double talkS = kMissing;
    double billedS = kMissing;
    double cost = kMissing;
    double mos = kMissing;
    double jitterMs = kMissing;
    double packetLossPct = kMissing;
    quint32 legs = 0;
    quint32 flaws = 0;     ///< sum of the error_log intervals' flaw counts
    double postDialDelayMs = kMissing;
    /// ErrorLogMetrics of the call as bits (kLogHasFlaws, kLogSustained): all the scorecard's
    /// impaired_call_pct needs of the error log, without the intervals.
    quint8 errorLog = 0;
    static constexpr quint8 kLogHasFlaws = 1;
    static constexpr quint8 kLogSustained = 2;
    QByteArrayView raw;    ///< the provider record's JSON text, when the source had one
};

/// Owns the UTF-8 bytes behind a BulkRow built from a Call.
class BulkRowBuffer
{
public:
    /// Flattens a Call; the row's views stay valid while this buffer lives and is unchanged.
    const BulkRow &set(const Call &call, bool withRaw = false);
    const BulkRow &row() const { return m_row; }

private:
    BulkRow m_row;
    QByteArray m_strings[11];
    QByteArray m_raw;
};

/// Receives rows from the archive loader, or calls flattened from CallReader's output. Called on the thread that runs
/// the import; an implementation that returns false stops the import (cancel).
class BulkSink
{
public:
    virtual ~BulkSink() = default;
    virtual bool addRow(const BulkRow &row) = 0;
    /// A whole normalized call; default: flatten and pass to addRow.
    virtual bool addCall(const Call &call);
    /// True when rows should carry the record's JSON text in BulkRow::raw (costs a copy).
    virtual bool wantsRaw() const;
    /// A hint before the rows come: about how many there will be (e.g. an archive's count).
    virtual void expect(qint64 rows) { Q_UNUSED(rows); }
};

/// BulkRow::errorLog of a call (computes ErrorLogMetrics when it has an error log).
quint8 errorLogBits(const Call &call);

inline std::optional<double> bulkOptional(double v)
{
    return std::isnan(v) ? std::nullopt : std::optional<double>(v);
}
inline double bulkValue(const std::optional<double> &v)
{
    return v ? *v : BulkRow::kMissing;
}

} // namespace cdr
