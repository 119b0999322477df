// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewexportjob.h"

#include "backgroundjob.h"

#include <models/callstore.h>

#include <QDateTime>
#include <QFileInfo>
#include <QPointer>

namespace cdr {

ViewExportJob::ViewExportJob(QObject *parent)
    : QObject(parent)
{
}

ViewExportJob::~ViewExportJob()
{
    cancel();
}

void ViewExportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ViewExportJob::start(const QString &path, std::shared_ptr<const CallStore> store,
                          std::shared_ptr<const std::vector<quint32>> rows, const CallExporter::Options &options)
{
    cancel();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_running = true;
    auto cancelFlag = m_cancel;
    const QString name = QFileInfo(path).fileName();
    QPointer<ViewExportJob> self(this);
    auto lastReport = std::make_shared<std::atomic<qint64>>(0);
    auto report = [self, name, lastReport](qint64 done, qint64 total) {
        // From the export thread: hop to the UI at most ~10 times a second.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - lastReport->load() < 100)
            return;
        lastReport->store(now);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, name, done, total] {
            if (self && self->m_running)
                Q_EMIT self->progress(tr("Exporting %1: %2 of %3 calls").arg(name).arg(done).arg(total),
                                      total > 0 ? int(100 * done / total) : -1);
        }, Qt::QueuedConnection);
    };
    runInBackground(this, [=] {
        return CallExporter::write(path, *store, rows.get(), options, cancelFlag.get(), report);
    }, [this, path](CallExporter::Result r) {
        m_running = false;
        const QString message = r.canceled ? tr("Export canceled; %1 was not written.").arg(path)
                              : r.ok()     ? tr("Exported %n call(s) to %1", nullptr, int(r.rows)).arg(path)
                                           : tr("Export failed: %1").arg(r.error);
        Q_EMIT finished(r.ok(), r.canceled, message);
    });
}

} // namespace cdr
