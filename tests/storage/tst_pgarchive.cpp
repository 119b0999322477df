// SPDX-License-Identifier: GPL-3.0-or-later
// The team archive against a real PostgreSQL server that each test case starts on loopback
// (PgTestServer): round trip, overlapping concurrent importers, a server killed mid-import and
// the re-run that completes it, concurrent first connects (advisory lock), a newer schema
// refused, and a wrong password that is never printed.

#include "generatedcalls.h"
#include "pgtestserver.h"

#include <core/calljson.h>
#include <core/recordparser.h>
#include <sim/trafficgenerator.h>
#include <storage/pgarchive.h>
#include <storage/pgarchivewatcher.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <libpq-fe.h>

#include <thread>

using namespace cdr;

namespace {

QList<Call> parsedCalls(int n, int offset = 0, const QString &account = QStringLiteral("acct"))
{
    return generatedCalls(n, offset, account, 11);
}

QString keyOf(const Call &c)
{
    return QString::number(int(c.provider)) + QLatin1Char('|') + c.account + QLatin1Char('|') + c.id;
}

// Imports calls through the Writer in batches; returns the writer's error (empty on success).
QString importCalls(const QString &uri, const QList<Call> &calls, int batchRows, qint64 *written = nullptr)
{
    PgArchive archive;
    QString why;
    if (!archive.open(uri, &why))
        return why;
    PgArchive::Writer writer(archive, batchRows);
    for (const Call &c : calls) {
        if (!writer.addCall(c))
            break;
    }
    writer.finish();
    if (written)
        *written = writer.written();
    return writer.error();
}

QMap<QString, QByteArray> stored(PgArchive &archive)
{
    QMap<QString, QByteArray> out;
    archive.forEachCall({}, [&](Call &&c) {
        out.insert(keyOf(c), CallJson::toJsonBytes(c, true));
        return true;
    });
    return out;
}

} // namespace

class TestPgArchive : public QObject
{
    Q_OBJECT

private:
    // One server for the whole run; each test case gets a database of its own.
    std::unique_ptr<PgTestServer> m_server;
    int m_case = 0;
    QString m_uri;

    QString uri() const { return m_uri; }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<PgTestServer>();
        if (!m_server->available())
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL server to test against: %1").arg(m_server->whyNot())));
        QString why;
        QVERIFY2(m_server->start(&why), qPrintable(why));
    }
    void init()
    {
        const QString db = QStringLiteral("case%1").arg(++m_case);
        PGconn *conn = PQconnectdb(m_server->uri().toUtf8().constData());
        QCOMPARE(PQstatus(conn), CONNECTION_OK);
        PQclear(PQexec(conn, QByteArray("CREATE DATABASE " + db.toUtf8()).constData()));
        PQfinish(conn);
        m_uri = m_server->uri(QString::fromLatin1(PgTestServer::kPassword), db);
    }
    void cleanupTestCase() { m_server.reset(); }

    void addressesAndNames()
    {
        QVERIFY(PgArchive::isServerAddress(u"postgresql://a@b/c"));
        QVERIFY(PgArchive::isServerAddress(u"postgres://b"));
        QVERIFY(!PgArchive::isServerAddress(u"/home/me/archive.sqlite"));
        QCOMPARE(PgArchive::displayName(QStringLiteral("postgresql://ana:s3cret@db.example:5433/qa?sslmode=require")),
                 QStringLiteral("ana@db.example:5433/qa"));

        // The local archive (the app's) refuses a server address instead of making a file of it.
        QTemporaryDir dir;
        const QString before = QDir::currentPath();
        QDir::setCurrent(dir.path());
        CallArchive local;
        QString why;
        const bool opened = local.open(QStringLiteral("postgresql://ana:s3cret@db.example:5433/qa"), &why);
        QDir::setCurrent(before);
        QVERIFY(!opened);
        QVERIFY2(why.contains(QStringLiteral("ana@db.example:5433/qa")) && !why.contains(QStringLiteral("s3cret")),
                 qPrintable(why));
        QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void roundTripKeepsEveryCallExactly()
    {
        const QList<Call> calls = parsedCalls(1200);
        QVERIFY(calls.size() == 1200);
        qint64 written = 0;
        QCOMPARE(importCalls(uri(), calls, 500, &written), QString());
        QCOMPARE(written, 1200);

        PgArchive archive;
        QString why;
        QVERIFY2(archive.open(uri(), &why), qPrintable(why));
        QCOMPARE(archive.schemaVersion(), PgArchive::kSchemaVersion);
        QCOMPARE(archive.count(), 1200);
        const QMap<QString, QByteArray> back = stored(archive);
        QCOMPARE(back.size(), 1200);
        for (const Call &c : calls)
            QCOMPARE(back.value(keyOf(c)), CallJson::toJsonBytes(c, true));

        // A time window and a provider select in SQL, ordered by start time.
        CallArchive::Query q;
        q.provider = Provider::Vobiz;
        q.sinceMs = calls.at(400).startTime.toMSecsSinceEpoch();
        qint64 last = std::numeric_limits<qint64>::min();
        int n = 0;
        QVERIFY(archive.forEachCall(q, [&](Call &&c) {
            [&] {
                QCOMPARE(c.provider, Provider::Vobiz);
                QVERIFY(c.startTime.toMSecsSinceEpoch() >= *q.sinceMs);
                QVERIFY(c.startTime.toMSecsSinceEpoch() >= last);
            }();
            last = c.startTime.toMSecsSinceEpoch();
            ++n;
            return true;
        }));
        int expected = 0;
        for (const Call &c : calls)
            expected += c.provider == Provider::Vobiz && c.startTime.toMSecsSinceEpoch() >= *q.sinceMs;
        QCOMPARE(n, expected);
        QVERIFY(n > 0);
    }

    void reimportReplacesInsteadOfDuplicating()
    {
        QList<Call> calls = parsedCalls(300);
        QCOMPARE(importCalls(uri(), calls, 100), QString());
        for (Call &c : calls)
            c.codec = QStringLiteral("second import");
        // Within one batch too, the last occurrence of a call wins.
        QList<Call> twice = calls;
        twice.append(calls.first());
        twice.last().codec = QStringLiteral("last in batch");
        QCOMPARE(importCalls(uri(), twice, 1000), QString());
        PgArchive archive;
        QVERIFY(archive.open(uri()));
        QCOMPARE(archive.count(), 300);
        const QMap<QString, QByteArray> back = stored(archive);
        QVERIFY(back.value(keyOf(calls.first())).contains("last in batch"));
        QVERIFY(back.value(keyOf(calls.at(1))).contains("second import"));
    }

    void threeConcurrentImportersOfOverlappingInputs()
    {
        // Calls 0-599, 300-899 and 600-1199: every call but the first and last 300 comes twice,
        // from importers running at the same time in batches of 100.
        const QList<Call> all = parsedCalls(1200);
        QList<QString> errors(3);
        std::vector<std::thread> threads;
        for (int i = 0; i < 3; ++i) {
            threads.emplace_back([&, i] { errors[i] = importCalls(uri(), all.mid(i * 300, 600), 100); });
        }
        for (std::thread &t : threads)
            t.join();
        for (const QString &e : std::as_const(errors))
            QCOMPARE(e, QString());
        PgArchive archive;
        QVERIFY(archive.open(uri()));
        QCOMPARE(archive.count(), 1200);
        const QMap<QString, QByteArray> back = stored(archive);
        QCOMPARE(back.size(), 1200);
        for (const Call &c : all)
            QCOMPARE(back.value(keyOf(c)), CallJson::toJsonBytes(c, true));
    }

    void concurrentFirstConnectsMigrateOnce()
    {
        // Five apps open a fresh archive at once: the advisory lock serializes the migration,
        // so none fails on a table another one just created.
        QList<QString> errors(5);
        std::vector<std::thread> threads;
        for (int i = 0; i < 5; ++i) {
            threads.emplace_back([&, i] {
                PgArchive a;
                if (!a.open(uri(), &errors[i]))
                    return;
                if (a.schemaVersion() != PgArchive::kSchemaVersion)
                    errors[i] = QStringLiteral("schema %1").arg(a.schemaVersion());
            });
        }
        for (std::thread &t : threads)
            t.join();
        for (const QString &e : std::as_const(errors))
            QCOMPARE(e, QString());
    }

    void serverKilledMidImportThenRerunCompletes()
    {
        const QList<Call> calls = parsedCalls(4000);
        constexpr int kBatch = 100;
        PgArchive archive;
        QString why;
        QVERIFY2(archive.open(uri(), &why), qPrintable(why));
        PgArchive::Writer writer(archive, kBatch);
        int sent = 0;
        bool failed = false;
        for (const Call &c : calls) {
            if (sent == 1650) // mid-batch: 16 batches committed, the 17th half-built
                QVERIFY(m_server->stop(QStringLiteral("immediate"), &why));
            if (!writer.addCall(c)) {
                failed = true;
                break;
            }
            ++sent;
        }
        QVERIFY(failed);
        const QString error = writer.error();
        QVERIFY2(error.contains(PgArchive::displayName(uri())), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("connection")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String(PgTestServer::kPassword)));
        qInfo("%s", qPrintable(error));

        QVERIFY2(m_server->start(&why), qPrintable(why));
        PgArchive after;
        QVERIFY2(after.open(uri(), &why), qPrintable(why));
        // Only whole batches are there: nothing half-written.
        const qint64 kept = after.count();
        QCOMPARE(kept, 1600);
        QCOMPARE(kept % kBatch, 0);

        QCOMPARE(importCalls(uri(), calls, kBatch), QString());
        QCOMPARE(after.count(), 4000);
        const QMap<QString, QByteArray> back = stored(after);
        for (const Call &c : calls)
            QCOMPARE(back.value(keyOf(c)), CallJson::toJsonBytes(c, true));
    }

    void migratesAnOlderSchemaKeepingItsCalls()
    {
        const QList<Call> calls = parsedCalls(250);
        {
            PgArchive old;
            QString why;
            QVERIFY2(old.open(uri(), &why, /*upToVersion=*/1), qPrintable(why));
            QCOMPARE(old.schemaVersion(), 1);
            PgArchive::Writer w(old, 100);
            for (const Call &c : calls)
                QVERIFY(w.addCall(c));
            QVERIFY(w.finish());
        }
        PgArchive now;
        QString why;
        QVERIFY2(now.open(uri(), &why), qPrintable(why));
        QCOMPARE(now.schemaVersion(), PgArchive::kSchemaVersion);
        QCOMPARE(now.count(), 250);
        const CallArchive::Key key{ calls.first().provider, calls.first().account, calls.first().id };
        QVERIFY(now.setNote(key, QStringLiteral("after migration"), QStringLiteral("Ana"), 0).ok);
        QCOMPARE(now.note(key).text, QStringLiteral("after migration"));
    }

    void notesEditedByTwoClientsKeepHistoryAndShowLive()
    {
        const CallArchive::Key key{ Provider::Vobiz, QStringLiteral("MA_TEAM"), QStringLiteral("call-1") };
        PgArchive ana, ben;
        QString why;
        QVERIFY2(ana.open(uri(), &why), qPrintable(why));
        QVERIFY2(ben.open(uri(), &why), qPrintable(why));
        PgArchiveWatcher watcher;
        QVERIFY2(watcher.start(uri(), &why), qPrintable(why));
        QSignalSpy changed(&watcher, &PgArchiveWatcher::callChanged);

        // Both open the call with no note; Ana saves first, then Ben, who never saw Ana's.
        QCOMPARE(ana.note(key).revision, 0);
        const PgArchive::NoteSave first = ana.setNote(key, QStringLiteral("escalated to carrier"), QStringLiteral("Ana"), 0);
        QVERIFY(first.ok);
        QCOMPARE(first.revision, 1);
        QVERIFY(!first.replaced);
        const PgArchive::NoteSave second = ben.setNote(key, QStringLiteral("known issue #42"), QStringLiteral("Ben"), 0);
        QVERIFY(second.ok);
        QCOMPARE(second.revision, 2);
        // Ben's save wins, but says whose note it replaced, and the history keeps both.
        QVERIFY(second.replaced);
        QCOMPARE(second.replaced->author, QStringLiteral("Ana"));
        QCOMPARE(second.replaced->text, QStringLiteral("escalated to carrier"));
        const PgArchive::Note now = ana.note(key);
        QCOMPARE(now.text, QStringLiteral("known issue #42"));
        QCOMPARE(now.author, QStringLiteral("Ben"));
        QVERIFY(qAbs(now.editedAt.msecsTo(QDateTime::currentDateTimeUtc())) < 600000);
        const QList<PgArchive::Note> history = ben.noteHistory(key);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).author, QStringLiteral("Ana"));
        QCOMPARE(history.at(1).author, QStringLiteral("Ben"));
        // Ana edits having seen revision 2: nothing replaced behind her back.
        QVERIFY(!ana.setNote(key, QStringLiteral("carrier fixed it"), QStringLiteral("Ana"), 2).replaced);

        QVERIFY(ben.addTag(key, QStringLiteral("escalated"), QStringLiteral("Ben")));
        QVERIFY(ana.addTag(key, QStringLiteral("escalated"), QStringLiteral("Ana"))); // already there: kept as Ben's
        const QList<PgArchive::Tag> tags = ana.tags(key);
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags.first().author, QStringLiteral("Ben"));
        QVERIFY(ana.removeTag(key, QStringLiteral("escalated")));
        QVERIFY(ben.tags(key).isEmpty());

        // The watcher heard every change live: three saves, one tag added, one removed.
        while (changed.size() < 5 && changed.wait(5000)) {
        }
        QCOMPARE(changed.size(), 5);
        for (const QList<QVariant> &args : std::as_const(changed)) {
            QCOMPARE(args.at(0).value<Provider>(), Provider::Vobiz);
            QCOMPARE(args.at(1).toString(), QStringLiteral("MA_TEAM"));
            QCOMPARE(args.at(2).toString(), QStringLiteral("call-1"));
        }
    }

    // The watcher says the server went away, connects again by itself once it is back, and
    // hears changes again.
    void watcherReconnectsWhenTheServerComesBack()
    {
        QString why;
        PgArchiveWatcher watcher;
        QVERIFY2(watcher.start(uri(), &why), qPrintable(why));
        QSignalSpy lost(&watcher, &PgArchiveWatcher::connectionLost);
        QSignalSpy back(&watcher, &PgArchiveWatcher::reconnected);
        QSignalSpy changed(&watcher, &PgArchiveWatcher::callChanged);
        QVERIFY2(m_server->stop(QStringLiteral("fast"), &why), qPrintable(why));
        QVERIFY(lost.wait(30000));
        QVERIFY(!lost.first().first().toString().contains(QLatin1String(PgTestServer::kPassword)));
        QVERIFY2(m_server->start(&why), qPrintable(why));
        QVERIFY(back.wait(60000));
        QCOMPARE(lost.size(), 1);

        PgArchive other;
        QVERIFY2(other.open(uri(), &why), qPrintable(why));
        const CallArchive::Key key{ Provider::Vobiz, QStringLiteral("acct"), QStringLiteral("after-restart") };
        QVERIFY(other.setNote(key, QStringLiteral("heard again"), QStringLiteral("Ben"), 0).ok);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.first().at(2).toString(), key.id);
    }

    void concurrentNoteSavesEachGetARevision()
    {
        const CallArchive::Key key{ Provider::Plivo, QStringLiteral("MA_TEAM"), QStringLiteral("call-2") };
        QList<int> revisions(4);
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i) {
            threads.emplace_back([&, i] {
                PgArchive a;
                if (a.open(uri()))
                    revisions[i] = a.setNote(key, QStringLiteral("note %1").arg(i), QStringLiteral("analyst %1").arg(i), 0).revision;
            });
        }
        for (std::thread &t : threads)
            t.join();
        std::sort(revisions.begin(), revisions.end());
        QCOMPARE(revisions, QList<int>({ 1, 2, 3, 4 }));
        PgArchive a;
        QVERIFY(a.open(uri()));
        QCOMPARE(a.noteHistory(key).size(), 4);
    }

    void newerSchemaIsRefused()
    {
        {
            PgArchive a;
            QVERIFY(a.open(uri()));
        }
        PGconn *conn = PQconnectdb(uri().toUtf8().constData());
        QCOMPARE(PQstatus(conn), CONNECTION_OK);
        PQclear(PQexec(conn, "INSERT INTO cdr_schema VALUES (99)"));
        PQfinish(conn);
        PgArchive a;
        QString why;
        QVERIFY(!a.open(uri(), &why));
        QVERIFY2(why.contains(QStringLiteral("99")) && why.contains(QStringLiteral("newer")), qPrintable(why));
    }

    void wrongPasswordIsClearAndNeverPrinted()
    {
        const QString wrong = QStringLiteral("not-the-password-0815");
        PgArchive a;
        QString why;
        QVERIFY(!a.open(m_server->uri(wrong, QStringLiteral("case%1").arg(m_case)), &why));
        QVERIFY2(why.contains(PgArchive::displayName(uri())), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("password authentication failed")), qPrintable(why));
        QVERIFY(!why.contains(wrong));
        qInfo("%s", qPrintable(why));
        QVERIFY(!why.contains(QLatin1String(PgTestServer::kPassword)));

        // No password at all (none in the URI, PGPASSWORD or ~/.pgpass) is a clear error too.
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
        QVERIFY(!a.open(m_server->uriWithoutPassword(QStringLiteral("case%1").arg(m_case)), &why));
        QVERIFY2(why.contains(QStringLiteral("password")), qPrintable(why));
        // PGPASSWORD is honoured, as libpq does.
        qputenv("PGPASSWORD", PgTestServer::kPassword);
        QVERIFY2(a.open(m_server->uriWithoutPassword(QStringLiteral("case%1").arg(m_case)), &why), qPrintable(why));
        qunsetenv("PGPASSWORD");
    }
};

QTEST_GUILESS_MAIN(TestPgArchive)
#include "tst_pgarchive.moc"
