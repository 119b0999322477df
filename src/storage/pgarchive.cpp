// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgarchive.h"

#include "bulkcolumn.h"

#include <core/calljson.h>
#include <core/hangupclassifier.h>

#include <QTimeZone>
#include <QUrl>
#include <QVarLengthArray>
#include <QtEndian>

#include <libpq-fe.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <utility>

namespace cdr {

namespace {

// Held for the whole migration transaction; any app that connects meanwhile waits here.
constexpr qint64 kMigrationLock = 0x4344524d49475254; // "CDRMIGRT"

// The columns a batch carries after the BulkRow's (BulkColumn::teamList()), in COPY order; the
// staging table adds seq (the row's place in the batch) so that the last occurrence of a call in
// a batch wins, as in the local archive.
constexpr const char *kRecordColumns = ", raw, zone, call";
constexpr int kRecordColumnCount = 3;
// Schema 3's column after those (see PgArchive::open).
constexpr const char *kColumnsSince3 = ", hangup_class";

struct ResultDeleter
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

QString sqlState(const PGresult *r)
{
    return QString::fromLatin1(r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr);
}

// COPY's binary format: big-endian lengths and values, -1 for NULL.
void putInt16(QByteArray &out, qint16 v)
{
    const qint16 be = qToBigEndian(v);
    out.append(reinterpret_cast<const char *>(&be), 2);
}
void putInt32(QByteArray &out, qint32 v)
{
    const qint32 be = qToBigEndian(v);
    out.append(reinterpret_cast<const char *>(&be), 4);
}
void putNull(QByteArray &out) { putInt32(out, -1); }
void putSmallint(QByteArray &out, int v)
{
    putInt32(out, 2);
    putInt16(out, qint16(v));
}
void putInteger(QByteArray &out, qint64 v)
{
    putInt32(out, 4);
    putInt32(out, qint32(qBound(qint64(std::numeric_limits<qint32>::min()), v, qint64(std::numeric_limits<qint32>::max()))));
}
void putBigint(QByteArray &out, qint64 v)
{
    putInt32(out, 8);
    const qint64 be = qToBigEndian(v);
    out.append(reinterpret_cast<const char *>(&be), 8);
}
void putDouble(QByteArray &out, double v)
{
    if (std::isnan(v))
        return putNull(out);
    quint64 bits;
    std::memcpy(&bits, &v, 8);
    putInt32(out, 8);
    const quint64 be = qToBigEndian(bits);
    out.append(reinterpret_cast<const char *>(&be), 8);
}
void putBytes(QByteArray &out, QByteArrayView v, bool emptyIsNull = true)
{
    if (v.isEmpty() && emptyIsNull)
        return putNull(out);
    putInt32(out, qint32(v.size()));
    out.append(v.data(), v.size());
}

void putColumn(QByteArray &out, const BulkColumn &c, const BulkRow &r)
{
    switch (c.kind) {
    case BulkColumn::Kind::Key:
        return putBytes(out, r.*c.text, false);
    case BulkColumn::Kind::Text:
        return putBytes(out, r.*c.text);
    case BulkColumn::Kind::Real:
        return putDouble(out, r.*c.real);
    case BulkColumn::Kind::Time:
        if (const qint64 ms = c.integer(r); ms != BulkRow::kMissingTime)
            return putBigint(out, ms);
        return putNull(out);
    case BulkColumn::Kind::SmallInt:
        return putSmallint(out, int(c.integer(r)));
    case BulkColumn::Kind::Integer:
        return putInteger(out, c.integer(r));
    }
}

const QByteArray kCopyHeader = QByteArray("PGCOPY\n\xff\r\n\0", 11) + QByteArray(8, '\0');

} // namespace

PgArchive::PgArchive() = default;

PgArchive::~PgArchive()
{
    close();
}

PgArchive::PgArchive(PgArchive &&other) noexcept
{
    *this = std::move(other);
}

PgArchive &PgArchive::operator=(PgArchive &&other) noexcept
{
    if (this != &other) {
        close();
        m_conn = std::exchange(other.m_conn, nullptr);
        m_name = std::move(other.m_name);
        m_uri = std::move(other.m_uri);
        m_password = std::move(other.m_password);
        m_schema = other.m_schema;
        m_copySql = std::move(other.m_copySql);
        m_upsertSql = std::move(other.m_upsertSql);
        m_error = std::move(other.m_error);
    }
    return *this;
}

bool PgArchive::isServerAddress(QStringView where)
{
    return where.startsWith(u"postgresql://") || where.startsWith(u"postgres://");
}

QString PgArchive::displayName(const QString &uri)
{
    const QUrl url(uri);
    QString name;
    if (!url.userName().isEmpty())
        name = url.userName() + QLatin1Char('@');
    name += url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    if (url.port() > 0)
        name += QLatin1Char(':') + QString::number(url.port());
    name += url.path().isEmpty() ? QStringLiteral("/") : url.path();
    return name;
}

QString PgArchive::describe(const QString &what) const
{
    QString text = what.simplified(); // libpq spreads one message over several lines
    // libpq's messages do not quote the password, but a server or proxy message might.
    if (!m_password.isEmpty())
        text.replace(m_password, QStringLiteral("***"));
    return tr("Team archive %1: %2").arg(m_name, text);
}

namespace {

// The password comes after the URI in the keyword list, so it overrides one the URI holds.
// The timeouts come before it, so a URI's own connect_timeout, tcp_user_timeout or keepalives
// win: without them a network that drops silently holds a query (the app's selected-call read
// included) for the kernel's retransmission time, about 15 minutes, instead of failing.
pg_conn *connectTo(const QString &uri, const QString &password)
{
    const QByteArray dsn = uri.toUtf8();
    const QByteArray pw = password.toUtf8();
    const char *keys[] = { "connect_timeout", "tcp_user_timeout", "keepalives_idle", "keepalives_interval",
                           "keepalives_count", "dbname", password.isEmpty() ? nullptr : "password", nullptr };
    const char *values[] = { "10", "15000", "30", "10", "3", dsn.constData(),
                             password.isEmpty() ? nullptr : pw.constData(), nullptr };
    return PQconnectdbParams(keys, values, 1);
}

} // namespace

bool PgArchive::open(const QString &uri, QString *error, int upToVersion)
{
    return open(uri, QString(), error, upToVersion);
}

bool PgArchive::testConnection(const QString &uri, const QString &password, QString *message)
{
    PgArchive probe;
    probe.m_name = displayName(uri);
    probe.m_password = password.isEmpty() ? QUrl(uri).password() : password;
    probe.m_conn = connectTo(uri, password);
    if (PQstatus(probe.m_conn) != CONNECTION_OK) {
        *message = probe.describe(tr("cannot connect: %1").arg(QString::fromUtf8(PQerrorMessage(probe.m_conn)).trimmed()));
        return false;
    }
    const int server = PQserverVersion(probe.m_conn);
    const QString serverText = QStringLiteral("%1.%2").arg(server / 10000).arg(server % 10000);
    if (server < 150000) {
        *message = probe.describe(tr("PostgreSQL %1 is too old; the team archive needs PostgreSQL 15 or later").arg(serverText));
        return false;
    }
    const Result r(PQexec(probe.m_conn, "SELECT to_regclass('cdr_schema') IS NOT NULL"));
    const bool hasSchema = PQresultStatus(r.get()) == PGRES_TUPLES_OK && PQntuples(r.get()) == 1
        && QByteArray(PQgetvalue(r.get(), 0, 0)) == "t";
    const int version = hasSchema ? probe.schemaVersion() : 0;
    if (version > kSchemaVersion) {
        *message = probe.describe(tr("the archive has schema version %1, newer than this CDR Inspector knows (%2); "
                                     "update the app to use it")
                                      .arg(version)
                                      .arg(kSchemaVersion));
        return false;
    }
    if (version == 0)
        *message = probe.describe(tr("connected (PostgreSQL %1); no team archive there yet: it is created on first use")
                                      .arg(serverText));
    else
        *message = probe.describe(tr("connected (PostgreSQL %1), team archive schema version %2")
                                      .arg(serverText)
                                      .arg(version));
    return true;
}

bool PgArchive::open(const QString &uri, const QString &password, QString *error, int upToVersion)
{
    close();
    m_name = displayName(uri);
    m_uri = uri;
    m_password = password.isEmpty() ? QUrl(uri).password() : password;
    m_error.clear();
    m_conn = connectTo(uri, password);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        m_error = describe(tr("cannot connect: %1").arg(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()));
        PQfinish(m_conn);
        m_conn = nullptr;
        if (error)
            *error = m_error;
        return false;
    }
    // Query::sqlConditions quotes literals the standard way, which needs this (the default).
    PQclear(PQexec(m_conn, "SET client_min_messages = warning; SET standard_conforming_strings = on"));
    if (!migrate(upToVersion > 0 ? upToVersion : kSchemaVersion)
        || !exec("CREATE TEMP TABLE cdr_staging (LIKE calls INCLUDING DEFAULTS, seq bigint) ON COMMIT DELETE ROWS")) {
        if (error)
            *error = m_error;
        PQfinish(m_conn);
        m_conn = nullptr;
        return false;
    }
    // Only a test opens an older schema on purpose (upToVersion); its batches carry that schema's columns.
    m_schema = schemaVersion();
    const QByteArray columns = BulkColumn::teamList() + kRecordColumns + (m_schema >= 3 ? kColumnsSince3 : "");
    m_copySql = "COPY cdr_staging (" + columns + ", seq) FROM STDIN (FORMAT binary)";
    QByteArray set;
    for (const QByteArray &c : columns.split(',')) {
        const QByteArray col = c.trimmed();
        if (col == "provider" || col == "account" || col == "id")
            continue;
        set += col + "=EXCLUDED." + col + ", ";
    }
    // Sorted by key, every importer locks rows in the same order: overlapping imports
    // wait for each other instead of deadlocking.
    m_upsertSql = "INSERT INTO calls (" + columns + ") SELECT DISTINCT ON (provider, account, id) " + columns
        + " FROM cdr_staging ORDER BY provider, account, id, seq DESC ON CONFLICT (provider, account, id) DO UPDATE SET "
        + set + "imported_at=now()";
    return true;
}

void PgArchive::close()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

bool PgArchive::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

bool PgArchive::exec(const char *sql, QString *error) const
{
    const Result r(PQexec(m_conn, sql));
    const ExecStatusType status = PQresultStatus(r.get());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return true;
    m_error = describe(QString::fromUtf8(PQerrorMessage(m_conn)));
    if (error)
        *error = m_error;
    return false;
}

int PgArchive::schemaVersion() const
{
    if (!m_conn)
        return 0;
    const Result r(PQexec(m_conn, "SELECT coalesce(max(version), 0) FROM cdr_schema"));
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK || PQntuples(r.get()) != 1)
        return 0;
    return QByteArray(PQgetvalue(r.get(), 0, 0)).toInt();
}

bool PgArchive::migrate(int upTo)
{
    if (!exec("BEGIN")
        || !exec(QByteArray("SELECT pg_advisory_xact_lock(" + QByteArray::number(kMigrationLock) + ")").constData())
        || !exec("CREATE TABLE IF NOT EXISTS cdr_schema (version integer NOT NULL)")) {
        exec("ROLLBACK");
        return false;
    }
    const int version = schemaVersion();
    if (version > kSchemaVersion) {
        exec("ROLLBACK");
        m_error = describe(tr("the archive has schema version %1, newer than this CDR Inspector knows (%2); "
                              "update the app to use it")
                               .arg(version)
                               .arg(kSchemaVersion));
        return false;
    }
    struct Step
    {
        int version;
        const char *sql;
    };
    // Each step brings the schema from version-1 to version; all run in the one transaction.
    static const Step steps[] = {
        { 1, "CREATE TABLE calls ("
             " provider smallint NOT NULL, account text NOT NULL, id text NOT NULL, start_ms bigint,"
             " from_number text, to_number text, direction text, status smallint,"
             " duration_s double precision, talk_s double precision, billed_s double precision,"
             " cost double precision, currency text, hangup_cause text, hangup_code text, hangup_source text,"
             " codec text, mos double precision, jitter_ms double precision, packet_loss_pct double precision,"
             " legs integer, flaws integer, post_dial_delay_ms double precision, error_log smallint,"
             " sip_call_id text, raw bytea, zone text, call bytea,"
             " imported_at timestamptz NOT NULL DEFAULT now(),"
             " PRIMARY KEY (provider, account, id));"
             "CREATE INDEX calls_start ON calls (start_ms);"
             "INSERT INTO cdr_schema VALUES (1)" },
        { 2, "CREATE TABLE call_notes ("
             " provider smallint NOT NULL, account text NOT NULL, id text NOT NULL, revision integer NOT NULL,"
             " text text NOT NULL, author text NOT NULL, edited_at timestamptz NOT NULL DEFAULT now(),"
             " PRIMARY KEY (provider, account, id, revision));"
             "CREATE TABLE call_tags ("
             " provider smallint NOT NULL, account text NOT NULL, id text NOT NULL, tag text NOT NULL,"
             " author text NOT NULL, added_at timestamptz NOT NULL DEFAULT now(),"
             " PRIMARY KEY (provider, account, id, tag));"
             "CREATE INDEX call_tags_tag ON call_tags (tag);"
             "INSERT INTO cdr_schema VALUES (2)" },
        { 3, "ALTER TABLE calls ADD COLUMN hangup_class smallint;"
             "INSERT INTO cdr_schema VALUES (3)" },
    };
    for (const Step &step : steps) {
        if (step.version <= version || step.version > upTo)
            continue;
        if (!exec(step.sql) || (step.version == 3 && !fillHangupClass())) {
            exec("ROLLBACK");
            return false;
        }
    }
    return exec("COMMIT");
}

// Schema 3's hangup_class for the calls already there, inside the migration's transaction:
// the classifier runs once per distinct (provider, status, cause, code, stored class), in C++
// as at import, and the answers go back as two arrays joined by number.
bool PgArchive::fillHangupClass()
{
    static const char *const distinctKey =
        "provider, status, coalesce(hangup_cause, '') AS cause, coalesce(hangup_code, '') AS code, "
        "coalesce(convert_from(call, 'UTF8')::jsonb->>'hangup_class', '') AS named";
    if (!exec(QByteArray(QByteArray("CREATE TEMP TABLE cdr_class_fill ON COMMIT DROP AS SELECT row_number() OVER () AS n, d.*, "
                                    "NULL::smallint AS cls "
                                    "FROM (SELECT DISTINCT ") + distinctKey + " FROM calls) d").constData()))
        return false;
    const Result r(query("SELECT n, provider, status, cause, code, named FROM cdr_class_fill", {}));
    if (!r)
        return false;
    QByteArray numbers = "{", classes = "{";
    for (int i = 0; i < PQntuples(r.get()); ++i) {
        auto at = [&](int column) { return QString::fromUtf8(PQgetvalue(r.get(), i, column), PQgetlength(r.get(), i, column)); };
        HangupClass c = hangupClassFromName(at(5)).value_or(HangupClass::Unknown);
        if (c == HangupClass::Unknown)
            c = HangupClassifier::classify(Provider(at(1).toInt()), at(3), at(4), CallStatus(at(2).toInt())).hangupClass;
        numbers += (i ? "," : "") + QByteArray(PQgetvalue(r.get(), i, 0));
        classes += (i ? "," : "") + QByteArray::number(int(c));
    }
    const Result update(query("UPDATE cdr_class_fill f SET cls = u.c FROM unnest($1::bigint[], $2::smallint[]) "
                              "AS u(n, c) WHERE f.n = u.n",
                              { numbers + '}', classes + '}' }));
    // The join reads each stored call's class once more; a one-time cost of the migration.
    return update
        && exec("UPDATE calls c SET hangup_class = f.cls FROM cdr_class_fill f "
                "WHERE c.provider = f.provider AND c.status = f.status AND coalesce(c.hangup_cause, '') = f.cause "
                "AND coalesce(c.hangup_code, '') = f.code "
                "AND coalesce(convert_from(c.call, 'UTF8')::jsonb->>'hangup_class', '') = f.named");
}

PgArchive::Writer::Writer(PgArchive &archive, int batchRows, const QTimeZone &zone)
    : ArchiveWriter(batchRows, zone), m_archive(archive)
{
}

PgArchive::Writer::~Writer() = default;

bool PgArchive::Writer::addRow(const BulkRow &r)
{
    if (!m_error.isEmpty())
        return false;
    if (m_inBatch == 0) {
        m_copy.clear();
        m_copy.append(kCopyHeader);
    }
    QByteArray &o = m_copy;
    const bool withClass = m_archive.m_schema >= 3;
    const auto columns = BulkColumn::all();
    putInt16(o, qint16(columns.size() + kRecordColumnCount + (withClass ? 2 : 1)));
    for (const BulkColumn &c : columns)
        putColumn(o, c, r);
    putBytes(o, r.raw);
    putBytes(o, m_zone);
    putBytes(o, m_callJson);
    if (withClass) {
        // What the in-memory scorecard groups by: the call's class, else the classifier's.
        HangupClass c = m_hangupClass;
        if (c == HangupClass::Unknown)
            c = HangupClassifier::classify(r.provider, QString::fromUtf8(r.hangupCause), QString::fromUtf8(r.hangupCode),
                                           r.status)
                    .hangupClass;
        putSmallint(o, int(c));
    }
    putBigint(o, m_inBatch);
    ++m_written;
    if (++m_inBatch >= m_batchRows)
        return flush();
    return true;
}

bool PgArchive::Writer::flush()
{
    const int rows = m_inBatch;
    m_inBatch = 0;
    putInt16(m_copy, -1);
    if (!m_archive.sendBatch(m_copy, &m_error)) {
        m_written -= rows;
        return false;
    }
    return true;
}

bool PgArchive::Writer::finish()
{
    if (m_inBatch)
        return flush();
    return m_error.isEmpty();
}

bool PgArchive::sendBatch(const QByteArray &copy, QString *error)
{
    if (!m_conn) {
        *error = describe(tr("not connected"));
        return false;
    }
    const QByteArray &copySql = m_copySql;
    const QByteArray &upsertSql = m_upsertSql;

    // A deadlock or serialization failure (another importer) is retried; anything else ends.
    for (int attempt = 0;; ++attempt) {
        QString why;
        bool ok = exec("BEGIN", &why);
        if (ok) {
            const Result r(PQexec(m_conn, copySql.constData()));
            ok = PQresultStatus(r.get()) == PGRES_COPY_IN;
            if (ok) {
                constexpr qsizetype kChunk = 1 << 20;
                for (qsizetype at = 0; ok && at < copy.size(); at += kChunk)
                    ok = PQputCopyData(m_conn, copy.constData() + at, int(qMin(kChunk, copy.size() - at))) == 1;
                ok = PQputCopyEnd(m_conn, ok ? nullptr : "client failed to send the batch") == 1 && ok;
                Result end(PQgetResult(m_conn));
                ok = ok && PQresultStatus(end.get()) == PGRES_COMMAND_OK;
                while (Result more{ PQgetResult(m_conn) }) {
                }
            }
            if (!ok)
                why = describe(QString::fromUtf8(PQerrorMessage(m_conn)));
        }
        QString state;
        if (ok) {
            const Result r(PQexec(m_conn, upsertSql.constData()));
            ok = PQresultStatus(r.get()) == PGRES_COMMAND_OK;
            if (!ok) {
                state = sqlState(r.get());
                why = describe(QString::fromUtf8(PQerrorMessage(m_conn)));
            }
        }
        if (ok && exec("COMMIT", &why))
            return true;
        if (PQstatus(m_conn) == CONNECTION_BAD) {
            *error = describe(tr("the connection to the server was lost during an import; the batch in "
                                 "progress was not stored (run the import again to complete it): %1")
                                  .arg(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()));
            m_error = *error;
            return false;
        }
        exec("ROLLBACK");
        if ((state == QLatin1String("40P01") || state == QLatin1String("40001")) && attempt < 4)
            continue;
        *error = why;
        m_error = why;
        return false;
    }
}

qint64 PgArchive::count() const
{
    if (!m_conn)
        return -1;
    const Result r(PQexec(m_conn, "SELECT count(*) FROM calls"));
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK) {
        m_error = describe(QString::fromUtf8(PQerrorMessage(m_conn)));
        return -1;
    }
    return QByteArray(PQgetvalue(r.get(), 0, 0)).toLongLong();
}

std::optional<Call> PgArchive::call(const CallArchive::Key &key) const
{
    if (!m_conn)
        return std::nullopt;
    const QByteArray provider = QByteArray::number(int(key.provider));
    const QByteArray account = key.account.toUtf8();
    const QByteArray id = key.id.toUtf8();
    const char *values[] = { provider.constData(), account.constData(), id.constData() };
    const Result r(PQexecParams(m_conn, "SELECT call, raw FROM calls WHERE provider=$1 AND account=$2 AND id=$3 "
                                        "AND call IS NOT NULL",
                                3, nullptr, values, nullptr, nullptr, 1));
    if (PQresultStatus(r.get()) != PGRES_TUPLES_OK) {
        m_error = describe(QString::fromUtf8(PQerrorMessage(m_conn)));
        return std::nullopt;
    }
    if (PQntuples(r.get()) != 1)
        return std::nullopt;
    Call c;
    QString why;
    const QByteArray json = QByteArray::fromRawData(PQgetvalue(r.get(), 0, 0), PQgetlength(r.get(), 0, 0));
    if (!CallJson::fromJsonBytes(json, &c, nullptr, &why)) {
        m_error = describe(tr("a stored call cannot be read: %1").arg(why));
        return std::nullopt;
    }
    if (!PQgetisnull(r.get(), 0, 1))
        c.raw = QByteArray(PQgetvalue(r.get(), 0, 1), PQgetlength(r.get(), 0, 1));
    return c;
}

std::optional<qint64> PgArchive::latestStartMs(Provider provider, const QString &account) const
{
    const Result r(query("SELECT max(start_ms) FROM calls WHERE provider=$1 AND account=$2",
                         { QByteArray::number(int(provider)), account.toUtf8() }));
    if (!r || PQntuples(r.get()) != 1 || PQgetisnull(r.get(), 0, 0))
        return std::nullopt;
    return QByteArray(PQgetvalue(r.get(), 0, 0)).toLongLong();
}

bool PgArchive::forEachCall(const CallArchive::Query &query, const std::function<bool(Call &&)> &callback,
                            const std::atomic<bool> *cancel)
{
    if (!m_conn) {
        m_error = describe(tr("not connected"));
        return false;
    }
    QByteArray sql = "SELECT call, raw FROM calls WHERE call IS NOT NULL";
    sql += query.sqlConditions();
    sql += " ORDER BY start_ms, provider, account, id";
    // Binary results (bytea as its bytes) one row at a time: a large archive never sits in memory.
    if (!PQsendQueryParams(m_conn, sql.constData(), 0, nullptr, nullptr, nullptr, nullptr, 1)
        || !PQsetSingleRowMode(m_conn)) {
        m_error = describe(QString::fromUtf8(PQerrorMessage(m_conn)));
        return false;
    }
    bool ok = true;
    bool stopped = false;
    while (Result r{ PQgetResult(m_conn) }) {
        const ExecStatusType status = PQresultStatus(r.get());
        if (status == PGRES_SINGLE_TUPLE && !stopped) {
            const QByteArray json = QByteArray::fromRawData(PQgetvalue(r.get(), 0, 0), PQgetlength(r.get(), 0, 0));
            Call call;
            QString why;
            if (!CallJson::fromJsonBytes(json, &call, nullptr, &why)) {
                m_error = describe(tr("a stored call cannot be read: %1").arg(why));
                ok = false;
                stopped = true;
                PQrequestCancel(m_conn);
                continue;
            }
            if (!PQgetisnull(r.get(), 0, 1))
                call.raw = QByteArray(PQgetvalue(r.get(), 0, 1), PQgetlength(r.get(), 0, 1));
            if (!callback(std::move(call)) || (cancel && cancel->load())) {
                stopped = true;
                PQrequestCancel(m_conn);
            }
        } else if (status != PGRES_TUPLES_OK && status != PGRES_SINGLE_TUPLE && !stopped) {
            m_error = describe(QString::fromUtf8(PQerrorMessage(m_conn)));
            ok = false;
        }
    }
    return ok;
}

pg_result *PgArchive::query(const char *sql, const QList<QByteArray> &params) const
{
    if (!m_conn) {
        m_error = describe(tr("not connected"));
        return nullptr;
    }
    QVarLengthArray<const char *, 8> values;
    for (const QByteArray &p : params)
        values.append(p.constData());
    PGresult *r = PQexecParams(m_conn, sql, int(values.size()), nullptr, values.constData(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        m_error = describe(QString::fromUtf8(PQerrorMessage(m_conn)));
        PQclear(r);
        return nullptr;
    }
    return r;
}

namespace {

QList<QByteArray> keyParams(const CallArchive::Key &key)
{
    return { QByteArray::number(int(key.provider)), key.account.toUtf8(), key.id.toUtf8() };
}

QString text(const PGresult *r, int row, int column)
{
    return QString::fromUtf8(PQgetvalue(r, row, column), PQgetlength(r, row, column));
}

// timestamptz as epoch milliseconds, so no text form of the server's DateStyle is parsed.
QDateTime time(const PGresult *r, int row, int column)
{
    return QDateTime::fromMSecsSinceEpoch(QByteArray(PQgetvalue(r, row, column)).toLongLong(), QTimeZone::utc());
}

constexpr const char *kNoteColumns =
    "text, author, (extract(epoch FROM edited_at) * 1000)::bigint, revision";

PgArchive::Note noteAt(const PGresult *r, int row)
{
    return { text(r, row, 0), text(r, row, 1), time(r, row, 2), QByteArray(PQgetvalue(r, row, 3)).toInt() };
}

} // namespace

PgArchive::Note PgArchive::note(const CallArchive::Key &key) const
{
    const Result r(query(QByteArray(QByteArray("SELECT ") + kNoteColumns
                                    + " FROM call_notes WHERE provider=$1 AND account=$2 AND id=$3"
                                      " ORDER BY revision DESC LIMIT 1").constData(),
                         keyParams(key)));
    if (!r || PQntuples(r.get()) == 0)
        return {};
    return noteAt(r.get(), 0);
}

QList<PgArchive::Note> PgArchive::noteHistory(const CallArchive::Key &key) const
{
    const Result r(query(QByteArray(QByteArray("SELECT ") + kNoteColumns
                                    + " FROM call_notes WHERE provider=$1 AND account=$2 AND id=$3 ORDER BY revision")
                             .constData(),
                         keyParams(key)));
    QList<Note> out;
    for (int i = 0; r && i < PQntuples(r.get()); ++i)
        out.append(noteAt(r.get(), i));
    return out;
}

PgArchive::NoteSave PgArchive::setNote(const CallArchive::Key &key, const QString &text, const QString &author,
                                       int seenRevision)
{
    NoteSave save;
    // The advisory lock on the call's key makes concurrent saves of one note take turns, so
    // each gets the next revision and sees what it replaces.
    QList<QByteArray> params = keyParams(key);
    if (!exec("BEGIN"))
        return save;
    const Result lock(query("SELECT pg_advisory_xact_lock(hashtext($1 || '|' || $2 || '|' || $3))", params));
    const Note current = lock ? note(key) : Note();
    params << text.toUtf8() << author.toUtf8() << QByteArray::number(current.revision + 1);
    const Result insert(lock ? query("INSERT INTO call_notes (provider, account, id, text, author, revision) "
                                     "VALUES ($1, $2, $3, $4, $5, $6)",
                                     params)
                             : nullptr);
    const Result notify(insert ? query("SELECT pg_notify($4, $1 || '|' || $2 || '|' || $3)",
                                       keyParams(key) << QByteArray(kNotifyChannel))
                               : nullptr);
    if (!notify || !exec("COMMIT")) {
        exec("ROLLBACK");
        return save;
    }
    save.ok = true;
    save.revision = current.revision + 1;
    if (current.revision > seenRevision)
        save.replaced = current;
    return save;
}

bool PgArchive::addTag(const CallArchive::Key &key, const QString &tag, const QString &author)
{
    const Result r(query("WITH added AS (INSERT INTO call_tags (provider, account, id, tag, author) "
                         "VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING 1) "
                         "SELECT pg_notify($6, $1 || '|' || $2 || '|' || $3) FROM added",
                         keyParams(key) << tag.toUtf8() << author.toUtf8() << QByteArray(kNotifyChannel)));
    return bool(r);
}

bool PgArchive::removeTag(const CallArchive::Key &key, const QString &tag)
{
    const Result r(query("WITH gone AS (DELETE FROM call_tags WHERE provider=$1 AND account=$2 AND id=$3 AND tag=$4 "
                         "RETURNING 1) SELECT pg_notify($5, $1 || '|' || $2 || '|' || $3) FROM gone",
                         keyParams(key) << tag.toUtf8() << QByteArray(kNotifyChannel)));
    return bool(r);
}

QList<PgArchive::Tag> PgArchive::tags(const CallArchive::Key &key) const
{
    const Result r(query("SELECT tag, author, (extract(epoch FROM added_at) * 1000)::bigint FROM call_tags "
                         "WHERE provider=$1 AND account=$2 AND id=$3 ORDER BY tag",
                         keyParams(key)));
    QList<Tag> out;
    for (int i = 0; r && i < PQntuples(r.get()); ++i)
        out.append({ text(r.get(), i, 0), text(r.get(), i, 1), time(r.get(), i, 2) });
    return out;
}

bool PgArchive::listen()
{
    return exec(QByteArray(QByteArray("LISTEN ") + kNotifyChannel).constData());
}

int PgArchive::socket() const
{
    return m_conn ? PQsocket(m_conn) : -1;
}

QList<CallArchive::Key> PgArchive::takeChanges()
{
    QList<CallArchive::Key> out;
    if (!m_conn || !PQconsumeInput(m_conn))
        return out;
    while (PGnotify *n = PQnotifies(m_conn)) {
        const QList<QByteArray> parts = QByteArray(n->extra).split('|');
        if (parts.size() >= 3) {
            // The account may itself hold '|': the id is the last part, the provider the first.
            const QByteArray account = QByteArray(n->extra).mid(parts.first().size() + 1).chopped(parts.last().size() + 1);
            out.append({ Provider(parts.first().toInt()), QString::fromUtf8(account), QString::fromUtf8(parts.last()) });
        }
        PQfreemem(n);
    }
    return out;
}

} // namespace cdr
