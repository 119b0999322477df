// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A fake of all four provider APIs over real HTTP on loopback, for the integration tests,
// the benchmarks and for trying the app without an account. Each API has its own auth,
// envelopes, paging and quirks (docs/providers.md); the calls come from a TrafficGenerator.
//
// Faults are injected on demand: programmatically (addFault), per request with the query
// parameter `fault=` or the header `X-Fake-Fault:` (e.g. "503", "429;retry-after=2",
// "slow;delay=1500", "truncate", "truncate-json", "oversize", "redirect", "redirect-same"),
// or from the cdr-fake-provider command line. Hostile servers for the fault matrix
// (docs/reliability.md): "redirect-file", "redirect-data", "redirect-loop", "echo-auth" (an
// error body quoting the credential it received), "total=1e300" (a lying paging total),
// "stuck" (paging parameters ignored: the same page forever), "drip;interval=2000", "stall"
// (headers, a little body, then silence), "hang" (no answer at all), "bad-chunked",
// "gzip-bomb", "html", "wrong-shape", "pad=52428800" (a body padded to that size), and raw
// header values such as "429;retry-after=1e300" or "429;reset=99999999999999999999". A per-provider rate limit answers 429 with
// Retry-After (NexBro: X-RateLimit-Reset) when exceeded.
//
// Simplifications, on purpose: time filters (Plivo end_time, CarrierX date_stop, Vobiz dates,
// NexBro from/to) select on the call's start time, which is what the generator indexes; every
// list is a pure function of the generator, so the set of ids in a range is exactly known.
//
// Threading: lives in one thread (it may be moved to a worker thread before listen());
// requestLog() and the fault setters must be called from that thread.

#include <sim/trafficgenerator.h>

#include <QAbstractHttpServer>
#include <QHash>
#include <QList>
#include <QUrl>
#include <QUrlQuery>

#include <deque>

class QTcpSocket;

namespace cdr {

class FakeProviderServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Credentials
    {
        QString plivoAuthId = TrafficGenerator::plivoAuthId();
        QString plivoToken = QStringLiteral("fake-plivo-token");
        QString vobizAuthId = TrafficGenerator::vobizAuthId();
        QString vobizToken = QStringLiteral("fake-vobiz-token");
        QString carrierxToken = QStringLiteral("fake-carrierx-token");
        QString nexbroKey = QStringLiteral("sk_live_fake_nexbro_key");
    };

    struct Fault
    {
        enum class Kind {
            Status, Slow, Truncate, TruncateJson, Oversize, Redirect, RedirectSameHost,
            RedirectFile, RedirectData, RedirectLoop, EchoAuth, PatchTotal, Stuck, Drip, Stall, Hang,
            BadChunked, GzipBomb, Html, WrongShape, Pad,
        };
        Kind kind = Kind::Status;
        int status = 503;            ///< Kind::Status
        int retryAfterS = -1;        ///< 429/503: send Retry-After (seconds); -1 = none
        QByteArray retryAfterRaw;    ///< send this Retry-After value verbatim (e.g. "1e300")
        QByteArray resetRaw;         ///< send this X-RateLimit-Reset value verbatim
        int echoStatus = 400;        ///< Kind::EchoAuth: the status of the error body (200 = an error body with 200)
        double total = 0;            ///< Kind::PatchTotal: the paging total to claim
        int intervalMs = 2000;       ///< Kind::Drip: one byte per interval
        qint64 size = 32 * 1024 * 1024; ///< Kind::Stall: announced length; Kind::Pad: body size
        QString file = QStringLiteral("/etc/hostname"); ///< Kind::RedirectFile: the local file
        bool retryAfterAsDate = false; ///< send Retry-After as an HTTP date instead
        int rateLimitResetS = -1;    ///< send X-RateLimit-Reset (NexBro style); -1 = none
        int delayMs = 2000;          ///< Kind::Slow: delay before a normal answer
        QString pathContains;        ///< only requests whose path contains this; empty = all
        int skip = 0;                ///< let this many matching requests through first
        int every = 1;               ///< then apply to every n-th matching request
        int count = 1;               ///< how many times in total; -1 = forever
    };

    struct LoggedRequest
    {
        qint64 receivedMs = 0;  ///< server clock, UTC epoch ms
        QString host;           ///< from the Host header
        QString path;
        QUrlQuery query;
        QList<QPair<QByteArray, QByteArray>> headers;
        int status = 0;
        QString fault;          ///< the fault applied, if any
        bool hasHeader(const QByteArray &name) const;
        QByteArray header(const QByteArray &name) const;
    };

    explicit FakeProviderServer(const TrafficGenerator &generator, QObject *parent = nullptr);
    ~FakeProviderServer() override;

    /// Listens on 127.0.0.1 (and ::1 on the same port when possible). Returns the port, 0 on failure.
    quint16 listenLoopback(quint16 port = 0);
    quint16 port() const { return m_port; }
    /// http://127.0.0.1:<port>
    QUrl baseUrl() const;
    /// Also serves TLS on another loopback port with this certificate (a self-signed one makes
    /// clients fail their handshake, as a real misconfigured server does). Returns the port, 0
    /// on failure or without TLS support.
    quint16 listenTlsLoopback(const QByteArray &certificatePem, const QByteArray &keyPem);

    const TrafficGenerator &generator() const { return m_generator; }
    const Credentials &credentials() const { return m_credentials; }
    void setCredentials(const Credentials &credentials) { m_credentials = credentials; }

    void addFault(const Fault &fault);
    void clearFaults();
    /// 429 once more than `requests` arrive within any `windowMs` for that provider; 0 = off.
    void setRateLimit(Provider provider, int requests, qint64 windowMs);
    /// Which spellings of NexBro's single-CDR path exist (the docs disagree).
    void setNexBroSinglePaths(bool withCall, bool withoutCall);

    QList<LoggedRequest> requestLog() const { return m_log; }
    void clearRequestLog() { m_log.clear(); }
    /// Parses a fault spec such as "429;retry-after=2;count=3;every=2;path=/cdr".
    static std::optional<Fault> parseFault(const QString &spec, QString *error = nullptr);

Q_SIGNALS:
    void requestHandled(int status, const QString &path);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Response
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct Selection;

    Response route(const QHttpServerRequest &request, Provider *provider);
    Response plivo(const QHttpServerRequest &request, const QStringList &parts);
    Response vobiz(const QHttpServerRequest &request, const QStringList &parts);
    Response carrierx(const QHttpServerRequest &request, const QStringList &parts);
    Response nexbro(const QHttpServerRequest &request, const QStringList &parts);
    std::optional<Fault> takeFault(const QHttpServerRequest &request, const QString &path);
    bool rateLimited(Provider provider, Response *response);
    void write(QTcpSocket *socket, const Response &response, const Fault *fault, const QHttpServerRequest &request);

    TrafficGenerator m_generator;
    Credentials m_credentials;
    quint16 m_port = 0;
    struct FaultState
    {
        Fault fault;
        int seen = 0;
        int applied = 0;
    };
    QList<FaultState> m_faults;
    struct Limit
    {
        int requests = 0;
        qint64 windowMs = 0;
        std::deque<qint64> arrivals;
    };
    QHash<int, Limit> m_limits;
    bool m_nexbroWithCall = true;
    bool m_nexbroWithoutCall = true;
    bool m_ignorePaging = false; ///< while routing a request under the "stuck" fault
    QList<LoggedRequest> m_log;
};

} // namespace cdr
