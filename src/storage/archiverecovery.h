// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ArchiveRecovery: copies every readable row of a damaged call archive into a new archive,
// table by table (calls, notes, tags, batches, fetch resume points), stepping over damaged
// pages with RowScan. The damaged file is read through a copy and never changed; the new file
// must not exist yet. This is what sqlite3's ".recover" does, which bookworm's libsqlite3
// does not ship (sqlite3_recover is an extension compiled into the shell only).
//
// Blocking; run it off the UI thread. Any thread; it opens connections of its own.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace cdr {

class ArchiveRecovery
{
    Q_DECLARE_TR_FUNCTIONS(cdr::ArchiveRecovery)

public:
    struct Result
    {
        qint64 calls = 0;         ///< calls copied
        qint64 otherRows = 0;     ///< notes, tags, batches and resume points copied
        int damagedRegions = 0;   ///< unreadable regions stepped over, over all tables
        QStringList skippedTables; ///< tables that could not be read at all
        QString error;            ///< fatal: nothing usable was written (the new file is removed)
        bool ok() const { return error.isEmpty(); }
    };

    /// Called on recover()'s thread as calls are copied (every few thousand, and at the end).
    using Progress = std::function<void(qint64 callsCopied)>;

    static Result recover(const QString &damagedPath, const QString &newPath, const Progress &progress = {});

    /// True when an archive error is SQLite's word for a damaged file (a malformed image, not a
    /// database) or a load's report of damaged parts: what recover() is for.
    static bool looksDamaged(const QString &error);
    /// "<name>-recovered.sqlite" beside the damaged file, or "-recovered-2" ... when taken.
    static QString suggestedPath(const QString &damagedPath);
};

} // namespace cdr
