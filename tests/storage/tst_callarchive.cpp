// SPDX-License-Identifier: GPL-3.0-or-later
// CallArchive: round trip (table columns and the full call from the raw record), reopen into
// a CallStore, migration from schema 1, notes/tags, fetch resume, bad files, opening on a
// worker thread, and recovery after SIGKILL in the middle of a bulk insert.

#include <storage/callarchive.h>

#include <models/callstoresink.h>

#include <core/callreader.h>
#include <core/recordparser.h>
#include <sim/trafficgenerator.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace cdr;

namespace {

TrafficGenerator generator()
{
    return TrafficGenerator(11, QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()),
                            QDateTime(QDate(2026, 3, 8), QTime(0, 0), QTimeZone::utc()), 1000000);
}

QList<Call> parsedCalls(int n, int offset = 0)
{
    const TrafficGenerator gen = generator();
    QJsonArray a;
    for (int i = 0; i < n; ++i)
        a.append(gen.record(Provider(1 + i % 4), offset + i));
    ParseOptions o;
    o.account = QStringLiteral("acct");
    return RecordParser::parse(QJsonDocument(a).toJson(), o).calls;
}

constexpr int kChildBatch = 500;

// The child process: bulk-inserts NDJSON-generated calls in batches of kChildBatch forever,
// printing the number of committed batches, until it is killed.
int childWriter(const QString &path)
{
    CallArchive archive;
    QString error;
    if (!archive.open(path, &error)) {
        fprintf(stderr, "child: %s\n", qPrintable(error));
        return 2;
    }
    const TrafficGenerator gen = generator();
    CallArchive::Writer writer(archive, kChildBatch);
    BulkRowBuffer buf;
    qint64 i = 0;
    for (;;) {
        Call c;
        c.provider = Provider::CarrierX;
        c.account = QStringLiteral("kill");
        c.id = QStringLiteral("call-%1").arg(i);
        c.from = QStringLiteral("+1555%1").arg(i);
        c.durationS = double(i % 300);
        c.raw = QJsonDocument(gen.record(Provider::CarrierX, i)).toJson(QJsonDocument::Compact);
        if (!writer.addRow(buf.set(c, true)))
            return 3;
        ++i;
        if (i % kChildBatch == 0) {
            printf("%lld\n", i / kChildBatch);
            fflush(stdout);
        }
    }
}

} // namespace

class TestCallArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/archive.sqlite"));
        const QList<Call> calls = parsedCalls(200);
        {
            CallArchive a;
            QString error;
            QVERIFY2(a.open(path, &error), qPrintable(error));
            QCOMPARE(a.schemaVersion(), CallArchive::kSchemaVersion);
            qint64 written = 0;
            QVERIFY(a.insertCalls(calls, QTimeZone::utc(), &written));
            QCOMPARE(written, 200);
            // Same (provider, account, id) again: replaced, not duplicated.
            QVERIFY(a.insertCalls(calls.mid(0, 50)));
            QCOMPARE(a.count(), 200);
            QSqlQuery q(a.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        }
        CallArchive a;
        QVERIFY(a.open(path));
        for (int i = 0; i < calls.size(); i += 17) {
            const auto back = a.call(calls[i].provider, QStringLiteral("acct"), calls[i].id);
            QVERIFY(back);
            QCOMPARE(*back, calls[i]); // the full call, raw record and all
        }
        QVERIFY(!a.call(Provider::Plivo, QStringLiteral("acct"), QStringLiteral("missing")));
        // Reopen into the table store: every column as stored.
        CallStore store;
        CallStoreSink sink(store);
        qint64 rows = 0;
        QVERIFY(a.load(sink, nullptr, &rows));
        QCOMPARE(rows, 200);
        QCOMPARE(store.size(), 200u);
        for (quint32 r = 0; r < store.size(); ++r) {
            const Call c = store.call(r);
            const qint64 k = std::find_if(calls.begin(), calls.end(), [&](const Call &x) { return x.id == c.id; }) - calls.begin();
            QVERIFY(k < calls.size());
            QCOMPARE(c.status, calls[k].status);
            QCOMPARE(c.startTime, calls[k].startTime);
            QCOMPARE(c.hangupCause, calls[k].hangupCause);
            QCOMPARE(c.account, QStringLiteral("acct"));
        }
        QString details;
        QVERIFY2(a.verify(&details), qPrintable(details));
    }

    void bulkImportIntoArchive()
    {
        QTemporaryDir dir;
        CallArchive a;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.sqlite"))));
        const TrafficGenerator gen = generator();
        QByteArray nd;
        for (int i = 0; i < 3000; ++i)
            nd += QJsonDocument(gen.record(Provider::NexBro, i)).toJson(QJsonDocument::Compact) + '\n';
        CallArchive::Writer w(a, 1000);
        ParseOptions o;
        o.provider = Provider::NexBro;
        QVERIFY(CallReader::readBytes(nd, o, QString(), [&](QList<Call> &&cs) { for (const Call &c : cs) { if (!w.addCall(c)) return false; } return true; }).ok());
        QVERIFY(w.finish());
        QCOMPARE(a.count(), 3000);
        const QString id = gen.callId(Provider::NexBro, 1234);
        const auto c = a.call(Provider::NexBro, QString(), id);
        QVERIFY(c);
        QCOMPARE(*c, RecordParser::normalize(Provider::NexBro, gen.record(Provider::NexBro, 1234), o));
        QVERIFY(a.verify());
    }

    void migrationFromSchema1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            // A schema-1 archive as the first release wrote it.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE calls(provider INTEGER NOT NULL, account TEXT NOT NULL, id TEXT NOT NULL,"
                " start_ms INTEGER, from_n TEXT, to_n TEXT, direction TEXT, status INTEGER,"
                " duration REAL, talk REAL, billed REAL, cost REAL, currency TEXT, hangup_cause TEXT,"
                " hangup_code TEXT, hangup_source TEXT, codec TEXT, mos REAL, jitter REAL, loss REAL,"
                " legs INTEGER, flaws INTEGER, raw BLOB, zone TEXT, UNIQUE(provider, account, id))")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes(provider INTEGER NOT NULL, account TEXT NOT NULL, id TEXT NOT NULL,"
                                          " note TEXT, updated_ms INTEGER, PRIMARY KEY(provider, account, id))")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE tags(provider INTEGER NOT NULL, account TEXT NOT NULL, id TEXT NOT NULL,"
                                          " tag TEXT NOT NULL, PRIMARY KEY(provider, account, id, tag))")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO calls(provider, account, id, start_ms, from_n, status, duration)"
                                          " VALUES(2, 'a', 'old-1', 1770000000000, '+9198', 1, 42)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO notes VALUES(2, 'a', 'old-1', 'kept across migration', 0)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        CallArchive a;
        QString error;
        QVERIFY2(a.open(path, &error), qPrintable(error));
        QCOMPARE(a.schemaVersion(), CallArchive::kSchemaVersion); // 1 -> 2 -> 3 in one open
        QCOMPARE(a.count(), 1);
        QCOMPARE(a.note(Provider::Vobiz, QStringLiteral("a"), QStringLiteral("old-1")), QStringLiteral("kept across migration"));
        const auto c = a.call(Provider::Vobiz, QStringLiteral("a"), QStringLiteral("old-1"));
        QVERIFY(c);
        QCOMPARE(c->durationS, 42.0);
        QVERIFY(a.setFetchCursor(Provider::Vobiz, QStringLiteral("a"), QStringLiteral("page=3")));
        QVERIFY(a.insertCalls(parsedCalls(10)));
        QVERIFY(a.verify());
    }

    void scorecardColumnsRoundTripAndMigrateFromSchema3()
    {
        // The post-dial delay and the error log's bits reach a reopened store (the Scorecard
        // tab's input), from new rows and, after migrating, from rows a schema 3 archive holds.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s3.sqlite"));
        const QList<Call> calls = parsedCalls(200);
        int withLog = 0, sustained = 0, withPdd = 0, withSip = 0;
        for (const Call &c : calls) {
            withSip += !c.sipCallId.isEmpty();
            withLog += (errorLogBits(c) & BulkRow::kLogHasFlaws) != 0;
            sustained += (errorLogBits(c) & BulkRow::kLogSustained) != 0;
            withPdd += c.postDialDelayMs.has_value();
        }
        QVERIFY(withLog > 0 && sustained > 0 && withPdd > 0 && withSip > 0); // the data can tell a loss
        auto loadAndCheck = [&](CallArchive &a) {
            CallStore store;
            CallStoreSink sink(store);
            QVERIFY(a.load(sink));
            QCOMPARE(store.size(), quint32(calls.size()));
            for (quint32 r = 0; r < store.size(); ++r) {
                const QString id = store.id(r);
                const auto k = std::find_if(calls.begin(), calls.end(), [&](const Call &x) { return x.id == id; });
                QVERIFY(k != calls.end());
                QCOMPARE(store.errorLog(r), errorLogBits(*k));
                QCOMPARE(store.call(r).postDialDelayMs.has_value(), k->postDialDelayMs.has_value());
                if (k->postDialDelayMs)
                    QCOMPARE(double(store.pddMs(r)), *k->postDialDelayMs);
                // Schema 5's column, filled from the stored call on migration.
                QCOMPARE(store.sipCallId(r), k->sipCallId);
            }
        };
        {
            CallArchive a;
            QString error;
            QVERIFY2(a.open(path, &error), qPrintable(error));
            QVERIFY(a.insertCalls(calls));
            loadAndCheck(a);
            // Back to schema 3: without the three columns of schemas 4 and 5.
            QSqlQuery q(a.database());
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE calls DROP COLUMN sip_call_id")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE calls DROP COLUMN pdd")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE calls DROP COLUMN log_flags")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=3")));
        }
        CallArchive a;
        QString error;
        QVERIFY2(a.open(path, &error), qPrintable(error));
        QCOMPARE(a.schemaVersion(), CallArchive::kSchemaVersion);
        loadAndCheck(a);
    }

    void migrationFromSchema2NormalizesRawRecordsAndBacksUp()
    {
        // Schema 2 kept only each call's raw record: opening normalizes every one of them once
        // (ArchiveMigrations' select-compute-update loop) after copying the file aside.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s2.sqlite"));
        const QList<Call> calls = parsedCalls(200);
        {
            CallArchive a;
            QString error;
            QVERIFY2(a.open(path, &error), qPrintable(error));
            QVERIFY(a.insertCalls(calls));
            QSqlQuery q(a.database());
            for (const char *column : {"sip_call_id", "pdd", "log_flags", "call"})
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE calls DROP COLUMN ") + QLatin1String(column)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=2")));
        }
        CallArchive a;
        QString error;
        QVERIFY2(a.open(path, &error), qPrintable(error));
        QCOMPARE(a.schemaVersion(), CallArchive::kSchemaVersion);
        QVERIFY(!a.backupPath().isEmpty());
        QVERIFY(QFile::exists(a.backupPath()));
        int flagged = 0;
        for (const Call &c : calls) {
            const auto stored = a.call(c.provider, c.account, c.id);
            QVERIFY(stored);
            // Only a normalized call (not the table columns) carries the legs and the raw record.
            QCOMPARE(stored->legs.size(), c.legs.size());
            QCOMPARE(stored->raw, c.raw);
            QCOMPARE(stored->sipCallId, c.sipCallId);
            QCOMPARE(stored->from, c.from);
            QCOMPARE(stored->durationS, c.durationS);
            flagged += errorLogBits(c) != 0;
        }
        QVERIFY(flagged > 0);
        // Schema 4's log_flags, computed from the calls normalized by the schema 3 step.
        CallStore store;
        CallStoreSink sink(store);
        QVERIFY(a.load(sink));
        QCOMPARE(store.size(), quint32(calls.size()));
        for (quint32 r = 0; r < store.size(); ++r) {
            const auto k = std::find_if(calls.begin(), calls.end(), [&](const Call &x) { return x.id == store.id(r); });
            QVERIFY(k != calls.end());
            QCOMPARE(store.errorLog(r), errorLogBits(*k));
        }
    }

    void newerSchemaAndGarbageAreRefused()
    {
        QTemporaryDir dir;
        const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            CallArchive a;
            QVERIFY(a.open(newer));
            QSqlQuery q(a.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
        }
        CallArchive a;
        QString error;
        QVERIFY(!a.open(newer, &error));
        QVERIFY2(error.contains(u"newer"), qPrintable(error));
        const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        QVERIFY(!a.open(junk, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!a.isOpen());
    }

    void notesTagsAndResume()
    {
        QTemporaryDir dir;
        CallArchive a;
        QVERIFY(a.open(dir.filePath(QStringLiteral("n.sqlite"))));
        const QList<Call> calls = parsedCalls(8);
        QVERIFY(a.insertCalls(calls));
        const Call &c = calls[1];
        QVERIFY(a.setNote(c.provider, c.account, c.id, QStringLiteral("échec: callee says no audio")));
        QCOMPARE(a.note(c.provider, c.account, c.id), QStringLiteral("échec: callee says no audio"));
        QVERIFY(a.setNote(c.provider, c.account, c.id, QStringLiteral("second")));
        QCOMPARE(a.note(c.provider, c.account, c.id), QStringLiteral("second"));
        QVERIFY(a.setNote(c.provider, c.account, c.id, QString()));
        QVERIFY(a.note(c.provider, c.account, c.id).isEmpty());
        QVERIFY(a.addTag(c.provider, c.account, c.id, QStringLiteral("escalated")));
        QVERIFY(a.addTag(c.provider, c.account, c.id, QStringLiteral("  escalated ")));
        QVERIFY(a.addTag(c.provider, c.account, c.id, QStringLiteral("one-way audio")));
        QVERIFY(a.addTag(calls[2].provider, calls[2].account, calls[2].id, QStringLiteral("escalated")));
        QVERIFY(!a.addTag(c.provider, c.account, c.id, QStringLiteral("   ")));
        QCOMPARE(a.tags(c.provider, c.account, c.id), (QStringList{ QStringLiteral("escalated"), QStringLiteral("one-way audio") }));
        QCOMPARE(a.callsWithTag(QStringLiteral("escalated")).size(), 2);
        QVERIFY(a.removeTag(c.provider, c.account, c.id, QStringLiteral("escalated")));
        QCOMPARE(a.allTags(), (QStringList{ QStringLiteral("escalated"), QStringLiteral("one-way audio") }));
        // Resume: the latest archived start per (provider, account), and a cursor.
        qint64 latest = 0;
        for (const Call &x : calls) {
            if (x.provider == Provider::Plivo)
                latest = qMax(latest, x.startTime.toMSecsSinceEpoch());
        }
        QCOMPARE(a.latestStartMs(Provider::Plivo, QStringLiteral("acct")).value(), latest);
        QVERIFY(!a.latestStartMs(Provider::Plivo, QStringLiteral("other")));
        QVERIFY(a.setFetchCursor(Provider::CarrierX, QStringLiteral("acct"), QStringLiteral("after=abc")));
        QCOMPARE(a.fetchCursor(Provider::CarrierX, QStringLiteral("acct")), QStringLiteral("after=abc"));
    }

    void openOnAWorkerThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        qint64 countSeen = -1;
        QThread *t = QThread::create([&] {
            CallArchive a;
            if (a.open(path)) {
                a.insertCalls(parsedCalls(20));
                countSeen = a.count();
            }
        });
        t->start();
        QVERIFY(t->wait(30000));
        delete t;
        QCOMPARE(countSeen, 20);
        CallArchive main;
        QVERIFY(main.open(path));
        QCOMPARE(main.count(), 20);
    }

    // Two processes (the app and an import, or two app windows) opening a new archive at the
    // same moment: both saw schema 0, and the slower one failed "table calls already exists"
    // and went on without an archive. Threads give the same race through separate connections.
    void concurrentFirstOpensBothSucceed()
    {
        QTemporaryDir dir;
        int failures = 0;
        QStringList errors;
        for (int round = 0; round < 40; ++round) {
            const QString path = dir.filePath(QStringLiteral("race%1.sqlite").arg(round));
            QAtomicInt ready = 0;
            QString error[2];
            bool opened[2] = {false, false};
            QList<QThread *> threads;
            for (int i = 0; i < 2; ++i) {
                threads << QThread::create([&, i] {
                    ready.fetchAndAddOrdered(1);
                    while (ready.loadAcquire() < 2) {
                    }
                    CallArchive a;
                    opened[i] = a.open(path, &error[i]);
                });
                threads.last()->start();
            }
            for (QThread *t : threads) {
                QVERIFY(t->wait(30000));
                delete t;
            }
            for (int i = 0; i < 2; ++i) {
                if (!opened[i]) {
                    ++failures;
                    errors << error[i];
                }
            }
        }
        QVERIFY2(failures == 0, qPrintable(QStringLiteral("%1 of 80 opens failed: %2").arg(failures).arg(errors.join(u"; "))));
    }

    void survivesSigkillMidInsert()
    {
#ifdef Q_OS_UNIX
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kill.sqlite"));
        for (int round = 0; round < 3; ++round) {
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--child-writer"), path });
            QVERIFY(child.waitForStarted());
            // Let a few batches commit, then kill it wherever it is (mid-batch, most likely).
            int batches = 0;
            while (batches < 3 + round && child.waitForReadyRead(20000)) {
                while (child.canReadLine())
                    batches = child.readLine().trimmed().toInt();
            }
            QVERIFY2(batches >= 3, child.readAllStandardError().constData());
            QTest::qWait(round * 7); // land at a different point each round
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            CallArchive a;
            QString error;
            QVERIFY2(a.open(path, &error), qPrintable(error));
            QString details;
            QVERIFY2(a.verify(&details), qPrintable(details));
            // Whole batches only: the count is a multiple of the batch size, every batch full.
            const qint64 n = a.count();
            QVERIFY(n >= qint64(batches) * kChildBatch);
            QCOMPARE(n % kChildBatch, 0);
            QSqlQuery q(a.database());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM batches b WHERE rows <> ?1 OR rows <> "
                                          "(SELECT COUNT(*) FROM calls c WHERE c.batch_id = b.id)").replace(u"?1"_qs, QString::number(kChildBatch))));
            QVERIFY(q.next());
            // Later rounds replace earlier rows (same ids): only the newest batches are full.
            if (round == 0)
                QCOMPARE(q.value(0).toLongLong(), 0);
            // Every stored call still reads back whole: its raw record parses, its columns are there.
            QSqlQuery last(a.database());
            QVERIFY(last.exec(QStringLiteral("SELECT duration, raw FROM calls WHERE id='call-%1'").arg(n - 1)));
            QVERIFY(last.next());
            QCOMPARE(last.value(0).toDouble(), double((n - 1) % 300));
            QVERIFY(QJsonDocument::fromJson(last.value(1).toByteArray()).isObject());
        }
#else
        QSKIP("SIGKILL is POSIX");
#endif
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--child-writer") == 0) {
        QCoreApplication app(argc, argv);
        return childWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestCallArchive t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_callarchive.moc"
