// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "accountsdialog.h"
#include "apptheme.h"
#include "archiveopener.h"
#include "calldetailpane.h"
#include "callspage.h"
#include "calltableview.h"
#include "fetchbar.h"
#include "importproblemsdialog.h"
#include "mainwindowactions.h"
#include "noticebar.h"
#include "overviewpage.h"
#include "preferencesdialog.h"
#include "recoveryoffer.h"
#include "scorecardpage.h"
#include "statusstrip.h"

#include <core/backgroundjob.h>
#include <core/callwriter.h>
#include <models/callexporter.h>
#include <models/callfilter.h>
#include <models/callstore.h>
#include <models/calltablemodel.h>
#include <providers/accountprofile.h>
#include <providers/credentialstore.h>
#include <session/calllibrary.h>
#include <session/callsession.h>
#include <session/demodata.h>
#include <session/fetchcontroller.h>
#include <session/sessioncredentialstore.h>
#include <session/viewexportjob.h>

#include <QAction>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cdr {

MainWindow::MainWindow(AppSettings &settings, CredentialStore *credentials, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
    , m_credentials(new SessionCredentialStore(credentials ? credentials : new CredentialStore(this),
                                               QProcessEnvironment::systemEnvironment(),
                                               [&settings](const QString &key) -> std::optional<Provider> {
                                                   const auto p = AccountProfile::load(settings.raw(), key.mid(8));
                                                   return p ? std::optional<Provider>(p->provider) : std::nullopt;
                                               },
                                               this))
    , m_fetch(new FetchController(m_credentials, m_network, this))
    , m_model(new CallTableModel(this))
    , m_session(new CallSession(m_model, this))
    , m_export(new ViewExportJob(this))
{
    connect(static_cast<SessionCredentialStore *>(m_credentials), &SessionCredentialStore::keptForSession, this,
            [this](const QString &, const QString &) {
                showMessage(tr("No system keychain: the account's secret is kept in memory for this session only."), true);
            });
    setAcceptDrops(true);

    m_calls = new CallsPage(m_model, m_session, m_settings, this);
    m_overview = new OverviewPage(m_model, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_calls, QString());
    m_tabs->addTab(m_overview, QString());
    auto *scorecard = new ScorecardPage(m_model, m_settings, this);
    m_tabs->addTab(scorecard, QString());
    connect(scorecard, &ScorecardPage::filterRequested, this, [this](const CallFilter &f) {
        m_model->setFilter(f);
        m_tabs->setCurrentIndex(CallsPageIndex);
        showMessage(tr("Showing the calls of %1.").arg(f.rowsLabel), false);
    });
    connect(m_overview, &OverviewPage::filterRequested, this, [this](const CallFilter &f) {
        m_model->setFilter(f);
        m_tabs->setCurrentIndex(CallsPageIndex);
    });
    connect(m_calls, &CallsPage::statusMessage, this, &MainWindow::showMessage);
    connect(m_calls, &CallsPage::showRequested, this, [this] { m_tabs->setCurrentIndex(CallsPageIndex); });
    // A damaged archive or an interrupted import is told above the pages, where it stays until
    // the user acts (RecoveryOffer).
    m_notice = new NoticeBar(this);
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_notice);
    column->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_actions = new MainWindowActions(this, m_calls, m_settings);
    m_fetchBar = new FetchBar(this, {m_actions->fetchAction(), m_actions->cancelAction(), m_actions->resumeAction()});
    m_calls->setFetchBar(m_fetchBar);
    m_status = new StatusStrip(statusBar());
    m_recovery = new RecoveryOffer(this, m_notice, m_status, m_settings.raw());
    m_archives = new ArchiveOpener(this, m_session, m_settings, m_credentials, m_recovery);
    connect(m_archives, &ArchiveOpener::message, this, &MainWindow::showMessage);
    connect(m_archives, &ArchiveOpener::loaded, this, [this](qint64 rows) {
        m_calls->selectFirstWhenViewed();
        Q_EMIT filesLoaded(int(rows));
    });
    applySettings();
    reloadAccounts();

    connect(m_model, &CallTableModel::summaryChanged, this, [this] { updateStatus(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { updateStatus(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateStatus(); });
    connect(m_model, &CallTableModel::busyChanged, this, [this](bool busy) {
        if (busy)
            m_status->setBusy();
        else
            updateStatus();
    });
    connectSession();
    connectFetch();
    restoreState();
    retranslate();
}

void MainWindow::retranslate()
{
    setWindowTitle(m_demo ? tr("CDR Inspector - demo data") : tr("CDR Inspector"));
    m_tabs->setTabText(CallsPageIndex, tr("&Calls"));
    m_tabs->setTabText(OverviewPageIndex, tr("&Overview"));
    m_tabs->setTabText(ScorecardPageIndex, tr("&Scorecard"));
    m_actions->retranslate();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    // The children (pages, detail pane, charts, fetch bar) get the same event from Qt and
    // retranslate themselves; the window does its own texts and the menus, which are not widgets'.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::connectSession()
{
    connect(m_session, &CallSession::failed, this, [this](const QString &m) { showMessage(m, true); });
    connect(&m_session->library(), &CallLibrary::noteReplaced, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_session, &CallSession::callsIngested, m_calls, &CallsPage::selectFirstIfNone);
    connect(m_session, &CallSession::importProgress, this, [this](const QString &file, qint64 done, qint64 total) {
        m_status->showProgress(tr("Reading %1: %2 of %3 MB").arg(file).arg(done / 1048576.0, 0, 'f', 1).arg(total / 1048576.0, 0, 'f', 1),
                               total > 0 ? int(100 * done / total) : -1);
    });
    connect(m_session, &CallSession::importFinished, this, &MainWindow::importFinished);
    connect(m_export, &ViewExportJob::progress, m_status, &StatusStrip::showProgress);
    connect(m_export, &ViewExportJob::finished, this, [this](bool ok, bool canceled, const QString &message) {
        m_status->hideProgress();
        m_actions->cancelAction()->setEnabled(m_fetch->state() == FetchController::State::Running || m_session->importRunning());
        showMessage(message, !ok && !canceled);
        Q_EMIT exportFinished(ok, message);
    });
}

void MainWindow::importFinished(qint64 calls, qint64 added, const QList<FileImportJob::FileProblem> &problems, bool canceled)
{
    m_recovery->importEnded();
    m_status->hideProgress();
    m_actions->cancelAction()->setEnabled(m_fetch->state() == FetchController::State::Running);
    QString text = canceled ? tr("Import canceled: %Ln new call(s) kept.", nullptr, int(added))
                            : tr("Opened %Ln new call(s)", nullptr, int(added));
    if (calls > added && !canceled)
        text += tr(" (%Ln already there or repeated; the last occurrence is kept)", nullptr, int(calls - added));
    const qsizetype failed = std::count_if(problems.begin(), problems.end(),
                                           [](const FileImportJob::FileProblem &p) { return !p.error.isEmpty(); });
    qsizetype warnings = 0;
    for (const FileImportJob::FileProblem &p : problems)
        warnings += p.warnings.size();
    // Each file with its own reason, in a list: one status line cut after the first error hid the rest.
    m_actions->problemsAction()->setEnabled(!problems.isEmpty());
    if (!problems.isEmpty()) {
        if (!m_problems)
            m_problems = new ImportProblemsDialog(this);
        m_problems->setProblems(problems);
    }
    if (failed > 0) {
        // Short: the list beside it names every file and reason (File > Problems of the last open).
        const auto first = std::find_if(problems.begin(), problems.end(),
                                        [](const FileImportJob::FileProblem &p) { return !p.error.isEmpty(); });
        text += u"; "_s + (failed == 1 ? tr("%1 could not be read completely").arg(QFileInfo(first->path).fileName())
                                       : tr("%n file(s) could not be read", nullptr, int(failed)));
        m_problems->show();
        m_problems->raise();
    } else if (warnings > 0) {
        text += u"; "_s + tr("%n warning(s) (File > Problems of the last open)", nullptr, int(warnings));
    }
    showMessage(text, failed > 0);
    Q_EMIT filesLoaded(int(calls));
}

void MainWindow::connectFetch()
{
    connect(m_fetch, &FetchController::callsReceived, this, [this](const QList<Call> &calls) {
        m_session->ingest(calls, m_fetch->zone());
    });
    connect(m_fetch, &FetchController::progressChanged, m_status, &StatusStrip::showProgress);
    connect(m_fetch, &FetchController::message, this, &MainWindow::showMessage);
    connect(m_fetch, &FetchController::stateChanged, this, [this](FetchController::State s) {
        const bool running = s == FetchController::State::Running || s == FetchController::State::ReadingSecret;
        m_actions->fetchAction()->setEnabled(!running);
        m_actions->cancelAction()->setEnabled(running);
        m_actions->resumeAction()->setEnabled(m_fetch->canResume());
        if (!running)
            m_status->hideProgress();
    });

    // A fetch interrupted in an earlier run (cancel, error, quit, crash) can go on from here.
    m_fetch->setStateStore(&m_settings.raw());
    if (m_fetch->canResume()) {
        m_actions->resumeAction()->setEnabled(true);
        const QString text = tr("Resume the interrupted fetch of %1").arg(m_fetch->savedWalkAccountName());
        m_actions->resumeAction()->setToolTip(text);
        showMessage(text + tr(" (Fetch > Resume)."), false);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::applySettings()
{
    const QTimeZone zone = m_settings.displayZone();
    m_model->setTimeZone(zone);
    m_model->setThresholds(m_settings.thresholds());
    m_calls->applySettings();
    m_fetchBar->setZone(zone);
}

void MainWindow::reloadAccounts()
{
    m_fetchBar->reloadAccounts(m_settings.raw(), m_settings.lastAccountId());
}

void MainWindow::startFetch(bool newOnly)
{
    const QString id = m_fetchBar->accountId();
    const auto profile = AccountProfile::load(m_settings.raw(), id);
    if (!profile) {
        showMessage(tr("Add a provider account first (Fetch > Accounts)."), true);
        editAccounts();
        return;
    }
    m_settings.setLastAccountId(id);
    const QTimeZone zone = m_settings.displayZone();
    FetchQuery q = m_fetchBar->query();
    if (newOnly) {
        // Resume from what is archived: the newest call we have is where new ones begin.
        // The overlap of one call is harmless, batches are de-duplicated by (provider, id).
        q.until = QDateTime::currentDateTimeUtc();
        if (const auto latest = m_session->library().latestStartMs(profile->provider, profile->accountId)) {
            q.since = QDateTime::fromMSecsSinceEpoch(*latest, QTimeZone::utc());
            showMessage(tr("Fetching %1 calls since %2.").arg(profile->name, q.since.toTimeZone(zone).toString(
                                                                                  QStringLiteral("yyyy-MM-dd HH:mm:ss"))), false);
        }
    }
    if (q.since >= q.until) {
        showMessage(tr("The start date is after the end date."), true);
        return;
    }
    m_fetch->start(*profile, q);
}

bool MainWindow::goToCall(const QString &id)
{
    return m_calls->goToCall(id);
}

void MainWindow::showPage(int index)
{
    m_tabs->setCurrentIndex(index);
}

int MainWindow::currentPage() const
{
    return m_tabs->currentIndex();
}

void MainWindow::selectWhenLoaded(const QString &id)
{
    m_calls->selectWhenLoaded(id);
}

CallTableView *MainWindow::table() const
{
    return m_calls->table();
}

CallDetailPane *MainWindow::detailPane() const
{
    return m_calls->detailPane();
}

QLineEdit *MainWindow::filterEdit() const
{
    return m_calls->filterEdit();
}

void MainWindow::cancelWork()
{
    m_fetch->cancel();
    m_session->cancelImport();
    m_export->cancel();
}

void MainWindow::showImportProblems()
{
    if (m_problems) {
        m_problems->show();
        m_problems->raise();
    }
}

bool MainWindow::nextBadCall(bool forward)
{
    return m_calls->nextBadCall(forward);
}

void MainWindow::compareSelected()
{
    m_calls->compareSelected();
}

bool MainWindow::openArchive(const QString &path, QString *error)
{
    return m_archives->openArchive(path, error);
}

CallLibrary *MainWindow::library() const
{
    return &m_session->library();
}

void MainWindow::startWith(bool demo, const QStringList &files)
{
    // The archive is open before anything is ingested, so files given as arguments are kept
    // like everything else and are there again on the next start.
    if (demo)
        openDemo();
    else
        openConfiguredArchive();
    openFiles(files);
}

void MainWindow::openConfiguredArchive()
{
    m_archives->openConfigured();
}

void MainWindow::openTeamArchive(const QString &uri, const QString &password)
{
    m_archives->openTeamArchive(uri, password);
}

void MainWindow::openDemo()
{
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/demo-archive-v1.sqlite");
    if (!openArchive(path))
        return;
    m_demo = true;
    setWindowTitle(tr("CDR Inspector - demo data"));
    m_fetchBar->setDateRange(DemoData::rangeStart().date(), DemoData::rangeEnd().date().addDays(-1));
    if (m_session->library().count() > 0)
        return; // built on an earlier run; load() shows it
    showMessage(tr("Building the demo data..."), false);
    BackgroundJob::run(this, [] { return DemoData::calls(); }, [this](QList<Call> calls) {
        m_session->ingest(calls);
        m_status->showMessage([n = int(calls.size())] { return tr("Demo: %Ln call(s) across Plivo, Vobiz, CarrierX and NexBro.", nullptr, n); }, false);
        m_calls->selectPendingOrFirst();
        Q_EMIT filesLoaded(int(calls.size()));
    });
}

void MainWindow::openFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    for (const QString &p : paths)
        m_settings.addRecentFile(QFileInfo(p).absoluteFilePath());
    m_actions->updateRecentMenu();
    m_actions->cancelAction()->setEnabled(true);
    showMessage(tr("Reading %n file(s)...", nullptr, int(paths.size())), false);
    m_recovery->importStarted(m_session->library().path(), m_session->library().count(), paths);
    m_session->importFiles(paths);
}

void MainWindow::openWithDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open call records"), QString(),
                                                            tr("Call records (*.json *.ndjson *.jsonl *.csv);;All files (*)"));
    openFiles(paths);
}

void MainWindow::exportView(const QString &path, bool everything, bool redact)
{
    const auto normalized = CallWriter::formatForPath(path);
    if (normalized && *normalized != CallWriter::Format::Csv) {
        // JSON and NDJSON are the normalized format: whole calls (legs, audio, error log, raw)
        // from the archive, in the view's order, never the table's counts.
        auto rows = everything ? nullptr : std::make_shared<const std::vector<quint32>>(m_model->viewRows());
        m_actions->cancelAction()->setEnabled(true);
        showMessage(tr("Exporting..."), false);
        m_export->startNormalized(path, m_session->library().readerFactory(), m_session->library().unwrittenCalls(),
                                  m_model->store(), rows, redact);
        return;
    }
    const auto format = CallExporter::formatForPath(path);
    if (!format) {
        showMessage(tr("Export: use a .csv, .json or .ndjson file name."), true);
        Q_EMIT exportFinished(false, tr("unknown format"));
        return;
    }
    // The view as the analyst sees it: visible columns in their on-screen order.
    QList<int> visible;
    const QHeaderView *header = table()->horizontalHeader();
    for (int v = 0; v < header->count(); ++v) {
        const int c = header->logicalIndex(v);
        if (!table()->isColumnHidden(c))
            visible << c;
    }
    CallExporter::Options options;
    options.format = *format;
    options.redact = redact;
    if (!everything)
        options.fields = CallExporter::fieldsForColumns(visible);
    auto rows = everything ? nullptr : std::make_shared<const std::vector<quint32>>(m_model->viewRows());
    m_actions->cancelAction()->setEnabled(true);
    showMessage(tr("Exporting..."), false);
    m_export->start(path, m_model->store(), rows, options);
}

void MainWindow::exportWithDialog(bool everything)
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export calls"), QStringLiteral("calls.csv"),
                                                      tr("CSV, the visible columns (*.csv);;NDJSON, whole calls (*.ndjson);;JSON, whole calls (*.json)"),
                                                      &selected);
    if (!path.isEmpty())
        exportView(path, everything, m_settings.redactByDefault());
}

void MainWindow::editAccounts()
{
    AccountsDialog dialog(m_settings.raw(), m_credentials, m_network, this);
    connect(&dialog, &AccountsDialog::accountsChanged, this, &MainWindow::reloadAccounts);
    dialog.exec();
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(m_settings, this);
    dialog.setCredentialStore(m_credentials);
    if (dialog.exec() == QDialog::Accepted) {
        applySettings();
        AppTheme::apply(m_settings.theme()); // at once, no restart
        if (dialog.archiveChanged())
            m_archives->openLocation(m_settings.archiveLocation(), dialog.archivePassword());
    }
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::updateStatus()
{
    m_status->setCounts(m_model->rowCount(), m_model->store() ? m_model->store()->size() : 0);
    m_status->setSummary(m_model->summary());
}

void MainWindow::showMessage(const QString &text, bool error)
{
    m_status->showMessage(text, error);
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(m_settings.widgetState(QStringLiteral("mainWindow/geometry"))))
        resize(1480, 900);
    QMainWindow::restoreState(m_settings.widgetState(QStringLiteral("mainWindow/state")));
    m_calls->restoreState();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWidgetState(QStringLiteral("mainWindow/geometry"), saveGeometry());
    m_settings.setWidgetState(QStringLiteral("mainWindow/state"), saveState());
    m_calls->saveState();
    m_fetch->cancel();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &u : urls) {
        if (u.isLocalFile())
            paths << u.toLocalFile();
    }
    openFiles(paths);
    event->acceptProposedAction();
}

} // namespace cdr
