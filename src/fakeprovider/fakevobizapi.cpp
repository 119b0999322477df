// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakevobizapi.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cdr {

using namespace fakeapi;

namespace {

// Vobiz's error envelope: a code, a message, when, and a request id. (A lookup of an unknown call
// answers a bare body instead; see handle().)
Response error(int status, const QString &code, const QString &message)
{
    return errorReply(status, {{u"status"_s, u"error"_s},
                               {u"error"_s, QJsonValue(QJsonObject{{u"code"_s, code}, {u"message"_s, message}})},
                               {u"timestamp"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                               {u"requestId"_s, QString(u"req_"_s + apiId().left(8))}});
}

} // namespace

Response FakeVobizApi::handle(const QHttpServerRequest &request, const QStringList &parts, bool ignorePaging) const
{
    Response r;
    if (request.value("X-Auth-ID") != m_credentials.vobizAuthId.toUtf8()
        || request.value("X-Auth-Token") != m_credentials.vobizToken.toUtf8() || parts[3] != m_credentials.vobizAuthId)
        return error(401, u"UNAUTHORIZED"_s, u"Invalid X-Auth-ID or X-Auth-Token"_s);
    const QUrlQuery q = request.query();
    const QString section = parts[4];

    if (section == u"Call") {
        if (parts.size() == 6) {
            const auto index = m_generator.indexForId(Provider::Vobiz, parts[5]);
            if (!index)
                return errorReply(404, {{u"error"_s, u"call not found"_s}, {u"call_uuid"_s, parts[5]}});
            QJsonObject o = m_generator.vobizVoiceApiRecord(*index);
            o.insert(u"api_id", apiId());
            r.body = json(o);
            return r;
        }
        qint64 limit = 0, offset = 0;
        if (!intParam(q, u"limit"_s, 20, &limit) || limit <= 0 || limit > 100)
            return error(400, u"VALIDATION_ERROR"_s, u"limit must be 1..100"_s);
        if (!intParam(q, u"offset"_s, 0, &offset) || offset < 0)
            return error(400, u"VALIDATION_ERROR"_s, u"offset must be >= 0"_s);
        const qint64 total = m_generator.callCount();
        QJsonArray objects;
        for (qint64 i = offset; i < std::min(total, offset + limit); ++i)
            objects.append(m_generator.vobizVoiceApiRecord(total - 1 - i)); // newest first
        const QString next = u"/api/v1/Account/%1/Call/?limit=%2&offset=%3"_s.arg(parts[3]).arg(limit).arg(offset + limit);
        r.body = json({{u"api_id"_s, apiId()},
                       {u"meta"_s, QJsonObject{{u"limit"_s, limit}, {u"offset"_s, offset}, {u"total_count"_s, total},
                                               {u"previous"_s, QJsonValue(QJsonValue::Null)},
                                               {u"next"_s, offset + limit < total ? QJsonValue(next) : QJsonValue(QJsonValue::Null)}}},
                       {u"objects"_s, objects}});
        return r;
    }
    if (section != u"cdr")
        return error(404, u"NOT_FOUND"_s, u"no such endpoint"_s);

    const QString sub = parts.size() >= 6 ? parts[5] : QString();
    if (!sub.isEmpty() && sub != u"search" && sub != u"recent" && sub != u"export") {
        const auto index = m_generator.indexForId(Provider::Vobiz, sub);
        if (!index)
            return errorReply(404, {{u"api_id"_s, apiId()}, {u"error"_s, u"CDR not found"_s}});
        r.body = json({{u"data"_s, m_generator.record(Provider::Vobiz, *index)}, {u"success"_s, true}});
        return r;
    }
    if (sub == u"recent") {
        qint64 limit = 0;
        if (!intParam(q, u"limit"_s, 20, &limit) || limit <= 0 || limit > 1000)
            return error(400, u"VALIDATION_ERROR"_s, u"limit must be 1..1000"_s);
        QJsonArray data;
        const qint64 total = m_generator.callCount();
        for (qint64 i = 0; i < std::min(limit, total); ++i)
            data.append(m_generator.record(Provider::Vobiz, total - 1 - i));
        r.body = json({{u"account_id"_s, parts[3]}, {u"count"_s, data.size()}, {u"data"_s, data}, {u"success"_s, true}});
        return r;
    }

    // list, search, export share the filters
    Selection sel;
    sel.lo = 0;
    sel.hi = m_generator.callCount();
    const bool hasStart = q.hasQueryItem(u"start_date"_s), hasEnd = q.hasQueryItem(u"end_date"_s);
    if (hasStart != hasEnd)
        return error(400, u"VALIDATION_ERROR"_s, u"start_date and end_date must be given together"_s);
    if (hasStart) {
        const QDate s = QDate::fromString(queryValue(q, u"start_date"_s), Qt::ISODate);
        const QDate e = QDate::fromString(queryValue(q, u"end_date"_s), Qt::ISODate);
        if (!s.isValid() || !e.isValid())
            return error(400, u"VALIDATION_ERROR"_s, u"dates must be YYYY-MM-DD"_s);
        sel.lo = m_generator.firstIndexAtOrAfter(Provider::Vobiz, QDateTime(s, QTime(0, 0), QTimeZone::utc()));
        sel.hi = std::max(sel.lo, m_generator.firstIndexAtOrAfter(Provider::Vobiz, QDateTime(e.addDays(1), QTime(0, 0), QTimeZone::utc())));
    }
    const QString direction = queryValue(q, u"call_direction"_s);
    const QString fromNumber = queryValue(q, u"from_number"_s);
    const QString toNumber = queryValue(q, u"to_number"_s);
    qint64 minDuration = -1;
    if (!intParam(q, u"min_duration"_s, -1, &minDuration))
        return error(400, u"VALIDATION_ERROR"_s, u"min_duration must be an integer"_s);
    if (!direction.isEmpty() || !fromNumber.isEmpty() || !toNumber.isEmpty() || minDuration >= 0) {
        sel.filter([&](qint64 i) {
            const QJsonObject o = m_generator.record(Provider::Vobiz, i);
            return (direction.isEmpty() || o.value(u"call_direction").toString() == direction)
                   && (fromNumber.isEmpty() || o.value(u"caller_id_number").toString().contains(fromNumber))
                   && (toNumber.isEmpty() || o.value(u"destination_number").toString().contains(toNumber))
                   && (minDuration < 0 || o.value(u"duration").toInteger() >= minDuration);
        });
    }

    if (sub == u"export") {
        if (request.value("Accept").contains("application/json"))
            return error(406, u"NOT_ACCEPTABLE"_s, u"the export endpoint answers text/csv"_s);
        static const QStringList columns{u"uuid"_s, u"account_id"_s, u"call_direction"_s, u"caller_id_name"_s,
                                         u"caller_id_number"_s, u"destination_number"_s, u"duration"_s, u"billsec"_s,
                                         u"ring_time"_s, u"start_time"_s, u"answer_time"_s, u"end_time"_s, u"total_cost"_s,
                                         u"currency"_s, u"hangup_cause"_s, u"hangup_cause_code"_s, u"hangup_cause_name"_s,
                                         u"hangup_source"_s, u"codec"_s, u"mos"_s, u"jitter"_s, u"packet_loss"_s,
                                         u"sip_call_id"_s};
        QByteArray csv = columns.join(u',').toUtf8() + "\r\n";
        for (qint64 i = 0; i < sel.size(); ++i) {
            const QJsonObject o = m_generator.record(Provider::Vobiz, sel.at(i));
            QStringList fields;
            for (const QString &c : columns) {
                const QJsonValue v = o.value(c);
                QString s = v.isDouble() ? QString::number(v.toDouble()) : v.isNull() ? QString() : v.toString();
                if (s.contains(u',') || s.contains(u'"'))
                    s = u'"' + s.replace(u"\""_s, u"\"\""_s) + u'"';
                fields.append(s);
            }
            csv += fields.join(u',').toUtf8() + "\r\n";
        }
        r.contentType = "text/csv";
        r.headers.append(qMakePair(QByteArray("Content-Disposition"), QByteArray("attachment; filename=cdrs.csv")));
        r.body = csv;
        return r;
    }

    qint64 page = 0, perPage = 0;
    if (!intParam(q, u"page"_s, 1, &page) || page < 1)
        return error(400, u"VALIDATION_ERROR"_s, u"page must be >= 1"_s);
    if (ignorePaging)
        page = 1;
    if (!intParam(q, u"per_page"_s, 20, &perPage) || perPage < 1 || perPage > 100)
        return error(400, u"VALIDATION_ERROR"_s, u"per_page must be 1..100"_s);
    const qint64 total = sel.size();
    const qint64 pages = (total + perPage - 1) / perPage;
    QJsonArray data;
    for (qint64 i = (page - 1) * perPage; i < std::min(total, page * perPage); ++i)
        data.append(m_generator.record(Provider::Vobiz, sel.at(i)));
    // The summary covers the whole filtered set; computed from the generator's truth.
    qint64 answered = 0, durationSum = 0, billSum = 0, lastMs = 0;
    double cost = 0;
    const qint64 summaryLimit = 200000; // beyond that, summarize a prefix (documented quirk of the fake)
    for (qint64 i = 0; i < std::min(total, summaryLimit); ++i) {
        const auto t = m_generator.truth(Provider::Vobiz, sel.at(i));
        durationSum += qint64(std::llround((t.endMs - t.startMs) / 1000.0));
        if (t.status == CallStatus::Answered) {
            ++answered;
            billSum += qint64(t.talkS);
            cost += std::round(((qint64(t.talkS) + 59) / 60) * 0.45 * 100) / 100;
        }
        lastMs = std::max(lastMs, t.startMs);
    }
    const QJsonObject summary{
        {u"totalCalls"_s, total},
        {u"answeredCalls"_s, answered},
        {u"answerRate"_s, total ? std::round(answered * 1000.0 / total) / 10 : 0.0},
        {u"avgCallDuration"_s, u"%1s"_s.arg(total ? durationSum / total : 0)},
        {u"total_duration_seconds"_s, durationSum},
        {u"total_billable_seconds"_s, billSum},
        {u"total_cost"_s, std::round(cost * 100) / 100},
        {u"last_call_at"_s, lastMs ? QJsonValue(QDateTime::fromMSecsSinceEpoch(lastMs, Qt::UTC).toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
    };
    QJsonObject envelope{
        {u"account_id"_s, parts[3]},
        {u"count"_s, data.size()},
        {u"data"_s, data},
        {u"pagination"_s, QJsonObject{{u"page"_s, page}, {u"per_page"_s, perPage}, {u"total"_s, total}, {u"pages"_s, pages},
                                       {u"has_next"_s, page < pages}, {u"has_prev"_s, page > 1}}},
        {u"summary"_s, summary},
        {u"success"_s, true},
    };
    if (sub == u"search") {
        envelope.insert(u"filters", QJsonObject{{u"call_direction"_s, direction}, {u"from_number"_s, fromNumber},
                                                {u"hangup_cause"_s, QString()}, {u"to_number"_s, toNumber}});
    }
    r.body = json(envelope);
    return r;
}

} // namespace cdr
