// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window's menus and actions (File, Edit, View, Fetch, Help) with their shortcuts and
// icons. Each action calls into the window or its calls page; the window keeps the fetch,
// cancel, resume and problems actions enabled to match its state. UI thread only; the actions
// belong to the menus, the menus to the window's menu bar.

#include "actiontexts.h"

#include <QObject>

class QAction;
class QMenu;

namespace cdr {

class AppSettings;
class CallsPage;
class MainWindow;

class MainWindowActions : public QObject
{
    Q_OBJECT

public:
    /// Builds the menus into window's menu bar.
    MainWindowActions(MainWindow *window, CallsPage *calls, AppSettings &settings);

    QAction *fetchAction() const { return m_fetch; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *resumeAction() const { return m_resume; }
    QAction *problemsAction() const { return m_problems; }
    /// Rebuilds File > Open recent from the settings.
    void updateRecentMenu();
    /// Sets every menu's and action's text again from its source, in the installed language.
    void retranslate();

private:
    void buildFileMenu();
    void buildEditMenu();
    void buildViewMenu();
    void buildFetchMenu();
    void buildHelpMenu();

    MainWindow *m_window;
    CallsPage *m_calls;
    AppSettings &m_settings;
    QAction *m_fetch = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_problems = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_savedFiltersMenu = nullptr;
    ActionTexts m_texts; ///< every menu's and action's text, for a language switch
};

} // namespace cdr
