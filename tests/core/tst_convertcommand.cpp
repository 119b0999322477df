// SPDX-License-Identifier: GPL-3.0-or-later
// The `convert` command-line contract, run as a user would run it: the real binary, no display.

#include "seedbodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestConvertCommand : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString err;
    };
    Run convert(const QStringList &args, const QByteArray &streamThreshold = QByteArray())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!streamThreshold.isEmpty())
            env.insert(QStringLiteral("CDR_CONVERT_STREAM_THRESHOLD"), QString::fromLatin1(streamThreshold));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // convert must not need a display platform at all
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CDR_INSPECTOR_BIN), QStringList{QStringLiteral("convert")} + args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromLocal8Bit(p.readAllStandardError())};
    }
    QTemporaryDir m_dir;
    QString path(const char *name) { return m_dir.filePath(QLatin1String(name)); }
    void writeFile(const QString &p, const QByteArray &data)
    {
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

private Q_SLOTS:
    void allProvidersToJson()
    {
        writeFile(path("nexbro.json"), testutil::seedBody("000_45cd56abe0de55d1.txt"));
        writeFile(path("carrierx.json"), testutil::seedBody("002_3ae8f5d7c89b65c5.txt"));
        writeFile(path("plivo.json"), testutil::seedBody("003_deba017cf42112bc.txt"));
        const Run r = convert({path("nexbro.json"), path("carrierx.json"), path("plivo.json"),
                               testutil::fixturePath("vobiz_cdr_list_wiremock.json"), QStringLiteral("-o"), path("all.json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray a = QJsonDocument::fromJson(testutil::readFile(path("all.json"))).array();
        QCOMPARE(a.size(), 5);
        QStringList providers;
        for (const QJsonValue &v : a)
            providers << v.toObject().value(QLatin1String("provider")).toString();
        QCOMPARE(providers, (QStringList{QStringLiteral("nexbro"), QStringLiteral("carrierx"), QStringLiteral("plivo"),
                                         QStringLiteral("vobiz"), QStringLiteral("vobiz")}));
        const QJsonObject plivo = a.at(2).toObject();
        QCOMPARE(plivo.value(QLatin1String("start_time")).toString(), QStringLiteral("2022-10-12T16:27:40Z"));
        const QJsonObject nexbro = a.at(0).toObject();
        QCOMPARE(nexbro.value(QLatin1String("duration_s")).toDouble(), 45.0);
        QCOMPARE(nexbro.value(QLatin1String("legs")).toArray().size(), 2);
        QCOMPARE(nexbro.value(QLatin1String("error_log")).toArray().size(), 8);
        const QJsonObject cx = a.at(1).toObject();
        QCOMPARE(cx.value(QLatin1String("start_time")).toString(), QStringLiteral("2025-05-18T15:32:15.589Z"));
        QVERIFY(r.err.contains(QLatin1String("converted 5 call")));
    }
    void timezoneOption()
    {
        writeFile(path("nexbro.json"), testutil::seedBody("000_45cd56abe0de55d1.txt"));
        const Run r = convert({QStringLiteral("--timezone"), QStringLiteral("Asia/Kolkata"), path("nexbro.json"),
                               QStringLiteral("-o"), path("tz.ndjson")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(testutil::readFile(path("tz.ndjson")).trimmed()).object();
        QCOMPARE(o.value(QLatin1String("start_time")).toString(), QStringLiteral("2026-01-16T06:44:19Z"));
    }
    void csvAndBackIsLossless()
    {
        const Run r1 = convert({testutil::fixturePath("vobiz_cdr_list_wiremock.json"), QStringLiteral("-o"), path("v.csv")});
        QVERIFY2(r1.code == 0, qPrintable(r1.err));
        const Run r2 = convert({path("v.csv"), QStringLiteral("-o"), path("v2.csv")});
        QVERIFY2(r2.code == 0, qPrintable(r2.err));
        QCOMPARE(testutil::readFile(path("v2.csv")), testutil::readFile(path("v.csv")));
        const QList<QByteArray> lines = testutil::readFile(path("v.csv")).split('\n');
        QVERIFY(lines.first().startsWith("provider,id,account,from,to"));
        QCOMPARE(lines.size(), 4); // header, 2 rows, trailing empty
    }
    void forcedProvider()
    {
        const Run r = convert({QStringLiteral("--provider"), QStringLiteral("vobiz"),
                               testutil::fixturePath("vobiz_live_call_get_wiremock.json"), QStringLiteral("-o"), path("live.json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(testutil::readFile(path("live.json"))).array().first().toObject();
        QCOMPARE(o.value(QLatin1String("provider")).toString(), QStringLiteral("vobiz"));
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("in-progress"));
    }
    void truncatedInputLeavesNoOutput()
    {
        QByteArray body = testutil::seedBody("000_45cd56abe0de55d1.txt");
        body.truncate(body.size() / 2);
        writeFile(path("trunc.json"), body);
        const Run r = convert({path("trunc.json"), QStringLiteral("-o"), path("never.json")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("trunc.json")) && r.err.contains(QLatin1String("byte offset")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path("never.json")));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("never*")}, QDir::Files).size(), 0);
    }
    void apiErrorBodyFails()
    {
        writeFile(path("404.json"), testutil::seedBody("001_0035c51f1a84ac31.txt", 1));
        const Run r = convert({path("404.json"), QStringLiteral("-o"), path("e.json")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("call not found")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path("e.json")));
    }
    void wrongTypeWarnsButConverts()
    {
        writeFile(path("w.json"), R"({"dr_sid":"w","sipcause":"200","duration":{"x":1}})");
        const Run r = convert({path("w.json"), QStringLiteral("-o"), path("w.csv")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QLatin1String("warning:")) && r.err.contains(QLatin1String("'duration'")), qPrintable(r.err));
        QVERIFY(QFile::exists(path("w.csv")));
    }
    void streamingPathWritesTheSameBytes()
    {
        // Large files go through simdjson record splitting and a streaming writer; forcing that
        // path on the seeds and fixtures must give byte-identical output in every format.
        writeFile(path("nexbro.json"), testutil::seedBody("000_45cd56abe0de55d1.txt"));
        writeFile(path("carrierx.json"), testutil::seedBody("002_3ae8f5d7c89b65c5.txt"));
        writeFile(path("plivo.json"), testutil::seedBody("003_deba017cf42112bc.txt"));
        const QStringList inputs = {path("nexbro.json"), path("carrierx.json"), path("plivo.json"),
                                    testutil::fixturePath("vobiz_cdr_list_wiremock.json"),
                                    testutil::fixturePath("plivo_call_list_python_fixture.json"),
                                    testutil::fixturePath("vobiz_cdr_get_wiremock.json")};
        for (const char *suffix : {"json", "ndjson", "csv"}) {
            const QString a = path("mem.") + QLatin1String(suffix);
            const QString b = path("stream.") + QLatin1String(suffix);
            const Run r1 = convert(inputs + QStringList{QStringLiteral("-o"), a});
            QVERIFY2(r1.code == 0, qPrintable(r1.err));
            const Run r2 = convert(inputs + QStringList{QStringLiteral("-o"), b}, "0");
            QVERIFY2(r2.code == 0, qPrintable(r2.err));
            QVERIFY(!testutil::readFile(a).isEmpty());
            QCOMPARE(testutil::readFile(b), testutil::readFile(a));
        }
        // A truncated file on the streaming path fails the same way: no output.
        QByteArray body = testutil::readFile(testutil::fixturePath("vobiz_cdr_list_wiremock.json"));
        body.truncate(body.size() - 40);
        writeFile(path("cut.json"), body);
        const Run r = convert({path("cut.json"), QStringLiteral("-o"), path("cut-out.json")}, "0");
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(path("cut-out.json")));
    }

    void usageErrors()
    {
        QCOMPARE(convert({}).code, 2);
        QCOMPARE(convert({testutil::fixturePath("vobiz_cdr_get_wiremock.json")}).code, 2); // no -o
        QCOMPARE(convert({QStringLiteral("--provider"), QStringLiteral("twilio"), testutil::fixturePath("vobiz_cdr_get_wiremock.json"),
                          QStringLiteral("-o"), path("x.json")}).code, 2);
        QCOMPARE(convert({QStringLiteral("--timezone"), QStringLiteral("Mars/Olympus"), testutil::fixturePath("vobiz_cdr_get_wiremock.json"),
                          QStringLiteral("-o"), path("x.json")}).code, 2);
        QCOMPARE(convert({testutil::fixturePath("vobiz_cdr_get_wiremock.json"), QStringLiteral("-o"), path("x.txt")}).code, 2);
        const Run missing = convert({path("does-not-exist.json"), QStringLiteral("-o"), path("x.json")});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QLatin1String("does-not-exist.json")));
    }
};

QTEST_GUILESS_MAIN(TestConvertCommand)
#include "tst_convertcommand.moc"
