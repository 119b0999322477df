// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeproviderserver.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#endif
#include <QTcpSocket>
#include <QTimer>
#include <QTimeZone>
#include <QUuid>

#include <cmath>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace cdr {

namespace {

QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QString apiId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

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

// "2026-01-02", "2026-01-02 10:00", "2026-01-02 10:00:00", with 'T' and/or 'Z', as UTC.
QDateTime parseUtc(QString text)
{
    text = text.trimmed();
    text.replace(u'T', u' ');
    if (text.endsWith(u'Z'))
        text.chop(1);
    const int dot = int(text.indexOf(u'.'));
    if (dot > 0)
        text.truncate(dot);
    for (const auto fmt : {u"yyyy-MM-dd HH:mm:ss"_s, u"yyyy-MM-dd HH:mm"_s, u"yyyy-MM-dd"_s}) {
        QDateTime t = QDateTime::fromString(text, fmt);
        if (t.isValid()) {
            t.setTimeZone(QTimeZone::utc());
            return t;
        }
    }
    return {};
}

bool intParam(const QUrlQuery &q, const QString &key, qint64 def, qint64 *out)
{
    if (!q.hasQueryItem(key)) {
        *out = def;
        return true;
    }
    bool ok = false;
    *out = q.queryItemValue(key).toLongLong(&ok);
    return ok;
}

QString queryValue(const QUrlQuery &q, const QString &key)
{
    return q.queryItemValue(key, QUrl::FullyDecoded);
}

const QByteArray &deflateBomb();

} // namespace

// The calls a list request selects: generator indices [lo, hi), optionally narrowed by
// attribute filters into an explicit list, and optionally newest first.
struct FakeProviderServer::Selection
{
    qint64 lo = 0;
    qint64 hi = 0;
    bool filtered = false;
    QList<qint64> indices;
    bool descending = false;

    qint64 size() const { return filtered ? indices.size() : hi - lo; }
    qint64 at(qint64 i) const
    {
        const qint64 k = descending ? size() - 1 - i : i;
        return filtered ? indices.at(k) : lo + k;
    }
    void filter(const std::function<bool(qint64)> &keep)
    {
        filtered = true;
        for (qint64 i = lo; i < hi; ++i) {
            if (keep(i))
                indices.append(i);
        }
    }
};

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

void FakeProviderServer::addFault(const Fault &fault)
{
    if (fault.kind == Fault::Kind::GzipBomb)
        deflateBomb(); // built now, not while a client's timers run
    m_faults.append(FaultState{fault, 0, 0});
}
void FakeProviderServer::clearFaults() { m_faults.clear(); }

void FakeProviderServer::setRateLimit(Provider provider, int requests, qint64 windowMs)
{
    m_limits[int(provider)] = Limit{requests, windowMs, {}};
}

void FakeProviderServer::setNexBroSinglePaths(bool withCall, bool withoutCall)
{
    m_nexbroWithCall = withCall;
    m_nexbroWithoutCall = withoutCall;
}

std::optional<FakeProviderServer::Fault> FakeProviderServer::parseFault(const QString &spec, QString *error)
{
    const QStringList parts = spec.split(u';', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        if (error)
            *error = u"empty fault"_s;
        return std::nullopt;
    }
    Fault f;
    const QString kind = parts.first().trimmed().toLower();
    bool ok = false;
    const int status = kind.toInt(&ok);
    if (ok && status >= 300 && status <= 599) {
        f.kind = Fault::Kind::Status;
        f.status = status;
    } else if (kind.startsWith(u"total=")) {
        f.kind = Fault::Kind::PatchTotal;
        f.total = kind.mid(6).toDouble(&ok);
        if (!ok) {
            if (error)
                *error = u"total= needs a number"_s;
            return std::nullopt;
        }
    } else if (kind.startsWith(u"pad=")) {
        f.kind = Fault::Kind::Pad;
        f.size = kind.mid(4).toLongLong(&ok);
        if (!ok || f.size < 0) {
            if (error)
                *error = u"pad= needs a byte count"_s;
            return std::nullopt;
        }
    } else {
        static const QHash<QString, Fault::Kind> kinds{
            {u"slow"_s, Fault::Kind::Slow},
            {u"truncate"_s, Fault::Kind::Truncate},
            {u"truncate-json"_s, Fault::Kind::TruncateJson},
            {u"oversize"_s, Fault::Kind::Oversize},
            {u"redirect"_s, Fault::Kind::Redirect},
            {u"redirect-same"_s, Fault::Kind::RedirectSameHost},
            {u"redirect-file"_s, Fault::Kind::RedirectFile},
            {u"redirect-data"_s, Fault::Kind::RedirectData},
            {u"redirect-loop"_s, Fault::Kind::RedirectLoop},
            {u"echo-auth"_s, Fault::Kind::EchoAuth},
            {u"stuck"_s, Fault::Kind::Stuck},
            {u"drip"_s, Fault::Kind::Drip},
            {u"stall"_s, Fault::Kind::Stall},
            {u"hang"_s, Fault::Kind::Hang},
            {u"bad-chunked"_s, Fault::Kind::BadChunked},
            {u"gzip-bomb"_s, Fault::Kind::GzipBomb},
            {u"html"_s, Fault::Kind::Html},
            {u"wrong-shape"_s, Fault::Kind::WrongShape},
        };
        const auto it = kinds.constFind(kind);
        if (it == kinds.constEnd()) {
            if (error)
                *error = u"unknown fault \"%1\" (use a status such as 503, or one of %2, total=N, pad=BYTES)"_s
                             .arg(kind, QStringList(kinds.keys()).join(u", "));
            return std::nullopt;
        }
        f.kind = *it;
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString key = parts[i].section(u'=', 0, 0).trimmed().toLower();
        const QString value = parts[i].section(u'=', 1).trimmed();
        const int n = value.toInt(&ok);
        if (key == u"retry-after" && value == u"date")
            f.retryAfterAsDate = true, f.retryAfterS = f.retryAfterS < 0 ? 1 : f.retryAfterS;
        else if (key == u"retry-after" && ok)
            f.retryAfterS = n;
        else if (key == u"retry-after")
            f.retryAfterRaw = value.toLatin1();
        else if (key == u"reset" && !ok)
            f.resetRaw = value.toLatin1();
        else if (key == u"status" && ok)
            f.echoStatus = n;
        else if (key == u"interval" && ok && n > 0)
            f.intervalMs = n;
        else if (key == u"length" && value.toLongLong() > 0)
            f.size = value.toLongLong();
        else if (key == u"file")
            f.file = value;
        else if (key == u"retry-after-date" && ok)
            f.retryAfterS = n, f.retryAfterAsDate = true;
        else if (key == u"reset" && ok)
            f.rateLimitResetS = n;
        else if (key == u"delay" && ok)
            f.delayMs = n;
        else if (key == u"count" && ok)
            f.count = n;
        else if (key == u"every" && ok && n > 0)
            f.every = n;
        else if (key == u"skip" && ok)
            f.skip = n;
        else if (key == u"path")
            f.pathContains = value;
        else {
            if (error)
                *error = u"bad fault option \"%1\""_s.arg(parts[i]);
            return std::nullopt;
        }
    }
    return f;
}

std::optional<FakeProviderServer::Fault> FakeProviderServer::takeFault(const QHttpServerRequest &request,
                                                                       const QString &path)
{
    // Per-request faults first (manual use with curl or the app).
    QString spec = request.query().queryItemValue(u"fault"_s);
    if (spec.isEmpty())
        spec = QString::fromLatin1(request.value("X-Fake-Fault"));
    if (!spec.isEmpty())
        return parseFault(spec);
    for (FaultState &s : m_faults) {
        if (!s.fault.pathContains.isEmpty() && !path.contains(s.fault.pathContains))
            continue;
        if (s.fault.count >= 0 && s.applied >= s.fault.count)
            continue;
        const int n = s.seen++;
        if (n < s.fault.skip || (n - s.fault.skip) % s.fault.every != 0)
            continue;
        ++s.applied;
        return s.fault;
    }
    return std::nullopt;
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

    const std::optional<Fault> fault = takeFault(request, entry.path);
    Response response;
    Provider provider = Provider::Unknown;
    const auto redirectTo = [&](const QByteArray &location, const QString &name) {
        response.status = 302;
        response.headers.append({"Location", location});
        response.body.clear();
        entry.fault = name;
    };
    if (fault && fault->kind == Fault::Kind::Status) {
        response.status = fault->status;
        response.body = json({{u"error"_s, u"injected fault"_s}, {u"status"_s, fault->status}});
        if (fault->retryAfterS >= 0) {
            if (fault->retryAfterAsDate) {
                const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(fault->retryAfterS + 1);
                response.headers.append({"Retry-After", QLocale::c().toString(at, u"ddd, dd MMM yyyy HH:mm:ss"_s).toLatin1() + " GMT"});
            } else {
                response.headers.append({"Retry-After", QByteArray::number(fault->retryAfterS)});
            }
        }
        if (!fault->retryAfterRaw.isEmpty())
            response.headers.append({"Retry-After", fault->retryAfterRaw});
        if (fault->rateLimitResetS >= 0)
            response.headers.append({"X-RateLimit-Reset", QByteArray::number(fault->rateLimitResetS)});
        if (!fault->resetRaw.isEmpty())
            response.headers.append({"X-RateLimit-Reset", fault->resetRaw});
        entry.fault = QString::number(fault->status);
    } else if (fault && (fault->kind == Fault::Kind::Redirect || fault->kind == Fault::Kind::RedirectSameHost)) {
        QUrl target = request.url();
        QUrlQuery q = request.query();
        q.removeAllQueryItems(u"fault"_s);
        target.setQuery(q);
        target.setScheme(u"http"_s);
        target.setPort(m_port);
        if (fault->kind == Fault::Kind::Redirect) {
            // Another host name for the same server: a credential leak would show in the log.
            target.setHost(entry.host == u"localhost" ? u"127.0.0.1"_s : u"localhost"_s);
            redirectTo(target.toEncoded(), u"redirect"_s);
        } else {
            target.setHost(entry.host.isEmpty() ? u"127.0.0.1"_s : entry.host);
            redirectTo(target.toEncoded(), u"redirect-same"_s);
        }
    } else if (fault && fault->kind == Fault::Kind::RedirectFile) {
        redirectTo(QUrl::fromLocalFile(fault->file).toEncoded(), u"redirect-file"_s);
    } else if (fault && fault->kind == Fault::Kind::RedirectData) {
        // A complete, valid-looking call list: a client that follows it imports made-up calls.
        redirectTo("data:application/json,{\"objects\":[{\"call_uuid\":\"injected-by-redirect\"}],\"meta\":{\"total_count\":1}}",
                   u"redirect-data"_s);
    } else if (fault && fault->kind == Fault::Kind::RedirectLoop) {
        QUrl target = request.url();
        target.setScheme(u"http"_s);
        target.setHost(entry.host.isEmpty() ? u"127.0.0.1"_s : entry.host);
        target.setPort(m_port);
        redirectTo(target.toEncoded(), u"redirect-loop"_s);
    } else if (fault && fault->kind == Fault::Kind::EchoAuth) {
        // Some APIs quote the rejected credential back, in the spelling they received it.
        QStringList quoted;
        for (const QByteArray name : {"Authorization", "X-Auth-ID", "X-Auth-Token", "X-API-KEY"}) {
            const QByteArray v = request.value(name);
            if (v.isEmpty())
                continue;
            quoted << QString::fromLatin1(name) + u": "_s + QString::fromUtf8(v);
            if (v.startsWith("Basic "))
                quoted << u"decoded "_s + QString::fromUtf8(QByteArray::fromBase64(v.mid(6)));
            if (v.startsWith("Bearer "))
                quoted << u"token "_s + QString::fromUtf8(v.mid(7));
        }
        response.status = fault->echoStatus;
        response.body = json(QJsonObject{{u"api_id"_s, apiId()}, {u"error"_s, QString(u"token not valid: "_s + quoted.join(u"; "_s))}});
        entry.fault = u"echo-auth"_s;
    } else if (fault && fault->kind == Fault::Kind::Html) {
        response.status = 200;
        response.contentType = "text/html; charset=utf-8";
        response.body = "<!DOCTYPE html>\n<html><head><title>Sign in - Corporate Proxy</title></head>"
                        "<body><h1>Please sign in</h1><form method=post></form></body></html>\n";
        entry.fault = u"html"_s;
    } else if (fault && fault->kind == Fault::Kind::WrongShape) {
        response.status = 200;
        response.body = R"({"result":"ok","records_v2":{"list":[1,2,3]},"cursor":null})";
        entry.fault = u"wrong-shape"_s;
    } else {
        m_ignorePaging = fault && fault->kind == Fault::Kind::Stuck;
        response = route(request, &provider);
        m_ignorePaging = false;
        if (fault && fault->kind == Fault::Kind::PatchTotal && response.status == 200) {
            // A lying total in each provider's envelope.
            QJsonObject o = QJsonDocument::fromJson(response.body).object();
            const QJsonValue total(fault->total);
            if (o.contains(u"meta")) {
                QJsonObject meta = o.value(u"meta").toObject();
                meta.insert(u"total_count", total);
                o.insert(u"meta", meta);
            } else if (o.contains(u"pagination")) {
                QJsonObject pg = o.value(u"pagination").toObject();
                pg.insert(u"total", total);
                o.insert(u"pagination", pg);
            } else if (o.value(u"data").isObject()) {
                QJsonObject data = o.value(u"data").toObject();
                data.insert(u"total", total);
                o.insert(u"data", data);
            } else if (o.contains(u"total")) {
                o.insert(u"total", total);
            }
            response.body = json(o);
        }
        if (fault && fault->kind == Fault::Kind::Pad && response.body.size() < fault->size)
            response.body += QByteArray(fault->size - response.body.size(), ' '); // still valid JSON
        if (fault) {
            static const QHash<int, QString> names{
                {int(Fault::Kind::Slow), u"slow"_s}, {int(Fault::Kind::Truncate), u"truncate"_s},
                {int(Fault::Kind::TruncateJson), u"truncate-json"_s}, {int(Fault::Kind::Oversize), u"oversize"_s},
                {int(Fault::Kind::PatchTotal), u"total"_s}, {int(Fault::Kind::Stuck), u"stuck"_s},
                {int(Fault::Kind::Drip), u"drip"_s}, {int(Fault::Kind::Stall), u"stall"_s},
                {int(Fault::Kind::Hang), u"hang"_s}, {int(Fault::Kind::BadChunked), u"bad-chunked"_s},
                {int(Fault::Kind::GzipBomb), u"gzip-bomb"_s}, {int(Fault::Kind::Pad), u"pad"_s},
            };
            entry.fault = names.value(int(fault->kind));
        }
    }
    entry.status = response.status;
    m_log.append(entry);
    write(socket, response, fault ? &*fault : nullptr, request);
    Q_EMIT requestHandled(response.status, entry.path);
    return true;
}

void FakeProviderServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Response r;
    r.status = 404;
    r.body = json({{u"error"_s, u"no such endpoint"_s}});
    write(socket, r, nullptr, request);
}

namespace {

// zlib-wrapped zeros ("Content-Encoding: deflate"): 96 MB inflated from about 100 KB.
const QByteArray &deflateBomb()
{
    static const QByteArray bomb = [] {
        QByteArray zeros(96 * 1024 * 1024, '\0');
        QByteArray z = qCompress(zeros, 9);
        return z.mid(4); // qCompress prefixes the length; the rest is a plain zlib stream
    }();
    return bomb;
}

} // namespace

void FakeProviderServer::write(QTcpSocket *socket, const Response &response, const Fault *fault,
                               const QHttpServerRequest &)
{
    QByteArray body = response.body;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    head += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    QPointer<QTcpSocket> sock(socket);
    const Fault::Kind kind = fault ? fault->kind : Fault::Kind::Status;
    if (fault && kind == Fault::Kind::Oversize) {
        // Announce half a gigabyte, send a little, stop: the client must refuse to read on.
        head += "Content-Length: 536870912\r\n\r\n";
        socket->write(head + QByteArray(64 * 1024, ' '));
        return;
    }
    if (fault && kind == Fault::Kind::Hang)
        return; // the request was read; no answer ever comes (the socket stays open)
    if (fault && kind == Fault::Kind::Stall) {
        // A plausible length, the first bytes of the body, then silence on an open connection.
        head += "Content-Length: " + QByteArray::number(std::max<qint64>(fault->size, body.size() + 1)) + "\r\n\r\n";
        socket->write(head + body.left(std::min<qsizetype>(body.size(), 512)));
        return;
    }
    if (fault && kind == Fault::Kind::Drip) {
        // The whole answer, one byte per interval: never idle for long, never done.
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        socket->write(head);
        auto *timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [sock, timer, body, offset] {
            if (!sock || sock->state() != QAbstractSocket::ConnectedState || *offset >= body.size()) {
                timer->stop();
                return;
            }
            sock->write(body.mid((*offset)++, 1));
        });
        timer->start(fault->intervalMs);
        return;
    }
    if (fault && kind == Fault::Kind::BadChunked) {
        // A valid first chunk, then a chunk size that is not hexadecimal.
        head += "Transfer-Encoding: chunked\r\n\r\n";
        const QByteArray first = body.left(std::min<qsizetype>(body.size(), 100));
        socket->write(head + QByteArray::number(first.size(), 16) + "\r\n" + first + "\r\nzz-not-a-size\r\n"
                      + body.mid(first.size()) + "\r\n0\r\n\r\n");
        return;
    }
    if (fault && kind == Fault::Kind::GzipBomb) {
        const QByteArray &bomb = deflateBomb();
        head += "Content-Encoding: deflate\r\nContent-Length: " + QByteArray::number(bomb.size()) + "\r\n\r\n";
        socket->write(head + bomb);
        return;
    }
    if (fault && kind == Fault::Kind::Truncate) {
        // The connection drops halfway through the announced body.
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        socket->write(head + body.left(body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    if (fault && kind == Fault::Kind::TruncateJson)
        body = body.left(body.size() / 2); // a complete HTTP message carrying half a document
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    const QByteArray all = head + body;
    if (fault && kind == Fault::Kind::Slow) {
        QTimer::singleShot(fault->delayMs, this, [sock, all] {
            if (sock && sock->state() == QAbstractSocket::ConnectedState)
                sock->write(all);
        });
        return;
    }
    socket->write(all);
}

FakeProviderServer::Response FakeProviderServer::route(const QHttpServerRequest &request, Provider *provider)
{
    const QString path = request.url().path();
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    Response r;
    if (request.method() != QHttpServerRequest::Method::Get) {
        r.status = 405;
        r.body = json({{u"error"_s, u"only GET is served"_s}});
        return r;
    }
    // /v1/Account/{id}/Call/...
    if (parts.size() >= 4 && parts[0] == u"v1" && parts[1] == u"Account" && parts[3] == u"Call") {
        *provider = Provider::Plivo;
        if (rateLimited(Provider::Plivo, &r))
            return r;
        return plivo(request, parts);
    }
    // /api/v1/Account/{id}/(cdr|Call)...
    if (parts.size() >= 5 && parts[0] == u"api" && parts[1] == u"v1" && parts[2].compare(u"Account", Qt::CaseInsensitive) == 0) {
        *provider = Provider::Vobiz;
        if (rateLimited(Provider::Vobiz, &r))
            return r;
        return vobiz(request, parts);
    }
    // /core/v2/calls/call_drs...
    if (parts.size() >= 4 && parts[0] == u"core" && parts[1] == u"v2" && parts[2] == u"calls" && parts[3] == u"call_drs") {
        *provider = Provider::CarrierX;
        if (rateLimited(Provider::CarrierX, &r))
            return r;
        return carrierx(request, parts);
    }
    // /admin/api/nexbro/v1/...
    if (parts.size() >= 5 && parts[0] == u"admin" && parts[1] == u"api" && parts[2] == u"nexbro" && parts[3] == u"v1") {
        *provider = Provider::NexBro;
        Response limited;
        if (rateLimited(Provider::NexBro, &limited))
            return limited;
        Response out = nexbro(request, parts);
        out.headers += limited.headers; // X-RateLimit-* on every answer
        return out;
    }
    r.status = 404;
    r.body = json({{u"error"_s, u"no such endpoint: %1"_s.arg(path)}});
    return r;
}

// ---------------------------------------------------------------- Plivo

FakeProviderServer::Response FakeProviderServer::plivo(const QHttpServerRequest &request, const QStringList &parts)
{
    Response r;
    const auto error = [&r](int status, const QString &message) {
        r.status = status;
        r.body = json({{u"api_id"_s, apiId()}, {u"error"_s, message}});
        return r;
    };
    const QByteArray auth = request.value("Authorization");
    const QByteArray expected = "Basic " + QByteArray(m_credentials.plivoAuthId.toUtf8() + ':' + m_credentials.plivoToken.toUtf8()).toBase64();
    if (auth != expected || parts[2] != m_credentials.plivoAuthId)
        return error(401, u"Authentication credentials invalid"_s);

    const QString authId = parts[2];
    if (parts.size() == 5) {
        const auto index = m_generator.indexForId(Provider::Plivo, parts[4]);
        if (!index)
            return error(404, u"not found"_s);
        QJsonObject o = m_generator.record(Provider::Plivo, *index);
        o.insert(u"api_id", apiId());
        r.body = json(o);
        return r;
    }
    if (parts.size() != 4)
        return error(404, u"not found"_s);

    const QUrlQuery q = request.query();
    qint64 limit = 0, offset = 0;
    if (!intParam(q, u"limit"_s, 20, &limit) || limit <= 0 || limit > 20)
        return error(400, u"limit should be between 1 and 20"_s);
    if (!intParam(q, u"offset"_s, 0, &offset) || offset < 0)
        return error(400, u"offset should be >= 0"_s);
    if (m_ignorePaging)
        offset = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime from = now.addDays(-7), to = now;
    for (const auto &[key, isLower] : {std::pair{u"end_time__gte"_s, true}, std::pair{u"end_time__gt"_s, true},
                                       std::pair{u"end_time__lte"_s, false}, std::pair{u"end_time__lt"_s, false}}) {
        if (!q.hasQueryItem(key))
            continue;
        const QDateTime t = parseUtc(queryValue(q, key));
        if (!t.isValid())
            return error(400, u"%1: expected YYYY-MM-DD HH:MM[:ss]"_s.arg(key));
        if (isLower)
            from = key.endsWith(u"gt") ? t.addMSecs(1) : t;
        else
            to = key.endsWith(u"lte") ? t.addMSecs(999) : t.addMSecs(-1);
    }
    if (from < now.addDays(-90))
        return error(400, u"end_time filter is older than 90 days: only the last 90 days can be retrieved"_s);
    if (from.daysTo(to) > 30 || from.msecsTo(to) > 30LL * 86400 * 1000)
        return error(400, u"the end_time range cannot exceed 30 days"_s);

    Selection sel;
    sel.lo = m_generator.firstIndexAtOrAfter(Provider::Plivo, from);
    sel.hi = std::max(sel.lo, m_generator.firstIndexAtOrAfter(Provider::Plivo, to.addMSecs(1)));
    sel.descending = true; // newest first
    const QString direction = queryValue(q, u"call_direction"_s);
    const QString fromNumber = queryValue(q, u"from_number"_s);
    const QString toNumber = queryValue(q, u"to_number"_s);
    if (!direction.isEmpty() || !fromNumber.isEmpty() || !toNumber.isEmpty()) {
        sel.filter([&](qint64 i) {
            const QJsonObject o = m_generator.record(Provider::Plivo, i);
            return (direction.isEmpty() || o.value(u"call_direction").toString() == direction)
                   && (fromNumber.isEmpty() || o.value(u"from_number").toString().startsWith(fromNumber))
                   && (toNumber.isEmpty() || o.value(u"to_number").toString().startsWith(toNumber));
        });
    }
    const qint64 total = sel.size();
    QJsonArray objects;
    for (qint64 i = offset; i < std::min(total, offset + limit); ++i)
        objects.append(m_generator.record(Provider::Plivo, sel.at(i)));
    const auto pageUrl = [&](qint64 off) {
        QUrl u;
        u.setPath(u"/v1/Account/"_s + authId + u"/Call/"_s);
        QUrlQuery pq = q;
        pq.removeAllQueryItems(u"offset"_s);
        pq.removeAllQueryItems(u"limit"_s);
        pq.addQueryItem(u"limit"_s, QString::number(limit));
        pq.addQueryItem(u"offset"_s, QString::number(off));
        u.setQuery(pq);
        return QJsonValue(u.toString());
    };
    const QJsonObject meta{
        {u"limit"_s, limit},
        {u"offset"_s, offset},
        {u"total_count"_s, total},
        {u"next"_s, offset + limit < total ? pageUrl(offset + limit) : QJsonValue(QJsonValue::Null)},
        {u"previous"_s, offset > 0 ? pageUrl(std::max<qint64>(0, offset - limit)) : QJsonValue(QJsonValue::Null)},
    };
    r.body = json({{u"api_id"_s, apiId()}, {u"meta"_s, meta}, {u"objects"_s, objects}});
    return r;
}

// ---------------------------------------------------------------- Vobiz

FakeProviderServer::Response FakeProviderServer::vobiz(const QHttpServerRequest &request, const QStringList &parts)
{
    Response r;
    const auto error = [&r](int status, const QString &code, const QString &message) {
        r.status = status;
        r.body = json({{u"status"_s, u"error"_s},
                       {u"error"_s, QJsonValue(QJsonObject{{u"code"_s, code}, {u"message"_s, message}})},
                       {u"timestamp"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                       {u"requestId"_s, QString(u"req_"_s + apiId().left(8))}});
        return r;
    };
    if (request.value("X-Auth-ID") != m_credentials.vobizAuthId.toUtf8()
        || request.value("X-Auth-Token") != m_credentials.vobizToken.toUtf8() || parts[3] != m_credentials.vobizAuthId)
        return error(401, u"UNAUTHORIZED"_s, u"Invalid X-Auth-ID or X-Auth-Token"_s);
    const QUrlQuery q = request.query();
    const QString section = parts[4];

    if (section == u"Call") {
        if (parts.size() == 6) {
            const auto index = m_generator.indexForId(Provider::Vobiz, parts[5]);
            if (!index) {
                r.status = 404;
                r.body = json({{u"error"_s, u"call not found"_s}, {u"call_uuid"_s, parts[5]}});
                return r;
            }
            QJsonObject o = m_generator.vobizVoiceApiRecord(*index);
            o.insert(u"api_id", apiId());
            r.body = json(o);
            return r;
        }
        qint64 limit = 0, offset = 0;
        if (!intParam(q, u"limit"_s, 20, &limit) || limit <= 0 || limit > 100)
            return error(400, u"VALIDATION_ERROR"_s, u"limit must be 1..100"_s);
        if (!intParam(q, u"offset"_s, 0, &offset) || offset < 0)
            return error(400, u"VALIDATION_ERROR"_s, u"offset must be >= 0"_s);
        const qint64 total = m_generator.callCount();
        QJsonArray objects;
        for (qint64 i = offset; i < std::min(total, offset + limit); ++i)
            objects.append(m_generator.vobizVoiceApiRecord(total - 1 - i)); // newest first
        const QString next = u"/api/v1/Account/%1/Call/?limit=%2&offset=%3"_s.arg(parts[3]).arg(limit).arg(offset + limit);
        r.body = json({{u"api_id"_s, apiId()},
                       {u"meta"_s, QJsonObject{{u"limit"_s, limit}, {u"offset"_s, offset}, {u"total_count"_s, total},
                                               {u"previous"_s, QJsonValue(QJsonValue::Null)},
                                               {u"next"_s, offset + limit < total ? QJsonValue(next) : QJsonValue(QJsonValue::Null)}}},
                       {u"objects"_s, objects}});
        return r;
    }
    if (section != u"cdr")
        return error(404, u"NOT_FOUND"_s, u"no such endpoint"_s);

    const QString sub = parts.size() >= 6 ? parts[5] : QString();
    if (!sub.isEmpty() && sub != u"search" && sub != u"recent" && sub != u"export") {
        const auto index = m_generator.indexForId(Provider::Vobiz, sub);
        if (!index) {
            r.status = 404;
            r.body = json({{u"api_id"_s, apiId()}, {u"error"_s, u"CDR not found"_s}});
            return r;
        }
        r.body = json({{u"data"_s, m_generator.record(Provider::Vobiz, *index)}, {u"success"_s, true}});
        return r;
    }
    if (sub == u"recent") {
        qint64 limit = 0;
        if (!intParam(q, u"limit"_s, 20, &limit) || limit <= 0 || limit > 1000)
            return error(400, u"VALIDATION_ERROR"_s, u"limit must be 1..1000"_s);
        QJsonArray data;
        const qint64 total = m_generator.callCount();
        for (qint64 i = 0; i < std::min(limit, total); ++i)
            data.append(m_generator.record(Provider::Vobiz, total - 1 - i));
        r.body = json({{u"account_id"_s, parts[3]}, {u"count"_s, data.size()}, {u"data"_s, data}, {u"success"_s, true}});
        return r;
    }

    // list, search, export share the filters
    Selection sel;
    sel.lo = 0;
    sel.hi = m_generator.callCount();
    const bool hasStart = q.hasQueryItem(u"start_date"_s), hasEnd = q.hasQueryItem(u"end_date"_s);
    if (hasStart != hasEnd)
        return error(400, u"VALIDATION_ERROR"_s, u"start_date and end_date must be given together"_s);
    if (hasStart) {
        const QDate s = QDate::fromString(queryValue(q, u"start_date"_s), Qt::ISODate);
        const QDate e = QDate::fromString(queryValue(q, u"end_date"_s), Qt::ISODate);
        if (!s.isValid() || !e.isValid())
            return error(400, u"VALIDATION_ERROR"_s, u"dates must be YYYY-MM-DD"_s);
        sel.lo = m_generator.firstIndexAtOrAfter(Provider::Vobiz, QDateTime(s, QTime(0, 0), QTimeZone::utc()));
        sel.hi = std::max(sel.lo, m_generator.firstIndexAtOrAfter(Provider::Vobiz, QDateTime(e.addDays(1), QTime(0, 0), QTimeZone::utc())));
    }
    const QString direction = queryValue(q, u"call_direction"_s);
    const QString fromNumber = queryValue(q, u"from_number"_s);
    const QString toNumber = queryValue(q, u"to_number"_s);
    qint64 minDuration = -1;
    if (!intParam(q, u"min_duration"_s, -1, &minDuration))
        return error(400, u"VALIDATION_ERROR"_s, u"min_duration must be an integer"_s);
    if (!direction.isEmpty() || !fromNumber.isEmpty() || !toNumber.isEmpty() || minDuration >= 0) {
        sel.filter([&](qint64 i) {
            const QJsonObject o = m_generator.record(Provider::Vobiz, i);
            return (direction.isEmpty() || o.value(u"call_direction").toString() == direction)
                   && (fromNumber.isEmpty() || o.value(u"caller_id_number").toString().contains(fromNumber))
                   && (toNumber.isEmpty() || o.value(u"destination_number").toString().contains(toNumber))
                   && (minDuration < 0 || o.value(u"duration").toInteger() >= minDuration);
        });
    }

    if (sub == u"export") {
        if (request.value("Accept").contains("application/json"))
            return error(406, u"NOT_ACCEPTABLE"_s, u"the export endpoint answers text/csv"_s);
        static const QStringList columns{u"uuid"_s, u"account_id"_s, u"call_direction"_s, u"caller_id_name"_s,
                                         u"caller_id_number"_s, u"destination_number"_s, u"duration"_s, u"billsec"_s,
                                         u"ring_time"_s, u"start_time"_s, u"answer_time"_s, u"end_time"_s, u"total_cost"_s,
                                         u"currency"_s, u"hangup_cause"_s, u"hangup_cause_code"_s, u"hangup_cause_name"_s,
                                         u"hangup_source"_s, u"codec"_s, u"mos"_s, u"jitter"_s, u"packet_loss"_s,
                                         u"sip_call_id"_s};
        QByteArray csv = columns.join(u',').toUtf8() + "\r\n";
        for (qint64 i = 0; i < sel.size(); ++i) {
            const QJsonObject o = m_generator.record(Provider::Vobiz, sel.at(i));
            QStringList fields;
            for (const QString &c : columns) {
                const QJsonValue v = o.value(c);
                QString s = v.isDouble() ? QString::number(v.toDouble()) : v.isNull() ? QString() : v.toString();
                if (s.contains(u',') || s.contains(u'"'))
                    s = u'"' + s.replace(u"\""_s, u"\"\""_s) + u'"';
                fields.append(s);
            }
            csv += fields.join(u',').toUtf8() + "\r\n";
        }
        r.contentType = "text/csv";
        r.headers.append(qMakePair(QByteArray("Content-Disposition"), QByteArray("attachment; filename=cdrs.csv")));
        r.body = csv;
        return r;
    }

    qint64 page = 0, perPage = 0;
    if (!intParam(q, u"page"_s, 1, &page) || page < 1)
        return error(400, u"VALIDATION_ERROR"_s, u"page must be >= 1"_s);
    if (m_ignorePaging)
        page = 1;
    if (!intParam(q, u"per_page"_s, 20, &perPage) || perPage < 1 || perPage > 100)
        return error(400, u"VALIDATION_ERROR"_s, u"per_page must be 1..100"_s);
    const qint64 total = sel.size();
    const qint64 pages = (total + perPage - 1) / perPage;
    QJsonArray data;
    for (qint64 i = (page - 1) * perPage; i < std::min(total, page * perPage); ++i)
        data.append(m_generator.record(Provider::Vobiz, sel.at(i)));
    // The summary covers the whole filtered set; computed from the generator's truth.
    qint64 answered = 0, durationSum = 0, billSum = 0, lastMs = 0;
    double cost = 0;
    const qint64 summaryLimit = 200000; // beyond that, summarize a prefix (documented quirk of the fake)
    for (qint64 i = 0; i < std::min(total, summaryLimit); ++i) {
        const auto t = m_generator.truth(Provider::Vobiz, sel.at(i));
        durationSum += qint64(std::llround((t.endMs - t.startMs) / 1000.0));
        if (t.status == CallStatus::Answered) {
            ++answered;
            billSum += qint64(t.talkS);
            cost += std::round(((qint64(t.talkS) + 59) / 60) * 0.45 * 100) / 100;
        }
        lastMs = std::max(lastMs, t.startMs);
    }
    const QJsonObject summary{
        {u"totalCalls"_s, total},
        {u"answeredCalls"_s, answered},
        {u"answerRate"_s, total ? std::round(answered * 1000.0 / total) / 10 : 0.0},
        {u"avgCallDuration"_s, u"%1s"_s.arg(total ? durationSum / total : 0)},
        {u"total_duration_seconds"_s, durationSum},
        {u"total_billable_seconds"_s, billSum},
        {u"total_cost"_s, std::round(cost * 100) / 100},
        {u"last_call_at"_s, lastMs ? QJsonValue(QDateTime::fromMSecsSinceEpoch(lastMs, Qt::UTC).toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
    };
    QJsonObject envelope{
        {u"account_id"_s, parts[3]},
        {u"count"_s, data.size()},
        {u"data"_s, data},
        {u"pagination"_s, QJsonObject{{u"page"_s, page}, {u"per_page"_s, perPage}, {u"total"_s, total}, {u"pages"_s, pages},
                                       {u"has_next"_s, page < pages}, {u"has_prev"_s, page > 1}}},
        {u"summary"_s, summary},
        {u"success"_s, true},
    };
    if (sub == u"search") {
        envelope.insert(u"filters", QJsonObject{{u"call_direction"_s, direction}, {u"from_number"_s, fromNumber},
                                                {u"hangup_cause"_s, QString()}, {u"to_number"_s, toNumber}});
    }
    r.body = json(envelope);
    return r;
}

// ---------------------------------------------------------------- CarrierX

FakeProviderServer::Response FakeProviderServer::carrierx(const QHttpServerRequest &request, const QStringList &parts)
{
    Response r;
    const auto error = [&r](int status, const QString &message, const QString &field = QString()) {
        r.status = status;
        QJsonArray errors;
        if (!field.isEmpty())
            errors.append(QJsonValue(QJsonObject{{u"field"_s, field}, {u"message"_s, message}}));
        r.body = json({{u"message"_s, message}, {u"errors"_s, errors}});
        return r;
    };
    if (request.value("Authorization") != "Bearer " + m_credentials.carrierxToken.toUtf8())
        return error(401, u"Bad credentials"_s);
    if (parts.size() == 5) {
        const auto index = m_generator.indexForId(Provider::CarrierX, parts[4]);
        if (!index)
            return error(404, u"Cannot find item by SID"_s);
        r.body = json(m_generator.record(Provider::CarrierX, *index));
        return r;
    }
    if (parts.size() != 4)
        return error(404, u"Not Found"_s);

    const QUrlQuery q = request.query();
    qint64 limit = 0, offset = 0;
    if (!intParam(q, u"limit"_s, 10, &limit) || limit < 0 || limit > 1000)
        return error(400, u"limit must be between 0 and 1000"_s, u"limit"_s);
    if (!intParam(q, u"offset"_s, 0, &offset) || offset < 0)
        return error(400, u"offset must be >= 0"_s, u"offset"_s);
    // Under the "stuck" fault the cursor is ignored: the first page, with has_more, forever.
    const QString after = m_ignorePaging ? QString() : queryValue(q, u"after"_s), before = queryValue(q, u"before"_s);
    if (q.hasQueryItem(u"offset"_s) && (!after.isEmpty() || !before.isEmpty()))
        return error(400, u"offset cannot be combined with after or before"_s, u"offset"_s);

    Selection sel;
    sel.lo = 0;
    sel.hi = m_generator.callCount();
    QString direction, src, dst;
    const QString filter = queryValue(q, u"filter"_s).trimmed();
    if (!filter.isEmpty()) {
        static const QRegularExpression andSplit(u"\\s+and\\s+"_s, QRegularExpression::CaseInsensitiveOption);
        for (const QString &clause : filter.split(andSplit)) {
            const QStringList t = clause.trimmed().split(u' ', Qt::SkipEmptyParts);
            if (t.size() != 3)
                return error(400, u"cannot parse filter \"%1\""_s.arg(clause), u"filter"_s);
            QString value = t[2];
            if (value.size() >= 2 && (value.startsWith(u'\'') || value.startsWith(u'"')))
                value = value.mid(1, value.size() - 2);
            const QString attr = t[0], op = t[1].toLower();
            if (attr == u"date_stop" || attr == u"date_start") {
                const QDateTime at = parseUtc(value);
                if (!at.isValid())
                    return error(400, u"bad date \"%1\""_s.arg(value), u"filter"_s);
                const qint64 idx = m_generator.firstIndexAtOrAfter(Provider::CarrierX, at);
                const qint64 idxAfter = m_generator.firstIndexAtOrAfter(Provider::CarrierX, at.addMSecs(1));
                if (op == u"ge") sel.lo = std::max(sel.lo, idx);
                else if (op == u"gt") sel.lo = std::max(sel.lo, idxAfter);
                else if (op == u"lt") sel.hi = std::min(sel.hi, idx);
                else if (op == u"le") sel.hi = std::min(sel.hi, idxAfter);
                else return error(400, u"unsupported operator \"%1\""_s.arg(op), u"filter"_s);
            } else if (op == u"eq" && attr == u"direction") {
                direction = value;
            } else if (op == u"eq" && attr == u"number_src") {
                src = value;
            } else if (op == u"eq" && attr == u"number_dst") {
                dst = value;
            } else {
                return error(400, u"unsupported filter \"%1\""_s.arg(clause), u"filter"_s);
            }
        }
        sel.hi = std::max(sel.lo, sel.hi);
    }
    if (!direction.isEmpty() || !src.isEmpty() || !dst.isEmpty()) {
        sel.filter([&](qint64 i) {
            const QJsonObject o = m_generator.record(Provider::CarrierX, i);
            return (direction.isEmpty() || o.value(u"direction").toString() == direction)
                   && (src.isEmpty() || o.value(u"number_src").toString() == src)
                   && (dst.isEmpty() || o.value(u"number_dst").toString() == dst);
        });
    }
    const QString order = queryValue(q, u"order"_s).trimmed().toLower();
    if (!order.isEmpty() && order != u"date_stop asc" && order != u"date_stop" && order != u"date_stop+asc"
        && order != u"date_stop desc" && order != u"date_stop+desc")
        return error(400, u"unsupported order \"%1\""_s.arg(order), u"order"_s);
    sel.descending = order.endsWith(u"desc");

    const qint64 total = sel.size();
    qint64 first = offset, last = total; // [first, last) positions in the selection
    const auto positionOf = [&](const QString &sid) -> std::optional<qint64> {
        const auto idx = m_generator.indexForId(Provider::CarrierX, sid);
        if (!idx)
            return std::nullopt;
        // Binary search the position of a generator index in the ordered selection.
        qint64 lo = 0, hi = total;
        while (lo < hi) {
            const qint64 mid = (lo + hi) / 2;
            const qint64 v = sel.at(mid);
            if (sel.descending ? v > *idx : v < *idx)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    };
    if (!after.isEmpty()) {
        const auto pos = positionOf(after);
        if (!pos)
            return error(404, u"Cannot find item by SID"_s, u"after"_s);
        const bool present = *pos < total && sel.at(*pos) == *m_generator.indexForId(Provider::CarrierX, after);
        first = *pos + (present ? 1 : 0);
    } else if (!before.isEmpty()) {
        const auto pos = positionOf(before);
        if (!pos)
            return error(404, u"Cannot find item by SID"_s, u"before"_s);
        last = *pos;
        first = std::max<qint64>(0, last - limit);
    }
    QJsonArray items;
    const qint64 end = std::min(last, first + limit);
    for (qint64 i = first; i < end; ++i)
        items.append(m_generator.record(Provider::CarrierX, sel.at(i)));
    const bool hasMore = end < last;
    r.body = json({{u"count"_s, items.size()}, {u"has_more"_s, hasMore}, {u"items"_s, items}, {u"limit"_s, limit},
                   {u"offset"_s, offset}, {u"total"_s, total}});
    return r;
}

// ---------------------------------------------------------------- NexBro

FakeProviderServer::Response FakeProviderServer::nexbro(const QHttpServerRequest &request, const QStringList &parts)
{
    Response r;
    const auto error = [&r](int status, const QString &message) {
        r.status = status;
        r.body = json({{u"message"_s, message}});
        return r;
    };
    const QByteArray key = request.value("X-API-KEY");
    if (key.isEmpty() || key != m_credentials.nexbroKey.toUtf8())
        return error(401, u"Unauthenticated."_s);
    // parts: admin api nexbro v1 [call] call-detail-record(s) [uuid]
    QStringList rest = parts.mid(4);
    bool withCall = false;
    if (!rest.isEmpty() && rest.first() == u"call") {
        withCall = true;
        rest.removeFirst();
    }
    if (rest.size() == 2 && rest[0] == u"call-detail-record") {
        if ((withCall && !m_nexbroWithCall) || (!withCall && !m_nexbroWithoutCall))
            return error(404, u"Not Found"_s);
        const auto index = m_generator.indexForId(Provider::NexBro, rest[1]);
        if (!index)
            return error(404, u"The call history cannot be found or is not available yet."_s);
        r.body = json({{u"message"_s, u"Success."_s}, {u"data"_s, m_generator.record(Provider::NexBro, *index)}});
        return r;
    }
    if (rest.size() != 1 || rest[0] != u"call-detail-records")
        return error(404, u"Not Found"_s);

    const QUrlQuery q = request.query();
    qint64 perPage = 0, page = 0;
    if (!intParam(q, u"per_page"_s, 15, &perPage) || perPage < 1 || perPage > 100)
        return error(422, u"The per page must not be greater than 100."_s);
    if (!intParam(q, u"page"_s, 1, &page) || page < 1)
        return error(422, u"The page must be at least 1."_s);
    if (m_ignorePaging)
        page = 1;
    Selection sel;
    sel.lo = 0;
    sel.hi = m_generator.callCount();
    if (q.hasQueryItem(u"from"_s)) {
        const QDateTime t = parseUtc(queryValue(q, u"from"_s));
        if (!t.isValid())
            return error(422, u"The from is not a valid date."_s);
        sel.lo = m_generator.firstIndexAtOrAfter(Provider::NexBro, t);
    }
    if (q.hasQueryItem(u"to"_s)) {
        const QDateTime t = parseUtc(queryValue(q, u"to"_s));
        if (!t.isValid())
            return error(422, u"The to is not a valid date."_s);
        sel.hi = m_generator.firstIndexAtOrAfter(Provider::NexBro, t.addSecs(1)); // inclusive, whole seconds
    }
    sel.hi = std::max(sel.lo, sel.hi);
    QString direction = queryValue(q, u"call_direction[0]"_s);
    if (!direction.isEmpty()) {
        sel.filter([&](qint64 i) {
            return m_generator.record(Provider::NexBro, i).value(u"direction").toString() == direction;
        });
    }
    sel.descending = queryValue(q, u"direction"_s) == u"desc";
    const qint64 total = sel.size();
    const qint64 lastPage = std::max<qint64>(1, (total + perPage - 1) / perPage);
    QJsonArray items;
    const qint64 first = (page - 1) * perPage;
    for (qint64 i = first; i < std::min(total, page * perPage); ++i) {
        QJsonObject o = m_generator.record(Provider::NexBro, sel.at(i));
        // List items name the id xml_cdr_uuid (FusionPBX's column), unlike the single CDR.
        o.insert(u"xml_cdr_uuid", o.take(u"call_uuid"));
        items.append(o);
    }
    QUrl self = request.url();
    const auto pageUrl = [&](qint64 p) {
        QUrl u = self;
        QUrlQuery pq = q;
        pq.removeAllQueryItems(u"page"_s);
        pq.addQueryItem(u"page"_s, QString::number(p));
        u.setQuery(pq);
        return QJsonValue(u.toString());
    };
    const QJsonObject data{
        {u"current_page"_s, page},
        {u"data"_s, items},
        {u"first_page_url"_s, pageUrl(1)},
        {u"from"_s, items.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(first + 1)},
        {u"last_page"_s, lastPage},
        {u"last_page_url"_s, pageUrl(lastPage)},
        {u"next_page_url"_s, page < lastPage ? pageUrl(page + 1) : QJsonValue(QJsonValue::Null)},
        {u"path"_s, self.path()},
        {u"per_page"_s, perPage},
        {u"prev_page_url"_s, page > 1 ? pageUrl(page - 1) : QJsonValue(QJsonValue::Null)},
        {u"to"_s, items.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(first + items.size())},
        {u"total"_s, total},
    };
    r.body = json({{u"message"_s, u"Success."_s}, {u"data"_s, data}});
    return r;
}

} // namespace cdr
