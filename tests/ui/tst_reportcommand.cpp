// SPDX-License-Identifier: GPL-3.0-or-later
// `cdr-inspector report` end to end: the real executable, run headless on the seed bodies,
// the public fixtures and our own normalized output; files validated by reading them back.

#include "../charts/testcalls.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
};

Run report(const QStringList &args, const QString &configHome = QString())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Preferences (thresholds) come from the user's settings: keep the developer's own out.
    static QTemporaryDir emptyConfig;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome.isEmpty() ? emptyConfig.path() : configHome);
    env.remove(QStringLiteral("DISPLAY")); // must work without a display
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CDR_INSPECTOR_BIN), QStringList{QStringLiteral("report")} + args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
}

QStringList files(const QString &dir)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    names.sort();
    return names;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_nexbro;
    QString m_carrierx;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return QString();
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_nexbro = write(QStringLiteral("nexbro.json"), testcalls::seedBody(QStringLiteral("000")));
        m_carrierx = write(QStringLiteral("carrierx.json"), testcalls::seedBody(QStringLiteral("002")));
        QVERIFY(!m_nexbro.isEmpty() && !m_carrierx.isEmpty());
    }

    void writesEveryPartInEveryFormat()
    {
        const QString out = m_dir.filePath(QStringLiteral("nexbro-out"));
        const Run r = report({m_nexbro, QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList expected;
        for (const char *base : {"errors", "quality", "timeline"}) {
            for (const char *ext : {"pdf", "png", "svg"})
                expected << QLatin1String(base) + u'.' + QLatin1String(ext);
        }
        expected << QStringLiteral("report.pdf");
        expected.sort();
        QCOMPARE(files(out), expected); // and no staging folder left behind
        QVERIFY(!QImage(out + u"/timeline.png").isNull());
        QVERIFY(!QImage(out + u"/quality.png").isNull());
        QFile svg(out + u"/quality.svg");
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray svgBytes = svg.readAll();
        QVERIFY(svgBytes.contains("<title>"));
        QVERIFY(svgBytes.contains("Inbound"));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()) {
            QCOMPARE(testcalls::pdfPages(out + u"/timeline.pdf"), 1);
            QVERIFY(testcalls::pdfPages(out + u"/report.pdf") >= 4); // summary, timeline, quality, error log, raw
        }
    }

    void impossibleValuesAreInvalidNotGraded()
    {
        // A Vobiz record with MOS 1000, negative jitter and 250 % loss: each value is dropped with
        // a warning naming the field and the record, the PDF says "invalid" and stays readable.
        QByteArray body = testutil::readFile(testutil::fixturePath("vobiz_cdr_get_wiremock.json"));
        body.replace("\"mos\": 4.5", "\"mos\": 1000").replace("\"jitter\": 0", "\"jitter\": -7")
            .replace("\"packet_loss\": 0", "\"packet_loss\": 250");
        const QString input = write(QStringLiteral("impossible.json"), body);
        const QString out = m_dir.filePath(QStringLiteral("impossible-out"));
        const Run r = report({input, QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char *field : {"mos 1000", "jitter_ms -7", "packet_loss_pct 250"}) {
            QVERIFY2(r.err.contains(u"(aabbccdd-1234-5678-90ab-cdef12345678): " + QLatin1String(field)),
                     qPrintable(r.err));
        }
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
        QVERIFY(testcalls::pdfPages(out + u"/report.pdf") >= 3);
        const QString text = pdfText(out + u"/report.pdf");
        QVERIFY(text.contains(u"invalid"));
        // The raw record keeps "mos": 1000 as sent; no graded or charted MOS may show it.
        for (const QString &line : text.split(u'\n')) {
            QVERIFY2(!(line.contains(u"MOS") && line.contains(u"1000")), qPrintable(line));
            QVERIFY2(!line.contains(u"250 %"), qPrintable(line));
        }
    }

    void chartFilesCarryTheCallAndTheVerdictItsGrade()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
        const QString out = m_dir.filePath(QStringLiteral("nexbro-caption"));
        const Run r = report({m_nexbro, QStringLiteral("--format"), QStringLiteral("pdf,svg"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QRegularExpression caption(QStringLiteral("NexBro · call [0-9a-f-]{36} · 2026-01-16 \\d\\d:\\d\\d:\\d\\d UTC"));
        for (const char *part : {"timeline", "quality", "errors"}) {
            const QString text = pdfText(out + u'/' + QLatin1String(part) + u".pdf");
            QVERIFY2(caption.match(text).hasMatch(), qPrintable(QLatin1String(part) + u": " + text.left(400)));
            QFile svg(out + u'/' + QLatin1String(part) + u".svg");
            QVERIFY(svg.open(QIODevice::ReadOnly));
            QVERIFY(caption.match(QString::fromUtf8(svg.readAll())).hasMatch());
        }
        // The report's verdict leads with the grade in words, as the pane does.
        const QString report = pdfText(out + u"/report.pdf");
        QVERIFY2(QRegularExpression(QStringLiteral("Quality (good|average|bad): ")).match(report).hasMatch(),
                 qPrintable(report.left(800)));
    }

    void onlyWhatTheCallHas()
    {
        const QString out = m_dir.filePath(QStringLiteral("carrierx-out"));
        const Run r = report({m_carrierx, QStringLiteral("--format"), QStringLiteral("png,csv"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(files(out), (QStringList{QStringLiteral("report.pdf"), QStringLiteral("timeline.csv"),
                                          QStringLiteral("timeline.png")}));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QVERIFY(pdfText(out + u"/report.pdf").contains(u"does not report media quality"));
    }

    void picksTheCallById()
    {
        const QString list = testcalls::sharedPath(QStringLiteral("fixtures/public/vobiz_cdr_list_wiremock.json"));
        const QString out = m_dir.filePath(QStringLiteral("vobiz-out"));
        const Run r = report({list, QStringLiteral("--provider"), QStringLiteral("vobiz"), QStringLiteral("--call"),
                              QStringLiteral("11223344-5566-7788-99aa-bbccddeeff00"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(u"11223344-5566-7788-99aa-bbccddeeff00"));
        // That call is the unanswered one (mos 0): no quality charts for it.
        QVERIFY(!files(out).contains(QStringLiteral("quality.png")));
        const QString first = m_dir.filePath(QStringLiteral("vobiz-first"));
        const Run r2 = report({list, QStringLiteral("-o"), first});
        QVERIFY2(r2.exitCode == 0, qPrintable(r2.err));
        QVERIFY(r2.err.contains(u"aabbccdd-1234-5678-90ab-cdef12345678"));
        QVERIFY(files(first).contains(QStringLiteral("quality.png")));
    }

    void readsOurNormalizedOutput()
    {
        const QString normalized = m_dir.filePath(QStringLiteral("normalized.ndjson"));
        QProcess convert;
        convert.start(QStringLiteral(CDR_INSPECTOR_BIN),
                      {QStringLiteral("convert"), m_nexbro, QStringLiteral("-o"), normalized, QStringLiteral("-q")});
        QVERIFY(convert.waitForFinished(60000));
        QCOMPARE(convert.exitCode(), 0);
        const QString out = m_dir.filePath(QStringLiteral("normalized-out"));
        const Run r = report({normalized, QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(files(out).contains(QStringLiteral("errors.svg")));
        QVERIFY(files(out).contains(QStringLiteral("timeline.svg")));
    }

    void redacts()
    {
        const QString out = m_dir.filePath(QStringLiteral("redacted-out"));
        const Run r = report({m_nexbro, QStringLiteral("--redact"), QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char *name : {"timeline.svg", "quality.svg", "errors.svg"}) {
            QFile f(out + u'/' + QLatin1String(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains("8556900900") && !bytes.contains("7087033114"), name);
        }
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString text = pdfText(out + u"/report.pdf");
        QVERIFY(text.contains(u"redacted"));
        QVERIFY(text.contains(u"6075d782-1fd2-40a4-bcfe-d29638f2d598")); // ids stay
        for (const char *secret : {"7087033114", "8556900900", "10.1.1.159", "10.1.1.11"})
            QVERIFY2(!text.contains(QLatin1String(secret)), secret);
        // Without --redact the same numbers are there, so the check above can fail.
        const QString plain = m_dir.filePath(QStringLiteral("plain-out"));
        QCOMPARE(report({m_nexbro, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), plain}).exitCode, 0);
        QVERIFY(pdfText(plain + u"/report.pdf").contains(u"8556900900"));
    }

    void usesTheAnalystsThresholds()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString defaults = m_dir.filePath(QStringLiteral("thresholds-default"));
        QCOMPARE(report({m_nexbro, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), defaults}).exitCode, 0);
        QVERIFY(pdfText(defaults + u"/report.pdf").contains(u"MOS 4.46 (good)"));
        // An analyst who wants MOS 4.5 or better: the same call now grades bad.
        const QString config = m_dir.filePath(QStringLiteral("config"));
        QVERIFY(QDir().mkpath(config + u"/CDR Inspector"));
        QFile conf(config + u"/CDR Inspector/cdr-inspector.conf");
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("[thresholds]\nmosGood=4.5\nmosBad=4.48\n");
        conf.close();
        const QString strict = m_dir.filePath(QStringLiteral("thresholds-strict"));
        const Run r = report({m_nexbro, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), strict}, config);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(pdfText(strict + u"/report.pdf").contains(u"MOS 4.46 (bad)"));
    }

    void failuresWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.json"));
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("{\"data\": [ {\"call_uuid\": ");
        g.close();
        QTest::newRow("unknown call") << QStringList{m_nexbro, QStringLiteral("--call"), QStringLiteral("nope")} << 1
                                      << QStringLiteral("no call with id \"nope\"");
        QTest::newRow("malformed input") << QStringList{garbage} << 1 << QStringLiteral("garbage.json");
        QTest::newRow("missing input") << QStringList{m_dir.filePath(QStringLiteral("missing.json"))} << 1
                                       << QStringLiteral("missing.json");
        QTest::newRow("unknown format") << QStringList{m_nexbro, QStringLiteral("--format"), QStringLiteral("png,gif")} << 2
                                        << QStringLiteral("gif");
        QTest::newRow("unknown provider") << QStringList{m_nexbro, QStringLiteral("--provider"), QStringLiteral("acme")}
                                          << 2 << QStringLiteral("acme");
    }
    void failuresWriteNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString out = m_dir.filePath(QStringLiteral("fail-") + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        const Run r = report(args + QStringList{QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    void existingFolderKeepsOtherFiles()
    {
        const QString out = m_dir.filePath(QStringLiteral("existing"));
        QVERIFY(QDir().mkpath(out));
        QFile keep(out + u"/notes.txt");
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("mine");
        keep.close();
        const Run bad = report({m_nexbro, QStringLiteral("--call"), QStringLiteral("nope"), QStringLiteral("-o"), out});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(files(out), QStringList{QStringLiteral("notes.txt")});
        const Run good = report({m_carrierx, QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("-o"), out});
        QCOMPARE(good.exitCode, 0);
        QCOMPARE(files(out), (QStringList{QStringLiteral("notes.txt"), QStringLiteral("report.pdf"),
                                          QStringLiteral("timeline.png")}));
    }

    void usageErrors()
    {
        QCOMPARE(report({m_nexbro}).exitCode, 2); // no -o
        QCOMPARE(report({QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x"))}).exitCode, 2); // no input
    }
};

QTEST_GUILESS_MAIN(TestReportCommand) // QImage decodes PNGs without a QGuiApplication
#include "tst_reportcommand.moc"
