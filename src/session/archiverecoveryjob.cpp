// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiverecoveryjob.h"

namespace cdr {

bool ArchiveRecoveryJob::start(const QString &damagedPath, const QString &newPath)
{
    if (isRunning())
        return false;
    launch(
        [this, damagedPath, newPath](const BackgroundJob::Handle &job) {
            // `this` is only touched in what job.post() runs: on the UI thread, while it lives.
            return ArchiveRecovery::recover(damagedPath, newPath, [this, job](qint64 copied) {
                job.post([this, copied] { Q_EMIT progress(copied); });
            });
        },
        [this, damagedPath, newPath](ArchiveRecovery::Result result) {
            Q_EMIT finished(result, damagedPath, newPath);
        });
    return true;
}

} // namespace cdr
