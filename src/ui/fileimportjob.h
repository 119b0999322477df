// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Imports call record files for the main window off the UI thread, with progress and cancel.
// Small files go through RecordParser in one piece; large ones are split into records by
// CallReader (simdjson) and normalized on the pool, so memory stays bounded. Calls arrive in
// batches on the UI thread; what was read before an error or a cancel is kept and reported.
// Start, cancel and signals: UI thread. One import at a time; start() cancels a running one.

#include <core/call.h>

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

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

Q_SIGNALS:
    void progress(const QString &file, qint64 done, qint64 total);
    void callsReady(const QList<cdr::Call> &calls);
    void finished(qint64 calls, const QStringList &warnings, const QStringList &errors, bool canceled);

private:
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_job = 0;
    bool m_running = false;
};

} // namespace cdr
