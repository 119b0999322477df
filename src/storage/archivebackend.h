// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ArchiveBackend: the one archive interface the commands and the app use, whichever
// back end holds the calls: the local SQLite file (CallArchive, the embedded default) or a
// team archive on PostgreSQL (PgArchive). open() chooses by where it points: a
// postgresql:// or postgres:// URI is a server, anything else a file path; empty means
// $CDR_ARCHIVE, else the app's own archive.
//
// Threading: an object belongs to the thread that opened it, as both back ends' connections do.

#include "archivewriter.h"
#include "callarchive.h"

#include <core/bulkrow.h>
#include <core/scorecard.h>

#include <QCoreApplication>

#include <memory>

namespace cdr {

/// A scorecard grouped where the calls are (ArchiveBackend::scorecard), with the counts the
/// `scorecard` command reports as it does for calls it loaded.
struct GroupedScorecard
{
    QList<ScorecardGroup> groups;
    qint64 scored = 0;  ///< readable calls that are not in progress (what ScorecardInput would hold)
    qint64 skipped = 0; ///< readable calls left out as in progress
    qint64 stored = 0;  ///< rows in the archive
    qint64 readable = 0; ///< of those, rows with a stored call (the others cannot be read back)
};

class ArchiveBackend
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveBackend)

public:
    virtual ~ArchiveBackend() = default;

    /// $CDR_ARCHIVE when set, else the app's own archive file.
    static QString defaultLocation() { return CallArchive::defaultPath(); }
    static bool isServer(const QString &where);
    /// where as messages and reports may show it: a server's URI without its password.
    static QString displayName(const QString &where);
    /// Opens (and creates or migrates) the archive at where; nullptr with *error on failure.
    /// mustExist: a file archive that is not there is an error instead of a new empty file.
    static std::unique_ptr<ArchiveBackend> open(const QString &where, QString *error, bool mustExist = false);
    /// The same for the app: a server's password comes from its keychain, apart from where.
    static std::unique_ptr<ArchiveBackend> open(const QString &where, const QString &password, QString *error);

    /// For messages: the file path, or user@host:port/db of a server (never a password).
    virtual QString name() const = 0;
    virtual QString lastError() const = 0;
    /// Something open() did that the user should hear of (a migration and its backup).
    virtual QString notice() const { return {}; }
    /// True when name() is a local file (the same file as an output is then refused).
    virtual bool isLocalFile() const = 0;

    virtual qint64 count() const = 0;
    virtual bool forEachCall(const CallArchive::Query &query, const std::function<bool(Call &&)> &callback,
                             const std::atomic<bool> *cancel = nullptr) = 0;
    virtual std::unique_ptr<ArchiveWriter> writer(int batchRows, const QTimeZone &zone) = 0;
    /// True while the connection (or file) is usable; false once a server went away.
    virtual bool isOpen() const = 0;

    enum class Grouping { Done, NotHere, Failed };
    /// The scorecard of every stored call, grouped where the calls are when the back end can
    /// (a server groups in SQL, equal to Scorecard::compute over the same calls loaded and
    /// prepared as the command prepares them: the stored class or the classifier's, the
    /// E-model at assumedDelayMs). NotHere: load the calls and compute in memory. Failed: see
    /// lastError().
    virtual Grouping scorecard(const ScorecardInput::Options &input, const Scorecard::Options &options,
                               double assumedDelayMs, GroupedScorecard *out)
    {
        Q_UNUSED(input);
        Q_UNUSED(options);
        Q_UNUSED(assumedDelayMs);
        Q_UNUSED(out);
        return Grouping::NotHere;
    }
};

} // namespace cdr
