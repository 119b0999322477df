// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Scorecard tab: KPIs per group (provider, country, ... as the analyst picks) over every
// loaded call, for one period or two compared side by side, as a sortable table (MOS columns
// graded by the analyst's thresholds) and a chart of one KPI per group. Double-clicking a group
// asks for the call table to show exactly its calls (filterRequested with CallFilter::rows).
// Exports the table to CSV, JSON or PDF (with the definitions).
//
// Computed off the UI thread (a BackgroundJob): the store rows are reduced to a ScorecardInput
// once per store state and settings, then grouped per request; a newer request drops an older
// result. While the page is hidden nothing is computed (a fetch would start a
// reduction per batch); it catches up when shown. UI thread only; the call table model and the settings are not owned.

#include <core/backgroundjob.h>
#include <core/scorecard.h>
#include <models/callfilter.h>

#include <QTimer>
#include <QWidget>

#include <memory>

class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class ScorecardPage;
}

namespace cdr {

class AppSettings;
class CallTableModel;
class ScorecardChart;
class ScorecardModel;

class ScorecardPage : public QWidget
{
    Q_OBJECT

public:
    enum class Period { All, Last7, Last30, Custom };

    ScorecardPage(CallTableModel *calls, AppSettings &settings, QWidget *parent = nullptr);
    ~ScorecardPage() override;

    ScorecardModel *model() const { return m_model; }
    QTableView *table() const;
    ScorecardChart *chart() const;

    /// "provider,country" etc.; false (and nothing changes) when the keys do not parse.
    bool setGroupBy(const QString &keys);
    void setPeriod(Period period);
    /// Custom ranges (inclusive days, display zone); compareFrom invalid: no comparison.
    void setCustomRanges(QDate from, QDate to, QDate compareFrom = {}, QDate compareTo = {});
    /// Recompute now (tests); normally the page follows the calls and its controls.
    void refresh();
    /// The filter double-clicking the row (of the view, i.e. sorted) would ask for.
    CallFilter filterForRow(int viewRow) const;
    /// Writes the table as shown to path (.csv, .json or .pdf) off the UI thread; finished
    /// reports the outcome.
    void exportTo(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void filterRequested(const cdr::CallFilter &filter);
    void refreshed();
    void exported(bool ok, const QString &message);

private:
    struct Result;
    void scheduleRefresh();
    void retranslate();
    void apply(const Result &result);
    void updateChart();
    void exportWithDialog();

    std::unique_ptr<Ui::ScorecardPage> m_ui;
    CallTableModel *m_calls;
    AppSettings &m_settings;
    ScorecardModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTimer m_debounce;
    bool m_stale = true; ///< the calls changed while the page was hidden
    BackgroundJob m_job{this}; ///< the current scorecard computation
    QList<ScorecardKey> m_keys;
    QString m_periodLabel, m_previousLabel;
    // The reduced calls of the last computation, reused while the store and settings stay.
    struct Cache;
    std::shared_ptr<Cache> m_cache;
};

} // namespace cdr
