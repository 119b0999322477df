// SPDX-License-Identifier: GPL-3.0-or-later
// The command line a new user meets first, run as the real binary on a machine with no display:
// --help, an unknown command, --provider that does not match the body, English plurals.

#include "../core/seedbodies.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out;
        QString err;
    };
    // No DISPLAY and the xcb platform forced: creating a QGuiApplication here aborts (exit 134),
    // so a command that passes never touched the GUI.
    static Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CDR_INSPECTOR_BIN), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), p.exitStatus(), QString::fromLocal8Bit(p.readAllStandardOutput()),
                QString::fromLocal8Bit(p.readAllStandardError())};
    }
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    void write(const QString &p, const QByteArray &data)
    {
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

private Q_SLOTS:
    void helpNeedsNoDisplay_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::newRow("--help") << u"--help"_s;
        QTest::newRow("-h") << u"-h"_s;
    }
    void helpNeedsNoDisplay()
    {
        QFETCH(QString, flag);
        const Run r = run({flag});
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Every command, each on one line with its summary.
        for (const char *command : {"convert", "fetch", "report", "import", "export", "scorecard"}) {
            const QStringList lines = r.out.split(u'\n').filter(QRegularExpression(u"^\\s+%1\\s+\\S"_s.arg(QLatin1String(command))));
            QVERIFY2(lines.size() == 1, qPrintable(QLatin1String(command) + u'\n' + r.out));
        }
        QVERIFY(r.out.contains(u"--demo"));
    }
    void versionNeedsNoDisplay()
    {
        const Run r = run({u"--version"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"cdr-inspector "));
    }
    void unknownCommandExitsTwoNamingIt()
    {
        const Run r = run({u"conevrt"_s, u"x.json"_s});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"\"conevrt\""), qPrintable(r.err));
        QVERIFY(r.err.contains(u"convert"));
    }
    void commandHelpNeedsNoDisplay()
    {
        const Run r = run({u"report"_s, u"--help"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"--format"));
    }

    void forcedProviderMustMatchTheBody_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("convert") << u"convert"_s;
        QTest::newRow("report") << u"report"_s;
    }
    void forcedProviderMustMatchTheBody()
    {
        QFETCH(QString, command);
        write(path("plivo.json"), testutil::seedBody("003_deba017cf42112bc.txt"));
        const QString out = command == u"convert" ? path("forced.json") : path("forced-report");
        const Run r = run({command, u"--provider"_s, u"carrierx"_s, path("plivo.json"), u"-o"_s, out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"looks like a Plivo record, not CarrierX"), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        // The matching provider still works.
        const Run ok = run({command, u"--provider"_s, u"plivo"_s, path("plivo.json"), u"-o"_s, out});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QVERIFY(QFile::exists(out));
    }

    void pluralsAreEnglish()
    {
        write(path("one.json"), testutil::seedBody("003_deba017cf42112bc.txt"));
        const Run one = run({u"convert"_s, path("one.json"), u"-o"_s, path("one.ndjson")});
        QVERIFY2(one.code == 0, qPrintable(one.err));
        QVERIFY2(one.err.contains(u"converted 1 call from 1 file to"), qPrintable(one.err));
        write(path("two.json"), testutil::seedBody("000_45cd56abe0de55d1.txt"));
        const Run two = run({u"convert"_s, path("one.json"), path("two.json"), u"-o"_s, path("two.ndjson")});
        QVERIFY2(two.code == 0, qPrintable(two.err));
        QVERIFY2(two.err.contains(u"converted 2 calls from 2 files to"), qPrintable(two.err));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
