// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as an analyst uses it, offscreen: the demo archive, selecting a call,
// filtering, exporting, keyboard navigation, the overview, comparing calls.

#include "fakecredentialstore.h"

#include <charts/callflowtimeline.h>
#include <fakeprovider/fakeproviderserver.h>
#include <sim/trafficgenerator.h>
#include <session/fetchcontroller.h>
#include <session/fileimportjob.h>

#include <QFileInfo>
#include <QJsonDocument>
#include <charts/overviewcharts.h>
#include <core/hangupclassifier.h>
#include <models/callstore.h>
#include <models/calltablemodel.h>
#include <session/appsettings.h>
#include <ui/calldetailpane.h>
#include <session/calllibrary.h>
#include <ui/calltableview.h>
#include <ui/comparedialog.h>
#include <ui/importproblemsdialog.h>
#include <ui/mainwindow.h>
#include <ui/overviewpage.h>
#include <ui/statusstrip.h>

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cdr;

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;

    static bool waitFor(const std::function<bool()> &ready, int ms = 20000)
    {
        return QTest::qWaitFor(ready, ms);
    }
    static int rowWhere(CallTableModel *m, const std::function<bool(int)> &pred)
    {
        for (int r = 0; r < m->rowCount(); ++r) {
            if (pred(r))
                return r;
        }
        return -1;
    }
    /// Opens the demo and waits until its 3,600 rows are in the view (sorted/filtered off-thread).
    static bool openDemo(MainWindow &w)
    {
        QSignalSpy loaded(&w, &MainWindow::filesLoaded);
        w.openDemo();
        return loaded.wait(30000) && waitFor([&w] { return w.model()->rowCount() == 3600 && !w.model()->isBusy(); });
    }
    void shot(QWidget *w, const char *name)
    {
        // Kept next to the test binary so a person can open and look at them.
        w->grab().save(QDir::current().filePath(QLatin1String(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    void demoShowsCallsAndThePaneShowsLanes()
    {
        MainWindow w(*m_settings);
        w.resize(1480, 900);
        w.show();
        QVERIFY(openDemo(w));
        CallTableModel *m = w.model();
        QCOMPARE(m->rowCount(), 3600);
        QVERIFY(waitFor([&] { return w.library()->pendingWrites() == 0; }));
        QCOMPARE(w.library()->count(), 3600);

        const int row = rowWhere(m, [m](int r) {
            return m->index(r, 0).data(CallTableModel::ProviderRole).toInt() == int(Provider::NexBro)
                && m->index(r, CallTableModel::LegsColumn).data(CallTableModel::SortRole).toDouble() >= 2;
        });
        QVERIFY(row >= 0);
        w.table()->selectRow(row);
        QVERIFY(w.detailPane()->hasCall());
        const Call call = w.detailPane()->call();
        QCOMPARE(call.provider, Provider::NexBro);
        QVERIFY(call.legs.size() >= 2);
        QCOMPARE(w.detailPane()->timeline()->laneCount(), int(call.legs.size()));
        QCOMPARE(w.detailPane()->timeline()->bandCount(), int(call.errorLog.size()));
        QVERIFY(!call.raw.isEmpty()); // the full record, not just the table's columns
        shot(&w, "mainwindow-demo.png");
    }

    void reopenedArchiveServesFullCalls()
    {
        MainWindow w(*m_settings);
        QVERIFY(openDemo(w)); // built by the previous test: now read back from SQLite
        QCOMPARE(w.model()->rowCount(), 3600);
        CallTableModel *m = w.model();
        // A multi-leg call with a MOS (NexBro takes it from audio_stats): the view is really
        // sorted now, so the first multi-leg row is not always one with audio counters.
        const int row = rowWhere(m, [m](int r) {
            return m->index(r, CallTableModel::LegsColumn).data(CallTableModel::SortRole).toDouble() >= 2
                && !std::isnan(m->index(r, CallTableModel::MosColumn).data(CallTableModel::SortRole).toDouble());
        });
        QVERIFY(row >= 0);
        const Call c = m->index(row, 0).data(CallTableModel::CallRole).value<Call>();
        QVERIFY(c.legs.size() >= 2);
        QVERIFY(c.audio.has_value());
    }

    // Files given as arguments go into the archive like everything else: after a quit and a
    // restart they are in the table, and the pane shows the very same times.
    void fileArgumentsAreKeptAcrossARestart()
    {
        const QString archive = m_dir.filePath(QStringLiteral("args-archive.sqlite"));
        qputenv("CDR_ARCHIVE", archive.toUtf8());
        const QString nexbro = m_dir.filePath(QStringLiteral("nexbro-arg.json"));
        const QString plivo = m_dir.filePath(QStringLiteral("plivo-list-arg.json"));
        QFile::copy(QStringLiteral(CDR_SHARED_DIR "/fixtures/public/plivo_call_list_python_fixture.json"), plivo);
        {
            // The NexBro seed page's example body, zone-less times and all.
            QFile seed(QStringLiteral(CDR_SHARED_DIR "/seeds/000_45cd56abe0de55d1.txt"));
            QVERIFY(seed.open(QIODevice::ReadOnly));
            const QByteArray text = seed.readAll();
            const qsizetype from = text.indexOf("{\n");
            QVERIFY(from >= 0);
            QFile out(nexbro);
            QVERIFY(out.open(QIODevice::WriteOnly));
            // First balanced object of the page.
            int depth = 0;
            qsizetype i = from;
            for (; i < text.size(); ++i) {
                if (text[i] == '{')
                    ++depth;
                else if (text[i] == '}' && --depth == 0)
                    break;
            }
            out.write(text.mid(from, i - from + 1));
        }
        qint64 rows = 0;
        {
            MainWindow w(*m_settings);
            QSignalSpy loaded(&w, &MainWindow::filesLoaded);
            w.startWith(false, { nexbro, plivo });
            QVERIFY(loaded.wait(30000));
            QVERIFY(waitFor([&] { return w.model()->rowCount() > 1 && w.library()->pendingWrites() == 0; }));
            rows = w.model()->rowCount();
            QCOMPARE(w.library()->count(), rows);
            QCOMPARE(w.library()->path(), archive);
        } // quit
        MainWindow again(*m_settings);
        QSignalSpy loaded(&again, &MainWindow::filesLoaded);
        again.startWith(false, {});
        QVERIFY(loaded.wait(30000));
        QVERIFY(waitFor([&] { return again.model()->rowCount() == rows && !again.model()->isBusy(); }));
        CallTableModel *m = again.model();
        const int row = rowWhere(m, [m](int r) {
            return m->index(r, 0).data(CallTableModel::ProviderRole).toInt() == int(Provider::NexBro);
        });
        QVERIFY(row >= 0);
        again.table()->selectRow(row);
        QVERIFY(again.detailPane()->hasCall());
        const Call shown = again.detailPane()->call();
        const qint64 tableStart = qint64(m->index(row, CallTableModel::StartColumn).data(CallTableModel::SortRole).toDouble());
        QCOMPARE(shown.startTime.toMSecsSinceEpoch(), tableStart);
        QCOMPARE(shown.legs.size(), 2); // the whole normalized call came back, not just the columns
        QCOMPARE(shown.errorLog.size(), 8);
        qunsetenv("CDR_ARCHIVE");
    }

    void quickFilterMatchesBruteForce()
    {
        MainWindow w(*m_settings);
        QVERIFY(openDemo(w));
        CallTableModel *m = w.model();
        const QString needle = QStringLiteral("USER_BUSY");
        QSignalSpy applied(m, &CallTableModel::viewApplied);
        QTest::keyClicks(w.filterEdit(), needle);
        QVERIFY(applied.wait(10000));
        QVERIFY(waitFor([m] { return !m->isBusy(); }));
        int expected = 0;
        const auto store = m->store();
        for (quint32 r = 0; r < store->size(); ++r) {
            const Call c = store->call(r);
            const QString hay = c.from + QLatin1Char(' ') + c.to + QLatin1Char(' ') + c.id + QLatin1Char(' ')
                + c.hangupCause + QLatin1Char(' ') + c.hangupCode;
            if (hay.contains(needle, Qt::CaseInsensitive))
                ++expected;
        }
        QVERIFY(expected > 0);
        QCOMPARE(m->rowCount(), expected);
        QVERIFY2(w.statusText().contains(QStringLiteral("%1 of 3600").arg(expected)), qPrintable(w.statusText()));
        w.filterEdit()->clear();
        QVERIFY(waitFor([m] { return m->rowCount() == 3600 && !m->isBusy(); }));
    }

    void exportThroughTheGuiPath()
    {
        MainWindow w(*m_settings);
        QVERIFY(openDemo(w));
        QSignalSpy done(&w, &MainWindow::exportFinished);
        const QString path = m_dir.filePath(QStringLiteral("view.csv"));
        w.exportView(path, false, true);
        QVERIFY(done.wait(20000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), w.model()->rowCount() + 1);
        // Redacted: no full phone number of the first call survives.
        const QString from = w.model()->index(0, CallTableModel::FromColumn).data().toString();
        QVERIFY(from.size() > 6);
        QVERIFY(!QString::fromUtf8(lines.at(1)).contains(from));

        // With a filter: "the view" is the filtered rows, "everything" is every call.
        QSignalSpy applied(w.model(), &CallTableModel::viewApplied);
        QTest::keyClicks(w.filterEdit(), QStringLiteral("USER_BUSY"));
        QVERIFY(applied.wait(10000));
        QVERIFY(waitFor([&w] { return !w.model()->isBusy(); }));
        const int shown = w.model()->rowCount();
        QVERIFY(shown > 0 && shown < 3600);
        done.clear();
        w.exportView(m_dir.filePath(QStringLiteral("filtered.ndjson")), false, false);
        QVERIFY(done.wait(20000));
        w.exportView(m_dir.filePath(QStringLiteral("all.csv")), true, false);
        QVERIFY(done.wait(20000) || done.size() == 2);
        QTRY_COMPARE(done.size(), 2);
        auto countLines = [this](const char *name) {
            QFile g(m_dir.filePath(QLatin1String(name)));
            return g.open(QIODevice::ReadOnly) ? int(g.readAll().trimmed().split('\n').size()) : -1;
        };
        QCOMPARE(countLines("filtered.ndjson"), shown);
        QCOMPARE(countLines("all.csv"), 3601);
    }

    void keyboardNavigation()
    {
        MainWindow w(*m_settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(openDemo(w));
        CallTableModel *m = w.model();
        const QString id = m->index(100, 0).data(CallTableModel::IdRole).toString();
        QVERIFY(w.goToCall(id));
        QCOMPARE(w.table()->currentIndex().row(), 100);
        QCOMPARE(w.detailPane()->call().id, id);
        QVERIFY(!w.goToCall(QStringLiteral("no-such-call")));

        QVERIFY(w.nextBadCall(true));
        const int bad = w.table()->currentIndex().row();
        QVERIFY(bad > 100);
        bool isBad = false;
        for (int c : {int(CallTableModel::MosColumn), int(CallTableModel::JitterColumn), int(CallTableModel::LossColumn)})
            isBad |= m->index(bad, c).data(CallTableModel::GradeRole).toInt() == int(QualityGrade::Bad);
        QVERIFY(isBad);

        // Alt+Left goes back to the call selected before.
        QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w.detailPane()->call().id, id);
        QTest::keyClick(&w, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(w.table()->currentIndex().row(), bad);

        w.table()->selectionModel()->clearSelection();
        w.table()->selectionModel()->select(m->index(3, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        w.table()->selectionModel()->select(m->index(5, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QStringList lines = w.table()->selectedRowsText(u'\t').trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(1).contains(m->index(3, CallTableModel::FromColumn).data().toString()));
    }

    void overviewFollowsTheViewAndFilters()
    {
        MainWindow w(*m_settings);
        QVERIFY(openDemo(w));
        QSignalSpy refreshed(w.overview(), &OverviewPage::refreshed);
        w.overview()->refresh();
        QVERIFY(refreshed.wait(10000));
        const OverviewStats &s = w.overview()->charts()->stats();
        QCOMPARE(s.calls, qint64(3600));
        QCOMPARE(w.overview()->charts()->seriesCounts(), (QList<int>{1, 1, 1, 1}));
        QCOMPARE(s.buckets.size(), 7); // the demo week, by day
        qint64 inHistogram = 0;
        for (qint64 v : s.mosInbound + s.mosOutbound + s.mosOther)
            inHistogram += v;
        QVERIFY(inHistogram > 1000);
        QVERIFY(!s.classes.isEmpty());
        // Causes are grouped by class; a bar's tooltip names the provider causes behind it.
        const OverviewStats::ClassCount &top = s.classes.first();
        QVERIFY(!top.causes.isEmpty());
        const QString tip = w.overview()->charts()->classToolTip(0);
        QVERIFY2(tip.startsWith(HangupClassifier::displayName(top.hangupClass)), qPrintable(tip));
        QVERIFY2(tip.contains(top.causes.first().cause), qPrintable(tip));
        // A click on a class bar filters the table to that class.
        QSignalSpy filter(w.overview(), &OverviewPage::filterRequested);
        Q_EMIT w.overview()->charts()->hangupClassClicked(top.hangupClass);
        QCOMPARE(filter.size(), 1);
        QSignalSpy applied(w.model(), &CallTableModel::viewApplied);
        QVERIFY(applied.wait(10000));
        QCOMPARE(w.model()->rowCount(), int(top.calls));
        QCOMPARE(w.model()->filter().hangupClasses, QList<HangupClass>{top.hangupClass});
    }

    void fetchFromTheFakeServerThroughTheToolbar()
    {
        const QDateTime end = QDateTime::currentDateTimeUtc();
        TrafficGenerator gen(11, end.addDays(-3), end, 400);
        FakeProviderServer server(gen);
        QVERIFY(server.listenLoopback() > 0);
        FakeProviderServer::Fault fault; // one 503 on the way: retried, nothing lost
        fault.status = 503;
        fault.skip = 1;
        server.addFault(fault);

        AppSettings settings(m_dir.filePath(QStringLiteral("fetch.ini")));
        AccountProfile p;
        p.id = AccountProfile::createId();
        p.name = QStringLiteral("Fake Vobiz");
        p.provider = Provider::Vobiz;
        p.accountId = server.credentials().vobizAuthId;
        p.baseUrl = server.baseUrl();
        p.save(settings.raw());
        settings.setLastAccountId(p.id);
        FakeCredentialStore store;
        store.secrets.insert(p.secretKey(), server.credentials().vobizToken);

        MainWindow w(settings, &store);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openArchive(m_dir.filePath(QStringLiteral("fetch.sqlite"))));
        QSignalSpy state(w.fetchController(), &FetchController::stateChanged);
        QSignalSpy progress(w.fetchController(), &FetchController::progressChanged);
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(waitFor([&w] { return w.fetchController()->state() == FetchController::State::Finished
                                      || w.fetchController()->state() == FetchController::State::Failed; }, 60000));
        QCOMPARE(w.fetchController()->state(), FetchController::State::Finished);
        QVERIFY(progress.size() >= 2);
        QVERIFY(progress.last().at(0).toString().contains(QLatin1String("call")));
        // Every generated call in the toolbar's range arrived once, and went to the archive. The
        // view shows them and the status bar gives the count once its off-thread sort/filter has
        // landed; before, rows may still be on their way and the status bar says
        // "sorting/filtering..." (a sanitized or busy run is slow enough to see both).
        QVERIFY(waitFor([&w] { return !w.model()->isBusy(); }));
        QCOMPARE(w.model()->rowCount(), 400);
        QVERIFY(waitFor([&w] { return w.library()->pendingWrites() == 0; }));
        QCOMPARE(w.library()->count(), qint64(400));
        QVERIFY2(w.statusText().contains(QLatin1String("400")), qPrintable(w.statusText()));
        // The secret never reached the settings file.
        settings.raw().sync();
        QFile ini(settings.raw().fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(server.credentials().vobizToken.toUtf8()));

        // Shift+F5 fetches from the newest archived call on: only what is new (nothing here).
        server.clearRequestLog();
        QTest::keyClick(&w, Qt::Key_F5, Qt::ShiftModifier);
        QVERIFY(waitFor([&w] { return w.fetchController()->state() == FetchController::State::Finished; }, 60000));
        QVERIFY(waitFor([&w] { return !w.model()->isBusy(); }));
        QCOMPARE(w.model()->rowCount(), 400);
        const auto latest = w.library()->latestStartMs(Provider::Vobiz, p.accountId);
        QVERIFY(latest.has_value());
        const QString since = QDateTime::fromMSecsSinceEpoch(*latest, QTimeZone::utc()).date().toString(Qt::ISODate);
        QVERIFY(!server.requestLog().isEmpty());
        QCOMPARE(server.requestLog().first().query.queryItemValue(QStringLiteral("start_date")), since);

        // A wrong secret: the fetch fails with a message naming the provider, no modal box.
        store.secrets.insert(p.secretKey(), QStringLiteral("nope"));
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(waitFor([&w] { return w.fetchController()->state() == FetchController::State::Failed; }, 30000));
        QVERIFY(QApplication::activeModalWidget() == nullptr);
    }

    void interruptedFetchResumesAfterARestart()
    {
        const QDateTime end = QDateTime::currentDateTimeUtc();
        TrafficGenerator gen(13, end.addDays(-3), end, 2500); // 3 CarrierX pages of 1000
        FakeProviderServer server(gen);
        QVERIFY(server.listenLoopback() > 0);
        AppSettings settings(m_dir.filePath(QStringLiteral("resume.ini")));
        AccountProfile p;
        p.id = AccountProfile::createId();
        p.name = QStringLiteral("Fake CarrierX");
        p.provider = Provider::CarrierX;
        p.baseUrl = server.baseUrl();
        p.save(settings.raw());
        settings.setLastAccountId(p.id);
        FakeCredentialStore store;
        store.secrets.insert(p.secretKey(), server.credentials().carrierxToken);
        const QString archive = m_dir.filePath(QStringLiteral("resume.sqlite"));
        int firstRun = 0;
        {
            MainWindow w(settings, &store);
            QVERIFY(w.openArchive(archive));
            // Small pages, slowed down, so the walk is cut short on its way.
            FakeProviderServer::Fault slow;
            slow.kind = FakeProviderServer::Fault::Kind::Slow;
            slow.delayMs = 300;
            slow.count = -1;
            server.addFault(slow);
            w.fetchController()->start(p, [&] {
                FetchQuery q;
                q.since = end.addDays(-4);
                q.until = end;
                return q;
            }());
            QVERIFY(waitFor([&w] { return w.model()->rowCount() > 0; }, 30000));
            w.close(); // quitting mid-walk keeps its position
            QVERIFY(waitFor([&w] { return w.library()->pendingWrites() == 0; }));
            firstRun = w.model()->rowCount();
            QVERIFY2(firstRun > 0 && firstRun < 2500, qPrintable(QString::number(firstRun)));
            server.clearFaults();
        }
        MainWindow w(settings, &store);
        QVERIFY(w.openArchive(archive));
        QVERIFY(w.fetchController()->canResume());
        auto *resume = w.findChild<QAction *>(QStringLiteral("resumeAction"));
        QVERIFY(resume && resume->isEnabled());
        QVERIFY(resume->toolTip().contains(QLatin1String("Fake CarrierX")));
        QVERIFY(waitFor([&w, firstRun] { return w.model()->rowCount() == firstRun && !w.model()->isBusy(); }));
        resume->trigger();
        QVERIFY(waitFor([&w] { return w.fetchController()->state() == FetchController::State::Finished; }, 60000));
        // Nothing lost, nothing twice: every generated call exactly once.
        QCOMPARE(w.model()->rowCount(), 2500);
        QVERIFY(!w.fetchController()->canResume());
    }

    void openLargeFileWithProgressAndCancel()
    {
        // A file above the streaming threshold: split by simdjson, normalized record by record.
        const QDateTime end(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
        const int n = 16000;
        TrafficGenerator gen(5, end.addDays(-5), end, n);
        const QString path = m_dir.filePath(QStringLiteral("big.ndjson"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < n; ++i)
                f.write(QJsonDocument(gen.record(Provider::CarrierX, i)).toJson(QJsonDocument::Compact) + '\n');
        }
        QVERIFY(QFileInfo(path).size() > 16 * 1024 * 1024); // big enough to stream in many pieces

        AppSettings settings(m_dir.filePath(QStringLiteral("big.ini")));
        MainWindow w(settings);
        QVERIFY(w.openArchive(m_dir.filePath(QStringLiteral("big.sqlite"))));
        QSignalSpy loaded(&w, &MainWindow::filesLoaded);
        w.openFiles({path});
        QVERIFY(loaded.wait(120000));
        QCOMPARE(loaded.first().at(0).toInt(), n);
        QCOMPARE(w.model()->rowCount(), n);
        QVERIFY(waitFor([&w] { return w.library()->pendingWrites() == 0; }, 60000));
        QCOMPARE(w.library()->count(), qint64(n));
        // The full record came through: the selected call has its raw CarrierX fields.
        const Call c = w.model()->index(0, 0).data(CallTableModel::CallRole).value<Call>();
        QVERIFY(c.rawObject().contains(QLatin1String("dr_sid")));

        // Cancel right away: the import stops, keeps what it read, says so.
        MainWindow w2(settings);
        QVERIFY(w2.openArchive(m_dir.filePath(QStringLiteral("big2.sqlite"))));
        QSignalSpy loaded2(&w2, &MainWindow::filesLoaded);
        w2.openFiles({path});
        QTest::keyClick(&w2, Qt::Key_Escape);
        w2.findChild<FileImportJob *>()->cancel(); // in case the key went to no focus widget
        QVERIFY(loaded2.wait(120000));
        QVERIFY(w2.model()->rowCount() < n);
        QVERIFY(waitFor([&w2] { return !w2.model()->isBusy(); }));
        QVERIFY2(w2.statusText().contains(QString::number(w2.model()->rowCount())), qPrintable(w2.statusText()));

        // A truncated large file: the calls before the cut are kept, the error names the file.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.resize(f.size() - 300);
        f.close();
        MainWindow w3(settings);
        QVERIFY(w3.openArchive(m_dir.filePath(QStringLiteral("big3.sqlite"))));
        QSignalSpy loaded3(&w3, &MainWindow::filesLoaded);
        w3.openFiles({path});
        QVERIFY(loaded3.wait(120000));
        QVERIFY(w3.model()->rowCount() >= n - 1);
        const QString message = w3.statusStrip()->message();
        QVERIFY2(message.startsWith(QLatin1String("Error:")) && message.contains(QLatin1String("big.ndjson")), qPrintable(message));
        // The list of problems says how many of its calls were read, and kept, before the cut.
        QVERIFY(w3.importProblems() && w3.importProblems()->isVisible());
        QVERIFY2(w3.importProblems()->rowTexts().value(0).startsWith(QLatin1String("big.ndjson\t"))
                     && w3.importProblems()->rowTexts().value(0).endsWith(QLatin1String(" kept")),
                 qPrintable(w3.importProblems()->rowTexts().join(u'\n')));
    }

    void compareTwoCallsOnASharedAxis()
    {
        MainWindow w(*m_settings);
        w.show();
        QVERIFY(openDemo(w));
        CallTableModel *m = w.model();
        w.table()->clearSelection(); // the first call is selected on open
        w.table()->selectionModel()->select(m->index(10, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        w.table()->selectionModel()->select(m->index(20, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        w.compareSelected();
        auto *dialog = w.findChild<CompareDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->timelines().size(), 2);
        QCOMPARE(dialog->timelines().at(0)->data().spanS, dialog->timelines().at(1)->data().spanS);
        shot(dialog, "compare-dialog.png");
        dialog->close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
