// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A schema-2 archive as the first release wrote it (raw records only, no normalized call), for
// the tests that kill the app or the CLI while it migrates one: `n` NexBro calls from the traffic
// generator. Returns an empty string when it worked, else what failed.

#include <sim/trafficgenerator.h>

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace testutil {

inline QString writeSchema2Archive(const QString &path, int n)
{
    const QString connection = QStringLiteral("schema2-") + path;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        for (const char *sql : {
                 "CREATE TABLE calls(provider INTEGER NOT NULL, account TEXT NOT NULL, id TEXT NOT NULL, start_ms INTEGER,"
                 " from_n TEXT, to_n TEXT, direction TEXT, status INTEGER, duration REAL, talk REAL, billed REAL, cost REAL,"
                 " currency TEXT, hangup_cause TEXT, hangup_code TEXT, hangup_source TEXT, codec TEXT, mos REAL, jitter REAL,"
                 " loss REAL, legs INTEGER, flaws INTEGER, raw BLOB, zone TEXT, batch_id INTEGER, UNIQUE(provider, account, id))",
                 "CREATE INDEX calls_start ON calls(provider, account, start_ms)",
                 "CREATE TABLE notes(provider INTEGER NOT NULL, account TEXT NOT NULL, id TEXT NOT NULL, note TEXT,"
                 " updated_ms INTEGER, PRIMARY KEY(provider, account, id))",
                 "CREATE TABLE tags(provider INTEGER NOT NULL, account TEXT NOT NULL, id TEXT NOT NULL, tag TEXT NOT NULL,"
                 " PRIMARY KEY(provider, account, id, tag))",
                 "CREATE INDEX tags_tag ON tags(tag)",
                 "CREATE TABLE batches(id INTEGER PRIMARY KEY, started_ms INTEGER, rows INTEGER NOT NULL DEFAULT 0)",
                 "CREATE TABLE fetch_state(provider INTEGER NOT NULL, account TEXT NOT NULL, cursor TEXT,"
                 " updated_ms INTEGER, PRIMARY KEY(provider, account))",
                 "PRAGMA user_version=2" }) {
            if (!q.exec(QLatin1String(sql)))
                return q.lastError().text();
        }
        const cdr::TrafficGenerator gen(5, QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()),
                                        QDateTime(QDate(2026, 3, 8), QTime(0, 0), QTimeZone::utc()), n);
        db.transaction();
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO calls(provider, account, id, start_ms, raw, zone) VALUES(4, '', ?, ?, ?, 'UTC')"));
        for (int i = 0; i < n && error.isEmpty(); ++i) {
            ins.addBindValue(gen.callId(cdr::Provider::NexBro, i));
            ins.addBindValue(gen.startMs(cdr::Provider::NexBro, i));
            ins.addBindValue(QJsonDocument(gen.record(cdr::Provider::NexBro, i)).toJson(QJsonDocument::Compact));
            if (!ins.exec())
                error = ins.lastError().text();
        }
        if (error.isEmpty() && !db.commit())
            error = db.lastError().text();
        ins.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

} // namespace testutil
