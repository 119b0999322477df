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
// Composition: one class per API (FakePlivoApi, FakeVobizApi, FakeCarrierXApi, FakeNexBroApi)
// answers the requests; FaultInjector picks and applies the faults; this class listens, routes,
// rate-limits, logs and writes.
//
// Threading: lives in one thread (it may be moved to a worker thread before listen());
// requestLog() and the fault setters must be called from that thread.

#include "fakecarrierxapi.h"
#include "fakenexbroapi.h"
#include "fakeplivoapi.h"
#include "fakevobizapi.h"
#include "faultinjector.h"

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
    using Credentials = FakeCredentials;
    using Fault = FaultInjector::Fault;

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

    void addFault(const Fault &fault) { m_faults.addFault(fault); }
    void clearFaults() { m_faults.clearFaults(); }
    /// 429 once more than `requests` arrive within any `windowMs` for that provider; 0 = off.
    void setRateLimit(Provider provider, int requests, qint64 windowMs);
    /// Which spellings of NexBro's single-CDR path exist (the docs disagree).
    void setNexBroSinglePaths(bool withCall, bool withoutCall) { m_nexbro.setSinglePaths(withCall, withoutCall); }

    QList<LoggedRequest> requestLog() const { return m_log; }
    void clearRequestLog() { m_log.clear(); }
    /// Parses a fault spec such as "429;retry-after=2;count=3;every=2;path=/cdr".
    static std::optional<Fault> parseFault(const QString &spec, QString *error = nullptr)
    {
        return FaultInjector::parseFault(spec, error);
    }

Q_SIGNALS:
    void requestHandled(int status, const QString &path);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    using Response = fakeapi::Response;

    /// `ignorePaging` serves first pages only (the "stuck" fault).
    Response route(const QHttpServerRequest &request, Provider *provider, bool ignorePaging);
    bool rateLimited(Provider provider, Response *response);
    void write(QTcpSocket *socket, const Response &response, const Fault *fault);

    TrafficGenerator m_generator;
    Credentials m_credentials;
    quint16 m_port = 0;
    FaultInjector m_faults;
    // The APIs hold references to m_generator and m_credentials, declared above them.
    FakePlivoApi m_plivo{m_generator, m_credentials};
    FakeVobizApi m_vobiz{m_generator, m_credentials};
    FakeCarrierXApi m_carrierx{m_generator, m_credentials};
    FakeNexBroApi m_nexbro{m_generator, m_credentials};
    struct Limit
    {
        int requests = 0;
        qint64 windowMs = 0;
        std::deque<qint64> arrivals;
    };
    QHash<int, Limit> m_limits;
    QList<LoggedRequest> m_log;
};

} // namespace cdr
