// SPDX-License-Identifier: GPL-3.0-or-later
// Kill -9 while the app upgrades its archive's schema, seen from the app (issue 14, "archive
// safety ... during a migration"): a real `cdr-inspector` GUI process (offscreen) opens a
// schema-2 archive of 60,000 calls and is killed with SIGKILL in the middle of migrating it. The
// archive is left at its old version with every call; the next window on it finishes the
// migration, shows every call, and its notice says the upgrade was cut short, that no archived
// call was lost, where the copy from before it is, and offers recovery into a new archive (which
// is run). Told once: the window after that has nothing to say.

#include "recoverytesting.h"
#include "schema2archive.h"

#include <models/calltablemodel.h>
#include <session/appsettings.h>
#include <session/archiverecoveryjob.h>
#include <session/calllibrary.h>
#include <storage/archivemigrations.h>
#include <storage/callarchive.h>
#include <ui/mainwindow.h>
#include <ui/noticebar.h>
#include <ui/recoveryoffer.h>

#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cdr;
using namespace Qt::StringLiterals;

namespace {

bool waitFor(const std::function<bool()> &ready, int ms = 120000)
{
    return QTest::qWaitFor(ready, ms);
}

// The schema version and call count of an archive, read without migrating it.
std::pair<int, qint64> peek(const QString &path)
{
    std::pair<int, qint64> out{-1, -1};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA user_version"_s) && q.next())
                out.first = q.value(0).toInt();
            if (q.exec(u"SELECT COUNT(*) FROM calls"_s) && q.next())
                out.second = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return out;
}

constexpr int kCalls = 60000;

} // namespace

class TestMigrationInterrupted : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
    }

    void killDuringMigrationIsToldAndOffersRecovery()
    {
        const QString archive = m_dir.filePath(u"v2.sqlite"_s);
        const QString written = testutil::writeSchema2Archive(archive, kCalls);
        QVERIFY2(written.isEmpty(), qPrintable(written));

        const QString home = m_dir.filePath(u"home"_s);
        QProcess app;
        QVERIFY(startAppIn(app, home, archive, {}));
        // The backup copy is written first; the migration's steps run after it. Killed once the
        // copy exists, while the 60,000 raw records are being normalized.
        const QString backup = archive + u".schema2-backup"_s;
        QVERIFY(waitFor([&] { return QFile::exists(backup) || app.state() == QProcess::NotRunning; }));
        QThread::msleep(50);
        QVERIFY2(app.state() == QProcess::Running, "the app ended before it was killed");
        app.kill(); // SIGKILL
        QVERIFY(app.waitForFinished());
        QCOMPARE(app.exitStatus(), QProcess::CrashExit);
        const auto [version, rows] = peek(archive);
        if (version == CallArchive::kSchemaVersion)
            QSKIP("the migration finished before the kill; nothing was interrupted");
        QVERIFY2(version >= 2 && version < CallArchive::kSchemaVersion, qPrintable(QString::number(version)));
        QCOMPARE(rows, qint64(kCalls)); // each step whole or not at all: nothing lost

        // The next start on that archive finishes the migration and says what happened.
        AppSettings settings(m_dir.filePath(u"next.ini"_s));
        MainWindow w(settings);
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy loaded(&w, &MainWindow::filesLoaded);
        QVERIFY(w.openArchive(archive));
        QVERIFY(loaded.wait(300000));
        QVERIFY(waitFor([&w] { return !w.model()->isBusy(); }));
        QCOMPARE(w.model()->rowCount(), kCalls);
        QCOMPARE(w.library()->count(), qint64(kCalls));
        QCOMPARE(peek(archive).first, CallArchive::kSchemaVersion);
        QVERIFY(!QFile::exists(ArchiveMigrations::markerPath(archive)));

        NoticeBar *bar = w.noticeBar();
        QVERIFY(bar->isVisible());
        const QString text = bar->text();
        QVERIFY2(text.contains(u"cut short"_s) && text.contains(u"schema 2 to %1"_s.arg(CallArchive::kSchemaVersion))
                     && text.contains(u"no call that was archived before it is lost"_s)
                     && text.contains(QFileInfo(backup).fileName()),
                 qPrintable(text));
        QVERIFY(noticeButton(bar, u"Dismiss"_s));
        if (qEnvironmentVariableIsSet("CDR_SHOT_DIR"))
            w.grab().save(QDir(qEnvironmentVariable("CDR_SHOT_DIR")).filePath(u"interrupted-migration.png"_s));

        // The offered recovery copies every call into a new archive; this one is not changed.
        QPushButton *recover = noticeButton(bar, u"Recover into"_s);
        QVERIFY(recover);
        QSignalSpy recovered(w.recoveryOffer()->job(), &ArchiveRecoveryJob::finished);
        QTest::mouseClick(recover, Qt::LeftButton);
        QVERIFY(recovered.wait(300000));
        const auto result = recovered.first().at(0).value<ArchiveRecovery::Result>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.calls, qint64(kCalls));
        QCOMPARE(peek(recovered.first().at(2).toString()).second, qint64(kCalls));

        // Told once: the next window on the archive has nothing to say.
        MainWindow w2(settings);
        QVERIFY(w2.openArchive(archive));
        QTest::qWait(100);
        QVERIFY(!w2.noticeBar()->isVisibleTo(&w2));
    }
};

QTEST_MAIN(TestMigrationInterrupted)
#include "tst_migrationinterrupted.moc"
