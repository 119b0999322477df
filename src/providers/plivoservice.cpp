// SPDX-License-Identifier: GPL-3.0-or-later
#include "plivoservice.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace cdr {

PlivoService::PlivoService(Config config, QNetworkAccessManager *network, QObject *parent)
    : ProviderService(Provider::Plivo, std::move(config), network, parent)
{
}

void PlivoService::applyAuth(QNetworkRequest &request) const
{
    const QByteArray pair = config().accountId.toUtf8() + ':' + config().secret.toUtf8();
    request.setRawHeader("Authorization", "Basic " + pair.toBase64());
}

QUrl PlivoService::singleCallUrl(const QString &id, int) const
{
    return endpoint(u"/v1/Account/" + config().accountId + u"/Call/" + QString::fromLatin1(QUrl::toPercentEncoding(id)) + u'/');
}

QUrl PlivoService::listUrl(const Window &window, qint64 page, const QString &) const
{
    QUrl url = endpoint(u"/v1/Account/" + config().accountId + u"/Call/");
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(pageSize()));
    q.addQueryItem(QStringLiteral("offset"), QString::number(page * pageSize()));
    // end_time filters are in UTC; end_time has whole seconds, so [since, until-1s] is exact.
    q.addQueryItem(QStringLiteral("end_time__gte"), utcText(window.since));
    q.addQueryItem(QStringLiteral("end_time__lte"), utcText(window.until.addSecs(-1)));
    if (!query().direction.isEmpty())
        q.addQueryItem(QStringLiteral("call_direction"), query().direction);
    if (!query().fromNumber.isEmpty())
        q.addQueryItem(QStringLiteral("from_number"), QString(query().fromNumber).replace(u'+', u"%2B"_s));
    if (!query().toNumber.isEmpty())
        q.addQueryItem(QStringLiteral("to_number"), QString(query().toNumber).replace(u'+', u"%2B"_s));
    url.setQuery(q);
    return url;
}

QList<ProviderService::Window> PlivoService::planWindows(const FetchQuery &query, QStringList *warnings,
                                                         QString *error) const
{
    QList<Window> base = ProviderService::planWindows(query, warnings, error);
    if (base.isEmpty())
        return {};
    QDateTime since = base.first().since;
    const QDateTime until = base.first().until;
    // A few minutes inside the limit, so the request is still valid when it arrives.
    const QDateTime earliest = QDateTime::currentDateTimeUtc().addDays(-kRetentionDays).addSecs(300);
    if (since < earliest) {
        if (until <= earliest) {
            *error = QCoreApplication::translate("cdr::PlivoService",
                                                 "Plivo keeps only the last %1 days of call records; the range "
                                                 "%2 to %3 is older than that.")
                         .arg(kRetentionDays).arg(since.toString(Qt::ISODate), until.toString(Qt::ISODate));
            return {};
        }
        warnings->append(QCoreApplication::translate("cdr::PlivoService",
                                                     "Plivo keeps only the last %1 days of call records; fetching "
                                                     "from %2 instead of %3.")
                             .arg(kRetentionDays).arg(earliest.toString(Qt::ISODate), since.toString(Qt::ISODate)));
        since = earliest;
    }
    QList<Window> windows;
    for (QDateTime s = since; s < until;) {
        const QDateTime e = std::min(s.addDays(kMaxWindowDays), until);
        windows.append(Window{s, e});
        s = e;
    }
    return windows;
}

} // namespace cdr
