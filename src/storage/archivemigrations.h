// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ArchiveMigrations: brings an open CallArchive's schema up to CallArchive::kSchemaVersion,
// one step at a time, each step in its own transaction together with its version bump (a
// kill mid-way leaves the archive at the last completed version). Steps that need C++ (the
// normalizer, the error-log flags) rewrite stored rows through one select-compute-update
// loop (rewriteRows). A schema 2 archive is copied aside first (VACUUM INTO). While an existing
// archive is migrated, a marker file beside it (<archive>.migrating) says from which version to
// which and since when: when the process is killed mid-way, the next run() finds it, finishes the
// migration and reports the interruption (interruption()), so the app can say what happened.
//
// Threading: used by CallArchive::open() on the archive's thread and connection.

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace cdr {

class ArchiveMigrations
{
public:
    /// `db` and `handle` are the archive's open connection; `path` its file (for the backup).
    ArchiveMigrations(const QSqlDatabase &db, sqlite3 *handle, const QString &path);

    /// Migrates from the file's PRAGMA user_version to `target`. False with error() when the
    /// file is newer than `target` or a step fails (that step is rolled back).
    bool run(int target);
    QString error() const { return m_error; }
    /// Where run() copied the archive before migrating it (empty when it did not).
    QString backupPath() const { return m_backupPath; }

    /// A migration that began in an earlier run and never ended (the process was killed or
    /// the machine stopped): what its marker said, and the version this run found.
    struct Interruption
    {
        int from = 0;          ///< the version it was migrating from
        int to = 0;            ///< the version it was migrating to
        QDateTime started;     ///< UTC
        int foundAt = 0;       ///< the archive's version when this run found the marker
        QString backup;        ///< the copy made before it, when there is one
    };
    /// Set by run() when it found such a marker (whether or not it could finish the migration).
    std::optional<Interruption> interruption() const { return m_interruption; }
    /// The marker's path for an archive at `path`.
    static QString markerPath(const QString &path);

private:
    /// Fills the row's UPDATE parameters from 1 on; false skips the row.
    using RowRewrite = std::function<bool(sqlite3_stmt *row, sqlite3_stmt *update)>;

    bool exec(const QString &sql);
    void readMarker(int version);
    bool writeMarker(int from, int to, const QString &backup);
    int userVersion();
    bool refuseNewer(int version, int target);
    bool backupBefore(int version);
    bool normalizeStoredCalls();
    bool fillErrorLogFlags();
    /// Steps `select` (rowid first), lets `rewrite` bind `update`'s parameters, binds the rowid
    /// as its last parameter and runs it, for every row; stops at the first failed update.
    bool rewriteRows(const char *select, const char *update, const RowRewrite &rewrite);

    QSqlDatabase m_db;
    sqlite3 *m_handle;
    QString m_path;
    QString m_error;
    QString m_backupPath;
    std::optional<Interruption> m_interruption;
    QDateTime m_started;
};

} // namespace cdr
