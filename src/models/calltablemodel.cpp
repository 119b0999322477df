// SPDX-License-Identifier: GPL-3.0-or-later
#include "calltablemodel.h"

#include "languagechange.h"
#include "callstoresink.h"
#include "callviewbuilder.h"
#include "modelslogging.h"

#include <core/displayformat.h>
#include <core/hangupcatalog.h>

#include <QColor>
#include <QEvent>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace cdr {

namespace {

bool isQualityColumn(int c)
{
    return c == CallTableModel::MosColumn || c == CallTableModel::JitterColumn || c == CallTableModel::LossColumn;
}

QString formatNumber(double v, int decimals)
{
    return std::isnan(v) ? QString() : DisplayFormat::fixed(v, decimals);
}

QString formatSeconds(float v)
{
    if (std::isnan(v))
        return QString();
    if (std::floor(v) == v)
        return DisplayFormat::integer(qint64(v));
    return DisplayFormat::fixed(double(v), 2);
}

} // namespace

CallTableModel::CallTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_store(std::make_shared<CallStore>())
{
    qRegisterMetaType<cdr::CallSummary>();
    m_resortTimer.setSingleShot(true);
    m_resortTimer.setInterval(250);
    connect(&m_resortTimer, &QTimer::timeout, this, &CallTableModel::startJob);
}

CallTableModel::~CallTableModel() = default; // the jobs are dropped: running work sees it and stops

int CallTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_view.size());
}

int CallTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CallTableModel::startJob()
{
    m_resortTimer.stop();
    setBusy(true);
    auto store = m_store;
    const quint32 n = store->size();
    const CallFilter filter = m_filter;
    const QualityThresholds thresholds = m_thresholds;
    const int column = m_sortColumn;
    const Qt::SortOrder order = m_sortOrder;
    // The summary does not depend on the order: a sort alone reuses it.
    const bool reuseSummary = m_summaryValid && m_summaryFilter == filter && m_summaryRows == n
        && m_summaryThresholds == thresholds && m_summaryStore == store.get();
    const CallSummary oldSummary = m_summary;
    m_summaryFilter = filter;
    m_summaryRows = n;
    m_summaryThresholds = thresholds;
    m_summaryStore = store.get();
    m_summaryValid = false;
    struct View
    {
        bool complete = false;
        std::vector<quint32> rows;
        CallSummary summary;
    };
    // A newer job (or setStore) drops this one: computeView sees the cancel flag and stops.
    m_viewJob.start([=](const BackgroundJob::Handle &job) {
        View v;
        v.complete = CallViewBuilder::computeView(*store, n, filter, thresholds, column, order, &v.rows,
                                                  job.cancelFlag());
        if (v.complete)
            v.summary = reuseSummary ? oldSummary : CallSummary::compute(*store, v.rows);
        return v;
    }, [this, n](View v) {
        if (v.complete)
            applyJob(std::move(v.rows), n, std::move(v.summary));
    });
}

void CallTableModel::applyJob(std::vector<quint32> rows, quint32 n, CallSummary summary)
{
    // Rows appended while the job ran: filtered here (few), kept at the end.
    bool tail = false;
    if (m_store->size() > n) {
        const CallFilter::Matcher matcher(m_filter, *m_store, m_thresholds);
        for (quint32 r = n; r < m_store->size(); ++r) {
            if (matcher.matches(r))
                rows.push_back(r);
        }
        tail = true; // their order and summary come from the next, coalesced job
    }
    if (rows.size() == m_view.size()) {
        // Same rows in another order: a layout change keeps selections.
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList old = persistentIndexList();
        std::vector<quint32> oldStoreRows;
        oldStoreRows.reserve(size_t(old.size()));
        for (const QModelIndex &i : old)
            oldStoreRows.push_back(i.row() >= 0 && size_t(i.row()) < m_view.size() ? m_view[size_t(i.row())] : 0);
        m_view = std::move(rows);
        if (!old.isEmpty()) {
            std::vector<qint32> position(m_store->size(), -1);
            for (size_t i = 0; i < m_view.size(); ++i)
                position[m_view[i]] = qint32(i);
            QModelIndexList now;
            for (int k = 0; k < old.size(); ++k) {
                const qint32 p = position[oldStoreRows[size_t(k)]];
                now << (p < 0 ? QModelIndex() : index(p, old[k].column()));
            }
            changePersistentIndexList(old, now);
        }
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        beginResetModel();
        m_view = std::move(rows);
        endResetModel();
    }
    m_summary = std::move(summary);
    m_summaryValid = m_store->size() == m_summaryRows && m_store.get() == m_summaryStore;
    // Scheduled before busyChanged(false), so that isBusy() never reads false while the tail's
    // order is still to come.
    if (tail)
        m_resortTimer.start();
    setBusy(false);
    Q_EMIT summaryChanged(m_summary);
    Q_EMIT viewApplied();
}

void CallTableModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void CallTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order != m_sortOrder && column >= 0 && !m_busy) {
        // Same column, other direction: the exact reverse, at once.
        m_sortOrder = order;
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList old = persistentIndexList();
        QModelIndexList now;
        const int last = int(m_view.size()) - 1;
        for (const QModelIndex &i : old)
            now << index(last - i.row(), i.column());
        std::reverse(m_view.begin(), m_view.end());
        changePersistentIndexList(old, now);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        Q_EMIT viewApplied();
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    startJob();
}

void CallTableModel::setFilter(const CallFilter &filter)
{
    // The UI thread only starts the job: a keystroke costs microseconds here.
    m_filter = filter;
    startJob();
}

void CallTableModel::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    // The header names the zone ("Start (Europe/Berlin)"): it changes with it, at once.
    Q_EMIT headerDataChanged(Qt::Horizontal, StartColumn, StartColumn);
    if (!m_view.empty())
        Q_EMIT dataChanged(index(0, StartColumn), index(rowCount() - 1, StartColumn), { Qt::DisplayRole });
}

void CallTableModel::setThresholds(const QualityThresholds &t)
{
    if (t == m_thresholds)
        return;
    m_thresholds = t;
    if (!m_view.empty())
        Q_EMIT dataChanged(index(0, MosColumn), index(rowCount() - 1, LossColumn));
    if (m_filter.badQualityOnly)
        startJob();
}

void CallTableModel::setStore(std::shared_ptr<CallStore> store)
{
    m_viewJob.drop();
    beginResetModel();
    m_store = store ? std::move(store) : std::make_shared<CallStore>();
    m_view.clear();
    m_tooltips.clear();
    endResetModel();
    startJob();
}

void CallTableModel::loadAsync(Producer producer)
{
    cancelLoad();
    m_loading = true;
    auto store = std::make_shared<CallStore>();
    m_loadJob.start([store, producer = std::move(producer)](const BackgroundJob::Handle &job) {
        CallStoreSink sink(*store, job.cancelFlag());
        return producer(sink, *job.cancelFlag());
    }, [this, store](const QString &error) {
        // Only a current load arrives here: cancelLoad() and a newer loadAsync() drop it.
        m_loading = false;
        if (!error.isEmpty()) {
            qCWarning(lcModels) << "load failed:" << error;
            Q_EMIT loadFinished(false, error, 0);
            return;
        }
        const qint64 rows = store->size();
        setStore(store);
        Q_EMIT loadFinished(true, QString(), rows);
    });
}

void CallTableModel::cancelLoad()
{
    if (m_loading) {
        m_loadJob.drop();
        m_loading = false;
        Q_EMIT loadFinished(false, QString(), 0);
    }
}

void CallTableModel::clear()
{
    setStore(std::make_shared<CallStore>());
}

int CallTableModel::appendRows(const QList<BulkRow> &rows)
{
    std::vector<quint32> added;
    const qint64 replacedBefore = m_store->replaced();
    for (const BulkRow &row : rows) {
        const qint64 r = m_store->append(row);
        if (r >= 0)
            added.push_back(quint32(r));
    }
    // A repeated call took the new values in its old row: show them.
    if (m_store->replaced() != replacedBefore && !m_view.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_view.size()) - 1, columnCount() - 1));
    if (added.empty())
        return 0;
    const CallFilter::Matcher matcher(m_filter, *m_store, m_thresholds);
    std::vector<quint32> shown;
    for (quint32 r : added) {
        if (matcher.matches(r))
            shown.push_back(r);
    }
    if (m_busy) {
        // A job is running over a snapshot; it picks these rows up when it lands.
        return int(added.size());
    }
    if (!shown.empty()) {
        beginInsertRows({}, int(m_view.size()), int(m_view.size() + shown.size()) - 1);
        m_view.insert(m_view.end(), shown.begin(), shown.end());
        endInsertRows();
        // The summary (and the order, when sorted) follow from a coalesced job: computing
        // them here would cost the UI thread O(rows) per fetched page.
        m_resortTimer.start();
    }
    return int(added.size());
}

int CallTableModel::appendCalls(const QList<Call> &calls)
{
    QList<BulkRow> rows;
    std::vector<BulkRowBuffer> buffers(size_t(calls.size()));
    rows.reserve(calls.size());
    for (qsizetype i = 0; i < calls.size(); ++i)
        rows.append(buffers[size_t(i)].set(calls.at(i)));
    return appendRows(rows);
}

int CallTableModel::rowForId(Provider provider, const QString &id) const
{
    const qint64 r = m_store->find(provider, id.toUtf8());
    if (r < 0)
        return -1;
    const auto it = std::find(m_view.begin(), m_view.end(), quint32(r));
    return it == m_view.end() ? -1 : int(it - m_view.begin());
}

Call CallTableModel::call(int viewRow) const
{
    if (viewRow < 0 || size_t(viewRow) >= m_view.size())
        return {};
    const Call c = m_store->call(m_view[size_t(viewRow)]);
    if (m_lookup) {
        if (auto full = m_lookup(c))
            return *full;
    }
    return c;
}

QString CallTableModel::causeTooltip(quint32 r) const
{
    const quint64 key = (quint64(quint8(m_store->provider(r))) << 56) | (quint64(m_store->codeIx(r)) << 32)
        | m_store->causeIx(r);
    auto it = m_tooltips.constFind(key);
    if (it != m_tooltips.cend())
        return *it;
    Call c;
    c.provider = m_store->provider(r);
    c.status = m_store->status(r);
    c.hangupCause = m_store->causes().at(m_store->causeIx(r));
    c.hangupCode = m_store->codes().at(m_store->codeIx(r));
    c.hangupSource = m_store->sources().at(m_store->sourceIx(r));
    const HangupExplanation e = HangupCatalog::explain(c);
    QString text = e.title;
    if (!e.explanation.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + e.explanation;
    if (!e.q850.isEmpty())
        text += tr("\nQ.850 cause %1").arg(e.q850);
    if (!c.hangupSource.isEmpty())
        text += tr("\nHung up by: %1").arg(c.hangupSource);
    m_tooltips.insert(key, text);
    return text;
}

QVariant CallTableModel::qualityData(quint32 r, int column, int role) const
{
    const double v = column == MosColumn ? m_store->mos(r) : column == JitterColumn ? m_store->jitterMs(r)
                                                                                   : m_store->lossPct(r);
    const std::optional<double> o = std::isnan(v) ? std::nullopt : std::optional<double>(v);
    const QualityGrade g = column == MosColumn ? m_thresholds.gradeMos(o)
        : column == JitterColumn                ? m_thresholds.gradeJitter(o)
                                                : m_thresholds.gradeLoss(o);
    switch (role) {
    case Qt::DisplayRole:
        return formatNumber(v, 2);
    case GradeRole:
        return int(g);
    case GradeTextRole:
        return QualityThresholds::gradeName(g);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return g == QualityGrade::None ? QVariant() : QVariant(QualityThresholds::gradeName(g));
    case Qt::ForegroundRole:
        return g == QualityGrade::Bad ? QVariant(QColor(0xc6, 0x28, 0x28))
             : g == QualityGrade::Average ? QVariant(QColor(0xb2, 0x6a, 0x00))
                                          : QVariant();
    default:
        return {};
    }
}

QVariant CallTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const quint32 r = m_view[size_t(index.row())];
    const CallStore &s = *m_store;
    const int column = index.column();
    switch (role) {
    case SortRole:
        return CallViewBuilder::sortValue(s, r, column);
    case CallRole:
        return QVariant::fromValue(call(index.row()));
    case ProviderRole:
        return int(s.provider(r));
    case IdRole:
        return s.id(r);
    case StoreRowRole:
        return r;
    default:
        break;
    }
    if (isQualityColumn(column))
        return qualityData(r, column, role);
    if (role == Qt::ToolTipRole && column == HangupCauseColumn)
        return causeTooltip(r);
    if (role == Qt::TextAlignmentRole) {
        if (column >= DurationColumn && column <= CostColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (column == LegsColumn || column == FlawsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ProviderColumn: return providerDisplayName(s.provider(r));
    case StartColumn:
        if (s.startMs(r) == BulkRow::kMissingTime)
            return QString();
        return DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(s.startMs(r), m_zone));
    case FromColumn: return s.from(r);
    case ToColumn: return s.to(r);
    case DirectionColumn: return s.directions().at(s.directionIx(r));
    case StatusColumn: return statusName(s.status(r));
    case DurationColumn: return formatSeconds(s.durationS(r));
    case TalkColumn: return formatSeconds(s.talkS(r));
    case BilledColumn: return formatSeconds(s.billedS(r));
    case CostColumn: {
        const double c = s.cost(r);
        if (std::isnan(c))
            return QString();
        const QString cur = s.currencies().at(s.currencyIx(r));
        return DisplayFormat::money(c, cur, 4);
    }
    case HangupCauseColumn: {
        const QString cause = s.causes().at(s.causeIx(r));
        return cause.isEmpty() ? s.codes().at(s.codeIx(r)) : cause;
    }
    case CodecColumn: return s.codecs().at(s.codecIx(r));
    case IdColumn: return s.id(r);
    case AccountColumn: return s.accounts().at(s.accountIx(r));
    case SipCallIdColumn: return s.sipCallId(r);
    case LegsColumn: return s.legs(r) ? QVariant(s.legs(r)) : QVariant(QString());
    case FlawsColumn: return s.flaws(r) ? QVariant(s.flaws(r)) : QVariant(QString());
    default: return {};
    }
}

QVariant CallTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProviderColumn: return tr("Provider");
    case StartColumn: return tr("Start (%1)").arg(QString::fromUtf8(m_zone.id()));
    case FromColumn: return tr("From");
    case ToColumn: return tr("To");
    case DirectionColumn: return tr("Direction");
    case StatusColumn: return tr("Status");
    case DurationColumn: return tr("Duration (s)");
    case TalkColumn: return tr("Talk (s)");
    case BilledColumn: return tr("Billed (s)");
    case CostColumn: return tr("Cost");
    case HangupCauseColumn: return tr("Hangup cause");
    case CodecColumn: return tr("Codec");
    case IdColumn: return tr("Call id");
    case AccountColumn: return tr("Account");
    case SipCallIdColumn: return tr("SIP Call-ID");
    case MosColumn: return tr("MOS");
    case JitterColumn: return tr("Jitter (ms)");
    case LossColumn: return tr("Loss (%)");
    case LegsColumn: return tr("Legs");
    case FlawsColumn: return tr("Flaws");
    default: return {};
    }
}

bool CallTableModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        announceLanguageChange(*this);
    return QAbstractTableModel::event(event);
}

} // namespace cdr
