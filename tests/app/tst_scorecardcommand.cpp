// SPDX-License-Identifier: GPL-3.0-or-later
// The `scorecard` command-line contract, run as a user runs it: the real binary, no display.
// Input: normalized JSON of calls of known composition built here, a real provider fixture,
// and an archive filled from that fixture.

#include "../core/seedbodies.h"

#include <core/call.h>
#include <core/callwriter.h>
#include <core/recordparser.h>
#include <storage/callarchive.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace cdr;

namespace {

Call make(Provider p, const QString &to, CallStatus status, const QString &cause, const QDateTime &start)
{
    static int n = 0;
    Call c;
    c.provider = p;
    c.id = QStringLiteral("call-%1").arg(++n);
    c.to = to;
    c.from = QStringLiteral("+15550001111");
    c.direction = QStringLiteral("outbound");
    c.status = status;
    c.hangupCause = cause;
    c.startTime = start;
    c.codec = QStringLiteral("PCMU");
    return c;
}

// plivo -> IN on 1 March 2026 (UTC): 6 answered (talk 5, 5, 60, 60, 60, 60 s; MOS 3.2, 4.0 x 5;
//   PDD 100 .. 600 ms), 1 no-answer (NO_ANSWER), 1 failed without a cause (class unknown).
// vobiz -> US on 2 March: 4 answered (talk 30 s, loss 1.2 %, jitter 8 ms, PCMU: estimate 4.26 at
//   40 ms, 3.90 at 200 ms), 1 busy (USER_BUSY).
// One in-progress call, left out.
QList<Call> knownCalls()
{
    QList<Call> calls;
    const QDateTime d1(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());
    const QDateTime d2(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc());
    const double talk[] = {5, 5, 60, 60, 60, 60};
    for (int i = 0; i < 6; ++i) {
        Call c = make(Provider::Plivo, QStringLiteral("+91987650000%1").arg(i), CallStatus::Answered,
                      QStringLiteral("NORMAL_CLEARING"), d1.addSecs(60 * i));
        c.talkS = talk[i];
        c.mos = i == 0 ? 3.2 : 4.0;
        c.postDialDelayMs = 100.0 * (i + 1);
        calls.append(c);
    }
    calls.append(make(Provider::Plivo, QStringLiteral("+919876500010"), CallStatus::NoAnswer, QStringLiteral("NO_ANSWER"),
                      d1.addSecs(600)));
    calls.append(make(Provider::Plivo, QStringLiteral("+919876500011"), CallStatus::Failed, QString(), d1.addSecs(660)));
    for (int i = 0; i < 4; ++i) {
        Call c = make(Provider::Vobiz, QStringLiteral("+1415555010%1").arg(i), CallStatus::Answered,
                      QStringLiteral("NORMAL_CLEARING"), d2.addSecs(60 * i));
        c.talkS = 30;
        c.packetLossPct = 1.2;
        c.jitterMs = 8;
        calls.append(c);
    }
    calls.append(make(Provider::Vobiz, QStringLiteral("+14155550109"), CallStatus::Busy, QStringLiteral("USER_BUSY"),
                      d2.addSecs(600)));
    calls.append(make(Provider::Vobiz, QStringLiteral("+14155550110"), CallStatus::InProgress, QString(),
                      d2.addSecs(700)));
    return calls;
}

} // namespace

class TestScorecardCommand : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString err;
    };
    Run scorecard(const QStringList &args, const QString &archiveEnv = QString())
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("CDR_ARCHIVE"));
        // Settings of its own: the analyst's real Preferences must not change the numbers.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        if (!archiveEnv.isEmpty())
            env.insert(QStringLiteral("CDR_ARCHIVE"), archiveEnv);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CDR_INSPECTOR_BIN), QStringList{QStringLiteral("scorecard")} + args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromLocal8Bit(p.readAllStandardError())};
    }
    QTemporaryDir m_dir;
    QString path(const char *name) { return m_dir.filePath(QLatin1String(name)); }
    QJsonArray readJson(const QString &p) { return QJsonDocument::fromJson(testutil::readFile(p)).array(); }

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(path("known.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(CallWriter::serialize(CallWriter::Format::Json, knownCalls()));
    }

    void byProviderCountryToJson()
    {
        const Run r = scorecard({path("known.json"), QStringLiteral("--by"), QStringLiteral("provider,country"),
                                 QStringLiteral("-o"), path("out.json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray text = testutil::readFile(path("out.json"));
        const QJsonArray a = QJsonDocument::fromJson(text).array();
        QCOMPARE(a.size(), 2);
        // the keys come first, in --by order, then the KPIs
        QVERIFY(text.contains("{\"provider\":\"plivo\", \"country\":\"IN\", \"calls\":8, \"answered\":6,"));
        const QJsonObject p = a.at(0).toObject();
        QCOMPARE(p.value(u"asr_pct").toDouble(), 75.0);         // 6 / 8
        QCOMPARE(p.value(u"ner_pct").toDouble(), 87.5);         // (6 + 1 no_answer) / 8
        QCOMPARE(p.value(u"acd_s").toDouble(), 41.7);           // 250 / 6
        QCOMPARE(p.value(u"short_call_pct").toDouble(), 33.33); // 2 / 6
        QCOMPARE(p.value(u"pdd_p50_ms").toDouble(), 300.0);     // rank 3 of 6
        QCOMPARE(p.value(u"pdd_p95_ms").toDouble(), 600.0);     // rank 6 of 6
        QCOMPARE(p.value(u"mos_mean").toDouble(), 3.87);        // (3.2 + 5 * 4.0) / 6
        QCOMPARE(p.value(u"mos_p5").toDouble(), 3.2);
        QVERIFY(p.value(u"mos_est_mean").isNull());
        QCOMPARE(p.value(u"impaired_call_pct").toDouble(), 16.67); // MOS 3.2 is bad: 1 / 6
        const QJsonObject v = a.at(1).toObject();
        QCOMPARE(v.value(u"provider").toString(), QStringLiteral("vobiz"));
        QCOMPARE(v.value(u"country").toString(), QStringLiteral("US"));
        QCOMPARE(v.value(u"calls").toInt(), 5);                 // the in-progress call is left out
        QCOMPARE(v.value(u"asr_pct").toDouble(), 80.0);
        QCOMPARE(v.value(u"ner_pct").toDouble(), 100.0);        // busy counts
        QCOMPARE(v.value(u"acd_s").toDouble(), 30.0);
        QVERIFY(v.value(u"pdd_p50_ms").isNull());
        QVERIFY(v.value(u"mos_mean").isNull());
        QCOMPARE(v.value(u"mos_est_mean").toDouble(), 4.26);
        QCOMPARE(v.value(u"mos_est_p5").toDouble(), 4.26);
    }

    void assumedDelayAndPeriod()
    {
        // d = 200 + 20 + 16 = 236 ms: Id = 5.664 + 0.11 * 58.7 = 12.121; R = 76.744; MOS 3.895
        const Run r = scorecard({path("known.json"), QStringLiteral("--since"), QStringLiteral("2026-03-02"),
                                 QStringLiteral("--assume-delay-ms"), QStringLiteral("200"), QStringLiteral("-o"),
                                 path("late.json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray a = readJson(path("late.json"));
        QCOMPARE(a.size(), 1); // only vobiz calls are on or after 2 March
        QCOMPARE(a.at(0).toObject().value(u"provider").toString(), QStringLiteral("vobiz"));
        QCOMPARE(a.at(0).toObject().value(u"mos_est_mean").toDouble(), 3.9);
        // --until is inclusive; in Kolkata the plivo calls (09:00 UTC) are still on 1 March
        const Run u = scorecard({path("known.json"), QStringLiteral("--until"), QStringLiteral("2026-03-01"),
                                 QStringLiteral("--timezone"), QStringLiteral("Asia/Kolkata"), QStringLiteral("--by"),
                                 QStringLiteral("day"), QStringLiteral("-o"), path("early.json")});
        QVERIFY2(u.code == 0, qPrintable(u.err));
        const QJsonArray e = readJson(path("early.json"));
        QCOMPARE(e.size(), 1);
        QCOMPARE(e.at(0).toObject().value(u"day").toString(), QStringLiteral("2026-03-01"));
        QCOMPARE(e.at(0).toObject().value(u"calls").toInt(), 8);
    }

    void csvHasTheSameColumns()
    {
        const Run r = scorecard({path("known.json"), QStringLiteral("--by"), QStringLiteral("provider,prefix:2"),
                                 QStringLiteral("-o"), path("out.csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QList<QByteArray> lines = testutil::readFile(path("out.csv")).split('\n');
        QCOMPARE(lines.at(0).trimmed(),
                 QByteArray("provider,prefix:2,calls,answered,asr_pct,ner_pct,acd_s,short_call_pct,pdd_p50_ms,pdd_p95_ms,"
                            "mos_mean,mos_p5,mos_est_mean,mos_est_p5,impaired_call_pct"));
        QCOMPARE(lines.at(1).trimmed(), QByteArray("plivo,91,8,6,75,87.5,41.7,33.33,300,600,3.87,3.2,,,16.67"));
        QCOMPARE(lines.at(2).trimmed(), QByteArray("vobiz,14,5,4,80,100,30,0,,,,,4.26,4.26,100"));
    }

    void pdfWithDefinitions()
    {
        const Run r = scorecard({path("known.json"), QStringLiteral("--by"), QStringLiteral("provider"),
                                 QStringLiteral("-o"), path("out.pdf")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray pdf = testutil::readFile(path("out.pdf"));
        QVERIFY(pdf.startsWith("%PDF"));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path("out.pdf"), QStringLiteral("-")});
        if (!text.waitForStarted())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY(text.waitForFinished(30000));
        // Text extraction keeps the font's ligatures (U+FB00 ff, U+FB01 fi, U+FB02 fl).
        const QString t = QString::fromUtf8(text.readAllStandardOutput())
                              .replace(QChar(0xfb00), QLatin1String("ff"))
                              .replace(QChar(0xfb01), QLatin1String("fi"))
                              .replace(QChar(0xfb02), QLatin1String("fl"));
        QVERIFY2(t.contains(u"Scorecard by provider"), qPrintable(t));
        QVERIFY(t.contains(u"asr_pct"));
        QVERIFY(t.contains(u"plivo"));
        QVERIFY(t.contains(u"87.5"));
        QVERIFY(t.contains(u"Definitions"));
        QVERIFY(t.contains(u"network effectiveness ratio"));
    }

    void archiveMatchesTheFile()
    {
        // A real Vobiz list: the archive read gives the same scorecard as the file itself.
        const QString fixture = testutil::fixturePath("vobiz_cdr_list_wiremock.json");
        const ParseResult parsed = RecordParser::parse(testutil::readFile(fixture), ParseOptions(), fixture);
        QVERIFY(parsed.ok());
        QVERIFY(parsed.calls.size() >= 2);
        {
            CallArchive archive;
            QString error;
            QVERIFY2(archive.open(path("archive.sqlite"), &error), qPrintable(error));
            QVERIFY(archive.insertCalls(parsed.calls));
        }
        const QStringList by{QStringLiteral("--by"), QStringLiteral("provider,hangup_class")};
        const Run f = scorecard(QStringList{fixture} + by + QStringList{QStringLiteral("-o"), path("file.json")});
        QVERIFY2(f.code == 0, qPrintable(f.err));
        const Run a = scorecard(by + QStringList{QStringLiteral("--archive"), path("archive.sqlite"), QStringLiteral("-o"),
                                                 path("archive.json")});
        QVERIFY2(a.code == 0, qPrintable(a.err));
        QCOMPARE(testutil::readFile(path("archive.json")), testutil::readFile(path("file.json")));
        const Run e = scorecard(by + QStringList{QStringLiteral("-o"), path("env.json")}, path("archive.sqlite"));
        QVERIFY2(e.code == 0, qPrintable(e.err));
        QCOMPARE(testutil::readFile(path("env.json")), testutil::readFile(path("file.json")));
        QVERIFY(readJson(path("file.json")).size() >= 1);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no output") << QStringList{QStringLiteral("x.json")} << 2 << "usage:";
        QTest::newRow("bad key") << QStringList{QStringLiteral("--by"), QStringLiteral("provider,carrier"),
                                                QStringLiteral("-o"), QStringLiteral("o.json")}
                                 << 2 << "\"carrier\"";
        QTest::newRow("bad date") << QStringList{QStringLiteral("--since"), QStringLiteral("1.3.2026"),
                                                 QStringLiteral("-o"), QStringLiteral("o.json")}
                                  << 2 << "YYYY-MM-DD";
        QTest::newRow("bad delay") << QStringList{QStringLiteral("--assume-delay-ms"), QStringLiteral("fast"),
                                                  QStringLiteral("-o"), QStringLiteral("o.json")}
                                   << 2 << "--assume-delay-ms";
        QTest::newRow("bad suffix") << QStringList{QStringLiteral("-o"), QStringLiteral("o.xlsx")} << 2 << "o.xlsx";
        QTest::newRow("missing input") << QStringList{QStringLiteral("/nonexistent/calls.json"), QStringLiteral("-o"),
                                                      QStringLiteral("o.json")}
                                       << 1 << "/nonexistent/calls.json";
        QTest::newRow("no archive") << QStringList{QStringLiteral("--archive"), QStringLiteral("/nonexistent/a.sqlite"),
                                                   QStringLiteral("-o"), QStringLiteral("o.json")}
                                    << 1 << "no archive";
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        QStringList fixed = args;
        for (QString &a : fixed) {
            if (a.startsWith(u"o."))
                a = path(qPrintable(a));
        }
        const Run r = scorecard(fixed);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(path("o.json")));
    }
};

QTEST_GUILESS_MAIN(TestScorecardCommand)
#include "tst_scorecardcommand.moc"
