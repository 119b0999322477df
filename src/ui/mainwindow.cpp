// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "accountsdialog.h"
#include "backgroundjob.h"
#include "calldetailpane.h"
#include "calllibrary.h"
#include "callnoteswidget.h"
#include "calltableview.h"
#include "comparedialog.h"
#include "demodata.h"
#include "fetchcontroller.h"
#include "fileimportjob.h"
#include "overviewpage.h"
#include "preferencesdialog.h"

#include <core/recordparser.h>
#include <models/callexporter.h>
#include <models/calltablemodel.h>
#include <models/callstore.h>
#include <providers/credentialstore.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
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
#include <QProgressBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace cdr {

namespace {

} // namespace

MainWindow::MainWindow(AppSettings &settings, CredentialStore *credentials, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
    , m_credentials(credentials ? credentials : new CredentialStore(this))
    , m_fetch(new FetchController(m_credentials, m_network, this))
    , m_library(std::make_unique<CallLibrary>())
    , m_model(new CallTableModel(this))
    , m_import(new FileImportJob(this))
{
    setWindowTitle(tr("CDR Inspector"));
    setAcceptDrops(true);
    m_model->setCallLookup([this](const Call &c) { return m_library->lookup(c); });
    connect(m_library.get(), &CallLibrary::loaded, this, [this](std::shared_ptr<CallStore> store, qint64 rows) {
        --m_loadJobs;
        m_selectFirst = true;
        m_model->setStore(std::move(store));
        showMessage(tr("Archive %1: %n call(s).", nullptr, int(rows)).arg(QFileInfo(m_library->path()).fileName()), false);
        Q_EMIT filesLoaded(int(rows));
    });
    connect(m_library.get(), &CallLibrary::failed, this, [this](const QString &m) { showMessage(m, true); });

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
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_overview = new OverviewPage(m_model, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, tr("&Calls"));
    m_tabs->addTab(m_overview, tr("&Overview"));
    setCentralWidget(m_tabs);

    buildActions();
    buildToolBar();
    buildStatusBar();
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
        if (m_selectFirst && m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->selectRow(0);
        m_selectFirst = false;
    });
    connect(m_model, &CallTableModel::busyChanged, this, [this](bool busy) {
        if (busy)
            m_countLabel->setText(tr("sorting/filtering..."));
        else
            updateStatus();
    });
    connect(m_pane, &CallDetailPane::statusMessage, this, [this](const QString &t) { showMessage(t, false); });
    connect(m_overview, &OverviewPage::filterRequested, this, [this](const CallFilter &f) {
        m_model->setFilter(f);
        m_tabs->setCurrentIndex(0);
    });
    connect(m_notes, &CallNotesWidget::edited, this, [this](const QString &note, const QStringList &tags) {
        if (!m_pane->hasCall())
            return;
        m_library->setNote(m_pane->call(), note);
        m_library->setTags(m_pane->call(), tags);
    });

    connect(m_import, &FileImportJob::callsReady, this, [this](const QList<Call> &calls) {
        m_library->add(calls);
        m_importAdded += m_model->appendCalls(calls);
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->selectRow(0);
    });
    connect(m_import, &FileImportJob::progress, this, [this](const QString &file, qint64 done, qint64 total) {
        m_progress->setVisible(true);
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(1000 * done / total) : 0);
        m_progress->setFormat(tr("Reading %1: %2 of %3 MB").arg(file).arg(done / 1048576.0, 0, 'f', 1).arg(total / 1048576.0, 0, 'f', 1));
    });
    connect(m_import, &FileImportJob::finished, this,
            [this](qint64 calls, const QStringList &warnings, const QStringList &errors, bool canceled) {
        --m_loadJobs;
        m_progress->setVisible(false);
        m_cancelAction->setEnabled(m_fetch->state() == FetchController::State::Running);
        QString text = canceled ? tr("Import canceled: %n new call(s) kept.", nullptr, m_importAdded)
                                : tr("Opened %n new call(s)", nullptr, m_importAdded);
        if (calls > m_importAdded && !canceled)
            text += tr(" (%n already there)", nullptr, int(calls - m_importAdded));
        if (!warnings.isEmpty())
            text += tr("; %n warning(s), first: %1", nullptr, int(warnings.size())).arg(warnings.first());
        if (!errors.isEmpty())
            showMessage(errors.join(QStringLiteral("; ")) + tr(" (%n call(s) read before it were kept)", nullptr, m_importAdded), true);
        else
            showMessage(text, false);
        Q_EMIT filesLoaded(int(calls));
    });
    connect(m_fetch, &FetchController::callsReceived, this, [this](const QList<Call> &calls) {
        m_library->add(calls, m_fetch->zone());
        m_model->appendCalls(calls);
    });
    connect(m_fetch, &FetchController::progressChanged, this, [this](const QString &text, int percent) {
        m_progress->setVisible(true);
        m_progress->setRange(0, percent < 0 ? 0 : 100);
        if (percent >= 0)
            m_progress->setValue(percent);
        m_progress->setFormat(text);
        m_progress->setToolTip(text);
    });
    connect(m_fetch, &FetchController::message, this, &MainWindow::showMessage);
    connect(m_fetch, &FetchController::stateChanged, this, [this](FetchController::State s) {
        const bool running = s == FetchController::State::Running || s == FetchController::State::ReadingSecret;
        m_fetchAction->setEnabled(!running);
        m_cancelAction->setEnabled(running);
        m_resumeAction->setEnabled(m_fetch->canResume());
        if (!running)
            m_progress->setVisible(false);
    });

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
        m_import->cancel();
    });
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    m_cancelAction->setEnabled(false);
    m_resumeAction = fetch->addAction(tr("&Resume"), this, [this] { m_fetch->resume(); });
    m_resumeAction->setEnabled(false);
    QAction *fetchNew = fetch->addAction(tr("Fetch &new calls (since the newest archived)"), this, [this] { startFetch(true); });
    fetchNew->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_resumeAction->setIcon(QIcon(QStringLiteral(":/icons/resume.svg")));
    fetch->addSeparator();
    fetch->addAction(tr("&Accounts..."), this, &MainWindow::editAccounts);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CDR Inspector"), this, [this] {
        showMessage(tr("CDR Inspector %1: call detail records from Plivo, Vobiz, CarrierX and NexBro.")
                        .arg(QCoreApplication::applicationVersion()), false);
    });
    updateRecentMenu();
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Fetch"));
    bar->setObjectName(QStringLiteral("fetchToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_accountCombo = new QComboBox(bar);
    m_accountCombo->setAccessibleName(tr("Account"));
    m_accountCombo->setMinimumContentsLength(18);
    m_accountCombo->setToolTip(tr("Account to fetch from"));
    bar->addWidget(m_accountCombo);
    m_sinceEdit = new QDateEdit(bar);
    m_untilEdit = new QDateEdit(bar);
    for (QDateEdit *e : {m_sinceEdit, m_untilEdit}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_sinceEdit->setAccessibleName(tr("From date"));
    m_untilEdit->setAccessibleName(tr("To date (inclusive)"));
    const QDate today = QDate::currentDate();
    m_sinceEdit->setDate(today.addDays(-7));
    m_untilEdit->setDate(today);
    bar->addWidget(m_sinceEdit);
    bar->addWidget(new QLabel(QStringLiteral(" – "), bar));
    bar->addWidget(m_untilEdit);
    m_zoneLabel = new QLabel(bar);
    m_zoneLabel->setContentsMargins(4, 0, 8, 0);
    bar->addWidget(m_zoneLabel);
    m_directionCombo = new QComboBox(bar);
    m_directionCombo->setAccessibleName(tr("Direction"));
    m_directionCombo->addItem(tr("Both directions"), QString());
    m_directionCombo->addItem(tr("Inbound"), QStringLiteral("inbound"));
    m_directionCombo->addItem(tr("Outbound"), QStringLiteral("outbound"));
    bar->addWidget(m_directionCombo);
    QAction *more = bar->addAction(QIcon(QStringLiteral(":/icons/filters.svg")), tr("Filters..."));
    more->setToolTip(tr("Numbers and minimum duration for the next fetch"));
    more->setCheckable(true);
    bar->addAction(m_fetchAction);
    bar->addAction(m_cancelAction);
    bar->addAction(m_resumeAction);
    bar->addSeparator();
    m_filterEdit = new QLineEdit(bar);
    m_filterEdit->setAccessibleName(tr("Quick filter"));
    m_filterEdit->setPlaceholderText(tr("Filter: number, call id, cause (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setMinimumWidth(260);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this] { m_filterDebounce.start(); });
    bar->addWidget(m_filterEdit);

    // What each provider can filter on server-side; shown on demand to keep the bar short.
    QToolBar *filters = new QToolBar(tr("Fetch filters"), this);
    filters->setObjectName(QStringLiteral("fetchFiltersToolBar"));
    addToolBarBreak();
    addToolBar(filters);
    m_fromNumberEdit = new QLineEdit(filters);
    m_fromNumberEdit->setAccessibleName(tr("From number"));
    m_fromNumberEdit->setPlaceholderText(tr("from number"));
    m_toNumberEdit = new QLineEdit(filters);
    m_toNumberEdit->setAccessibleName(tr("To number"));
    m_toNumberEdit->setPlaceholderText(tr("to number"));
    m_minDurationSpin = new QSpinBox(filters);
    m_minDurationSpin->setAccessibleName(tr("Minimum duration"));
    m_minDurationSpin->setRange(0, 86400);
    m_minDurationSpin->setSuffix(tr(" s min (Vobiz)"));
    m_minDurationSpin->setToolTip(tr("Only Vobiz filters by duration on the server."));
    filters->addWidget(new QLabel(tr(" Fetch only: "), filters));
    filters->addWidget(m_fromNumberEdit);
    filters->addWidget(m_toNumberEdit);
    filters->addWidget(m_minDurationSpin);
    filters->setVisible(false);
    connect(more, &QAction::toggled, filters, &QWidget::setVisible);
}

void MainWindow::buildStatusBar()
{
    m_countLabel = new QLabel(this);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setWordWrap(false);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Fetch progress"));
    m_progress->setMinimumWidth(320);
    m_progress->setTextVisible(true);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_summaryLabel, 1);
    statusBar()->addPermanentWidget(m_messageLabel);
    statusBar()->addPermanentWidget(m_progress);
}

void MainWindow::applySettings()
{
    const QTimeZone zone = m_settings.displayZone();
    m_model->setTimeZone(zone);
    m_model->setThresholds(m_settings.thresholds());
    m_pane->setDisplayTimeZone(zone);
    m_pane->setThresholds(m_settings.thresholds());
    m_zoneLabel->setText(tr("(%1)").arg(zone == QTimeZone::utc() ? QStringLiteral("UTC") : QString::fromUtf8(zone.id())));
    m_zoneLabel->setToolTip(tr("Dates are days in this time zone, for queries and display; change it in Preferences."));
}

void MainWindow::reloadAccounts()
{
    const QString current = m_accountCombo->currentData().toString();
    m_accountCombo->clear();
    const QList<AccountProfile> profiles = AccountProfile::loadAll(m_settings.raw());
    for (const AccountProfile &p : profiles)
        m_accountCombo->addItem(QStringLiteral("%1 (%2)").arg(p.name, providerDisplayName(p.provider)), p.id);
    if (profiles.isEmpty())
        m_accountCombo->addItem(tr("No account: add one (Fetch > Accounts)"), QString());
    const int i = m_accountCombo->findData(current.isEmpty() ? m_settings.lastAccountId() : current);
    if (i >= 0)
        m_accountCombo->setCurrentIndex(i);
}

void MainWindow::startFetch(bool newOnly)
{
    const QString id = m_accountCombo->currentData().toString();
    const auto profile = AccountProfile::load(m_settings.raw(), id);
    if (!profile) {
        showMessage(tr("Add a provider account first (Fetch > Accounts)."), true);
        editAccounts();
        return;
    }
    m_settings.setLastAccountId(id);
    // The dates are whole days in the display zone, the same zone the table shows.
    const QTimeZone zone = m_settings.displayZone();
    FetchQuery q;
    q.since = QDateTime(m_sinceEdit->date(), QTime(0, 0), zone).toUTC();
    q.until = QDateTime(m_untilEdit->date().addDays(1), QTime(0, 0), zone).toUTC();
    q.direction = m_directionCombo->currentData().toString();
    q.fromNumber = m_fromNumberEdit->text().trimmed();
    q.toNumber = m_toNumberEdit->text().trimmed();
    if (m_minDurationSpin->value() > 0)
        q.minDurationS = m_minDurationSpin->value();
    if (newOnly) {
        // Resume from what is archived: the newest call we have is where new ones begin.
        // The overlap of one call is harmless, batches are de-duplicated by (provider, id).
        q.until = QDateTime::currentDateTimeUtc();
        if (const auto latest = m_library->latestStartMs(profile->provider, profile->accountId)) {
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

void MainWindow::applyQuickFilter()
{
    CallFilter f = m_model->filter();
    f.text = m_filterEdit->text().trimmed();
    m_model->setFilter(f);
}

void MainWindow::showCurrentCall()
{
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
    m_notes->setCall(call.id, m_library->note(call), m_library->tags(call));
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
    auto *dialog = new CompareDialog(calls, m_settings.displayZone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

bool MainWindow::openArchive(const QString &path, QString *error)
{
    QString why;
    if (!m_library->open(path, &why)) {
        showMessage(tr("Cannot open the archive %1: %2").arg(path, why), true);
        if (error)
            *error = why;
        return false;
    }
    m_model->clear();
    if (m_library->count() == 0) {
        showMessage(tr("Archive %1 is empty: open files (Ctrl+O) or fetch (F5).").arg(QFileInfo(path).fileName()), false);
        return true;
    }
    ++m_loadJobs;
    showMessage(tr("Loading the archive..."), false);
    m_library->load();
    return true;
}

void MainWindow::openDemo()
{
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/demo-archive-v1.sqlite");
    if (!openArchive(path))
        return;
    setWindowTitle(tr("CDR Inspector - demo data"));
    m_sinceEdit->setDate(DemoData::rangeStart().date());
    m_untilEdit->setDate(DemoData::rangeEnd().date().addDays(-1));
    if (m_library->count() > 0)
        return; // built on an earlier run; load() shows it
    ++m_loadJobs;
    showMessage(tr("Building the demo data..."), false);
    runInBackground(this, [] { return DemoData::calls(); }, [this](QList<Call> calls) {
        --m_loadJobs;
        m_library->add(calls);
        m_model->appendCalls(calls);
        showMessage(tr("Demo: %n call(s) across Plivo, Vobiz, CarrierX and NexBro.", nullptr, int(calls.size())), false);
        const bool selected = !m_pendingCallId.isEmpty() && goToCall(std::exchange(m_pendingCallId, QString()));
        if (!selected && m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->selectRow(0);
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
    m_importAdded = 0;
    m_cancelAction->setEnabled(true);
    showMessage(tr("Reading %n file(s)...", nullptr, int(paths.size())), false);
    m_import->start(paths);
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
    const auto format = CallExporter::formatForPath(path);
    if (!format) {
        showMessage(tr("Export: use a .csv or .ndjson file name."), true);
        Q_EMIT exportFinished(false, tr("unknown format"));
        return;
    }
    QList<int> visible;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (!m_table->isColumnHidden(c))
            visible << c;
    }
    CallExporter::Options options;
    options.format = *format;
    options.redact = redact;
    if (!everything)
        options.fields = CallExporter::fieldsForColumns(visible);
    auto store = m_model->store();
    auto rows = std::make_shared<std::vector<quint32>>(m_model->viewRows());
    showMessage(tr("Exporting..."), false);
    runInBackground(this, [=] {
        return CallExporter::write(path, *store, everything ? nullptr : rows.get(), options);
    }, [this, path](CallExporter::Result r) {
        const QString msg = r.ok() ? tr("Exported %n call(s) to %1", nullptr, int(r.rows)).arg(path)
                                   : tr("Export failed: %1").arg(r.error);
        showMessage(msg, !r.ok());
        Q_EMIT exportFinished(r.ok(), msg);
    });
}

void MainWindow::exportWithDialog(bool everything)
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export calls"), QStringLiteral("calls.csv"),
                                                      tr("CSV (*.csv);;NDJSON (*.ndjson)"), &selected);
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
    if (dialog.exec() == QDialog::Accepted)
        applySettings();
}

QString MainWindow::statusText() const
{
    return m_countLabel->text() + QLatin1Char(' ') + m_summaryLabel->text();
}

void MainWindow::updateStatus()
{
    const qint64 total = m_model->store() ? m_model->store()->size() : 0;
    const int shown = m_model->rowCount();
    m_countLabel->setText(shown == total ? tr("%n call(s)", nullptr, shown)
                                         : tr("%1 of %2 calls").arg(shown).arg(total));
    const CallSummary &s = m_model->summary();
    QStringList parts;
    if (s.count > 0) {
        parts << tr("answered %1%").arg(s.answerRate * 100, 0, 'f', 1);
        parts << tr("avg %1 s").arg(s.averageDurationS, 0, 'f', 0);
        for (auto it = s.costByCurrency.cbegin(); it != s.costByCurrency.cend(); ++it)
            parts << tr("cost %1 %2").arg(it.value(), 0, 'f', 2).arg(it.key().isEmpty() ? tr("(no currency)") : it.key());
        if (s.meanMos)
            parts << tr("MOS mean %1, 5th pct %2").arg(*s.meanMos, 0, 'f', 2).arg(s.p5Mos.value_or(0), 0, 'f', 2);
        if (!s.topCauses.isEmpty())
            parts << tr("top cause: %1 (%2)").arg(s.topCauses.first().first).arg(s.topCauses.first().second);
    }
    m_summaryLabel->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::showMessage(const QString &text, bool error)
{
    // Inline, not a modal box: errors stay readable in the status bar until the next message.
    m_messageLabel->setText(error ? tr("Error: %1").arg(text) : text);
    m_messageLabel->setToolTip(text);
    m_messageLabel->setStyleSheet(error ? QStringLiteral("font-weight: bold") : QString());
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
        const int widths[CallTableModel::ColumnCount] = {6, 0, 11, 11, 6, 7, 4, 4, 4, 6, 13, 5, 5, 5, 5, 3, 3};
        for (int c = 0; c < CallTableModel::ColumnCount; ++c) {
            const int header = fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 2 * em;
            m_table->setColumnWidth(c, std::max(header, widths[c] * em));
        }
        m_table->setColumnWidth(CallTableModel::StartColumn, fm.horizontalAdvance(QStringLiteral("2026-01-18 13:21:03")) + em);
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
