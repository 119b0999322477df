// SPDX-License-Identifier: GPL-3.0-or-later
// No clipped texts in German, whose words are the longest of the app's languages: the main window
// at 1024x700 (as analysts use it) on the demo calls with a call selected, each tab of the detail
// pane, the Overview and Scorecard pages, and each tab of Preferences. Every visible label,
// button, check box, combo box (its current text), group box title, tab, menu title, tool bar
// item and header section is compared with the room it got: its sizeHint (or the font metrics of
// its text) against its size and against what its ancestors leave visible. English runs the
// same walk, so a finding is the language's, not the test's. Offscreen.

#include <models/calltablemodel.h>
#include <models/scorecardmodel.h>
#include <session/appsettings.h>
#include <session/demodata.h>
#include <session/translators.h>
#include <ui/calldetailpane.h>
#include <ui/calltableview.h>
#include <ui/mainwindow.h>
#include <ui/preferencesdialog.h>
#include <ui/scorecardpage.h>

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionHeader>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace cdr;

namespace {

/// Widgets cut on purpose, each with the reason; matched by objectName.
struct Exemption
{
    const char *objectName;
    const char *reason;
};
constexpr Exemption kExempt[] = {
    {"statusSummary", "StatusStrip cuts the filtered set's summary at its own edge on purpose (size policy "
                      "Ignored) so it cannot push into the message; the tooltip holds the whole text"},
    {"statusMessage", "StatusStrip cuts the last message at its own edge on purpose (size policy Ignored); "
                      "the tooltip holds the whole text"},
};

const char *exemption(const QWidget *w)
{
    for (const Exemption &e : kExempt) {
        if (w->objectName() == QLatin1String(e.objectName))
            return e.reason;
    }
    return nullptr;
}

/// A text as drawn: the mnemonic '&' gone, "&&" one '&'.
QString shown(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

/// How a widget is named in a finding: class, objectName (or its nearest named ancestor's).
QString describe(const QWidget *w)
{
    QString name = w->objectName();
    const QWidget *p = w->parentWidget();
    while (name.isEmpty() && p) {
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_")))
            name = QStringLiteral("in ") + p->objectName();
        p = p->parentWidget();
    }
    return QStringLiteral("%1 (%2)").arg(QString::fromLatin1(w->metaObject()->className()), name);
}

/// The width of w the user can see: w's rect cut by each ancestor up to the window. Inside a
/// scroll area the rest can be scrolled to, so the walk stops at its viewport.
int visibleWidth(const QWidget *w)
{
    QRect r = w->rect();
    QPoint offset;
    const QWidget *child = w;
    for (const QWidget *p = w->parentWidget(); p; child = p, p = p->parentWidget()) {
        offset += child->pos();
        r = r.intersected(p->rect().translated(-offset));
        if (p->isWindow())
            break;
        if (qobject_cast<const QAbstractScrollArea *>(p->parentWidget())
            && static_cast<const QAbstractScrollArea *>(p->parentWidget())->viewport() == p)
            break;
    }
    return std::max(0, r.width());
}

class ClipWalk
{
public:
    QStringList findings;
    int checked = 0; ///< texts compared with their room, for the log

    /// Walks root's visible widgets; where names the view in the findings.
    void walk(const QString &where, QWidget *root)
    {
        m_where = where;
        QList<QWidget *> all = root->findChildren<QWidget *>();
        all.prepend(root);
        for (QWidget *w : std::as_const(all)) {
            if (!w->isVisible() || w->width() <= 0)
                continue;
            if (auto *l = qobject_cast<QLabel *>(w))
                label(l);
            else if (auto *c = qobject_cast<QComboBox *>(w))
                combo(c);
            else if (auto *b = qobject_cast<QAbstractButton *>(w))
                button(b);
            else if (auto *g = qobject_cast<QGroupBox *>(w))
                group(g);
            else if (auto *t = qobject_cast<QTabBar *>(w))
                tabs(t);
            else if (auto *h = qobject_cast<QHeaderView *>(w))
                header(h);
            else if (auto *m = qobject_cast<QMenuBar *>(w))
                menuBar(m);
            else if (auto *tb = qobject_cast<QToolBar *>(w))
                toolBar(tb);
        }
    }

private:
    void report(const QWidget *w, const QString &text, int needed, int got, const QString &what = QString())
    {
        if (text.trimmed().isEmpty())
            return;
        ++checked;
        if (needed <= got)
            return;
        if (const char *reason = exemption(w)) {
            qInfo("%s: exempt: %s \"%s\" (%s)", qPrintable(m_where), qPrintable(describe(w)), qPrintable(text), reason);
            return;
        }
        // Once per widget and text, in the first view it was seen in.
        const QString what2 = QStringLiteral("%1%2 \"%3\"").arg(describe(w), what.isEmpty() ? QString() : u' ' + what, text);
        if (m_seen.contains(what2))
            return;
        m_seen.insert(what2);
        findings << QStringLiteral("%1: %2 needs %3 px, has %4").arg(m_where, what2).arg(needed).arg(got);
    }

    void label(QLabel *l)
    {
        if (l->text().isEmpty() || l->pixmap().toImage().width() > 0)
            return;
        const int width = std::min(l->width(), visibleWidth(l));
        if (l->wordWrap() && l->hasHeightForWidth()) {
            // Wrapped: all its lines must fit the height it got.
            report(l, l->text(), l->heightForWidth(l->width()), l->height(), QStringLiteral("(height)"));
            report(l, l->text(), l->minimumSizeHint().width(), width);
            return;
        }
        report(l, shown(l->text()), l->sizeHint().width(), width);
    }

    void button(QAbstractButton *b)
    {
        // A tool bar's overflow arrow and the like have no text to cut.
        if (b->text().isEmpty() || b->objectName().startsWith(QLatin1String("qt_")))
            return;
        report(b, shown(b->text()), b->sizeHint().width(), std::min(b->width(), visibleWidth(b)));
    }

    void combo(QComboBox *c)
    {
        const QString text = c->currentText();
        if (text.isEmpty())
            return;
        QStyleOptionComboBox opt;
        opt.initFrom(c);
        opt.editable = c->isEditable();
        opt.frame = c->hasFrame();
        opt.currentText = text;
        opt.subControls = QStyle::SC_All;
        const QRect field = c->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, c);
        // The label is drawn one pixel in from each side of the field.
        const int room = field.width() - 2 - (c->width() - std::min(c->width(), visibleWidth(c)));
        int needed = c->fontMetrics().horizontalAdvance(text);
        if (!c->itemIcon(c->currentIndex()).isNull())
            needed += c->iconSize().width() + 4;
        report(c, text, needed, room, QStringLiteral("(current text)"));
    }

    void group(QGroupBox *g)
    {
        if (g->title().isEmpty())
            return;
        const QString text = shown(g->title());
        // The style's title margins: what QGroupBox's own minimum asks beyond the text.
        report(g, text, g->fontMetrics().horizontalAdvance(text + u' ') + 2 * g->style()->pixelMetric(QStyle::PM_LayoutLeftMargin),
               std::min(g->width(), visibleWidth(g)), QStringLiteral("(title)"));
    }

    void tabs(QTabBar *t)
    {
        const int hspace = t->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, t);
        for (int i = 0; i < t->count(); ++i) {
            if (!t->isTabVisible(i))
                continue;
            const QString text = shown(t->tabText(i));
            const QRect r = t->tabRect(i);
            int needed = t->fontMetrics().horizontalAdvance(text) + hspace;
            if (!t->tabIcon(i).isNull())
                needed += t->iconSize().width() + 4;
            // Narrower than its text (elided), or scrolled out of the bar's sight.
            const int seen = r.intersected(t->rect()).width();
            report(t, text, needed, std::min(r.width(), seen), QStringLiteral("tab %1").arg(i));
        }
    }

    void header(QHeaderView *h)
    {
        if (!h->model())
            return;
        for (int logical = 0; logical < h->count(); ++logical) {
            if (h->isSectionHidden(logical))
                continue;
            // What the section's label needs as the style lays it out: the text between the
            // header margins, and the sort arrow's room only where the arrow is drawn (QHeaderView's
            // own sectionSizeHint reserves the arrow in every section).
            QStyleOptionHeader opt;
            opt.initFrom(h);
            opt.section = logical;
            opt.orientation = h->orientation();
            opt.text = h->model()->headerData(logical, h->orientation(), Qt::DisplayRole).toString();
            const QVariant font = h->model()->headerData(logical, h->orientation(), Qt::FontRole);
            opt.fontMetrics = font.isValid() ? QFontMetrics(font.value<QFont>()) : h->fontMetrics();
            opt.sortIndicator = h->isSortIndicatorShown() && h->sortIndicatorSection() == logical
                ? QStyleOptionHeader::SortDown
                : QStyleOptionHeader::None;
            const QSize needed = h->style()->sizeFromContents(QStyle::CT_HeaderSection, &opt, QSize(), h);
            report(h, opt.text, h->orientation() == Qt::Horizontal ? needed.width() : needed.height(),
                   h->sectionSize(logical), QStringLiteral("section %1").arg(logical));
        }
    }

    void menuBar(QMenuBar *m)
    {
        for (QAction *a : m->actions()) {
            if (!a->isVisible())
                continue;
            const QRect r = m->actionGeometry(a);
            // Titles that do not fit go to the bar's overflow menu: not seen.
            report(m, shown(a->text()), r.width(), r.intersected(m->rect()).width(), QStringLiteral("(menu title)"));
        }
    }

    void toolBar(QToolBar *tb)
    {
        // Items that do not fit go behind the bar's extension arrow: the user does not see them.
        for (QAction *a : tb->actions()) {
            if (!a->isVisible() || a->isSeparator())
                continue;
            QWidget *item = tb->widgetForAction(a);
            if (item && !item->isVisible()) {
                QString text = shown(a->text());
                if (auto *c = qobject_cast<QComboBox *>(item))
                    text = c->currentText();
                else if (auto *l = qobject_cast<QLabel *>(item))
                    text = l->text();
                if (text.isEmpty())
                    text = item->accessibleName();
                report(tb, text.isEmpty() ? QString::fromLatin1(item->metaObject()->className()) : text,
                       1, 0, QStringLiteral("(item in the overflow menu)"));
            }
        }
    }

    QString m_where;
    QSet<QString> m_seen;
};

} // namespace

class TstGermanLayout : public QObject
{
    Q_OBJECT

    static void settle()
    {
        // Layouts and posted resizes land; a tab just shown lays itself out.
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        Translators::setDirectory(QStringLiteral(CDR_QM_DIR));
    }

    void cleanup()
    {
        Translators::apply(QStringLiteral("en"));
    }

    void walkFindsWhatIsCut()
    {
        // The walk itself: texts squeezed on purpose are found, texts with room are not.
        QWidget form;
        auto *cut = new QLabel(QStringLiteral("A label far too long for forty pixels"), &form);
        cut->setObjectName(QStringLiteral("cutLabel"));
        cut->setGeometry(0, 0, 40, 20);
        auto *fits = new QLabel(QStringLiteral("Fits"), &form);
        fits->setGeometry(0, 30, 200, 20);
        auto *combo = new QComboBox(&form);
        combo->setObjectName(QStringLiteral("cutCombo"));
        combo->addItem(QStringLiteral("An item much wider than its box"));
        combo->setGeometry(0, 60, 60, 25);
        auto *button = new QCheckBox(QStringLiteral("A check box with a long text"), &form);
        button->setObjectName(QStringLiteral("cutCheck"));
        button->setGeometry(0, 90, 50, 20);
        // Wide enough itself, but half outside its parent.
        auto *outside = new QLabel(QStringLiteral("Pushed over the edge"), &form);
        outside->setObjectName(QStringLiteral("outsideLabel"));
        outside->setGeometry(250, 120, outside->sizeHint().width(), 20);
        form.resize(300, 150);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        ClipWalk walk;
        walk.walk(QStringLiteral("form"), &form);
        const QString all = walk.findings.join(u'\n');
        QCOMPARE(walk.findings.size(), 4);
        for (const char *name : {"cutLabel", "cutCombo", "cutCheck", "outsideLabel"})
            QVERIFY2(all.contains(QLatin1String(name)), qPrintable(all));
        QVERIFY(!all.contains(QStringLiteral("\"Fits\"")));
    }

    void noClippedTexts_data()
    {
        QTest::addColumn<QString>("code");
        // German has the longest words; English runs the same walk as a check of the test itself,
        // Spanish and Hindi because they are shipped too.
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("hi") << QStringLiteral("hi");
    }

    void noClippedTexts()
    {
        QFETCH(QString, code);
        QVERIFY(Translators::apply(code));
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setLanguage(code);
        MainWindow w(settings);
        w.resize(1024, 700);
        w.show();
        QSignalSpy loaded(&w, &MainWindow::filesLoaded);
        w.openDemo();
        QVERIFY(loaded.wait(60000));
        QVERIFY(QTest::qWaitFor([&w] { return w.model()->rowCount() == 3600 && !w.model()->isBusy(); }, 30000));
        // A call with audio statistics and an error log, so the pane shows every part.
        int row = -1;
        for (int r = 0; r < w.model()->rowCount() && row < 0; ++r) {
            const QModelIndex i = w.model()->index(r, 0);
            if (i.data(CallTableModel::IdRole).toString().isEmpty())
                continue;
            w.table()->selectRow(r);
            if (w.detailPane()->hasCall() && !w.detailPane()->call().errorLog.isEmpty()
                && w.detailPane()->call().audio.has_value())
                row = r;
        }
        QVERIFY2(row >= 0, "no demo call with audio statistics and an error log");
        settle();
        QStringList findings;
        ClipWalk walk;
        // The window kept the size analysts use: a minimum wider than 1024 px would push the
        // right side out of a 1024 px screen.
        if (w.width() > 1024 || w.height() > 700)
            findings << QStringLiteral("main window: %1x%2 instead of 1024x700 (minimum %3x%4)")
                            .arg(w.width()).arg(w.height()).arg(w.minimumSizeHint().width()).arg(w.minimumSizeHint().height());

        auto *paneTabs = w.detailPane()->findChild<QTabWidget *>(QStringLiteral("tabs"));
        QVERIFY(paneTabs);
        for (int t = 0; t < paneTabs->count(); ++t) {
            paneTabs->setCurrentIndex(t);
            settle();
            walk.walk(QStringLiteral("main window, detail pane tab %1").arg(t), &w);
        }

        w.showPage(MainWindow::OverviewPageIndex);
        settle();
        walk.walk(QStringLiteral("Overview"), &w);

        auto *scorecard = w.findChild<ScorecardPage *>();
        QVERIFY(scorecard);
        QSignalSpy refreshed(scorecard, &ScorecardPage::refreshed);
        w.showPage(MainWindow::ScorecardPageIndex);
        QVERIFY(refreshed.wait(60000));
        settle();
        walk.walk(QStringLiteral("Scorecard"), &w);
        // Two periods of the demo week compared: the date pickers and the changes in brackets
        // take room too.
        const QDate first = DemoData::rangeStart().date();
        scorecard->setCustomRanges(first.addDays(4), first.addDays(6), first, first.addDays(3));
        QVERIFY(refreshed.wait(60000));
        settle();
        QVERIFY(scorecard->model()->rowCount() > 0);
        QVERIFY(scorecard->model()->comparing());
        walk.walk(QStringLiteral("Scorecard, custom ranges compared"), &w);

        PreferencesDialog prefs(settings, &w);
        prefs.show();
        settle();
        auto *prefTabs = prefs.findChild<QTabWidget *>(QStringLiteral("preferenceTabs"));
        QVERIFY(prefTabs);
        for (int t = 0; t < prefTabs->count(); ++t) {
            prefTabs->setCurrentIndex(t);
            settle();
            walk.walk(QStringLiteral("Preferences tab %1").arg(t), &prefs);
        }
        prefs.close();

        findings += walk.findings;
        qInfo("%d texts compared with their room", walk.checked);
        // One line each: QTest cuts a long failure message.
        for (const QString &f : std::as_const(findings))
            qWarning("clipped: %s", qPrintable(f));
        QVERIFY2(findings.isEmpty(), qPrintable(QStringLiteral("%1 clipped text(s), listed above").arg(findings.size())));
    }
};

QTEST_MAIN(TstGermanLayout)
#include "tst_germanlayout.moc"
