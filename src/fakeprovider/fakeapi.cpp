// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeapi.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cdr::fakeapi {

void Selection::filter(const std::function<bool(qint64)> &keep)
{
    filtered = true;
    for (qint64 i = lo; i < hi; ++i) {
        if (keep(i))
            indices.append(i);
    }
}

QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

Response errorReply(int status, const QJsonObject &body)
{
    Response r;
    r.status = status;
    r.body = json(body);
    return r;
}

QString apiId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QDateTime parseUtc(QString text)
{
    text = text.trimmed();
    text.replace(u'T', u' ');
    if (text.endsWith(u'Z'))
        text.chop(1);
    const int dot = int(text.indexOf(u'.'));
    if (dot > 0)
        text.truncate(dot);
    for (const auto fmt : {u"yyyy-MM-dd HH:mm:ss"_s, u"yyyy-MM-dd HH:mm"_s, u"yyyy-MM-dd"_s}) {
        QDateTime t = QDateTime::fromString(text, fmt);
        if (t.isValid()) {
            t.setTimeZone(QTimeZone::utc());
            return t;
        }
    }
    return {};
}

bool intParam(const QUrlQuery &q, const QString &key, qint64 def, qint64 *out)
{
    if (!q.hasQueryItem(key)) {
        *out = def;
        return true;
    }
    bool ok = false;
    *out = q.queryItemValue(key).toLongLong(&ok);
    return ok;
}

QString queryValue(const QUrlQuery &q, const QString &key)
{
    return q.queryItemValue(key, QUrl::FullyDecoded);
}

QJsonValue pageLink(QUrl base, QUrlQuery query, const QList<QPair<QString, QString>> &set)
{
    for (const auto &[key, value] : set)
        query.removeAllQueryItems(key);
    for (const auto &[key, value] : set)
        query.addQueryItem(key, value);
    base.setQuery(query);
    return QJsonValue(base.toString());
}

} // namespace cdr::fakeapi
