// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivemigrations.h"

#include "callarchive.h"
#include "storagelogging.h"

#include <core/calljson.h>
#include <core/recordparser.h>

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <iterator>

namespace cdr {

namespace {

// The messages are the archive's own (open() reports them): same context as CallArchive's.
QString tr(const char *text)
{
    return QCoreApplication::translate("cdr::ArchiveMigrations", text);
}

QByteArrayView blob(sqlite3_stmt *s, int i)
{
    return QByteArrayView(static_cast<const char *>(sqlite3_column_blob(s, i)), sqlite3_column_bytes(s, i));
}

} // namespace

ArchiveMigrations::ArchiveMigrations(const QSqlDatabase &db, sqlite3 *handle, const QString &path)
    : m_db(db)
    , m_handle(handle)
    , m_path(path)
{
}

bool ArchiveMigrations::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        qCWarning(lcStorage) << "archive:" << m_error;
        return false;
    }
    return true;
}

QString ArchiveMigrations::markerPath(const QString &path)
{
    return path + QStringLiteral(".migrating");
}

void ArchiveMigrations::readMarker(int version)
{
    QFile f(markerPath(m_path));
    if (!f.open(QIODevice::ReadOnly))
        return;
    // A marker cut short by the kill is still a marker: what it says is a bonus.
    const QJsonObject o = QJsonDocument::fromJson(f.read(4096)).object();
    Interruption i;
    i.from = o.value(QStringLiteral("from")).toInt(-1);
    i.to = o.value(QStringLiteral("to")).toInt(-1);
    i.started = QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    i.backup = o.value(QStringLiteral("backup")).toString();
    if (!i.backup.isEmpty() && !QFile::exists(i.backup))
        i.backup.clear();
    i.foundAt = version;
    m_interruption = i;
}

bool ArchiveMigrations::writeMarker(int from, int to, const QString &backup)
{
    QJsonObject o{{QStringLiteral("from"), from},
                  {QStringLiteral("to"), to},
                  {QStringLiteral("started"), m_started.toString(Qt::ISODateWithMs)}};
    if (!backup.isEmpty())
        o.insert(QStringLiteral("backup"), backup);
    // QSaveFile: the marker is whole or absent, and on disk before the migration changes anything.
    QSaveFile f(markerPath(m_path));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0 || !f.commit()) {
        m_error = tr("Cannot write %1 before migrating the archive: %2").arg(markerPath(m_path), f.errorString());
        return false;
    }
    return true;
}

bool ArchiveMigrations::run(int target)
{
    const int version = userVersion();
    if (version < 0)
        return false;
    readMarker(version);
    if (version > target)
        return refuseNewer(version, target);
    // Each step runs in its own transaction together with its version bump.
    static const QStringList steps[] = {
        // 0 -> 1: calls, notes, tags
        {
            QStringLiteral("CREATE TABLE calls(provider INTEGER NOT NULL, account TEXT NOT NULL, id TEXT NOT NULL,"
                           " start_ms INTEGER, from_n TEXT, to_n TEXT, direction TEXT, status INTEGER,"
                           " duration REAL, talk REAL, billed REAL, cost REAL, currency TEXT, hangup_cause TEXT,"
                           " hangup_code TEXT, hangup_source TEXT, codec TEXT, mos REAL, jitter REAL, loss REAL,"
                           " legs INTEGER, flaws INTEGER, raw BLOB, zone TEXT, UNIQUE(provider, account, id))"),
            QStringLiteral("CREATE INDEX calls_start ON calls(provider, account, start_ms)"),
            QStringLiteral("CREATE TABLE notes(provider INTEGER NOT NULL, account TEXT NOT NULL, id TEXT NOT NULL,"
                           " note TEXT, updated_ms INTEGER, PRIMARY KEY(provider, account, id))"),
            QStringLiteral("CREATE TABLE tags(provider INTEGER NOT NULL, account TEXT NOT NULL, id TEXT NOT NULL,"
                           " tag TEXT NOT NULL, PRIMARY KEY(provider, account, id, tag))"),
            QStringLiteral("CREATE INDEX tags_tag ON tags(tag)"),
        },
        // 1 -> 2: batch bookkeeping (recovery checks) and fetch resume points
        {
            QStringLiteral("ALTER TABLE calls ADD COLUMN batch_id INTEGER"),
            QStringLiteral("CREATE TABLE batches(id INTEGER PRIMARY KEY, started_ms INTEGER,"
                           " rows INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE fetch_state(provider INTEGER NOT NULL, account TEXT NOT NULL,"
                           " cursor TEXT, updated_ms INTEGER, PRIMARY KEY(provider, account))"),
        },
        // 2 -> 3: the normalized call itself (JSON without raw), filled below from raw once
        {
            QStringLiteral("ALTER TABLE calls ADD COLUMN call BLOB"),
        },
        // 3 -> 4: what the scorecard needs beyond the table's columns (post-dial delay, the
        // error log's BulkRow::errorLog bits), so a reopened archive scores like the command
        {
            QStringLiteral("ALTER TABLE calls ADD COLUMN pdd REAL"),
            QStringLiteral("ALTER TABLE calls ADD COLUMN log_flags INTEGER"),
            QStringLiteral("UPDATE calls SET pdd = json_extract(CAST(call AS TEXT), '$.post_dial_delay_ms')"
                           " WHERE call IS NOT NULL AND json_valid(CAST(call AS TEXT))"),
        },
        // 4 -> 5: the SIP Call-ID as a table column (the call table can show, sort and export
        // it without reading each call), taken once from the stored normalized call
        {
            QStringLiteral("ALTER TABLE calls ADD COLUMN sip_call_id TEXT"),
            QStringLiteral("UPDATE calls SET sip_call_id = json_extract(CAST(call AS TEXT), '$.sip_call_id')"
                           " WHERE call IS NOT NULL AND json_valid(CAST(call AS TEXT))"),
        },
    };
    static_assert(std::size(steps) == CallArchive::kSchemaVersion);
    Q_ASSERT(target <= int(std::size(steps)));
    // A new file (version 0) has nothing to lose; an existing one is marked while it migrates.
    const bool marked = version > 0 && version < target;
    if (marked) {
        m_started = m_interruption && m_interruption->started.isValid() ? m_interruption->started
                                                                        : QDateTime::currentDateTimeUtc();
        const int from = m_interruption && m_interruption->from > 0 ? m_interruption->from : version;
        if (!writeMarker(from, target, m_interruption ? m_interruption->backup : QString()))
            return false;
        if (version >= 2 && version < 3) {
            if (!backupBefore(version))
                return false;
            // The copy is made again when a cut-short migration is resumed (the first one may be partial).
            if (!m_backupPath.isEmpty()) {
                if (m_interruption)
                    m_interruption->backup = m_backupPath;
                if (!writeMarker(from, target, m_backupPath))
                    return false;
            }
        }
    }
    for (int v = version; v < target; ++v) {
        if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
            return false;
        // Read again under the write lock: another process opening the same archive may have
        // run this step while this one waited for the lock.
        const int now = userVersion();
        if (now < 0 || now > target) {
            exec(QStringLiteral("ROLLBACK"));
            if (now > target)
                refuseNewer(now, target);
            return false;
        }
        if (now > v) {
            exec(QStringLiteral("COMMIT"));
            v = now - 1;
            continue;
        }
        for (const QString &sql : steps[v]) {
            if (!exec(sql)) {
                const QString e = m_error;
                exec(QStringLiteral("ROLLBACK"));
                m_error = tr("Migrating the archive to schema %1 failed: %2").arg(v + 1).arg(e);
                return false;
            }
        }
        if ((v == 2 && !normalizeStoredCalls()) || (v == 3 && !fillErrorLogFlags())) {
            const QString e = m_error;
            exec(QStringLiteral("ROLLBACK"));
            m_error = tr("Migrating the archive to schema %1 failed: %2").arg(v + 1).arg(e);
            return false;
        }
        if (!exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1)) || !exec(QStringLiteral("COMMIT"))) {
            exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    // Done, or an earlier run finished it after the marker's migration was cut short.
    if (marked || m_interruption)
        QFile::remove(markerPath(m_path));
    return true;
}

bool ArchiveMigrations::refuseNewer(int version, int target)
{
    m_error = tr("The archive was written by a newer version (schema %1, this build knows %2)").arg(version).arg(target);
    return false;
}

int ArchiveMigrations::userVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

bool ArchiveMigrations::backupBefore(int version)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM calls")) || !q.next() || q.value(0).toLongLong() == 0)
        return true; // nothing to lose
    q.finish();
    const QString backup = m_path + QStringLiteral(".schema%1-backup").arg(version);
    QFile::remove(backup);
    QSqlQuery v(m_db);
    v.prepare(QStringLiteral("VACUUM INTO ?"));
    v.addBindValue(backup);
    if (!v.exec()) {
        m_error = tr("Cannot back up the archive to %1 before migrating it: %2").arg(backup, v.lastError().text());
        return false;
    }
    m_backupPath = backup;
    return true;
}

bool ArchiveMigrations::rewriteRows(const char *select, const char *update, const RowRewrite &rewrite)
{
    sqlite3_stmt *sel = nullptr, *upd = nullptr;
    if (sqlite3_prepare_v2(m_handle, select, -1, &sel, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(m_handle, update, -1, &upd, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_finalize(sel);
        return false;
    }
    const int rowidParameter = sqlite3_bind_parameter_count(upd);
    bool ok = true;
    while (sqlite3_step(sel) == SQLITE_ROW) {
        sqlite3_reset(upd);
        if (!rewrite(sel, upd))
            continue;
        sqlite3_bind_int64(upd, rowidParameter, sqlite3_column_int64(sel, 0));
        if (sqlite3_step(upd) != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
            ok = false;
            break;
        }
    }
    sqlite3_finalize(sel);
    sqlite3_finalize(upd);
    return ok;
}

// Schema 2 kept only the raw record: normalize each once, with the zone it was imported in.
bool ArchiveMigrations::normalizeStoredCalls()
{
    return rewriteRows("SELECT rowid, provider, account, raw, zone FROM calls WHERE raw IS NOT NULL",
                       "UPDATE calls SET call=? WHERE rowid=?", [](sqlite3_stmt *row, sqlite3_stmt *update) {
                           ParseOptions options;
                           options.provider = Provider(sqlite3_column_int(row, 1));
                           options.account = QString::fromUtf8(blob(row, 2));
                           const QByteArray zone = blob(row, 4).toByteArray();
                           if (!zone.isEmpty() && QTimeZone(zone).isValid())
                               options.zone = QTimeZone(zone);
                           const Call c = RecordParser::normalize(*options.provider, blob(row, 3), options);
                           if (c.id.isEmpty())
                               return false;
                           const QByteArray json = CallJson::toJsonBytes(c, false);
                           sqlite3_bind_blob(update, 1, json.constData(), int(json.size()), SQLITE_TRANSIENT);
                           return true;
                       });
}

// Schema 4's log_flags, from the stored normalized call of each row whose error log has flaws
// (the others have none to sum up).
bool ArchiveMigrations::fillErrorLogFlags()
{
    return rewriteRows("SELECT rowid, call FROM calls WHERE flaws > 0 AND call IS NOT NULL",
                       "UPDATE calls SET log_flags=? WHERE rowid=?", [](sqlite3_stmt *row, sqlite3_stmt *update) {
                           Call c;
                           if (!CallJson::fromJsonBytes(blob(row, 1), &c))
                               return false; // unreadable: the pane and export report it when they read the call
                           sqlite3_bind_int(update, 1, int(errorLogBits(c)));
                           return true;
                       });
}

} // namespace cdr
