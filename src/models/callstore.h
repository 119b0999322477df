// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CallStore: the call table's compact, append-only columnar store.
//
// One column per table value, in chunks of 64K rows that never move once allocated, so a
// worker thread may read rows [0, size()) while the owner appends more: size() is published
// with release semantics after a row is complete. Ids and numbers live in a byte arena
// (canonical UUIDs packed into 16 bytes); low-cardinality text (direction, currency, codec,
// hangup cause/code/source, account) is interned. Only one thread appends (the owner);
// any thread may read. No QObject, no Gui: the model owns one.

#include "chunkedcolumn.h"
#include "internpool.h"
#include "stringarena.h"

#include <core/bulkrow.h>

#include <QByteArray>
#include <QString>

#include <atomic>
#include <cmath>
#include <memory>
#include <vector>

namespace cdr {

class CallStore
{
public:
    CallStore();
    CallStore(const CallStore &) = delete;
    CallStore &operator=(const CallStore &) = delete;

    /// Rows every thread may read.
    quint32 size() const { return m_size.load(std::memory_order_acquire); }

    /// Writer only. Returns the new row, or -1 when the row repeats a CallKey (provider,
    /// account, id): then the earlier row takes the new values in place (the last occurrence
    /// wins, as everywhere), or when the store is full.
    qint64 append(const BulkRow &row);
    /// How many appends replaced an earlier row with the same CallKey.
    qint64 replaced() const { return m_replaced; }
    /// Row of (provider, id), or -1. Writer thread only (the index is not shared).
    qint64 find(Provider provider, QByteArrayView id) const;
    void reserve(quint32 rows);

    // Column reads, any thread, row < size().
    Provider provider(quint32 r) const { return Provider(m_provider[r]); }
    CallStatus status(quint32 r) const { return CallStatus(m_status[r]); }
    qint64 startMs(quint32 r) const { return m_start[r]; }
    float durationS(quint32 r) const { return m_duration[r]; }
    float talkS(quint32 r) const { return m_talk[r]; }
    float billedS(quint32 r) const { return m_billed[r]; }
    double cost(quint32 r) const { return m_cost[r]; }
    // Quality values are kept as float; reading them back rounds to 4 decimals so a stored
    // 3.6 grades as 3.6, not as 3.5999999 (the bands have hard edges).
    double mos(quint32 r) const { return quality(m_mos[r]); }
    double jitterMs(quint32 r) const { return quality(m_jitter[r]); }
    double lossPct(quint32 r) const { return quality(m_loss[r]); }
    static double quality(float v) { return std::isnan(v) ? double(v) : std::round(double(v) * 1e4) / 1e4; }
    quint32 legs(quint32 r) const { return m_legs[r]; }
    quint32 flaws(quint32 r) const { return m_flaws[r]; }
    /// Post-dial delay in ms (NaN = unknown) and BulkRow::errorLog bits: kept for the scorecard.
    float pddMs(quint32 r) const { return m_pdd[r]; }
    quint8 errorLog(quint32 r) const { return m_errorLog[r]; }
    quint32 idRef(quint32 r) const { return m_id[r]; }
    quint32 fromRef(quint32 r) const { return m_from[r]; }
    quint32 toRef(quint32 r) const { return m_to[r]; }
    quint32 directionIx(quint32 r) const { return m_direction[r]; }
    quint32 currencyIx(quint32 r) const { return m_currency[r]; }
    quint32 codecIx(quint32 r) const { return m_codec[r]; }
    quint32 causeIx(quint32 r) const { return m_cause[r]; }
    quint32 codeIx(quint32 r) const { return m_code[r]; }
    quint32 sourceIx(quint32 r) const { return m_source[r]; }
    quint32 accountIx(quint32 r) const { return m_account[r]; }

    QString id(quint32 r) const { return m_arena.string(m_id[r]); }
    QString from(quint32 r) const { return m_arena.string(m_from[r]); }
    QString to(quint32 r) const { return m_arena.string(m_to[r]); }
    QByteArrayView idBytes(quint32 r, QByteArray *buf) const { return m_arena.get(m_id[r], buf); }
    QByteArrayView fromBytes(quint32 r, QByteArray *buf) const { return m_arena.get(m_from[r], buf); }
    QByteArrayView toBytes(quint32 r, QByteArray *buf) const { return m_arena.get(m_to[r], buf); }
    QString sipCallId(quint32 r) const { return m_arena.string(m_sip[r]); }
    QByteArrayView sipCallIdBytes(quint32 r, QByteArray *buf) const { return m_arena.get(m_sip[r], buf); }

    const InternPool &directions() const { return m_directions; }
    const InternPool &currencies() const { return m_currencies; }
    const InternPool &codecs() const { return m_codecs; }
    const InternPool &causes() const { return m_causes; }
    const InternPool &codes() const { return m_codes; }
    const InternPool &sources() const { return m_sources; }
    const InternPool &accounts() const { return m_accounts; }

    /// The row as a (table-level) Call: every column value, no legs, error log or raw record.
    Call call(quint32 r) const;
    /// Memory held, including pools, arena and the de-duplication index.
    size_t bytes() const;

private:
    quint64 hashKey(Provider p, QByteArrayView encodedId) const;
    qint64 findEncoded(Provider p, QByteArrayView encodedId, quint64 hash) const;
    qint64 findEncodedAfter(Provider p, QByteArrayView encodedId, quint64 hash, quint32 after) const;
    void setColumns(quint32 row, const BulkRow &values);
    void growIndex();
    void indexInsert(quint32 row, quint64 h);

    std::atomic<quint32> m_size{0};
    ChunkedColumn<quint8> m_provider, m_status, m_legs, m_errorLog;
    ChunkedColumn<quint16> m_flaws, m_direction, m_currency, m_codec, m_code, m_source, m_account;
    ChunkedColumn<quint32> m_cause, m_id, m_from, m_to, m_sip;
    ChunkedColumn<qint64> m_start;
    ChunkedColumn<float> m_duration, m_talk, m_billed, m_mos, m_jitter, m_loss, m_pdd;
    ChunkedColumn<double> m_cost;
    StringArena m_arena;
    InternPool m_directions, m_currencies, m_codecs, m_causes, m_codes, m_sources, m_accounts;
    // Open addressing over row numbers (+1; 0 = empty), keyed by hash(provider, id).
    std::vector<quint32> m_slots;
    quint32 m_count = 0;
    qint64 m_replaced = 0;
};

} // namespace cdr
