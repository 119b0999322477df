// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpage.h"

#include <core/backgroundjob.h>

#include <charts/overviewcharts.h>
#include <models/calltablemodel.h>

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace cdr {

OverviewPage::OverviewPage(CallTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_charts(new OverviewCharts(this))
    , m_caption(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_charts, 1);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &OverviewPage::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::layoutChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsInserted, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_model, &CallTableModel::viewApplied, &m_debounce, qOverload<>(&QTimer::start));

    connect(m_charts, &OverviewCharts::mosRangeClicked, this, [this](double lo, double hi, const QString &direction) {
        CallFilter f = m_model->filter();
        f.minMos = lo;
        f.maxMos = hi;
        f.directions = {direction};
        Q_EMIT filterRequested(f);
    });
    connect(m_charts, &OverviewCharts::timeRangeClicked, this, [this](qint64 from, qint64 to) {
        CallFilter f = m_model->filter();
        f.startFrom = QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc());
        f.startTo = QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc());
        Q_EMIT filterRequested(f);
    });
    connect(m_charts, &OverviewCharts::hangupClassClicked, this, [this](HangupClass hangupClass) {
        CallFilter f = m_model->filter();
        f.hangupClasses = {hangupClass};
        Q_EMIT filterRequested(f);
    });
}

void OverviewPage::refresh()
{
    auto store = m_model->store();
    if (!store) {
        m_charts->setStats(OverviewStats(), m_model->timeZone());
        return;
    }
    auto rows = std::make_shared<std::vector<quint32>>(m_model->viewRows());
    const QTimeZone zone = m_model->timeZone();
    // A newer refresh supersedes this one: its stats are dropped.
    m_job.start([store, rows, zone] { return OverviewStats::compute(*store, *rows, zone); },
                    [this, zone](OverviewStats stats) {
                        m_charts->setStats(stats, zone);
                        m_caption->setText(tr("%Ln call(s) in the current view. Click a bar to filter the table to it.",
                                              nullptr, int(stats.calls)));
                        Q_EMIT refreshed();
                    });
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh(); // the caption is worded with the statistics
    QWidget::changeEvent(event);
}

} // namespace cdr
