// SPDX-License-Identifier: GPL-3.0-or-later
#include "transferguard.h"

#include "retrypolicy.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QTimer>

namespace cdr {

namespace {

// The messages reach the user as the service's own (failed(), warning()): same context.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cdr::TransferGuard", text, disambiguation, n);
}

constexpr char kAbortReason[] = "cdrAbortReason";

} // namespace

void TransferGuard::arm(QNetworkReply *reply, int requestTimeoutMs, qint64 maxBytes)
{
    const auto abortWith = [reply](const char *reason) {
        if (reply->isRunning()) {
            reply->setProperty(kAbortReason, QByteArray(reason));
            reply->abort();
        }
    };
    // The total timeout: a body that drips a byte at a time never trips the idle timer.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, reply, [abortWith] { abortWith("total"); });
    deadline->start(requestTimeoutMs);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, maxBytes, abortWith] {
        reply->setProperty("cdrHeaders", true);
        const QVariant len = reply->header(QNetworkRequest::ContentLengthHeader);
        if (len.isValid() && len.toLongLong() > maxBytes)
            abortWith("oversize");
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes, abortWith](qint64 received, qint64) {
        reply->setProperty("cdrBytes", received);
        if (received > maxBytes)
            abortWith("oversize");
    });
}

bool TransferGuard::wasOversize(const QNetworkReply *reply)
{
    return reply->property(kAbortReason).toByteArray() == "oversize";
}

bool TransferGuard::redirectAllowed(const QUrl &from, const QUrl &target)
{
    const bool httpScheme = target.scheme() == u"http" || target.scheme() == u"https";
    const bool sameHost = target.host().compare(from.host(), Qt::CaseInsensitive) == 0;
    const bool samePort = effectivePort(target) == effectivePort(from)
                          || (from.scheme() == u"http" && target.scheme() == u"https" && target.port(443) == 443);
    const bool downgrade = from.scheme() == u"https" && target.scheme() == u"http";
    return target.isValid() && httpScheme && sameHost && samePort && !downgrade;
}

TransferGuard::Failure TransferGuard::explain(const QNetworkReply *reply, int status, const QString &label, const QUrl &url,
                                              int transferTimeoutMs, int requestTimeoutMs, const QString &detail)
{
    const QNetworkReply::NetworkError error = reply->error();
    const QByteArray abortReason = reply->property(kAbortReason).toByteArray();
    const bool gotHeaders = status != 0 || reply->property("cdrHeaders").toBool();
    const qint64 bytes = reply->property("cdrBytes").toLongLong();
    QString why;
    if (abortReason == "total") {
        why = tr("timed out: the response took longer than %1 (%2 bytes received)")
                  .arg(formatDuration(requestTimeoutMs)).arg(bytes);
    } else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        // Nothing here aborts without a reason but the idle (transfer) timeout.
        why = gotHeaders ? tr("timed out waiting for the rest of the response: no data for %1 after %2 bytes (HTTP %3)")
                               .arg(formatDuration(transferTimeoutMs)).arg(bytes).arg(status)
                         : tr("timed out waiting for the response headers (%1)").arg(formatDuration(transferTimeoutMs));
    } else if (error == QNetworkReply::HostNotFoundError) {
        return Failure{false, 0,
                       tr("%1: could not find the host \"%2\" (DNS lookup failed); check the base URL and the network.")
                           .arg(label, url.host())};
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        return Failure{false, 0, tr("%1: the TLS handshake with %2 failed: %3").arg(label, hostPort(url), detail)};
    } else if (error == QNetworkReply::ConnectionRefusedError) {
        why = tr("connection refused by %1").arg(hostPort(url));
    } else if (error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::TemporaryNetworkFailureError
               || error == QNetworkReply::NetworkSessionFailedError || error == QNetworkReply::UnknownNetworkError
               || (error >= QNetworkReply::ProxyConnectionRefusedError && error <= QNetworkReply::UnknownProxyError)) {
        why = gotHeaders ? tr("the transfer broke off after %1 bytes (HTTP %2): %3").arg(bytes).arg(status).arg(detail)
                         : tr("the connection to %1 failed before an answer: %2").arg(hostPort(url), detail);
    } else {
        // A decompression bomb, an unreadable encoding, a broken HTTP message: the server sends
        // the same thing again, so report it once.
        const bool bomb = reply->errorString().startsWith(u"Decompression failed");
        return Failure{false, status,
                       bomb ? tr("%1: the response could not be read (HTTP %2): its compressed body inflates far beyond "
                                 "its size (a decompression bomb), so it was not unpacked.").arg(label).arg(status)
                            : tr("%1: the response could not be read (HTTP %2, after %3 bytes): %4")
                                  .arg(label).arg(status).arg(bytes).arg(detail)};
    }
    return Failure{true, status, why};
}

int TransferGuard::effectivePort(const QUrl &url) { return url.port(url.scheme() == u"https" ? 443 : 80); }

QString TransferGuard::shortUrl(const QUrl &url)
{
    QString s = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (s.size() > 100)
        s = s.left(97) + QStringLiteral("...");
    return s;
}

QString TransferGuard::hostPort(const QUrl &url) { return url.host() + u':' + QString::number(effectivePort(url)); }

QString TransferGuard::formatDuration(qint64 ms)
{
    if (ms >= RetryPolicy::kLongestServerDelayMs)
        return tr("more than a year");
    if (ms >= 2LL * 24 * 3600 * 1000)
        return tr("%n day(s)", nullptr, int(qRound64(double(ms) / (24 * 3600 * 1000))));
    if (ms >= 2LL * 3600 * 1000)
        return tr("%1 h").arg(qRound64(double(ms) / (3600 * 1000)));
    if (ms >= 2LL * 60 * 1000 && ms % 60000 == 0)
        return tr("%1 min").arg(ms / 60000);
    if (ms >= 2LL * 60 * 1000)
        return tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
    if (ms % 1000 == 0)
        return tr("%1 s").arg(ms / 1000);
    return tr("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', ms < 10000 ? 1 : 0));
}

} // namespace cdr
