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

#include <algorithm>
#include <cmath>

namespace cdr {

namespace {

// Category labels of a crowded axis: a little smaller than the theme's, so that a taller
// font (Noto Sans, which the Hindi translation brings in) still fits its category.
QFont denseLabelsFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

QChartView *makeView(QWidget *parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    return view;
}

/// An axis of whole numbers (call counts); countAxis() sets its range once attached.
QValueAxis *newCountAxis()
{
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

/// Adds x at the bottom and y on the left of chart and plots series against both.
void attachAxes(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

// Counts on an axis: whole numbers only, at whole steps. Qt's nice numbers on 0..1 give ticks
// at 0.25, 0.5, 0.75, which "%d" writes as 0, 0, 0, 1.
void countAxis(QValueAxis *axis, double maxCount)
{
    const double top = std::max(1.0, std::ceil(maxCount));
    double step = 1.0;
    if (top > 5) {
        // 1, 2, 5 x 10^n: at most about six intervals.
        const double raw = top / 5.0;
        const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
        for (double m : {1.0, 2.0, 5.0, 10.0}) {
            step = m * magnitude;
            if (step >= raw)
                break;
        }
        step = std::max(1.0, std::round(step));
    }
    const double max = std::ceil(top / step) * step;
    axis->setRange(0.0, max);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(int(std::lround(max / step)) + 1);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%d"));
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
    for (int i = 0; i < 4; ++i)
        m_views << makeView(this);
    retitle();
    for (int i = 0; i < m_views.size(); ++i)
        grid->addWidget(m_views.at(i), i / 2, i % 2);
    applyTheme();
    rebuild();
}

void OverviewCharts::retitle()
{
    const QString titles[] = {tr("MOS distribution by direction (click a bar to filter)"),
                              tr("Calls and answered calls over time"),
                              tr("Hangup classes (hover for the provider causes, click to filter)"),
                              tr("Mean MOS over time")};
    for (int i = 0; i < m_views.size(); ++i) {
        m_views.at(i)->chart()->setTitle(titles[i]);
        m_views.at(i)->setAccessibleName(titles[i]);
    }
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
        double tallest = 0;
        for (int b = 0; b < OverviewStats::kMosBins; ++b) {
            *in << double(s.mosInbound.value(b));
            *out << double(s.mosOutbound.value(b) + s.mosOther.value(b));
            tallest = std::max({tallest, in->at(b), out->at(b)});
            categories << QString::number(OverviewStats::kMosMin + b * OverviewStats::kMosBin, 'f', 2);
        }
        // Fixed colours, as the detail pane's quality charts draw the directions: the chart
        // theme would give inbound blue in light and green in dark.
        in->setColor(QColor(0x2E, 0x6F, 0xC0));
        out->setColor(QColor(0xE0, 0x7B, 0x24));
        series->append(in);
        series->append(out);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        x->setTitleText(tr("MOS (bin start)"));
        // Sixteen bins side by side in half a 1024 px window: upright, or Qt cuts them to "...".
        // A little smaller too: with a taller font (Noto Sans, which the Hindi translation brings
        // in) Qt's layout leaves the upright labels only the room of "..." at the full size.
        x->setLabelsAngle(-90);
        x->setLabelsFont(denseLabelsFont(x->labelsFont()));
        auto *y = newCountAxis();
        y->setTitleText(tr("calls"));
        attachAxes(chart, series, x, y);
        countAxis(y, tallest);
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
        const qint64 width = s.hourly ? 3600 * 1000LL : 24 * 3600 * 1000LL;
        // Every bucket from the first to the last, empty ones too: a day without calls is a
        // gap on the axis, not two neighbouring bars (buckets are whole widths apart).
        m_bucketStarts.clear();
        double tallest = 0;
        qsizetype next = 0;
        if (!s.buckets.isEmpty()) {
            const qint64 last = s.buckets.constLast().startMs;
            for (qint64 t = s.buckets.constFirst().startMs; t <= last && m_bucketStarts.size() < kMaxBuckets; t += width) {
                const bool has = next < s.buckets.size() && s.buckets.at(next).startMs == t;
                const OverviewStats::Bucket b = has ? s.buckets.at(next++) : OverviewStats::Bucket{};
                *answered << double(b.answered);
                *other << double(b.calls - b.answered);
                tallest = std::max(tallest, double(b.calls));
                m_bucketStarts << t;
                // With the year: a range across New Year (or two Januaries) must not read as one.
                categories << QDateTime::fromMSecsSinceEpoch(t, m_zone)
                                  .toString(s.hourly ? QStringLiteral("yyyy-MM-dd HH:00") : QStringLiteral("yyyy-MM-dd"));
            }
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
        // Upright past four bars: "2026-11-23" side by side is cut to "2026..." in half a 1024 px window.
        x->setLabelsAngle(categories.size() > 4 ? -90 : 0);
        auto *y = newCountAxis();
        attachAxes(chart, series, x, y);
        countAxis(y, tallest);
        connect(series, &QStackedBarSeries::clicked, this, [this, width](int index, QBarSet *) {
            if (index >= 0 && index < m_bucketStarts.size())
                Q_EMIT timeRangeClicked(m_bucketStarts.at(index), m_bucketStarts.at(index) + width);
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
        // Eight classes in a quarter of a 1024x700 window leave each label about 21 px; Qt
        // cuts a label taller than its category to "...", as Noto Sans at full size is.
        y->setLabelsFont(denseLabelsFont(y->labelsFont()));
        auto *x = newCountAxis();
        attachAxes(chart, series, x, y);
        double most = 0;
        for (const OverviewStats::ClassCount &c : s.classes)
            most = std::max(most, double(c.calls));
        countAxis(x, most);
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
        // QDateTimeAxis labels in the machine's zone; shift so they read in the display zone.
        const auto shifted = [this](qint64 ms) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
            return double(ms + qint64(m_zone.offsetFromUtc(t) - QTimeZone::systemTimeZone().offsetFromUtc(t)) * 1000);
        };
        QList<QPointF> points;
        for (const OverviewStats::Bucket &b : s.buckets) {
            if (b.mosCount > 0)
                points << QPointF(shifted(b.startMs), b.meanMos());
        }
        series->replace(points);
        chart->addSeries(series);
        auto *x = new QDateTimeAxis;
        auto *y = new QValueAxis;
        y->setRange(1.0, 5.0);
        y->setTitleText(tr("MOS"));
        attachAxes(chart, series, x, y);
        if (!s.buckets.isEmpty()) {
            // Ticks on bucket starts only (midnights, or whole hours), every k-th one, so no
            // day is labelled twice and none is skipped between two labels: Qt's default five
            // ticks fall at arbitrary times ("11-24, 11-25, 11-25, 11-26").
            const qint64 width = s.hourly ? 3600 * 1000LL : 24 * 3600 * 1000LL;
            const qint64 first = s.buckets.constFirst().startMs;
            const qint64 spans = std::max<qint64>(1, (s.buckets.constLast().startMs - first) / width + 1);
            const qint64 step = (spans + kMaxTimeTicks - 2) / (kMaxTimeTicks - 1); // buckets per tick interval
            const qint64 intervals = (spans + step - 1) / step;
            x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(shifted(first))),
                        QDateTime::fromMSecsSinceEpoch(qint64(shifted(first + intervals * step * width))));
            x->setTickCount(int(intervals) + 1);
            const bool years = QDateTime::fromMSecsSinceEpoch(first, m_zone).date().year()
                               != QDateTime::fromMSecsSinceEpoch(first + intervals * step * width, m_zone).date().year();
            x->setFormat(s.hourly ? QStringLiteral("MM-dd HH:00") : years ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM-dd"));
            x->setLabelsAngle(intervals > 8 ? -90 : 0);
        } else {
            // Nothing to place: Qt's default range would write "01-01" five times.
            x->setLabelsVisible(false);
        }
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
    } else if (event->type() == QEvent::LanguageChange) {
        retitle();
        rebuild(); // axes, legends and the hangup classes' names are worded when built
    }
}

} // namespace cdr
