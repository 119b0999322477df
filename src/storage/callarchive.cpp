// SPDX-License-Identifier: GPL-3.0-or-later
#include "callarchive.h"

#include "pgarchive.h"

#include "archivemigrations.h"
#include "bulkcolumn.h"
#include "rowscan.h"
#include "storagelogging.h"

#include <core/calljson.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

#include <cmath>

namespace cdr {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cdr::CallArchive", text, disambiguation, n);
}

// The table columns a BulkRow is stored in, by their names here.
const QByteArray &columnList()
{
    static const QByteArray list = BulkColumn::localList();
    return list;
}

void bindText(sqlite3_stmt *s, int i, QByteArrayView v)
{
    if (v.isNull())
        sqlite3_bind_text(s, i, "", 0, SQLITE_STATIC);
    else
        sqlite3_bind_text(s, i, v.data(), int(v.size()), SQLITE_TRANSIENT);
}

void bindReal(sqlite3_stmt *s, int i, double v)
{
    if (std::isnan(v))
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_double(s, i, v);
}

QByteArrayView columnText(sqlite3_stmt *s, int i)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
    return p ? QByteArrayView(p, sqlite3_column_bytes(s, i)) : QByteArrayView();
}

// A null QString binds as SQL NULL, which equals nothing: accounts are '' when unknown.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// A statement on one account's rows, or one call's: binds (provider, account) in the key's
// spelling, then the values that follow them in the SQL.
QSqlQuery keyQuery(const QSqlDatabase &db, const QString &sql, Provider provider, const QString &account,
                   std::initializer_list<QVariant> values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(int(provider));
    q.addBindValue(nonNull(account));
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q;
}

// The integer a one-value statement (a count, a pragma) answers; -1 when it cannot be read.
qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

double columnReal(sqlite3_stmt *s, int i)
{
    return sqlite3_column_type(s, i) == SQLITE_NULL ? BulkRow::kMissing : sqlite3_column_double(s, i);
}

void bindColumn(sqlite3_stmt *s, int i, const BulkColumn &c, const BulkRow &r)
{
    switch (c.kind) {
    case BulkColumn::Kind::Key:
    case BulkColumn::Kind::Text:
        return bindText(s, i, r.*c.text);
    case BulkColumn::Kind::Real:
        return bindReal(s, i, r.*c.real);
    case BulkColumn::Kind::Time:
        if (const qint64 ms = c.integer(r); ms != BulkRow::kMissingTime)
            sqlite3_bind_int64(s, i, ms);
        else
            sqlite3_bind_null(s, i);
        return;
    case BulkColumn::Kind::SmallInt:
    case BulkColumn::Kind::Integer:
        sqlite3_bind_int(s, i, int(c.integer(r)));
        return;
    }
}

void readColumn(sqlite3_stmt *s, int i, const BulkColumn &c, BulkRow &r)
{
    switch (c.kind) {
    case BulkColumn::Kind::Key:
    case BulkColumn::Kind::Text:
        r.*c.text = columnText(s, i);
        return;
    case BulkColumn::Kind::Real:
        r.*c.real = columnReal(s, i);
        return;
    case BulkColumn::Kind::Time:
        c.setInteger(r, sqlite3_column_type(s, i) == SQLITE_NULL ? BulkRow::kMissingTime : sqlite3_column_int64(s, i));
        return;
    case BulkColumn::Kind::SmallInt:
    case BulkColumn::Kind::Integer:
        c.setInteger(r, sqlite3_column_int(s, i));
        return;
    }
}

} // namespace

struct CallArchive::Writer::Statement
{
    sqlite3_stmt *insert = nullptr;
    ~Statement() { sqlite3_finalize(insert); }
};

CallArchive::CallArchive()
    : m_connection(QStringLiteral("cdr-archive-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

CallArchive::~CallArchive()
{
    close();
}

QString CallArchive::defaultPath()
{
    // CDR_ARCHIVE points the GUI and the commands at another archive alike.
    const QString env = qEnvironmentVariable("CDR_ARCHIVE");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/archive.sqlite");
}

QSqlDatabase CallArchive::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool CallArchive::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

void CallArchive::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

sqlite3 *CallArchive::handle() const
{
    const QVariant v = database().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

bool CallArchive::switchToWal()
{
    // Switching a new file to WAL needs the file to itself: while another process opens the same
    // new archive, SQLite answers "locked" at once instead of waiting out the busy timeout (it
    // would deadlock otherwise). Wait here instead, as long as the busy timeout would.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const int rc = sqlite3_exec(handle(), "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK)
            return true;
        if ((rc & 0xff) != SQLITE_BUSY || waited.elapsed() > 5000) {
            m_error = QString::fromUtf8(sqlite3_errmsg(handle()));
            return false;
        }
        QThread::msleep(20);
    }
}

bool CallArchive::exec(const QString &sql) const
{
    QSqlQuery q(database());
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        qCWarning(lcStorage) << "archive:" << m_error;
        return false;
    }
    return true;
}

bool CallArchive::exec(QSqlQuery &query) const
{
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

bool CallArchive::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    m_interruptedMigration.reset();
    auto fail = [&](const QString &message) {
        m_error = message;
        if (error)
            *error = message;
        close();
        return false;
    };
    // CDR_ARCHIVE may name a team archive; it must never become a local file called "postgresql:".
    if (PgArchive::isServerAddress(path))
        return fail(tr("%1 is a team archive on a PostgreSQL server; this part of CDR Inspector opens only "
                       "local archive files (the import, export and scorecard commands open both)")
                        .arg(PgArchive::displayName(path)));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1").arg(info.absolutePath()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return fail(tr("Cannot open the archive %1: %2").arg(path, db.lastError().text()));
    if (!handle())
        return fail(tr("The SQLite driver gives no handle"));
    // A file that is not a database fails on the first read.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(tr("%1 is not a readable archive: %2").arg(path, q.lastError().text()));
    q.finish();
    if (!exec(QStringLiteral("PRAGMA busy_timeout=5000")) || !switchToWal()
        || !exec(QStringLiteral("PRAGMA synchronous=NORMAL")) || !exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return fail(tr("Cannot set up the archive %1: %2").arg(path, m_error));
    ArchiveMigrations migrations(db, handle(), path);
    const bool migrated = migrations.run(kSchemaVersion);
    m_backupPath = migrations.backupPath();
    m_interruptedMigration = migrations.interruption();
    if (!migrated)
        return fail(migrations.error());
    return true;
}

int CallArchive::schemaVersion() const
{
    return int(scalar(database(), QStringLiteral("PRAGMA user_version")));
}

// ---- writing ----------------------------------------------------------------------------

CallArchive::Writer::Writer(CallArchive &archive, int batchRows, const QTimeZone &zone)
    : ArchiveWriter(batchRows, zone), m_archive(archive)
{
}

CallArchive::Writer::~Writer()
{
    if (m_inBatch)
        commit();
    delete m_stmt;
}

bool CallArchive::Writer::begin()
{
    sqlite3 *db = m_archive.handle();
    if (!db) {
        m_error = QCoreApplication::translate("cdr::CallArchive", "The archive is not open");
        return false;
    }
    if (!m_stmt) {
        m_stmt = new Statement;
        const QByteArray sql = QByteArrayLiteral("INSERT OR REPLACE INTO calls(") + columnList()
            + ", raw, zone, batch_id, call) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &m_stmt->insert, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
    }
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    const QByteArray batch = "INSERT INTO batches(started_ms, rows) VALUES("
        + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + ", 0)";
    if (sqlite3_exec(db, batch.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    m_batchId = sqlite3_last_insert_rowid(db);
    return true;
}

bool CallArchive::Writer::commit()
{
    sqlite3 *db = m_archive.handle();
    const QByteArray update = "UPDATE batches SET rows=" + QByteArray::number(m_inBatch)
        + " WHERE id=" + QByteArray::number(m_batchId);
    m_inBatch = 0;
    if (sqlite3_exec(db, update.constData(), nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return false;
    }
    return true;
}

bool CallArchive::Writer::addRow(const BulkRow &r)
{
    if (!m_error.isEmpty())
        return false;
    if (m_inBatch == 0 && !begin())
        return false;
    sqlite3_stmt *s = m_stmt->insert;
    sqlite3_reset(s);
    int i = 1;
    for (const BulkColumn &c : BulkColumn::all())
        bindColumn(s, i++, c, r);
    if (r.raw.isEmpty())
        sqlite3_bind_null(s, 26);
    else
        sqlite3_bind_blob(s, 26, r.raw.data(), int(r.raw.size()), SQLITE_TRANSIENT);
    bindText(s, 27, m_zone);
    sqlite3_bind_int64(s, 28, m_batchId);
    if (m_callJson.isEmpty())
        sqlite3_bind_null(s, 29);
    else
        sqlite3_bind_blob(s, 29, m_callJson.constData(), int(m_callJson.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(s) != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_archive.handle()));
        sqlite3_exec(m_archive.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        m_inBatch = 0;
        return false;
    }
    ++m_written;
    if (++m_inBatch >= m_batchRows)
        return commit();
    return true;
}

bool CallArchive::Writer::finish()
{
    if (m_inBatch)
        return commit() && m_error.isEmpty();
    return m_error.isEmpty();
}

bool CallArchive::insertCalls(const QList<Call> &calls, const QTimeZone &zone, qint64 *written)
{
    Writer w(*this, int(qMax<qsizetype>(1, calls.size())), zone);
    for (const Call &c : calls) {
        if (!w.addCall(c))
            break;
    }
    const bool ok = w.finish();
    if (written)
        *written = w.written();
    if (!ok)
        m_error = w.error();
    return ok;
}

// ---- reading ----------------------------------------------------------------------------

qint64 CallArchive::count() const
{
    return scalar(database(), QStringLiteral("SELECT COUNT(*) FROM calls"));
}

bool CallArchive::load(BulkSink &sink, const std::atomic<bool> *cancel, qint64 *rows)
{
    sqlite3 *db = handle();
    m_damage.clear();
    if (!db) {
        m_error = tr("The archive is not open");
        return false;
    }
    sink.expect(count());
    // RowScan steps over damaged pages: a damaged archive gives every call that is still
    // readable, and the damage is reported instead of ending the load at the first bad page.
    RowScan scan(db, QByteArrayLiteral("calls"), columnList());
    qint64 n = 0;
    bool ok = true;
    while (scan.next()) {
        sqlite3_stmt *s = scan.row();
        BulkRow r;
        int i = 1; // column 0 is the rowid
        for (const BulkColumn &c : BulkColumn::all())
            readColumn(s, i++, c, r);
        ++n;
        if (!sink.addRow(r) || (cancel && cancel->load(std::memory_order_relaxed))) {
            ok = false;
            break;
        }
    }
    if (ok && !scan.error().isEmpty()) {
        m_error = scan.error();
        ok = false;
    }
    if (ok && scan.damagedRegions() > 0) {
        m_damage = tr("The archive %1 is damaged (%2): %n call(s) could be read, calls on %3 damaged part(s) "
                      "could not. Recover the readable calls into a new archive before writing to this one.",
                      nullptr, int(n))
                       .arg(QDir::toNativeSeparators(m_path), scan.damage())
                       .arg(scan.damagedRegions());
        m_error = m_damage;
        qCWarning(lcStorage) << m_damage;
        ok = false;
    }
    if (rows)
        *rows = n;
    return ok;
}

ArchiveRecovery::Result CallArchive::recoverInto(const QString &newPath) const
{
    return ArchiveRecovery::recover(m_path, newPath);
}

std::optional<Call> CallArchive::call(Provider provider, const QString &account, const QString &id) const
{
    QSqlQuery q = keyQuery(database(), QStringLiteral("SELECT call, raw, ") + QString::fromLatin1(columnList())
                               + QStringLiteral(" FROM calls WHERE provider=? AND account=? AND id=?"),
                           provider, account, {id});
    if (!q.exec() || !q.next())
        return std::nullopt;
    Call c;
    if (readStored(q.value(0).toByteArray(), q.value(1).toByteArray(), &c))
        return c;
    // A row written from table columns only (no normalized call): what the columns hold.
    auto opt = [&](int i) {
        const QVariant v = q.value(i);
        return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
    };
    c = Call();
    c.provider = provider;
    c.account = account;
    c.id = id;
    if (!q.value(5).isNull())
        c.startTime = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), QTimeZone::utc());
    c.from = q.value(6).toString();
    c.to = q.value(7).toString();
    c.direction = q.value(8).toString();
    c.status = CallStatus(q.value(9).toInt());
    c.durationS = opt(10);
    c.talkS = opt(11);
    c.billedS = opt(12);
    c.cost = opt(13);
    c.currency = q.value(14).toString();
    c.hangupCause = q.value(15).toString();
    c.hangupCode = q.value(16).toString();
    c.hangupSource = q.value(17).toString();
    c.codec = q.value(18).toString();
    c.mos = opt(19);
    c.jitterMs = opt(20);
    c.packetLossPct = opt(21);
    c.postDialDelayMs = opt(24);
    c.sipCallId = q.value(26).toString();
    return c;
}

bool CallArchive::readStored(const QByteArray &callJson, const QByteArray &raw, Call *call)
{
    if (callJson.isEmpty() || !CallJson::fromJsonBytes(callJson, call))
        return false;
    call->raw = raw;
    return true;
}

QByteArray CallArchive::Query::sqlConditions() const
{
    QByteArray sql;
    if (provider)
        sql += " AND provider=" + QByteArray::number(int(*provider));
    if (sinceMs)
        sql += " AND start_ms >= " + QByteArray::number(*sinceMs);
    if (untilMs)
        sql += " AND start_ms < " + QByteArray::number(*untilMs);
    if (!accounts.isEmpty()) {
        // Literals, not parameters, so both back ends share this text; standard SQL quoting
        // (a quote doubled) is safe in SQLite and in PostgreSQL (standard_conforming_strings).
        QByteArray list;
        for (const QString &a : accounts) {
            QByteArray quoted = a.toUtf8();
            quoted.replace('\0', QByteArray()).replace('\'', "''");
            list += (list.isEmpty() ? "'" : ",'") + quoted + '\'';
        }
        sql += " AND account IN (" + list + ')';
    }
    return sql;
}

bool CallArchive::forEachCall(const Query &query, const std::function<bool(Call &&)> &callback,
                              const std::atomic<bool> *cancel)
{
    sqlite3 *db = handle();
    if (!db) {
        m_error = tr("The archive is not open");
        return false;
    }
    QByteArray sql = "SELECT call, raw FROM calls WHERE call IS NOT NULL";
    sql += query.sqlConditions();
    sql += " ORDER BY rowid";
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    int rc;
    bool ok = true;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        const auto *cp = static_cast<const char *>(sqlite3_column_blob(s, 0));
        const auto *rp = static_cast<const char *>(sqlite3_column_blob(s, 1));
        Call c;
        if (!readStored(QByteArray(cp, sqlite3_column_bytes(s, 0)), QByteArray(rp, sqlite3_column_bytes(s, 1)), &c))
            continue;
        if (!callback(std::move(c)) || (cancel && cancel->load(std::memory_order_relaxed))) {
            ok = false;
            break;
        }
    }
    if (ok && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        m_error = tr("Reading the archive failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
        ok = false;
    }
    sqlite3_finalize(s);
    return ok;
}

// ---- notes and tags ---------------------------------------------------------------------

bool CallArchive::setNote(Provider provider, const QString &account, const QString &id, const QString &note)
{
    QSqlQuery q = note.isEmpty()
        ? keyQuery(database(), QStringLiteral("DELETE FROM notes WHERE provider=? AND account=? AND id=?"), provider,
                   account, {id})
        : keyQuery(database(),
                   QStringLiteral("INSERT INTO notes(provider, account, id, note, updated_ms) VALUES(?,?,?,?,?) "
                                  "ON CONFLICT(provider, account, id) DO UPDATE SET note=excluded.note, "
                                  "updated_ms=excluded.updated_ms"),
                   provider, account, {id, note, QDateTime::currentMSecsSinceEpoch()});
    return exec(q);
}

QString CallArchive::note(Provider provider, const QString &account, const QString &id) const
{
    QSqlQuery q = keyQuery(database(), QStringLiteral("SELECT note FROM notes WHERE provider=? AND account=? AND id=?"),
                           provider, account, {id});
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool CallArchive::addTag(Provider provider, const QString &account, const QString &id, const QString &tag)
{
    const QString t = tag.trimmed();
    if (t.isEmpty())
        return false;
    QSqlQuery q = keyQuery(database(), QStringLiteral("INSERT OR IGNORE INTO tags(provider, account, id, tag) VALUES(?,?,?,?)"),
                           provider, account, {id, t});
    return exec(q);
}

bool CallArchive::removeTag(Provider provider, const QString &account, const QString &id, const QString &tag)
{
    QSqlQuery q = keyQuery(database(), QStringLiteral("DELETE FROM tags WHERE provider=? AND account=? AND id=? AND tag=?"),
                           provider, account, {id, tag.trimmed()});
    return exec(q);
}

QStringList CallArchive::tags(Provider provider, const QString &account, const QString &id) const
{
    QSqlQuery q = keyQuery(database(),
                           QStringLiteral("SELECT tag FROM tags WHERE provider=? AND account=? AND id=? ORDER BY tag"),
                           provider, account, {id});
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QStringList CallArchive::allTags() const
{
    QSqlQuery q(database());
    QStringList out;
    if (q.exec(QStringLiteral("SELECT DISTINCT tag FROM tags ORDER BY tag"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QList<CallArchive::Key> CallArchive::callsWithTag(const QString &tag) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT provider, account, id FROM tags WHERE tag=? ORDER BY provider, account, id"));
    q.addBindValue(tag.trimmed());
    QList<Key> out;
    if (q.exec()) {
        while (q.next())
            out.append({ Provider(q.value(0).toInt()), q.value(1).toString(), q.value(2).toString() });
    }
    return out;
}

// ---- fetch resume -----------------------------------------------------------------------

std::optional<qint64> CallArchive::latestStartMs(Provider provider, const QString &account) const
{
    QSqlQuery q = keyQuery(database(), QStringLiteral("SELECT MAX(start_ms) FROM calls WHERE provider=? AND account=?"),
                           provider, account);
    if (q.exec() && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return std::nullopt;
}

bool CallArchive::setFetchCursor(Provider provider, const QString &account, const QString &cursor)
{
    QSqlQuery q = keyQuery(database(),
                           QStringLiteral("INSERT INTO fetch_state(provider, account, cursor, updated_ms) VALUES(?,?,?,?) "
                                          "ON CONFLICT(provider, account) DO UPDATE SET cursor=excluded.cursor, "
                                          "updated_ms=excluded.updated_ms"),
                           provider, account, {cursor, QDateTime::currentMSecsSinceEpoch()});
    return exec(q);
}

QString CallArchive::fetchCursor(Provider provider, const QString &account) const
{
    QSqlQuery q = keyQuery(database(), QStringLiteral("SELECT cursor FROM fetch_state WHERE provider=? AND account=?"),
                           provider, account);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool CallArchive::verify(QString *details) const
{
    QSqlQuery q(database());
    QStringList problems;
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << q.lastError().text();
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
    }
    // A batch commits its rows and its row count together: more rows than it recorded would
    // mean a torn batch. (Fewer is fine: a later batch may have replaced some of its calls.)
    QSqlQuery b(database());
    if (b.exec(QStringLiteral("SELECT b.id, b.rows, COUNT(c.batch_id) FROM batches b LEFT JOIN calls c "
                              "ON c.batch_id = b.id GROUP BY b.id HAVING COUNT(c.batch_id) > b.rows"))) {
        while (b.next())
            problems << tr("batch %1 holds %2 rows but recorded %3")
                            .arg(b.value(0).toLongLong()).arg(b.value(2).toLongLong()).arg(b.value(1).toLongLong());
    }
    QSqlQuery o(database());
    if (o.exec(QStringLiteral("SELECT COUNT(*) FROM calls WHERE batch_id IS NOT NULL AND batch_id NOT IN "
                              "(SELECT id FROM batches)")) && o.next() && o.value(0).toLongLong() > 0)
        problems << tr("%n call(s) belong to no batch", nullptr, int(o.value(0).toLongLong()));
    if (details)
        *details = problems.join(u'\n');
    return problems.isEmpty();
}

} // namespace cdr
