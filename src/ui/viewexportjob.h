// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Exports table rows (the current view, or every call) to CSV or NDJSON off the UI thread,
// with progress and cancel, through CallExporter (streaming; a failed or canceled export
// leaves no file). Start, cancel and signals: UI thread; one export at a time.

#include <models/callexporter.h>

#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace cdr {

class CallStore;

class ViewExportJob : public QObject
{
    Q_OBJECT

public:
    explicit ViewExportJob(QObject *parent = nullptr);
    ~ViewExportJob() override;

    /// rows: store rows in output order; nullptr exports every row of the store.
    void start(const QString &path, std::shared_ptr<const CallStore> store,
               std::shared_ptr<const std::vector<quint32>> rows, const CallExporter::Options &options);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const QString &text, int percent);
    void finished(bool ok, bool canceled, const QString &message);

private:
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
};

} // namespace cdr
