// SPDX-License-Identifier: GPL-3.0-or-later
#include "callspage.h"
#include "ui_callspage.h"

#include "calldetailpane.h"
#include "callnoteswidget.h"
#include "calltableview.h"
#include "comparedialog.h"
#include "fetchbar.h"
#include "filterchipsbar.h"

#include <core/displayformat.h>
#include <models/callfilter.h>
#include <models/calltablemodel.h>
#include <session/appsettings.h>
#include <session/calllibrary.h>
#include <session/callsession.h>

#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLocale>
#include <QLineEdit>
#include <QSplitter>
#include <QTimeZone>

#include <algorithm>

namespace cdr {

CallsPage::CallsPage(CallTableModel *model, CallSession *session, AppSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CallsPage>())
    , m_model(model)
    , m_session(session)
    , m_settings(settings)
{
    // The form puts the quick filter above the table it filters, not at the end of the fetch
    // tool bar: there it fell into the overflow menu on a 1024 px wide window. Every active
    // filter shows as a removable chip between the two (issue 11).
    m_ui->setupUi(this);
    // The list takes three fifths of the width at first; the splitter keeps what the user sets.
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_ui->table->setModel(m_model);

    m_filterDebounce.setSingleShot(true);
    m_filterDebounce.setInterval(150);
    connect(&m_filterDebounce, &QTimer::timeout, this, &CallsPage::applyQuickFilter);
    connect(m_ui->quickFilter, &QLineEdit::textChanged, this, [this] { m_filterDebounce.start(); });

    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showCurrentCall(); });
    connect(m_model, &CallTableModel::viewApplied, this, &CallsPage::onViewApplied);
    connect(m_model, &CallTableModel::viewApplied, this, &CallsPage::updateChips);
    connect(m_ui->chips, &FilterChipsBar::removeRequested, this, [this](const QString &owner, const QString &key) {
        if (owner == u"fetch") {
            if (m_fetchBar)
                m_fetchBar->clearFetchFilter(key);
            return;
        }
        const auto part = CallFilter::Part(key.toInt());
        if (part == CallFilter::Part::Text)
            m_ui->quickFilter->clear();
        m_model->setFilter(m_model->filter().without(part));
    });
    connect(m_ui->chips, &FilterChipsBar::clearAllRequested, this, &CallsPage::clearAllFilters);
    connect(m_ui->pane, &CallDetailPane::statusMessage, this, [this](const QString &t) { Q_EMIT statusMessage(t, false); });
    connect(m_ui->notes, &CallNotesWidget::edited, this, [this](const QString &note, const QStringList &tags) {
        if (!m_ui->pane->hasCall())
            return;
        m_session->library().setNote(m_ui->pane->call(), note);
        m_session->library().setTags(m_ui->pane->call(), tags);
        showNoteHistory(m_ui->pane->call());
    });
    // Another analyst's edit of the shown call shows at once (unless this user is typing:
    // their save then reports the note it replaced, which stays in the history).
    connect(&m_session->library(), &CallLibrary::callChanged, this,
            [this](Provider provider, const QString &account, const QString &id) {
        if (!m_ui->pane->hasCall())
            return;
        const Call &shown = m_ui->pane->call();
        if (shown.provider != provider || shown.account != account || shown.id != id)
            return;
        // Not even read while the user types: reading marks the other analyst's revision as
        // seen, and the user's save would then replace it without telling them (seen under
        // the sanitizers, where the notification arrived between the two saves).
        if (m_ui->notes->isEditing())
            return;
        if (m_ui->notes->refresh(m_session->library().note(shown), m_session->library().tags(shown)))
            showNoteHistory(shown);
    });

}

CallsPage::~CallsPage() = default;

CallTableView *CallsPage::table() const
{
    return m_ui->table;
}

CallDetailPane *CallsPage::detailPane() const
{
    return m_ui->pane;
}

QLineEdit *CallsPage::filterEdit() const
{
    return m_ui->quickFilter;
}

void CallsPage::showNoteHistory(const Call &call)
{
    m_ui->notes->setShared(m_session->library().isTeam());
    const QList<PgArchive::Note> history = m_session->library().noteHistory(call);
    if (history.isEmpty()) {
        m_ui->notes->setByline(QString(), QString());
        return;
    }
    QStringList lines;
    for (const PgArchive::Note &n : history)
        lines << tr("Revision %1 by %2, %3: %4")
                     .arg(n.revision)
                     .arg(n.author, QLocale().toString(n.editedAt.toLocalTime(), QLocale::ShortFormat),
                          n.text.left(80));
    const PgArchive::Note &last = history.last();
    m_ui->notes->setByline(tr("Edited by %1, %2 (revision %3; hover for the history)")
                           .arg(last.author, QLocale().toString(last.editedAt.toLocalTime(), QLocale::ShortFormat))
                           .arg(last.revision),
                       lines.join(u'\n'));
}

void CallsPage::setFetchBar(FetchBar *bar)
{
    m_fetchBar = bar;
    connect(bar, &FetchBar::fetchFiltersChanged, this, &CallsPage::updateChips);
}

void CallsPage::onViewApplied()
{
    // A loaded archive's view is computed off-thread: select once it is there.
    if (!m_pendingCallId.isEmpty() && m_model->rowCount() > 0) {
        const QString id = std::exchange(m_pendingCallId, QString());
        if (goToCall(id)) {
            m_selectFirst = false;
            return;
        }
    }
    if (m_model->rowCount() > 0
        && ((m_selectFirst && !m_ui->table->currentIndex().isValid())
            || (m_autoSelected && m_ui->table->currentIndex().row() != 0)))
        selectFirstRow();
    m_selectFirst = false;
}

void CallsPage::updateChips()
{
    // A filter that hides the selected call must not leave it in the pane as if it were shown.
    if (!m_ui->table->currentIndex().isValid() && m_ui->pane->hasCall()) {
        m_ui->pane->clear(tr("The selected call is hidden by the filter"));
        m_ui->notes->setCall(QString(), QString(), {});
    }
    QList<FilterChipsBar::Chip> table;
    for (const CallFilter::ActivePart &p : m_model->filter().activeParts(m_model->timeZone()))
        table.append({QString::number(int(p.part)), p.label});
    m_ui->chips->setChips(QStringLiteral("table"), table);
    QList<FilterChipsBar::Chip> fetch;
    if (m_fetchBar) {
        for (const auto &[key, label] : m_fetchBar->activeFetchFilters())
            fetch.append({key, label});
    }
    m_ui->chips->setChips(QStringLiteral("fetch"), fetch);
}

void CallsPage::clearAllFilters()
{
    m_ui->quickFilter->clear();
    m_filterDebounce.stop();
    if (m_fetchBar) {
        for (const auto &[key, label] : m_fetchBar->activeFetchFilters())
            m_fetchBar->clearFetchFilter(key);
    }
    m_model->setFilter(CallFilter());
    Q_EMIT statusMessage(tr("Every filter removed."), false);
}

void CallsPage::focusFilter()
{
    m_ui->quickFilter->setFocus();
    m_ui->quickFilter->selectAll();
}

void CallsPage::applyQuickFilter()
{
    CallFilter f = m_model->filter();
    f.text = m_ui->quickFilter->text().trimmed();
    m_model->setFilter(f);
}

void CallsPage::applySavedFilter(const QString &name)
{
    if (const auto f = CallFilter::load(m_settings.raw(), name)) {
        m_model->setFilter(*f);
        m_ui->quickFilter->setText(f->text);
        Q_EMIT statusMessage(tr("Filter \"%1\" applied.").arg(name), false);
    }
}

void CallsPage::saveFilterWithDialog()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save filter"), tr("Name:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    CallFilter::save(m_settings.raw(), name.trimmed(), m_model->filter());
    Q_EMIT statusMessage(tr("Filter saved as \"%1\".").arg(name.trimmed()), false);
}

void CallsPage::selectFirstRow()
{
    m_selectingFirst = true;
    m_ui->table->selectRow(0);
    m_ui->table->scrollTo(m_model->index(0, 0));
    m_selectingFirst = false;
    m_autoSelected = true;
}

void CallsPage::selectFirstIfNone()
{
    if (m_model->rowCount() > 0 && !m_ui->table->currentIndex().isValid())
        selectFirstRow();
}

void CallsPage::selectPendingOrFirst()
{
    const bool selected = !m_pendingCallId.isEmpty() && goToCall(std::exchange(m_pendingCallId, QString()));
    if (!selected)
        selectFirstIfNone();
}

void CallsPage::showCurrentCall()
{
    if (!m_selectingFirst)
        m_autoSelected = false; // the user (or a go-to) chose this row: keep it

    const QModelIndex current = m_ui->table->currentIndex();
    if (!current.isValid()) {
        m_ui->pane->clear();
        m_ui->notes->setCall(QString(), QString(), {});
        return;
    }
    selectRow(current.row(), !m_navigating);
}

void CallsPage::selectRow(int row, bool record)
{
    const QVariant v = m_model->index(row, 0).data(CallTableModel::CallRole);
    if (!v.canConvert<Call>())
        return;
    const Call call = v.value<Call>();
    m_ui->pane->setCall(call);
    m_ui->notes->setCall(call.id, m_session->library().note(call), m_session->library().tags(call));
    showNoteHistory(call);
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

void CallsPage::navigateHistory(int step)
{
    const int target = m_historyPos + step;
    if (target < 0 || target >= m_history.size())
        return;
    const int row = m_model->rowForId(m_history.at(target).first, m_history.at(target).second);
    if (row < 0) {
        Q_EMIT statusMessage(tr("That call is hidden by the current filter."), true);
        return;
    }
    m_historyPos = target;
    m_navigating = true;
    m_ui->table->selectRow(row);
    m_ui->table->scrollTo(m_model->index(row, 0));
    m_navigating = false;
}

bool CallsPage::goToCall(const QString &id)
{
    for (Provider p : {Provider::Plivo, Provider::Vobiz, Provider::CarrierX, Provider::NexBro, Provider::Unknown}) {
        const int row = m_model->rowForId(p, id.trimmed());
        if (row >= 0) {
            Q_EMIT showRequested();
            m_ui->table->selectRow(row);
            m_ui->table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    Q_EMIT statusMessage(tr("No call with id \"%1\" in the current view.").arg(id), true);
    return false;
}

void CallsPage::goToCallWithDialog()
{
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("Go to call"), tr("Call id:"), QLineEdit::Normal, QString(), &ok);
    if (ok && !id.trimmed().isEmpty())
        goToCall(id);
}

bool CallsPage::nextBadCall(bool forward)
{
    const int n = m_model->rowCount();
    const int start = m_ui->table->currentIndex().isValid() ? m_ui->table->currentIndex().row() : (forward ? -1 : n);
    for (int r = start + (forward ? 1 : -1); r >= 0 && r < n; r += forward ? 1 : -1) {
        bool bad = false;
        for (int c : {int(CallTableModel::MosColumn), int(CallTableModel::JitterColumn), int(CallTableModel::LossColumn)}) {
            if (m_model->index(r, c).data(CallTableModel::GradeRole).toInt() == int(QualityGrade::Bad))
                bad = true;
        }
        if (bad) {
            m_ui->table->selectRow(r);
            m_ui->table->scrollTo(m_model->index(r, 0), QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    Q_EMIT statusMessage(forward ? tr("No bad call below this one.") : tr("No bad call above this one."), false);
    return false;
}

void CallsPage::compareSelected()
{
    const QList<int> rows = m_ui->table->selectedViewRows();
    if (rows.size() < 2 || rows.size() > 4) {
        Q_EMIT statusMessage(tr("Select 2 to 4 calls to compare (Ctrl+click)."), true);
        return;
    }
    QList<Call> calls;
    for (int r : rows)
        calls << m_model->index(r, 0).data(CallTableModel::CallRole).value<Call>();
    // Parented to the window, as before the page existed: it is a window of its own.
    auto *dialog = new CompareDialog(calls, m_settings.displayZone(), m_settings.thresholds(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void CallsPage::applySettings()
{
    m_ui->pane->setDisplayTimeZone(m_settings.displayZone());
    m_ui->pane->setThresholds(m_settings.thresholds());
}

void CallsPage::restoreState()
{
    if (!m_ui->mainSplitter->restoreState(m_settings.widgetState(QStringLiteral("mainWindow/splitter"))))
        m_ui->mainSplitter->setSizes({680, 800}); // the pane's charts need the room more than the columns
    if (m_ui->table->restoreHeaderState(m_settings.widgetState(QStringLiteral("mainWindow/header"))))
        return;
    // First start: wide enough for the header and for typical values.
    const QFontMetrics fm = m_ui->table->fontMetrics();
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    const int widths[CallTableModel::ColumnCount] = {6, 0, 11, 11, 6, 7, 4, 4, 4, 6, 13, 5, 7, 7, 7, 3, 3, 22, 8, 22};
    for (int c = 0; c < CallTableModel::ColumnCount; ++c) {
        const int header = fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 2 * em;
        m_ui->table->setColumnWidth(c, std::max(header, widths[c] * em));
    }
    // The widest start time in the chosen locale ("18/12/2026 11:58:38 pm" in Hindi): a fixed
    // ISO sample cut the am/pm off, which read 23:58 as 11:58.
    const QString widestStart = DisplayFormat::dateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 38), QTimeZone::utc()));
    m_ui->table->setColumnWidth(CallTableModel::StartColumn, fm.horizontalAdvance(widestStart) + em);
    // Long and only for the SIP trace hunt: offered in the column chooser (View > Columns).
    m_ui->table->setColumnHidden(CallTableModel::SipCallIdColumn, true);
    // Quality first: it is what an analyst scans for, and it would otherwise sit off-screen.
    QHeaderView *header = m_ui->table->horizontalHeader();
    int visual = header->visualIndex(CallTableModel::StatusColumn);
    for (int c : {int(CallTableModel::MosColumn), int(CallTableModel::JitterColumn), int(CallTableModel::LossColumn),
                  int(CallTableModel::FlawsColumn)})
        header->moveSection(header->visualIndex(c), ++visual);
}

void CallsPage::saveState()
{
    m_settings.setWidgetState(QStringLiteral("mainWindow/splitter"), m_ui->mainSplitter->saveState());
    m_settings.setWidgetState(QStringLiteral("mainWindow/header"), m_ui->table->saveHeaderState());
}

void CallsPage::retranslate()
{
    m_ui->retranslateUi(this);
    updateChips(); // the chips' labels are worded by the filters
}

void CallsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cdr
