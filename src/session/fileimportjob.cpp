// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileimportjob.h"

#include <core/callreader.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace cdr {

FileImportJob::FileImportJob(QObject *parent)
    : QObject(parent)
{
}

FileImportJob::~FileImportJob()
{
    cancel();
}

void FileImportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void FileImportJob::start(const QStringList &paths)
{
    cancel();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 job = ++m_job;
    m_running = true;
    QPointer<FileImportJob> self(this);
    auto cancelFlag = m_cancel;

    // Everything below runs on a pool thread; results hop back through the application
    // object, and are dropped when this job was destroyed or superseded.
    auto post = [self, job](auto f) {
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, job, f]() mutable {
            if (self && self->m_job == job)
                f(self.data());
        }, Qt::QueuedConnection);
    };

    QThreadPool::globalInstance()->start([paths, cancelFlag, post] {
        QList<FileProblem> problems;
        qint64 total = 0;
        QList<Call> batch;
        batch.reserve(kBatch);
        auto flush = [&] {
            if (batch.isEmpty())
                return;
            post([calls = std::move(batch)](FileImportJob *j) { Q_EMIT j->callsReady(calls); });
            batch = QList<Call>();
            batch.reserve(kBatch);
        };
        for (const QString &path : paths) {
            if (cancelFlag->load())
                break;
            const QString name = QFileInfo(path).fileName();
            const qint64 size = QFileInfo(path).size();
            post([name, size](FileImportJob *j) { Q_EMIT j->progress(name, 0, size); });
            QElapsedTimer throttle;
            throttle.start();
            // The one ingest path: streamed, normalized on the pool, handed back in order.
            qint64 fileCalls = 0;
            const CallReader::Result r = CallReader::readFile(path, ParseOptions{}, [&](QList<Call> &&calls) {
                total += calls.size();
                fileCalls += calls.size();
                batch.append(std::move(calls));
                if (batch.size() >= kBatch)
                    flush();
                return !cancelFlag->load();
            }, [&](qint64 done, qint64 all) {
                if (throttle.elapsed() >= 100) { // progress at ~10 Hz is plenty
                    throttle.restart();
                    post([name, done, all](FileImportJob *j) { Q_EMIT j->progress(name, done, all); });
                }
                return !cancelFlag->load();
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
                problems << p;
            }
        }
        flush();
        const bool canceled = cancelFlag->load();
        post([total, problems, canceled](FileImportJob *j) {
            j->m_running = false;
            Q_EMIT j->finished(total, problems, canceled);
        });
    });
}

} // namespace cdr
