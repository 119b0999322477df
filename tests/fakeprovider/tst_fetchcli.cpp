// SPDX-License-Identifier: GPL-3.0-or-later
// `cdr-inspector fetch` end to end (cdr::FetchCli) against the fake provider server over
// real HTTP: outputs, exit codes, --keep-partial, environment secrets, argument errors.

#include <fakeprovider/fakeproviderserver.h>
#include <providers/fetchcli.h>
#include <sim/trafficgenerator.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace cdr;
using namespace Qt::StringLiterals;

class TestFetchCli : public QObject
{
    Q_OBJECT

    QDateTime m_now = QDateTime::currentDateTimeUtc();
    TrafficGenerator m_generator{5, m_now.addDays(-3), m_now, 600};
    FakeProviderServer *m_server = nullptr;
    QTemporaryDir m_dir;

    QProcessEnvironment env() const
    {
        const auto &c = m_server->credentials();
        QProcessEnvironment e;
        e.insert(u"PLIVO_AUTH_ID"_s, c.plivoAuthId);
        e.insert(u"PLIVO_AUTH_TOKEN"_s, c.plivoToken);
        e.insert(u"VOBIZ_AUTH_ID"_s, c.vobizAuthId);
        e.insert(u"VOBIZ_AUTH_TOKEN"_s, c.vobizToken);
        e.insert(u"CARRIERX_TOKEN"_s, c.carrierxToken);
        e.insert(u"NEXBRO_API_KEY"_s, c.nexbroKey);
        return e;
    }

    int fetch(const QStringList &args, QString *stderrText = nullptr,
              const std::optional<QProcessEnvironment> &environment = std::nullopt)
    {
        QString text;
        QTextStream err(&text);
        const int code = FetchCli::run(args, environment.value_or(env()), err);
        err.flush();
        if (stderrText)
            *stderrText = text;
        return code;
    }

    QString base() const { return m_server->baseUrl().toString(); }
    QString since() const { return m_now.addDays(-4).date().toString(Qt::ISODate); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server = new FakeProviderServer(m_generator, this);
        QVERIFY(m_server->listenLoopback());
    }
    void init()
    {
        // Requests an earlier test aborted may still be on the wire: let the server take them
        // before this test's faults are set, so they cannot use those faults up.
        QTest::qWait(50);
        m_server->clearFaults();
    }

    void walksIntoEachFormat_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("file");
        QTest::newRow("plivo-json") << u"plivo"_s << u"plivo.json"_s;
        QTest::newRow("vobiz-csv") << u"vobiz"_s << u"vobiz.csv"_s;
        QTest::newRow("carrierx-ndjson") << u"carrierx"_s << u"carrierx.ndjson"_s;
        QTest::newRow("nexbro-json") << u"nexbro"_s << u"nexbro.json"_s;
    }
    void walksIntoEachFormat()
    {
        QFETCH(QString, provider);
        QFETCH(QString, file);
        const QString out = m_dir.filePath(file);
        QString err;
        const int code = fetch({u"--provider"_s, provider, u"--base-url"_s, base(), u"--since"_s, since(), u"-o"_s, out}, &err);
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY(err.contains(u"wrote 600 call")); // "calls" needs the English numerus file, which the app installs
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        if (file.endsWith(u".json")) {
            QCOMPARE(QJsonDocument::fromJson(data).array().size(), 600);
        } else {
            QCOMPARE(data.count('\n'), file.endsWith(u".csv") ? 601 : 600);
        }
        // The secret never reaches the output.
        QVERIFY(!data.contains(m_server->credentials().plivoToken.toUtf8()));
        QVERIFY(!data.contains(m_server->credentials().nexbroKey.toUtf8()));
    }

    void singleCallsAndMax()
    {
        const QString out = m_dir.filePath(u"two.json"_s);
        QString err;
        QCOMPARE(fetch({u"--provider"_s, u"carrierx"_s, u"--base-url"_s, base(), u"--call"_s, m_generator.callId(Provider::CarrierX, 1),
                        u"--call"_s, m_generator.callId(Provider::CarrierX, 2), u"-o"_s, out}, &err), 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).array().size(), 2);

        const QString capped = m_dir.filePath(u"capped.ndjson"_s);
        QCOMPARE(fetch({u"--provider"_s, u"vobiz"_s, u"--base-url"_s, base(), u"--since"_s, since(), u"--max"_s, u"150"_s,
                        u"-o"_s, capped}, &err), 0);
        QFile c(capped);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QCOMPARE(c.readAll().count('\n'), 150);
    }

    void hugeMaxMeansNoLimit()
    {
        // More digits than a qint64 holds: no archive has that many calls, so it is "all of them".
        const QString out = m_dir.filePath(u"huge.ndjson"_s);
        QString err;
        QCOMPARE(fetch({u"--provider"_s, u"vobiz"_s, u"--base-url"_s, base(), u"--since"_s, since(), u"--max"_s,
                        u"99999999999999999999"_s, u"-o"_s, out}, &err), 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 600);
        // Zero and words are refused with the range.
        QCOMPARE(fetch({u"--provider"_s, u"vobiz"_s, u"--max"_s, u"0"_s, u"-o"_s, out}, &err), 2);
        QVERIFY2(err.contains(u"from 1 to 9223372036854775807"), qPrintable(err));
        QCOMPARE(fetch({u"--provider"_s, u"vobiz"_s, u"--max"_s, u"lots"_s, u"-o"_s, out}, &err), 2);
        QVERIFY2(err.contains(u"\"lots\""), qPrintable(err));
    }

    void progressToAFileIsOneLinePerUpdate()
    {
        // err is a string here, as it is a file or a pipe for a cron job: no carriage returns,
        // every progress update ends its own line.
        const QString out = m_dir.filePath(u"progress.json"_s);
        QString err;
        QCOMPARE(fetch({u"--provider"_s, u"plivo"_s, u"--base-url"_s, base(), u"--since"_s, since(), u"-o"_s, out}, &err), 0);
        QVERIFY2(!err.contains(u'\r'), qPrintable(err));
        const QStringList lines = err.split(u'\n', Qt::SkipEmptyParts);
        const auto progress = std::count_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.contains(u"page"); });
        QVERIFY2(progress >= 1, qPrintable(err));
        for (const QString &l : lines)
            QVERIFY2(!l.contains(u"wrote") || !l.contains(u"page"), qPrintable(l)); // the summary is a line of its own
    }

    void notFoundIsSaidOnce()
    {
        const QString out = m_dir.filePath(u"missing.json"_s);
        QString err;
        QCOMPARE(fetch({u"--provider"_s, u"nexbro"_s, u"--base-url"_s, base(), u"--call"_s, u"no-such-call-4711"_s, u"-o"_s, out},
                       &err), 1);
        QCOMPARE(err.count(u"not found"), 1);
        QVERIFY(err.contains(u"no-such-call-4711"));
    }

    void authFailureExitsNonZero()
    {
        QProcessEnvironment e = env();
        e.insert(u"PLIVO_AUTH_TOKEN"_s, u"bad-token-4711"_s);
        const QString out = m_dir.filePath(u"auth.json"_s);
        QString err;
        QCOMPARE(fetch({u"--provider"_s, u"plivo"_s, u"--base-url"_s, base(), u"-o"_s, out}, &err, e), 1);
        QVERIFY(err.contains(u"Plivo refused access"));
        QVERIFY(!err.contains(u"bad-token-4711"));
        QVERIFY(!QFile::exists(out));
    }

    void keepPartialWritesWhatArrived()
    {
        // The walk dies with a 401 after three pages.
        m_server->addFault(*FakeProviderServer::parseFault(u"401;skip=3"_s));
        const QString out = m_dir.filePath(u"partial.ndjson"_s);
        QString err;
        const QStringList args{u"--provider"_s, u"nexbro"_s, u"--base-url"_s, base(), u"--since"_s, since(), u"-o"_s, out};
        QCOMPARE(fetch(args, &err), 1);
        QVERIFY(!QFile::exists(out));
        QVERIFY(err.contains(u"--keep-partial"));
        m_server->clearFaults();
        m_server->addFault(*FakeProviderServer::parseFault(u"401;skip=3"_s));
        QCOMPARE(fetch(args + QStringList{u"--keep-partial"_s}, &err), 1);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qsizetype lines = f.readAll().count('\n');
        QVERIFY2(lines > 0 && lines < 600, qPrintable(QString::number(lines)));
        QVERIFY(err.contains(u"partial"));
    }

    void unwritableOutputFailsBeforeTheWalk_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing folder") << u"/missing-cdr-folder/x.json"_s << u"does not exist"_s;
        QTest::newRow("a folder") << m_dir.filePath(u"folder.json"_s) << u"it is a folder"_s;
    }
    void unwritableOutputFailsBeforeTheWalk()
    {
        QFETCH(QString, output);
        QFETCH(QString, message);
        QDir().mkpath(m_dir.filePath(u"folder.json"_s));
        m_server->clearRequestLog();
        QString err;
        QCOMPARE(fetch({u"--provider"_s, u"plivo"_s, u"--base-url"_s, base(), u"--since"_s, since(), u"-o"_s, output}, &err), 2);
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY2(m_server->requestLog().isEmpty(), "the walk started before the output was checked");
    }

    void echoedCredentialNeverReachesStderr_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("fault");
        for (const QString p : {u"plivo"_s, u"vobiz"_s, u"carrierx"_s, u"nexbro"_s}) {
            QTest::addRow("%s-400", qPrintable(p)) << p << u"echo-auth;count=-1"_s;
            QTest::addRow("%s-200", qPrintable(p)) << p << u"echo-auth;status=200;count=-1"_s;
        }
    }
    void echoedCredentialNeverReachesStderr()
    {
        QFETCH(QString, provider);
        QFETCH(QString, fault);
        m_server->addFault(*FakeProviderServer::parseFault(fault));
        QString err;
        QCOMPARE(fetch({u"--provider"_s, provider, u"--base-url"_s, base(), u"--since"_s, since(), u"-o"_s,
                        m_dir.filePath(u"echo.json"_s)}, &err), 1);
        const auto &c = m_server->credentials();
        QVERIFY2(err.contains(u"[secret removed]"), qPrintable(err));
        const QByteArray plivoPair = c.plivoAuthId.toUtf8() + ':' + c.plivoToken.toUtf8();
        for (const QString &secret : {c.plivoToken, c.vobizToken, c.carrierxToken, c.nexbroKey,
                                      QString::fromLatin1(plivoPair.toBase64()), QString::fromUtf8(plivoPair)})
            QVERIFY2(!err.contains(secret), qPrintable(err));
    }

    void maxStopsAStuckCursorWalk()
    {
        // The cursor never moves and has_more stays true: the walk must end, with a message.
        m_server->addFault(*FakeProviderServer::parseFault(u"stuck;count=-1"_s));
        m_server->clearRequestLog();
        QString err;
        const QString out = m_dir.filePath(u"stuck.json"_s);
        const int code = fetch({u"--provider"_s, u"nexbro"_s, u"--base-url"_s, base(), u"--since"_s, since(), u"--max"_s,
                                u"5000"_s, u"-o"_s, out}, &err);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(u"no progress"), qPrintable(err));
        QVERIFY2(m_server->requestLog().size() <= 10, qPrintable(QString::number(m_server->requestLog().size())));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no provider") << QStringList{u"-o"_s, u"x.json"_s} << u"--provider"_s;
        QTest::newRow("bad provider") << QStringList{u"--provider"_s, u"twilio"_s, u"-o"_s, u"x.json"_s} << u"--provider"_s;
        QTest::newRow("no output") << QStringList{u"--provider"_s, u"plivo"_s} << u"-o OUTPUT"_s;
        QTest::newRow("bad suffix") << QStringList{u"--provider"_s, u"plivo"_s, u"-o"_s, u"x.xlsx"_s} << u"unknown output format"_s;
        QTest::newRow("bad date") << QStringList{u"--provider"_s, u"plivo"_s, u"--since"_s, u"yesterday"_s, u"-o"_s, u"x.json"_s} << u"YYYY-MM-DD"_s;
        QTest::newRow("bad direction") << QStringList{u"--provider"_s, u"plivo"_s, u"--direction"_s, u"up"_s, u"-o"_s, u"x.json"_s} << u"inbound or outbound"_s;
        QTest::newRow("bad zone") << QStringList{u"--provider"_s, u"nexbro"_s, u"--timezone"_s, u"Nowhere/City"_s, u"-o"_s, u"x.json"_s} << u"time zone"_s;
        QTest::newRow("nexbro needs url") << QStringList{u"--provider"_s, u"nexbro"_s, u"-o"_s, u"x.json"_s} << u"NEXBRO_BASE_URL"_s;
        QTest::newRow("bad max") << QStringList{u"--provider"_s, u"plivo"_s, u"--max"_s, u"-3"_s, u"-o"_s, u"x.json"_s} << u"--max"_s;
        QTest::newRow("unknown option") << QStringList{u"--provider"_s, u"plivo"_s, u"--frobnicate"_s, u"-o"_s, u"x.json"_s} << u"frobnicate"_s;
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QString err;
        QCOMPARE(fetch(args, &err), 2);
        QVERIFY2(err.contains(message), qPrintable(err));
    }

    void missingSecretIsABadArgument()
    {
        QString err;
        QCOMPARE(fetch({u"--provider"_s, u"carrierx"_s, u"-o"_s, m_dir.filePath(u"x.json"_s)}, &err,
                       QProcessEnvironment()), 2);
        QVERIFY(err.contains(u"CARRIERX_TOKEN"));
    }
};

QTEST_GUILESS_MAIN(TestFetchCli)
#include "tst_fetchcli.moc"
