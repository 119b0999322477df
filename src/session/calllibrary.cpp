// SPDX-License-Identifier: GPL-3.0-or-later
#include "calllibrary.h"

#include "writebacklog.h"

#include <models/callstore.h>
#include <models/callstoresink.h>
#include <storage/archivebackend.h>
#include <storage/callarchive.h>
#include <storage/pgarchivewatcher.h>

#include <QCoreApplication>
#include <QPointer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace cdr {

namespace {

// Calls stored since the heap was last trimmed that make trimming it worth a pass.
constexpr qint64 kTrimAfterCalls = 10000;

// Hands freed heap pages back to the system. Calls are made on the reader's threads and freed
// on this one, so glibc keeps the pages in those threads' arenas: after a large import its RSS
// stayed at the write queue's high-water mark (issue 14). Worker thread; takes milliseconds.
void returnFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace

// The worker's side of a team archive: its bulk connection, and how to make it again after
// the server went away (a retry reconnects instead of failing on the dead connection).
struct CallLibrary::TeamWorker
{
    QString uri;
    QString password;
    std::unique_ptr<ArchiveBackend> backend;

    bool ensureOpen(QString *error)
    {
        if (backend && backend->isOpen())
            return true;
        backend = ArchiveBackend::open(uri, password, error);
        return bool(backend);
    }
};

CallLibrary::CallLibrary(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_bulk(std::make_shared<CallArchive>())
    , m_reader(std::make_unique<CallArchive>())
    , m_backlog(std::make_shared<WriteBacklog>())
    , m_storedSinceTrim(std::make_shared<qint64>(0))
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
    auto team = std::exchange(m_team, nullptr);
    QMetaObject::invokeMethod(m_worker, [bulk, team] {
        bulk->close();
        if (team)
            team->backend.reset();
    }, Qt::BlockingQueuedConnection);
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

void CallLibrary::closeTeam()
{
    ++m_teamGeneration;
    m_watcher.reset();
    m_teamReader.reset();
    m_seenNotes.clear();
    if (auto team = std::exchange(m_team, nullptr))
        onWorker([team] { team->backend.reset(); });
}

void CallLibrary::openTeam(const QString &uri, const QString &password, const QString &author,
                           const CallArchive::Query &range)
{
    closeTeam();
    m_reader->close();
    auto bulk = m_bulk;
    m_author = author;
    m_teamRange = range;
    auto team = std::make_shared<TeamWorker>();
    team->uri = uri;
    team->password = password;
    const quint64 generation = m_teamGeneration;
    QPointer<CallLibrary> self(this);
    onWorker([bulk, team, self, generation] {
        bulk->close();
        QString error;
        // Three connections: bulk (worker), reader (UI thread), watcher (LISTEN, UI thread).
        auto reader = std::make_shared<PgArchive>();
        auto listener = std::make_shared<PgArchive>();
        const bool ok = team->ensureOpen(&error) && reader->open(team->uri, team->password, &error)
            && listener->open(team->uri, team->password, &error);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, team, reader, listener, ok, error, generation] {
            if (!self || self->m_teamGeneration != generation)
                return;
            if (!ok) {
                Q_EMIT self->failed(tr("The team archive could not be opened: %1").arg(error));
                return;
            }
            self->m_team = team;
            self->m_teamReader = std::make_unique<PgArchive>(std::move(*reader));
            self->m_watcher = std::make_unique<PgArchiveWatcher>();
            connect(self->m_watcher.get(), &PgArchiveWatcher::callChanged, self, &CallLibrary::callChanged);
            connect(self->m_watcher.get(), &PgArchiveWatcher::connectionLost, self, [self](const QString &message) {
                self->m_watcherLost = true;
                Q_EMIT self->failed(message);
            });
            // The watcher reconnects by itself; the reader follows if it was lost too.
            connect(self->m_watcher.get(), &PgArchiveWatcher::reconnected, self, [self] {
                self->m_watcherLost = false;
                self->reconnectTeam();
            });
            self->m_watcherLost = false;
            QString why;
            if (!self->m_watcher->start(std::move(*listener), &why))
                Q_EMIT self->failed(why);
            Q_EMIT self->opened();
        }, Qt::QueuedConnection);
    });
}

bool CallLibrary::open(const QString &path, QString *error)
{
    closeTeam();
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
    return m_teamReader ? m_teamReader->name() : m_reader->path();
}

std::optional<ArchiveMigrations::Interruption> CallLibrary::interruptedMigration() const
{
    // The UI thread's connection opens first, so it is the one that found and finished it.
    return m_teamReader ? std::nullopt : m_reader->interruptedMigration();
}

bool CallLibrary::isOpen() const
{
    return m_teamReader ? m_teamReader->isOpen() : m_reader->isOpen();
}

void CallLibrary::add(const QList<Call> &calls, const QTimeZone &zone)
{
    if (calls.isEmpty())
        return;
    for (const Call &c : calls)
        m_unwritten.insert(key(c), c);
    m_pendingWrites += calls.size();
    m_backlog->add(calls.size());
    auto bulk = m_bulk;
    auto team = m_team;
    auto backlog = m_backlog;
    auto storedSinceTrim = m_storedSinceTrim;
    QPointer<CallLibrary> self(this);
    onWorker([bulk, team, calls, zone, self, backlog, storedSinceTrim] {
        qint64 written = 0;
        bool ok = false;
        QString error;
        if (team) {
            // A batch is all or nothing on the server; what a lost connection left out stays in
            // memory and a retry stores it (the upsert makes the re-sent calls exact).
            if (team->ensureOpen(&error)) {
                auto writer = team->backend->writer(5000, zone);
                for (const Call &c : calls) {
                    if (!writer->addCall(c))
                        break;
                }
                ok = writer->finish();
                written = writer->written();
                error = writer->error();
            }
        } else {
            ok = bulk->isOpen() && bulk->insertCalls(calls, zone, &written);
            error = bulk->isOpen() ? bulk->lastError() : tr("no archive is open");
        }
        // Released here, not on the UI thread: a waiting reader goes on as soon as the batch is stored.
        backlog->done(calls.size());
        // Once the queue has drained after a large run: before the reply, so whoever sees
        // pendingWrites() reach 0 sees the memory returned too.
        *storedSinceTrim += calls.size();
        if (*storedSinceTrim >= kTrimAfterCalls && backlog->queued() == 0) {
            *storedSinceTrim = 0;
            returnFreedMemory();
        }
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, calls, ok, written, error, zone, team] {
            if (!self)
                return;
            self->m_pendingWrites -= calls.size();
            if (!ok) {
                // Keep them in memory: the table still has its calls, only persistence failed.
                self->m_failedZone = zone;
                const QString message = team
                    ? tr("The team archive could not store %n call(s); they are kept in memory: %1", nullptr,
                         int(calls.size())).arg(error)
                    : tr("The local archive could not store %n call(s): %1", nullptr, int(calls.size())).arg(error);
                Q_EMIT self->failed(message);
                Q_EMIT self->writeFailed(message, self->m_unwritten.size());
                return;
            }
            for (const Call &c : calls)
                self->m_unwritten.remove(key(c));
            // A QHash keeps its storage when emptied (about 330 B a call after a large import).
            if (self->m_unwritten.isEmpty())
                self->m_unwritten.squeeze();
            if (team)
                self->reconnectTeam(); // the server is back: so are the UI's connections
            Q_EMIT self->written(written);
        }, Qt::QueuedConnection);
    });
}

void CallLibrary::retryUnwritten()
{
    // Calls still on their way to the worker are not sent twice.
    if (m_unwritten.isEmpty() || m_pendingWrites > 0)
        return;
    add(m_unwritten.values(), m_failedZone);
}

void CallLibrary::load()
{
    auto bulk = m_bulk;
    auto team = m_team;
    const CallArchive::Query range = m_teamRange;
    QPointer<CallLibrary> self(this);
    onWorker([bulk, team, range, self] {
        auto store = std::make_shared<CallStore>();
        qint64 rows = 0;
        bool ok = true;
        QString error;
        QString damage;
        CallStoreSink sink(*store);
        if (team) {
            // Only the chosen range and accounts: a team archive may hold millions of calls.
            ok = team->ensureOpen(&error) && team->backend->forEachCall(range, [&](Call &&c) {
                ++rows;
                return sink.addCall(c);
            });
            if (!ok && error.isEmpty())
                error = team->backend->lastError();
        } else if (bulk->isOpen()) {
            ok = bulk->load(sink, nullptr, &rows);
            error = bulk->lastError();
            damage = bulk->damage();
        }
        const bool isTeam = bool(team);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, store, rows, ok, error, isTeam, damage] {
            if (!self)
                return;
            // Loaded first: what was readable is shown, and the failure (a damaged archive
            // names the damage and the calls read) stays on screen instead of the call count.
            Q_EMIT self->loaded(store, rows);
            if (!ok)
                Q_EMIT self->failed(isTeam ? tr("The team archive could not be read: %1").arg(error)
                                           : tr("The local archive could not be read: %1").arg(error));
            if (!damage.isEmpty())
                Q_EMIT self->damaged(damage, rows);
        }, Qt::QueuedConnection);
    });
}

PgArchive *CallLibrary::teamReader() const
{
    // Never reconnected here: a connect may wait for the network, and this is the UI thread.
    // reconnectTeam() makes new connections on the worker once a write got through again.
    return m_teamReader.get();
}

void CallLibrary::reconnectTeam()
{
    if (!m_team || (m_teamReader && m_teamReader->isOpen() && !m_watcherLost))
        return;
    auto team = m_team;
    const quint64 generation = m_teamGeneration;
    QPointer<CallLibrary> self(this);
    onWorker([team, self, generation] {
        auto reader = std::make_shared<PgArchive>();
        auto listener = std::make_shared<PgArchive>();
        QString error;
        const bool ok = reader->open(team->uri, team->password, &error) && listener->open(team->uri, team->password, &error);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, reader, listener, ok, generation] {
            if (!self || self->m_teamGeneration != generation || !ok)
                return;
            *self->m_teamReader = std::move(*reader);
            QString why;
            if (self->m_watcher->start(std::move(*listener), &why))
                self->m_watcherLost = false;
        }, Qt::QueuedConnection);
    });
}

CallLibrary::ReaderFactory CallLibrary::readerFactory() const
{
    if (m_team) {
        const QString uri = m_team->uri;
        const QString password = m_team->password;
        return [uri, password](QString *error) -> CallReader {
            auto archive = std::make_shared<PgArchive>();
            if (!archive->open(uri, password, error))
                return {};
            return [archive](Provider p, const QString &account, const QString &id) {
                return archive->call({ p, account, id });
            };
        };
    }
    const QString path = m_reader->isOpen() ? m_reader->path() : QString();
    return [path](QString *error) -> CallReader {
        if (path.isEmpty())
            return [](Provider, const QString &, const QString &) { return std::optional<Call>(); };
        auto archive = std::make_shared<CallArchive>();
        if (!archive->open(path, error))
            return {};
        return [archive](Provider p, const QString &account, const QString &id) { return archive->call(p, account, id); };
    };
}

std::optional<Call> CallLibrary::lookup(const Call &tableCall) const
{
    const auto it = m_unwritten.constFind(key(tableCall));
    if (it != m_unwritten.cend())
        return *it;
    if (m_teamReader)
        return teamReader()->call({ tableCall.provider, tableCall.account, tableCall.id });
    if (!m_reader->isOpen())
        return std::nullopt;
    return m_reader->call(tableCall.provider, tableCall.account, tableCall.id);
}

qint64 CallLibrary::count() const
{
    if (m_teamReader)
        return qMax<qint64>(0, teamReader()->count());
    return m_reader->isOpen() ? m_reader->count() : 0;
}

std::optional<qint64> CallLibrary::latestStartMs(Provider provider, const QString &account) const
{
    if (m_teamReader)
        return teamReader()->latestStartMs(provider, account);
    return m_reader->isOpen() ? m_reader->latestStartMs(provider, account) : std::nullopt;
}

QString CallLibrary::note(const Call &c) const
{
    if (m_teamReader) {
        const PgArchive::Note n = teamReader()->note({ c.provider, c.account, c.id });
        m_seenNotes.insert(key(c), n);
        return n.text;
    }
    return m_reader->isOpen() ? m_reader->note(c.provider, c.account, c.id) : QString();
}

void CallLibrary::setNote(const Call &c, const QString &note)
{
    if (m_teamReader) {
        const QString k = key(c);
        const auto seen = m_seenNotes.constFind(k);
        // Saving tags saves the note too (one edit signal): an unchanged text is no revision.
        if (seen != m_seenNotes.cend() && seen->text == note)
            return;
        if (seen == m_seenNotes.cend() && note.isEmpty())
            return;
        const int seenRevision = seen == m_seenNotes.cend() ? 0 : seen->revision;
        const PgArchive::NoteSave save = teamReader()->setNote({ c.provider, c.account, c.id }, note, m_author, seenRevision);
        if (!save.ok) {
            Q_EMIT failed(tr("The note could not be saved: %1").arg(m_teamReader->lastError()));
            return;
        }
        m_seenNotes.insert(k, { note, m_author, QDateTime::currentDateTimeUtc(), save.revision });
        if (save.replaced)
            Q_EMIT noteReplaced(tr("Your note replaced one %1 saved at %2 that you had not seen; "
                                   "theirs is kept in the note's history")
                                    .arg(save.replaced->author, save.replaced->editedAt.toLocalTime().toString(Qt::ISODate)));
        return;
    }
    if (m_reader->isOpen() && !m_reader->setNote(c.provider, c.account, c.id, note))
        Q_EMIT failed(tr("The note could not be saved: %1").arg(m_reader->lastError()));
}

QList<PgArchive::Note> CallLibrary::noteHistory(const Call &c) const
{
    return m_teamReader ? teamReader()->noteHistory({ c.provider, c.account, c.id }) : QList<PgArchive::Note>();
}

QStringList CallLibrary::tags(const Call &c) const
{
    if (m_teamReader) {
        QStringList out;
        const QList<PgArchive::Tag> tags = teamReader()->tags({ c.provider, c.account, c.id });
        for (const PgArchive::Tag &t : tags)
            out << t.tag;
        return out;
    }
    return m_reader->isOpen() ? m_reader->tags(c.provider, c.account, c.id) : QStringList();
}

void CallLibrary::setTags(const Call &c, const QStringList &tags)
{
    if (!m_teamReader && !m_reader->isOpen())
        return;
    const QStringList old = this->tags(c);
    const CallArchive::Key k{ c.provider, c.account, c.id };
    for (const QString &t : old) {
        if (!tags.contains(t)) {
            if (m_teamReader)
                m_teamReader->removeTag(k, t);
            else
                m_reader->removeTag(c.provider, c.account, c.id, t);
        }
    }
    for (const QString &t : tags) {
        if (!old.contains(t)) {
            if (m_teamReader)
                m_teamReader->addTag(k, t, m_author);
            else
                m_reader->addTag(c.provider, c.account, c.id, t);
        }
    }
}

} // namespace cdr
