// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CallArchive: the local SQLite archive of every fetched or imported call.
//
// - WAL journal, synchronous=NORMAL, one transaction per batch: a batch is all there or
//   not there at all, even when the app is killed mid-write (tested with SIGKILL).
// - Schema version in PRAGMA user_version, migrated step by step on open (kSchemaVersion) by
//   ArchiveMigrations.
// - Calls keyed by (provider, account, id). Each row holds the normalized call (its JSON form,
//   legs, audio and error log included) beside the provider's raw record and the zone it was
//   read in: reading never normalizes again, so the table, the pane and exports agree. The
//   table's columns are stored too, so a reopen fills a CallStore without parsing JSON.
// - Schema 4 adds the post-dial delay and the error log's flags (BulkRow) as columns, filled
//   from the stored calls when an older archive is opened.
// - Schema 2 archives are migrated once (backup first, one transaction: a kill mid-way leaves
//   the old archive as it was).
// - Per-call notes and tags (local only), and fetch resume points per (provider, account).
//
// Threading: an archive object belongs to the thread that opened it (its own named
// QSqlDatabase connection). Open and use it on a worker thread so the UI never waits on
// disk; several archives (one per thread) may point at the same file.

#include "archivemigrations.h"
#include "archiverecovery.h"
#include "archivewriter.h"

#include <core/bulkrow.h>
#include <core/call.h>

#include <QSqlDatabase>
#include <QStringList>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <optional>

struct sqlite3;

namespace cdr {

class CallArchive
{
public:
    static constexpr int kSchemaVersion = 5;

    CallArchive();
    ~CallArchive();
    CallArchive(const CallArchive &) = delete;
    CallArchive &operator=(const CallArchive &) = delete;

    /// $CDR_ARCHIVE when set, else <AppDataLocation>/archive.sqlite
    static QString defaultPath();

    /// Opens (creating folders, file and schema as needed) and migrates. Returns false with
    /// a message on failure (unreadable file, newer schema than this build knows, ...).
    bool open(const QString &path, QString *error = nullptr);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    QString lastError() const { return m_error; }

    // ---- writing: one transaction per batch ------------------------------------------
    /// Inserts or replaces calls (same provider, account, id = same call) in one transaction.
    /// zone: the time zone zone-less times were read in (kept to re-read the raw record).
    bool insertCalls(const QList<Call> &calls, const QTimeZone &zone = QTimeZone::utc(), qint64 *written = nullptr);

    /// Streams calls (e.g. from CallReader) into batches of batchRows, each its own
    /// transaction. Usage: beginBatch(); addRow()...; commitBatch(). Rows without raw JSON
    /// are stored without it.
    class Writer final : public ArchiveWriter
    {
    public:
        explicit Writer(CallArchive &archive, int batchRows = 5000, const QTimeZone &zone = QTimeZone::utc());
        ~Writer() override;
        bool addRow(const BulkRow &row) override;
        /// Commits the open batch; false on error (see error()).
        bool finish() override;

    private:
        bool begin();
        bool commit();
        CallArchive &m_archive;
        qint64 m_batchId = 0;
        struct Statement;
        Statement *m_stmt = nullptr;
    };

    // ---- reading ------------------------------------------------------------------------
    qint64 count() const;
    /// Streams the table columns of every call in archive order into sink (e.g. a
    /// CallStoreSink). Stops when the sink returns false or *cancel becomes true.
    /// On a damaged archive it still hands over every readable call, then returns false with
    /// damage() (and lastError()) saying so.
    bool load(BulkSink &sink, const std::atomic<bool> *cancel = nullptr, qint64 *rows = nullptr);
    /// What the last load() found damaged; empty when it read everything.
    QString damage() const { return m_damage; }
    /// Copies every readable row into a new archive at newPath (see ArchiveRecovery).
    ArchiveRecovery::Result recoverInto(const QString &newPath) const;
    /// The full normalized call as stored (table columns only for rows that have none).
    std::optional<Call> call(Provider provider, const QString &account, const QString &id) const;
    /// Which calls forEachCall() reads; times are UTC ms, until exclusive.
    struct Query
    {
        std::optional<Provider> provider;
        std::optional<qint64> sinceMs;
        std::optional<qint64> untilMs;
        /// Only these accounts (empty: every account).
        QStringList accounts;
        /// The query as SQL conditions on the calls table's columns (both back ends share
        /// them): " AND provider=1 AND start_ms >= ...", empty for every call.
        QByteArray sqlConditions() const;
    };
    /// Every stored call matching query, in archive order. Stops when callback returns false.
    bool forEachCall(const Query &query, const std::function<bool(Call &&)> &callback,
                     const std::atomic<bool> *cancel = nullptr);
    /// Where open() copied the archive before migrating it (empty when it did not).
    QString backupPath() const { return m_backupPath; }
    /// Set when open() found that a migration of this archive had been cut short (a kill -9)
    /// and, if open() succeeded, finished it.
    std::optional<ArchiveMigrations::Interruption> interruptedMigration() const { return m_interruptedMigration; }

    // ---- notes and tags -----------------------------------------------------------------
    bool setNote(Provider provider, const QString &account, const QString &id, const QString &note);
    QString note(Provider provider, const QString &account, const QString &id) const;
    bool addTag(Provider provider, const QString &account, const QString &id, const QString &tag);
    bool removeTag(Provider provider, const QString &account, const QString &id, const QString &tag);
    QStringList tags(Provider provider, const QString &account, const QString &id) const;
    QStringList allTags() const;
    struct Key { Provider provider; QString account; QString id; };
    QList<Key> callsWithTag(const QString &tag) const;

    // ---- fetch resume -------------------------------------------------------------------
    /// The latest archived start time of an account's calls (epoch ms), to fetch from.
    std::optional<qint64> latestStartMs(Provider provider, const QString &account) const;
    bool setFetchCursor(Provider provider, const QString &account, const QString &cursor);
    QString fetchCursor(Provider provider, const QString &account) const;

    // ---- checks -------------------------------------------------------------------------
    /// PRAGMA integrity_check plus: every batch holds exactly the rows it recorded.
    bool verify(QString *details = nullptr) const;

    QSqlDatabase database() const;

private:
    bool exec(const QString &sql) const;
    /// Runs a prepared query; false with lastError() set.
    bool exec(QSqlQuery &query) const;
    bool switchToWal();
    static bool readStored(const QByteArray &callJson, const QByteArray &raw, Call *call);
    sqlite3 *handle() const;

    QString m_connection;
    QString m_path;
    mutable QString m_error;
    QString m_damage;
    QString m_backupPath;
    std::optional<ArchiveMigrations::Interruption> m_interruptedMigration;
};

} // namespace cdr
