// SPDX-License-Identifier: GPL-3.0-or-later
#include "qualitycharts.h"

#include "chartexporter.h"
#include "chartsetrenderer.h"
#include <core/timelinedata.h>

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QEvent>
#include <QFileDialog>
#include <QMenu>
#include <QStandardPaths>
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
    // Two equal columns: otherwise a chart with a long title starves its neighbour.
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
}

QChartView *QualityCharts::addView(QChart *chart, QualityChartFactory::Kind kind)
{
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    // Tall enough for a two-line title, a note line and three-line category labels ("Jitter max
    // variance (ms²)"): Qt Charts cuts labels that do not fit the height it gives the axis.
    view->setMinimumHeight(kind == QualityChartFactory::Kind::Flaws ? 220 : 290);
    view->setFrameShape(QFrame::NoFrame);
    // Each chart exports on its own from its context menu.
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, view, kind](const QPoint &pos) { showChartMenu(kind, view->mapToGlobal(pos)); });
    m_views << view;
    m_kinds << kind;
    return view;
}

bool QualityCharts::exportChart(QualityChartFactory::Kind kind, const QString &path, QString *error, double scale)
{
    if (!m_kinds.contains(kind)) {
        if (error)
            *error = tr("%1: this call has no such chart").arg(path);
        return false;
    }
    ChartSetRenderer r(m_call, {kind}, m_thresholds, palette(), QualityChartFactory::title(kind));
    QString err;
    const bool ok = ChartExporter::exportToFile(r, path, &err, scale);
    Q_EMIT statusMessage(ok ? tr("Exported %1").arg(path) : err);
    if (!ok && error)
        *error = err;
    return ok;
}

void QualityCharts::showChartMenu(QualityChartFactory::Kind kind, const QPoint &globalPos)
{
    QMenu menu(this);
    auto saveAs = [this, kind](const QString &suffix, double scale) {
        static const QStringList baseNames = {u"mos"_s, u"jitter"_s, u"counters"_s, u"quality-percentage"_s,
                                              u"flaws"_s, u"loss"_s};
        const QString name = baseNames.value(int(kind), u"chart"_s) + (scale > 1.0 ? u"@2x"_s : QString()) + u'.'
                             + suffix;
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), dir + u'/' + name,
                                                          tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
        if (!path.isEmpty())
            exportChart(kind, path, nullptr, scale);
    };
    menu.addAction(tr("Export PNG…"), this, [saveAs] { saveAs(u"png"_s, 1.0); });
    menu.addAction(tr("Export PNG at 2x…"), this, [saveAs] { saveAs(u"png"_s, 2.0); });
    menu.addAction(tr("Export SVG…"), this, [saveAs] { saveAs(u"svg"_s, 1.0); });
    menu.addAction(tr("Export PDF…"), this, [saveAs] { saveAs(u"pdf"_s, 1.0); });
    menu.addAction(tr("Export data as CSV…"), this, [saveAs] { saveAs(u"csv"_s, 1.0); });
    menu.addAction(tr("Copy image"), this, [this, kind] {
        ChartSetRenderer r(m_call, {kind}, m_thresholds, palette(), QualityChartFactory::title(kind));
        ChartExporter::copyToClipboard(r, devicePixelRatioF());
        Q_EMIT statusMessage(tr("Copied the chart image"));
    });
    menu.exec(globalPos);
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
    // The viewport's events still reach eventFilter() while its view is being destroyed, when
    // the view is no longer a QChartView: forget it before deleting, or eventFilter() would
    // call viewport() through a half-destroyed object (UBSan: member call on a wrong type).
    if (m_flawsView) {
        m_flawsView->viewport()->removeEventFilter(this);
        m_flawsView = nullptr;
    }
    // Views own their charts; deleting the views frees everything of the previous call.
    for (QChartView *v : std::as_const(m_views))
        delete v;
    m_views.clear();
    m_kinds.clear();
    m_highlight = nullptr;
    m_cursor = nullptr;

    if (QualityChartFactory::hasErrorLog(m_call)) {
        QChart *chart = QualityChartFactory::create(QualityChartFactory::Kind::Flaws, m_call, m_thresholds, palette(),
                                                    m_spanS);
        m_flawsView = addView(chart, QualityChartFactory::Kind::Flaws);
        m_flawsView->viewport()->installEventFilter(this);
        m_flawsView->viewport()->setMouseTracking(true);
        const auto series = chart->series();
        for (QAbstractSeries *s : series) {
            if (s->name() == QualityChartFactory::highlightSeriesName())
                m_highlight = qobject_cast<QAreaSeries *>(s);
            else if (s->name() == QualityChartFactory::cursorSeriesName())
                m_cursor = qobject_cast<QLineSeries *>(s);
        }
        // Re-aligned after every layout of the chart; queued so the margins are not changed
        // from inside Qt Charts' own layout pass. It converges: the second pass finds no delta.
        connect(chart, &QChart::plotAreaChanged, this, &QualityCharts::applyPlotAlignment, Qt::QueuedConnection);
    }
    const QList<QualityChartFactory::Kind> kinds = QualityChartFactory::qualityKinds(m_call);
    for (qsizetype i = 0; i < kinds.size(); ++i)
        addView(QualityChartFactory::create(kinds.at(i), m_call, m_thresholds, palette(), m_spanS), kinds.at(i));
    m_columns = 0;
    placeViews();
    m_message->setVisible(kinds.isEmpty());
    m_message->setText(kinds.isEmpty() ? QualityChartFactory::missingQualityText(m_call) : QString());
}

int QualityCharts::columnsFor(int width)
{
    return width >= 2 * kMinChartWidth ? 2 : 1;
}

void QualityCharts::placeViews()
{
    const int columns = columnsFor(width());
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QChartView *v : std::as_const(m_views))
        m_grid->removeWidget(v);
    // The flaws chart spans the width (it shares the timeline's axis); the others fill one or
    // two columns: two only when each still gets kMinChartWidth, so titles, legends and axis
    // labels are never cut in a narrow pane (1024x700).
    int row = 0;
    int i = 0;
    const int quality = int(m_views.size()) - (m_flawsView ? 1 : 0);
    for (QChartView *v : std::as_const(m_views)) {
        if (v == m_flawsView) {
            m_grid->addWidget(v, row++, 0, 1, 2);
            continue;
        }
        const int span = (columns == 1 || quality == 1 || (i == quality - 1 && i % 2 == 0)) ? 2 : 1;
        m_grid->addWidget(v, row + i / columns, columns == 1 ? 0 : i % 2, 1, span);
        ++i;
    }
    m_grid->setColumnStretch(1, columns == 1 ? 0 : 1);
}

void QualityCharts::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeViews();
}

int QualityCharts::columnCount() const
{
    return m_columns;
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

QChart *QualityCharts::chart(QualityChartFactory::Kind kind) const
{
    const qsizetype i = m_kinds.indexOf(kind);
    return i >= 0 ? m_views.at(i)->chart() : nullptr;
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
    // Titles, axes and the no-quality sentence are worded when built: build again in the new language.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace cdr
