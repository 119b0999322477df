// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileimportjob.h"

#include "writebacklog.h"

#include <core/callreader.h>

#include <QElapsedTimer>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace cdr {

void FileImportJob::start(const QStringList &paths)
{
    struct Outcome
    {
        qint64 total = 0;
        QList<FileProblem> problems;
        bool canceled = false;
    };
    // The work runs on a pool thread; what it posts (and its outcome) reaches this object on the
    // UI thread only while this import is current: a newer start() or destruction drops it.
    launch([this, paths, backlog = m_backlog](const BackgroundJob::Handle &job) {
        Outcome out;
        QList<Call> batch;
        batch.reserve(kBatch);
        auto flush = [&] {
            if (batch.isEmpty())
                return;
            // The ticket counts the batch until the functor is gone: handed on (callsReady, where
            // the archive's own count takes over) or dropped with a stale job.
            auto ticket = std::make_shared<WriteBacklog::Ticket>(backlog, batch.size());
            job.post([this, calls = std::move(batch), ticket] { Q_EMIT callsReady(calls); });
            batch = QList<Call>();
            batch.reserve(kBatch);
        };
        for (const QString &path : paths) {
            if (job.isCanceled())
                break;
            const QString name = QFileInfo(path).fileName();
            const qint64 size = QFileInfo(path).size();
            job.post([this, name, size] { Q_EMIT progress(name, 0, size); });
            QElapsedTimer throttle;
            throttle.start();
            // The one ingest path: streamed, normalized on the pool, handed back in order.
            qint64 fileCalls = 0;
            const CallReader::Result r = CallReader::readFile(path, ParseOptions{}, [&](QList<Call> &&calls) {
                out.total += calls.size();
                fileCalls += calls.size();
                batch.append(std::move(calls));
                if (batch.size() >= kBatch) {
                    flush();
                    // Back-pressure: read on only when the archive has room (or the user cancels).
                    if (backlog && !backlog->waitForRoom([&job] { return job.isCanceled(); }))
                        return false;
                }
                return !job.isCanceled();
            }, [&](qint64 done, qint64 all) {
                if (throttle.elapsed() >= 100) { // progress at ~10 Hz is plenty
                    throttle.restart();
                    job.post([this, name, done, all] { Q_EMIT progress(name, done, all); });
                }
                return !job.isCanceled();
            });
            flush();
            if (!r.error.isEmpty() || !r.warnings.isEmpty()) {
                // The reader's messages start with the path; the list shows it in a column of its own.
                const auto withoutPath = [&path](QString m) {
                    for (const QString &prefix : {path + u": "_s, QFileInfo(path).fileName() + u": "_s}) {
                        if (m.startsWith(prefix))
                            return m.mid(prefix.size());
                    }
                    return m;
                };
                FileProblem p{path, withoutPath(r.error), {}, fileCalls};
                for (const QString &w : r.warnings)
                    p.warnings << withoutPath(w);
                out.problems << p;
            }
        }
        flush();
        out.canceled = job.isCanceled();
        return out;
    }, [this](Outcome out) {
        Q_EMIT finished(out.total, out.problems, out.canceled);
    });
}

} // namespace cdr
