// SPDX-License-Identifier: GPL-3.0-or-later
// The language switched in Preferences while the main window is open, offscreen: menus, column
// headers, the detail pane, chart titles and the fetch bar come out in German at once, with the
// loaded calls, the selection and the filter kept; then back to English.

#include <charts/qualitycharts.h>
#include <models/callfilter.h>
#include <models/calltablemodel.h>
#include <models/scorecardmodel.h>
#include <session/appsettings.h>
#include <session/calllibrary.h>
#include <session/translators.h>
#include <ui/calldetailpane.h>
#include <ui/callnoteswidget.h>
#include <ui/calltableview.h>
#include <ui/filterchipsbar.h>
#include <ui/importproblemsdialog.h>
#include <ui/mainwindow.h>
#include <ui/overviewpage.h>
#include <ui/preferencesdialog.h>
#include <ui/scorecardpage.h>
#include <ui/statusstrip.h>

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QRegularExpression>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <cmath>

using namespace cdr;

class TstLanguageSwitch : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;

    /// Picks the language in Preferences and presses OK, as a person would.
    static void choose(MainWindow &w, AppSettings &settings, const QString &code)
    {
        PreferencesDialog dialog(settings, &w);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        const int index = combo->findData(code);
        QVERIFY2(index >= 0, qPrintable(code));
        combo->setCurrentIndex(index);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settings.language(), code);
        // Qt posts LanguageChange to each window; let it arrive.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    /// The window at 1024x700 on the demo calls, loaded and sorted.
    static bool showDemo(MainWindow &w)
    {
        w.resize(1024, 700);
        w.show();
        QSignalSpy loaded(&w, &MainWindow::filesLoaded);
        w.openDemo();
        return loaded.wait(60000)
            && QTest::qWaitFor([&w] { return w.model()->rowCount() == 3600 && !w.model()->isBusy(); }, 30000);
    }
    static QStringList menuTitles(MainWindow &w)
    {
        QStringList titles;
        for (QAction *a : w.menuBar()->actions())
            titles << a->text();
        return titles;
    }
    static QString overviewTitle(MainWindow &w, int i)
    {
        const auto views = w.overview()->findChildren<QChartView *>();
        return i < views.size() ? views.at(i)->chart()->title() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
        Translators::setDirectory(QStringLiteral(CDR_QM_DIR));
        QVERIFY(Translators::apply(QStringLiteral("en")));
        m_settings->setLanguage(QStringLiteral("en"));
    }

    void cleanup()
    {
        // Each test starts in English, whatever the last one left.
        Translators::apply(QStringLiteral("en"));
        m_settings->setLanguage(QStringLiteral("en"));
    }

    void languagesOfferedInTheirOwnNames()
    {
        QStringList names;
        for (const Translators::Language &l : Translators::languages())
            names << l.nativeName;
        QCOMPARE(names.size(), 5);
        QCOMPARE(Translators::languages().first().code, QString()); // follow the system
        QVERIFY(names.contains(QStringLiteral("English")));
        QVERIFY(names.contains(QStringLiteral("Deutsch")));
        QVERIFY(names.contains(QStringLiteral("Español")));
        QVERIFY(names.contains(QStringLiteral("हिन्दी")));
        QVERIFY(!Translators::apply(QStringLiteral("xx"))); // unknown: the system's language
        QVERIFY(Translators::apply(QStringLiteral("en")));
    }

    void startTimesFitTheirColumn_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {"en", "de", "es", "hi"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }
    void startTimesFitTheirColumn()
    {
        // A first start in each language (no saved header): the start times are not cut. The
        // Hindi time is "11:58:38 pm", and a width measured on an ISO sample cut off the "pm".
        QFETCH(QString, code);
        QVERIFY(Translators::apply(code));
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow w(settings);
        QVERIFY(showDemo(w));
        CallTableView *table = w.table();
        const QFontMetrics fm = table->fontMetrics();
        const int width = table->columnWidth(CallTableModel::StartColumn);
        for (int r = 0; r < 200; ++r) {
            const QString text = table->model()->index(r, CallTableModel::StartColumn).data().toString();
            // The cell's text margins: the style's focus frame on each side, plus one pixel.
            const int margin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
            QVERIFY2(fm.horizontalAdvance(text) + margin <= width,
                     qPrintable(QStringLiteral("row %1: \"%2\" needs %3 px, the column has %4").arg(r).arg(text)
                                    .arg(fm.horizontalAdvance(text) + margin).arg(width)));
        }
    }

    void formatsFollowTheLanguageExportsDoNot()
    {
        MainWindow w(*m_settings);
        QVERIFY(showDemo(w));
        CallTableModel *m = w.model();
        // A call with a fractional cost, found again after each switch (the view may re-sort).
        QString costId;
        for (int r = 0; r < m->rowCount() && costId.isEmpty(); ++r) {
            const double cost = m->index(r, CallTableModel::CostColumn).data(CallTableModel::SortRole).toDouble();
            if (cost > 0 && cost != std::floor(cost))
                costId = m->index(r, 0).data(CallTableModel::IdRole).toString();
        }
        QVERIFY(!costId.isEmpty());
        auto shown = [m, &costId](int column) {
            for (int r = 0; r < m->rowCount(); ++r) {
                if (m->index(r, 0).data(CallTableModel::IdRole).toString() == costId)
                    return m->index(r, column).data().toString();
            }
            return QString();
        };
        // The normalized export reads whole calls from the archive: let the demo's writes land.
        QVERIFY(QTest::qWaitFor([&w] { return w.library()->pendingWrites() == 0; }, 30000));
        // One settled order for both exports (the table's first sort arrives off-thread).
        QSignalSpy applied(m, &CallTableModel::viewApplied);
        m->sort(CallTableModel::IdColumn, Qt::AscendingOrder);
        QVERIFY(applied.wait(30000));
        QVERIFY(QTest::qWaitFor([m] { return !m->isBusy(); }, 30000));
        QTemporaryDir dir;
        auto exportBytes = [&](const QString &name) {
            QSignalSpy done(&w, &MainWindow::exportFinished);
            const QString path = dir.filePath(name);
            w.exportView(path, false, false);
            if (!done.wait(60000) || !done.first().at(0).toBool())
                return QByteArray();
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };

        choose(w, *m_settings, QStringLiteral("en"));
        const QString enStart = shown(CallTableModel::StartColumn);
        const QString enCost = shown(CallTableModel::CostColumn);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{1,2}/\\d{1,2}/\\d{4} ")).match(enStart).hasMatch(), qPrintable(enStart));
        QVERIFY2(enCost.contains(u'.') && !enCost.contains(u','), qPrintable(enCost));
        const QByteArray enCsv = exportBytes(QStringLiteral("en.csv"));
        const QByteArray enNdjson = exportBytes(QStringLiteral("en.ndjson"));
        QVERIFY(!enCsv.isEmpty() && !enNdjson.isEmpty());

        choose(w, *m_settings, QStringLiteral("de"));
        const QString deStart = shown(CallTableModel::StartColumn);
        const QString deCost = shown(CallTableModel::CostColumn);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}:\\d{2}$")).match(deStart).hasMatch(),
                 qPrintable(deStart));
        QVERIFY2(deCost.contains(u',') && !deCost.contains(u'.'), qPrintable(deCost));
        // The normalized exports are the same bytes whatever the language.
        QCOMPARE(exportBytes(QStringLiteral("de.csv")), enCsv);
        QCOMPARE(exportBytes(QStringLiteral("de.ndjson")), enNdjson);
        QVERIFY(enCsv.contains('.'));
    }

    void switchesToGermanAndBackWithoutRestart()
    {
        MainWindow w(*m_settings);
        QVERIFY(showDemo(w));

        // The state a switch must keep: a filter, a selected call with audio charts.
        w.filterEdit()->setText(QStringLiteral("nexbro"));
        QVERIFY(QTest::qWaitFor([&w] { return w.model()->rowCount() < 3600 && !w.model()->isBusy(); }, 30000));
        const int rows = w.model()->rowCount();
        QVERIFY(rows > 0);
        w.table()->selectRow(0);
        QVERIFY(w.detailPane()->hasCall());
        const QString selectedId = w.detailPane()->call().id;
        QualityCharts *charts = w.detailPane()->qualityCharts();
        QVERIFY(charts->chart(QualityChartFactory::Kind::Mos)); // NexBro reports audio_stats

        QCOMPARE(menuTitles(w).first(), QStringLiteral("&File"));
        QCOMPARE(w.model()->headerData(CallTableModel::DirectionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Direction"));
        QVERIFY(charts->chart(QualityChartFactory::Kind::Mos)->title().startsWith(QStringLiteral("MOS, inbound vs outbound<")));
        QCOMPARE(overviewTitle(w, 0), QStringLiteral("MOS distribution by direction (click a bar to filter)"));

        QSignalSpy headers(w.model(), &QAbstractItemModel::headerDataChanged);
        choose(w, *m_settings, QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);

        // Menus (menu bar titles and actions inside), tabs.
        const QStringList menus = menuTitles(w);
        QCOMPARE(menus.first(), QStringLiteral("&Datei"));
        QVERIFY2(menus.contains(QStringLiteral("&Bearbeiten")), qPrintable(menus.join(u'|')));
        const QList<QAction *> fileActions = w.menuBar()->actions().first()->menu()->actions();
        QVERIFY(std::any_of(fileActions.begin(), fileActions.end(),
                            [](QAction *a) { return a->text() == QCoreApplication::translate("cdr::MainWindowActions", "&Quit")
                                                 && a->text() != QStringLiteral("&Quit"); }));
        auto *tabs = w.findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(MainWindow::CallsPageIndex), QStringLiteral("An&rufe"));
        // Column headers: the view was told (it re-measures its sections), and they read German.
        QVERIFY(!headers.isEmpty());
        QCOMPARE(w.model()->headerData(CallTableModel::DirectionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Richtung"));
        QCOMPARE(w.table()->model()->headerData(CallTableModel::DurationColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Dauer (s)"));
        // The detail pane: its form (tab titles) and the texts worded in code (title, charts).
        auto *paneTabs = w.detailPane()->findChild<QTabWidget *>(QStringLiteral("tabs"));
        QVERIFY(paneTabs);
        QCOMPARE(paneTabs->tabText(0), QStringLiteral("Übersicht"));
        auto *title = w.detailPane()->findChild<QLabel *>(QStringLiteral("titleLabel"));
        QVERIFY2(title->text().contains(QStringLiteral("-Anruf ")), qPrintable(title->text()));
        const QString germanMos = QCoreApplication::translate("cdr::QualityChartFactory", "MOS, inbound vs outbound");
        QVERIFY(germanMos != QStringLiteral("MOS, inbound vs outbound"));
        QVERIFY2(charts->chart(QualityChartFactory::Kind::Mos)->title().startsWith(germanMos + u'<'),
                 qPrintable(charts->chart(QualityChartFactory::Kind::Mos)->title()));
        // The overview's chart titles, and the fetch bar's direction choice.
        QCOMPARE(overviewTitle(w, 0), QStringLiteral("MOS-Verteilung nach Richtung (Balken anklicken zum Filtern)"));
        bool germanDirection = false;
        for (QComboBox *c : w.findChildren<QComboBox *>()) {
            if (c->accessibleName() == QStringLiteral("Richtung"))
                germanDirection = c->itemText(1) == QCoreApplication::translate("cdr::FetchBar", "Inbound");
        }
        QVERIFY(germanDirection);
        // The fetch bar's dates as the table writes them ("12.01.2026"), not ISO.
        const QList<QDateEdit *> dates = w.findChildren<QDateEdit *>();
        QVERIFY(!dates.isEmpty());
        for (QDateEdit *d : dates)
            QCOMPARE(d->text(), d->date().toString(QStringLiteral("dd.MM.yyyy")));

        // Nothing the analyst had was lost: the same calls, filter and selection.
        QCOMPARE(w.model()->rowCount(), rows);
        QCOMPARE(w.filterEdit()->text(), QStringLiteral("nexbro"));
        QVERIFY(w.detailPane()->hasCall());
        QCOMPARE(w.detailPane()->call().id, selectedId);
        QCOMPARE(w.table()->currentIndex().data(CallTableModel::IdRole).toString(), selectedId);

        choose(w, *m_settings, QStringLiteral("en"));
        QCOMPARE(menuTitles(w).first(), QStringLiteral("&File"));
        QCOMPARE(tabs->tabText(MainWindow::CallsPageIndex), QStringLiteral("&Calls"));
        QCOMPARE(w.model()->headerData(CallTableModel::DirectionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Direction"));
        QCOMPARE(paneTabs->tabText(0), QStringLiteral("Summary"));
        QVERIFY2(title->text().contains(QStringLiteral(" call ")), qPrintable(title->text()));
        QVERIFY(charts->chart(QualityChartFactory::Kind::Mos)->title().startsWith(QStringLiteral("MOS, inbound vs outbound<")));
        QCOMPARE(overviewTitle(w, 0), QStringLiteral("MOS distribution by direction (click a bar to filter)"));
        QCOMPARE(w.detailPane()->call().id, selectedId);
    }

    void sharedNotesStaySharedAfterTheSwitch()
    {
        // The note's placeholder says whether the note is shared. A language switch used to
        // reword it as a local note even in a team archive.
        CallNotesWidget notes;
        notes.setShared(true);
        auto *note = notes.findChild<QPlainTextEdit *>();
        QVERIFY(note);
        QCOMPARE(note->placeholderText(), QStringLiteral("Note on this call, shared with the team archive"));
        QVERIFY(Translators::apply(QStringLiteral("de")));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        const QString shared = QCoreApplication::translate("cdr::CallNotesWidget",
                                                           "Note on this call, shared with the team archive");
        QVERIFY(shared != QStringLiteral("Note on this call, shared with the team archive"));
        QCOMPARE(note->placeholderText(), shared);
        auto *noteLabel = notes.findChild<QLabel *>(QStringLiteral("noteLabel"));
        QVERIFY(noteLabel);
        QCOMPARE(noteLabel->text(), QStringLiteral("Notiz:"));
        notes.setShared(false);
        QCOMPARE(note->placeholderText(), QCoreApplication::translate("cdr::CallNotesWidget",
                                                                      "Local note on this call (kept on this computer only)"));
    }

    void whatStaysOnScreenIsWordedAgain()
    {
        // Texts worded once and left on screen: the last status message, the filter chips, the
        // import-problems list, the Preferences tabs, the Scorecard's numbers; and counts in the
        // locale's digits ("3,600 calls", "3.600 Anrufe").
        // The demo built now, so the last message is the demo's (worded again), not the archive's.
        const QString demo = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/demo-archive-v1.sqlite");
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(demo + suffix);
        MainWindow w(*m_settings);
        QVERIFY(showDemo(w));
        StatusStrip *status = w.statusStrip();
        QVERIFY2(status->message().startsWith(QStringLiteral("Demo: 3,600 calls")), qPrintable(status->message()));
        QVERIFY2(w.statusText().startsWith(QStringLiteral("3,600 calls")), qPrintable(w.statusText()));
        QVERIFY(Translators::apply(QStringLiteral("de")));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY2(status->message().startsWith(QStringLiteral("Demo: 3.600 Anrufe")), qPrintable(status->message()));
        QVERIFY2(w.statusText().startsWith(QStringLiteral("3.600 Anrufe")), qPrintable(w.statusText()));
        QVERIFY(Translators::apply(QStringLiteral("en")));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY2(status->message().startsWith(QStringLiteral("Demo: 3,600 calls")), qPrintable(status->message()));

        CallFilter bad;
        bad.badQualityOnly = true;
        w.model()->setFilter(bad);
        QVERIFY(QTest::qWaitFor([&w] { return w.model()->rowCount() < 3600 && !w.model()->isBusy(); }, 30000));
        auto *chips = w.findChild<FilterChipsBar *>();
        QVERIFY(chips);
        auto chipLabels = [chips] {
            QStringList labels;
            for (const FilterChipsBar::Chip &c : chips->chips())
                labels << c.label;
            return labels;
        };
        QCOMPARE(chipLabels(), QStringList{QStringLiteral("Bad quality only")});

        // A file that cannot be read opens the problems list.
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"api_id\": \"x\", \"objects\": [{\"call_uuid\": ");
        }
        QSignalSpy loaded(&w, &MainWindow::filesLoaded);
        w.openFiles({broken});
        QVERIFY(loaded.wait(60000));
        ImportProblemsDialog *problems = w.importProblems();
        QVERIFY(problems);
        QCOMPARE(problems->windowTitle(), QStringLiteral("Problems opening files"));
        QVERIFY2(problems->headline().startsWith(QStringLiteral("1 file could not be read completely.")),
                 qPrintable(problems->headline()));
        QCOMPARE(problems->model()->headerData(ImportProblemsDialog::FileColumn, Qt::Horizontal).toString(), QStringLiteral("File"));

        auto *scorecard = w.findChild<ScorecardPage *>();
        QSignalSpy refreshed(scorecard, &ScorecardPage::refreshed);
        w.showPage(MainWindow::ScorecardPageIndex);
        QVERIFY(refreshed.wait(60000));
        // A cell with a fraction, found again after the switch by its group and column.
        QAbstractItemModel *table = scorecard->table()->model();
        int row = -1, column = -1;
        for (int r = 0; r < table->rowCount() && row < 0; ++r) {
            for (int c = 0; c < table->columnCount() && row < 0; ++c) {
                const QVariant v = table->index(r, c).data(ScorecardModel::ValueRole);
                if (v.isValid() && v.toDouble() != std::floor(v.toDouble()) && v.toDouble() < 1000)
                    row = r, column = c;
            }
        }
        QVERIFY(row >= 0);
        const QString enValue = table->index(row, column).data().toString();
        QVERIFY2(enValue.contains(u'.') && !enValue.contains(u','), qPrintable(enValue));

        PreferencesDialog prefs(*m_settings, &w);
        auto *prefTabs = prefs.findChild<QTabWidget *>(QStringLiteral("preferenceTabs"));
        QCOMPARE(prefTabs->tabText(0), QStringLiteral("General"));

        // German while Preferences is open (as its OK applies it).
        QVERIFY(Translators::apply(QStringLiteral("de")));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(prefTabs->tabText(0), QStringLiteral("Allgemein"));
        QCOMPARE(prefTabs->tabText(1), QStringLiteral("Archiv"));
        QCOMPARE(chipLabels(), QStringList{QCoreApplication::translate("cdr::CallFilter", "Bad quality only")});
        QVERIFY(chipLabels().first() != QStringLiteral("Bad quality only"));
        QCOMPARE(problems->windowTitle(), QStringLiteral("Probleme beim Öffnen von Dateien"));
        QCOMPARE(problems->headline(), QCoreApplication::translate("cdr::ImportProblemsDialog",
                                                                   "%n file(s) could not be read completely.", nullptr, 1));
        QCOMPARE(problems->model()->headerData(ImportProblemsDialog::FileColumn, Qt::Horizontal).toString(), QStringLiteral("Datei"));
        QVERIFY(QTest::qWaitFor([&w] { return !w.model()->isBusy(); }, 30000));
        QVERIFY2(w.statusText().contains(QStringLiteral(" von 3.600 ")), qPrintable(w.statusText()));
        QVERIFY(QTest::qWaitFor([&] { return table->index(row, column).data().toString().contains(u','); }, 30000));
        const QString deValue = table->index(row, column).data().toString();
        QCOMPARE(deValue, QString(enValue).replace(u'.', u','));
    }
};

QTEST_MAIN(TstLanguageSwitch)
#include "tst_languageswitch.moc"
