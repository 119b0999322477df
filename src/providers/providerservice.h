// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one interface every provider service implements: fetch calls by id, or walk the list
// endpoint over a time range, page by page, with paging, auth, pacing, retries, redirects
// and timeouts handled here once. Subclasses only say how a provider spells its URLs and auth
// (PlivoService, VobizService, CarrierXService, NexBroService); what each provider's API
// documents (paging scheme, page size, rate limit, base URL) is one table, traits().
//
// The paging itself (windows, pages, cursor, fan-out, progress checks, the resume position) is
// a PageWalk, a pure state machine; this class is its HTTP transport.
//
// Threading contract: a service lives in the thread of the QNetworkAccessManager it is given
// (normally the UI thread) and must be used from that thread only. All network I/O is
// asynchronous; response bodies are parsed on the global QThreadPool and the results come
// back to the service's thread, so nothing here blocks the event loop. Signals are emitted
// in the service's thread. The manager is not owned and must outlive the service.
//
// Outcomes: started() once per run, then any number of progress() and callsReceived()
// (one batch per page, de-duplicated by call id across the whole walk), then exactly one of
// finished(), canceled() or failed(). A canceled or failed walk keeps its position:
// resume() continues from the last page or cursor; saveState()/restoreState() carry that
// position across restarts.
//
// Secrets live only in Config::secret and in request headers; they are never logged, put in
// messages or saved in saveState(). Every message that leaves the service (failed(),
// warning(), the log) goes through one SecretScrubber built from what was sent, because
// providers quote the rejected credential back in their error bodies.
//
// Hostile or broken servers end a run with a message, never hang it or grow it without
// bound: redirects are followed only to the configured host over http(s); each request has
// an idle and a total timeout; a server's wait (Retry-After) is capped; a walk fans out at
// most maxInFlight pages at a time whatever total the provider claims, stops when the
// cursor or the pages make no progress, and stops (resumably) after maxPagesPerRun pages.

#include "fetchtypes.h"
#include "pagewalk.h"
#include "ratelimiter.h"
#include "retrypolicy.h"
#include "secretscrubber.h"

#include <core/call.h>
#include <core/parseresult.h>

#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>

#include <random>

class QNetworkAccessManager;
class QNetworkReply;

namespace cdr {

class ProviderService : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QUrl baseUrl;                 ///< only scheme/host/port replace the documented ones; empty = documented
        QString accountId;            ///< Plivo/Vobiz auth id; unused by CarrierX/NexBro
        QString secret;               ///< token / API key; never logged
        QTimeZone zone = QTimeZone::utc(); ///< for zone-less provider timestamps (NexBro)
        int transferTimeoutMs = 30000; ///< idle timeout: no byte for this long (headers or body) ends a request
        int requestTimeoutMs = 120000; ///< total timeout of one request, however the bytes trickle in
        int maxInFlight = 4;          ///< pages in flight for offset/page schemes; cursors are sequential
        int rateRequests = -1;        ///< -1 = the provider's documented limit, 0 = none
        qint64 rateWindowMs = 0;
        qint64 maxBodyBytes = 64 * 1024 * 1024;
        RetryPolicy retry;
        int pageSize = 0;             ///< 0 = the provider's maximum
        qint64 maxPagesPerRun = 100000; ///< a walk stops (resumable) after requesting this many pages in one run
    };

    using Scheme = PageWalk::Scheme;

    /// The constants a provider's API documents (ProviderService::traits() holds them side by side).
    struct Traits
    {
        Scheme scheme;
        int maxPageSize;
        std::pair<int, qint64> rateLimit = {0, 0}; ///< documented requests per window; {0,0} = unknown/none
        bool singleFallback = false; ///< singleCallUrl(id, 1) is tried once after a 404
        /// The documented base, e.g. https://api.plivo.com; the account's base URL overrides
        /// scheme, host and port only. Empty: no public host, the account's base URL (with its
        /// path prefix) is the base.
        QUrl documentedBase;
    };

    ProviderService(Provider provider, Config config, QNetworkAccessManager *network,
                    QObject *parent = nullptr);

    static Traits traits(Provider provider);
    ~ProviderService() override;

    Provider provider() const { return m_provider; }
    const Config &config() const { return m_config; }
    bool isRunning() const { return m_running; }
    const RateLimiter &rateLimiter() const { return m_limiter; }

    /// Fetches these calls one by one (several in flight). Unknown ids end in failed(NotFound)
    /// after the others were delivered.
    void fetchCalls(const QStringList &ids);
    /// Walks the list endpoint over the query's range and filters.
    void listCalls(const FetchQuery &query);
    /// Stops at once: aborts requests, keeps the position. Emits canceled().
    void cancel();
    /// True after a canceled or failed walk that has pages left.
    bool canResume() const;
    /// Continues the last walk from its position; the de-duplication set is kept.
    void resume();
    /// The walk's query and position (no secrets, no call ids), for resuming after a restart.
    QJsonObject saveState() const;
    bool restoreState(const QJsonObject &state);

    /// Non-fatal notes of the last run (e.g. a range clamped to the provider's retention).
    QStringList warnings() const { return m_warnings; }

Q_SIGNALS:
    void started();
    void progress(const cdr::FetchProgress &progress);
    void callsReceived(const QList<cdr::Call> &calls);
    void finished();
    void canceled();
    void failed(const cdr::FetchError &error);
    void warning(const QString &message);

protected:
    using Window = PageWalk::Window;
    struct PageRequest
    {
        enum class Kind { Single, List, OneShot };
        Kind kind = Kind::List;
        QUrl url;
        QString callId;        ///< Single
        int singleVariant = 0; ///< Single: 0 = documented URL, 1 = the fallback spelling
        qint64 page = 0;       ///< List: 0-based page index (offset = page * pageSize)
        QString cursor;        ///< List, cursor scheme: the id to continue after
        int retries = 0;
        int redirects = 0;
        bool acceptJson = true;
        int generation = 0;
    };

    // --- what a provider says about itself ---
    virtual void applyAuth(QNetworkRequest &request) const = 0;
    /// URL of one call; variant 1 is the alternative Traits::singleFallback says is tried once
    /// after a 404.
    virtual QUrl singleCallUrl(const QString &id, int variant) const = 0;
    virtual QUrl listUrl(const Window &window, qint64 page, const QString &cursor) const = 0;
    /// Splits a query into windows; may warn (and return none to fail with BadRequest).
    virtual QList<Window> planWindows(const FetchQuery &query, QStringList *warnings, QString *error) const;

    // --- helpers for subclasses ---
    QUrl endpoint(const QString &path) const;
    int pageSize() const;
    const FetchQuery &query() const { return m_query; }
    static QString utcText(const QDateTime &t, bool isoT = false);
    /// Starts a single request outside the paging machinery (Vobiz recent/export).
    void runOneShot(const QUrl &url, bool acceptJson);

private:
    void beginRun();
    void startWindow();
    void enqueue(PageRequest request);
    void pump();
    void send(PageRequest request);
    void onReplyFinished(QNetworkReply *reply, PageRequest request);
    void onTransferFailed(QNetworkReply *reply, const PageRequest &request, int status);
    void onRedirect(QNetworkReply *reply, const PageRequest &request, int status);
    /// Retries after a backoff (or the server's wait), or fails once the retries are used up.
    void retryOrGiveUp(const PageRequest &request, int status, const QString &why, std::optional<qint64> serverWaitMs = {});
    void retryLater(PageRequest request, qint64 delayMs, const QString &why);
    /// Does what the walk asks: warnings, dropping pages beyond a window's end, queueing pages.
    void apply(const PageWalk::Step &step);
    PageWalk::Settings walkSettings() const;
    /// Requests queued, in flight, being parsed or waiting for a retry.
    int outstanding() const { return int(m_queue.size() + m_inFlight.size()) + m_parsing; }
    void onParsed(const PageRequest &request, const ParseResult &result);
    void pageDone(const PageRequest &request, const ParseResult &result);
    void maybeFinish();
    /// resumable: whether resume() may continue; by default a walk can, unless the query was rejected.
    void fail(FetchError::Kind kind, int status, const QString &message, std::optional<bool> resumable = std::nullopt);
    void emitWarning(const QString &message);
    /// The one exit for provider text: removes every spelling of the credential that was sent.
    QString scrub(const QString &text) const;
    /// A short, scrubbed excerpt of a response body for a message.
    QString bodyExcerpt(const QByteArray &body) const;
    void emitProgress();
    void stopNetwork();
    qint64 nowMs() const;
    QString providerLabel() const;

    Provider m_provider;
    Traits m_traits;
    Config m_config;
    QPointer<QNetworkAccessManager> m_network;
    RateLimiter m_limiter;
    QTimer m_pumpTimer;
    QTimer m_progressTimer; ///< keeps progress (and the ETA) flowing during rate-limit waits
    SecretScrubber m_scrubber;  ///< rebuilt at each run from the credential the requests carry
    std::mt19937_64 m_random;

    // run state
    bool m_running = false;
    int m_generation = 0;
    enum class Mode { None, Singles, Walk, OneShot } m_mode = Mode::None;
    void resetRun(Mode mode);
    FetchQuery m_query;
    PageWalk m_walk;               ///< windows, pages, cursor: where a list walk stands
    bool m_waitCapWarned = false;
    QStringList m_pendingIds;      ///< Singles not yet done
    QStringList m_notFound;
    QList<PageRequest> m_queue;
    QHash<QNetworkReply *, PageRequest> m_inFlight;
    int m_parsing = 0;
    QSet<QString> m_seen;
    qint64 m_callsDelivered = 0;
    qint64 m_pagesDoneTotal = 0;
    int m_retries = 0;
    qint64 m_runStartMs = 0;
    QStringList m_warnings;
    bool m_canResume = false;
};

} // namespace cdr
