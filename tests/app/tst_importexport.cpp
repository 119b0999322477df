// SPDX-License-Identifier: GPL-3.0-or-later
// `import` then `export` gives byte for byte what `convert` gives, for every seed body and
// public fixture, in every zone and format; repeats are merged (the last occurrence kept) and
// said; a kill -9 in the middle of migrating a schema-2 archive leaves the old archive usable.
// The real binary, no display.

#include "../core/seedbodies.h"
#include "schema2archive.h"

#include <sim/trafficgenerator.h>
#include <storage/callarchive.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace testutil;

namespace {

struct Run
{
    int code = -1;
    QString err;
};

Run cli(const QStringList &args, const QProcessEnvironment &extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("CDR_ARCHIVE"));
    for (const QString &k : extra.keys())
        env.insert(k, extra.value(k));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CDR_INSPECTOR_BIN), args);
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitCode(), QString::fromLocal8Bit(p.readAllStandardError()) };
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

class TestImportExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void exportEqualsConvert_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("suffix");
        QList<std::pair<QString, QByteArray>> bodies = {
            { QStringLiteral("nexbro seed"), seedBody("000_45cd56abe0de55d1.txt") },
            { QStringLiteral("vobiz call seed"), seedBody("001_0035c51f1a84ac31.txt", 0) },
            { QStringLiteral("carrierx seed"), seedBody("002_3ae8f5d7c89b65c5.txt") },
            { QStringLiteral("plivo seed"), seedBody("003_deba017cf42112bc.txt") },
        };
        for (const char *f : { "plivo_call_get_python_fixture.json", "plivo_call_list_python_fixture.json",
                               "vobiz_cdr_get_wiremock.json", "vobiz_cdr_list_wiremock.json",
                               "vobiz_cdr_recent_wiremock.json", "vobiz_cdr_search_wiremock.json" })
            bodies.append({ QLatin1String(f), readFile(fixturePath(f)) });
        for (const auto &[name, body] : std::as_const(bodies)) {
            for (const char *zone : { "UTC", "Asia/Kolkata", "America/New_York" }) {
                for (const char *suffix : { "ndjson", "json", "csv" })
                    QTest::addRow("%s %s %s", qPrintable(name), zone, suffix)
                        << body << QString::fromLatin1(zone) << QString::fromLatin1(suffix);
            }
        }
    }
    void exportEqualsConvert()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, zone);
        QFETCH(QString, suffix);
        QVERIFY(!body.isEmpty());
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_').replace(u'/', u'_');
        const QString input = path(tag + QStringLiteral(".in.json"));
        writeFile(input, body);
        const QString converted = path(tag + QStringLiteral(".convert.") + suffix);
        const QString exported = path(tag + QStringLiteral(".export.") + suffix);
        const QString archive = path(tag + QStringLiteral(".sqlite"));
        Run r = cli({ QStringLiteral("convert"), QStringLiteral("--timezone"), zone, input, QStringLiteral("-o"), converted });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({ QStringLiteral("import"), QStringLiteral("--archive"), archive, QStringLiteral("--timezone"), zone, input });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({ QStringLiteral("export"), QStringLiteral("--archive"), archive, QStringLiteral("-o"), exported });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray a = readFile(converted), b = readFile(exported);
        QVERIFY(!a.isEmpty());
        QCOMPARE(b, a);
    }

    void repeatsAreMergedAndSaid()
    {
        const QJsonObject one = QJsonDocument::fromJson(seedBody("003_deba017cf42112bc.txt")).object();
        QJsonObject later = one;
        later.insert(QStringLiteral("call_duration"), 100);
        later.insert(QStringLiteral("bill_duration"), 99);
        const QByteArray list = "{\"api_id\":\"x\",\"meta\":{\"next\":null},\"objects\":["
            + QJsonDocument(one).toJson(QJsonDocument::Compact) + ","
            + QJsonDocument(later).toJson(QJsonDocument::Compact) + "]}";
        writeFile(path(QStringLiteral("twice.json")), list);
        Run r = cli({ QStringLiteral("convert"), path(QStringLiteral("twice.json")), QStringLiteral("-o"),
                      path(QStringLiteral("twice.ndjson")) });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("1 duplicate")) && r.err.contains(QLatin1String("merged")), qPrintable(r.err));
        const QList<QByteArray> lines = readFile(path(QStringLiteral("twice.ndjson"))).trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value(QLatin1String("talk_s")).toDouble(), 99.0);
        r = cli({ QStringLiteral("import"), QStringLiteral("--archive"), path(QStringLiteral("twice.sqlite")),
                  path(QStringLiteral("twice.json")) });
        QVERIFY2(r.code == 0 && r.err.contains(QLatin1String("1 duplicate")) && r.err.contains(QLatin1String("merged")), qPrintable(r.err));
    }

    void environmentChoosesTheDefaultArchive()
    {
        writeFile(path(QStringLiteral("cx.json")), seedBody("002_3ae8f5d7c89b65c5.txt"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("CDR_ARCHIVE"), path(QStringLiteral("env.sqlite")));
        Run r = cli({ QStringLiteral("import"), path(QStringLiteral("cx.json")) }, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(path(QStringLiteral("env.sqlite"))));
        r = cli({ QStringLiteral("export"), QStringLiteral("-o"), path(QStringLiteral("env.csv")) }, env);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(readFile(path(QStringLiteral("env.csv"))).count('\n'), 2); // header + the call
        QVERIFY(cli({ QStringLiteral("import"), QStringLiteral("--help") }).code == 0);
        QCOMPARE(cli({ QStringLiteral("export") }).code, 2); // no -o
    }

    // A schema-2 archive (raw records only) is migrated once; kill -9 in the middle of it
    // leaves the old archive as it was, and the next open migrates it completely.
    void killDuringMigrationKeepsTheOldArchive()
    {
        const QString archive = path(QStringLiteral("v2.sqlite"));
        const int n = 60000;
        const QString written = writeSchema2Archive(archive, n);
        QVERIFY2(written.isEmpty(), qPrintable(written));

        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CDR_INSPECTOR_BIN), { QStringLiteral("export"), QStringLiteral("--archive"), archive,
                                                     QStringLiteral("-o"), path(QStringLiteral("v2.csv")) });
        QVERIFY(p.waitForStarted());
        // The backup is written first; the migration's transaction runs after it.
        QElapsedTimer t;
        t.start();
        while (!QFile::exists(archive + QStringLiteral(".schema2-backup")) && t.elapsed() < 60000)
            QThread::msleep(2);
        QVERIFY(QFile::exists(archive + QStringLiteral(".schema2-backup")));
        QThread::msleep(50);
        p.kill(); // SIGKILL
        p.waitForFinished();

        auto check = [&](int *version, qint64 *rows) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("after"));
            db.setDatabaseName(archive);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            *version = q.value(0).toInt();
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM calls")) && q.next());
            *rows = q.value(0).toLongLong();
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            q.finish();
            db.close();
        };
        int version = 0;
        qint64 rows = 0;
        check(&version, &rows);
        QSqlDatabase::removeDatabase(QStringLiteral("after"));
        QCOMPARE(rows, qint64(n));
        if (version >= 3) // 2 -> 3 committed (and perhaps 3 -> 4): each step is whole
            QWARN("the migration to schema 3 finished before the kill; the archive is complete either way");
        else
            QCOMPARE(version, 2); // rolled back whole, not half-migrated

        // The next open migrates it, and every call reads back normalized.
        const Run r = cli({ QStringLiteral("export"), QStringLiteral("--archive"), archive, QStringLiteral("-o"),
                            path(QStringLiteral("v2.ndjson")) });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Cut short, the upgrade is finished now, and the command says so (the app's notice).
        if (version < cdr::CallArchive::kSchemaVersion)
            QVERIFY2(r.err.contains(QStringLiteral("was cut short")) && r.err.contains(QStringLiteral("no archived call was lost")),
                     qPrintable(r.err));
        const QByteArray out = readFile(path(QStringLiteral("v2.ndjson")));
        QCOMPARE(out.count('\n'), n);
        QVERIFY(out.contains("\"hangup_class\":"));
        check(&version, &rows);
        QSqlDatabase::removeDatabase(QStringLiteral("after"));
        QCOMPARE(version, cdr::CallArchive::kSchemaVersion);
    }
};

QTEST_GUILESS_MAIN(TestImportExport)
#include "tst_importexport.moc"
