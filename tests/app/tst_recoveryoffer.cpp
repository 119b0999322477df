// SPDX-License-Identifier: GPL-3.0-or-later
// What the window tells and offers when its archive is damaged or the last import was cut short
// (issue 14), as a user sees it (offscreen): a real SQLite archive with bit-flipped pages or a
// truncated file, and a real `cdr-inspector` GUI process killed with SIGKILL in the middle of an
// import. The notice's buttons are clicked; recovery runs the code of `cdr-inspector recover`.

#include "recoverytesting.h"
#include <models/calltablemodel.h>
#include <session/appsettings.h>
#include <session/archiverecoveryjob.h>
#include <session/calllibrary.h>
#include <session/importjournal.h>
#include <sim/trafficgenerator.h>
#include <storage/archiverecovery.h>
#include <storage/callarchive.h>
#include <ui/mainwindow.h>
#include <ui/noticebar.h>
#include <ui/recoveryoffer.h>
#include <ui/statusstrip.h>

#include <core/recordparser.h>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cdr;
using namespace Qt::StringLiterals;

namespace {

bool waitFor(const std::function<bool()> &ready, int ms = 60000)
{
    return QTest::qWaitFor(ready, ms);
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

constexpr int kCalls = 3000;

} // namespace

class TestRecoveryOffer : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    /// A closed archive of kCalls calls, damaged as asked ("flip": three leaf pages of the calls
    /// table bit-flipped; "truncate": cut to 60%).
    QString damagedArchive(const QString &damage)
    {
        const QString path = m_dir.filePath(damage + u".sqlite"_s);
        QList<qint64> leaves;
        {
            CallArchive a;
            QString error;
            if (!a.open(path, &error))
                return {};
            const TrafficGenerator gen(11, QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()),
                                       QDateTime(QDate(2026, 3, 8), QTime(0, 0), QTimeZone::utc()), 1000000);
            QJsonArray records;
            for (int i = 0; i < kCalls; ++i)
                records.append(gen.record(Provider(1 + i % 4), i));
            ParseOptions o;
            o.account = u"acct"_s;
            if (!a.insertCalls(RecordParser::parse(QJsonDocument(records).toJson(), o).calls) || a.count() != kCalls)
                return {};
            QSqlQuery q(a.database());
            if (q.exec(u"SELECT pageno FROM dbstat WHERE name = 'calls' AND pagetype = 'leaf' ORDER BY pageno"_s)) {
                while (q.next())
                    leaves << q.value(0).toLongLong();
            }
            q.finish();
            a.close();
        }
        QFile f(path);
        if (leaves.size() < 10 || !f.open(QIODevice::ReadWrite))
            return {};
        const qint64 page = 4096;
        if (damage == u"truncate") {
            f.resize((f.size() * 6 / 10) / page * page + 1234);
        } else {
            const qint64 n = leaves.size();
            for (qint64 p : {leaves.at(n / 3), leaves.at(n / 3 + 1), leaves.at(n / 2)}) {
                f.seek((p - 1) * page);
                QByteArray bytes = f.read(page);
                for (char &c : bytes)
                    c = char(c ^ 0x5A);
                f.seek((p - 1) * page);
                f.write(bytes);
            }
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
    }

    void damagedArchiveIsReportedAndRecovered_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("bit-flipped pages") << u"flip"_s;
        QTest::newRow("truncated file") << u"truncate"_s;
    }
    void damagedArchiveIsReportedAndRecovered()
    {
        QFETCH(QString, damage);
        const QString path = damagedArchive(damage);
        QVERIFY(!path.isEmpty());
        const QByteArray damagedHash = sha(path);
        AppSettings settings(m_dir.filePath(damage + u".ini"_s));
        MainWindow w(settings);
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        NoticeBar *bar = w.noticeBar();
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());

        qint64 readable = 0;
        if (damage == u"flip") {
            // What could be read is shown, and the notice says that calls may be missing, not a
            // plain count.
            QSignalSpy loaded(&w, &MainWindow::filesLoaded);
            QVERIFY(w.openArchive(path));
            QVERIFY(loaded.wait(60000));
            QVERIFY(waitFor([&w] { return !w.model()->isBusy(); }));
            readable = w.model()->rowCount();
            QVERIFY2(readable > kCalls / 2 && readable < kCalls, qPrintable(QString::number(readable)));
            QVERIFY(waitFor([bar] { return bar->isVisible(); }));
            QVERIFY2(bar->text().contains(u"is damaged"_s) && bar->text().contains(QString::number(readable))
                         && bar->text().contains(u"may be missing"_s),
                     qPrintable(bar->text()));
            QVERIFY2(w.statusStrip()->message().contains(u"damaged"_s), qPrintable(w.statusStrip()->message()));
        } else {
            // A file cut short cannot even be opened: the notice says so and still offers recovery.
            QString error;
            QVERIFY(!w.openArchive(path, &error));
            QVERIFY(bar->isVisible());
            QVERIFY2(bar->text().contains(u"cannot be opened"_s) && bar->text().contains(u"damaged"_s),
                     qPrintable(bar->text()));
        }
        const QString target = ArchiveRecovery::suggestedPath(path);
        QCOMPARE(QFileInfo(target).fileName(), QFileInfo(path).completeBaseName() + u"-recovered.sqlite"_s);
        QVERIFY(!QFile::exists(target));
        if (qEnvironmentVariableIsSet("CDR_SHOT_DIR"))
            w.grab().save(QDir(qEnvironmentVariable("CDR_SHOT_DIR")).filePath(u"damaged-%1.png"_s.arg(damage)));

        QPushButton *recover = noticeButton(bar, u"Recover into"_s);
        QVERIFY2(recover, qPrintable(bar->text()));
        QVERIFY(recover->text().contains(QFileInfo(target).fileName()));
        QSignalSpy progress(w.recoveryOffer()->job(), &ArchiveRecoveryJob::progress);
        QSignalSpy finished(w.recoveryOffer()->job(), &ArchiveRecoveryJob::finished);
        QTest::mouseClick(recover, Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QVERIFY(!progress.isEmpty());
        const auto result = finished.first().at(0).value<ArchiveRecovery::Result>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(progress.last().at(0).toLongLong(), result.calls);
        if (damage == u"flip")
            QCOMPARE(result.calls, readable); // the same rows the load could read
        else
            QVERIFY2(result.calls > kCalls / 3 && result.calls < kCalls, qPrintable(QString::number(result.calls)));
        QCOMPARE(sha(path), damagedHash); // the damaged file is not changed
        {
            CallArchive b;
            QString error;
            QVERIFY2(b.open(target, &error), qPrintable(error));
            QCOMPARE(b.count(), result.calls);
            QString details;
            QVERIFY2(b.verify(&details), qPrintable(details));
        }
        QVERIFY(waitFor([bar] { return bar->text().startsWith(u"Recovered "_s); }));
        QVERIFY2(bar->text().contains(QString::number(result.calls)) && bar->text().contains(u"was not changed"_s),
                 qPrintable(bar->text()));

        // Open the recovered archive from the notice: every recovered call, no damage left.
        QPushButton *open = noticeButton(bar, u"Open the recovered archive"_s);
        QVERIFY(open);
        QSignalSpy loaded(&w, &MainWindow::filesLoaded);
        QTest::mouseClick(open, Qt::LeftButton);
        QVERIFY(loaded.wait(60000));
        QVERIFY(waitFor([&w] { return !w.model()->isBusy(); }));
        QCOMPARE(w.library()->path(), target);
        QCOMPARE(qint64(w.model()->rowCount()), result.calls);
        QTest::qWait(200);
        QVERIFY2(!bar->isVisible(), qPrintable(bar->text()));
    }

#ifdef CDR_INSPECTOR_BIN
    void interruptedImportIsToldAndRunAgain()
    {
        // A file big enough that the import is still running when the first batch is archived.
        const QString file = m_dir.filePath(u"big.ndjson"_s);
        int n = 0;
        {
            const QDateTime end(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
            const TrafficGenerator gen(5, end.addDays(-30), end, 200000);
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (; n < 40000; ++n)
                f.write(QJsonDocument(gen.record(Provider::CarrierX, n)).toJson(QJsonDocument::Compact) + '\n');
        }
        const QString home = m_dir.filePath(u"home"_s);
        const QString archive = m_dir.filePath(u"killed.sqlite"_s);
        QProcess app;
        QVERIFY(startAppIn(app, home, archive, {file}));

        // Killed once the import is under way and has archived its first calls.
        auto archived = [&archive] {
            CallArchive a;
            return QFile::exists(archive) && a.open(archive) ? a.count() : qint64(0);
        };
        auto settingsFile = [&home]() -> QString {
            QDirIterator it(home + u"/config"_s, {u"*.conf"_s}, QDir::Files, QDirIterator::Subdirectories);
            return it.hasNext() ? it.next() : QString();
        };
        QVERIFY(waitFor([&] { return archived() > 0 || app.state() == QProcess::NotRunning; }, 300000));
        QVERIFY2(app.state() == QProcess::Running, "the app ended before it was killed");
        app.kill(); // SIGKILL
        QVERIFY(app.waitForFinished());
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
        const qint64 before = archived();
        QVERIFY2(before > 0 && before < n, qPrintable(QString::number(before)));
        const QString ini = settingsFile();
        QVERIFY2(!ini.isEmpty(), "the app wrote no settings file");

        // The next start on that archive says what happened and offers to run the import again.
        AppSettings settings(ini);
        QVERIFY(ImportJournal(settings.raw()).interrupted(archive).has_value());
        MainWindow w(settings);
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy loaded(&w, &MainWindow::filesLoaded);
        QVERIFY(w.openArchive(archive));
        QVERIFY(loaded.wait(60000));
        QVERIFY(waitFor([&w] { return !w.model()->isBusy(); }));
        QCOMPARE(qint64(w.model()->rowCount()), before);
        NoticeBar *bar = w.noticeBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(u"interrupted"_s) && bar->text().contains(u"big.ndjson"_s)
                     && bar->text().contains(u"missing"_s),
                 qPrintable(bar->text()));
        QVERIFY(noticeButton(bar, u"Dismiss"_s));
        if (qEnvironmentVariableIsSet("CDR_SHOT_DIR"))
            w.grab().save(QDir(qEnvironmentVariable("CDR_SHOT_DIR")).filePath(u"interrupted-import.png"_s));

        QPushButton *again = noticeButton(bar, u"Import again"_s);
        QVERIFY(again);
        loaded.clear();
        QTest::mouseClick(again, Qt::LeftButton);
        QVERIFY(loaded.wait(300000));
        QVERIFY(waitFor([&w] { return w.library()->pendingWrites() == 0 && !w.model()->isBusy(); }, 300000));
        // Every call of the file, once: nothing missing, nothing doubled.
        QCOMPARE(w.model()->rowCount(), n);
        QCOMPARE(w.library()->count(), qint64(n));
        QVERIFY(!ImportJournal(settings.raw()).interrupted(archive).has_value());

        // Told once: the next start has nothing to say.
        MainWindow w2(settings);
        QVERIFY(w2.openArchive(archive));
        QTest::qWait(100);
        QVERIFY(!w2.noticeBar()->isVisibleTo(&w2));
    }
#endif
};

QTEST_MAIN(TestRecoveryOffer)
#include "tst_recoveryoffer.moc"
