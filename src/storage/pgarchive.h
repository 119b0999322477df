// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PgArchive: the team archive on a PostgreSQL server (15 or later), the shared counterpart of
// the local CallArchive. Several analysts' apps and command lines point at one database.
//
// - Where: a libpq URI (postgresql://user@host:port/dbname?sslmode=...). The password comes
//   from the URI, PGPASSWORD or ~/.pgpass, as libpq finds it; no message this class makes
//   contains it.
// - Schema: versioned in cdr_schema, created or migrated on first connect inside one
//   transaction that holds an advisory lock, so two apps starting at once cannot both migrate.
//   An archive newer than this build is refused.
// - Schema 3 adds hangup_class, the class the scorecard groups by (the call's own, or the
//   classifier's where it has none, as the in-memory scorecard takes it), so PgScorecard can
//   group in SQL; migrating from 2 fills it for the calls already there.
// - Writes: the same normalized call and table columns as CallArchive. A batch goes in with
//   COPY (binary) into a session's staging table, then one INSERT ... ON CONFLICT keyed by
//   (provider, account, id), in one transaction: all of a batch or nothing, and importers of
//   overlapping data at the same time end with one row per call (last batch committed wins).
// - Notes and tags are shared: each carries its author and time. Saving a note keeps every
//   earlier text in its history; a save made without having seen the newest revision still
//   wins but reports the note it replaced, so no edit is lost silently. Every change is
//   announced with NOTIFY on kNotifyChannel (see PgArchiveWatcher).
//
// Threading: one connection per object; an object belongs to the thread that opened it, or
// to the thread it was moved to (one thread at a time).

#include "archivewriter.h"
#include "callarchive.h"

#include <core/bulkrow.h>
#include <core/call.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

#include <atomic>
#include <functional>

struct pg_conn;
struct pg_result;

namespace cdr {

class PgArchive
{
    Q_DECLARE_TR_FUNCTIONS(PgArchive)

public:
    static constexpr int kSchemaVersion = 3;
    /// The LISTEN/NOTIFY channel of note and tag changes; the payload is "provider|account|id".
    static constexpr const char *kNotifyChannel = "cdr_call_changes";

    PgArchive();
    ~PgArchive();
    PgArchive(const PgArchive &) = delete;
    PgArchive &operator=(const PgArchive &) = delete;
    /// Hands an open connection over (e.g. made on a worker, then used by the UI thread).
    PgArchive(PgArchive &&other) noexcept;
    PgArchive &operator=(PgArchive &&other) noexcept;

    /// True for postgresql:// and postgres:// addresses (libpq's URI forms).
    static bool isServerAddress(QStringView where);
    /// user@host:port/dbname of a URI, for messages: never the password.
    static QString displayName(const QString &uri);

    /// Connects, then creates or migrates the schema. upToVersion is for tests that need an
    /// older archive; 0 means this build's version.
    bool open(const QString &uri, QString *error = nullptr, int upToVersion = 0);
    /// The same with a password kept apart from the URI (the app's, from the keychain); it
    /// overrides one in the URI and is masked in every message like one there.
    bool open(const QString &uri, const QString &password, QString *error, int upToVersion = 0);
    /// Connects and reads what is there without creating or migrating anything (Preferences'
    /// "Test connection"). Returns a message to show: what was found, or why it failed,
    /// naming the server and never the password. Blocks: call it off the UI thread.
    static bool testConnection(const QString &uri, const QString &password, QString *message);
    void close();
    bool isOpen() const;
    /// Where open() connected and with which password, to connect again (PgArchiveWatcher's
    /// reconnect). Holds the password: keep it in memory, never show it.
    struct Address
    {
        QString uri;
        QString password;
    };
    Address address() const { return { m_uri, m_password }; }
    QString name() const { return m_name; }
    int schemaVersion() const;
    QString lastError() const { return m_error; }

    class Writer final : public ArchiveWriter
    {
    public:
        explicit Writer(PgArchive &archive, int batchRows = 5000, const QTimeZone &zone = QTimeZone::utc());
        ~Writer() override;
        bool addRow(const BulkRow &row) override;
        /// Sends the open batch; false on error (see error()).
        bool finish() override;

    private:
        bool flush();
        PgArchive &m_archive;
        QByteArray m_copy; ///< the batch in COPY's binary format
    };

    qint64 count() const;
    /// The full normalized call as stored, or nothing.
    std::optional<Call> call(const CallArchive::Key &key) const;
    /// The latest archived start time of an account's calls (epoch ms), to fetch from.
    std::optional<qint64> latestStartMs(Provider provider, const QString &account) const;
    /// Every stored call matching query, ordered by start time, streamed row by row.
    bool forEachCall(const CallArchive::Query &query, const std::function<bool(Call &&)> &callback,
                     const std::atomic<bool> *cancel = nullptr);

    // ---- shared notes and tags ---------------------------------------------------------
    struct Note
    {
        QString text;
        QString author;
        QDateTime editedAt;
        int revision = 0; ///< 0: no note yet
    };
    struct NoteSave
    {
        bool ok = false;
        int revision = 0;
        /// Set when the save replaced a revision newer than the one the writer had seen:
        /// that other analyst's note, kept in the history.
        std::optional<Note> replaced;
    };
    /// The current note of a call (revision 0 when there is none).
    Note note(const CallArchive::Key &key) const;
    /// Saves text as author's note. seenRevision: the revision the author edited (0 for new).
    NoteSave setNote(const CallArchive::Key &key, const QString &text, const QString &author, int seenRevision);
    /// Every revision of a call's note, oldest first.
    QList<Note> noteHistory(const CallArchive::Key &key) const;
    struct Tag
    {
        QString tag;
        QString author;
        QDateTime addedAt;
    };
    bool addTag(const CallArchive::Key &key, const QString &tag, const QString &author);
    bool removeTag(const CallArchive::Key &key, const QString &tag);
    QList<Tag> tags(const CallArchive::Key &key) const;

    /// The connection's socket and its pending notifications, for PgArchiveWatcher.
    bool listen();
    int socket() const;
    QList<CallArchive::Key> takeChanges();

private:
    friend class PgScorecard; // runs its queries on this connection

    bool exec(const char *sql, QString *error = nullptr) const;
    /// Runs sql with text parameters; nullptr (with m_error) on failure.
    pg_result *query(const char *sql, const QList<QByteArray> &params) const;
    bool migrate(int upTo);
    bool fillHangupClass();
    bool sendBatch(const QByteArray &copy, QString *error);
    QString describe(const QString &what) const;

    pg_conn *m_conn = nullptr;
    QString m_name;
    QString m_uri;
    QString m_password;
    int m_schema = 0; ///< the version open() left, which decides the columns a batch carries
    QByteArray m_copySql, m_upsertSql;
    mutable QString m_error;
};

} // namespace cdr
