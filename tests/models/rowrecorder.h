// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: a BulkSink that keeps owned copies of the rows it receives, and a comparison
// of a row against the Call RecordParser made of the same record.

#include <core/bulkrow.h>

#include <QList>
#include <QStringList>

#include <cmath>

namespace testutil {

struct OwnedRow
{
    cdr::Provider provider;
    cdr::CallStatus status;
    QByteArray id, account, from, to, direction, currency, cause, code, source, codec, raw;
    qint64 startMs;
    double duration, talk, billed, cost, mos, jitter, loss;
    quint32 legs, flaws;

    static OwnedRow of(const cdr::BulkRow &r)
    {
        return { r.provider, r.status, r.id.toByteArray(), r.account.toByteArray(), r.from.toByteArray(),
                 r.to.toByteArray(), r.direction.toByteArray(), r.currency.toByteArray(),
                 r.hangupCause.toByteArray(), r.hangupCode.toByteArray(), r.hangupSource.toByteArray(),
                 r.codec.toByteArray(), r.raw.toByteArray(), r.startMs, r.durationS, r.talkS, r.billedS, r.cost,
                 r.mos, r.jitterMs, r.packetLossPct, r.legs, r.flaws };
    }
};

class RowRecorder : public cdr::BulkSink
{
public:
    explicit RowRecorder(bool raw = false) : m_raw(raw) {}
    bool addRow(const cdr::BulkRow &row) override
    {
        rows.append(OwnedRow::of(row));
        return true;
    }
    bool addCall(const cdr::Call &call) override
    {
        ++calls;
        return cdr::BulkSink::addCall(call);
    }
    bool wantsRaw() const override { return m_raw; }
    QList<OwnedRow> rows;
    int calls = 0;

private:
    bool m_raw;
};

inline bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

/// Empty when equal, else the names of the fields that differ with both values.
inline QStringList differences(const OwnedRow &r, const cdr::BulkRow &c)
{
    QStringList d;
    auto text = [&](const char *name, const QByteArray &a, QByteArrayView b) {
        if (a != b)
            d << QStringLiteral("%1: '%2' vs '%3'").arg(QLatin1String(name), QString::fromUtf8(a), QString::fromUtf8(b));
    };
    auto num = [&](const char *name, double a, double b) {
        if (!sameNumber(a, b))
            d << QStringLiteral("%1: %2 vs %3").arg(QLatin1String(name)).arg(a, 0, 'g', 17).arg(b, 0, 'g', 17);
    };
    if (r.provider != c.provider)
        d << QStringLiteral("provider");
    if (r.status != c.status)
        d << QStringLiteral("status: %1 vs %2").arg(int(r.status)).arg(int(c.status));
    text("id", r.id, c.id);
    text("account", r.account, c.account);
    text("from", r.from, c.from);
    text("to", r.to, c.to);
    text("direction", r.direction, c.direction);
    text("currency", r.currency, c.currency);
    text("cause", r.cause, c.hangupCause);
    text("code", r.code, c.hangupCode);
    text("source", r.source, c.hangupSource);
    text("codec", r.codec, c.codec);
    if (r.startMs != c.startMs)
        d << QStringLiteral("start: %1 vs %2").arg(r.startMs).arg(c.startMs);
    num("duration", r.duration, c.durationS);
    num("talk", r.talk, c.talkS);
    num("billed", r.billed, c.billedS);
    num("cost", r.cost, c.cost);
    num("mos", r.mos, c.mos);
    num("jitter", r.jitter, c.jitterMs);
    num("loss", r.loss, c.packetLossPct);
    if (r.legs != c.legs)
        d << QStringLiteral("legs %1 vs %2").arg(r.legs).arg(c.legs);
    if (r.flaws != c.flaws)
        d << QStringLiteral("flaws %1 vs %2").arg(r.flaws).arg(c.flaws);
    return d;
}

} // namespace testutil
