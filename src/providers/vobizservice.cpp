// SPDX-License-Identifier: GPL-3.0-or-later
#include "vobizservice.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace cdr {

VobizService::VobizService(Config config, QNetworkAccessManager *network, QObject *parent)
    : ProviderService(Provider::Vobiz, std::move(config), network, parent)
{
}

void VobizService::applyAuth(QNetworkRequest &request) const
{
    request.setRawHeader("X-Auth-ID", config().accountId.toUtf8());
    request.setRawHeader("X-Auth-Token", config().secret.toUtf8());
}

QUrl VobizService::singleCallUrl(const QString &id, int variant) const
{
    const QString enc = QString::fromLatin1(QUrl::toPercentEncoding(id));
    if (variant == 1)
        return endpoint(u"/api/v1/Account/" + config().accountId + u"/Call/" + enc + u'/');
    return endpoint(u"/api/v1/Account/" + config().accountId + u"/cdr/" + enc);
}

QUrlQuery VobizService::filterQuery(const Window &window, const FetchQuery &query) const
{
    QUrlQuery q;
    // Whole days only (YYYY-MM-DD, both required); end_date is inclusive.
    q.addQueryItem(QStringLiteral("start_date"), window.since.toUTC().date().toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("end_date"), window.until.toUTC().addMSecs(-1).date().toString(Qt::ISODate));
    if (!query.direction.isEmpty())
        q.addQueryItem(QStringLiteral("call_direction"), query.direction);
    if (!query.fromNumber.isEmpty())
        q.addQueryItem(QStringLiteral("from_number"), QString(query.fromNumber).replace(u'+', u"%2B"_s));
    if (!query.toNumber.isEmpty())
        q.addQueryItem(QStringLiteral("to_number"), QString(query.toNumber).replace(u'+', u"%2B"_s));
    if (query.minDurationS >= 0)
        q.addQueryItem(QStringLiteral("min_duration"), QString::number(query.minDurationS));
    return q;
}

QUrl VobizService::listUrl(const Window &window, qint64 page, const QString &) const
{
    const bool search = !query().fromNumber.isEmpty() || !query().toNumber.isEmpty();
    QUrl url = endpoint(u"/api/v1/Account/" + config().accountId + (search ? u"/cdr/search"_s : u"/cdr"_s));
    QUrlQuery q = filterQuery(window, query());
    q.addQueryItem(QStringLiteral("page"), QString::number(page + 1));
    q.addQueryItem(QStringLiteral("per_page"), QString::number(pageSize()));
    url.setQuery(q);
    return url;
}

void VobizService::fetchRecent(int limit)
{
    QUrl url = endpoint(u"/api/v1/Account/" + config().accountId + u"/cdr/recent");
    url.setQuery(QUrlQuery{{QStringLiteral("limit"), QString::number(limit)}});
    runOneShot(url, true);
}

void VobizService::exportCsv(const FetchQuery &query)
{
    QUrl url = endpoint(u"/api/v1/Account/" + config().accountId + u"/cdr/export");
    url.setQuery(filterQuery(Window{query.since, query.until}, query));
    // The export answers text/csv; an Accept: application/json header makes it fail.
    runOneShot(url, false);
}

} // namespace cdr
