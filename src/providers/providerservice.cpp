// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerservice.h"

#include "providerslogging.h"
#include "transferguard.h"

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

constexpr int kMaxRedirects = 5;

} // namespace

ProviderService::ProviderService(Provider provider, Config config, QNetworkAccessManager *network,
                                 QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_traits(traits(provider))
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

ProviderService::Traits ProviderService::traits(Provider provider)
{
    // Paging scheme, largest page, documented rate limit, a second spelling of the single-call
    // URL, public base (NexBro has none: each tenant runs it on its own domain).
    switch (provider) {
    case Provider::Plivo: return {Scheme::Offset, 20, {300, 5000}, false, QUrl(QStringLiteral("https://api.plivo.com"))};
    case Provider::Vobiz: return {Scheme::Page, 100, {0, 0}, true, QUrl(QStringLiteral("https://api.vobiz.ai"))};
    case Provider::CarrierX: return {Scheme::Cursor, 1000, {0, 0}, false, QUrl(QStringLiteral("https://api.carrierx.com/core/v2"))};
    case Provider::NexBro: return {Scheme::Page, 100, {0, 0}, true, QUrl()};
    case Provider::Unknown: break;
    }
    return {Scheme::Page, 100, {0, 0}, false, QUrl()};
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
    const int max = m_traits.maxPageSize;
    return m_config.pageSize > 0 ? std::min(m_config.pageSize, max) : max;
}

QUrl ProviderService::endpoint(const QString &path) const
{
    QUrl url = m_traits.documentedBase;
    if (url.isEmpty()) {
        // No public host: the tenant's domain (and any path prefix it is mounted under).
        url = m_config.baseUrl;
        QString prefix = url.path();
        while (prefix.endsWith(u'/'))
            prefix.chop(1);
        url.setPath(prefix);
        url.setQuery(QString());
    }
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
    m_walk.beginRun();
    m_waitCapWarned = false;
    // Everything the requests will carry, so no message can echo any spelling of it.
    QNetworkRequest probe;
    applyAuth(probe);
    QList<QByteArray> sent;
    for (const QByteArray &name : probe.rawHeaderList())
        sent.append(probe.rawHeader(name));
    m_scrubber = SecretScrubber();
    m_scrubber.addCredential(m_config.accountId, m_config.secret, sent);
    const auto limit = m_config.rateRequests < 0 ? m_traits.rateLimit
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
    QStringList planned;
    m_walk.reset(walkSettings(), planWindows(query, &planned, &error));
    beginRun();
    for (const QString &w : std::as_const(planned))
        emitWarning(w);
    if (m_walk.windows().isEmpty()) {
        fail(FetchError::Kind::BadRequest, 0, error.isEmpty() ? tr("%1: nothing to fetch.").arg(providerLabel()) : error);
        m_canResume = false;
        return;
    }
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

PageWalk::Settings ProviderService::walkSettings() const
{
    return PageWalk::Settings{m_traits.scheme, pageSize(), m_config.maxPagesPerRun, m_config.maxInFlight, providerLabel()};
}

void ProviderService::startWindow()
{
    if (m_walk.isFinished()) {
        m_running = false;
        m_canResume = false;
        emitProgress();
        Q_EMIT finished();
        return;
    }
    const PageWalk::Step step = m_walk.startWindow();
    if (step.pages.isEmpty()) {
        fail(FetchError::Kind::Protocol, 0,
             tr("%1: stopped after %2 pages, the limit for one run; resume to continue, or fetch a shorter range.")
                 .arg(providerLabel()).arg(m_walk.pagesStartedRun()), true);
        return;
    }
    apply(step);
    pump();
}

bool ProviderService::canResume() const { return !m_running && m_canResume && m_mode == Mode::Walk; }

void ProviderService::resume()
{
    if (!canResume())
        return;
    m_warnings.clear();
    beginRun();
    if (m_walk.isFinished()) {
        startWindow();
        return;
    }
    const PageWalk::Step step = m_walk.resume(outstanding());
    if (step.windowDone) {
        m_walk.nextWindow();
        startWindow();
        return;
    }
    apply(step);
    pump();
}

QJsonObject ProviderService::saveState() const
{
    QJsonObject state{
        {QStringLiteral("provider"), providerName(m_provider)},
        {QStringLiteral("since"), m_query.since.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("until"), m_query.until.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("direction"), m_query.direction},
        {QStringLiteral("from"), m_query.fromNumber},
        {QStringLiteral("to"), m_query.toNumber},
        {QStringLiteral("minDuration"), m_query.minDurationS},
        {QStringLiteral("maxCalls"), m_query.maxCalls},
        {QStringLiteral("delivered"), m_callsDelivered},
    };
    m_walk.saveState(&state);
    return state;
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
    // From a file: read without a float-to-integer conversion out of range, then checked.
    q.maxCalls = s.value(u"maxCalls").toInteger(-1);
    const qint64 delivered = s.value(u"delivered").toInteger(-1);
    if (delivered < 0 || q.maxCalls < -1)
        return false;
    QStringList warnings;
    QString error;
    if (!m_walk.restoreState(s, walkSettings(), planWindows(q, &warnings, &error)))
        return false;
    m_mode = Mode::Walk;
    m_query = q;
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

void ProviderService::apply(const PageWalk::Step &step)
{
    for (const QString &w : step.warnings)
        emitWarning(w);
    if (step.dropFrom >= 0) {
        m_queue.removeIf([&step](const PageRequest &r) {
            return r.kind == PageRequest::Kind::List && r.page >= step.dropFrom;
        });
    }
    for (const PageWalk::Page &page : step.pages) {
        PageRequest r;
        r.kind = PageRequest::Kind::List;
        r.page = page.index;
        r.cursor = page.cursor;
        r.url = listUrl(m_walk.window(), page.index, page.cursor);
        enqueue(r);
    }
}

void ProviderService::pump()
{
    if (!m_running || !m_network)
        return;
    const int maxInFlight = m_traits.scheme == Scheme::Cursor && m_mode == Mode::Walk ? 1 : std::max(1, m_config.maxInFlight);
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
    TransferGuard::arm(reply, m_config.requestTimeoutMs, m_config.maxBodyBytes);
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

    if (TransferGuard::wasOversize(reply)) {
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
        if (m_traits.singleFallback && request.singleVariant == 0) {
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
                 .arg(label, TransferGuard::hostPort(request.url)).arg(status)
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
    const TransferGuard::Failure failure = TransferGuard::explain(reply, status, providerLabel(), request.url,
                                                                  m_config.transferTimeoutMs, m_config.requestTimeoutMs,
                                                                  scrub(reply->errorString()));
    if (failure.retry)
        retryOrGiveUp(request, status, failure.message);
    else
        fail(FetchError::Kind::Network, failure.status, failure.message);
}

void ProviderService::onRedirect(QNetworkReply *reply, const PageRequest &request, int status)
{
    const QString label = providerLabel();
    QUrl target = QUrl::fromEncoded(reply->rawHeader("Location"));
    if (target.isEmpty())
        target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    target = request.url.resolved(target);
    const QUrl &from = request.url;
    if (!TransferGuard::redirectAllowed(from, target)) {
        fail(FetchError::Kind::Protocol, status,
             tr("%1: redirected to %2 (HTTP %3), which is not the configured host %4 over http(s); not followed.")
                 .arg(label, target.isValid() ? TransferGuard::shortUrl(target) : tr("an invalid address")).arg(status).arg(TransferGuard::hostPort(from)));
        return;
    }
    if (request.redirects >= kMaxRedirects) {
        fail(FetchError::Kind::Protocol, status,
             tr("%1: too many redirects (%2), the last to %3.").arg(label).arg(request.redirects).arg(TransferGuard::shortUrl(target)));
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
                                .arg(label, TransferGuard::formatDuration(wait), why, TransferGuard::formatDuration(m_config.retry.maxServerWaitMs)));
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
    bool windowExhausted = false;
    if (request.kind == PageRequest::Kind::List) {
        const PageWalk::PageResult page{result.calls.size(), freshCount,
                                        result.calls.isEmpty() ? QString() : result.calls.last().id, result.hasMore,
                                        result.totalCount};
        const PageWalk::Step step = m_walk.pageDone(PageWalk::Page{request.page, request.cursor}, page);
        apply(step);
        if (step.stuck.isEmpty())
            apply(m_walk.fillFanOut(outstanding()));
        stuck = step.stuck;
        windowExhausted = step.windowDone;
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
    if (request.kind == PageRequest::Kind::List && windowExhausted) {
        // Pages beyond a window's end may still be on the wire: drop them with everything queued.
        ++m_generation;
        stopNetwork();
        m_walk.nextWindow();
        startWindow();
        return;
    }
    if (request.kind == PageRequest::Kind::List && m_walk.capReached() && outstanding() == 0) {
        fail(FetchError::Kind::Protocol, 0,
             tr("%1: stopped after %2 pages, the limit for one run (%3 calls so far); resume to continue, or fetch a "
                "shorter range.").arg(label).arg(m_walk.pagesStartedRun()).arg(m_callsDelivered), true);
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
    p.callsTotal = m_walk.windowTotal();
    p.window = m_walk.windowIndex();
    p.windows = std::max<int>(1, int(m_walk.windows().size()));
    p.retries = m_retries;
    if (m_mode == Mode::Walk && m_walk.windowPages() >= 0) {
        const qint64 remaining = std::max<qint64>(0, m_walk.windowPages() - m_walk.pagesDoneInWindow());
        p.pagesTotal = m_pagesDoneTotal + remaining;
        const qint64 elapsed = nowMs() - m_runStartMs;
        // In double: a claimed total of 10^15 calls must not overflow the estimate.
        const double observed = m_pagesDoneTotal > 0 ? double(elapsed) * double(remaining) / double(m_pagesDoneTotal) : -1.0;
        const qint64 observedMs = observed < 0 ? -1 : observed >= 1e15 ? qint64(1e15) : qint64(observed);
        // Never promise faster than the rate limit allows.
        p.etaMs = std::max(observedMs, m_limiter.floorMs(remaining));
        if (m_walk.windowIndex() + 1 < m_walk.windows().size())
            p.etaMs = -1; // later windows are still unknown
    } else if (m_mode == Mode::Singles) {
        p.pagesTotal = m_pagesDoneTotal + m_pendingIds.size();
    }
    Q_EMIT progress(p);
}

} // namespace cdr
