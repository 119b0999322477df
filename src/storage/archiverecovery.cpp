// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiverecovery.h"

#include "callarchive.h"
#include "rowscan.h"
#include "storagelogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <sqlite3.h>

namespace cdr {

namespace {

QList<QByteArray> columnsOf(sqlite3 *db, const QByteArray &table)
{
    QList<QByteArray> columns;
    sqlite3_stmt *s = nullptr;
    const QByteArray sql = "PRAGMA table_info(" + table + ")";
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr) == SQLITE_OK) {
        while (sqlite3_step(s) == SQLITE_ROW)
            columns << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(s, 1)));
    }
    sqlite3_finalize(s);
    return columns;
}

// The damaged file is read through a copy, so that it is never written (not even a -shm)
// and so that a truncated file can be read up to the cut: its header still claims the old page
// count (offset 28), and SQLite refuses every statement on such a file. The copy's header
// states the pages that are really there.
QString readableCopy(const QString &damagedPath, const QString &newPath, QString *error)
{
    const QString copy = newPath + QStringLiteral(".damaged-copy");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(copy + QLatin1String(suffix));
    if (!QFile::copy(damagedPath, copy)) {
        *error = ArchiveRecovery::tr("Cannot copy %1 to read it: %2").arg(damagedPath, QFile(copy).errorString());
        return {};
    }
    if (QFileInfo::exists(damagedPath + QStringLiteral("-wal")))
        QFile::copy(damagedPath + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
    const auto rw = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile::setPermissions(copy, rw);
    QFile::setPermissions(copy + QStringLiteral("-wal"), rw);
    QFile f(copy);
    if (f.open(QIODevice::ReadWrite)) {
        const QByteArray header = f.read(100);
        if (header.size() == 100 && header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
            const auto byte = [&header](int i) { return quint32(quint8(header.at(i))); };
            quint32 pageSize = byte(16) << 8 | byte(17);
            if (pageSize == 1)
                pageSize = 65536;
            const quint32 claimed = byte(28) << 24 | byte(29) << 16 | byte(30) << 8 | byte(31);
            const qint64 present = f.size() / qMax<quint32>(pageSize, 512);
            if (pageSize >= 512 && present < claimed) {
                f.resize(present * pageSize);
                const char count[4] = {char(present >> 24), char(present >> 16), char(present >> 8), char(present)};
                f.seek(28);
                f.write(count, 4);
            }
        }
    }
    return copy;
}

void removeCopy(const QString &copy)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(copy + QLatin1String(suffix));
}

// A plain read-write connection to path; nullptr with *why (SQLite's message) when it cannot open.
sqlite3 *openReadWrite(const QString &path, QString *why)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK)
        return db;
    *why = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    return nullptr;
}

} // namespace

bool ArchiveRecovery::looksDamaged(const QString &error)
{
    // SQLite's texts for SQLITE_CORRUPT and SQLITE_NOTADB, and CallArchive::load()'s for damage.
    return error.contains(QLatin1String("malformed")) || error.contains(QLatin1String("not a database"))
        || error.contains(QLatin1String("is damaged"));
}

QString ArchiveRecovery::suggestedPath(const QString &damagedPath)
{
    const QFileInfo info(damagedPath);
    const QString base = info.completeBaseName() + QStringLiteral("-recovered");
    QString name = base + QStringLiteral(".sqlite");
    for (int i = 2; QFileInfo::exists(info.dir().filePath(name)); ++i)
        name = base + QLatin1Char('-') + QString::number(i) + QStringLiteral(".sqlite");
    return info.path() == u"." ? name : info.dir().filePath(name);
}

ArchiveRecovery::Result ArchiveRecovery::recover(const QString &damagedPath, const QString &newPath,
                                                 const Progress &progress)
{
    Result result;
    if (QFileInfo(newPath).canonicalFilePath() == QFileInfo(damagedPath).canonicalFilePath()
        || QFileInfo::exists(newPath)) {
        result.error = tr("%1 already exists; recover into a new file").arg(newPath);
        return result;
    }
    const QString copy = readableCopy(damagedPath, newPath, &result.error);
    if (copy.isEmpty())
        return result;
    QString why;
    sqlite3 *source = openReadWrite(copy, &why);
    if (!source) {
        result.error = tr("Cannot open %1: %2").arg(damagedPath, why);
        removeCopy(copy);
        return result;
    }

    {
        CallArchive target; // creates the current schema
        QString error;
        if (!target.open(newPath, &error)) {
            result.error = error;
            sqlite3_close(source);
            return result;
        }
        // The target's connection is the Qt driver's; a second plain connection keeps this
        // file free of Qt SQL types. WAL lets both see the same file.
        sqlite3 *dest = openReadWrite(newPath, &why);
        if (!dest) {
            result.error = tr("Cannot write %1: %2").arg(newPath, why);
            sqlite3_close(source);
            removeCopy(copy);
            target.close();
            QFile::remove(newPath);
            return result;
        }
        sqlite3_busy_timeout(dest, 5000);
        target.close();

        static const char *const tables[] = {"calls", "notes", "tags", "batches", "fetch_state"};
        for (const char *name : tables) {
            const QByteArray table(name);
            // Only columns both schemas have: an older archive lacks some.
            const QList<QByteArray> targetColumns = columnsOf(dest, table);
            const QList<QByteArray> sourceColumns = columnsOf(source, table);
            QList<QByteArray> common;
            for (const QByteArray &c : targetColumns) {
                if (sourceColumns.contains(c))
                    common << c;
            }
            if (common.isEmpty()) {
                result.skippedTables << QString::fromLatin1(table);
                continue;
            }
            const QByteArray list = common.join(", ");
            QByteArray placeholders;
            for (qsizetype i = 0; i < common.size(); ++i)
                placeholders += i ? ",?" : "?";
            sqlite3_stmt *insert = nullptr;
            const QByteArray sql = "INSERT OR IGNORE INTO " + table + "(" + list + ") VALUES(" + placeholders + ")";
            if (sqlite3_prepare_v2(dest, sql.constData(), -1, &insert, nullptr) != SQLITE_OK) {
                result.error = tr("Cannot write %1: %2").arg(newPath, QString::fromUtf8(sqlite3_errmsg(dest)));
                break;
            }
            RowScan scan(source, table, list);
            sqlite3_exec(dest, "BEGIN", nullptr, nullptr, nullptr);
            qint64 copied = 0;
            while (scan.next()) {
                sqlite3_reset(insert);
                for (int i = 0; i < int(common.size()); ++i)
                    sqlite3_bind_value(insert, i + 1, sqlite3_column_value(scan.row(), i + 1));
                if (sqlite3_step(insert) != SQLITE_DONE) {
                    result.error = tr("Cannot write %1: %2").arg(newPath, QString::fromUtf8(sqlite3_errmsg(dest)));
                    break;
                }
                ++copied;
                if (progress && table == "calls" && copied % 2000 == 0)
                    progress(copied);
            }
            sqlite3_finalize(insert);
            if (!result.error.isEmpty() || sqlite3_exec(dest, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
                if (result.error.isEmpty())
                    result.error = tr("Cannot write %1: %2").arg(newPath, QString::fromUtf8(sqlite3_errmsg(dest)));
                sqlite3_exec(dest, "ROLLBACK", nullptr, nullptr, nullptr);
                break;
            }
            if (!scan.error().isEmpty() && copied == 0)
                result.skippedTables << QString::fromLatin1(table);
            result.damagedRegions += scan.damagedRegions();
            (table == "calls" ? result.calls : result.otherRows) += copied;
            if (progress && table == "calls")
                progress(copied);
            qCInfo(lcStorage) << "recovered" << copied << "rows of" << table << "with" << scan.damagedRegions()
                              << "damaged region(s)";
        }
        sqlite3_close(dest);
    }
    sqlite3_close(source);
    removeCopy(copy);
    if (result.error.isEmpty() && result.skippedTables.contains(QLatin1String("calls")))
        result.error = tr("No call of %1 could be read: its table of calls is damaged beyond reading").arg(damagedPath);
    if (!result.error.isEmpty()) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(newPath + QLatin1String(suffix));
    }
    return result;
}

} // namespace cdr
