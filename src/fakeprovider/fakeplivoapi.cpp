// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeplivoapi.h"

#include <QHttpServerRequest>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cdr {

using namespace fakeapi;

namespace {

// Plivo's error body: the request id and the message.
Response error(int status, const QString &message)
{
    return errorReply(status, {{u"api_id"_s, apiId()}, {u"error"_s, message}});
}

} // namespace

Response FakePlivoApi::handle(const QHttpServerRequest &request, const QStringList &parts, bool ignorePaging) const
{
    Response r;
    const QByteArray auth = request.value("Authorization");
    const QByteArray expected = "Basic " + QByteArray(m_credentials.plivoAuthId.toUtf8() + ':' + m_credentials.plivoToken.toUtf8()).toBase64();
    if (auth != expected || parts[2] != m_credentials.plivoAuthId)
        return error(401, u"Authentication credentials invalid"_s);

    const QString authId = parts[2];
    if (parts.size() == 5) {
        const auto index = m_generator.indexForId(Provider::Plivo, parts[4]);
        if (!index)
            return error(404, u"not found"_s);
        QJsonObject o = m_generator.record(Provider::Plivo, *index);
        o.insert(u"api_id", apiId());
        r.body = json(o);
        return r;
    }
    if (parts.size() != 4)
        return error(404, u"not found"_s);

    const QUrlQuery q = request.query();
    qint64 limit = 0, offset = 0;
    if (!intParam(q, u"limit"_s, 20, &limit) || limit <= 0 || limit > 20)
        return error(400, u"limit should be between 1 and 20"_s);
    if (!intParam(q, u"offset"_s, 0, &offset) || offset < 0)
        return error(400, u"offset should be >= 0"_s);
    if (ignorePaging)
        offset = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime from = now.addDays(-7), to = now;
    for (const auto &[key, isLower] : {std::pair{u"end_time__gte"_s, true}, std::pair{u"end_time__gt"_s, true},
                                       std::pair{u"end_time__lte"_s, false}, std::pair{u"end_time__lt"_s, false}}) {
        if (!q.hasQueryItem(key))
            continue;
        const QDateTime t = parseUtc(queryValue(q, key));
        if (!t.isValid())
            return error(400, u"%1: expected YYYY-MM-DD HH:MM[:ss]"_s.arg(key));
        if (isLower)
            from = key.endsWith(u"gt") ? t.addMSecs(1) : t;
        else
            to = key.endsWith(u"lte") ? t.addMSecs(999) : t.addMSecs(-1);
    }
    if (from < now.addDays(-90))
        return error(400, u"end_time filter is older than 90 days: only the last 90 days can be retrieved"_s);
    if (from.daysTo(to) > 30 || from.msecsTo(to) > 30LL * 86400 * 1000)
        return error(400, u"the end_time range cannot exceed 30 days"_s);

    Selection sel;
    sel.lo = m_generator.firstIndexAtOrAfter(Provider::Plivo, from);
    sel.hi = std::max(sel.lo, m_generator.firstIndexAtOrAfter(Provider::Plivo, to.addMSecs(1)));
    sel.descending = true; // newest first
    const QString direction = queryValue(q, u"call_direction"_s);
    const QString fromNumber = queryValue(q, u"from_number"_s);
    const QString toNumber = queryValue(q, u"to_number"_s);
    if (!direction.isEmpty() || !fromNumber.isEmpty() || !toNumber.isEmpty()) {
        sel.filter([&](qint64 i) {
            const QJsonObject o = m_generator.record(Provider::Plivo, i);
            return (direction.isEmpty() || o.value(u"call_direction").toString() == direction)
                   && (fromNumber.isEmpty() || o.value(u"from_number").toString().startsWith(fromNumber))
                   && (toNumber.isEmpty() || o.value(u"to_number").toString().startsWith(toNumber));
        });
    }
    const qint64 total = sel.size();
    QJsonArray objects;
    for (qint64 i = offset; i < std::min(total, offset + limit); ++i)
        objects.append(m_generator.record(Provider::Plivo, sel.at(i)));
    QUrl self;
    self.setPath(u"/v1/Account/"_s + authId + u"/Call/"_s);
    const auto pageUrl = [&](qint64 off) {
        return pageLink(self, q, {{u"limit"_s, QString::number(limit)}, {u"offset"_s, QString::number(off)}});
    };
    const QJsonObject meta{
        {u"limit"_s, limit},
        {u"offset"_s, offset},
        {u"total_count"_s, total},
        {u"next"_s, offset + limit < total ? pageUrl(offset + limit) : QJsonValue(QJsonValue::Null)},
        {u"previous"_s, offset > 0 ? pageUrl(std::max<qint64>(0, offset - limit)) : QJsonValue(QJsonValue::Null)},
    };
    r.body = json({{u"api_id"_s, apiId()}, {u"meta"_s, meta}, {u"objects"_s, objects}});
    return r;
}

} // namespace cdr
