// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Imports call record files for the main window off the UI thread, with progress and cancel.
// Small files go through RecordParser in one piece; large ones are split into records by
// CallReader (simdjson) and normalized on the pool, so memory stays bounded. Calls arrive in
// batches on the UI thread; what was read before an error or a cancel is kept and reported,
// file by file (FileProblem), so one bad file among many is named with its own reason.
// With a WriteBacklog (setWriteBacklog), the reader waits while too many calls are on their way
// to the archive, so memory follows the archive writer's pace, not the file's size; cancel still
// ends the wait.
// Start, cancel and signals: UI thread. One import at a time; start() cancels a running one.

#include "sessionjob.h"

#include <core/call.h>

#include <QStringList>

#include <memory>

namespace cdr {

class WriteBacklog;

class FileImportJob : public SessionJob
{
    Q_OBJECT

public:
    using SessionJob::SessionJob;
    using SessionJob::cancel;

    void start(const QStringList &paths);
    /// Back-pressure: batches posted count in backlog until callsReady() has handed them on,
    /// and reading pauses while the backlog is full. Set before start().
    void setWriteBacklog(std::shared_ptr<WriteBacklog> backlog) { m_backlog = std::move(backlog); }

    static constexpr int kBatch = 2000;

    /// What went wrong with one file: its error (empty when it was read) and its warnings.
    struct FileProblem
    {
        QString path;
        QString error;       ///< why the file was refused or stopped being read, without the path
        QStringList warnings; ///< records skipped or values dropped, without the path
        qint64 callsRead = 0; ///< calls read from this file (before the error, when there is one)
    };

Q_SIGNALS:
    void progress(const QString &file, qint64 done, qint64 total);
    void callsReady(const QList<cdr::Call> &calls);
    /// problems: one entry per file with an error or warnings, in the order given.
    void finished(qint64 calls, const QList<cdr::FileImportJob::FileProblem> &problems, bool canceled);

private:
    std::shared_ptr<WriteBacklog> m_backlog;
};

} // namespace cdr
