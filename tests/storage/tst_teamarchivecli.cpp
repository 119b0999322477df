// SPDX-License-Identifier: GPL-3.0-or-later
// The commands against a team archive on a real PostgreSQL server (PgTestServer): import,
// export and scorecard take --archive postgresql://... or $CDR_ARCHIVE and give the same calls
// and the same scorecard as a local archive fed the same input; a wrong password and a server
// that is down exit non-zero with a message naming the server, never the password.

#include "pgtestserver.h"

#include <sim/trafficgenerator.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

using namespace cdr;

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
    env.remove(QStringLiteral("CDR_ARCHIVE"));
    env.remove(QStringLiteral("PGPASSWORD"));
    for (const QString &k : extra.keys())
        env.insert(k, extra.value(k));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CDR_INSPECTOR_BIN), args);
    if (!p.waitForFinished(180000))
        return {};
    return { p.exitCode(), QString::fromLocal8Bit(p.readAllStandardError()) };
}

QStringList sortedLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestTeamArchiveCli : public QObject
{
    Q_OBJECT

    PgTestServer m_server;
    QTemporaryDir m_dir;
    QString m_input;

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_server.available())
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL server to test against: %1").arg(m_server.whyNot())));
        QString why;
        QVERIFY2(m_server.start(&why), qPrintable(why));
        // Four providers' records in one body, as a team's mixed export would be.
        const TrafficGenerator gen(7, QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()),
                                   QDateTime(QDate(2026, 3, 8), QTime(0, 0), QTimeZone::utc()), 2000);
        QJsonArray records;
        for (int i = 0; i < 2000; ++i)
            records.append(gen.record(Provider(1 + i % 4), i));
        m_input = m_dir.filePath(QStringLiteral("mixed.json"));
        QFile f(m_input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(records).toJson(QJsonDocument::Compact));
    }

    void importExportScorecardMatchTheLocalArchive()
    {
        const QString local = m_dir.filePath(QStringLiteral("local.sqlite"));
        const QString team = m_server.uri();
        const QString name = QStringLiteral("cdr@127.0.0.1:%1/postgres").arg(m_server.port());

        Run r = cli({ QStringLiteral("import"), QStringLiteral("--archive"), team, m_input });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("imported 2000 call")) && r.err.contains(name), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String(PgTestServer::kPassword)));
        r = cli({ QStringLiteral("import"), QStringLiteral("--archive"), local, m_input });
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // $CDR_ARCHIVE points at the server as --archive does; importing again changes nothing.
        QProcessEnvironment env;
        env.insert(QStringLiteral("CDR_ARCHIVE"), team);
        r = cli({ QStringLiteral("import"), m_input }, env);
        QVERIFY2(r.code == 0 && r.err.contains(name), qPrintable(r.err));

        const QString teamOut = m_dir.filePath(QStringLiteral("team.ndjson"));
        const QString localOut = m_dir.filePath(QStringLiteral("local.ndjson"));
        r = cli({ QStringLiteral("export"), QStringLiteral("--archive"), team, QStringLiteral("-o"), teamOut });
        QVERIFY2(r.code == 0 && r.err.contains(QStringLiteral("exported 2000 call")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String(PgTestServer::kPassword)));
        r = cli({ QStringLiteral("export"), QStringLiteral("--archive"), local, QStringLiteral("-o"), localOut });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList teamLines = sortedLines(teamOut);
        QCOMPARE(teamLines.size(), 2000);
        QCOMPARE(teamLines, sortedLines(localOut));

        // A window and a provider are chosen in SQL on the server.
        r = cli({ QStringLiteral("export"), QStringLiteral("--archive"), team, QStringLiteral("--provider"),
                  QStringLiteral("vobiz"), QStringLiteral("--since"), QStringLiteral("2026-03-03"), QStringLiteral("-o"), teamOut });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({ QStringLiteral("export"), QStringLiteral("--archive"), local, QStringLiteral("--provider"),
                  QStringLiteral("vobiz"), QStringLiteral("--since"), QStringLiteral("2026-03-03"), QStringLiteral("-o"), localOut });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!sortedLines(teamOut).isEmpty());
        QVERIFY(sortedLines(teamOut).size() < 500);
        QCOMPARE(sortedLines(teamOut), sortedLines(localOut));

        const QString teamCard = m_dir.filePath(QStringLiteral("team.csv"));
        const QString localCard = m_dir.filePath(QStringLiteral("local.csv"));
        // Grouped on the server (PgScorecard says so in its debug log), equal to the local one's.
        QProcessEnvironment debug;
        debug.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("cdr.storage.debug=true"));
        r = cli({ QStringLiteral("scorecard"), QStringLiteral("--archive"), team, QStringLiteral("--by"),
                  QStringLiteral("provider,country"), QStringLiteral("-o"), teamCard },
                debug);
        QVERIFY2(r.code == 0 && r.err.contains(QStringLiteral("scorecard: grouped into")), qPrintable(r.err));
        r = cli({ QStringLiteral("scorecard"), QStringLiteral("--archive"), local, QStringLiteral("--by"),
                  QStringLiteral("provider,country"), QStringLiteral("-o"), localCard });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(readAll(teamCard).size() > 200);
        QCOMPARE(readAll(teamCard), readAll(localCard));
    }

    void wrongPasswordNamesTheServerNotThePassword()
    {
        const QString wrong = QStringLiteral("wrong-password-0815");
        const Run r = cli({ QStringLiteral("import"), QStringLiteral("--archive"), m_server.uri(wrong), m_input });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("password authentication failed"))
                     && r.err.contains(QStringLiteral("127.0.0.1:%1").arg(m_server.port())),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(wrong));
        QVERIFY(!r.err.contains(QLatin1String(PgTestServer::kPassword)));
    }

    void serverDownNamesTheServerAndTheCause()
    {
        QString why;
        QVERIFY2(m_server.stop(QStringLiteral("fast"), &why), qPrintable(why));
        const Run r = cli({ QStringLiteral("export"), QStringLiteral("--archive"), m_server.uri(), QStringLiteral("-o"),
                            m_dir.filePath(QStringLiteral("none.ndjson")) });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("127.0.0.1:%1").arg(m_server.port()))
                     && r.err.contains(QStringLiteral("Connection refused")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String(PgTestServer::kPassword)));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.ndjson"))));
    }
};

QTEST_GUILESS_MAIN(TestTeamArchiveCli)
#include "tst_teamarchivecli.moc"
