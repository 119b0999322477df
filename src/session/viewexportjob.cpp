// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewexportjob.h"

#include "calllibrary.h"

#include <core/callredactor.h>
#include <core/callwriter.h>
#include <models/callstore.h>
#include <storage/callarchive.h>

#include <QDateTime>
#include <QFileInfo>

namespace cdr {

template <typename Export>
void ViewExportJob::run(const QString &path, Export exportCalls)
{
    const QString name = QFileInfo(path).fileName();
    launch([this, name, exportCalls = std::move(exportCalls)](const BackgroundJob::Handle &job) {
        qint64 lastReport = 0;
        const CallExporter::Progress report = [this, &job, &lastReport, name](qint64 done, qint64 total) {
            // From the export thread: hop to the UI at most ~10 times a second.
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (now - lastReport < 100)
                return;
            lastReport = now;
            job.post([this, name, done, total] {
                Q_EMIT progress(tr("Exporting %1: %2 of %3 calls").arg(name).arg(done).arg(total),
                                total > 0 ? int(100 * done / total) : -1);
            });
        };
        return exportCalls(job.cancelFlag(), report);
    }, [this, path](CallExporter::Result r) { end(r, path); });
}

void ViewExportJob::end(const CallExporter::Result &r, const QString &path)
{
    const QString message = r.canceled ? tr("Export canceled; %1 was not written.").arg(path)
                          : r.ok()     ? tr("Exported %Ln call(s) to %1", nullptr, int(r.rows)).arg(path)
                                       : tr("Export failed: %1").arg(r.error);
    Q_EMIT finished(r.ok(), r.canceled, message);
}

void ViewExportJob::start(const QString &path, std::shared_ptr<const CallStore> store,
                          std::shared_ptr<const std::vector<quint32>> rows, const CallExporter::Options &options)
{
    run(path, [=](const std::atomic<bool> *cancel, const CallExporter::Progress &report) {
        return CallExporter::write(path, *store, rows.get(), options, cancel, report);
    });
}

void ViewExportJob::startNormalized(const QString &path, CallLibrary::ReaderFactory openArchive, QHash<QString, Call> unwritten,
                                    std::shared_ptr<const CallStore> store,
                                    std::shared_ptr<const std::vector<quint32>> rows, bool redact)
{
    run(path, [=](const std::atomic<bool> *cancel, const CallExporter::Progress &report) -> CallExporter::Result {
        CallExporter::Result result;
        // The archive's own connection on this thread (a file or the team server).
        const CallLibrary::CallReader archive = openArchive(&result.error);
        if (!archive)
            return result;
        CallWriter writer;
        if (!writer.open(path, &result.error))
            return result;
        const quint32 n = rows ? quint32(rows->size()) : store->size();
        QByteArray buf;
        for (quint32 i = 0; i < n; ++i) {
            const quint32 r = rows ? (*rows)[i] : i;
            const Provider provider = store->provider(r);
            const QString account = store->accounts().at(store->accountIx(r));
            const QString id = QString::fromUtf8(store->idBytes(r, &buf));
            std::optional<Call> call;
            if (const auto it = unwritten.constFind(CallLibrary::key(provider, account, id)); it != unwritten.cend())
                call = *it;
            else
                call = archive(provider, account, id);
            if (!call) {
                // The table shows a call the archive cannot give back: say which, write nothing.
                result.error = tr("%1: the %2 call %3 is not in the archive; nothing was written")
                                   .arg(path, providerDisplayName(provider), id);
                return result;
            }
            if (!writer.write(redact ? CallRedactor::redact(*call) : *call)) {
                result.error = writer.error();
                return result;
            }
            ++result.rows;
            if ((i & 0xFF) == 0) {
                if (cancel->load()) {
                    result.canceled = true;
                    return result; // the writer's temporary file goes with it
                }
                report(i, n);
            }
        }
        if (!writer.finish(&result.error))
            return result;
        result.bytes = QFileInfo(path).size();
        return result;
    });
}

} // namespace cdr
