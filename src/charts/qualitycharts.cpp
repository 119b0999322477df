// SPDX-License-Identifier: GPL-3.0-or-later
#include "qualitycharts.h"

#include "timelinedata.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QEvent>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cdr {

QualityCharts::QualityCharts(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(16);
    m_message->hide();
    outer->addWidget(m_message);
    m_grid = new QGridLayout;
    m_grid->setSpacing(4);
    outer->addLayout(m_grid, 1);
}

QChartView *QualityCharts::addView(QChart *chart)
{
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->setFrameShape(QFrame::NoFrame);
    return view;
}

void QualityCharts::setCall(const Call &call)
{
    m_call = call;
    m_spanS = TimelineData::fromCall(call).spanS;
    rebuild();
}

void QualityCharts::setThresholds(const QualityThresholds &thresholds)
{
    if (m_thresholds == thresholds)
        return;
    m_thresholds = thresholds;
    rebuild();
}

void QualityCharts::rebuild()
{
    // Views own their charts; deleting the views frees everything of the previous call.
    for (QChartView *v : std::as_const(m_views))
        delete v;
    m_views.clear();
    m_flawsView = nullptr;
    m_highlight = nullptr;
    m_cursor = nullptr;

    int row = 0;
    if (QualityChartFactory::hasErrorLog(m_call)) {
        QChart *chart = QualityChartFactory::create(QualityChartFactory::Kind::Flaws, m_call, m_thresholds, palette(),
                                                    m_spanS);
        m_flawsView = addView(chart);
        m_flawsView->viewport()->installEventFilter(this);
        m_flawsView->viewport()->setMouseTracking(true);
        const auto series = chart->series();
        for (QAbstractSeries *s : series) {
            if (s->name() == QualityChartFactory::highlightSeriesName())
                m_highlight = qobject_cast<QAreaSeries *>(s);
            else if (s->name() == QualityChartFactory::cursorSeriesName())
                m_cursor = qobject_cast<QLineSeries *>(s);
        }
        m_grid->addWidget(m_flawsView, row++, 0, 1, 2);
        m_views << m_flawsView;
        // Re-aligned after every layout of the chart; queued so the margins are not changed
        // from inside Qt Charts' own layout pass. It converges: the second pass finds no delta.
        connect(chart, &QChart::plotAreaChanged, this, &QualityCharts::applyPlotAlignment, Qt::QueuedConnection);
    }
    const QList<QualityChartFactory::Kind> kinds = QualityChartFactory::qualityKinds(m_call);
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        QChartView *view = addView(QualityChartFactory::create(kinds.at(i), m_call, m_thresholds, palette(), m_spanS));
        m_grid->addWidget(view, row + int(i / 2), int(i % 2), 1, kinds.size() == 1 ? 2 : 1);
        m_views << view;
    }
    m_message->setVisible(kinds.isEmpty());
    m_message->setText(kinds.isEmpty() ? QualityChartFactory::missingQualityText(m_call) : QString());
}

QList<QChart *> QualityCharts::qualityCharts() const
{
    QList<QChart *> charts;
    for (QChartView *v : m_views) {
        if (v != m_flawsView)
            charts << v->chart();
    }
    return charts;
}

QChart *QualityCharts::flawsChart() const
{
    return m_flawsView ? m_flawsView->chart() : nullptr;
}

int QualityCharts::chartCount() const
{
    return int(m_views.size());
}

int QualityCharts::seriesCount() const
{
    int n = 0;
    for (QChartView *v : m_views)
        n += int(v->chart()->series().size());
    return n;
}

bool QualityCharts::showsNoQualityMessage() const
{
    return !m_message->isHidden();
}

QString QualityCharts::messageText() const
{
    return m_message->text();
}

void QualityCharts::setCursorSeconds(std::optional<double> seconds)
{
    if (!m_cursor)
        return;
    if (!seconds) {
        m_cursor->clear();
        return;
    }
    const auto *y = qobject_cast<QValueAxis *>(flawsChart()->axes(Qt::Vertical).value(0));
    const double top = y ? y->max() : 1.0;
    m_cursor->replace(QList<QPointF>{{*seconds, 0.0}, {*seconds, top}});
}

void QualityCharts::setHighlightedInterval(int index)
{
    if (!m_highlight)
        return;
    if (index < 0 || index >= m_call.errorLog.size()) {
        m_highlight->upperSeries()->clear();
        return;
    }
    const TimelineData d = TimelineData::fromCall(m_call);
    if (index >= d.bands.size())
        return;
    const TimelineBand &b = d.bands.at(index);
    m_highlight->upperSeries()->replace(
        QList<QPointF>{{b.startS, 0}, {b.startS, double(b.flaws)}, {b.stopS, double(b.flaws)}, {b.stopS, 0}});
}

void QualityCharts::alignPlotX(std::optional<std::pair<double, double>> windowX)
{
    m_alignX = windowX;
    applyPlotAlignment();
}

void QualityCharts::applyPlotAlignment()
{
    QChart *chart = flawsChart();
    if (!chart || !m_alignX || !m_flawsView->isVisible())
        return;
    // The chart fills the view's viewport at scene origin, so chart x = viewport x.
    QWidget *viewport = m_flawsView->viewport();
    const double left = viewport->mapFrom(window(), QPointF(m_alignX->first, 0)).x();
    const double right = viewport->mapFrom(window(), QPointF(m_alignX->second, 0)).x();
    // Settle any pending layout first, so the plot area matches the margins in effect (the
    // change is incremental: a stale plot area would make it overshoot).
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    const QRectF plot = chart->plotArea();
    if (right - left < 50 || plot.isEmpty())
        return;
    const int dl = qRound(left - plot.left());
    const int dr = qRound(plot.right() - right);
    if (std::abs(dl) < 1 && std::abs(dr) < 1)
        return;
    QMargins m = chart->margins();
    m.setLeft(std::max(0, m.left() + dl));
    m.setRight(std::max(0, m.right() + dr));
    if (m != chart->margins()) {
        chart->setMargins(m);
        if (QGraphicsLayout *layout = chart->layout())
            layout->activate();
    }
}

bool QualityCharts::eventFilter(QObject *watched, QEvent *event)
{
    if (m_flawsView && watched == m_flawsView->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            const auto *me = static_cast<QMouseEvent *>(event);
            QChart *chart = flawsChart();
            const QPointF scenePos = m_flawsView->mapToScene(me->position().toPoint());
            const QPointF chartPos = chart->mapFromScene(scenePos);
            if (chart->plotArea().contains(chartPos)) {
                const double s = chart->mapToValue(chartPos, m_cursor).x();
                setCursorSeconds(s);
                Q_EMIT cursorMoved(s);
            }
        } else if (event->type() == QEvent::Leave) {
            setCursorSeconds(std::nullopt);
            Q_EMIT cursorMoved(std::nullopt);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QualityCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace cdr
