// SPDX-License-Identifier: GPL-3.0-or-later
// What a new user trips over on the first day (issue 11), in the main window offscreen: every
// filter as a removable chip, preferences that apply at once, the shortcut page, the layout at
// 1024x700, the shown sort being the real one. Screenshots go next to the test binary.

#include <core/qualitythresholds.h>
#include <models/calltablemodel.h>
#include <providers/accountprofile.h>
#include <ui/accountsdialog.h>
#include <charts/overviewcharts.h>
#include <models/overviewstats.h>
#include <ui/appsettings.h>
#include <ui/apptheme.h>
#include <ui/sessioncredentialstore.h>
#include <ui/calldetailpane.h>
#include <ui/calltableview.h>
#include <ui/filterchipsbar.h>
#include <ui/mainwindow.h>
#include <ui/overviewpage.h>
#include <ui/preferencesdialog.h>
#include <ui/shortcutsdialog.h>

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <QtCharts/QStackedBarSeries>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QSettings>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace cdr;
using namespace Qt::StringLiterals;

class TestFirstDay : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;

    static bool waitFor(const std::function<bool()> &ready, int ms = 30000)
    {
        QElapsedTimer t;
        t.start();
        while (!ready() && t.elapsed() < ms)
            QTest::qWait(20);
        return ready();
    }
    static bool openDemo(MainWindow &w)
    {
        QSignalSpy loaded(&w, &MainWindow::filesLoaded);
        w.openDemo();
        return loaded.wait(30000) && waitFor([&w] { return w.model()->rowCount() == 3600 && !w.model()->isBusy(); });
    }
    static bool settled(MainWindow &w)
    {
        return waitFor([&w] { return !w.model()->isBusy(); });
    }
    static void shot(QWidget *w, const QString &name)
    {
        w->grab().save(QDir::current().filePath(name));
    }
    static QAction *action(QWidget *w, const QString &text)
    {
        const QList<QAction *> all = w->findChildren<QAction *>();
        for (QAction *a : all) {
            if (QString(a->text()).remove(u'&') == text)
                return a;
        }
        return nullptr;
    }
    static QStringList chipLabels(MainWindow &w)
    {
        QStringList out;
        for (const FilterChipsBar::Chip &c : w.findChild<FilterChipsBar *>()->chips())
            out << c.label;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.ini"_s));
    }

    void filterPartsAreNamed()
    {
        CallFilter f;
        f.minMos = 1.0;
        f.maxMos = 3.5;
        f.providers = {Provider::Plivo, Provider::Vobiz};
        f.text = u"abc"_s;
        QStringList labels;
        for (const CallFilter::ActivePart &p : f.activeParts(QTimeZone::utc()))
            labels << p.label;
        QCOMPARE(labels, (QStringList{u"Text: \"abc\""_s, u"Provider: Plivo, Vobiz"_s, u"MOS 1 to 3.5"_s}));
        QCOMPARE(f.without(CallFilter::Part::Mos).activeParts(QTimeZone::utc()).size(), 2);
        QVERIFY(!f.without(CallFilter::Part::Mos).minMos && !f.without(CallFilter::Part::Mos).maxMos);
    }

    void everyFilterIsAChipAndOneKeyClearsThemAll()
    {
        MainWindow w(*m_settings);
        w.resize(1280, 800);
        w.show();
        QVERIFY(openDemo(w));
        auto *chips = w.findChild<FilterChipsBar *>();
        QVERIFY(chips);
        QVERIFY(!chips->isVisible()); // nothing filters yet

        // Quick text, an overview drill-down and a fetch-only filter: three chips.
        auto *quick = w.findChild<QLineEdit *>(u"quickFilter"_s);
        QVERIFY(quick);
        quick->setText(u"vobiz"_s);
        QVERIFY(waitFor([&] { return chipLabels(w).contains(u"Text: \"vobiz\""_s) && !w.model()->isBusy(); }));
        const int textRows = w.model()->rowCount();
        // The pane never keeps showing a call the filter hid: it shows a shown call, or says so.
        QVERIFY(!w.detailPane()->hasCall() || w.detailPane()->call().provider == Provider::Vobiz);
        if (!w.detailPane()->hasCall())
            QVERIFY(w.detailPane()->findChild<QLabel *>(u"titleLabel"_s)->text().contains(u"hidden by the filter"));
        QVERIFY(textRows > 0 && textRows < 3600); // the text also matches the provider name
        CallFilter drill = w.model()->filter();
        drill.minMos = 1.0;
        drill.maxMos = 3.5;
        Q_EMIT w.overview()->filterRequested(drill);
        QVERIFY2(waitFor([&] { return chipLabels(w).contains(u"MOS 1 to 3.5"_s) && !w.model()->isBusy(); }),
                 qPrintable(chipLabels(w).join(u" | ") + u" / " + QString::fromUtf8(QJsonDocument(w.model()->filter().toJson()).toJson(QJsonDocument::Compact))));
        QVERIFY(w.model()->rowCount() < textRows);
        for (QLineEdit *e : w.findChildren<QLineEdit *>()) {
            if (e->accessibleName() == u"From number")
                e->setText(u"+9198"_s);
        }
        QVERIFY(waitFor([&] { return chipLabels(w).contains(u"Fetch only from: +9198"_s); }));
        QVERIFY(chips->isVisible());
        shot(&w, u"firstday-chips.png"_s);

        // Removing the MOS chip removes that part only.
        QToolButton *mosChip = nullptr;
        for (QToolButton *b : chips->findChildren<QToolButton *>()) {
            if (b->text().startsWith(u"MOS 1 to 3.5"))
                mosChip = b;
        }
        QVERIFY(mosChip);
        mosChip->click();
        QVERIFY(waitFor([&] { return !chipLabels(w).contains(u"MOS 1 to 3.5"_s) && !w.model()->isBusy(); }));
        QCOMPARE(w.model()->rowCount(), textRows);
        QVERIFY(chipLabels(w).contains(u"Text: \"vobiz\""_s));

        // One key clears them all, the quick filter's text included.
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
        QVERIFY(waitFor([&] { return w.model()->rowCount() == 3600 && !w.model()->isBusy(); }));
        QVERIFY(quick->text().isEmpty());
        QVERIFY(waitFor([&] { return chipLabels(w).isEmpty(); }));
        QVERIFY(!chips->isVisible());
    }

    void preferencesApplyAtOnce()
    {
        MainWindow w(*m_settings);
        w.resize(1280, 800);
        w.show();
        QVERIFY(openDemo(w));
        QHeaderView *header = w.table()->horizontalHeader();
        const auto headerText = [&] {
            return w.table()->model()->headerData(CallTableModel::StartColumn, Qt::Horizontal).toString();
        };
        QCOMPARE(headerText(), u"Start (UTC)"_s);
        QSignalSpy headerChanged(w.table()->model(), &QAbstractItemModel::headerDataChanged);
        QAction *prefs = action(&w, u"Preferences..."_s);
        QVERIFY(prefs);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QComboBox *>(u"zoneCombo"_s)->setCurrentText(u"Europe/Berlin"_s);
            auto *theme = dialog->findChild<QComboBox *>(u"themeCombo"_s);
            theme->setCurrentIndex(theme->findData(int(AppSettings::Theme::Dark)));
            dialog->accept();
        });
        prefs->trigger();
        QCOMPARE(headerText(), u"Start (Europe/Berlin)"_s);
        QVERIFY(!headerChanged.isEmpty()); // so the header view repaints now, not after a restart
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(header->isVisible());
        QTest::qWait(50);
        shot(&w, u"firstday-preferences-dark.png"_s);
        // Back to the defaults for the other tests.
        m_settings->setDisplayZone(QTimeZone::utc());
        m_settings->setTheme(AppSettings::Theme::System);
        QTimer::singleShot(0, this, [] {
            if (auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget()))
                dialog->accept();
        });
        prefs->trigger();
        QCOMPARE(headerText(), u"Start (UTC)"_s);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    }

    void noKeychainKeepsTheSecretForTheSessionOnly()
    {
        // A session without a Secret Service: QtKeychain cannot even start dbus-launch.
        class BrokenKeychain : public CredentialStore
        {
        public:
            int writes = 0;
            void readSecret(const QString &key) override { fail(key); }
            void writeSecret(const QString &key, const QString &) override
            {
                ++writes;
                fail(key);
            }
            void deleteSecret(const QString &key) override { fail(key); }
            void fail(const QString &key)
            {
                QTimer::singleShot(0, this, [this, key] {
                    Q_EMIT failed(key, u"Keychain error: Failed to execute child process \u201cdbus-launch\u201d"_s, false);
                });
            }
        } keychain;
        QSettings settings(m_dir.filePath(u"accounts-nokeychain.ini"_s), QSettings::IniFormat);
        QProcessEnvironment env;
        env.insert(u"CARRIERX_TOKEN"_s, u"env-token-1234"_s);
        SessionCredentialStore store(&keychain, env, [&settings](const QString &key) -> std::optional<Provider> {
            const auto p = AccountProfile::load(settings, key.mid(8));
            return p ? std::optional<Provider>(p->provider) : std::nullopt;
        });
        QNetworkAccessManager network;
        AccountsDialog dialog(settings, &store, &network);
        dialog.show();
        dialog.findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Vobiz main"_s);
        auto *provider = dialog.findChild<QComboBox *>(u"providerCombo"_s);
        provider->setCurrentIndex(provider->findData(int(Provider::Vobiz)));
        dialog.findChild<QLineEdit *>(u"accountIdEdit"_s)->setText(u"MA123"_s);
        dialog.findChild<QLineEdit *>(u"secretEdit"_s)->setText(u"sekret-4711"_s);
        dialog.findChild<QPushButton *>(u"saveButton"_s)->click();
        QTRY_VERIFY(dialog.hint().contains(u"session only"));
        QVERIFY(dialog.hint().contains(u"dbus-launch"));
        QVERIFY(!dialog.hint().contains(u"The secret is in the system keychain"));
        QCOMPARE(keychain.writes, 1);
        const AccountProfile vobiz = dialog.profiles().first();
        QVERIFY(store.isSessionOnly(vobiz.secretKey()));
        QTRY_VERIFY(dialog.findChild<QLineEdit *>(u"secretEdit"_s)->placeholderText().contains(u"this session only"));
        QTest::qWait(100); // let the banner's new height lay out before the picture
        shot(&dialog, u"firstday-no-keychain.png"_s);
        // Never in plain text: not in the settings file.
        settings.sync();
        QFile ini(settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("sekret-4711"));
        // The session secret is what a fetch reads.
        QSignalSpy read(&store, &CredentialStore::secretRead);
        store.readSecret(vobiz.secretKey());
        QVERIFY(read.wait(2000));
        QCOMPARE(read.first().at(1).toString(), u"sekret-4711"_s);

        // An account saved without a secret falls back to the command line's variable.
        AccountProfile cx;
        cx.id = AccountProfile::createId();
        cx.name = u"CarrierX"_s;
        cx.provider = Provider::CarrierX;
        cx.save(settings);
        read.clear();
        store.readSecret(cx.secretKey());
        QVERIFY(read.wait(2000));
        QCOMPARE(read.first().at(1).toString(), u"env-token-1234"_s);
        // Without the variable: a failure that says what to do, not a silent empty secret.
        SessionCredentialStore bare(&keychain, QProcessEnvironment(), [&settings](const QString &key) -> std::optional<Provider> {
            const auto p = AccountProfile::load(settings, key.mid(8));
            return p ? std::optional<Provider>(p->provider) : std::nullopt;
        });
        QSignalSpy failed(&bare, &CredentialStore::failed);
        bare.readSecret(cx.secretKey());
        QVERIFY(failed.wait(2000));
        QVERIFY(failed.first().at(1).toString().contains(u"CARRIERX_TOKEN"));
    }

    void overviewKeepsItsColoursAndYears()
    {
        OverviewStats stats;
        stats.calls = 5;
        for (const QDate d : {QDate(2025, 12, 31), QDate(2026, 1, 1)}) {
            OverviewStats::Bucket b;
            b.startMs = QDateTime(d, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
            b.calls = 3;
            b.answered = 2;
            stats.buckets << b;
        }
        OverviewCharts charts;
        charts.resize(900, 600);
        charts.setStats(stats, QTimeZone::utc());
        const auto perDay = [&charts]() -> QStackedBarSeries * {
            for (QChartView *v : charts.findChildren<QChartView *>()) {
                for (QAbstractSeries *series : v->chart()->series()) {
                    if (auto *stacked = qobject_cast<QStackedBarSeries *>(series))
                        return stacked;
                }
            }
            return nullptr;
        };
        QStackedBarSeries *series = perDay();
        QVERIFY(series && series->barSets().size() == 2);
        const QColor answered = series->barSets().at(0)->color(), other = series->barSets().at(1)->color();
        // Days carry their year: the last day of 2025 and the first of 2026 are not "12-31", "01-01".
        auto *x = qobject_cast<QBarCategoryAxis *>(series->attachedAxes().value(0));
        if (!x)
            x = qobject_cast<QBarCategoryAxis *>(series->attachedAxes().value(1));
        QVERIFY(x);
        QCOMPARE(x->categories(), (QStringList{u"2025-12-31"_s, u"2026-01-01"_s}));
        // Dark theme: the same colours for the same meaning.
        charts.setPalette(AppTheme::darkPalette());
        series = perDay();
        QVERIFY(series);
        QCOMPARE(series->barSets().at(0)->color(), answered);
        QCOMPARE(series->barSets().at(1)->color(), other);
        QVERIFY(answered != other);
    }

    void thresholdProfileIsNotCalledPlivos()
    {
        // Plivo reports no MOS: a profile named after its "published bands" misleads.
        for (const QualityProfile &p : QualityThresholds::profiles())
            QVERIFY2(!QString::fromUtf8(p.name).contains(u"Plivo"), p.name);
    }

    void helpHasShortcutsAndDocs()
    {
        MainWindow w(*m_settings);
        const QList<ShortcutsDialog::Row> rows = ShortcutsDialog::rows(w.menuBar());
        const auto has = [&rows](const QString &action, const QKeySequence &keys) {
            return std::any_of(rows.cbegin(), rows.cend(), [&](const ShortcutsDialog::Row &r) {
                return r.action == action && r.keys.contains(keys.toString(QKeySequence::NativeText));
            });
        };
        QVERIFY(has(u"Fetch calls"_s, QKeySequence::Refresh));
        QVERIFY(has(u"Filter..."_s, QKeySequence::Find));
        QVERIFY(has(u"Clear all filters"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace)));
        QVERIFY(action(&w, u"Keyboard shortcuts"_s));
        QVERIFY(action(&w, u"Documentation"_s));
        QVERIFY(ShortcutsDialog::documentationUrl().isValid());
        ShortcutsDialog dialog(w.menuBar());
        dialog.show();
        QTest::qWait(20);
        shot(&dialog, u"firstday-shortcuts.png"_s);
    }

    void smallWindowKeepsTheQuickFilterAndTheStatusApart()
    {
        MainWindow w(*m_settings);
        w.resize(1024, 700);
        w.show();
        QVERIFY(openDemo(w));
        QTest::qWait(50);
        auto *quick = w.findChild<QLineEdit *>(u"quickFilter"_s);
        QVERIFY(quick && quick->isVisible());
        const QRect q(quick->mapTo(&w, QPoint(0, 0)), quick->size());
        QVERIFY2(w.rect().contains(q) && quick->width() >= 150, qPrintable(u"%1,%2 %3x%4"_s.arg(q.x()).arg(q.y()).arg(q.width()).arg(q.height())));
        // A long message and a long summary: side by side, not on top of each other.
        const QString longText = QString(u"A long status message about the last fetch. "_s).repeated(4);
        auto *count = w.statusBar()->findChild<QLabel *>(u"statusCount"_s);
        auto *summary = w.statusBar()->findChild<QLabel *>(u"statusSummary"_s);
        auto *message = w.statusBar()->findChild<QLabel *>(u"statusMessage"_s);
        QVERIFY(count && summary && message);
        message->setText(longText); // as StatusStrip::showMessage() sets it
        QTest::qWait(50);
        QVERIFY(!summary->text().isEmpty());
        QVERIFY(!message->text().isEmpty());
        const auto rectOf = [&w](QWidget *x) { return QRect(x->mapTo(&w, QPoint(0, 0)), x->size()); };
        QVERIFY(!rectOf(count).intersects(rectOf(summary)));
        QVERIFY2(!rectOf(summary).intersects(rectOf(message)),
                 qPrintable(u"summary %1..%2, message %3..%4"_s.arg(rectOf(summary).left()).arg(rectOf(summary).right())
                                .arg(rectOf(message).left()).arg(rectOf(message).right())));
        QVERIFY(rectOf(message).right() <= w.width());
        shot(&w, u"firstday-1024x700.png"_s);
    }

    void theShownSortIsTheRealOne()
    {
        MainWindow w(*m_settings);
        w.resize(1280, 800);
        w.show();
        QVERIFY(openDemo(w));
        QVERIFY(settled(w));
        QHeaderView *header = w.table()->horizontalHeader();
        CallTableModel *m = w.model();
        const auto sortedAs = [m](int column, Qt::SortOrder order) {
            // Provider and status sort by their names as shown; the other columns by SortRole.
            const bool byName = column == CallTableModel::ProviderColumn || column == CallTableModel::StatusColumn;
            for (int r = 1; r < m->rowCount(); ++r) {
                int c = 0;
                if (byName) {
                    c = m->index(r - 1, column).data().toString().compare(m->index(r, column).data().toString(),
                                                                          Qt::CaseInsensitive);
                } else {
                    const auto o = QVariant::compare(m->index(r - 1, column).data(CallTableModel::SortRole),
                                                     m->index(r, column).data(CallTableModel::SortRole));
                    c = o == QPartialOrdering::Greater ? 1 : o == QPartialOrdering::Less ? -1 : 0;
                }
                if (order == Qt::AscendingOrder ? c > 0 : c < 0)
                    return false;
            }
            return true;
        };
        if (header->isSortIndicatorShown() && header->sortIndicatorSection() >= 0) {
            QVERIFY2(sortedAs(header->sortIndicatorSection(), header->sortIndicatorOrder()),
                     qPrintable(u"indicator on column %1"_s.arg(header->sortIndicatorSection())));
        }
        // A click on the indicated column gives the other order of the same sort, not a
        // reversed load order.
        const int column = header->sortIndicatorSection() >= 0 ? header->sortIndicatorSection() : 0;
        header->setSortIndicator(column, header->sortIndicatorOrder() == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                                              : Qt::AscendingOrder);
        QVERIFY(settled(w));
        QVERIFY(sortedAs(column, header->sortIndicatorOrder()));
    }
};

QTEST_MAIN(TestFirstDay)
#include "tst_firstday.moc"
