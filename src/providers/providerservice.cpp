// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerservice.h"

#include "providerslogging.h"

#include <core/recordparser.h>

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace cdr {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("cdr::ProviderService", text); }

// A monotonic clock shared by all services (the limiter's time base).
qint64 monotonicMs()
{
    static QElapsedTimer clock = [] { QElapsedTimer t; t.start(); return t; }();
    return clock.elapsed();
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

int effectivePort(const QUrl &url) { return url.port(url.scheme() == u"https" ? 443 : 80); }

// A URL for a message: no user info or query, and not endless (a data: URL carries its payload).
QString shortUrl(const QUrl &url)
{
    QString s = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (s.size() > 100)
        s = s.left(97) + QStringLiteral("...");
    return s;
}

QString hostPort(const QUrl &url) { return url.host() + u':' + QString::number(effectivePort(url)); }

// "0.4 s", "30 s", "15 min", "7 days": short and exact enough for a message.
QString formatDuration(qint64 ms)
{
    if (ms >= RetryPolicy::kLongestServerDelayMs)
        return tr("more than a year");
    if (ms >= 2LL * 24 * 3600 * 1000)
        return tr("%1 days").arg(qRound64(double(ms) / (24 * 3600 * 1000)));
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

// Totals beyond this (2^53, where doubles stop counting exactly) are not believed.
constexpr qint64 kMaxTrustedTotal = qint64(1) << 53;
// Consecutive pages of nothing new after which an offset walk is declared stuck.
constexpr int kStalePageLimit = 3;
constexpr int kMaxRedirects = 5;
constexpr char kAbortReason[] = "cdrAbortReason";

} // namespace

ProviderService::ProviderService(Provider provider, Config config, QNetworkAccessManager *network,
                                 QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_config(std::move(config))
    , m_network(network)
    , m_random(std::random_device{}())
{
    qRegisterMetaType<cdr::FetchProgress>();
    qRegisterMetaType<cdr::FetchError>();
    qRegisterMetaType<QList<cdr::Call>>();
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &ProviderService::pump);
    // At least 4 progress reports a second while a run waits on the rate limit or a retry.
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_running)
            emitProgress();
        else
            m_progressTimer.stop();
    });
}

ProviderService::~ProviderService()
{
    ++m_generation;
    stopNetwork();
}

qint64 ProviderService::nowMs() const { return monotonicMs(); }

QString ProviderService::providerLabel() const { return providerDisplayName(m_provider); }

int ProviderService::pageSize() const
{
    const int max = maxPageSize();
    return m_config.pageSize > 0 ? std::min(m_config.pageSize, max) : max;
}

QUrl ProviderService::endpoint(const QString &path) const
{
    QUrl url = documentedBase();
    if (m_config.baseUrl.isValid() && !m_config.baseUrl.host().isEmpty()) {
        url.setScheme(m_config.baseUrl.scheme());
        url.setHost(m_config.baseUrl.host());
        url.setPort(m_config.baseUrl.port());
    }
    url.setPath(url.path() + path);
    return url;
}

QString ProviderService::utcText(const QDateTime &t, bool isoT)
{
    return t.toUTC().toString(isoT ? QStringLiteral("yyyy-MM-ddTHH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QList<ProviderService::Window> ProviderService::planWindows(const FetchQuery &query, QStringList *, QString *error) const
{
    if (!query.since.isValid() || !query.until.isValid() || query.since >= query.until) {
        *error = tr("%1: the time range is empty or invalid.").arg(providerLabel());
        return {};
    }
    return {Window{query.since.toUTC(), query.until.toUTC()}};
}

void ProviderService::beginRun()
{
    ++m_generation;
    m_running = true;
    m_runStartMs = nowMs();
    m_queue.clear();
    m_pagesStartedRun = 0;
    m_capReached = false;
    m_waitCapWarned = false;
    // Everything the requests will carry, so no message can echo any spelling of it.
    QNetworkRequest probe;
    applyAuth(probe);
    QList<QByteArray> sent;
    for (const QByteArray &name : probe.rawHeaderList())
        sent.append(probe.rawHeader(name));
    m_scrubber = SecretScrubber();
    m_scrubber.addCredential(m_config.accountId, m_config.secret, sent);
    const auto limit = m_config.rateRequests < 0 ? documentedRateLimit()
                                                 : std::pair<int, qint64>{m_config.rateRequests, m_config.rateWindowMs};
    if (m_limiter.requests() != limit.first || m_limiter.windowMs() != limit.second)
        m_limiter.setLimit(limit.first, limit.second);
    m_progressTimer.start();
    Q_EMIT started();
}

void ProviderService::resetRun(Mode mode)
{
    // A new run (not a resume) forgets everything of the last one.
    if (m_running)
        cancel();
    m_mode = mode;
    m_warnings.clear();
    m_seen.clear();
    m_notFound.clear();
    m_callsDelivered = 0;
    m_pagesDoneTotal = 0;
    m_retries = 0;
    m_totalWarned = false;
}

void ProviderService::fetchCalls(const QStringList &ids)
{
    resetRun(Mode::Singles);
    m_canResume = false;
    m_pendingIds = ids;
    m_pendingIds.removeDuplicates();
    m_query = {};
    m_query.maxCalls = -1;
    beginRun();
    for (const QString &id : std::as_const(m_pendingIds)) {
        PageRequest r;
        r.kind = PageRequest::Kind::Single;
        r.callId = id;
        r.url = singleCallUrl(id, 0);
        enqueue(r);
    }
    maybeFinish();
    pump();
}

void ProviderService::listCalls(const FetchQuery &query)
{
    resetRun(Mode::Walk);
    m_query = query;
    QString error;
    QStringList planned;
    m_windows = planWindows(query, &planned, &error);
    beginRun();
    for (const QString &w : std::as_const(planned))
        emitWarning(w);
    if (m_windows.isEmpty()) {
        fail(FetchError::Kind::BadRequest, 0, error.isEmpty() ? tr("%1: nothing to fetch.").arg(providerLabel()) : error);
        m_canResume = false;
        return;
    }
    m_windowIndex = 0;
    startWindow();
}

void ProviderService::runOneShot(const QUrl &url, bool acceptJson)
{
    resetRun(Mode::OneShot);
    m_canResume = false;
    beginRun();
    PageRequest r;
    r.kind = PageRequest::Kind::OneShot;
    r.url = url;
    r.acceptJson = acceptJson;
    enqueue(r);
    pump();
}

void ProviderService::startWindow()
{
    if (m_windowIndex >= m_windows.size()) {
        m_running = false;
        m_canResume = false;
        emitProgress();
        Q_EMIT finished();
        return;
    }
    m_windowTotal = -1;
    m_windowPages = -1;
    m_pagesDone.clear();
    m_contiguousDone = 0;
    m_nextFanOut = 0;
    m_nextSequentialPage = 0;
    m_cursor.clear();
    m_cursorsSeen.clear();
    m_stalePages = 0;
    m_windowExhausted = false;
    if (!enqueuePage(0)) {
        fail(FetchError::Kind::Protocol, 0,
             tr("%1: stopped after %2 pages, the limit for one run; resume to continue, or fetch a shorter range.")
                 .arg(providerLabel()).arg(m_pagesStartedRun), true);
        return;
    }
    pump();
}

bool ProviderService::canResume() const { return !m_running && m_canResume && m_mode == Mode::Walk; }

void ProviderService::resume()
{
    if (!canResume())
        return;
    m_warnings.clear();
    beginRun();
    if (m_windowIndex >= m_windows.size()) {
        startWindow();
        return;
    }
    if (scheme() == Scheme::Cursor) {
        enqueuePage(m_pagesDone.size(), m_cursor);
    } else if (m_windowPages >= 0) {
        while (m_pagesDone.contains(m_contiguousDone))
            ++m_contiguousDone;
        if (m_contiguousDone >= m_windowPages) {
            ++m_windowIndex;
            startWindow();
            return;
        }
        m_nextFanOut = m_contiguousDone;
        fillFanOut();
    } else {
        enqueuePage(m_nextSequentialPage);
    }
    pump();
}

QJsonObject ProviderService::saveState() const
{
    QJsonArray done;
    for (qint64 p : m_pagesDone)
        done.append(p);
    return QJsonObject{
        {QStringLiteral("provider"), providerName(m_provider)},
        {QStringLiteral("since"), m_query.since.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("until"), m_query.until.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("direction"), m_query.direction},
        {QStringLiteral("from"), m_query.fromNumber},
        {QStringLiteral("to"), m_query.toNumber},
        {QStringLiteral("minDuration"), m_query.minDurationS},
        {QStringLiteral("maxCalls"), m_query.maxCalls},
        {QStringLiteral("window"), m_windowIndex},
        {QStringLiteral("windowPages"), m_windowPages},
        {QStringLiteral("windowTotal"), m_windowTotal},
        {QStringLiteral("pagesDone"), done},
        {QStringLiteral("nextPage"), m_nextSequentialPage},
        {QStringLiteral("cursor"), m_cursor},
        {QStringLiteral("delivered"), m_callsDelivered},
    };
}

bool ProviderService::restoreState(const QJsonObject &s)
{
    if (m_running || s.value(u"provider").toString() != providerName(m_provider))
        return false;
    // The state comes from a file: every number is read without a float-to-integer conversion
    // out of range (toInteger() gives the default instead), and checked before it is used.
    const auto integer = [&s](QStringView key, qint64 def) { return s.value(key).toInteger(def); };
    FetchQuery q;
    q.since = QDateTime::fromString(s.value(u"since").toString(), Qt::ISODateWithMs);
    q.until = QDateTime::fromString(s.value(u"until").toString(), Qt::ISODateWithMs);
    q.direction = s.value(u"direction").toString();
    q.fromNumber = s.value(u"from").toString();
    q.toNumber = s.value(u"to").toString();
    q.minDurationS = s.value(u"minDuration").toInt(-1);
    q.maxCalls = integer(u"maxCalls", -1);
    const qint64 window = integer(u"window", -1);
    const qint64 windowPages = integer(u"windowPages", -2);
    const qint64 windowTotal = integer(u"windowTotal", -2);
    const qint64 nextPage = integer(u"nextPage", -1);
    const qint64 delivered = integer(u"delivered", -1);
    QSet<qint64> pagesDone;
    for (const QJsonValue &v : s.value(u"pagesDone").toArray()) {
        const qint64 page = v.toInteger(-1);
        if (page < 0 || (windowPages >= 0 && page >= windowPages))
            return false;
        pagesDone.insert(page);
    }
    QStringList warnings;
    QString error;
    const QList<Window> windows = planWindows(q, &warnings, &error);
    if (windows.isEmpty() || window < 0 || window > windows.size() || windowPages < -1 || windowPages > kMaxTrustedTotal
        || windowTotal < -1 || windowTotal > kMaxTrustedTotal || nextPage < 0 || delivered < 0 || q.maxCalls < -1)
        return false;
    m_mode = Mode::Walk;
    m_query = q;
    m_windows = windows;
    m_windowIndex = int(window);
    m_windowPages = windowPages;
    m_windowTotal = windowTotal;
    m_pagesDone = pagesDone;
    m_contiguousDone = 0;
    m_nextFanOut = 0;
    m_cursorsSeen.clear();
    m_stalePages = 0;
    m_nextSequentialPage = nextPage;
    m_cursor = s.value(u"cursor").toString();
    m_callsDelivered = delivered;
    m_seen.clear();
    m_canResume = true;
    return true;
}

void ProviderService::enqueue(PageRequest request)
{
    request.generation = m_generation;
    m_queue.append(request);
}

bool ProviderService::enqueuePage(qint64 page, const QString &cursor)
{
    if (m_pagesStartedRun >= m_config.maxPagesPerRun) {
        m_capReached = true;
        return false;
    }
    ++m_pagesStartedRun;
    PageRequest r;
    r.kind = PageRequest::Kind::List;
    r.page = page;
    r.cursor = cursor;
    r.url = listUrl(m_windows.at(m_windowIndex), page, cursor);
    enqueue(r);
    return true;
}

void ProviderService::fillFanOut()
{
    // Never queue from the total: a page claiming 10^12 calls must not become 5*10^10 requests.
    if (m_mode != Mode::Walk || scheme() == Scheme::Cursor || m_windowPages < 0)
        return;
    const int limit = std::max(1, m_config.maxInFlight);
    while (m_queue.size() + m_inFlight.size() + m_parsing < limit && m_nextFanOut < m_windowPages) {
        const qint64 page = m_nextFanOut;
        if (!m_pagesDone.contains(page) && !enqueuePage(page))
            return;
        ++m_nextFanOut;
    }
}

void ProviderService::pump()
{
    if (!m_running || !m_network)
        return;
    const int maxInFlight = scheme() == Scheme::Cursor && m_mode == Mode::Walk ? 1 : std::max(1, m_config.maxInFlight);
    while (m_inFlight.size() < maxInFlight && !m_queue.isEmpty()) {
        const qint64 now = nowMs();
        const qint64 wait = m_limiter.delayMs(now);
        if (wait > 0) {
            if (!m_pumpTimer.isActive() || m_pumpTimer.remainingTime() > wait)
                m_pumpTimer.start(int(std::min<qint64>(wait, 24 * 3600 * 1000)));
            return;
        }
        m_limiter.consume(now);
        send(m_queue.takeFirst());
    }
}

void ProviderService::send(PageRequest request)
{
    QNetworkRequest req(request.url);
    // The idle timeout: no byte for this long, while waiting for the headers or in the body.
    req.setTransferTimeout(m_config.transferTimeoutMs);
    // Redirects are followed by hand, and only to the configured host (onRedirect).
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("cdr-inspector"));
    if (request.acceptJson)
        req.setRawHeader("Accept", "application/json");
    applyAuth(req);
    qCDebug(lcProviders) << providerLabel() << "GET" << request.url.toString(QUrl::RemoveUserInfo)
                         << "retry" << request.retries;
    QNetworkReply *reply = m_network->get(req);
    m_inFlight.insert(reply, request);
    const qint64 maxBytes = m_config.maxBodyBytes;
    const auto abortWith = [reply](const char *reason) {
        if (reply->isRunning()) {
            reply->setProperty(kAbortReason, QByteArray(reason));
            reply->abort();
        }
    };
    // The total timeout: a body that drips a byte at a time never trips the idle timer.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [abortWith] { abortWith("total"); });
    deadline->start(m_config.requestTimeoutMs);
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, maxBytes, abortWith] {
        reply->setProperty("cdrHeaders", true);
        const QVariant len = reply->header(QNetworkRequest::ContentLengthHeader);
        if (len.isValid() && len.toLongLong() > maxBytes)
            abortWith("oversize");
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes, abortWith](qint64 received, qint64) {
        reply->setProperty("cdrBytes", received);
        if (received > maxBytes)
            abortWith("oversize");
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, request] { onReplyFinished(reply, request); });
}

void ProviderService::onReplyFinished(QNetworkReply *reply, PageRequest request)
{
    m_limiter.release(nowMs());
    m_inFlight.remove(reply);
    reply->deleteLater();
    if (request.generation != m_generation || !m_running)
        return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString label = providerLabel();

    if (reply->property(kAbortReason).toByteArray() == "oversize") {
        fail(FetchError::Kind::Protocol, status,
             tr("%1 sent a response larger than %2 MB; stopped reading it.").arg(label).arg(m_config.maxBodyBytes / (1024 * 1024)));
        return;
    }
    // A transfer that failed is reported as such, even when a status line had arrived: a
    // broken body must not pass for an empty or garbled one. Error statuses (>= 400) carry a
    // network error too; those are judged by their status below.
    if (reply->error() != QNetworkReply::NoError && status < 400) {
        onTransferFailed(reply, request, status);
        return;
    }

    if (isRedirect(status)) {
        onRedirect(reply, request, status);
        return;
    }

    if (status == 401 || status == 403) {
        fail(FetchError::Kind::Auth, status,
             tr("%1 refused access (HTTP %2): the credentials are wrong or expired, or this machine's IP "
                "address is not on the key's whitelist.").arg(label).arg(status));
        return;
    }

    if (status == 404 && request.kind == PageRequest::Kind::Single) {
        if (hasSingleFallback() && request.singleVariant == 0) {
            PageRequest next = request;
            next.singleVariant = 1;
            next.url = singleCallUrl(request.callId, 1);
            m_queue.prepend(next);
            pump();
            return;
        }
        const QString msg = tr("%1: call %2: not found, or not available yet.").arg(label, request.callId);
        m_notFound.append(request.callId);
        m_pendingIds.removeAll(request.callId);
        emitWarning(msg);
        maybeFinish();
        pump();
        return;
    }
    if (status == 404 && request.kind == PageRequest::Kind::List) {
        fail(FetchError::Kind::NotFound, status,
             tr("%1: page %2 of the call list was not found (HTTP 404); %3 calls arrived before it, and the walk can "
                "be resumed.").arg(label).arg(request.page + 1).arg(m_callsDelivered), true);
        return;
    }

    if (RetryPolicy::isRetryableStatus(status)) {
        retryOrGiveUp(request, status, tr("HTTP %1").arg(status),
                      RetryPolicy::serverDelayMs(reply->rawHeader("Retry-After"), reply->rawHeader("X-RateLimit-Reset"),
                                                 QDateTime::currentDateTimeUtc()));
        return;
    }

    const QByteArray body = reply->readAll();
    if (status >= 400) {
        fail(FetchError::Kind::BadRequest, status,
             tr("%1 rejected the request (HTTP %2): %3").arg(label).arg(status).arg(bodyExcerpt(body)));
        return;
    }
    if (body.size() > m_config.maxBodyBytes) {
        fail(FetchError::Kind::Protocol, status, tr("%1 sent an oversize response.").arg(label));
        return;
    }
    // An HTML page (a proxy, a login portal, a wrong base URL) is no API answer; retrying it
    // only repeats it.
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    if (contentType.contains("html") || body.trimmed().startsWith('<')) {
        static const QRegularExpression titleRe(QStringLiteral("<title[^>]*>([^<]{1,200})</title>"),
                                                QRegularExpression::CaseInsensitiveOption);
        const QString title = titleRe.match(QString::fromUtf8(body.left(64 * 1024))).captured(1).simplified().left(80);
        fail(FetchError::Kind::Protocol, status,
             tr("%1: not an API response: %2 answered HTTP %3 with an HTML page%4. Check the base URL, or a proxy or "
                "login portal in the way.")
                 .arg(label, hostPort(request.url)).arg(status)
                 .arg(title.isEmpty() ? QString() : tr(" (\"%1\")").arg(title)));
        return;
    }

    // Parse on the thread pool; the watcher is a child, so nothing comes back to a dead service.
    ParseOptions options;
    options.provider = m_provider;
    options.zone = m_config.zone;
    options.account = m_config.accountId;
    const QString source = request.url.path();
    auto *watcher = new QFutureWatcher<ParseResult>(this);
    ++m_parsing;
    const int generation = m_generation;
    connect(watcher, &QFutureWatcher<ParseResult>::finished, this, [this, watcher, request, generation] {
        watcher->deleteLater();
        if (generation != m_generation || !m_running)
            return; // stopNetwork() already reset the counter
        --m_parsing;
        onParsed(request, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([body, options, source] {
        return RecordParser::parse(body, options, source);
    }));
}

void ProviderService::onTransferFailed(QNetworkReply *reply, const PageRequest &request, int status)
{
    const QString label = providerLabel();
    const QNetworkReply::NetworkError error = reply->error();
    const QByteArray abortReason = reply->property(kAbortReason).toByteArray();
    const bool gotHeaders = status != 0 || reply->property("cdrHeaders").toBool();
    const qint64 bytes = reply->property("cdrBytes").toLongLong();
    const QString detail = scrub(reply->errorString());
    QString why;
    if (abortReason == "total") {
        why = tr("timed out: the response took longer than %1 (%2 bytes received)")
                  .arg(formatDuration(m_config.requestTimeoutMs)).arg(bytes);
    } else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        // Nothing here aborts without a reason but the idle (transfer) timeout.
        why = gotHeaders ? tr("timed out waiting for the rest of the response: no data for %1 after %2 bytes (HTTP %3)")
                               .arg(formatDuration(m_config.transferTimeoutMs)).arg(bytes).arg(status)
                         : tr("timed out waiting for the response headers (%1)").arg(formatDuration(m_config.transferTimeoutMs));
    } else if (error == QNetworkReply::HostNotFoundError) {
        fail(FetchError::Kind::Network, 0,
             tr("%1: could not find the host \"%2\" (DNS lookup failed); check the base URL and the network.")
                 .arg(label, request.url.host()));
        return;
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        fail(FetchError::Kind::Network, 0,
             tr("%1: the TLS handshake with %2 failed: %3").arg(label, hostPort(request.url), detail));
        return;
    } else if (error == QNetworkReply::ConnectionRefusedError) {
        why = tr("connection refused by %1").arg(hostPort(request.url));
    } else if (error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::TemporaryNetworkFailureError
               || error == QNetworkReply::NetworkSessionFailedError || error == QNetworkReply::UnknownNetworkError
               || (error >= QNetworkReply::ProxyConnectionRefusedError && error <= QNetworkReply::UnknownProxyError)) {
        why = gotHeaders ? tr("the transfer broke off after %1 bytes (HTTP %2): %3").arg(bytes).arg(status).arg(detail)
                         : tr("the connection to %1 failed before an answer: %2").arg(hostPort(request.url), detail);
    } else {
        // A decompression bomb, an unreadable encoding, a broken HTTP message: the server sends
        // the same thing again, so report it once.
        const bool bomb = reply->errorString().startsWith(u"Decompression failed");
        fail(FetchError::Kind::Network, status,
             bomb ? tr("%1: the response could not be read (HTTP %2): its compressed body inflates far beyond its "
                       "size (a decompression bomb), so it was not unpacked.").arg(label).arg(status)
                  : tr("%1: the response could not be read (HTTP %2, after %3 bytes): %4")
                        .arg(label).arg(status).arg(bytes).arg(detail));
        return;
    }
    retryOrGiveUp(request, status, why);
}

void ProviderService::onRedirect(QNetworkReply *reply, const PageRequest &request, int status)
{
    const QString label = providerLabel();
    QUrl target = QUrl::fromEncoded(reply->rawHeader("Location"));
    if (target.isEmpty())
        target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    target = request.url.resolved(target);
    // Only the configured host, over http(s), and never from https down to http: anything
    // else could read local files (file:), inject data (data:) or carry the credential away.
    const QUrl &from = request.url;
    const bool httpScheme = target.scheme() == u"http" || target.scheme() == u"https";
    const bool sameHost = target.host().compare(from.host(), Qt::CaseInsensitive) == 0;
    const bool samePort = effectivePort(target) == effectivePort(from)
                          || (from.scheme() == u"http" && target.scheme() == u"https" && target.port(443) == 443);
    const bool downgrade = from.scheme() == u"https" && target.scheme() == u"http";
    if (!target.isValid() || !httpScheme || !sameHost || !samePort || downgrade) {
        fail(FetchError::Kind::Protocol, status,
             tr("%1: redirected to %2 (HTTP %3), which is not the configured host %4 over http(s); not followed.")
                 .arg(label, target.isValid() ? shortUrl(target) : tr("an invalid address")).arg(status).arg(hostPort(from)));
        return;
    }
    if (request.redirects >= kMaxRedirects) {
        fail(FetchError::Kind::Protocol, status,
             tr("%1: too many redirects (%2), the last to %3.").arg(label).arg(request.redirects).arg(shortUrl(target)));
        return;
    }
    PageRequest next = request;
    next.url = target;
    ++next.redirects;
    m_queue.prepend(next);
    pump();
}

void ProviderService::retryOrGiveUp(const PageRequest &request, int status, const QString &why,
                                    std::optional<qint64> serverWaitMs)
{
    const QString label = providerLabel();
    if (request.retries >= m_config.retry.maxRetries) {
        fail(FetchError::Kind::RetriesExhausted, status,
             tr("%1: gave up after %2 attempts (%3).").arg(label).arg(request.retries + 1).arg(why));
        return;
    }
    std::uniform_real_distribution<double> unit(0, 1);
    qint64 wait = m_config.retry.backoffMs(request.retries + 1, unit(m_random));
    if (serverWaitMs) {
        wait = *serverWaitMs;
        if (wait > m_config.retry.maxServerWaitMs) {
            if (!m_waitCapWarned) {
                m_waitCapWarned = true;
                emitWarning(tr("%1 asked to wait %2 before retrying (%3); waiting %4 instead, the cap for one wait.")
                                .arg(label, formatDuration(wait), why, formatDuration(m_config.retry.maxServerWaitMs)));
            }
            wait = m_config.retry.maxServerWaitMs;
        }
        if (status == 429)
            m_limiter.pauseUntil(nowMs() + wait); // the limit is per account, not per request
    }
    retryLater(request, wait, why);
}

void ProviderService::retryLater(PageRequest request, qint64 delayMs, const QString &why)
{
    ++m_retries;
    ++request.retries;
    request.redirects = 0;
    qCInfo(lcProviders).noquote() << providerLabel() << "retrying" << request.url.path() << "in" << delayMs
                                  << "ms:" << scrub(why);
    const int generation = m_generation;
    ++m_parsing; // counts as outstanding work so the run does not finish meanwhile
    QTimer::singleShot(int(std::min<qint64>(delayMs, 24 * 3600 * 1000)), this, [this, request, generation] {
        if (generation != m_generation || !m_running)
            return;
        --m_parsing;
        m_queue.prepend(request);
        pump();
    });
    emitProgress();
}

void ProviderService::onParsed(const PageRequest &request, const ParseResult &result)
{
    const QString label = providerLabel();
    if (!result.ok()) {
        if (result.apiError) {
            fail(FetchError::Kind::BadRequest, 200, tr("%1 returned an error: %2").arg(label, result.error));
            return;
        }
        // A garbled body on a clean transfer: a proxy may have cut it, so it is worth another try.
        retryOrGiveUp(request, 200, tr("unreadable response: %1").arg(result.error));
        return;
    }
    // Valid JSON of the wrong shape must not pass for "no calls here": no paging field, no
    // call with an id, and records the parser could not read. (A bare empty list is a
    // legitimate end.)
    const bool anyCall = std::any_of(result.calls.cbegin(), result.calls.cend(), [](const Call &c) { return !c.id.isEmpty(); });
    if (request.kind == PageRequest::Kind::List && !result.hasMore && !result.totalCount && !anyCall
        && !result.warnings.isEmpty()) {
        fail(FetchError::Kind::Protocol, 200,
             tr("%1: not a call list: the answer to %2 has none of the paging fields of a %1 call list%3.")
                 .arg(label, request.url.path(),
                      result.warnings.isEmpty() ? QString() : tr(" (%1)").arg(result.warnings.first().left(200))));
        return;
    }
    if (request.kind == PageRequest::Kind::Single && !anyCall) {
        fail(FetchError::Kind::Protocol, 200,
             tr("%1: the answer for call %2 holds no call record%3.")
                 .arg(label, request.callId,
                      result.warnings.isEmpty() ? QString() : tr(" (%1)").arg(result.warnings.first().left(200))));
        return;
    }
    pageDone(request, result);
}

void ProviderService::pageDone(const PageRequest &request, const ParseResult &result)
{
    ++m_pagesDoneTotal;
    const QString label = providerLabel();
    // De-duplicate by id across the whole walk (offset pages shift when calls arrive meanwhile).
    QList<Call> fresh;
    fresh.reserve(result.calls.size());
    for (const Call &c : result.calls) {
        if (c.id.isEmpty() || m_seen.contains(c.id))
            continue;
        m_seen.insert(c.id);
        fresh.append(c);
    }
    const qsizetype freshCount = fresh.size();
    bool reachedMax = false;
    if (m_query.maxCalls >= 0 && m_callsDelivered + fresh.size() >= m_query.maxCalls) {
        fresh.resize(qsizetype(std::max<qint64>(0, m_query.maxCalls - m_callsDelivered)));
        reachedMax = true;
    }
    m_callsDelivered += fresh.size();

    if (request.kind == PageRequest::Kind::Single)
        m_pendingIds.removeAll(request.callId);

    QString stuck; // why the walk cannot go on, when it cannot
    if (request.kind == PageRequest::Kind::List) {
        const int ps = pageSize();
        m_pagesDone.insert(request.page);
        while (m_pagesDone.contains(m_contiguousDone))
            ++m_contiguousDone;
        const bool empty = result.calls.isEmpty();
        if (scheme() == Scheme::Cursor) {
            const QString next = empty ? QString() : result.calls.last().id;
            const bool more = result.hasMore.value_or(result.calls.size() >= ps);
            if (!next.isEmpty())
                m_cursor = next;
            if (more && empty) {
                emitWarning(tr("%1 said more calls follow but sent an empty page; this time window ends there.").arg(label));
                m_windowExhausted = true;
            } else if (more && (next == request.cursor || m_cursorsSeen.contains(next))) {
                stuck = tr("%1: the walk made no progress: the page after \"%2\" ended at \"%3\" again; stopped after %4 "
                           "pages. The provider's paging is broken; calls after that point were not fetched.")
                            .arg(label, request.cursor, next).arg(m_pagesStartedRun);
            } else if (more) {
                m_cursorsSeen.insert(next);
                enqueuePage(request.page + 1, next);
            } else {
                m_windowExhausted = true;
            }
        } else {
            if (!empty && freshCount == 0)
                ++m_stalePages;
            else if (freshCount > 0)
                m_stalePages = 0;
            if (m_stalePages >= kStalePageLimit) {
                stuck = tr("%1: the walk made no progress: the last %2 pages held only calls already received; stopped "
                           "after %3 pages. The provider ignores the paging; calls beyond were not fetched.")
                            .arg(label).arg(m_stalePages).arg(m_pagesStartedRun);
            } else {
                if (m_windowPages < 0 && result.totalCount) {
                    const qint64 total = *result.totalCount;
                    if (total < 0 || total > kMaxTrustedTotal) {
                        if (!m_totalWarned) {
                            m_totalWarned = true;
                            // A negative total is what an out-of-range number (1e300) became upstream.
                            emitWarning(tr("%1 reported an impossible total of calls (%2); the walk goes page by page "
                                           "instead of trusting it.")
                                            .arg(label, total < 0 ? tr("negative or out of range") : QString::number(total)));
                        }
                    } else {
                        m_windowTotal = total;
                        m_windowPages = std::max<qint64>(1, total / ps + (total % ps ? 1 : 0));
                        m_nextFanOut = 0;
                    }
                }
                if (m_windowPages >= 0) {
                    if (empty && request.page < m_windowPages) {
                        // The total promised more pages than there are: the first empty page ends the window.
                        if (!m_totalWarned && request.page + 1 < m_windowPages) {
                            m_totalWarned = true;
                            emitWarning(tr("%1 claimed a total of %2 calls, but page %3 came back empty; the walk "
                                           "ends there and does not trust the total.")
                                            .arg(label).arg(m_windowTotal).arg(request.page + 1));
                        }
                        m_windowPages = std::max<qint64>(1, request.page);
                        m_queue.removeIf([this](const PageRequest &r) {
                            return r.kind == PageRequest::Kind::List && r.page >= m_windowPages;
                        });
                    }
                    fillFanOut();
                } else {
                    const bool more = result.hasMore.value_or(result.calls.size() >= ps) && !empty;
                    if (more) {
                        m_nextSequentialPage = request.page + 1;
                        enqueuePage(m_nextSequentialPage);
                    } else {
                        m_windowPages = request.page + 1;
                    }
                }
            }
            m_windowExhausted = m_windowPages >= 0 && m_contiguousDone >= m_windowPages;
        }
    }

    if (!fresh.isEmpty())
        Q_EMIT callsReceived(fresh);
    if (!m_running)
        return; // a receiver canceled
    emitProgress();

    if (reachedMax) {
        ++m_generation;
        stopNetwork();
        m_running = false;
        m_canResume = false;
        Q_EMIT finished();
        return;
    }
    if (!stuck.isEmpty()) {
        fail(FetchError::Kind::Protocol, 200, stuck, false);
        return;
    }
    if (request.kind == PageRequest::Kind::OneShot) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    if (request.kind == PageRequest::Kind::List && m_windowExhausted) {
        // Pages beyond a window's end may still be on the wire: drop them with everything queued.
        ++m_generation;
        stopNetwork();
        ++m_windowIndex;
        startWindow();
        return;
    }
    if (request.kind == PageRequest::Kind::List && m_capReached && m_queue.isEmpty() && m_inFlight.isEmpty()
        && m_parsing == 0) {
        fail(FetchError::Kind::Protocol, 0,
             tr("%1: stopped after %2 pages, the limit for one run (%3 calls so far); resume to continue, or fetch a "
                "shorter range.").arg(label).arg(m_pagesStartedRun).arg(m_callsDelivered), true);
        return;
    }
    maybeFinish();
    pump();
}

void ProviderService::maybeFinish()
{
    if (m_mode != Mode::Singles || !m_running || !m_pendingIds.isEmpty() || !m_inFlight.isEmpty() || m_parsing > 0)
        return;
    m_running = false;
    emitProgress();
    if (!m_notFound.isEmpty()) {
        FetchError e;
        e.kind = FetchError::Kind::NotFound;
        e.httpStatus = 404;
        e.message = m_notFound.size() == 1
                        ? tr("%1: call %2: not found, or not available yet.").arg(providerLabel(), m_notFound.first())
                        : tr("%1: %2 calls not found, or not available yet: %3")
                              .arg(providerLabel()).arg(m_notFound.size()).arg(m_notFound.join(u", "));
        e.message = scrub(e.message);
        Q_EMIT failed(e);
        return;
    }
    Q_EMIT finished();
}

QString ProviderService::scrub(const QString &text) const { return m_scrubber.scrub(text); }

QString ProviderService::bodyExcerpt(const QByteArray &body) const
{
    // Scrubbed before it is cut, so a cut cannot leave half a secret behind.
    return scrub(QString::fromUtf8(body.left(64 * 1024)).simplified()).left(300);
}

void ProviderService::emitWarning(const QString &message)
{
    const QString clean = scrub(message);
    m_warnings.append(clean);
    Q_EMIT warning(clean);
}

void ProviderService::fail(FetchError::Kind kind, int status, const QString &message, std::optional<bool> resumable)
{
    ++m_generation;
    stopNetwork();
    m_running = false;
    m_canResume = m_mode == Mode::Walk && resumable.value_or(kind != FetchError::Kind::BadRequest);
    FetchError e;
    e.kind = kind;
    e.httpStatus = status;
    e.message = scrub(message);
    // Reported through failed(); the log only keeps it for diagnostics.
    qCInfo(lcProviders).noquote() << e.message;
    Q_EMIT failed(e);
}

void ProviderService::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    stopNetwork();
    m_running = false;
    m_canResume = m_mode == Mode::Walk;
    Q_EMIT canceled();
}

void ProviderService::stopNetwork()
{
    m_pumpTimer.stop();
    m_queue.clear();
    m_parsing = 0;
    const QList<QNetworkReply *> replies = m_inFlight.keys();
    m_inFlight.clear();
    for (QNetworkReply *r : replies) {
        m_limiter.release(nowMs());
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
}

void ProviderService::emitProgress()
{
    FetchProgress p;
    p.pagesDone = m_pagesDoneTotal;
    p.calls = m_callsDelivered;
    p.callsTotal = m_windowTotal;
    p.window = m_windowIndex;
    p.windows = std::max<int>(1, int(m_windows.size()));
    p.retries = m_retries;
    if (m_mode == Mode::Walk && m_windowPages >= 0) {
        const qint64 remaining = std::max<qint64>(0, m_windowPages - m_pagesDone.size());
        p.pagesTotal = m_pagesDoneTotal + remaining;
        const qint64 elapsed = nowMs() - m_runStartMs;
        // In double: a claimed total of 10^15 calls must not overflow the estimate.
        const double observed = m_pagesDoneTotal > 0 ? double(elapsed) * double(remaining) / double(m_pagesDoneTotal) : -1.0;
        const qint64 observedMs = observed < 0 ? -1 : observed >= 1e15 ? qint64(1e15) : qint64(observed);
        // Never promise faster than the rate limit allows.
        p.etaMs = std::max(observedMs, m_limiter.floorMs(remaining));
        if (m_windowIndex + 1 < m_windows.size())
            p.etaMs = -1; // later windows are still unknown
    } else if (m_mode == Mode::Singles) {
        p.pagesTotal = m_pagesDoneTotal + m_pendingIds.size();
    }
    Q_EMIT progress(p);
}

} // namespace cdr
