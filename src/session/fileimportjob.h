// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Imports call record files for the main window off the UI thread, with progress and cancel.
// Small files go through RecordParser in one piece; large ones are split into records by
// CallReader (simdjson) and normalized on the pool, so memory stays bounded. Calls arrive in
// batches on the UI thread; what was read before an error or a cancel is kept and reported,
// file by file (FileProblem), so one bad file among many is named with its own reason.
// Start, cancel and signals: UI thread. One import at a time; start() cancels a running one.

#include <core/backgroundjob.h>
#include <core/call.h>

#include <QObject>
#include <QStringList>

namespace cdr {

class FileImportJob : public QObject
{
    Q_OBJECT

public:
    explicit FileImportJob(QObject *parent = nullptr);
    ~FileImportJob() override;

    void start(const QStringList &paths);
    void cancel();
    bool isRunning() const { return m_running; }

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
    BackgroundJob m_job{this};
    bool m_running = false;
};

} // namespace cdr
