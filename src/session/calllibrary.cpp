// SPDX-License-Identifier: GPL-3.0-or-later
#include "calllibrary.h"

#include <models/callstore.h>
#include <models/callstoresink.h>
#include <storage/callarchive.h>

#include <QCoreApplication>
#include <QPointer>

namespace cdr {

CallLibrary::CallLibrary(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_bulk(std::make_shared<CallArchive>())
    , m_reader(std::make_unique<CallArchive>())
{
    m_thread.setObjectName(QStringLiteral("cdr-archive"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

CallLibrary::~CallLibrary()
{
    // The bulk archive is closed on its own thread before that thread ends.
    auto bulk = m_bulk;
    QMetaObject::invokeMethod(m_worker, [bulk] { bulk->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template <typename F>
void CallLibrary::onWorker(F f)
{
    QMetaObject::invokeMethod(m_worker, std::move(f), Qt::QueuedConnection);
}

QString CallLibrary::key(const Call &c)
{
    return key(c.provider, c.account, c.id);
}

QString CallLibrary::key(Provider provider, const QString &account, const QString &id)
{
    return providerName(provider) + QLatin1Char('\x1f') + account + QLatin1Char('\x1f') + id;
}

bool CallLibrary::open(const QString &path, QString *error)
{
    m_reader->close();
    if (!m_reader->open(path, error))
        return false;
    auto bulk = m_bulk;
    bool ok = false;
    QString bulkError;
    // Opening is quick (schema check); waiting for it keeps open() a plain yes/no.
    QMetaObject::invokeMethod(m_worker, [bulk, path, &ok, &bulkError] {
        bulk->close();
        ok = bulk->open(path, &bulkError);
    }, Qt::BlockingQueuedConnection);
    if (!ok && error)
        *error = bulkError;
    return ok;
}

QString CallLibrary::path() const
{
    return m_reader->path();
}

bool CallLibrary::isOpen() const
{
    return m_reader->isOpen();
}

void CallLibrary::add(const QList<Call> &calls, const QTimeZone &zone)
{
    if (calls.isEmpty())
        return;
    for (const Call &c : calls)
        m_unwritten.insert(key(c), c);
    m_pendingWrites += calls.size();
    auto bulk = m_bulk;
    QPointer<CallLibrary> self(this);
    onWorker([bulk, calls, zone, self] {
        qint64 written = 0;
        const bool ok = bulk->isOpen() && bulk->insertCalls(calls, zone, &written);
        const QString error = bulk->isOpen() ? bulk->lastError() : QStringLiteral("no archive is open");
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, calls, ok, written, error] {
            if (!self)
                return;
            self->m_pendingWrites -= calls.size();
            if (!ok) {
                // Keep them in memory: the table still has its calls, only persistence failed.
                Q_EMIT self->failed(tr("The local archive could not store %n call(s): %1", nullptr, int(calls.size())).arg(error));
                return;
            }
            for (const Call &c : calls)
                self->m_unwritten.remove(key(c));
            Q_EMIT self->written(written);
        }, Qt::QueuedConnection);
    });
}

void CallLibrary::load()
{
    auto bulk = m_bulk;
    QPointer<CallLibrary> self(this);
    onWorker([bulk, self] {
        auto store = std::make_shared<CallStore>();
        qint64 rows = 0;
        bool ok = true;
        QString error;
        if (bulk->isOpen()) {
            CallStoreSink sink(*store);
            ok = bulk->load(sink, nullptr, &rows);
            error = bulk->lastError();
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, store, rows, ok, error] {
            if (!self)
                return;
            // Loaded first: what was readable is shown, and the failure (a damaged archive
            // names the damage and the calls read) stays on screen instead of the call count.
            Q_EMIT self->loaded(store, rows);
            if (!ok)
                Q_EMIT self->failed(tr("The local archive could not be read: %1").arg(error));
        }, Qt::QueuedConnection);
    });
}

std::optional<Call> CallLibrary::lookup(const Call &tableCall) const
{
    const auto it = m_unwritten.constFind(key(tableCall));
    if (it != m_unwritten.cend())
        return *it;
    if (!m_reader->isOpen())
        return std::nullopt;
    return m_reader->call(tableCall.provider, tableCall.account, tableCall.id);
}

qint64 CallLibrary::count() const
{
    return m_reader->isOpen() ? m_reader->count() : 0;
}

std::optional<qint64> CallLibrary::latestStartMs(Provider provider, const QString &account) const
{
    return m_reader->isOpen() ? m_reader->latestStartMs(provider, account) : std::nullopt;
}

QString CallLibrary::note(const Call &c) const
{
    return m_reader->isOpen() ? m_reader->note(c.provider, c.account, c.id) : QString();
}

void CallLibrary::setNote(const Call &c, const QString &note)
{
    if (m_reader->isOpen() && !m_reader->setNote(c.provider, c.account, c.id, note))
        Q_EMIT failed(tr("The note could not be saved: %1").arg(m_reader->lastError()));
}

QStringList CallLibrary::tags(const Call &c) const
{
    return m_reader->isOpen() ? m_reader->tags(c.provider, c.account, c.id) : QStringList();
}

void CallLibrary::setTags(const Call &c, const QStringList &tags)
{
    if (!m_reader->isOpen())
        return;
    const QStringList old = m_reader->tags(c.provider, c.account, c.id);
    for (const QString &t : old) {
        if (!tags.contains(t))
            m_reader->removeTag(c.provider, c.account, c.id, t);
    }
    for (const QString &t : tags) {
        if (!old.contains(t))
            m_reader->addTag(c.provider, c.account, c.id, t);
    }
}

} // namespace cdr
