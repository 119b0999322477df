// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// TransferGuard: the defences of one HTTP request against a hostile or broken server, apart
// from the paging: a total timeout and a body-size cap armed on the reply, which redirects may
// be followed, and a user-facing explanation of a transfer that failed (timed out, refused,
// broken off, unreadable). The idle timeout is QNetworkRequest's transfer timeout, set by
// ProviderService::send().
//
// Threading: stateless; arm() must be called in the reply's thread right after get().

#include "fetchtypes.h"

#include <QString>
#include <QUrl>

class QNetworkReply;

namespace cdr {

class TransferGuard
{
public:
    /// Aborts the reply after `requestTimeoutMs` in total, or once its body (announced or
    /// received) exceeds `maxBytes`; records why, and whether headers and how many bytes came.
    static void arm(QNetworkReply *reply, int requestTimeoutMs, qint64 maxBytes);
    /// The reply was aborted by arm()'s size cap.
    static bool wasOversize(const QNetworkReply *reply);

    /// A redirect from `from` to `target` stays on the configured host over http(s) and never
    /// goes from https down to http (file:, data: or another host could read local files,
    /// inject data or carry the credential away).
    static bool redirectAllowed(const QUrl &from, const QUrl &target);

    struct Failure
    {
        bool retry = false; ///< worth another attempt; message is then the reason, without the provider
        int status = 0;     ///< for a final failure: the status to report
        QString message;
    };
    /// Why a transfer failed (reply->error() set, status < 400). `detail` is the reply's error
    /// text, already scrubbed of secrets.
    static Failure explain(const QNetworkReply *reply, int status, const QString &label, const QUrl &url,
                           int transferTimeoutMs, int requestTimeoutMs, const QString &detail);

    // For messages.
    static int effectivePort(const QUrl &url);
    /// No user info or query, and not endless (a data: URL carries its payload).
    static QString shortUrl(const QUrl &url);
    static QString hostPort(const QUrl &url);
    /// "0.4 s", "30 s", "15 min", "7 days": short and exact enough for a message.
    static QString formatDuration(qint64 ms);
};

} // namespace cdr
