// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ArchiveRecoveryJob: the GUI's `cdr-inspector recover`: runs ArchiveRecovery::recover (the same
// code) off the UI thread and reports how many calls it has copied so far. The damaged archive is
// not changed; the new file must not exist. One recovery at a time. UI-thread API; its signals
// arrive on the UI thread.

#include <core/backgroundjob.h>
#include <storage/archiverecovery.h>

#include <QObject>

namespace cdr {

class ArchiveRecoveryJob : public QObject
{
    Q_OBJECT

public:
    explicit ArchiveRecoveryJob(QObject *parent = nullptr);

    /// False when one is already running.
    bool start(const QString &damagedPath, const QString &newPath);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(qint64 callsCopied);
    void finished(const cdr::ArchiveRecovery::Result &result, const QString &damagedPath, const QString &newPath);

private:
    BackgroundJob m_job;
    bool m_running = false;
};

} // namespace cdr
