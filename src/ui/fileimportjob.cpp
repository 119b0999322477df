// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileimportjob.h"

#include <core/bulkcallsink.h>
#include <core/bulkimporter.h>
#include <core/recordparser.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

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
        QStringList warnings, errors;
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
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                errors << QStringLiteral("%1: %2").arg(name, file.errorString());
                continue;
            }
            const qint64 size = file.size();
            post([name, size](FileImportJob *j) { Q_EMIT j->progress(name, 0, size); });
            if (size <= kStreamThreshold) {
                const ParseResult r = RecordParser::parse(file.readAll(), ParseOptions{}, name);
                warnings += r.warnings;
                if (!r.ok())
                    errors << r.error;
                for (const Call &c : r.calls) {
                    batch.append(c);
                    ++total;
                    if (batch.size() >= kBatch)
                        flush();
                }
                flush();
                continue;
            }
            file.close();
            QElapsedTimer throttle;
            throttle.start();
            BulkCallSink sink(ParseOptions{}, [&](Call &&c) {
                batch.append(std::move(c));
                ++total;
                if (batch.size() >= kBatch)
                    flush();
                return !cancelFlag->load();
            }, &warnings);
            const BulkImportResult r = BulkImporter::importFile(path, ParseOptions{}, sink,
                                                                [&](qint64 done, qint64 all) {
                if (throttle.elapsed() >= 100) { // progress at ~10 Hz is plenty
                    throttle.restart();
                    post([name, done, all](FileImportJob *j) { Q_EMIT j->progress(name, done, all); });
                }
                return !cancelFlag->load();
            });
            flush();
            warnings += r.warnings;
            if (!r.error.isEmpty())
                errors << r.error;
        }
        flush();
        const bool canceled = cancelFlag->load();
        post([total, warnings, errors, canceled](FileImportJob *j) {
            j->m_running = false;
            Q_EMIT j->finished(total, warnings, errors, canceled);
        });
    });
}

} // namespace cdr
