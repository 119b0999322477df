// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PgArchiveWatcher: tells the app when another analyst changes a note or a tag in the team
// archive, live, through PostgreSQL's LISTEN/NOTIFY. It keeps a connection of its own, so
// waiting for notifications never interleaves with the archive's queries, and reads it only
// when its socket has data (QSocketNotifier): nothing polls, nothing blocks.
//
// When the connection is lost it says so once (connectionLost), then connects again on the
// thread pool after 1 s, 2 s, 4 s ... then every 30 s, and says reconnected() once it listens
// again. Changes made while it was away were not announced: whoever shows notes reads them again.
//
// Threading: lives in the thread that created it (needs that thread's event loop).

#include "pgarchive.h"

#include <core/backgroundjob.h>

#include <QObject>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace cdr {

class PgArchiveWatcher : public QObject
{
    Q_OBJECT

public:
    explicit PgArchiveWatcher(QObject *parent = nullptr);
    ~PgArchiveWatcher() override;

    /// Connects to the team archive at uri and starts listening.
    bool start(const QString &uri, QString *error = nullptr);
    /// Starts listening on a connection opened elsewhere (a worker made it, so the UI thread
    /// never waits for the server to answer a connect).
    bool start(PgArchive &&connection, QString *error = nullptr);

Q_SIGNALS:
    /// A note or tag of this call changed (by anyone, this app included).
    void callChanged(cdr::Provider provider, const QString &account, const QString &id);
    /// The server went away; no changes arrive until reconnected() (or start() succeeds again).
    void connectionLost(const QString &message);
    /// Listening again after connectionLost(); changes made meanwhile were not announced.
    void reconnected();

private:
    static constexpr int kFirstRetryMs = 1000;
    static constexpr int kMaxRetryMs = 30000;

    void readChanges();
    void reconnect();

    PgArchive m_archive;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_retry;
    int m_retryMs = kFirstRetryMs;
    BackgroundJob m_connecting{ this };
};

} // namespace cdr
