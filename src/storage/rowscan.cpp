// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowscan.h"

#include <sqlite3.h>

#include <limits>

namespace cdr {

RowScan::RowScan(sqlite3 *db, const QByteArray &table, const QByteArray &columns)
    : m_db(db), m_after(std::numeric_limits<qint64>::min())
{
    const QByteArray select = "SELECT rowid, " + columns + " FROM " + table + " WHERE rowid > ?1 ORDER BY rowid";
    const QByteArray probe = "SELECT rowid FROM " + table + " WHERE rowid > ?1 ORDER BY rowid LIMIT 1";
    if (sqlite3_prepare_v2(m_db, select.constData(), -1, &m_select, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(m_db, probe.constData(), -1, &m_probe, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_select);
        m_select = nullptr;
        return;
    }
    sqlite3_bind_int64(m_select, 1, m_after);
}

RowScan::~RowScan()
{
    sqlite3_finalize(m_select);
    sqlite3_finalize(m_probe);
}

bool RowScan::isDamage(int rc) const
{
    // A truncated file reads as zeros past its end, which SQLite reports as corruption; a
    // short read may also surface as such.
    const int extended = sqlite3_extended_errcode(m_db);
    return (rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB || extended == SQLITE_IOERR_SHORT_READ
        || (extended & 0xff) == SQLITE_CORRUPT;
}

bool RowScan::next()
{
    while (m_select) {
        const int rc = sqlite3_step(m_select);
        if (rc == SQLITE_ROW) {
            m_after = sqlite3_column_int64(m_select, 0);
            return true;
        }
        if (rc == SQLITE_DONE)
            return false;
        if (!isDamage(rc)) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        if (m_damage.isEmpty())
            m_damage = QString::fromUtf8(sqlite3_errmsg(m_db));
        ++m_damagedRegions;
        if (!skipDamage())
            return false;
    }
    return false;
}

RowScan::Probe RowScan::probe(qint64 after, qint64 *rowid)
{
    sqlite3_reset(m_probe);
    sqlite3_bind_int64(m_probe, 1, after);
    const int rc = sqlite3_step(m_probe);
    if (rc == SQLITE_ROW) {
        *rowid = sqlite3_column_int64(m_probe, 0);
        return Probe::Row;
    }
    if (rc == SQLITE_DONE)
        return Probe::End;
    return isDamage(rc) ? Probe::Damaged : Probe::Failed;
}

bool RowScan::skipDamage()
{
    // Rowids past m_after fail to read. Double the jump until a probe reads (or the table ends).
    qint64 bad = m_after, good = 0, found = 0;
    for (qint64 jump = 1;; jump *= 2) {
        if (bad > std::numeric_limits<qint64>::max() - jump || jump > (qint64(1) << 62))
            return false; // nothing readable after the damage
        const qint64 from = bad + jump;
        const Probe p = probe(from, &found);
        if (p == Probe::Failed) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        if (p == Probe::End)
            return false;
        if (p == Probe::Row) {
            good = from;
            break;
        }
        bad = from;
    }
    // Narrow back: the smallest start in (bad, good] that reads, so no readable row is skipped
    // because the jump overshot it.
    while (good - bad > 1) {
        const qint64 mid = bad + (good - bad) / 2;
        const Probe p = probe(mid, &found);
        if (p == Probe::Failed) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        if (p == Probe::Damaged)
            bad = mid;
        else
            good = mid;
    }
    return restartAfter(good);
}

bool RowScan::restartAfter(qint64 rowid)
{
    sqlite3_reset(m_select);
    sqlite3_bind_int64(m_select, 1, rowid);
    m_after = rowid;
    return true;
}

} // namespace cdr
