// SPDX-License-Identifier: GPL-3.0-or-later
// What a new user trips over on the first day (issue 11), in the main window offscreen: every
// filter as a removable chip, preferences that apply at once, the shortcut page, the layout at
// 1024x700, the shown sort being the real one. Screenshots go next to the test binary.

#include "../core/seedbodies.h"

#include <core/callreader.h>
#include <core/callwriter.h>
#include <core/hangupclassifier.h>
#include <core/qualitythresholds.h>
#include <models/calltablemodel.h>
#include <providers/accountprofile.h>
#include <ui/accountsdialog.h>
#include <charts/overviewcharts.h>
#include <charts/qualitychartfactory.h>
#include <charts/qualitycharts.h>
#include <models/overviewstats.h>
#include <session/appsettings.h>
#include <ui/apptheme.h>
#include <session/sessioncredentialstore.h>
#include <ui/calldetailpane.h>
#include <ui/calltableview.h>
#include <ui/filterchipsbar.h>
#include <ui/importproblemsdialog.h>
#include <session/calllibrary.h>
#include <session/callsession.h>
#include <ui/mainwindow.h>
#include <ui/overviewpage.h>
#include <ui/preferencesdialog.h>
#include <ui/shortcutsdialog.h>
#include <ui/statusstrip.h>

#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QValueAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <QtCharts/QStackedBarSeries>

#include <QStandardItemModel>

#include <QAction>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTextDocument>
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
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTableView>

using namespace cdr;
using namespace Qt::StringLiterals;

class TestFirstDay : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;

    static bool waitFor(const std::function<bool()> &ready, int ms = 30000)
    {
        return QTest::qWaitFor(ready, ms);
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
    /// Every text a chart view draws, with where it is drawn (scene coordinates, the text's own
    /// box without the document margin).
    struct DrawnText
    {
        QString text;
        QRectF rect;
    };
    static QList<DrawnText> drawnTexts(QChartView *view)
    {
        QList<DrawnText> out;
        const QList<QGraphicsItem *> items = view->scene()->items();
        for (QGraphicsItem *item : items) {
            if (!item->isVisible())
                continue;
            if (auto *t = dynamic_cast<QGraphicsTextItem *>(item)) {
                const double m = t->document()->documentMargin();
                if (!t->toPlainText().trimmed().isEmpty())
                    out << DrawnText{t->toPlainText(), t->mapRectToScene(t->boundingRect().adjusted(m, m, -m, -m))};
            } else if (auto *st = dynamic_cast<QGraphicsSimpleTextItem *>(item)) {
                if (!st->text().trimmed().isEmpty())
                    out << DrawnText{st->text(), st->mapRectToScene(st->boundingRect())};
            }
        }
        return out;
    }
    /// Why a chart is hard to read, or empty: a cut text, "3e+04", two texts on top of each
    /// other, two categories with the same name.
    static QString unreadable(QChartView *view)
    {
        const QList<DrawnText> texts = drawnTexts(view);
        static const QRegularExpression exponent(u"\\de[+-]\\d"_s);
        for (const DrawnText &t : texts) {
            if (t.text.contains(u"..."_s) || t.text.contains(u'…'))
                return u"cut: \"%1\""_s.arg(t.text);
            if (exponent.match(t.text).hasMatch())
                return u"exponent: \"%1\""_s.arg(t.text);
            if (!view->rect().contains(view->mapFromScene(t.rect).boundingRect()))
                return u"outside the view: \"%1\""_s.arg(t.text);
        }
        for (qsizetype i = 0; i < texts.size(); ++i) {
            for (qsizetype j = i + 1; j < texts.size(); ++j) {
                // Half a pixel of slack: neighbours may touch, not overlap.
                if (texts[i].rect.adjusted(0.5, 0.5, -0.5, -0.5).intersects(texts[j].rect.adjusted(0.5, 0.5, -0.5, -0.5)))
                    return u"\"%1\" overlaps \"%2\""_s.arg(texts[i].text, texts[j].text);
            }
        }
        // Every legend entry shown reads in full, as its series is named.
        for (QLegendMarker *marker : view->chart()->legend()->markers()) {
            if (!marker->isVisible() || !view->chart()->legend()->isVisible())
                continue;
            const bool drawn = std::any_of(texts.begin(), texts.end(),
                                           [marker](const DrawnText &t) { return t.text == marker->label(); });
            if (!drawn)
                return u"legend entry \"%1\" is not drawn whole"_s.arg(marker->label());
        }
        for (QAbstractAxis *axis : view->chart()->axes()) {
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis)) {
                QStringList names = categories->categories();
                if (names.removeDuplicates() > 0)
                    return u"two bars named alike: %1"_s.arg(categories->categories().join(u", "_s));
            }
        }
        return QString();
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
        // The directions of the MOS histogram too.
        const auto histogramColors = [&charts] {
            QList<QColor> out;
            for (QChartView *v : charts.findChildren<QChartView *>()) {
                if (!v->accessibleName().startsWith(u"MOS distribution"_s))
                    continue;
                if (auto *bars = qobject_cast<QAbstractBarSeries *>(v->chart()->series().value(0))) {
                    for (QBarSet *set : bars->barSets())
                        out << set->color();
                }
            }
            return out;
        };
        const QList<QColor> darkDirections = histogramColors();
        QCOMPARE(darkDirections.size(), 2);
        charts.setPalette(QApplication::palette());
        QCOMPARE(histogramColors(), darkDirections);
    }

    void overviewAxesReadAsTheyShould()
    {
        const auto dayMs = [](QDate d) { return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch(); };
        const auto statsFor = [&dayMs](const QList<QDate> &days) {
            OverviewStats stats;
            for (const QDate d : days) {
                OverviewStats::Bucket b;
                b.startMs = dayMs(d);
                b.calls = 3;
                b.answered = 2;
                b.mosCount = 2;
                b.mosSum = 7.5;
                stats.buckets << b;
                stats.calls += 3;
            }
            return stats;
        };
        OverviewCharts charts;
        charts.resize(1000, 640);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        const QList<QChartView *> views = charts.findChildren<QChartView *>();
        QChartView *mosOverTime = nullptr, *histogram = nullptr, *volume = nullptr;
        for (QChartView *v : views) {
            if (v->accessibleName() == u"Mean MOS over time"_s)
                mosOverTime = v;
            else if (v->accessibleName().startsWith(u"MOS distribution"_s))
                histogram = v;
            else if (v->accessibleName().startsWith(u"Calls and answered"_s))
                volume = v;
        }
        QVERIFY(mosOverTime && histogram && volume);
        QChartView *classes = nullptr;
        for (QChartView *v : views) {
            if (v->accessibleName().startsWith(u"Hangup classes"_s))
                classes = v;
        }
        QVERIFY(classes);
        static const QRegularExpression dayLabel(u"^(\\d{4}-)?\\d\\d-\\d\\d$"_s);
        const auto dayLabels = [](QChartView *v) {
            QList<QDate> out;
            for (const DrawnText &t : drawnTexts(v)) {
                if (dayLabel.match(t.text).hasMatch())
                    out << QDate::fromString(t.text.size() == 5 ? u"2026-"_s + t.text : t.text, u"yyyy-MM-dd"_s);
            }
            std::sort(out.begin(), out.end());
            return out;
        };

        // A week: every day labelled once, in order, none skipped.
        QList<QDate> week;
        for (int i = 0; i < 7; ++i)
            week << QDate(2026, 11, 23).addDays(i);
        charts.setStats(statsFor(week), QTimeZone::utc());
        QTest::qWait(50);
        QList<QDate> labels = dayLabels(mosOverTime);
        QVERIFY2(labels.size() >= 7, qPrintable(QString::number(labels.size())));
        for (qsizetype i = 1; i < labels.size(); ++i)
            QCOMPARE(labels.at(i - 1).daysTo(labels.at(i)), 1);
        QCOMPARE(labels.first(), week.first());
        QVERIFY(labels.contains(week.last()));
        // Days with their year, and MOS bins, are written whole (upright), not cut to "2026...".
        for (QChartView *v : {volume, histogram}) {
            for (const DrawnText &t : drawnTexts(v))
                QVERIFY2(!t.text.contains(u"..."_s) && !t.text.contains(u'…'), qPrintable(t.text));
        }
        // Every hangup class named whole: Noto Sans at the theme's size once cut all of them to "...".
        {
            OverviewStats stats = statsFor(week);
            for (int c = int(HangupClass::Normal); c <= int(HangupClass::MediaFailure); ++c) {
                OverviewStats::ClassCount count;
                count.hangupClass = HangupClass(c);
                count.calls = 100 - c;
                stats.classes << count;
            }
            charts.setStats(stats, QTimeZone::utc());
            QTest::qWait(50);
            int named = 0;
            for (const DrawnText &t : drawnTexts(classes)) {
                QVERIFY2(!t.text.contains(u"..."_s) && !t.text.contains(u'…'), qPrintable(t.text));
                named += t.text == HangupClassifier::displayName(HangupClass::NetworkFailure);
            }
            QCOMPARE(named, 1);
        }
        shot(&charts, u"issue11-overview-week.png"_s);

        // Forty days: fewer labels, at one constant step, never the same day twice.
        QList<QDate> forty;
        for (int i = 0; i < 40; ++i)
            forty << QDate(2026, 10, 1).addDays(i);
        charts.setStats(statsFor(forty), QTimeZone::utc());
        QTest::qWait(50);
        labels = dayLabels(mosOverTime);
        QVERIFY(labels.size() >= 3 && labels.size() <= OverviewCharts::kMaxTimeTicks);
        const qint64 step = labels.at(0).daysTo(labels.at(1));
        QVERIFY(step >= 1);
        for (qsizetype i = 1; i < labels.size(); ++i)
            QCOMPARE(labels.at(i - 1).daysTo(labels.at(i)), step);

        // Calls per day with two quiet days in between: the gap shows as two empty days.
        const QList<QDate> gappy{QDate(2026, 1, 1), QDate(2026, 1, 4)};
        charts.setStats(statsFor(gappy), QTimeZone::utc());
        QBarCategoryAxis *days = nullptr;
        for (QAbstractAxis *a : volume->chart()->axes(Qt::Horizontal))
            days = days ? days : qobject_cast<QBarCategoryAxis *>(a);
        QVERIFY(days);
        QCOMPARE(days->categories(), (QStringList{u"2026-01-01"_s, u"2026-01-02"_s, u"2026-01-03"_s, u"2026-01-04"_s}));
        auto *stacked = qobject_cast<QStackedBarSeries *>(volume->chart()->series().value(0));
        QVERIFY(stacked);
        QCOMPARE(stacked->barSets().at(0)->at(1) + stacked->barSets().at(1)->at(1), 0.0);
        QCOMPARE(stacked->barSets().at(0)->at(3) + stacked->barSets().at(1)->at(3), 3.0);
        // A click on the empty day filters to that day.
        QSignalSpy clicked(&charts, &OverviewCharts::timeRangeClicked);
        Q_EMIT stacked->clicked(2, stacked->barSets().at(0));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().at(0).toLongLong(), dayMs(QDate(2026, 1, 3)));

        // One call: the count axis reads 0 and 1, not 0, 0, 0, 0, 1.
        OverviewStats one = statsFor({QDate(2026, 11, 23)});
        one.calls = 1;
        one.mosInbound[12] = 1;
        charts.setStats(one, QTimeZone::utc());
        QTest::qWait(50);
        auto *y = qobject_cast<QValueAxis *>(histogram->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        QCOMPARE(y->min(), 0.0);
        QCOMPARE(y->max(), 1.0);
        QCOMPARE(y->tickCount(), 2);
        QStringList counts;
        static const QRegularExpression integer(u"^\\d+$"_s);
        for (const DrawnText &t : drawnTexts(histogram)) {
            if (integer.match(t.text).hasMatch())
                counts << t.text;
        }
        counts.sort();
        QCOMPARE(counts, (QStringList{u"0"_s, u"1"_s}));
        shot(&charts, u"issue11-overview-one-call.png"_s);
    }

    void overviewScreenshots_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark");
        QTest::newRow("1280x800") << QSize(1280, 800) << false;
        QTest::newRow("1024x700") << QSize(1024, 700) << false;
        QTest::newRow("1024x700 dark") << QSize(1024, 700) << true;
    }
    void overviewScreenshots()
    {
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        if (dark)
            AppTheme::apply(AppSettings::Theme::Dark);
        const auto restore = qScopeGuard([] { AppTheme::apply(AppSettings::Theme::System); });
        MainWindow w(*m_settings);
        w.resize(size);
        w.show();
        QVERIFY(openDemo(w));
        w.showPage(1);
        QTest::qWait(300);
        // Every drawn date on "Mean MOS over time" is a different day.
        OverviewCharts *charts = w.findChild<OverviewCharts *>();
        QVERIFY(charts);
        QVERIFY(waitFor([charts] { return charts->stats().calls > 0; }));
        QTest::qWait(100);
        for (QChartView *v : charts->findChildren<QChartView *>()) {
            if (v->accessibleName() != u"Mean MOS over time"_s)
                continue;
            QStringList dates;
            for (const DrawnText &t : drawnTexts(v)) {
                if (t.text.size() == 5 && t.text.at(2) == u'-')
                    dates << t.text;
            }
            QVERIFY(dates.size() >= 2);
            QCOMPARE(QSet<QString>(dates.begin(), dates.end()).size(), dates.size());
        }
        shot(&w, u"issue11-overview-%1.png"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
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

    void qualityChartsAreReadable_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark");
        QTest::newRow("1280x800") << QSize(1280, 800) << false;
        QTest::newRow("1024x700") << QSize(1024, 700) << false;
        QTest::newRow("1280x800 dark") << QSize(1280, 800) << true;
        QTest::newRow("1024x700 dark") << QSize(1024, 700) << true;
    }
    void qualityChartsAreReadable()
    {
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        // The NexBro seed (MOS, jitter variance, loss, counters, quality %, flaws) and a Vobiz
        // CDR with 90 ms jitter next to 5.81 % loss.
        const QString nexbro = m_dir.filePath(u"nexbro-seed.json"_s);
        const QString vobiz = m_dir.filePath(u"vobiz-bad.json"_s);
        {
            QFile f(nexbro);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QStringList seeds = QDir(QStringLiteral(CDR_SHARED_DIR) + u"/seeds"_s).entryList({u"000_*.txt"_s});
            QVERIFY(!seeds.isEmpty());
            f.write(testutil::jsonBodies(testutil::readFile(QStringLiteral(CDR_SHARED_DIR) + u"/seeds/"_s + seeds.first()))
                        .value(0));
            QFile in(QStringLiteral(CDR_SHARED_DIR) + u"/fixtures/public/vobiz_cdr_get_wiremock.json"_s);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray body = in.readAll();
            body.replace("\"jitter\": 0,", "\"jitter\": 90,").replace("\"packet_loss\": 0,", "\"packet_loss\": 5.81,");
            QVERIFY(body.contains("5.81"));
            QFile out(vobiz);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(body);
        }
        if (dark)
            AppTheme::apply(AppSettings::Theme::Dark);
        const auto restore = qScopeGuard([] { AppTheme::apply(AppSettings::Theme::System); });
        MainWindow w(*m_settings);
        w.resize(size);
        QVERIFY(w.openArchive(m_dir.filePath(u"charts-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'))));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy loaded(&w, &MainWindow::filesLoaded);
        w.openFiles({nexbro, vobiz});
        QVERIFY(loaded.wait(30000));
        QVERIFY(settled(w));
        QCOMPARE(w.model()->rowCount(), 2);

        QualityCharts *charts = w.detailPane()->qualityCharts();
        auto *tabs = w.detailPane()->findChild<QTabWidget *>();
        for (int i = 0; tabs && i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(charts))
                tabs->setCurrentIndex(i);
        }
        using Kind = QualityChartFactory::Kind;
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        for (const QString &id : {u"6075d782-1fd2-40a4-bcfe-d29638f2d598"_s, QString()}) {
            if (id.isEmpty()) {
                // The Vobiz call: whichever row is not the NexBro one.
                for (int r = 0; r < w.model()->rowCount(); ++r) {
                    const QString rowId = w.model()->index(r, CallTableModel::IdColumn).data().toString();
                    if (rowId != u"6075d782-1fd2-40a4-bcfe-d29638f2d598"_s)
                        QVERIFY(w.goToCall(rowId));
                }
            } else {
                QVERIFY(w.goToCall(id));
            }
            QTest::qWait(100); // layouts and the queued plot alignment settle
            const QList<Kind> kinds = charts->shownKinds();
            QVERIFY(!kinds.isEmpty());
            // Narrow pane (1024x700): one column, so each chart keeps its width.
            QCOMPARE(charts->columnCount(), QualityCharts::columnsFor(charts->width()));
            for (QChartView *view : charts->findChildren<QChartView *>()) {
                const QString why = unreadable(view);
                QVERIFY2(why.isEmpty(), qPrintable(u"%1, %2: %3"_s.arg(view->chart()->title(), tag, why)));
                QVERIFY2(view->width() >= QualityCharts::kMinChartWidth - 10 || view->width() >= charts->width() - 10,
                         qPrintable(u"%1 is %2 px wide"_s.arg(view->chart()->title()).arg(view->width())));
            }
            shot(charts, u"issue11-quality-%1-%2.png"_s.arg(id.isEmpty() ? u"vobiz"_s : u"nexbro"_s, tag));
        }
        // Jitter (ms) and loss (%) on separate charts with their own axes: 5.81 % fills more
        // than half of its axis instead of a sliver under 90 ms.
        QChart *jitter = charts->chart(Kind::Jitter);
        QChart *loss = charts->chart(Kind::Loss);
        QVERIFY(jitter && loss);
        auto *jitterAxis = qobject_cast<QValueAxis *>(jitter->axes(Qt::Vertical).value(0));
        auto *lossAxis = qobject_cast<QValueAxis *>(loss->axes(Qt::Vertical).value(0));
        QVERIFY(jitterAxis && lossAxis);
        QCOMPARE(jitterAxis->titleText(), u"ms"_s);
        QCOMPARE(lossAxis->titleText(), u"%"_s);
        QVERIFY(jitterAxis->max() >= 90.0);
        QVERIFY2(lossAxis->max() >= 5.81 && lossAxis->max() <= 2 * 5.81, qPrintable(QString::number(lossAxis->max())));
        QVERIFY(jitter->title().contains(u"90 ms"_s));
        QVERIFY(loss->title().contains(u"5.81 %"_s));
    }

    void fileOpenErrorsAreListedOnePerFile()
    {
        // Five files: one good, one with a call and then a cut-off record, one with no call in
        // it at all ({"foo":1}), a provider's error body, and one that does not exist.
        const QStringList seeds = QDir(QStringLiteral(CDR_SHARED_DIR) + u"/seeds"_s).entryList({u"000_*.txt"_s});
        QVERIFY(!seeds.isEmpty());
        const QByteArray nexbro =
            testutil::jsonBodies(testutil::readFile(QStringLiteral(CDR_SHARED_DIR) + u"/seeds/"_s + seeds.first())).value(0);
        QByteArray other = QJsonDocument::fromJson(nexbro).object().value(u"data"_s).toObject().isEmpty()
                               ? QByteArray()
                               : QJsonDocument(QJsonDocument::fromJson(nexbro).object().value(u"data"_s).toObject())
                                     .toJson(QJsonDocument::Compact);
        QVERIFY(!other.isEmpty());
        other.replace("6075d782-1fd2-40a4-bcfe-d29638f2d598", "6075d782-0000-40a4-bcfe-d29638f2d598");
        const QList<std::pair<QString, QByteArray>> files = {
            {u"good.json"_s, nexbro},
            {u"cut-off.ndjson"_s, other + "\n{\"call_uuid\": \"x\", \"sta"},
            {u"foo.json"_s, "{\"foo\":1}"},
            {u"api-error.json"_s, "{\"error\": \"Call not found\"}"},
        };
        QStringList paths;
        for (const auto &[name, body] : files) {
            QFile f(m_dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(body);
            paths << f.fileName();
        }
        paths << m_dir.filePath(u"missing.json"_s);

        MainWindow w(*m_settings);
        w.resize(1024, 700);
        QVERIFY(w.openArchive(m_dir.filePath(u"errors.sqlite"_s)));
        w.show();
        QSignalSpy loaded(&w, &MainWindow::filesLoaded);
        w.openFiles(paths);
        QVERIFY(loaded.wait(30000));
        QVERIFY(settled(w));
        // The good call and the one read before the cut-off record; nothing from {"foo":1}.
        QCOMPARE(w.model()->rowCount(), 2);
        for (int r = 0; r < w.model()->rowCount(); ++r)
            QCOMPARE(w.model()->index(r, CallTableModel::ProviderColumn).data().toString(), u"NexBro"_s);

        ImportProblemsDialog *problems = w.importProblems();
        QVERIFY(problems && problems->isVisible());
        const QStringList rows = problems->rowTexts();
        // One row per failed file, each with its own reason (then the readable files' warnings).
        const qsizetype errorRows = std::count_if(rows.begin(), rows.end(), [](const QString &r) {
            return !r.section(u'\t', 1, 1).startsWith(u"Warning:"_s);
        });
        QVERIFY2(errorRows == 4, qPrintable(rows.join(u"\n"_s)));
        QVERIFY(rows.first().startsWith(u"cut-off.ndjson\t"_s)); // failed files first, in the order opened
        const auto rowOf = [&rows](const QString &file) {
            for (const QString &r : rows) {
                if (r.startsWith(file + u'\t') && !r.contains(u"\tWarning:"_s))
                    return r.split(u'\t');
            }
            return QStringList();
        };
        QStringList cut = rowOf(u"cut-off.ndjson"_s), foo = rowOf(u"foo.json"_s), api = rowOf(u"api-error.json"_s),
                    missing = rowOf(u"missing.json"_s);
        QVERIFY2(cut.size() == 3 && cut.at(1).contains(u"inside a JSON value"_s), qPrintable(rows.join(u'\n')));
        QCOMPARE(cut.at(2), u"1 kept"_s); // the call read before the error is kept, and the list says so
        QVERIFY2(foo.size() == 3 && foo.at(1).contains(u"no call record"_s), qPrintable(rows.join(u'\n')));
        QCOMPARE(foo.at(2), u"none"_s);
        QVERIFY2(api.size() == 3 && api.at(1).contains(u"Call not found"_s), qPrintable(rows.join(u'\n')));
        QVERIFY2(missing.size() == 3 && !missing.at(1).isEmpty(), qPrintable(rows.join(u'\n')));
        QVERIFY(rowOf(u"good.json"_s).isEmpty());
        // The reason does not repeat the path; the file column names it.
        QVERIFY(!foo.at(1).contains(m_dir.path()));
        const QString message = w.statusStrip()->message();
        QVERIFY2(message.contains(u"could not be read"_s), qPrintable(message));
        QVERIFY(!message.contains(u"before it were"_s));
        QVERIFY(problems->headline().contains(u"before an error are kept"_s));
        QTest::qWait(50);
        // Long reasons wrap onto more lines; none is cut.
        auto *view = problems->findChild<QTableView *>();
        QVERIFY(view);
        for (int r = 0; r < problems->model()->rowCount(); ++r) {
            const QModelIndex index = problems->model()->index(r, ImportProblemsDialog::ProblemColumn);
            const QRect cell = view->visualRect(index);
            const QRect needed = view->fontMetrics().boundingRect(QRect(0, 0, cell.width() - 8, 10000), Qt::TextWordWrap,
                                                                   index.data().toString());
            QVERIFY2(cell.height() >= needed.height(), qPrintable(index.data().toString()));
        }
        shot(problems, u"issue11-open-errors.png"_s);
        shot(&w, u"issue11-open-errors-window-1024x700.png"_s);
    }

    void guiExportIsTheNormalizedFormat()
    {
        // Calls with legs, audio counters and an error log (NexBro), per-call quality (Vobiz)
        // and SIP fields (CarrierX), opened in the GUI, exported from the GUI, opened again.
        QStringList sources;
        for (const QString &seed : {u"000"_s, u"002"_s}) {
            const QStringList files = QDir(QStringLiteral(CDR_SHARED_DIR) + u"/seeds"_s).entryList({seed + u"_*.txt"_s});
            QVERIFY(!files.isEmpty());
            QFile f(m_dir.filePath(u"seed-%1.json"_s.arg(seed)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(testutil::jsonBodies(testutil::readFile(QStringLiteral(CDR_SHARED_DIR) + u"/seeds/"_s + files.first()))
                        .value(0));
            sources << f.fileName();
        }
        sources << QStringLiteral(CDR_SHARED_DIR) + u"/fixtures/public/vobiz_cdr_list_wiremock.json"_s;

        MainWindow w(*m_settings);
        QVERIFY(w.openArchive(m_dir.filePath(u"export-from.sqlite"_s)));
        QSignalSpy loaded(&w, &MainWindow::filesLoaded);
        w.openFiles(sources);
        QVERIFY(loaded.wait(30000));
        QVERIFY(settled(w));
        const int n = w.model()->rowCount();
        QVERIFY(n >= 3);

        for (const QString &name : {u"gui.ndjson"_s, u"gui.json"_s}) {
            QSignalSpy done(&w, &MainWindow::exportFinished);
            const QString path = m_dir.filePath(name);
            w.exportView(path, false, false);
            QVERIFY(done.wait(30000));
            QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));

            // What the file holds: the contract's arrays, not the table's counts.
            QList<Call> reread;
            const CallReader::Result r = CallReader::readFile(path, ParseOptions{}, [&reread](QList<Call> &&calls) {
                reread += calls;
                return true;
            });
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(reread.size(), n);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(bytes.contains("\"legs\":[{"));
            QVERIFY(bytes.contains("\"error_log\":[{"));
            QJsonArray objects;
            if (bytes.startsWith('[')) {
                objects = QJsonDocument::fromJson(bytes).array();
            } else {
                for (const QByteArray &line : bytes.trimmed().split('\n'))
                    objects.append(QJsonDocument::fromJson(line).object());
            }
            QCOMPARE(objects.size(), n);
            for (const QJsonValue &o : std::as_const(objects)) {
                QVERIFY(o.toObject().value(u"legs"_s).isArray());
                QVERIFY(o.toObject().value(u"error_log"_s).isArray());
                QVERIFY(!o.toObject().contains(u"flaws"_s)); // the table's count is not a contract key
            }

            // In the view's order, each call equal to the one the GUI holds, legs and flaws included.
            for (int row = 0; row < n; ++row) {
                const Call shown = w.model()->index(row, 0).data(CallTableModel::CallRole).value<Call>();
                QCOMPARE(reread.at(row).id, shown.id);
                QVERIFY2(reread.at(row) == shown,
                         qPrintable(QString::fromUtf8(CallWriter::serialize(CallWriter::Format::NdJson, {reread.at(row)})
                                                      + CallWriter::serialize(CallWriter::Format::NdJson, {shown}))));
                if (shown.provider == Provider::NexBro) {
                    QCOMPARE(reread.at(row).legs.size(), 2);
                    QCOMPARE(reread.at(row).errorLog.size(), 8);
                }
            }
        }

        // Re-imported through the GUI: the same calls again.
        MainWindow again(*m_settings);
        QVERIFY(again.openArchive(m_dir.filePath(u"export-to.sqlite"_s)));
        QSignalSpy loadedAgain(&again, &MainWindow::filesLoaded);
        again.openFiles({m_dir.filePath(u"gui.ndjson"_s)});
        QVERIFY(loadedAgain.wait(30000));
        QVERIFY(settled(again));
        QCOMPARE(again.model()->rowCount(), n);
        QVERIFY(!again.importProblems() || again.importProblems()->rowTexts().isEmpty());
        for (int row = 0; row < n; ++row) {
            const Call a = w.model()->index(row, 0).data(CallTableModel::CallRole).value<Call>();
            bool found = false;
            for (int k = 0; k < n && !found; ++k) {
                const Call b = again.model()->index(k, 0).data(CallTableModel::CallRole).value<Call>();
                if (b.id == a.id && b.provider == a.provider) {
                    found = true;
                    QVERIFY2(a == b, qPrintable(a.id));
                }
            }
            QVERIFY2(found, qPrintable(a.id));
        }
    }

    void sipCallIdIsAColumn()
    {
        // The CarrierX seed carries sipcallid_src ("...@162.251.180.24").
        const QStringList files = QDir(QStringLiteral(CDR_SHARED_DIR) + u"/seeds"_s).entryList({u"002_*.txt"_s});
        QVERIFY(!files.isEmpty());
        const QString path = m_dir.filePath(u"carrierx-sip.json"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(testutil::jsonBodies(testutil::readFile(QStringLiteral(CDR_SHARED_DIR) + u"/seeds/"_s + files.first()))
                        .value(0));
        }
        const QString archive = m_dir.filePath(u"sip.sqlite"_s);
        QString sip;
        {
            MainWindow w(*m_settings);
            w.resize(1280, 800);
            QVERIFY(w.openArchive(archive));
            w.show();
            QSignalSpy loaded(&w, &MainWindow::filesLoaded);
            w.openFiles({path});
            QVERIFY(loaded.wait(30000));
            QVERIFY(settled(w));
            QCOMPARE(w.model()->rowCount(), 1);
            sip = w.model()->index(0, 0).data(CallTableModel::CallRole).value<Call>().sipCallId;
            QVERIFY(sip.contains(u"@162.251.180.24"_s));
            QCOMPARE(w.model()->headerData(CallTableModel::SipCallIdColumn, Qt::Horizontal).toString(), u"SIP Call-ID"_s);
            QCOMPARE(w.model()->index(0, CallTableModel::SipCallIdColumn).data().toString(), sip);

            // Chosen in the column chooser (the header's context menu).
            w.table()->setColumnHidden(CallTableModel::SipCallIdColumn, true);
            QTimer::singleShot(0, &w, [] {
                for (QWidget *top : QApplication::topLevelWidgets()) {
                    auto *menu = qobject_cast<QMenu *>(top);
                    if (!menu || menu->accessibleName() != u"Columns"_s)
                        continue;
                    for (QAction *a : menu->actions()) {
                        if (a->text() == u"SIP Call-ID"_s)
                            a->setChecked(true);
                    }
                    menu->close();
                }
            });
            w.table()->showColumnMenu(w.table()->mapToGlobal(QPoint(10, 10)));
            QVERIFY(!w.table()->isColumnHidden(CallTableModel::SipCallIdColumn));
            w.table()->scrollTo(w.model()->index(0, CallTableModel::SipCallIdColumn));
            QTest::qWait(50);
            shot(&w, u"issue11-sip-call-id-column.png"_s);

            // Copyable: the copied row carries it.
            QVERIFY(settled(w));
            w.table()->selectionModel()->select(w.model()->index(0, 0),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            QVERIFY2(w.table()->selectedRowsText(u'\t').contains(sip), qPrintable(w.table()->selectedRowsText(u'\t')));
            QVERIFY(w.table()->selectedRowsText(u'\t').section(u'\n', 0, 0).contains(u"SIP Call-ID"_s));
            // Found by the quick filter.
            QSignalSpy applied(w.model(), &CallTableModel::viewApplied);
            w.filterEdit()->setText(sip.left(12));
            QVERIFY(applied.wait(10000));
            QVERIFY(settled(w));
            QCOMPARE(w.model()->rowCount(), 1);
            w.filterEdit()->clear();
            QVERIFY(settled(w));

            // Shown in exports: the view's CSV (visible columns) and the normalized NDJSON.
            for (const QString &name : {u"sip.csv"_s, u"sip.ndjson"_s}) {
                QSignalSpy done(&w, &MainWindow::exportFinished);
                w.exportView(m_dir.filePath(name), false, false);
                QVERIFY(done.wait(30000));
                QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
                QFile f(m_dir.filePath(name));
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray bytes = f.readAll();
                QVERIFY2(bytes.contains("sip_call_id") && bytes.contains(sip.toUtf8()), bytes.constData());
            }
            QVERIFY(waitFor([&w] { return w.library()->pendingWrites() == 0; }));
        }
        // Reopened from the archive (the table's columns, no JSON parsed): still there.
        MainWindow again(*m_settings);
        QSignalSpy archiveLoaded(again.session(), &CallSession::archiveLoaded);
        QVERIFY(again.openArchive(archive));
        QVERIFY(archiveLoaded.count() > 0 || archiveLoaded.wait(30000));
        QVERIFY(settled(again));
        QCOMPARE(again.model()->rowCount(), 1);
        QCOMPARE(again.model()->index(0, CallTableModel::SipCallIdColumn).data().toString(), sip);
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
        // A first start (no header saved) lists the newest calls first, and really does: the
        // demo once stayed in load order (Plivo first) under the indicator.
        QCOMPARE(header->sortIndicatorSection(), int(CallTableModel::StartColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(sortedAs(CallTableModel::StartColumn, Qt::DescendingOrder));
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
