// SPDX-License-Identifier: GPL-3.0-or-later
// The app on a team archive, against a real PostgreSQL server the test starts on loopback
// (PgTestServer), offscreen: Preferences > Archive tests the connection and keeps the password
// in the keychain only; the app loads the chosen days and accounts, not the whole archive; two
// app windows in one process see each other's notes and tags live and a concurrent edit keeps
// its history; a server lost in the middle of an import keeps the calls in memory, says which
// server and why, and Retry completes the archive exactly.

#include "../storage/generatedcalls.h"
#include "../storage/pgtestserver.h"
#include "fakecredentialstore.h"
#include "formchild.h"

#include <core/calljson.h>
#include <core/recordparser.h>
#include <models/callstore.h>
#include <models/calltablemodel.h>
#include <session/appsettings.h>
#include <session/calllibrary.h>
#include <session/callsession.h>
#include <sim/trafficgenerator.h>
#include <storage/pgarchive.h>
#include <ui/archivesettingspage.h>
#include <ui/callspage.h>
#include <ui/mainwindow.h>
#include <ui/preferencesdialog.h>

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <libpq-fe.h>

#include <algorithm>

using namespace cdr;

namespace {

QList<Call> parsedCalls(int n, int offset, const QString &account)
{
    return generatedCalls(n, offset, account, 23);
}

QString importCalls(const QString &uri, const QList<Call> &calls)
{
    PgArchive archive;
    QString why;
    if (!archive.open(uri, &why))
        return why;
    PgArchive::Writer writer(archive, 500);
    for (const Call &c : calls)
        writer.addCall(c);
    writer.finish();
    return writer.error();
}

QString keyOf(const Call &c)
{
    return QString::number(int(c.provider)) + QLatin1Char('|') + c.account + QLatin1Char('|') + c.id;
}

} // namespace

class TestTeamArchiveApp : public QObject
{
    Q_OBJECT

    std::unique_ptr<PgTestServer> m_server;
    QTemporaryDir m_dir;
    int m_case = 0;
    QString m_db;

    QString uri(bool withPassword = true) const
    {
        return withPassword ? m_server->uri(QString::fromLatin1(PgTestServer::kPassword), m_db)
                            : m_server->uriWithoutPassword(m_db);
    }
    QString serverName() const { return PgArchive::displayName(uri()); }

    // Settings of one analyst pointing at the team archive, the password in a fake keychain.
    std::unique_ptr<AppSettings> analyst(const QString &name, FakeCredentialStore &keychain)
    {
        auto settings = std::make_unique<AppSettings>(m_dir.filePath(name + QStringLiteral(".ini")));
        settings->setArchiveLocation(uri(false));
        settings->setAuthorName(name);
        settings->setArchiveLoadDays(3660); // the generated calls are from March 2026
        keychain.secrets.insert(ArchiveSettingsPage::passwordKey(uri(false)), QString::fromLatin1(PgTestServer::kPassword));
        return settings;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("CDR_ARCHIVE");
        m_server = std::make_unique<PgTestServer>();
        if (!m_server->available())
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL server to test against: %1").arg(m_server->whyNot())));
        QString why;
        QVERIFY2(m_server->start(&why), qPrintable(why));
    }
    void init()
    {
        m_db = QStringLiteral("app%1").arg(++m_case);
        PGconn *conn = PQconnectdb(m_server->uri().toUtf8().constData());
        QCOMPARE(PQstatus(conn), CONNECTION_OK);
        PQclear(PQexec(conn, QByteArray("CREATE DATABASE " + m_db.toUtf8()).constData()));
        PQfinish(conn);
    }
    void cleanupTestCase() { m_server.reset(); }

    void archiveTabTestsTheServerAndKeepsThePasswordInTheKeychain()
    {
        const QString ini = m_dir.filePath(QStringLiteral("prefs.ini"));
        AppSettings settings(ini);
        FakeCredentialStore keychain;
        PreferencesDialog dialog(settings);
        dialog.setCredentialStore(&keychain);
        dialog.resize(1024, 700);
        dialog.show();
        dialog.showArchiveTab();
        formChild<QRadioButton>(&dialog, "archiveTeamRadio")->setChecked(true);
        auto *uriEdit = formChild<QLineEdit>(&dialog, "archiveUriEdit");
        auto *password = formChild<QLineEdit>(&dialog, "archivePasswordEdit");
        auto *result = formChild<QLabel>(&dialog, "archiveTestResult");
        auto *page = formChild<ArchiveSettingsPage>(&dialog, "archivePage");
        QSignalSpy tested(page, &ArchiveSettingsPage::testFinished);

        // A wrong password typed into the address: moved out of it, refused, never shown.
        uriEdit->setText(m_server->uri(QStringLiteral("wrong-pw-8812"), m_db));
        Q_EMIT uriEdit->editingFinished();
        QCOMPARE(password->text(), QStringLiteral("wrong-pw-8812"));
        QVERIFY(!uriEdit->text().contains(QStringLiteral("wrong-pw-8812")));
        QTest::mouseClick(formChild<QPushButton>(&dialog, "archiveTestButton"), Qt::LeftButton);
        QVERIFY(tested.wait(30000));
        QCOMPARE(tested.last().at(0).toBool(), false);
        QVERIFY2(result->text().contains(serverName()), qPrintable(result->text()));
        QVERIFY2(result->text().contains(QStringLiteral("password")), qPrintable(result->text()));
        QVERIFY(!result->text().contains(QStringLiteral("wrong-pw-8812")));

        // The right one: connected, and the empty database has no team archive yet.
        password->setText(QString::fromLatin1(PgTestServer::kPassword));
        QTest::mouseClick(formChild<QPushButton>(&dialog, "archiveTestButton"), Qt::LeftButton);
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.last().at(0).toBool(), qPrintable(result->text()));
        QVERIFY2(result->text().contains(serverName()) && result->text().contains(QStringLiteral("created on first use")),
                 qPrintable(result->text()));
        formChild<QLineEdit>(&dialog, "archiveAuthorEdit")->setText(QStringLiteral("Asha"));
        formChild<QSpinBox>(&dialog, "archiveDaysSpin")->setValue(14);
        formChild<QLineEdit>(&dialog, "archiveAccountsEdit")->setText(QStringLiteral("acct-a, acct-b"));
        dialog.grab().save(QDir::current().filePath(QStringLiteral("preferences-archive.png")));
        QTest::mouseClick(formChild<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.archiveChanged());

        QTRY_COMPARE(keychain.secrets.value(ArchiveSettingsPage::passwordKey(uri(false))),
                     QString::fromLatin1(PgTestServer::kPassword));
        settings.raw().sync();
        AppSettings reread(ini);
        QCOMPARE(reread.archiveLocation(), uri(false));
        QCOMPARE(reread.authorName(), QStringLiteral("Asha"));
        QCOMPARE(reread.archiveLoadDays(), 14);
        QCOMPARE(reread.archiveAccounts(), QStringList({ QStringLiteral("acct-a"), QStringLiteral("acct-b") }));
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains(PgTestServer::kPassword));
        QVERIFY(!text.contains("wrong-pw-8812"));
    }

    void loadsTheChosenDaysAndAccountsOnly()
    {
        QList<Call> calls = parsedCalls(300, 0, QStringLiteral("acct-a")) + parsedCalls(300, 300, QStringLiteral("o'brien"))
            + parsedCalls(300, 600, QStringLiteral("acct-c"));
        QCOMPARE(importCalls(uri(), calls), QString());
        // From the middle of the calls' times on (the generator spreads them by index).
        QList<qint64> times;
        for (const Call &c : calls)
            times << c.startTime.toMSecsSinceEpoch();
        std::sort(times.begin(), times.end());
        const qint64 since = times.at(times.size() / 2);
        QSet<QString> expected;
        for (const Call &c : calls) {
            if (c.startTime.isValid() && c.startTime.toMSecsSinceEpoch() >= since && c.account != u"acct-c")
                expected.insert(keyOf(c));
        }
        QVERIFY(expected.size() > 50 && expected.size() < 550);

        CallLibrary library;
        CallArchive::Query range;
        range.sinceMs = since;
        range.accounts = { QStringLiteral("acct-a"), QStringLiteral("o'brien") }; // a quote in the name
        QSignalSpy opened(&library, &CallLibrary::opened);
        QSignalSpy loaded(&library, &CallLibrary::loaded);
        QSignalSpy failed(&library, &CallLibrary::failed);
        library.openTeam(uri(false), QString::fromLatin1(PgTestServer::kPassword), QStringLiteral("Asha"), range);
        QVERIFY(opened.wait(30000));
        QVERIFY(library.isTeam());
        library.load();
        QVERIFY(loaded.wait(30000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const auto store = loaded.first().at(0).value<std::shared_ptr<CallStore>>();
        QCOMPARE(loaded.first().at(1).toLongLong(), qint64(expected.size()));
        QCOMPARE(qint64(store->size()), qint64(expected.size()));
        QCOMPARE(library.count(), qint64(calls.size())); // the archive holds all of them
        QCOMPARE(library.path(), serverName());
    }

    void twoAppsSeeEachOthersNotesLiveWithHistory()
    {
        const QList<Call> calls = parsedCalls(40, 0, QStringLiteral("acct-a"));
        QCOMPARE(importCalls(uri(), calls), QString());
        FakeCredentialStore keychainA, keychainB;
        auto settingsA = analyst(QStringLiteral("Asha"), keychainA);
        auto settingsB = analyst(QStringLiteral("Bruno"), keychainB);
        MainWindow a(*settingsA, &keychainA);
        MainWindow b(*settingsB, &keychainB);
        a.show();
        b.show();
        a.startWith(false, {});
        b.startWith(false, {});
        QTRY_COMPARE_WITH_TIMEOUT(a.model()->rowCount(), int(calls.size()), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(b.model()->rowCount(), int(calls.size()), 30000);
        const QString id = calls.at(7).id;
        QVERIFY(a.goToCall(id));
        QVERIFY(b.goToCall(id));
        // The calls page's note and tags editors, found as a screen reader finds them.
        auto editor = []<typename T>(MainWindow &w, T *, QStringView name) {
            const auto edits = w.callsPage()->findChildren<T *>();
            for (T *e : edits) {
                if (e->accessibleName() == name)
                    return e;
            }
            qFatal("no editor");
        };
        auto noteOf = [&](MainWindow &w) { return editor(w, static_cast<QPlainTextEdit *>(nullptr), u"Note"); };
        auto tagsOf = [&](MainWindow &w) { return editor(w, static_cast<QLineEdit *>(nullptr), u"Tags"); };
        auto bylineOf = [](MainWindow &w) { return formChild<QLabel>(w.callsPage(), "noteByline"); };

        // Asha writes; Bruno's window shows it without doing anything, signed by Asha.
        noteOf(a)->setPlainText(QStringLiteral("escalated to carrier"));
        QTRY_COMPARE_WITH_TIMEOUT(noteOf(b)->toPlainText(), QStringLiteral("escalated to carrier"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(bylineOf(b)->text().contains(QStringLiteral("Asha")), 10000);
        tagsOf(b)->setText(QStringLiteral("known-issue"));
        Q_EMIT tagsOf(b)->textEdited(tagsOf(b)->text());
        QTRY_COMPARE_WITH_TIMEOUT(tagsOf(a)->text(), QStringLiteral("known-issue"), 10000);

        // Both edit at once: whoever saves second replaces a revision it had not seen, hears
        // whose it was, and every text stays in the history.
        QSignalSpy replacedA(&a.session()->library(), &CallLibrary::noteReplaced);
        QSignalSpy replacedB(&b.session()->library(), &CallLibrary::noteReplaced);
        noteOf(a)->setPlainText(QStringLiteral("carrier says fixed"));
        noteOf(b)->setPlainText(QStringLiteral("still failing at 10:00"));
        QTRY_COMPARE_WITH_TIMEOUT(replacedA.size() + replacedB.size(), 1, 10000);
        const QString message = (replacedA.isEmpty() ? replacedB : replacedA).first().first().toString();
        QVERIFY2(message.contains(replacedA.isEmpty() ? QStringLiteral("Asha") : QStringLiteral("Bruno")), qPrintable(message));

        PgArchive check;
        QVERIFY(check.open(uri()));
        const QList<PgArchive::Note> history = check.noteHistory({ calls.at(7).provider, calls.at(7).account, id });
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).text, QStringLiteral("escalated to carrier"));
        QCOMPARE(history.at(0).author, QStringLiteral("Asha"));
        QSet<QString> later{ history.at(1).text, history.at(2).text };
        QCOMPARE(later, QSet<QString>({ QStringLiteral("carrier says fixed"), QStringLiteral("still failing at 10:00") }));
        QCOMPARE(check.tags({ calls.at(7).provider, calls.at(7).account, id }).value(0).author, QStringLiteral("Bruno"));
        // The one who lost the race sees the winner's text once the edit settles.
        QTRY_VERIFY_WITH_TIMEOUT(bylineOf(a)->toolTip().contains(QStringLiteral("escalated to carrier")), 10000);
    }

    void serverLostMidImportKeepsCallsAndRetryCompletesExactly()
    {
        const QList<Call> first = parsedCalls(200, 0, QStringLiteral("acct-a"));
        const QList<Call> second = parsedCalls(300, 200, QStringLiteral("acct-a"));
        FakeCredentialStore keychain;
        auto settings = analyst(QStringLiteral("Asha"), keychain);
        MainWindow w(*settings, &keychain);
        w.show();
        QSignalSpy loaded(w.session(), &CallSession::archiveLoaded);
        w.startWith(false, {});
        QVERIFY(loaded.wait(30000));
        CallLibrary &library = w.session()->library();
        QSignalSpy written(&library, &CallLibrary::written);
        QSignalSpy writeFailed(&library, &CallLibrary::writeFailed);

        // The import's first batch is stored; the server dies before the second.
        w.session()->ingest(first);
        QVERIFY(written.wait(30000));
        QString why;
        QVERIFY2(m_server->stop(QStringLiteral("immediate"), &why), qPrintable(why));
        w.session()->ingest(second);
        QVERIFY(writeFailed.wait(30000));
        const QString message = writeFailed.first().at(0).toString();
        QVERIFY2(message.contains(serverName()), qPrintable(message));
        QVERIFY(!message.contains(QString::fromLatin1(PgTestServer::kPassword)));
        QCOMPARE(library.unwrittenCalls().size(), second.size());
        QCOMPARE(w.model()->rowCount(), int(first.size() + second.size())); // kept in memory, shown
        QVERIFY(library.lookup(second.at(5)).has_value());
        auto *offer = w.findChild<QMessageBox *>(QStringLiteral("retryStoreBox"));
        QVERIFY(offer && offer->isVisible());
        QVERIFY(offer->text().contains(serverName()));

        // Server back: Retry stores exactly what was missing.
        QVERIFY2(m_server->start(&why), qPrintable(why));
        written.clear();
        QTest::mouseClick(offer->button(QMessageBox::Retry), Qt::LeftButton);
        QVERIFY(written.wait(30000));
        QCOMPARE(library.unwrittenCalls().size(), 0);
        PgArchive check;
        QVERIFY(check.open(uri()));
        QCOMPARE(check.count(), qint64(first.size() + second.size()));
        QSet<QString> keys;
        check.forEachCall({}, [&](Call &&c) {
            keys.insert(keyOf(c));
            return true;
        });
        QSet<QString> expected;
        for (const Call &c : first + second)
            expected.insert(keyOf(c));
        QCOMPARE(keys, expected);
        // The UI's connections come back too (made on the worker), and with them live notes.
        QTRY_COMPARE_WITH_TIMEOUT(library.count(), qint64(expected.size()), 20000);
        QSignalSpy changed(&library, &CallLibrary::callChanged);
        QVERIFY(check.addTag({ second.at(3).provider, second.at(3).account, second.at(3).id }, QStringLiteral("after-restart"),
                             QStringLiteral("Bruno")));
        QVERIFY(changed.wait(20000));
        QCOMPARE(changed.first().at(2).toString(), second.at(3).id);

        // The window's normalized export reads every call back from the server, on its own
        // connection on the export thread.
        QSignalSpy done(&w, &MainWindow::exportFinished);
        const QString out = m_dir.filePath(QStringLiteral("team-view.ndjson"));
        w.exportView(out, true, false);
        QVERIFY(done.wait(30000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QSet<QString> exported;
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        for (const QByteArray &line : lines) {
            Call c;
            QVERIFY(CallJson::fromJsonBytes(line, &c, nullptr, nullptr));
            exported.insert(keyOf(c));
        }
        QCOMPARE(exported, expected);
    }
};

QTEST_MAIN(TestTeamArchiveApp)
#include "tst_teamarchiveapp.moc"
