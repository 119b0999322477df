// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkrow.h"

#include "errorlogmetrics.h"

#include <QJsonDocument>

namespace cdr {

quint8 errorLogBits(const Call &call)
{
    if (call.errorLog.isEmpty())
        return 0;
    const ErrorLogMetrics m = ErrorLogMetrics::compute(call);
    return quint8((m.hasLog ? BulkRow::kLogHasFlaws : 0) | (m.sustained ? BulkRow::kLogSustained : 0));
}

const BulkRow &BulkRowBuffer::set(const Call &call, bool withRaw)
{
    const QString *sources[11] = { &call.id, &call.account, &call.from, &call.to,
                                   &call.direction, &call.currency, &call.hangupCause,
                                   &call.hangupCode, &call.hangupSource, &call.codec, &call.sipCallId };
    for (int i = 0; i < 11; ++i)
        m_strings[i] = sources[i]->toUtf8();
    BulkRow r;
    r.provider = call.provider;
    r.status = call.status;
    r.id = m_strings[0];
    r.account = m_strings[1];
    r.from = m_strings[2];
    r.to = m_strings[3];
    r.direction = m_strings[4];
    r.currency = m_strings[5];
    r.hangupCause = m_strings[6];
    r.hangupCode = m_strings[7];
    r.hangupSource = m_strings[8];
    r.codec = m_strings[9];
    r.sipCallId = m_strings[10];
    r.startMs = call.startTime.isValid() ? call.startTime.toMSecsSinceEpoch() : BulkRow::kMissingTime;
    r.durationS = bulkValue(call.durationS);
    r.talkS = bulkValue(call.talkS);
    r.billedS = bulkValue(call.billedS);
    r.cost = bulkValue(call.cost);
    r.mos = bulkValue(call.mos);
    r.jitterMs = bulkValue(call.jitterMs);
    r.packetLossPct = bulkValue(call.packetLossPct);
    r.legs = quint32(call.legs.size());
    quint32 flaws = 0;
    for (const ErrorInterval &e : call.errorLog)
        flaws += quint32(qMax(0, e.flaws));
    r.flaws = flaws;
    r.postDialDelayMs = bulkValue(call.postDialDelayMs);
    r.errorLog = errorLogBits(call);
    if (withRaw && !call.raw.isEmpty()) {
        m_raw = call.raw;
        r.raw = m_raw;
    } else {
        m_raw.clear();
    }
    m_row = r;
    return m_row;
}

bool BulkSink::addCall(const Call &call)
{
    BulkRowBuffer buffer;
    return addRow(buffer.set(call, wantsRaw()));
}

} // namespace cdr

namespace cdr {

bool BulkSink::wantsRaw() const
{
    return false;
}

} // namespace cdr
