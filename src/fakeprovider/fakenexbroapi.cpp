// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakenexbroapi.h"

#include <QHttpServerRequest>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cdr {

using namespace fakeapi;

namespace {

// NexBro's (Laravel's) error body: the message alone.
Response error(int status, const QString &message)
{
    return errorReply(status, {{u"message"_s, message}});
}

} // namespace

Response FakeNexBroApi::handle(const QHttpServerRequest &request, const QStringList &parts, bool ignorePaging) const
{
    Response r;
    const QByteArray key = request.value("X-API-KEY");
    if (key.isEmpty() || key != m_credentials.nexbroKey.toUtf8())
        return error(401, u"Unauthenticated."_s);
    // parts: admin api nexbro v1 [call] call-detail-record(s) [uuid]
    QStringList rest = parts.mid(4);
    bool withCall = false;
    if (!rest.isEmpty() && rest.first() == u"call") {
        withCall = true;
        rest.removeFirst();
    }
    if (rest.size() == 2 && rest[0] == u"call-detail-record") {
        if ((withCall && !m_withCall) || (!withCall && !m_withoutCall))
            return error(404, u"Not Found"_s);
        const auto index = m_generator.indexForId(Provider::NexBro, rest[1]);
        if (!index)
            return error(404, u"The call history cannot be found or is not available yet."_s);
        r.body = json({{u"message"_s, u"Success."_s}, {u"data"_s, m_generator.record(Provider::NexBro, *index)}});
        return r;
    }
    if (rest.size() != 1 || rest[0] != u"call-detail-records")
        return error(404, u"Not Found"_s);

    const QUrlQuery q = request.query();
    qint64 perPage = 0, page = 0;
    if (!intParam(q, u"per_page"_s, 15, &perPage) || perPage < 1 || perPage > 100)
        return error(422, u"The per page must not be greater than 100."_s);
    if (!intParam(q, u"page"_s, 1, &page) || page < 1)
        return error(422, u"The page must be at least 1."_s);
    if (ignorePaging)
        page = 1;
    Selection sel;
    sel.lo = 0;
    sel.hi = m_generator.callCount();
    if (q.hasQueryItem(u"from"_s)) {
        const QDateTime t = parseUtc(queryValue(q, u"from"_s));
        if (!t.isValid())
            return error(422, u"The from is not a valid date."_s);
        sel.lo = m_generator.firstIndexAtOrAfter(Provider::NexBro, t);
    }
    if (q.hasQueryItem(u"to"_s)) {
        const QDateTime t = parseUtc(queryValue(q, u"to"_s));
        if (!t.isValid())
            return error(422, u"The to is not a valid date."_s);
        sel.hi = m_generator.firstIndexAtOrAfter(Provider::NexBro, t.addSecs(1)); // inclusive, whole seconds
    }
    sel.hi = std::max(sel.lo, sel.hi);
    QString direction = queryValue(q, u"call_direction[0]"_s);
    if (!direction.isEmpty()) {
        sel.filter([&](qint64 i) {
            return m_generator.record(Provider::NexBro, i).value(u"direction").toString() == direction;
        });
    }
    sel.descending = queryValue(q, u"direction"_s) == u"desc";
    const qint64 total = sel.size();
    const qint64 lastPage = std::max<qint64>(1, (total + perPage - 1) / perPage);
    QJsonArray items;
    const qint64 first = (page - 1) * perPage;
    for (qint64 i = first; i < std::min(total, page * perPage); ++i) {
        QJsonObject o = m_generator.record(Provider::NexBro, sel.at(i));
        // List items name the id xml_cdr_uuid (FusionPBX's column), unlike the single CDR.
        o.insert(u"xml_cdr_uuid", o.take(u"call_uuid"));
        items.append(o);
    }
    const QUrl self = request.url();
    const auto pageUrl = [&](qint64 p) { return pageLink(self, q, {{u"page"_s, QString::number(p)}}); };
    const QJsonObject data{
        {u"current_page"_s, page},
        {u"data"_s, items},
        {u"first_page_url"_s, pageUrl(1)},
        {u"from"_s, items.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(first + 1)},
        {u"last_page"_s, lastPage},
        {u"last_page_url"_s, pageUrl(lastPage)},
        {u"next_page_url"_s, page < lastPage ? pageUrl(page + 1) : QJsonValue(QJsonValue::Null)},
        {u"path"_s, self.path()},
        {u"per_page"_s, perPage},
        {u"prev_page_url"_s, page > 1 ? pageUrl(page - 1) : QJsonValue(QJsonValue::Null)},
        {u"to"_s, items.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(first + items.size())},
        {u"total"_s, total},
    };
    r.body = json({{u"message"_s, u"Success."_s}, {u"data"_s, data}});
    return r;
}

} // namespace cdr
