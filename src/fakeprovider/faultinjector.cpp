// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjector.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace cdr {

using namespace fakeapi;

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

void FaultInjector::addFault(const Fault &fault)
{
    if (fault.kind == Fault::Kind::GzipBomb)
        deflateBomb(); // built now, not while a client's timers run
    m_faults.append(FaultState{fault, 0, 0});
}

std::optional<FaultInjector::Fault> FaultInjector::parseFault(const QString &spec, QString *error)
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

std::optional<FaultInjector::Fault> FaultInjector::take(const QHttpServerRequest &request, const QString &path)
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

bool FaultInjector::answerInstead(const Fault &fault, const QHttpServerRequest &request, const QString &host,
                                  quint16 port, Response *out, QString *name)
{
    Response &response = *out;
    const auto redirectTo = [&](const QByteArray &location, const QString &faultName) {
        response.status = 302;
        response.headers.append({"Location", location});
        response.body.clear();
        *name = faultName;
    };
    if (fault.kind == Fault::Kind::Status) {
        response.status = fault.status;
        response.body = json({{u"error"_s, u"injected fault"_s}, {u"status"_s, fault.status}});
        if (fault.retryAfterS >= 0) {
            if (fault.retryAfterAsDate) {
                const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(fault.retryAfterS + 1);
                response.headers.append({"Retry-After", QLocale::c().toString(at, u"ddd, dd MMM yyyy HH:mm:ss"_s).toLatin1() + " GMT"});
            } else {
                response.headers.append({"Retry-After", QByteArray::number(fault.retryAfterS)});
            }
        }
        if (!fault.retryAfterRaw.isEmpty())
            response.headers.append({"Retry-After", fault.retryAfterRaw});
        if (fault.rateLimitResetS >= 0)
            response.headers.append({"X-RateLimit-Reset", QByteArray::number(fault.rateLimitResetS)});
        if (!fault.resetRaw.isEmpty())
            response.headers.append({"X-RateLimit-Reset", fault.resetRaw});
        *name = QString::number(fault.status);
    } else if ((fault.kind == Fault::Kind::Redirect || fault.kind == Fault::Kind::RedirectSameHost)) {
        QUrl target = request.url();
        QUrlQuery q = request.query();
        q.removeAllQueryItems(u"fault"_s);
        target.setQuery(q);
        target.setScheme(u"http"_s);
        target.setPort(port);
        if (fault.kind == Fault::Kind::Redirect) {
            // Another host name for the same server: a credential leak would show in the log.
            target.setHost(host == u"localhost" ? u"127.0.0.1"_s : u"localhost"_s);
            redirectTo(target.toEncoded(), u"redirect"_s);
        } else {
            target.setHost(host.isEmpty() ? u"127.0.0.1"_s : host);
            redirectTo(target.toEncoded(), u"redirect-same"_s);
        }
    } else if (fault.kind == Fault::Kind::RedirectFile) {
        redirectTo(QUrl::fromLocalFile(fault.file).toEncoded(), u"redirect-file"_s);
    } else if (fault.kind == Fault::Kind::RedirectData) {
        // A complete, valid-looking call list: a client that follows it imports made-up calls.
        redirectTo("data:application/json,{\"objects\":[{\"call_uuid\":\"injected-by-redirect\"}],\"meta\":{\"total_count\":1}}",
                   u"redirect-data"_s);
    } else if (fault.kind == Fault::Kind::RedirectLoop) {
        QUrl target = request.url();
        target.setScheme(u"http"_s);
        target.setHost(host.isEmpty() ? u"127.0.0.1"_s : host);
        target.setPort(port);
        redirectTo(target.toEncoded(), u"redirect-loop"_s);
    } else if (fault.kind == Fault::Kind::EchoAuth) {
        // Some APIs quote the rejected credential back, in the spelling they received it.
        QStringList quoted;
        for (const QByteArray header : {"Authorization", "X-Auth-ID", "X-Auth-Token", "X-API-KEY"}) {
            const QByteArray v = request.value(header);
            if (v.isEmpty())
                continue;
            quoted << QString::fromLatin1(header) + u": "_s + QString::fromUtf8(v);
            if (v.startsWith("Basic "))
                quoted << u"decoded "_s + QString::fromUtf8(QByteArray::fromBase64(v.mid(6)));
            if (v.startsWith("Bearer "))
                quoted << u"token "_s + QString::fromUtf8(v.mid(7));
        }
        response.status = fault.echoStatus;
        response.body = json(QJsonObject{{u"api_id"_s, apiId()}, {u"error"_s, QString(u"token not valid: "_s + quoted.join(u"; "_s))}});
        *name = u"echo-auth"_s;
    } else if (fault.kind == Fault::Kind::Html) {
        response.status = 200;
        response.contentType = "text/html; charset=utf-8";
        response.body = "<!DOCTYPE html>\n<html><head><title>Sign in - Corporate Proxy</title></head>"
                        "<body><h1>Please sign in</h1><form method=post></form></body></html>\n";
        *name = u"html"_s;
    } else if (fault.kind == Fault::Kind::WrongShape) {
        response.status = 200;
        response.body = R"({"result":"ok","records_v2":{"list":[1,2,3]},"cursor":null})";
        *name = u"wrong-shape"_s;
    } else {
        return false;
    }
    return true;
}

void FaultInjector::patch(const Fault &fault, Response *out)
{
    Response &response = *out;
    if (fault.kind == Fault::Kind::PatchTotal && response.status == 200) {
        // A lying total in each provider's envelope.
        QJsonObject o = QJsonDocument::fromJson(response.body).object();
        const QJsonValue total(fault.total);
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
    if (fault.kind == Fault::Kind::Pad && response.body.size() < fault.size)
        response.body += QByteArray(fault.size - response.body.size(), ' '); // still valid JSON
}

QString FaultInjector::nameOf(const Fault &fault)
{
    static const QHash<int, QString> names{
        {int(Fault::Kind::Slow), u"slow"_s}, {int(Fault::Kind::Truncate), u"truncate"_s},
        {int(Fault::Kind::TruncateJson), u"truncate-json"_s}, {int(Fault::Kind::Oversize), u"oversize"_s},
        {int(Fault::Kind::PatchTotal), u"total"_s}, {int(Fault::Kind::Stuck), u"stuck"_s},
        {int(Fault::Kind::Drip), u"drip"_s}, {int(Fault::Kind::Stall), u"stall"_s},
        {int(Fault::Kind::Hang), u"hang"_s}, {int(Fault::Kind::BadChunked), u"bad-chunked"_s},
        {int(Fault::Kind::GzipBomb), u"gzip-bomb"_s}, {int(Fault::Kind::Pad), u"pad"_s},
    };
    return names.value(int(fault.kind));
}

void FaultInjector::send(QTcpSocket *socket, QByteArray head, QByteArray body, const Fault *fault)
{
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
        QTimer::singleShot(fault->delayMs, socket, [sock, all] {
            if (sock && sock->state() == QAbstractSocket::ConnectedState)
                sock->write(all);
        });
        return;
    }
    socket->write(all);
}

} // namespace cdr
