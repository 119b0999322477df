// SPDX-License-Identifier: GPL-3.0-or-later
#include "nexbroservice.h"

#include <QUrlQuery>

namespace cdr {

NexBroService::NexBroService(Config config, QNetworkAccessManager *network, QObject *parent)
    : ProviderService(Provider::NexBro, std::move(config), network, parent)
{
}

void NexBroService::applyAuth(QNetworkRequest &request) const
{
    request.setRawHeader("X-API-KEY", config().secret.toUtf8());
}

QUrl NexBroService::singleCallUrl(const QString &id, int variant) const
{
    const QString enc = QString::fromLatin1(QUrl::toPercentEncoding(id));
    return endpoint(variant == 1 ? QString(u"/admin/api/nexbro/v1/call-detail-record/" + enc)
                                 : QString(u"/admin/api/nexbro/v1/call/call-detail-record/" + enc));
}

QUrl NexBroService::listUrl(const Window &window, qint64 page, const QString &) const
{
    QUrl url = endpoint(QStringLiteral("/admin/api/nexbro/v1/call/call-detail-records"));
    const auto local = [this](const QDateTime &t) {
        return t.toTimeZone(config().zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("from"), local(window.since));
    q.addQueryItem(QStringLiteral("to"), local(window.until.addSecs(-1)));
    q.addQueryItem(QStringLiteral("per_page"), QString::number(pageSize()));
    q.addQueryItem(QStringLiteral("page"), QString::number(page + 1));
    if (!query().direction.isEmpty())
        q.addQueryItem(QStringLiteral("call_direction[0]"), query().direction);
    url.setQuery(q);
    return url;
}

} // namespace cdr
