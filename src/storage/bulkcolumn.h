// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// BulkColumn: one BulkRow field as the archives store it: its column in the local archive
// (CallArchive, SQLite) and in the team archive (PgArchive, PostgreSQL), and its kind.
// BulkColumn::all() lists them in the order both archives write them and the local archive
// reads them back, so the column lists, the SQLite binds, the loader and the COPY rows are one
// list and cannot drift apart. Each back end turns a kind into its own calls.
//
// Threading: constant data; any thread.

#include <core/bulkrow.h>

#include <QByteArray>

#include <span>

namespace cdr {

struct BulkColumn
{
    enum class Kind : quint8 {
        Key,      ///< text that is never NULL (the call's account and id)
        Text,     ///< text; the team archive stores an empty one as NULL
        Real,     ///< a number; NULL when missing (NaN)
        Time,     ///< UTC milliseconds; NULL when missing (BulkRow::kMissingTime)
        SmallInt, ///< an enum or a flag set (smallint in the team archive)
        Integer,  ///< a count (integer in the team archive)
    };

    const char *local; ///< the column in the local archive
    const char *team;  ///< the column in the team archive
    Kind kind;
    QByteArrayView BulkRow::*text = nullptr;         ///< Key, Text
    double BulkRow::*real = nullptr;                 ///< Real
    qint64 (*integer)(const BulkRow &) = nullptr;    ///< Time, SmallInt, Integer
    void (*setInteger)(BulkRow &, qint64) = nullptr; ///< Time, SmallInt, Integer

    static std::span<const BulkColumn> all();
    /// The columns by their local (SQLite) names, "provider, account, ...".
    static QByteArray localList();
    /// The columns by their team (PostgreSQL) names.
    static QByteArray teamList();
};

} // namespace cdr
