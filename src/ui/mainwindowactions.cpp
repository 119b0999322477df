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
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open files..."), m_window, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("Open &demo data"), m_window, &MainWindow::openDemo);
    m_problems = file->addAction(tr("&Problems of the last open..."), m_window, &MainWindow::showImportProblems);
    m_problems->setEnabled(false);
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export the view..."), m_window, [this] { m_window->exportWithDialog(false); });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(tr("The filtered, sorted calls with the visible columns"));
    file->addAction(tr("Export &all calls..."), m_window, [this] { m_window->exportWithDialog(true); });
    file->addMenu(m_calls->detailPane()->exportMenu())->setText(tr("Export this &call"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), m_window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindowActions::buildEditMenu()
{
    QMenu *edit = m_window->menuBar()->addMenu(tr("&Edit"));
    CallTableView *table = m_calls->table();
    QAction *copyTsv = edit->addAction(tr("&Copy rows"), table, [table] { table->copySelection(u'\t'); });
    copyTsv->setShortcut(QKeySequence::Copy);
    copyTsv->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    table->addAction(copyTsv);
    QAction *copyCsv = edit->addAction(tr("Copy rows as CS&V"), table, [table] { table->copySelection(u','); });
    copyCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Filter..."), m_calls, &CallsPage::focusFilter);
    find->setShortcut(QKeySequence::Find);
    QAction *clearFilters = edit->addAction(tr("C&lear all filters"), m_calls, &CallsPage::clearAllFilters);
    clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    QAction *go = edit->addAction(tr("&Go to call..."), m_calls, &CallsPage::goToCallWithDialog);
    go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    edit->addAction(tr("&Save filter as..."), m_calls, &CallsPage::saveFilterWithDialog);
    m_savedFiltersMenu = edit->addMenu(tr("Saved fi&lters"));
    connect(m_savedFiltersMenu, &QMenu::aboutToShow, this, [this] {
        m_savedFiltersMenu->clear();
        const QStringList names = CallFilter::savedNames(m_settings.raw());
        for (const QString &name : names)
            m_savedFiltersMenu->addAction(name, m_calls, [this, name] { m_calls->applySavedFilter(name); });
        if (names.isEmpty())
            m_savedFiltersMenu->addAction(tr("(none saved)"))->setEnabled(false);
    });
    edit->addSeparator();
    QAction *prefs = edit->addAction(tr("&Preferences..."), m_window, &MainWindow::editPreferences);
    prefs->setShortcut(QKeySequence::Preferences);
}

void MainWindowActions::buildViewMenu()
{
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    QAction *nextBad = view->addAction(tr("&Next bad call"), m_calls, [this] { m_calls->nextBadCall(true); });
    nextBad->setShortcut(QKeySequence(Qt::Key_F8));
    QAction *prevBad = view->addAction(tr("&Previous bad call"), m_calls, [this] { m_calls->nextBadCall(false); });
    prevBad->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    QAction *back = view->addAction(tr("&Back"), m_calls, [this] { m_calls->navigateHistory(-1); });
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    QAction *forward = view->addAction(tr("&Forward"), m_calls, [this] { m_calls->navigateHistory(1); });
    forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    view->addSeparator();
    QAction *compare = view->addAction(tr("&Compare selected calls"), m_calls, &CallsPage::compareSelected);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    view->addAction(tr("C&olumns..."), m_calls, [this] {
        m_calls->table()->showColumnMenu(m_calls->table()->mapToGlobal(QPoint(0, 0)));
    });
    QAction *overview = view->addAction(tr("&Overview"), m_window, [this] {
        m_window->showPage(m_window->currentPage() == MainWindow::OverviewPageIndex ? MainWindow::CallsPageIndex
                                                                                  : MainWindow::OverviewPageIndex);
    });
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
}

void MainWindowActions::buildFetchMenu()
{
    QMenu *fetch = m_window->menuBar()->addMenu(tr("F&etch"));
    m_fetch = fetch->addAction(tr("&Fetch calls"), m_window, [this] { m_window->startFetch(false); });
    m_fetch->setShortcut(QKeySequence::Refresh);
    // SVG icons stay sharp at any scale; they come from the app's resources when linked in.
    m_fetch->setIcon(QIcon(QStringLiteral(":/icons/fetch.svg")));
    m_cancel = fetch->addAction(tr("&Cancel"), m_window, &MainWindow::cancelWork);
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    m_cancel->setEnabled(false);
    m_resume = fetch->addAction(tr("&Resume"), m_window, [this] { m_window->fetchController()->resume(); });
    m_resume->setEnabled(false);
    m_resume->setObjectName(QStringLiteral("resumeAction"));
    QAction *fetchNew = fetch->addAction(tr("Fetch &new calls (since the newest archived)"), m_window,
                                         [this] { m_window->startFetch(true); });
    fetchNew->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_resume->setIcon(QIcon(QStringLiteral(":/icons/resume.svg")));
    fetch->addSeparator();
    fetch->addAction(tr("&Accounts..."), m_window, &MainWindow::editAccounts);
}

void MainWindowActions::buildHelpMenu()
{
    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), m_window, [this] {
        ShortcutsDialog dialog(m_window->menuBar(), m_window);
        dialog.exec();
    });
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Documentation"), m_window, [] { QDesktopServices::openUrl(ShortcutsDialog::documentationUrl()); });
    help->addAction(tr("&About CDR Inspector"), m_window, [this] {
        m_window->showMessage(tr("CDR Inspector %1: call detail records from Plivo, Vobiz, CarrierX and NexBro.")
                                  .arg(QCoreApplication::applicationVersion()),
                              false);
    });
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
