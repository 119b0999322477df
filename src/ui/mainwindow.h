// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window: it only composes. A toolbar (account, date range with its zone, direction,
// fetch/cancel/resume, quick filter), the call table with the detail pane in a splitter, the
// overview page, and a status bar with counts, the filtered-set summary and fetch progress.
// Work happens in the parts it wires together (CallTableModel, CallLibrary, FetchController,
// CallDetailPane); file parsing runs off the UI thread. UI thread only.

#include <session/appsettings.h>

#include <core/call.h>

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QAction;
class QLineEdit;
class QMenu;
class QNetworkAccessManager;
class QSplitter;
class QTabWidget;

namespace cdr {

class CallDetailPane;
class CallLibrary;
class CallNotesWidget;
class CallTableModel;
class CallTableView;
class CredentialStore;
class FetchBar;
class FilterChipsBar;
class ImportProblemsDialog;
class FetchController;
class CallSession;
class OverviewPage;
class StatusStrip;
class ViewExportJob;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// credentials: the keychain to use (tests pass a fake); nullptr = the system keychain.
    explicit MainWindow(AppSettings &settings, CredentialStore *credentials = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the deterministic demo archive (built on first use).
    void openDemo();
    /// Imports provider bodies or our own JSON/NDJSON/CSV, off the UI thread.
    void openFiles(const QStringList &paths);
    /// Opens (creates) an archive file and shows its calls.
    bool openArchive(const QString &path, QString *error = nullptr);

    CallTableModel *model() const { return m_model; }
    CallTableView *table() const { return m_table; }
    CallDetailPane *detailPane() const { return m_pane; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    CallLibrary *library() const;
    CallSession *session() const { return m_session; }
    /// The list of the last open's failed files and warnings (nullptr until one had any).
    ImportProblemsDialog *importProblems() const { return m_problems; }
    /// How the app starts: the demo, or the user's archive ($CDR_ARCHIVE or the default);
    /// then the files given, which are ingested into it like any other.
    void startWith(bool demo, const QStringList &files);
    OverviewPage *overview() const { return m_overview; }
    FetchController *fetchController() const { return m_fetch; }
    QString statusText() const;
    StatusStrip *statusStrip() const { return m_status; }
    /// Exports the current view (or everything) to .csv or .ndjson; runs off the UI thread.
    void exportView(const QString &path, bool everything, bool redact);
    /// Selects a call by id (any provider); false when absent or filtered out.
    bool goToCall(const QString &id);
    /// Selects this call as soon as the data being loaded shows it (command line --call).
    void selectWhenLoaded(const QString &id) { m_pendingCallId = id; }
    /// Shows the Calls (0) or Overview (1) page.
    void showPage(int index);
    /// Moves to the next (or previous) call graded bad.
    bool nextBadCall(bool forward = true);
    void compareSelected();

Q_SIGNALS:
    void filesLoaded(int calls);
    void exportFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    void buildToolBar();
    void reloadAccounts();
    /// newOnly: from the newest archived call of the account to now, instead of the date range.
    void startFetch(bool newOnly = false);
    void applyQuickFilter();
    void updateChips();
    void clearAllFilters();
    void showCurrentCall();
    void selectFirstRow();
    void selectRow(int row, bool record);
    void navigateHistory(int step);
    void updateRecentMenu();
    void updateStatus();
    void showMessage(const QString &text, bool error);
    void applySettings();
    void editAccounts();
    void editPreferences();
    void exportWithDialog(bool everything);
    void openWithDialog();
    void goToCallWithDialog();
    void saveFilterWithDialog();
    void restoreState();

    AppSettings &m_settings;
    QNetworkAccessManager *m_network = nullptr;
    CredentialStore *m_credentials = nullptr;
    FetchController *m_fetch = nullptr;

    CallTableModel *m_model = nullptr;
    CallSession *m_session = nullptr;
    ViewExportJob *m_export = nullptr;
    CallTableView *m_table = nullptr;
    CallDetailPane *m_pane = nullptr;
    CallNotesWidget *m_notes = nullptr;
    OverviewPage *m_overview = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;

    FetchBar *m_fetchBar = nullptr;
    FilterChipsBar *m_chips = nullptr;
    StatusStrip *m_status = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTimer m_filterDebounce;

    QAction *m_fetchAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_problemsAction = nullptr;
    ImportProblemsDialog *m_problems = nullptr;
    QMenu *m_savedFiltersMenu = nullptr;

    QList<QPair<Provider, QString>> m_history; ///< selection history for Alt+Left/Right
    int m_historyPos = -1;
    bool m_navigating = false;
    bool m_selectFirst = false;
    /// The current row was chosen by the app (the first row after a load), not by the user: when
    /// the sorted view arrives later, its first row is selected instead, so the pane never shows
    /// a call the table has moved out of sight.
    bool m_autoSelected = false;
    bool m_selectingFirst = false;
    QString m_pendingCallId;
    int m_loadJobs = 0;
};

} // namespace cdr
