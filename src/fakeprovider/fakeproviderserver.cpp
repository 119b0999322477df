// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeproviderserver.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#endif
#include <QTcpSocket>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cdr {

using namespace fakeapi;

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 302: return "Found";
    case 307: return "Temporary Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 406: return "Not Acceptable";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace

bool FakeProviderServer::LoggedRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray FakeProviderServer::LoggedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

FakeProviderServer::FakeProviderServer(const TrafficGenerator &generator, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_generator(generator)
{
}

FakeProviderServer::~FakeProviderServer() = default;

quint16 FakeProviderServer::listenLoopback(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    if (m_port) {
        // "localhost" may resolve to ::1 first; serve it too (the redirect fault uses it).
        listen(QHostAddress::LocalHostIPv6, m_port);
    }
    return m_port;
}

quint16 FakeProviderServer::listenTlsLoopback(const QByteArray &certificatePem, const QByteArray &keyPem)
{
#if QT_CONFIG(ssl)
    if (!QSslSocket::supportsSsl())
        return 0;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certificatePem, QSsl::Pem));
    config.setPrivateKey(QSslKey(keyPem, QSsl::Rsa, QSsl::Pem));
    if (config.localCertificate().isNull() || config.privateKey().isNull())
        return 0;
    auto *server = new QSslServer(this);
    server->setSslConfiguration(config);
    if (!server->listen(QHostAddress::LocalHost, 0)) {
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
#else
    Q_UNUSED(certificatePem);
    Q_UNUSED(keyPem);
    return 0;
#endif
}

QUrl FakeProviderServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

void FakeProviderServer::setRateLimit(Provider provider, int requests, qint64 windowMs)
{
    m_limits[int(provider)] = Limit{requests, windowMs, {}};
}

bool FakeProviderServer::rateLimited(Provider provider, Response *response)
{
    auto it = m_limits.find(int(provider));
    if (it == m_limits.end() || it->requests <= 0)
        return false;
    Limit &l = *it;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (!l.arrivals.empty() && l.arrivals.front() + l.windowMs <= now)
        l.arrivals.pop_front();
    const qint64 resetMs = l.arrivals.empty() ? l.windowMs : l.arrivals.front() + l.windowMs - now;
    const QByteArray resetS = QByteArray::number(qint64(std::ceil(resetMs / 1000.0)));
    if (qsizetype(l.arrivals.size()) >= l.requests) {
        response->status = 429;
        if (provider == Provider::NexBro) {
            response->headers = {{"X-RateLimit-Limit", QByteArray::number(l.requests)},
                                 {"X-RateLimit-Remaining", "0"},
                                 {"X-RateLimit-Reset", resetS}};
            response->body = json({{u"message"_s, u"Too Many Attempts."_s}});
        } else {
            response->headers = {{"Retry-After", resetS}};
            response->body = json({{u"api_id"_s, apiId()}, {u"error"_s, u"too many requests"_s}});
        }
        return true;
    }
    l.arrivals.push_back(now);
    if (provider == Provider::NexBro) {
        response->headers = {{"X-RateLimit-Limit", QByteArray::number(l.requests)},
                             {"X-RateLimit-Remaining", QByteArray::number(l.requests - qint64(l.arrivals.size()))},
                             {"X-RateLimit-Reset", resetS}};
    }
    return false;
}

bool FakeProviderServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    LoggedRequest entry;
    entry.receivedMs = QDateTime::currentMSecsSinceEpoch();
    entry.host = QString::fromLatin1(request.value("Host")).section(u':', 0, 0);
    entry.path = request.url().path();
    entry.query = request.query();
    entry.headers = request.headers();

    const std::optional<Fault> fault = m_faults.take(request, entry.path);
    Response response;
    Provider provider = Provider::Unknown;
    if (!fault || !FaultInjector::answerInstead(*fault, request, entry.host, m_port, &response, &entry.fault)) {
        response = route(request, &provider, fault && fault->kind == Fault::Kind::Stuck);
        if (fault) {
            FaultInjector::patch(*fault, &response);
            entry.fault = FaultInjector::nameOf(*fault);
        }
    }
    entry.status = response.status;
    m_log.append(entry);
    write(socket, response, fault ? &*fault : nullptr);
    Q_EMIT requestHandled(response.status, entry.path);
    return true;
}

void FakeProviderServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, errorReply(404, {{u"error"_s, u"no such endpoint"_s}}), nullptr);
}

void FakeProviderServer::write(QTcpSocket *socket, const Response &response, const Fault *fault)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    FaultInjector::send(socket, head, response.body, fault);
}

FakeProviderServer::Response FakeProviderServer::route(const QHttpServerRequest &request, Provider *provider, bool ignorePaging)
{
    const QString path = request.url().path();
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (request.method() != QHttpServerRequest::Method::Get)
        return errorReply(405, {{u"error"_s, u"only GET is served"_s}});
    Response r;
    // /v1/Account/{id}/Call/...
    if (parts.size() >= 4 && parts[0] == u"v1" && parts[1] == u"Account" && parts[3] == u"Call") {
        *provider = Provider::Plivo;
        if (rateLimited(Provider::Plivo, &r))
            return r;
        return m_plivo.handle(request, parts, ignorePaging);
    }
    // /api/v1/Account/{id}/(cdr|Call)...
    if (parts.size() >= 5 && parts[0] == u"api" && parts[1] == u"v1" && parts[2].compare(u"Account", Qt::CaseInsensitive) == 0) {
        *provider = Provider::Vobiz;
        if (rateLimited(Provider::Vobiz, &r))
            return r;
        return m_vobiz.handle(request, parts, ignorePaging);
    }
    // /core/v2/calls/call_drs...
    if (parts.size() >= 4 && parts[0] == u"core" && parts[1] == u"v2" && parts[2] == u"calls" && parts[3] == u"call_drs") {
        *provider = Provider::CarrierX;
        if (rateLimited(Provider::CarrierX, &r))
            return r;
        return m_carrierx.handle(request, parts, ignorePaging);
    }
    // /admin/api/nexbro/v1/...
    if (parts.size() >= 5 && parts[0] == u"admin" && parts[1] == u"api" && parts[2] == u"nexbro" && parts[3] == u"v1") {
        *provider = Provider::NexBro;
        Response limited;
        if (rateLimited(Provider::NexBro, &limited))
            return limited;
        Response out = m_nexbro.handle(request, parts, ignorePaging);
        out.headers += limited.headers; // X-RateLimit-* on every answer
        return out;
    }
    return errorReply(404, {{u"error"_s, u"no such endpoint: %1"_s.arg(path)}});
}

} // namespace cdr
