// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CallTableModel: the call table over a CallStore (columnar, ~130 B per call).
//
// Sorting and filtering build the model's own index vector (store rows in view order, computed
// by CallViewBuilder) as a BackgroundJob on the pool; the UI thread only starts jobs and swaps the
// finished vector in. Every change of filter, sort or data starts a new job, which makes the running
// one stale: it stops early and its result is dropped. Reversing the order of the current sort is done in
// place at once. Fetch batches arrive through appendCalls() (de-duplicated by provider+id)
// with beginInsertRows; a re-sort of the whole view follows off-thread when sorted.
//
// Threading: use from one thread (the UI thread). Display times are in timeZone(). Quality
// cells carry the grade as a number (GradeRole, which GradeIconDelegate in src/ui draws as a
// circle/triangle/cross), as text (GradeTextRole, tooltip) and as a colour (ForegroundRole),
// never colour alone.

#include "callfilter.h"
#include "callstore.h"
#include "callsummary.h"

#include <core/backgroundjob.h>
#include <core/qualitythresholds.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace cdr {

class CallTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ProviderColumn, StartColumn, FromColumn, ToColumn, DirectionColumn, StatusColumn,
        DurationColumn, TalkColumn, BilledColumn, CostColumn, HangupCauseColumn, CodecColumn,
        MosColumn, JitterColumn, LossColumn, LegsColumn, FlawsColumn,
        IdColumn, AccountColumn, // after the first release's columns, so saved header states still fit
        SipCallIdColumn,         // likewise, after those
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole, ///< a number (double) ordering the column as the model sorts it
        CallRole,                ///< QVariant<cdr::Call>: the whole call (from the lookup when set)
        GradeRole,               ///< quality columns: int(QualityGrade)
        GradeTextRole,           ///< quality columns: "good", "average", "bad", ""
        ProviderRole,            ///< int(Provider)
        IdRole,                  ///< call id
        StoreRowRole,            ///< row in the CallStore (stable while the store lives)
    };
    Q_ENUM(Role)

    /// Full-fidelity call for a row (e.g. CallArchive::call); nullopt: use the table values.
    using CallLookup = std::function<std::optional<Call>(const Call &tableCall)>;

    explicit CallTableModel(QObject *parent = nullptr);
    ~CallTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Replaces everything (a reset), e.g. with a store filled off-thread (archive load, CallReader).
    void setStore(std::shared_ptr<CallStore> store);
    std::shared_ptr<const CallStore> store() const { return m_store; }
    /// Appends a fetch batch; duplicates of (provider, id) already present are skipped.
    /// Returns how many calls were new.
    int appendCalls(const QList<Call> &calls);
    int appendRows(const QList<BulkRow> &rows);
    void clear();

    /// Fills a fresh store off the UI thread and shows it when done (a reset), e.g.
    ///   model.loadAsync([path](BulkSink &sink, const std::atomic<bool> &) {
    ///       CallArchive a; QString e; if (!a.open(path, &e)) return e;
    ///       return a.load(sink) ? QString() : a.lastError(); });
    /// or a CallReader::readFile whose sink hands each call to sink.addCall(). The producer runs on a pool
    /// thread and returns an error text (empty: fine); a sink returning false means cancel.
    /// A new load or cancelLoad() abandons the running one. Emits loadFinished.
    using Producer = std::function<QString(BulkSink &sink, const std::atomic<bool> &cancel)>;
    void loadAsync(Producer producer);
    void cancelLoad();

    void setFilter(const CallFilter &filter);
    const CallFilter &filter() const { return m_filter; }
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    void setThresholds(const QualityThresholds &t);
    const QualityThresholds &thresholds() const { return m_thresholds; }
    void setCallLookup(CallLookup lookup) { m_lookup = std::move(lookup); }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// View row of a call, or -1 when absent or filtered out.
    int rowForId(Provider provider, const QString &id) const;
    quint32 storeRow(int viewRow) const { return m_view[size_t(viewRow)]; }
    /// Store rows in view order (for export of the current view).
    const std::vector<quint32> &viewRows() const { return m_view; }
    Call call(int viewRow) const;
    const CallSummary &summary() const { return m_summary; }
    /// True while a sort/filter job runs or one is scheduled (rows appended since the last one are
    /// shown at the end until it lands): the view's order and summary are final only when false.
    bool isBusy() const { return m_busy || m_resortTimer.isActive(); }

Q_SIGNALS:
    void summaryChanged(const cdr::CallSummary &summary);
    void busyChanged(bool busy);
    /// A sort/filter result was applied (tests and benchmarks wait on it).
    void viewApplied();
    /// loadAsync() ended: shown (ok), failed (error) or canceled (neither shown nor error).
    void loadFinished(bool ok, const QString &error, qint64 rows);

protected:
    /// LanguageChange (sent by the widget that owns the model): headers and texts are worded anew.
    bool event(QEvent *event) override;

private:
    void startJob();
    void applyJob(std::vector<quint32> rows, quint32 rowLimit, CallSummary summary);
    void setBusy(bool busy);
    QVariant qualityData(quint32 row, int column, int role) const;
    QString causeTooltip(quint32 row) const;

    std::shared_ptr<CallStore> m_store;
    std::vector<quint32> m_view;
    CallFilter m_filter;
    QualityThresholds m_thresholds;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    BackgroundJob m_viewJob{this}; // the sort/filter job; a newer one supersedes it
    bool m_busy = false;
    CallSummary m_summary;
    // What m_summary was computed for, so a job that only re-sorts can reuse it.
    bool m_summaryValid = false;
    CallFilter m_summaryFilter;
    quint32 m_summaryRows = 0;
    QualityThresholds m_summaryThresholds;
    const CallStore *m_summaryStore = nullptr;
    CallLookup m_lookup;
    QTimer m_resortTimer; // coalesces re-sorts after appended batches
    BackgroundJob m_loadJob{this};
    bool m_loading = false;
    mutable QHash<quint64, QString> m_tooltips;
};

} // namespace cdr
