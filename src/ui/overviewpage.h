// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The overview tab: aggregate charts of the calls the table shows (same filter), recomputed
// off the UI thread shortly after the view changes. A click on a bar turns into a filter for
// the table. UI thread only; the model is not owned.

#include <core/backgroundjob.h>
#include <models/callfilter.h>

#include <QTimer>
#include <QWidget>

class QLabel;

namespace cdr {

class CallTableModel;
class OverviewCharts;

class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(CallTableModel *model, QWidget *parent = nullptr);

    OverviewCharts *charts() const { return m_charts; }
    /// Recompute now (tests); normally the page follows the model by itself.
    void refresh();

Q_SIGNALS:
    void filterRequested(const cdr::CallFilter &filter);
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    CallTableModel *m_model;
    OverviewCharts *m_charts;
    QLabel *m_caption;
    QTimer m_debounce;
    BackgroundJob m_job{this}; ///< the current statistics computation
};

} // namespace cdr
