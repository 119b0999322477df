// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RowScan: reads one table of an SQLite database in rowid order and steps over what SQLite
// reports as damaged (a bit-flipped or truncated page), so that every readable row is read.
//
// When a step fails with a corruption error, it probes ever larger rowids past the last good
// one until a row reads again, then narrows back (binary search) to the first rowid that reads,
// so a damaged page costs the rows on it and no more. Other errors (I/O, busy) end the scan.
// Counts the damaged regions and keeps the first error text for the report.
//
// Works on a raw sqlite3 handle; one thread (the connection's).

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace cdr {

class RowScan
{
public:
    /// columns: the select list (without rowid); column i of the row is at index i + 1.
    RowScan(sqlite3 *db, const QByteArray &table, const QByteArray &columns);
    ~RowScan();
    RowScan(const RowScan &) = delete;
    RowScan &operator=(const RowScan &) = delete;

    /// Moves to the next readable row; false at the end or on an error that is not damage.
    bool next();
    /// The statement on the current row: column 0 is the rowid, then the columns asked for.
    sqlite3_stmt *row() const { return m_select; }

    /// Regions of the table that could not be read (0 for an undamaged table).
    int damagedRegions() const { return m_damagedRegions; }
    /// An error that ended the scan early (prepare failed, I/O error, ...); empty otherwise.
    QString error() const { return m_error; }
    /// SQLite's text for the first damage met (e.g. "database disk image is malformed").
    QString damage() const { return m_damage; }

private:
    enum class Probe { Row, End, Damaged, Failed };
    Probe probe(qint64 after, qint64 *rowid);
    bool skipDamage();
    bool isDamage(int rc) const;
    bool restartAfter(qint64 rowid);

    sqlite3 *m_db;
    sqlite3_stmt *m_select = nullptr;
    sqlite3_stmt *m_probe = nullptr;
    qint64 m_after; ///< rowid of the last row read
    int m_damagedRegions = 0;
    QString m_error;
    QString m_damage;
};

} // namespace cdr
