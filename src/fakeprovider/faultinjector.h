// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fault side of the fake provider server: which fault (if any) a request draws, the answers
// that replace the API's (errors, redirects, hostile bodies), the edits to a real answer (a
// lying total, padding) and the ways of putting an answer on the wire badly (slow, drip, stall,
// truncated, bad chunking, a deflate bomb, no answer at all). FakeProviderServer documents the
// fault spellings.
//
// Threading: lives with its FakeProviderServer, on that server's thread.

#include "fakeapi.h"

#include <QString>

#include <optional>

class QHttpServerRequest;
class QTcpSocket;

namespace cdr {

class FaultInjector
{
public:
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

    void addFault(const Fault &fault);
    void clearFaults() { m_faults.clear(); }
    /// Parses a fault spec such as "429;retry-after=2;count=3;every=2;path=/cdr".
    static std::optional<Fault> parseFault(const QString &spec, QString *error = nullptr);

    /// The fault this request draws: its own `fault=` parameter or X-Fake-Fault header first,
    /// then the first added fault whose path, skip, every and count select it (counting it).
    std::optional<Fault> take(const QHttpServerRequest &request, const QString &path);

    /// For faults answered instead of the API (status, redirects, echo-auth, html, wrong-shape):
    /// fills `response` and `name` and returns true. `host` is the request's Host name, `port`
    /// the server's plain HTTP port.
    static bool answerInstead(const Fault &fault, const QHttpServerRequest &request, const QString &host,
                              quint16 port, fakeapi::Response *response, QString *name);
    /// Edits a real API answer for the faults that change its body (total=, pad=).
    static void patch(const Fault &fault, fakeapi::Response *response);
    /// The name logged for a fault applied to a real answer.
    static QString nameOf(const Fault &fault);

    /// Writes `head` (status line and headers, without Content-Length or the blank line) and
    /// `body` to `socket`, badly if `fault` says so.
    static void send(QTcpSocket *socket, QByteArray head, QByteArray body, const Fault *fault);

private:
    struct FaultState
    {
        Fault fault;
        int seen = 0;
        int applied = 0;
    };
    QList<FaultState> m_faults;
};

} // namespace cdr
