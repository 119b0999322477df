// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakecarrierxapi.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cdr {

using namespace fakeapi;

namespace {

// CarrierX's error body: the message, and the offending field in `errors` when there is one.
Response error(int status, const QString &message, const QString &field = QString())
{
    QJsonArray errors;
    if (!field.isEmpty())
        errors.append(QJsonValue(QJsonObject{{u"field"_s, field}, {u"message"_s, message}}));
    return errorReply(status, {{u"message"_s, message}, {u"errors"_s, errors}});
}

} // namespace

Response FakeCarrierXApi::handle(const QHttpServerRequest &request, const QStringList &parts, bool ignorePaging) const
{
    Response r;
    if (request.value("Authorization") != "Bearer " + m_credentials.carrierxToken.toUtf8())
        return error(401, u"Bad credentials"_s);
    if (parts.size() == 5) {
        const auto index = m_generator.indexForId(Provider::CarrierX, parts[4]);
        if (!index)
            return error(404, u"Cannot find item by SID"_s);
        r.body = json(m_generator.record(Provider::CarrierX, *index));
        return r;
    }
    if (parts.size() != 4)
        return error(404, u"Not Found"_s);

    const QUrlQuery q = request.query();
    qint64 limit = 0, offset = 0;
    if (!intParam(q, u"limit"_s, 10, &limit) || limit < 0 || limit > 1000)
        return error(400, u"limit must be between 0 and 1000"_s, u"limit"_s);
    if (!intParam(q, u"offset"_s, 0, &offset) || offset < 0)
        return error(400, u"offset must be >= 0"_s, u"offset"_s);
    // Under the "stuck" fault the cursor is ignored: the first page, with has_more, forever.
    const QString after = ignorePaging ? QString() : queryValue(q, u"after"_s), before = queryValue(q, u"before"_s);
    if (q.hasQueryItem(u"offset"_s) && (!after.isEmpty() || !before.isEmpty()))
        return error(400, u"offset cannot be combined with after or before"_s, u"offset"_s);

    Selection sel;
    sel.lo = 0;
    sel.hi = m_generator.callCount();
    QString direction, src, dst;
    const QString filter = queryValue(q, u"filter"_s).trimmed();
    if (!filter.isEmpty()) {
        static const QRegularExpression andSplit(u"\\s+and\\s+"_s, QRegularExpression::CaseInsensitiveOption);
        for (const QString &clause : filter.split(andSplit)) {
            const QStringList t = clause.trimmed().split(u' ', Qt::SkipEmptyParts);
            if (t.size() != 3)
                return error(400, u"cannot parse filter \"%1\""_s.arg(clause), u"filter"_s);
            QString value = t[2];
            if (value.size() >= 2 && (value.startsWith(u'\'') || value.startsWith(u'"')))
                value = value.mid(1, value.size() - 2);
            const QString attr = t[0], op = t[1].toLower();
            if (attr == u"date_stop" || attr == u"date_start") {
                const QDateTime at = parseUtc(value);
                if (!at.isValid())
                    return error(400, u"bad date \"%1\""_s.arg(value), u"filter"_s);
                const qint64 idx = m_generator.firstIndexAtOrAfter(Provider::CarrierX, at);
                const qint64 idxAfter = m_generator.firstIndexAtOrAfter(Provider::CarrierX, at.addMSecs(1));
                if (op == u"ge") sel.lo = std::max(sel.lo, idx);
                else if (op == u"gt") sel.lo = std::max(sel.lo, idxAfter);
                else if (op == u"lt") sel.hi = std::min(sel.hi, idx);
                else if (op == u"le") sel.hi = std::min(sel.hi, idxAfter);
                else return error(400, u"unsupported operator \"%1\""_s.arg(op), u"filter"_s);
            } else if (op == u"eq" && attr == u"direction") {
                direction = value;
            } else if (op == u"eq" && attr == u"number_src") {
                src = value;
            } else if (op == u"eq" && attr == u"number_dst") {
                dst = value;
            } else {
                return error(400, u"unsupported filter \"%1\""_s.arg(clause), u"filter"_s);
            }
        }
        sel.hi = std::max(sel.lo, sel.hi);
    }
    if (!direction.isEmpty() || !src.isEmpty() || !dst.isEmpty()) {
        sel.filter([&](qint64 i) {
            const QJsonObject o = m_generator.record(Provider::CarrierX, i);
            return (direction.isEmpty() || o.value(u"direction").toString() == direction)
                   && (src.isEmpty() || o.value(u"number_src").toString() == src)
                   && (dst.isEmpty() || o.value(u"number_dst").toString() == dst);
        });
    }
    const QString order = queryValue(q, u"order"_s).trimmed().toLower();
    if (!order.isEmpty() && order != u"date_stop asc" && order != u"date_stop" && order != u"date_stop+asc"
        && order != u"date_stop desc" && order != u"date_stop+desc")
        return error(400, u"unsupported order \"%1\""_s.arg(order), u"order"_s);
    sel.descending = order.endsWith(u"desc");

    const qint64 total = sel.size();
    qint64 first = offset, last = total; // [first, last) positions in the selection
    const auto positionOf = [&](const QString &sid) -> std::optional<qint64> {
        const auto idx = m_generator.indexForId(Provider::CarrierX, sid);
        if (!idx)
            return std::nullopt;
        // Binary search the position of a generator index in the ordered selection.
        qint64 lo = 0, hi = total;
        while (lo < hi) {
            const qint64 mid = (lo + hi) / 2;
            const qint64 v = sel.at(mid);
            if (sel.descending ? v > *idx : v < *idx)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    };
    if (!after.isEmpty()) {
        const auto pos = positionOf(after);
        if (!pos)
            return error(404, u"Cannot find item by SID"_s, u"after"_s);
        const bool present = *pos < total && sel.at(*pos) == *m_generator.indexForId(Provider::CarrierX, after);
        first = *pos + (present ? 1 : 0);
    } else if (!before.isEmpty()) {
        const auto pos = positionOf(before);
        if (!pos)
            return error(404, u"Cannot find item by SID"_s, u"before"_s);
        last = *pos;
        first = std::max<qint64>(0, last - limit);
    }
    QJsonArray items;
    const qint64 end = std::min(last, first + limit);
    for (qint64 i = first; i < end; ++i)
        items.append(m_generator.record(Provider::CarrierX, sel.at(i)));
    const bool hasMore = end < last;
    r.body = json({{u"count"_s, items.size()}, {u"has_more"_s, hasMore}, {u"items"_s, items}, {u"limit"_s, limit},
                   {u"offset"_s, offset}, {u"total"_s, total}});
    return r;
}

} // namespace cdr
