// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ArchiveRecoveryJob: the GUI's `cdr-inspector recover`: runs ArchiveRecovery::recover (the same
// code) off the UI thread and reports how many calls it has copied so far. The damaged archive is
// not changed; the new file must not exist. One recovery at a time. UI-thread API; its signals
// arrive on the UI thread.

#include "sessionjob.h"

#include <storage/archiverecovery.h>

namespace cdr {

class ArchiveRecoveryJob : public SessionJob
{
    Q_OBJECT

public:
    using SessionJob::SessionJob;

    /// False when one is already running.
    bool start(const QString &damagedPath, const QString &newPath);

Q_SIGNALS:
    void progress(qint64 callsCopied);
    void finished(const cdr::ArchiveRecovery::Result &result, const QString &damagedPath, const QString &newPath);
};

} // namespace cdr
