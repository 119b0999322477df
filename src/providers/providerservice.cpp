// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerservice.h"

#include "providerslogging.h"

#include <core/recordparser.h>

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

// A short reason from an error body, without echoing anything that looks like a header.
QString bodySnippet(const QByteArray &body)
{
    QString s = QString::fromUtf8(body.left(300)).simplified();
    return s;
}

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
    m_windows = planWindows(query, &m_warnings, &error);
    for (const QString &w : std::as_const(m_warnings))
        Q_EMIT warning(w);
    beginRun();
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
    m_nextSequentialPage = 0;
    m_cursor.clear();
    m_windowExhausted = false;
    PageRequest r;
    r.kind = PageRequest::Kind::List;
    r.page = 0;
    r.url = listUrl(m_windows.at(m_windowIndex), 0, QString());
    enqueue(r);
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
    const Window &w = m_windows.at(m_windowIndex);
    if (scheme() == Scheme::Cursor) {
        PageRequest r;
        r.page = m_pagesDone.size();
        r.cursor = m_cursor;
        r.url = listUrl(w, r.page, m_cursor);
        enqueue(r);
    } else if (m_windowPages >= 0) {
        for (qint64 p = 0; p < m_windowPages; ++p) {
            if (m_pagesDone.contains(p))
                continue;
            PageRequest r;
            r.page = p;
            r.url = listUrl(w, p, QString());
            enqueue(r);
        }
        if (m_queue.isEmpty()) {
            ++m_windowIndex;
            startWindow();
            return;
        }
    } else {
        PageRequest r;
        r.page = m_nextSequentialPage;
        r.url = listUrl(w, r.page, QString());
        enqueue(r);
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
    FetchQuery q;
    q.since = QDateTime::fromString(s.value(u"since").toString(), Qt::ISODateWithMs);
    q.until = QDateTime::fromString(s.value(u"until").toString(), Qt::ISODateWithMs);
    q.direction = s.value(u"direction").toString();
    q.fromNumber = s.value(u"from").toString();
    q.toNumber = s.value(u"to").toString();
    q.minDurationS = s.value(u"minDuration").toInt(-1);
    q.maxCalls = qint64(s.value(u"maxCalls").toDouble(-1));
    QStringList warnings;
    QString error;
    const QList<Window> windows = planWindows(q, &warnings, &error);
    if (windows.isEmpty())
        return false;
    m_mode = Mode::Walk;
    m_query = q;
    m_windows = windows;
    m_windowIndex = s.value(u"window").toInt();
    m_windowPages = qint64(s.value(u"windowPages").toDouble(-1));
    m_windowTotal = qint64(s.value(u"windowTotal").toDouble(-1));
    m_pagesDone.clear();
    for (const QJsonValue &v : s.value(u"pagesDone").toArray())
        m_pagesDone.insert(qint64(v.toDouble()));
    m_nextSequentialPage = qint64(s.value(u"nextPage").toDouble());
    m_cursor = s.value(u"cursor").toString();
    m_callsDelivered = qint64(s.value(u"delivered").toDouble());
    m_seen.clear();
    m_canResume = true;
    return true;
}

void ProviderService::enqueue(PageRequest request)
{
    request.generation = m_generation;
    m_queue.append(request);
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
    req.setTransferTimeout(m_config.transferTimeoutMs);
    // Redirects are followed by hand so credentials never travel to another host.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("cdr-inspector"));
    if (request.acceptJson)
        req.setRawHeader("Accept", "application/json");
    if (request.withAuth)
        applyAuth(req);
    qCDebug(lcProviders) << providerLabel() << "GET" << request.url.toString(QUrl::RemoveUserInfo)
                         << "retry" << request.retries;
    QNetworkReply *reply = m_network->get(req);
    m_inFlight.insert(reply, request);
    const qint64 sentAt = nowMs();
    const qint64 maxBytes = m_config.maxBodyBytes;
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, maxBytes] {
        const QVariant len = reply->header(QNetworkRequest::ContentLengthHeader);
        if (len.isValid() && len.toLongLong() > maxBytes && reply->isRunning()) {
            reply->setProperty("cdrOversize", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, maxBytes](qint64 received, qint64) {
        if (received > maxBytes && reply->isRunning()) {
            reply->setProperty("cdrOversize", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, request, sentAt] {
        onReplyFinished(reply, request, sentAt);
    });
}

void ProviderService::onReplyFinished(QNetworkReply *reply, PageRequest request, qint64)
{
    m_limiter.release(nowMs());
    m_inFlight.remove(reply);
    reply->deleteLater();
    if (request.generation != m_generation || !m_running)
        return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString label = providerLabel();

    if (reply->property("cdrOversize").toBool()) {
        fail(FetchError::Kind::Protocol, status,
             tr("%1 sent a response larger than %2 MB; stopped reading it.").arg(label).arg(m_config.maxBodyBytes / (1024 * 1024)));
        return;
    }

    if (isRedirect(status)) {
        QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (!target.isValid())
            target = QUrl::fromEncoded(reply->rawHeader("Location"));
        target = request.url.resolved(target);
        if (request.redirects >= 5 || !target.isValid()) {
            fail(FetchError::Kind::Protocol, status, tr("%1: too many redirects.").arg(label));
            return;
        }
        PageRequest next = request;
        next.url = target;
        ++next.redirects;
        if (!sameOrigin(request.url, target) && next.withAuth) {
            next.withAuth = false;
            qCWarning(lcProviders) << label << "redirect to another host" << target.host()
                                   << "- following without credentials";
        }
        m_queue.prepend(next);
        pump();
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
        m_warnings.append(msg);
        Q_EMIT warning(msg);
        maybeFinish();
        pump();
        return;
    }

    const QNetworkReply::NetworkError netError = reply->error();
    if (RetryPolicy::isRetryableStatus(status) || (status == 0 && netError != QNetworkReply::NoError)) {
        QString why = status ? tr("HTTP %1").arg(status) : reply->errorString();
        if (request.retries >= m_config.retry.maxRetries) {
            fail(FetchError::Kind::RetriesExhausted, status,
                 tr("%1: gave up after %2 retries (%3).").arg(label).arg(request.retries).arg(why));
            return;
        }
        const auto serverWait = RetryPolicy::serverDelayMs(reply->rawHeader("Retry-After"),
                                                           reply->rawHeader("X-RateLimit-Reset"),
                                                           QDateTime::currentDateTimeUtc());
        std::uniform_real_distribution<double> unit(0, 1);
        qint64 wait = m_config.retry.backoffMs(request.retries + 1, unit(m_random));
        if (serverWait) {
            wait = *serverWait;
            if (status == 429)
                m_limiter.pauseUntil(nowMs() + wait); // the limit is per account, not per request
        }
        retryLater(request, wait, why);
        return;
    }

    const QByteArray body = reply->readAll();
    if (status >= 400 || (status == 0 && netError != QNetworkReply::NoError)) {
        fail(FetchError::Kind::BadRequest, status,
             tr("%1 rejected the request (HTTP %2): %3").arg(label).arg(status).arg(bodySnippet(body)));
        return;
    }
    if (body.size() > m_config.maxBodyBytes) {
        fail(FetchError::Kind::Protocol, status, tr("%1 sent an oversize response.").arg(label));
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

void ProviderService::retryLater(PageRequest request, qint64 delayMs, const QString &why)
{
    ++m_retries;
    ++request.retries;
    request.redirects = 0;
    qCInfo(lcProviders) << providerLabel() << "retrying" << request.url.path() << "in" << delayMs << "ms:" << why;
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
    if (!result.ok()) {
        if (result.apiError) {
            fail(FetchError::Kind::BadRequest, 200, tr("%1 returned an error: %2").arg(providerLabel(), result.error));
            return;
        }
        // A truncated or garbled body: the transfer went wrong, so it is worth another try.
        if (request.retries >= m_config.retry.maxRetries) {
            fail(FetchError::Kind::RetriesExhausted, 200,
                 tr("%1: gave up after %2 retries (unreadable response: %3).")
                     .arg(providerLabel()).arg(request.retries).arg(result.error));
            return;
        }
        std::uniform_real_distribution<double> unit(0, 1);
        retryLater(request, m_config.retry.backoffMs(request.retries + 1, unit(m_random)), result.error);
        return;
    }
    pageDone(request, result);
}

void ProviderService::pageDone(const PageRequest &request, const ParseResult &result)
{
    ++m_pagesDoneTotal;
    // De-duplicate by id across the whole walk (offset pages shift when calls arrive meanwhile).
    QList<Call> fresh;
    fresh.reserve(result.calls.size());
    for (const Call &c : result.calls) {
        if (c.id.isEmpty() || m_seen.contains(c.id))
            continue;
        m_seen.insert(c.id);
        fresh.append(c);
    }
    bool reachedMax = false;
    if (m_query.maxCalls >= 0 && m_callsDelivered + fresh.size() >= m_query.maxCalls) {
        fresh.resize(qsizetype(std::max<qint64>(0, m_query.maxCalls - m_callsDelivered)));
        reachedMax = true;
    }
    m_callsDelivered += fresh.size();

    if (request.kind == PageRequest::Kind::Single)
        m_pendingIds.removeAll(request.callId);

    if (request.kind == PageRequest::Kind::List) {
        const Window &w = m_windows.at(m_windowIndex);
        const int ps = pageSize();
        if (scheme() == Scheme::Cursor) {
            m_pagesDone.insert(request.page);
            if (!result.calls.isEmpty())
                m_cursor = result.calls.last().id;
            const bool more = result.hasMore.value_or(result.calls.size() >= ps) && !result.calls.isEmpty();
            if (more) {
                PageRequest next;
                next.page = request.page + 1;
                next.cursor = m_cursor;
                next.url = listUrl(w, next.page, m_cursor);
                enqueue(next);
            } else {
                m_windowExhausted = true;
            }
        } else {
            m_pagesDone.insert(request.page);
            if (m_windowPages < 0 && result.totalCount) {
                m_windowTotal = *result.totalCount;
                m_windowPages = std::max<qint64>(1, (m_windowTotal + ps - 1) / ps);
                // The total is known: fan out every remaining page (several in flight).
                for (qint64 p = 0; p < m_windowPages; ++p) {
                    if (m_pagesDone.contains(p))
                        continue;
                    PageRequest next;
                    next.page = p;
                    next.url = listUrl(w, p, QString());
                    enqueue(next);
                }
            } else if (m_windowPages < 0) {
                const bool more = result.hasMore.value_or(result.calls.size() >= ps) && !result.calls.isEmpty();
                if (more) {
                    m_nextSequentialPage = request.page + 1;
                    PageRequest next;
                    next.page = m_nextSequentialPage;
                    next.url = listUrl(w, next.page, QString());
                    enqueue(next);
                } else {
                    m_windowPages = request.page + 1;
                }
            }
            m_windowExhausted = m_windowPages >= 0 && m_pagesDone.size() >= m_windowPages;
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
    if (request.kind == PageRequest::Kind::OneShot) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    if (request.kind == PageRequest::Kind::List && m_windowExhausted) {
        // Drop anything still queued for this window (nothing should be) and move on.
        m_queue.clear();
        ++m_windowIndex;
        startWindow();
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
        Q_EMIT failed(e);
        return;
    }
    Q_EMIT finished();
}

void ProviderService::fail(FetchError::Kind kind, int status, const QString &message)
{
    ++m_generation;
    stopNetwork();
    m_running = false;
    m_canResume = m_mode == Mode::Walk && kind != FetchError::Kind::BadRequest;
    // Reported through failed(); the log only keeps it for diagnostics.
    qCInfo(lcProviders).noquote() << message;
    FetchError e;
    e.kind = kind;
    e.httpStatus = status;
    e.message = message;
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
        const qint64 observed = m_pagesDoneTotal > 0 ? elapsed * remaining / m_pagesDoneTotal : -1;
        // Never promise faster than the rate limit allows.
        p.etaMs = std::max(observed, m_limiter.floorMs(remaining));
        if (m_windowIndex + 1 < m_windows.size())
            p.etaMs = -1; // later windows are still unknown
    } else if (m_mode == Mode::Singles) {
        p.pagesTotal = m_pagesDoneTotal + m_pendingIds.size();
    }
    Q_EMIT progress(p);
}

} // namespace cdr
