// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <session/callsession.h>

#include <storage/callarchive.h>

#include "accountsdialog.h"
#include "apptheme.h"
#include <core/backgroundjob.h>
#include "calldetailpane.h"
#include <session/calllibrary.h>
#include "callnoteswidget.h"
#include "calltableview.h"
#include "comparedialog.h"
#include <session/demodata.h>
#include "fetchbar.h"
#include <session/fetchcontroller.h>
#include "filterchipsbar.h"
#include <session/fileimportjob.h>
#include "overviewpage.h"
#include "scorecardpage.h"
#include <session/sessioncredentialstore.h>
#include "shortcutsdialog.h"
#include "statusstrip.h"
#include "importproblemsdialog.h"
#include <session/viewexportjob.h>
#include "preferencesdialog.h"

#include <core/callwriter.h>
#include <core/recordparser.h>
#include <models/callexporter.h>
#include <models/calltablemodel.h>
#include <models/callstore.h>
#include <providers/credentialstore.h>

#include <QAction>
#include <QApplication>

#include <algorithm>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QProcessEnvironment>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cdr {

namespace {

} // namespace

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
    setWindowTitle(tr("CDR Inspector"));
    connect(static_cast<SessionCredentialStore *>(m_credentials), &SessionCredentialStore::keptForSession, this,
            [this](const QString &, const QString &) {
                showMessage(tr("No system keychain: the account's secret is kept in memory for this session only."), true);
            });
    setAcceptDrops(true);
    connect(m_session, &CallSession::archiveLoaded, this, [this](qint64 rows) {
        if (rows == 0) {
            showMessage(tr("Archive %1 is empty: open files (Ctrl+O) or fetch (F5).")
                            .arg(QFileInfo(m_session->library().path()).fileName()), false);
            return;
        }
        --m_loadJobs;
        m_selectFirst = true;
        showMessage(tr("Archive %1: %n call(s).", nullptr, int(rows)).arg(QFileInfo(m_session->library().path()).fileName()), false);
        Q_EMIT filesLoaded(int(rows));
    });
    connect(m_session, &CallSession::failed, this, [this](const QString &m) { showMessage(m, true); });

    m_table = new CallTableView(this);
    m_table->setModel(m_model);
    m_pane = new CallDetailPane(this);
    m_notes = new CallNotesWidget(this);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_pane, 1);
    rightLayout->addWidget(m_notes);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    // Every active filter shows as a removable chip above the table (issue 11).
    m_chips = new FilterChipsBar(this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_chips);
    leftLayout->addWidget(m_table, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_overview = new OverviewPage(m_model, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, tr("&Calls"));
    m_tabs->addTab(m_overview, tr("&Overview"));
    auto *scorecard = new ScorecardPage(m_model, m_settings, this);
    m_tabs->addTab(scorecard, tr("&Scorecard"));
    connect(scorecard, &ScorecardPage::filterRequested, this, [this](const CallFilter &f) {
        m_model->setFilter(f);
        m_tabs->setCurrentIndex(0);
        showMessage(tr("Showing the calls of %1.").arg(f.rowsLabel), false);
    });
    setCentralWidget(m_tabs);

    buildActions();
    buildToolBar();
    m_status = new StatusStrip(statusBar());
    applySettings();
    reloadAccounts();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showCurrentCall(); });
    connect(m_model, &CallTableModel::summaryChanged, this, [this] { updateStatus(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { updateStatus(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateStatus(); });
    connect(m_model, &CallTableModel::viewApplied, this, [this] {
        // A loaded archive's view is computed off-thread: select once it is there.
        if (!m_pendingCallId.isEmpty() && m_model->rowCount() > 0) {
            const QString id = std::exchange(m_pendingCallId, QString());
            if (goToCall(id)) {
                m_selectFirst = false;
                return;
            }
        }
        if (m_model->rowCount() > 0
            && ((m_selectFirst && !m_table->currentIndex().isValid())
                || (m_autoSelected && m_table->currentIndex().row() != 0)))
            selectFirstRow();
        m_selectFirst = false;
    });
    connect(m_model, &CallTableModel::busyChanged, this, [this](bool busy) {
        if (busy)
            m_status->setBusy();
        else
            updateStatus();
    });
    connect(m_model, &CallTableModel::viewApplied, this, &MainWindow::updateChips);
    connect(m_fetchBar, &FetchBar::fetchFiltersChanged, this, &MainWindow::updateChips);
    connect(m_chips, &FilterChipsBar::removeRequested, this, [this](const QString &owner, const QString &key) {
        if (owner == u"fetch") {
            m_fetchBar->clearFetchFilter(key);
            return;
        }
        const auto part = CallFilter::Part(key.toInt());
        if (part == CallFilter::Part::Text)
            m_filterEdit->clear();
        m_model->setFilter(m_model->filter().without(part));
    });
    connect(m_chips, &FilterChipsBar::clearAllRequested, this, &MainWindow::clearAllFilters);
    connect(m_pane, &CallDetailPane::statusMessage, this, [this](const QString &t) { showMessage(t, false); });
    connect(m_overview, &OverviewPage::filterRequested, this, [this](const CallFilter &f) {
        m_model->setFilter(f);
        m_tabs->setCurrentIndex(0);
    });
    connect(m_notes, &CallNotesWidget::edited, this, [this](const QString &note, const QStringList &tags) {
        if (!m_pane->hasCall())
            return;
        m_session->library().setNote(m_pane->call(), note);
        m_session->library().setTags(m_pane->call(), tags);
    });

    connect(m_session, &CallSession::callsIngested, this, [this] {
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            selectFirstRow();
    });
    connect(m_session, &CallSession::importProgress, this, [this](const QString &file, qint64 done, qint64 total) {
        m_status->showProgress(tr("Reading %1: %2 of %3 MB").arg(file).arg(done / 1048576.0, 0, 'f', 1).arg(total / 1048576.0, 0, 'f', 1),
                               total > 0 ? int(100 * done / total) : -1);
    });
    connect(m_session, &CallSession::importFinished, this,
            [this](qint64 calls, qint64 added, const QList<FileImportJob::FileProblem> &problems, bool canceled) {
        --m_loadJobs;
        m_status->hideProgress();
        m_cancelAction->setEnabled(m_fetch->state() == FetchController::State::Running);
        QString text = canceled ? tr("Import canceled: %n new call(s) kept.", nullptr, int(added))
                                : tr("Opened %n new call(s)", nullptr, int(added));
        if (calls > added && !canceled)
            text += tr(" (%n already there or repeated; the last occurrence is kept)", nullptr, int(calls - added));
        const qsizetype failed = std::count_if(problems.begin(), problems.end(),
                                               [](const FileImportJob::FileProblem &p) { return !p.error.isEmpty(); });
        qsizetype warnings = 0;
        for (const FileImportJob::FileProblem &p : problems)
            warnings += p.warnings.size();
        // Each file with its own reason, in a list: one status line cut after the first error hid the rest.
        m_problemsAction->setEnabled(!problems.isEmpty());
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
    });
    connect(m_export, &ViewExportJob::progress, m_status, &StatusStrip::showProgress);
    connect(m_export, &ViewExportJob::finished, this, [this](bool ok, bool canceled, const QString &message) {
        m_status->hideProgress();
        m_cancelAction->setEnabled(m_fetch->state() == FetchController::State::Running || m_session->importRunning());
        showMessage(message, !ok && !canceled);
        Q_EMIT exportFinished(ok, message);
    });
    connect(m_fetch, &FetchController::callsReceived, this, [this](const QList<Call> &calls) {
        m_session->ingest(calls, m_fetch->zone());
    });
    connect(m_fetch, &FetchController::progressChanged, m_status, &StatusStrip::showProgress);
    connect(m_fetch, &FetchController::message, this, &MainWindow::showMessage);
    connect(m_fetch, &FetchController::stateChanged, this, [this](FetchController::State s) {
        const bool running = s == FetchController::State::Running || s == FetchController::State::ReadingSecret;
        m_fetchAction->setEnabled(!running);
        m_cancelAction->setEnabled(running);
        m_resumeAction->setEnabled(m_fetch->canResume());
        if (!running)
            m_status->hideProgress();
    });

    // A fetch interrupted in an earlier run (cancel, error, quit, crash) can go on from here.
    m_fetch->setStateStore(&m_settings.raw());
    if (m_fetch->canResume()) {
        m_resumeAction->setEnabled(true);
        const QString text = tr("Resume the interrupted fetch of %1").arg(m_fetch->savedWalkAccountName());
        m_resumeAction->setToolTip(text);
        showMessage(text + tr(" (Fetch > Resume)."), false);
    }

    m_filterDebounce.setSingleShot(true);
    m_filterDebounce.setInterval(150);
    connect(&m_filterDebounce, &QTimer::timeout, this, &MainWindow::applyQuickFilter);
    restoreState();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open files..."), this, &MainWindow::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("Open &demo data"), this, &MainWindow::openDemo);
    m_problemsAction = file->addAction(tr("&Problems of the last open..."), this, [this] {
        if (m_problems) {
            m_problems->show();
            m_problems->raise();
        }
    });
    m_problemsAction->setEnabled(false);
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("&Export the view..."), this, [this] { exportWithDialog(false); });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(tr("The filtered, sorted calls with the visible columns"));
    file->addAction(tr("Export &all calls..."), this, [this] { exportWithDialog(true); });
    file->addMenu(m_pane->exportMenu())->setText(tr("Export this &call"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copyTsv = edit->addAction(tr("&Copy rows"), this, [this] { m_table->copySelection(u'\t'); });
    copyTsv->setShortcut(QKeySequence::Copy);
    copyTsv->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(copyTsv);
    QAction *copyCsv = edit->addAction(tr("Copy rows as CS&V"), this, [this] { m_table->copySelection(u','); });
    copyCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Filter..."), this, [this] {
        m_filterEdit->setFocus();
        m_filterEdit->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *clearFilters = edit->addAction(tr("C&lear all filters"), this, &MainWindow::clearAllFilters);
    clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    QAction *go = edit->addAction(tr("&Go to call..."), this, &MainWindow::goToCallWithDialog);
    go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    edit->addAction(tr("&Save filter as..."), this, &MainWindow::saveFilterWithDialog);
    m_savedFiltersMenu = edit->addMenu(tr("Saved fi&lters"));
    connect(m_savedFiltersMenu, &QMenu::aboutToShow, this, [this] {
        m_savedFiltersMenu->clear();
        const QStringList names = CallFilter::savedNames(m_settings.raw());
        for (const QString &name : names) {
            m_savedFiltersMenu->addAction(name, this, [this, name] {
                if (const auto f = CallFilter::load(m_settings.raw(), name)) {
                    m_model->setFilter(*f);
                    m_filterEdit->setText(f->text);
                    showMessage(tr("Filter \"%1\" applied.").arg(name), false);
                }
            });
        }
        if (names.isEmpty())
            m_savedFiltersMenu->addAction(tr("(none saved)"))->setEnabled(false);
    });
    edit->addSeparator();
    QAction *prefs = edit->addAction(tr("&Preferences..."), this, &MainWindow::editPreferences);
    prefs->setShortcut(QKeySequence::Preferences);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *nextBad = view->addAction(tr("&Next bad call"), this, [this] { nextBadCall(true); });
    nextBad->setShortcut(QKeySequence(Qt::Key_F8));
    QAction *prevBad = view->addAction(tr("&Previous bad call"), this, [this] { nextBadCall(false); });
    prevBad->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    QAction *back = view->addAction(tr("&Back"), this, [this] { navigateHistory(-1); });
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    QAction *forward = view->addAction(tr("&Forward"), this, [this] { navigateHistory(1); });
    forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    view->addSeparator();
    QAction *compare = view->addAction(tr("&Compare selected calls"), this, &MainWindow::compareSelected);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    view->addAction(tr("C&olumns..."), this, [this] {
        m_table->showColumnMenu(m_table->mapToGlobal(QPoint(0, 0)));
    });
    QAction *overview = view->addAction(tr("&Overview"), this, [this] { m_tabs->setCurrentIndex(m_tabs->currentIndex() == 1 ? 0 : 1); });
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));

    QMenu *fetch = menuBar()->addMenu(tr("F&etch"));
    m_fetchAction = fetch->addAction(tr("&Fetch calls"), this, [this] { startFetch(false); });
    m_fetchAction->setShortcut(QKeySequence::Refresh);
    // SVG icons stay sharp at any scale; they come from the app's resources when linked in.
    m_fetchAction->setIcon(QIcon(QStringLiteral(":/icons/fetch.svg")));
    m_cancelAction = fetch->addAction(tr("&Cancel"), this, [this] {
        m_fetch->cancel();
        m_session->cancelImport();
        m_export->cancel();
    });
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    m_cancelAction->setEnabled(false);
    m_resumeAction = fetch->addAction(tr("&Resume"), this, [this] { m_fetch->resume(); });
    m_resumeAction->setEnabled(false);
    m_resumeAction->setObjectName(QStringLiteral("resumeAction"));
    QAction *fetchNew = fetch->addAction(tr("Fetch &new calls (since the newest archived)"), this, [this] { startFetch(true); });
    fetchNew->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_resumeAction->setIcon(QIcon(QStringLiteral(":/icons/resume.svg")));
    fetch->addSeparator();
    fetch->addAction(tr("&Accounts..."), this, &MainWindow::editAccounts);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Documentation"), this, [] { QDesktopServices::openUrl(ShortcutsDialog::documentationUrl()); });
    help->addAction(tr("&About CDR Inspector"), this, [this] {
        showMessage(tr("CDR Inspector %1: call detail records from Plivo, Vobiz, CarrierX and NexBro.")
                        .arg(QCoreApplication::applicationVersion()), false);
    });
    updateRecentMenu();
}

void MainWindow::buildToolBar()
{
    m_fetchBar = new FetchBar(this, {m_fetchAction, m_cancelAction, m_resumeAction});
    // Above the table it filters, not at the end of the fetch tool bar: there it fell into the
    // overflow menu on a 1024 px wide window.
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("quickFilter"));
    m_filterEdit->setAccessibleName(tr("Quick filter"));
    m_filterEdit->setPlaceholderText(tr("Filter: number, call id, cause, provider, status (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(200);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this] { m_filterDebounce.start(); });
    if (auto *column = qobject_cast<QVBoxLayout *>(m_chips->parentWidget()->layout()))
        column->insertWidget(0, m_filterEdit);
}


void MainWindow::applySettings()
{
    const QTimeZone zone = m_settings.displayZone();
    m_model->setTimeZone(zone);
    m_model->setThresholds(m_settings.thresholds());
    m_pane->setDisplayTimeZone(zone);
    m_pane->setThresholds(m_settings.thresholds());
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

void MainWindow::updateChips()
{
    // A filter that hides the selected call must not leave it in the pane as if it were shown.
    if (!m_table->currentIndex().isValid() && m_pane->hasCall()) {
        m_pane->clear(tr("The selected call is hidden by the filter"));
        m_notes->setCall(QString(), QString(), {});
    }
    QList<FilterChipsBar::Chip> table;
    for (const CallFilter::ActivePart &p : m_model->filter().activeParts(m_model->timeZone()))
        table.append({QString::number(int(p.part)), p.label});
    m_chips->setChips(QStringLiteral("table"), table);
    QList<FilterChipsBar::Chip> fetch;
    for (const auto &[key, label] : m_fetchBar->activeFetchFilters())
        fetch.append({key, label});
    m_chips->setChips(QStringLiteral("fetch"), fetch);
}

void MainWindow::clearAllFilters()
{
    m_filterEdit->clear();
    m_filterDebounce.stop();
    for (const auto &[key, label] : m_fetchBar->activeFetchFilters())
        m_fetchBar->clearFetchFilter(key);
    m_model->setFilter(CallFilter());
    showMessage(tr("Every filter removed."), false);
}

void MainWindow::applyQuickFilter()
{
    CallFilter f = m_model->filter();
    f.text = m_filterEdit->text().trimmed();
    m_model->setFilter(f);
}

void MainWindow::selectFirstRow()
{
    m_selectingFirst = true;
    m_table->selectRow(0);
    m_table->scrollTo(m_model->index(0, 0));
    m_selectingFirst = false;
    m_autoSelected = true;
}

void MainWindow::showCurrentCall()
{
    if (!m_selectingFirst)
        m_autoSelected = false; // the user (or a go-to) chose this row: keep it

    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_pane->clear();
        m_notes->setCall(QString(), QString(), {});
        return;
    }
    selectRow(current.row(), !m_navigating);
}

void MainWindow::selectRow(int row, bool record)
{
    const QVariant v = m_model->index(row, 0).data(CallTableModel::CallRole);
    if (!v.canConvert<Call>())
        return;
    const Call call = v.value<Call>();
    m_pane->setCall(call);
    m_notes->setCall(call.id, m_session->library().note(call), m_session->library().tags(call));
    if (record) {
        const QPair<Provider, QString> key(call.provider, call.id);
        if (m_historyPos < 0 || m_history.value(m_historyPos) != key) {
            m_history = m_history.mid(0, m_historyPos + 1);
            m_history.append(key);
            if (m_history.size() > 200)
                m_history.removeFirst();
            m_historyPos = int(m_history.size()) - 1;
        }
    }
}

void MainWindow::navigateHistory(int step)
{
    const int target = m_historyPos + step;
    if (target < 0 || target >= m_history.size())
        return;
    const int row = m_model->rowForId(m_history.at(target).first, m_history.at(target).second);
    if (row < 0) {
        showMessage(tr("That call is hidden by the current filter."), true);
        return;
    }
    m_historyPos = target;
    m_navigating = true;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    m_navigating = false;
}

bool MainWindow::goToCall(const QString &id)
{
    for (Provider p : {Provider::Plivo, Provider::Vobiz, Provider::CarrierX, Provider::NexBro, Provider::Unknown}) {
        const int row = m_model->rowForId(p, id.trimmed());
        if (row >= 0) {
            m_tabs->setCurrentIndex(0);
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    showMessage(tr("No call with id \"%1\" in the current view.").arg(id), true);
    return false;
}

void MainWindow::showPage(int index)
{
    m_tabs->setCurrentIndex(index);
}

bool MainWindow::nextBadCall(bool forward)
{
    const int n = m_model->rowCount();
    const int start = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : (forward ? -1 : n);
    for (int r = start + (forward ? 1 : -1); r >= 0 && r < n; r += forward ? 1 : -1) {
        bool bad = false;
        for (int c : {int(CallTableModel::MosColumn), int(CallTableModel::JitterColumn), int(CallTableModel::LossColumn)}) {
            if (m_model->index(r, c).data(CallTableModel::GradeRole).toInt() == int(QualityGrade::Bad))
                bad = true;
        }
        if (bad) {
            m_table->selectRow(r);
            m_table->scrollTo(m_model->index(r, 0), QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    showMessage(forward ? tr("No bad call below this one.") : tr("No bad call above this one."), false);
    return false;
}

void MainWindow::compareSelected()
{
    const QList<int> rows = m_table->selectedViewRows();
    if (rows.size() < 2 || rows.size() > 4) {
        showMessage(tr("Select 2 to 4 calls to compare (Ctrl+click)."), true);
        return;
    }
    QList<Call> calls;
    for (int r : rows)
        calls << m_model->index(r, 0).data(CallTableModel::CallRole).value<Call>();
    auto *dialog = new CompareDialog(calls, m_settings.displayZone(), m_settings.thresholds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

bool MainWindow::openArchive(const QString &path, QString *error)
{
    QString why;
    if (!m_session->openArchive(path, &why)) {
        showMessage(tr("Cannot open the archive %1: %2").arg(path, why), true);
        if (error)
            *error = why;
        return false;
    }
    if (m_session->library().count() > 0) {
        ++m_loadJobs;
        showMessage(tr("Loading the archive..."), false);
    }
    return true;
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
        openArchive(CallArchive::defaultPath());
    openFiles(files);
}

void MainWindow::openDemo()
{
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/demo-archive-v1.sqlite");
    if (!openArchive(path))
        return;
    setWindowTitle(tr("CDR Inspector - demo data"));
    m_fetchBar->setDateRange(DemoData::rangeStart().date(), DemoData::rangeEnd().date().addDays(-1));
    if (m_session->library().count() > 0)
        return; // built on an earlier run; load() shows it
    ++m_loadJobs;
    showMessage(tr("Building the demo data..."), false);
    runInBackground(this, [] { return DemoData::calls(); }, [this](QList<Call> calls) {
        --m_loadJobs;
        m_session->ingest(calls);
        showMessage(tr("Demo: %n call(s) across Plivo, Vobiz, CarrierX and NexBro.", nullptr, int(calls.size())), false);
        const bool selected = !m_pendingCallId.isEmpty() && goToCall(std::exchange(m_pendingCallId, QString()));
        if (!selected && m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            selectFirstRow();
        Q_EMIT filesLoaded(int(calls.size()));
    });
}

void MainWindow::openFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    for (const QString &p : paths)
        m_settings.addRecentFile(QFileInfo(p).absoluteFilePath());
    updateRecentMenu();
    ++m_loadJobs;
    m_cancelAction->setEnabled(true);
    showMessage(tr("Reading %n file(s)...", nullptr, int(paths.size())), false);
    m_session->importFiles(paths);
}

void MainWindow::openWithDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open call records"), QString(),
                                                            tr("Call records (*.json *.ndjson *.jsonl *.csv);;All files (*)"));
    openFiles(paths);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings.recentFiles();
    for (const QString &f : files)
        m_recentMenu->addAction(f, this, [this, f] { openFiles({f}); });
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::exportView(const QString &path, bool everything, bool redact)
{
    const auto normalized = CallWriter::formatForPath(path);
    if (normalized && *normalized != CallWriter::Format::Csv) {
        // JSON and NDJSON are the normalized format: whole calls (legs, audio, error log, raw)
        // from the archive, in the view's order, never the table's counts.
        auto rows = everything ? nullptr : std::make_shared<const std::vector<quint32>>(m_model->viewRows());
        m_cancelAction->setEnabled(true);
        showMessage(tr("Exporting..."), false);
        m_export->startNormalized(path, m_session->library().path(), m_session->library().unwrittenCalls(),
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
    const QHeaderView *header = m_table->horizontalHeader();
    for (int v = 0; v < header->count(); ++v) {
        const int c = header->logicalIndex(v);
        if (!m_table->isColumnHidden(c))
            visible << c;
    }
    CallExporter::Options options;
    options.format = *format;
    options.redact = redact;
    if (!everything)
        options.fields = CallExporter::fieldsForColumns(visible);
    auto rows = everything ? nullptr : std::make_shared<const std::vector<quint32>>(m_model->viewRows());
    m_cancelAction->setEnabled(true);
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

void MainWindow::goToCallWithDialog()
{
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("Go to call"), tr("Call id:"), QLineEdit::Normal, QString(), &ok);
    if (ok && !id.trimmed().isEmpty())
        goToCall(id);
}

void MainWindow::saveFilterWithDialog()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    CallFilter::save(m_settings.raw(), name.trimmed(), m_model->filter());
    showMessage(tr("Filter saved as \"%1\".").arg(name.trimmed()), false);
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
    if (dialog.exec() == QDialog::Accepted) {
        applySettings();
        AppTheme::apply(m_settings.theme()); // at once, no restart
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
    if (!m_splitter->restoreState(m_settings.widgetState(QStringLiteral("mainWindow/splitter"))))
        m_splitter->setSizes({680, 800}); // the pane's charts need the room more than the columns
    if (!m_table->restoreHeaderState(m_settings.widgetState(QStringLiteral("mainWindow/header")))) {
        // First start: wide enough for the header and for typical values.
        const QFontMetrics fm = m_table->fontMetrics();
        const int em = fm.horizontalAdvance(QLatin1Char('M'));
        const int widths[CallTableModel::ColumnCount] = {6, 0, 11, 11, 6, 7, 4, 4, 4, 6, 13, 5, 7, 7, 7, 3, 3, 22, 8, 22};
        for (int c = 0; c < CallTableModel::ColumnCount; ++c) {
            const int header = fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 2 * em;
            m_table->setColumnWidth(c, std::max(header, widths[c] * em));
        }
        m_table->setColumnWidth(CallTableModel::StartColumn, fm.horizontalAdvance(QStringLiteral("2026-01-18 13:21:03")) + em);
        // Long and only for the SIP trace hunt: offered in the column chooser (View > Columns).
        m_table->setColumnHidden(CallTableModel::SipCallIdColumn, true);
        // Quality first: it is what an analyst scans for, and it would otherwise sit off-screen.
        QHeaderView *header = m_table->horizontalHeader();
        int visual = header->visualIndex(CallTableModel::StatusColumn);
        for (int c : {int(CallTableModel::MosColumn), int(CallTableModel::JitterColumn), int(CallTableModel::LossColumn),
                      int(CallTableModel::FlawsColumn)})
            header->moveSection(header->visualIndex(c), ++visual);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWidgetState(QStringLiteral("mainWindow/geometry"), saveGeometry());
    m_settings.setWidgetState(QStringLiteral("mainWindow/state"), saveState());
    m_settings.setWidgetState(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    m_settings.setWidgetState(QStringLiteral("mainWindow/header"), m_table->saveHeaderState());
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
