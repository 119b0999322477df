// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window: it only composes. The fetch tool bar (account, date range with its zone,
// direction, fetch/cancel/resume), the pages (Calls, Overview, Scorecard), the menus
// (MainWindowActions), the archive it shows (ArchiveOpener) and a status bar with counts, the
// filtered-set summary and progress.
// Work happens in the parts it wires together (CallTableModel, CallSession, FetchController,
// ViewExportJob, CallsPage); file parsing and exports run off the UI thread. UI thread only.

#include <session/appsettings.h>
#include <session/fileimportjob.h>

#include <core/call.h>

#include <QMainWindow>

#include <memory>

class QLineEdit;
class QNetworkAccessManager;
class QTabWidget;

namespace cdr {

class ArchiveOpener;
class CallDetailPane;
class CallLibrary;
class CallsPage;
class CallTableModel;
class CallTableView;
class CredentialStore;
class FetchBar;
class ImportProblemsDialog;
class FetchController;
class CallSession;
class MainWindowActions;
class NoticeBar;
class RecoveryOffer;
class OverviewPage;
class StatusStrip;
class ViewExportJob;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { CallsPageIndex, OverviewPageIndex, ScorecardPageIndex };

    /// credentials: the keychain to use (tests pass a fake); nullptr = the system keychain.
    explicit MainWindow(AppSettings &settings, CredentialStore *credentials = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the deterministic demo archive (built on first use).
    void openDemo();
    /// Imports provider bodies or our own JSON/NDJSON/CSV, off the UI thread.
    void openFiles(const QStringList &paths);
    /// Opens (creates) an archive file and shows its calls.
    bool openArchive(const QString &path, QString *error = nullptr);
    /// Opens the archive Preferences > Archive names ($CDR_ARCHIVE first): a local file, or a
    /// team archive on a server with its password from the keychain (off the UI thread).
    void openConfiguredArchive();
    /// Opens a team archive with this password and loads the configured range and accounts.
    void openTeamArchive(const QString &uri, const QString &password);

    CallTableModel *model() const { return m_model; }
    CallsPage *callsPage() const { return m_calls; }
    CallTableView *table() const;
    CallDetailPane *detailPane() const;
    QLineEdit *filterEdit() const;
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
    /// The strip above the pages for a damaged archive or an interrupted import (RecoveryOffer).
    NoticeBar *noticeBar() const { return m_notice; }
    RecoveryOffer *recoveryOffer() const { return m_recovery; }
    /// Exports the current view (or everything) to .csv or .ndjson; runs off the UI thread.
    void exportView(const QString &path, bool everything, bool redact);
    /// Selects a call by id (any provider); false when absent or filtered out.
    bool goToCall(const QString &id);
    /// Selects this call as soon as the data being loaded shows it (command line --call).
    void selectWhenLoaded(const QString &id);
    /// Shows a page (enum Page).
    void showPage(int index);
    int currentPage() const;
    /// Moves to the next (or previous) call graded bad.
    bool nextBadCall(bool forward = true);
    void compareSelected();

    // What the menus run (MainWindowActions).
    /// newOnly: from the newest archived call of the account to now, instead of the date range.
    void startFetch(bool newOnly = false);
    /// Cancels the fetch, the file import and the export, whichever run.
    void cancelWork();
    void showImportProblems();
    void editAccounts();
    void editPreferences();
    void exportWithDialog(bool everything);
    void openWithDialog();
    void showMessage(const QString &text, bool error);

Q_SIGNALS:
    void filesLoaded(int calls);
    void exportFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void connectSession();
    void connectFetch();
    void reloadAccounts();
    void updateStatus();
    void retranslate();
    void applySettings();
    void restoreState();
    void importFinished(qint64 calls, qint64 added, const QList<FileImportJob::FileProblem> &problems, bool canceled);

    AppSettings &m_settings;
    QNetworkAccessManager *m_network = nullptr;
    CredentialStore *m_credentials = nullptr;
    FetchController *m_fetch = nullptr;

    CallTableModel *m_model = nullptr;
    CallSession *m_session = nullptr;
    ViewExportJob *m_export = nullptr;
    CallsPage *m_calls = nullptr;
    OverviewPage *m_overview = nullptr;
    QTabWidget *m_tabs = nullptr;
    MainWindowActions *m_actions = nullptr;
    FetchBar *m_fetchBar = nullptr;
    StatusStrip *m_status = nullptr;
    ImportProblemsDialog *m_problems = nullptr;
    NoticeBar *m_notice = nullptr;
    RecoveryOffer *m_recovery = nullptr;
    ArchiveOpener *m_archives = nullptr;
    bool m_demo = false;
};

} // namespace cdr
