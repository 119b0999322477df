// SPDX-License-Identifier: GPL-3.0-or-later
#include "carrierxservice.h"

#include <QUrlQuery>

namespace cdr {

CarrierXService::CarrierXService(Config config, QNetworkAccessManager *network, QObject *parent)
    : ProviderService(Provider::CarrierX, std::move(config), network, parent)
{
}

void CarrierXService::applyAuth(QNetworkRequest &request) const
{
    request.setRawHeader("Authorization", "Bearer " + config().secret.toUtf8());
}

QUrl CarrierXService::singleCallUrl(const QString &id, int) const
{
    return endpoint(u"/calls/call_drs/" + QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

QUrl CarrierXService::listUrl(const Window &window, qint64, const QString &cursor) const
{
    QUrl url = endpoint(QStringLiteral("/calls/call_drs"));
    QString filter = u"date_stop ge " + utcText(window.since, true) + u" and date_stop lt " + utcText(window.until, true);
    if (!query().direction.isEmpty())
        filter += u" and direction eq " + query().direction;
    if (!query().fromNumber.isEmpty())
        filter += u" and number_src eq " + query().fromNumber;
    if (!query().toNumber.isEmpty())
        filter += u" and number_dst eq " + query().toNumber;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(pageSize()));
    q.addQueryItem(QStringLiteral("order"), QStringLiteral("date_stop asc"));
    q.addQueryItem(QStringLiteral("filter"), filter);
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("after"), cursor);
    url.setQuery(q);
    return url;
}

} // namespace cdr
