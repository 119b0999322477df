// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewcharts.h"

#include "timelinerenderer.h"

#include <core/hangupclassifier.h>

#include <QCursor>
#include <QEvent>
#include <QGridLayout>
#include <QLocale>
#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

namespace cdr {

namespace {

QChartView *makeView(const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(title);
    view->setMinimumSize(320, 220);
    return view;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *a : axes) {
        chart->removeAxis(a);
        delete a;
    }
}

} // namespace

OverviewCharts::OverviewCharts(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_views << makeView(tr("MOS distribution by direction (click a bar to filter)"), this)
            << makeView(tr("Calls and answered calls over time"), this)
            << makeView(tr("Hangup classes (hover for the provider causes, click to filter)"), this)
            << makeView(tr("Mean MOS over time"), this);
    for (int i = 0; i < m_views.size(); ++i)
        grid->addWidget(m_views.at(i), i / 2, i % 2);
    applyTheme();
    rebuild();
}

QList<int> OverviewCharts::seriesCounts() const
{
    QList<int> out;
    for (QChartView *v : m_views)
        out << int(v->chart()->series().size());
    return out;
}

QString OverviewCharts::classToolTip(int index) const
{
    if (index < 0 || index >= m_stats.classes.size())
        return QString();
    // Long tails (many distinct NexBro sentences) are cut: the table filter shows them all.
    constexpr int kMaxLines = 15;
    const OverviewStats::ClassCount &c = m_stats.classes.at(index);
    const QLocale locale;
    QStringList lines;
    lines << tr("%1: %n call(s)", nullptr, int(c.calls)).arg(HangupClassifier::displayName(c.hangupClass));
    for (int i = 0; i < c.causes.size() && i < kMaxLines; ++i) {
        const OverviewStats::CauseCount &cause = c.causes.at(i);
        lines << tr("%1 · %2: %3")
                     .arg(providerDisplayName(cause.provider),
                          cause.cause.isEmpty() ? tr("(no cause given)") : cause.cause,
                          locale.toString(cause.calls));
    }
    if (c.causes.size() > kMaxLines)
        lines << tr("… and %n more cause(s)", nullptr, int(c.causes.size() - kMaxLines));
    return lines.join(u'\n');
}

void OverviewCharts::setStats(const OverviewStats &stats, const QTimeZone &zone)
{
    m_stats = stats;
    m_zone = zone;
    rebuild();
}

void OverviewCharts::rebuild()
{
    const OverviewStats &s = m_stats;
    // 1. MOS histogram per direction
    {
        QChart *chart = m_views.at(0)->chart();
        clearChart(chart);
        auto *series = new QBarSeries;
        auto *in = new QBarSet(tr("Inbound"));
        auto *out = new QBarSet(tr("Outbound"));
        QStringList categories;
        for (int b = 0; b < OverviewStats::kMosBins; ++b) {
            *in << double(s.mosInbound.value(b));
            *out << double(s.mosOutbound.value(b) + s.mosOther.value(b));
            categories << QString::number(OverviewStats::kMosMin + b * OverviewStats::kMosBin, 'f', 2);
        }
        series->append(in);
        series->append(out);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        x->setTitleText(tr("MOS (bin start)"));
        auto *y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%d"));
        y->setTitleText(tr("calls"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        if (s.calls > 0) // an empty range would be NaN to NaN
            y->applyNiceNumbers();
        connect(series, &QBarSeries::clicked, this, [this](int index, QBarSet *set) {
            const double lo = OverviewStats::kMosMin + index * OverviewStats::kMosBin;
            Q_EMIT mosRangeClicked(lo, lo + OverviewStats::kMosBin,
                                   set->label() == tr("Inbound") ? QStringLiteral("inbound") : QStringLiteral("outbound"));
        });
    }
    // 2. Calls per bucket, answered vs not (stacked)
    {
        QChart *chart = m_views.at(1)->chart();
        chart->setTitle(s.hourly ? tr("Calls per hour: answered and not answered (click to filter)")
                                 : tr("Calls per day: answered and not answered (click to filter)"));
        clearChart(chart);
        auto *series = new QStackedBarSeries;
        auto *answered = new QBarSet(tr("Answered"));
        auto *other = new QBarSet(tr("Not answered"));
        QStringList categories;
        for (const OverviewStats::Bucket &b : s.buckets) {
            *answered << double(b.answered);
            *other << double(b.calls - b.answered);
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(b.startMs, m_zone);
            // With the year: a range across New Year (or two Januaries) must not read as one.
            categories << t.toString(s.hourly ? QStringLiteral("yyyy-MM-dd HH:00") : QStringLiteral("yyyy-MM-dd"));
        }
        // Fixed colours, the timeline's talking green and ringing amber: the chart theme would
        // hand the two sets different colours in light and dark.
        answered->setColor(TimelineRenderer::segmentColor(SegmentKind::Talking));
        other->setColor(TimelineRenderer::segmentColor(SegmentKind::Ringing));
        series->append(answered);
        series->append(other);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        x->setLabelsAngle(categories.size() > 12 ? -90 : 0);
        auto *y = new QValueAxis;
        y->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        if (!s.buckets.isEmpty())
            y->applyNiceNumbers();
        const qint64 width = s.hourly ? 3600 * 1000LL : 24 * 3600 * 1000LL;
        connect(series, &QStackedBarSeries::clicked, this, [this, width](int index, QBarSet *) {
            if (index >= 0 && index < m_stats.buckets.size())
                Q_EMIT timeRangeClicked(m_stats.buckets.at(index).startMs, m_stats.buckets.at(index).startMs + width);
        });
    }
    // 3. Hangup classes, most frequent on top; the provider causes behind a bar in its tooltip
    {
        QChart *chart = m_views.at(2)->chart();
        clearChart(chart);
        auto *series = new QHorizontalBarSeries;
        auto *set = new QBarSet(tr("Calls"));
        QStringList categories;
        for (int i = int(s.classes.size()) - 1; i >= 0; --i) {
            *set << double(s.classes.at(i).calls);
            categories << HangupClassifier::displayName(s.classes.at(i).hangupClass);
        }
        series->append(set);
        chart->addSeries(series);
        chart->legend()->setVisible(false);
        auto *y = new QBarCategoryAxis;
        y->append(categories);
        auto *x = new QValueAxis;
        x->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        series->attachAxis(y);
        if (!s.classes.isEmpty())
            x->applyNiceNumbers();
        // Bars run bottom-up: bar `index` is class size-1-index.
        connect(series, &QHorizontalBarSeries::clicked, this, [this](int index, QBarSet *) {
            const int i = int(m_stats.classes.size()) - 1 - index;
            if (i >= 0 && i < m_stats.classes.size())
                Q_EMIT hangupClassClicked(m_stats.classes.at(i).hangupClass);
        });
        connect(series, &QHorizontalBarSeries::hovered, this, [this](bool on, int index, QBarSet *) {
            if (on)
                QToolTip::showText(QCursor::pos(), classToolTip(int(m_stats.classes.size()) - 1 - index), m_views.at(2));
            else
                QToolTip::hideText();
        });
    }
    // 4. Mean MOS over time
    {
        QChart *chart = m_views.at(3)->chart();
        clearChart(chart);
        auto *series = new QLineSeries;
        series->setName(tr("Mean MOS"));
        series->setPointsVisible(s.buckets.size() < 60);
        QList<QPointF> points;
        for (const OverviewStats::Bucket &b : s.buckets) {
            if (b.mosCount > 0) {
                // QDateTimeAxis labels in the machine's zone; shift so they read in the display zone.
                const QDateTime t = QDateTime::fromMSecsSinceEpoch(b.startMs, QTimeZone::utc());
                const qint64 shift = qint64(m_zone.offsetFromUtc(t) - QTimeZone::systemTimeZone().offsetFromUtc(t)) * 1000;
                points << QPointF(double(b.startMs + shift), b.meanMos());
            }
        }
        series->replace(points);
        chart->addSeries(series);
        auto *x = new QDateTimeAxis;
        x->setFormat(s.hourly ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("MM-dd"));
        auto *y = new QValueAxis;
        y->setRange(1.0, 5.0);
        y->setTitleText(tr("MOS"));
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        if (!points.isEmpty() && points.first().x() == points.last().x())
            x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(points.first().x()) - 3600000),
                        QDateTime::fromMSecsSinceEpoch(qint64(points.first().x()) + 3600000));
    }
}

void OverviewCharts::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (QChartView *v : std::as_const(m_views)) {
        v->chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        v->chart()->setBackgroundBrush(palette().base());
        v->chart()->setTitleBrush(palette().text());
        v->chart()->legend()->setLabelColor(palette().text().color());
    }
}

void OverviewCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
        rebuild();
    }
}

} // namespace cdr
