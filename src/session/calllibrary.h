// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the app keeps full-fidelity calls (legs, audio, raw record) behind the compact table:
// the SQLite CallArchive. Bulk work (writing fetch batches and imports, loading the whole
// archive into a CallStore) runs on the library's own worker thread with its own connection;
// the UI thread keeps a second connection for single-row reads (the call of a selected row,
// notes, tags), which SQLite's WAL mode serves without waiting for the writer. Calls handed
// to add() are also kept in memory until the worker has committed them, so a row is never
// without its call; when a write fails (a team server lost mid-import) they stay there and
// retryUnwritten() sends them again. writeBacklog() counts the calls queued for the worker,
// from add() until stored, for producers that must not outrun it (FileImportJob).
//
// Team archive (openTeam): the same API on a PostgreSQL server through ArchiveBackend. The
// worker holds the bulk connection (writes, and load() of the chosen date range and
// accounts, never the whole archive); a second connection serves the UI thread's single-row
// reads (the selected call, its note and tags, signed with the author name) and a third,
// PgArchiveWatcher, reports other analysts' note and tag edits live (callChanged). The
// connections are made on the worker, so opening never waits on the network in the UI thread.
// UI-thread API; signals arrive on the UI thread.

#include <core/call.h>
#include <storage/callarchive.h>
#include <storage/pgarchive.h>

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

namespace cdr {

class ArchiveBackend;
class CallStore;
class PgArchiveWatcher;
class WriteBacklog;

class CallLibrary : public QObject
{
    Q_OBJECT

public:
    explicit CallLibrary(QObject *parent = nullptr);
    ~CallLibrary() override;

    /// Opens (creates) an archive; false with *error when it cannot. The previous one is closed.
    bool open(const QString &path, QString *error = nullptr);
    QString path() const;
    bool isOpen() const;
    /// After open(): a migration of the archive that an earlier run began and never ended (a
    /// kill -9 mid-way); open() has finished it. Local archives only.
    std::optional<ArchiveMigrations::Interruption> interruptedMigration() const;

    /// Opens the team archive at uri (password from the keychain, apart from the URI) on the
    /// worker; emits opened() or failed() (naming the server and the cause). author signs
    /// notes and tags; range is what load() reads (a date range and accounts).
    void openTeam(const QString &uri, const QString &password, const QString &author,
                  const CallArchive::Query &range);
    /// True while a team archive is open.
    bool isTeam() const { return bool(m_teamReader); }
    /// What load() reads from a team archive.
    CallArchive::Query teamRange() const { return m_teamRange; }
    /// Sends the calls a failed write left in memory again (reconnecting to a team server).
    void retryUnwritten();

    /// Persists calls on the worker, each add() in one transaction; lookups see them at once.
    void add(const QList<Call> &calls, const QTimeZone &zone = QTimeZone::utc());
    /// Loads every archived call's table columns into a new store on the worker; emits loaded().
    void load();
    /// Reads full calls by key on another thread, through a connection of its own.
    using CallReader = std::function<std::optional<Call>(Provider, const QString &account, const QString &id)>;
    /// Opens that connection (run it on the thread that will read): the local archive file or
    /// the team server, whichever is open; an empty reader with *error when it cannot.
    using ReaderFactory = std::function<CallReader(QString *error)>;
    ReaderFactory readerFactory() const;
    /// Full call for a table row's call (provider, account, id).
    std::optional<Call> lookup(const Call &tableCall) const;
    qint64 pendingWrites() const { return m_pendingWrites; }
    /// Calls handed to add() and not yet stored, counted until the worker is done with them
    /// (thread-safe; a producer on another thread waits on it for room).
    std::shared_ptr<WriteBacklog> writeBacklog() const { return m_backlog; }
    /// The calls handed to add() that the worker has not committed yet (a cheap shared copy,
    /// safe to read on another thread), keyed by key().
    QHash<QString, Call> unwrittenCalls() const { return m_unwritten; }
    /// The key of a call in unwrittenCalls(): provider, account and id.
    static QString key(const Call &c);
    static QString key(Provider provider, const QString &account, const QString &id);
    /// Calls in the archive (committed ones).
    qint64 count() const;
    /// Start time (UTC ms) of the newest archived call of an account: where a fetch of new calls begins.
    std::optional<qint64> latestStartMs(Provider provider, const QString &account) const;

    QString note(const Call &call) const;
    void setNote(const Call &call, const QString &note);
    /// Every revision of a team archive note, oldest first (empty for a local archive).
    QList<PgArchive::Note> noteHistory(const Call &call) const;
    QStringList tags(const Call &call) const;
    void setTags(const Call &call, const QStringList &tags);

Q_SIGNALS:
    void loaded(std::shared_ptr<cdr::CallStore> store, qint64 rows);
    void written(qint64 calls);
    void failed(const QString &message);
    /// A team archive is open (openTeam()).
    void opened();
    /// Storing calls failed; they are kept in memory (unwrittenCalls()) for retryUnwritten().
    void writeFailed(const QString &message, qint64 calls);
    /// Another analyst (or this app) changed a call's note or tags in the team archive.
    void callChanged(cdr::Provider provider, const QString &account, const QString &id);
    /// A note save replaced a revision this app had not seen; message names its author.
    void noteReplaced(const QString &message);
    /// After loaded(): the archive has damaged parts; `readable` calls were handed over, those
    /// on the damaged parts were not (CallArchive::damage() says which and why).
    void damaged(const QString &message, qint64 readable);

private:
    template <typename F> void onWorker(F f);

    QThread m_thread;
    QObject *m_worker = nullptr;            ///< lives in m_thread
    std::shared_ptr<CallArchive> m_bulk;    ///< used only on m_thread
    std::unique_ptr<CallArchive> m_reader;  ///< UI thread connection
    QHash<QString, Call> m_unwritten;
    std::shared_ptr<WriteBacklog> m_backlog;
    std::shared_ptr<qint64> m_storedSinceTrim; ///< used only on m_thread: calls stored since the heap was trimmed
    qint64 m_pendingWrites = 0;
    QTimeZone m_failedZone = QTimeZone::utc();

    struct TeamWorker;
    void closeTeam();
    PgArchive *teamReader() const;
    void reconnectTeam();
    bool m_watcherLost = false;
    std::shared_ptr<TeamWorker> m_team;           ///< used only on m_thread
    std::unique_ptr<PgArchive> m_teamReader;      ///< UI thread connection
    std::unique_ptr<PgArchiveWatcher> m_watcher;
    CallArchive::Query m_teamRange;
    QString m_author;
    /// The note each call had when this app last read or wrote it, to tell a concurrent edit.
    mutable QHash<QString, PgArchive::Note> m_seenNotes;
    quint64 m_teamGeneration = 0;                 ///< drops answers of an archive closed since
};

} // namespace cdr
