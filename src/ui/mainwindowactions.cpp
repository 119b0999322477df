// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindowactions.h"

#include "calldetailpane.h"
#include "callspage.h"
#include "calltableview.h"
#include "mainwindow.h"
#include "shortcutsdialog.h"

#include <models/callfilter.h>
#include <session/appsettings.h>
#include <session/fetchcontroller.h>

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>

namespace cdr {

MainWindowActions::MainWindowActions(MainWindow *window, CallsPage *calls, AppSettings &settings)
    : QObject(window)
    , m_window(window)
    , m_calls(calls)
    , m_settings(settings)
    , m_texts(staticMetaObject.className())
{
    buildFileMenu();
    buildEditMenu();
    buildViewMenu();
    buildFetchMenu();
    buildHelpMenu();
    updateRecentMenu();
}

void MainWindowActions::buildFileMenu()
{
    QMenu *file = m_texts.text(m_window->menuBar()->addMenu(QString()), QT_TR_NOOP("&File"));
    QAction *open = m_texts.text(file->addAction(QString(), m_window, &MainWindow::openWithDialog), QT_TR_NOOP("&Open files..."));
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = m_texts.text(file->addMenu(QString()), QT_TR_NOOP("Open &recent"));
    m_texts.text(file->addAction(QString(), m_window, &MainWindow::openDemo), QT_TR_NOOP("Open &demo data"));
    m_problems = m_texts.text(file->addAction(QString(), m_window, &MainWindow::showImportProblems), QT_TR_NOOP("&Problems of the last open..."));
    m_problems->setEnabled(false);
    file->addSeparator();
    QAction *exportAction = m_texts.text(file->addAction(QString(), m_window, [this] { m_window->exportWithDialog(false); }), QT_TR_NOOP("&Export the view..."));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_texts.toolTip(exportAction, QT_TR_NOOP("The filtered, sorted calls with the visible columns"));
    m_texts.text(file->addAction(QString(), m_window, [this] { m_window->exportWithDialog(true); }), QT_TR_NOOP("Export &all calls..."));
    m_texts.text(file->addMenu(m_calls->detailPane()->exportMenu()), QT_TR_NOOP("Export this &call"));
    file->addSeparator();
    QAction *quit = m_texts.text(file->addAction(QString(), m_window, &QWidget::close), QT_TR_NOOP("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindowActions::buildEditMenu()
{
    QMenu *edit = m_texts.text(m_window->menuBar()->addMenu(QString()), QT_TR_NOOP("&Edit"));
    CallTableView *table = m_calls->table();
    QAction *copyTsv = m_texts.text(edit->addAction(QString(), table, [table] { table->copySelection(u'\t'); }), QT_TR_NOOP("&Copy rows"));
    copyTsv->setShortcut(QKeySequence::Copy);
    copyTsv->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    table->addAction(copyTsv);
    QAction *copyCsv = m_texts.text(edit->addAction(QString(), table, [table] { table->copySelection(u','); }), QT_TR_NOOP("Copy rows as CS&V"));
    copyCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    edit->addSeparator();
    QAction *find = m_texts.text(edit->addAction(QString(), m_calls, &CallsPage::focusFilter), QT_TR_NOOP("&Filter..."));
    find->setShortcut(QKeySequence::Find);
    QAction *clearFilters = m_texts.text(edit->addAction(QString(), m_calls, &CallsPage::clearAllFilters), QT_TR_NOOP("C&lear all filters"));
    clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    QAction *go = m_texts.text(edit->addAction(QString(), m_calls, &CallsPage::goToCallWithDialog), QT_TR_NOOP("&Go to call..."));
    go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_texts.text(edit->addAction(QString(), m_calls, &CallsPage::saveFilterWithDialog), QT_TR_NOOP("&Save filter as..."));
    m_savedFiltersMenu = m_texts.text(edit->addMenu(QString()), QT_TR_NOOP("Saved fi&lters"));
    connect(m_savedFiltersMenu, &QMenu::aboutToShow, this, [this] {
        m_savedFiltersMenu->clear();
        const QStringList names = CallFilter::savedNames(m_settings.raw());
        for (const QString &name : names)
            m_savedFiltersMenu->addAction(name, m_calls, [this, name] { m_calls->applySavedFilter(name); });
        if (names.isEmpty())
            m_savedFiltersMenu->addAction(tr("(none saved)"))->setEnabled(false);
    });
    edit->addSeparator();
    QAction *prefs = m_texts.text(edit->addAction(QString(), m_window, &MainWindow::editPreferences), QT_TR_NOOP("&Preferences..."));
    prefs->setShortcut(QKeySequence::Preferences);
}

void MainWindowActions::buildViewMenu()
{
    QMenu *view = m_texts.text(m_window->menuBar()->addMenu(QString()), QT_TR_NOOP("&View"));
    QAction *nextBad = m_texts.text(view->addAction(QString(), m_calls, [this] { m_calls->nextBadCall(true); }), QT_TR_NOOP("&Next bad call"));
    nextBad->setShortcut(QKeySequence(Qt::Key_F8));
    QAction *prevBad = m_texts.text(view->addAction(QString(), m_calls, [this] { m_calls->nextBadCall(false); }), QT_TR_NOOP("&Previous bad call"));
    prevBad->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    QAction *back = m_texts.text(view->addAction(QString(), m_calls, [this] { m_calls->navigateHistory(-1); }), QT_TR_NOOP("&Back"));
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    QAction *forward = m_texts.text(view->addAction(QString(), m_calls, [this] { m_calls->navigateHistory(1); }), QT_TR_NOOP("&Forward"));
    forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    view->addSeparator();
    QAction *compare = m_texts.text(view->addAction(QString(), m_calls, &CallsPage::compareSelected), QT_TR_NOOP("&Compare selected calls"));
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_texts.text(view->addAction(QString(), m_calls, [this] {
        m_calls->table()->showColumnMenu(m_calls->table()->mapToGlobal(QPoint(0, 0)));
    }), QT_TR_NOOP("C&olumns..."));
    QAction *overview = m_texts.text(view->addAction(QString(), m_window, [this] {
        m_window->showPage(m_window->currentPage() == MainWindow::OverviewPageIndex ? MainWindow::CallsPageIndex
                                                                                  : MainWindow::OverviewPageIndex);
    }), QT_TR_NOOP("&Overview"));
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
}

void MainWindowActions::buildFetchMenu()
{
    QMenu *fetch = m_texts.text(m_window->menuBar()->addMenu(QString()), QT_TR_NOOP("F&etch"));
    m_fetch = m_texts.text(fetch->addAction(QString(), m_window, [this] { m_window->startFetch(false); }), QT_TR_NOOP("&Fetch calls"));
    m_fetch->setShortcut(QKeySequence::Refresh);
    // SVG icons stay sharp at any scale; they come from the app's resources when linked in.
    m_fetch->setIcon(QIcon(QStringLiteral(":/icons/fetch.svg")));
    m_cancel = m_texts.text(fetch->addAction(QString(), m_window, &MainWindow::cancelWork), QT_TR_NOOP("&Cancel"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    m_cancel->setEnabled(false);
    m_resume = m_texts.text(fetch->addAction(QString(), m_window, [this] { m_window->fetchController()->resume(); }), QT_TR_NOOP("&Resume"));
    m_resume->setEnabled(false);
    m_resume->setObjectName(QStringLiteral("resumeAction"));
    QAction *fetchNew = m_texts.text(fetch->addAction(QString(), m_window,
                                         [this] { m_window->startFetch(true); }), QT_TR_NOOP("Fetch &new calls (since the newest archived)"));
    fetchNew->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_resume->setIcon(QIcon(QStringLiteral(":/icons/resume.svg")));
    fetch->addSeparator();
    m_texts.text(fetch->addAction(QString(), m_window, &MainWindow::editAccounts), QT_TR_NOOP("&Accounts..."));
}

void MainWindowActions::buildHelpMenu()
{
    QMenu *help = m_texts.text(m_window->menuBar()->addMenu(QString()), QT_TR_NOOP("&Help"));
    QAction *keys = m_texts.text(help->addAction(QString(), m_window, [this] {
        ShortcutsDialog dialog(m_window->menuBar(), m_window);
        dialog.exec();
    }), QT_TR_NOOP("&Keyboard shortcuts"));
    keys->setShortcut(QKeySequence::HelpContents);
    m_texts.text(help->addAction(QString(), m_window, [] { QDesktopServices::openUrl(ShortcutsDialog::documentationUrl()); }), QT_TR_NOOP("&Documentation"));
    m_texts.text(help->addAction(QString(), m_window, [this] {
        m_window->showMessage(tr("CDR Inspector %1: call detail records from Plivo, Vobiz, CarrierX and NexBro.")
                                  .arg(QCoreApplication::applicationVersion()),
                              false);
    }), QT_TR_NOOP("&About CDR Inspector"));
}

void MainWindowActions::retranslate()
{
    m_texts.retranslate();
}

void MainWindowActions::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (const QString &f : files)
        m_recentMenu->addAction(f, m_window, [this, f] { m_window->openFiles({f}); });
    m_recentMenu->setEnabled(!files.isEmpty());
}

} // namespace cdr
