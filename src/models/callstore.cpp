// SPDX-License-Identifier: GPL-3.0-or-later
#include "callstore.h"

#include <QHashFunctions>
#include <QTimeZone>

#include <cmath>
#include <cstring>

namespace cdr {

namespace {

float toFloat(double v)
{
    return std::isnan(v) ? std::numeric_limits<float>::quiet_NaN() : float(v);
}

} // namespace

CallStore::CallStore()
{
    m_slots.assign(1 << 12, 0);
}

// Hashes the arena form of the id (packed UUIDs), so a rehash reads the arena as it is.
quint64 CallStore::hashKey(Provider p, QByteArrayView encodedId) const
{
    return qHash(encodedId, size_t(p));
}

void CallStore::indexInsert(quint32 row, quint64 h)
{
    const size_t mask = m_slots.size() - 1;
    size_t i = size_t(h) & mask;
    while (m_slots[i])
        i = (i + 1) & mask;
    m_slots[i] = row + 1;
}

void CallStore::growIndex()
{
    std::vector<quint32> old;
    old.swap(m_slots);
    m_slots.assign(old.size() * 2, 0);
    QByteArray buf;
    for (quint32 v : old) {
        if (v)
            indexInsert(v - 1, hashKey(provider(v - 1), m_arena.raw(m_id[v - 1])));
    }
}

void CallStore::reserve(quint32 rows)
{
    size_t want = m_slots.size();
    while (want < size_t(rows) * 2)
        want *= 2;
    if (want > m_slots.size()) {
        while (m_slots.size() < want)
            growIndex();
    }
}

qint64 CallStore::find(Provider p, QByteArrayView id) const
{
    StringArena::Encoded e;
    return findEncoded(p, StringArena::encode(id, &e), hashKey(p, StringArena::encode(id, &e)));
}

qint64 CallStore::findEncoded(Provider p, QByteArrayView encoded, quint64 hash) const
{
    const size_t mask = m_slots.size() - 1;
    size_t i = size_t(hash) & mask;
    while (const quint32 v = m_slots[i]) {
        const quint32 r = v - 1;
        if (provider(r) == p && m_arena.raw(m_id[r]) == encoded)
            return r;
        i = (i + 1) & mask;
    }
    return -1;
}

// The next row after `after` in the probe sequence with the same (provider, id): the same id
// under another account.
qint64 CallStore::findEncodedAfter(Provider p, QByteArrayView encoded, quint64 hash, quint32 after) const
{
    const size_t mask = m_slots.size() - 1;
    size_t i = size_t(hash) & mask;
    bool passed = false;
    while (const quint32 v = m_slots[i]) {
        const quint32 r = v - 1;
        if (passed && provider(r) == p && m_arena.raw(m_id[r]) == encoded)
            return r;
        if (r == after)
            passed = true;
        i = (i + 1) & mask;
    }
    return -1;
}

qint64 CallStore::append(const BulkRow &row)
{
    StringArena::Encoded encodedId;
    const QByteArrayView id = StringArena::encode(row.id, &encodedId);
    const quint64 hash = hashKey(row.provider, id);
    const quint32 account = m_accounts.intern(row.account);
    // One CallKey (provider, account, id): a repeated call replaces the row it had, in place.
    for (qint64 at = findEncoded(row.provider, id, hash); at >= 0;) {
        if (m_account[quint32(at)] == quint16(account > 65535 ? 0 : account)) {
            setColumns(quint32(at), row);
            ++m_replaced;
            return -1;
        }
        at = findEncodedAfter(row.provider, id, hash, quint32(at));
    }
    const quint32 r = m_size.load(std::memory_order_relaxed);
    if (size_t(r) >= ChunkedColumn<quint8>::kChunk * ChunkedColumn<quint8>::kMaxChunks - 1)
        return -1;
    m_id.set(r, m_arena.addEncoded(id));
    setColumns(r, row);
    if (size_t(m_count + 1) * 2 > m_slots.size())
        growIndex();
    indexInsert(r, hash);
    ++m_count;
    m_size.store(r + 1, std::memory_order_release);
    return r;
}

void CallStore::setColumns(quint32 r, const BulkRow &row)
{
    m_provider.set(r, quint8(row.provider));
    m_status.set(r, quint8(row.status));
    m_legs.set(r, quint8(qMin<quint32>(row.legs, 255)));
    m_flaws.set(r, quint16(qMin<quint32>(row.flaws, 65535)));
    // Interned text beyond 65535 distinct values collapses to "" rather than overflow;
    // causes get 32 bits because NexBro's are free sentences.
    auto small = [](quint32 v) { return quint16(v > 65535 ? 0 : v); };
    m_direction.set(r, small(m_directions.intern(row.direction)));
    m_currency.set(r, small(m_currencies.intern(row.currency)));
    m_codec.set(r, small(m_codecs.intern(row.codec)));
    m_code.set(r, small(m_codes.intern(row.hangupCode)));
    m_source.set(r, small(m_sources.intern(row.hangupSource)));
    m_account.set(r, small(m_accounts.intern(row.account)));
    m_cause.set(r, m_causes.intern(row.hangupCause));
    m_from.set(r, m_arena.add(row.from));
    m_to.set(r, m_arena.add(row.to));
    m_sip.set(r, m_arena.add(row.sipCallId));
    m_start.set(r, row.startMs);
    m_duration.set(r, toFloat(row.durationS));
    m_talk.set(r, toFloat(row.talkS));
    m_billed.set(r, toFloat(row.billedS));
    m_cost.set(r, row.cost);
    m_mos.set(r, toFloat(row.mos));
    m_jitter.set(r, toFloat(row.jitterMs));
    m_loss.set(r, toFloat(row.packetLossPct));
    m_pdd.set(r, toFloat(row.postDialDelayMs));
    m_errorLog.set(r, row.errorLog);
}

Call CallStore::call(quint32 r) const
{
    auto opt = [](double v) { return std::isnan(v) ? std::nullopt : std::optional<double>(v); };
    Call c;
    c.provider = provider(r);
    c.status = status(r);
    c.id = id(r);
    c.account = m_accounts.at(m_account[r]);
    c.from = from(r);
    c.to = to(r);
    c.sipCallId = sipCallId(r);
    c.direction = m_directions.at(m_direction[r]);
    if (m_start[r] != BulkRow::kMissingTime)
        c.startTime = QDateTime::fromMSecsSinceEpoch(m_start[r], QTimeZone::utc());
    c.durationS = opt(m_duration[r]);
    c.talkS = opt(m_talk[r]);
    c.billedS = opt(m_billed[r]);
    c.cost = opt(m_cost[r]);
    c.currency = m_currencies.at(m_currency[r]);
    c.hangupCause = m_causes.at(m_cause[r]);
    c.hangupCode = m_codes.at(m_code[r]);
    c.hangupSource = m_sources.at(m_source[r]);
    c.codec = m_codecs.at(m_codec[r]);
    c.mos = opt(m_mos[r]);
    c.jitterMs = opt(m_jitter[r]);
    c.packetLossPct = opt(m_loss[r]);
    c.postDialDelayMs = opt(m_pdd[r]);
    return c;
}

size_t CallStore::bytes() const
{
    size_t b = m_provider.bytes() + m_status.bytes() + m_legs.bytes() + m_flaws.bytes() + m_direction.bytes()
        + m_currency.bytes() + m_codec.bytes() + m_code.bytes() + m_source.bytes() + m_account.bytes()
        + m_cause.bytes() + m_id.bytes() + m_from.bytes() + m_to.bytes() + m_sip.bytes() + m_start.bytes() + m_duration.bytes()
        + m_talk.bytes() + m_billed.bytes() + m_mos.bytes() + m_jitter.bytes() + m_loss.bytes() + m_cost.bytes()
        + m_pdd.bytes() + m_errorLog.bytes();
    b += m_arena.bytes();
    b += m_directions.bytes() + m_currencies.bytes() + m_codecs.bytes() + m_causes.bytes() + m_codes.bytes()
        + m_sources.bytes() + m_accounts.bytes();
    b += m_slots.capacity() * sizeof(quint32);
    return b;
}

} // namespace cdr
