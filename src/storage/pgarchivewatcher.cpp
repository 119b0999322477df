// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgarchivewatcher.h"

#include <QSocketNotifier>

namespace cdr {

PgArchiveWatcher::PgArchiveWatcher(QObject *parent) : QObject(parent)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &PgArchiveWatcher::reconnect);
}

PgArchiveWatcher::~PgArchiveWatcher() = default;

bool PgArchiveWatcher::start(const QString &uri, QString *error)
{
    m_notifier.reset();
    if (!m_archive.open(uri, error))
        return false;
    return start(std::move(m_archive), error);
}

bool PgArchiveWatcher::start(PgArchive &&connection, QString *error)
{
    // A connection given from outside supersedes a reconnect under way.
    m_retry.stop();
    m_connecting.drop();
    m_notifier.reset();
    if (&connection != &m_archive)
        m_archive = std::move(connection);
    if (!m_archive.listen()) {
        if (error)
            *error = m_archive.lastError();
        return false;
    }
    m_notifier = std::make_unique<QSocketNotifier>(m_archive.socket(), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &PgArchiveWatcher::readChanges);
    return true;
}

void PgArchiveWatcher::readChanges()
{
    const QList<CallArchive::Key> changes = m_archive.takeChanges();
    if (!m_archive.isOpen()) {
        // A socket that turns readable and yields nothing on a dead connection would spin.
        m_notifier->setEnabled(false);
        Q_EMIT connectionLost(tr("Team archive %1: the connection to the server was lost; shared notes "
                                 "no longer update live")
                                  .arg(m_archive.name()));
        m_retryMs = kFirstRetryMs;
        m_retry.start(m_retryMs);
        return;
    }
    for (const CallArchive::Key &k : changes)
        Q_EMIT callChanged(k.provider, k.account, k.id);
}

void PgArchiveWatcher::reconnect()
{
    // Connecting may wait for the network (connect_timeout): never on this thread.
    m_connecting.start(
        [address = m_archive.address()] {
            auto archive = std::make_shared<PgArchive>();
            archive->open(address.uri, address.password, nullptr);
            return archive;
        },
        [this](std::shared_ptr<PgArchive> archive) {
            if (archive->isOpen() && start(std::move(*archive))) {
                m_retryMs = kFirstRetryMs;
                Q_EMIT reconnected();
                return;
            }
            m_retryMs = qMin(m_retryMs * 2, kMaxRetryMs);
            m_retry.start(m_retryMs);
        });
}

} // namespace cdr
