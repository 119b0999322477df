// SPDX-License-Identifier: GPL-3.0-or-later
#include "qualitychartfactory.h"

#include "chartslogging.h"
#include <core/timelinedata.h>
#include "timelinescale.h"

#include <core/csvwriter.h>
#include <core/qualityprovenance.h>

#include <QtCharts/QAreaSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QLinearGradient>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cdr {

namespace {

// The audio_stats keys of two charts; names and units come from QualityProvenance.
const QStringList &counterKeys()
{
    static const QStringList keys = {u"packet_count"_s,      u"media_packet_count"_s, u"skip_packet_count"_s,
                                     u"flush_packet_count"_s, u"cng_packet_count"_s,   u"dtmf_packet_count"_s};
    return keys;
}

// Jitter and loss are charted apart, each on its own axis in its own unit: on one axis a 5.81 %
// loss is a sliver beside 90 ms of jitter.
const QStringList &jitterKeys()
{
    static const QStringList keys = {u"jitter_min_variance"_s, u"jitter_max_variance"_s};
    return keys;
}

const QStringList &lossKeys()
{
    static const QStringList keys = {u"jitter_loss_rate"_s, u"jitter_burst_rate"_s};
    return keys;
}

// Vobiz sends mos 0 on unanswered calls: "no media", not a terrible call.
std::optional<double> usable(std::optional<double> mos)
{
    if (mos && *mos > 0.0 && std::isfinite(*mos))
        return mos;
    return std::nullopt;
}

bool anyKey(const Call &call, const QStringList &keys)
{
    if (!call.audio)
        return false;
    for (const QString &k : keys) {
        if (call.audio->inbound.value(k) || call.audio->outbound.value(k))
            return true;
    }
    return false;
}

struct Direction
{
    QString name;    ///< translated, capitalized
    QString key;     ///< "inbound", "outbound"
    const AudioDirection *values;
};

QList<Direction> directions(const Call &call)
{
    if (!call.audio)
        return {};
    return {{QualityChartFactory::tr("Inbound"), u"inbound"_s, &call.audio->inbound},
            {QualityChartFactory::tr("Outbound"), u"outbound"_s, &call.audio->outbound}};
}

// Keyed bars: one series per direction that has at least one of the keys. withUnit: the
// categories name their unit (charts mixing units); otherwise the axis title carries it.
QualityChartFactory::Bars keyedBars(const Call &call, const QStringList &keys, bool withUnit)
{
    QualityChartFactory::Bars b;
    for (const QString &k : keys) {
        b.categories << (withUnit ? QualityProvenance::audioLabelWithUnit(k) : QualityProvenance::audioLabel(k));
        b.units << QualityProvenance::audioUnit(k);
    }
    for (const Direction &dir : directions(call)) {
        QList<std::optional<double>> values;
        QStringList sources;
        bool any = false;
        for (const QString &k : keys) {
            values << dir.values->value(k);
            sources << (values.constLast() ? QualityProvenance::audioSource(call, dir.key, k) : QString());
            any = any || values.constLast().has_value();
            if (!values.constLast())
                b.notReported << dir.name.toLower() + u' ' + QualityProvenance::audioLabel(k).toLower();
        }
        if (any) {
            b.seriesNames << dir.name;
            b.values << values;
            b.sources << sources;
        } else {
            b.notReported.erase(b.notReported.end() - keys.size(), b.notReported.end());
            b.notReported << dir.name.toLower();
        }
    }
    return b;
}

QColor seriesColor(int i)
{
    static const QColor colors[] = {QColor(0x2E, 0x6F, 0xC0), QColor(0xE0, 0x7B, 0x24), QColor(0x7A, 0x4E, 0xB0)};
    return colors[i % 3];
}

// What a chart lacks: a small line of its own under the title (an axis title would take the
// height that two-line category labels need, and Qt Charts would cut them).
QString notReportedText(const QStringList &notReported)
{
    if (notReported.isEmpty())
        return QString();
    return QualityChartFactory::tr("not reported: %1").arg(notReported.join(u", "_s));
}

QValueAxis *valueAxis(double lo, double hi, const QString &title, bool nice = true)
{
    auto *axis = new QValueAxis;
    axis->setRange(lo, hi);
    axis->setTitleText(title);
    if (nice)
        axis->applyNiceNumbers();
    // %g drops the ".0" of whole numbers (counters, percentages) and keeps MOS decimals, but
    // turns 30000 into "3e+04": counts of that size are written out whole.
    const double largest = std::max(std::abs(axis->min()), std::abs(axis->max()));
    axis->setLabelFormat(largest >= 1000.0 ? u"%.0f"_s : u"%.4g"_s);
    return axis;
}

QChart *barChart(const QualityChartFactory::Bars &b, const QString &title, double yMin, std::optional<double> yMax,
                 const QString &yTitle, double headroom = 1.2)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    auto *series = new QBarSeries;
    double maxValue = 0.0;
    for (qsizetype s = 0; s < b.seriesNames.size(); ++s) {
        auto *set = new QBarSet(b.seriesNames.at(s));
        QList<qreal> values;
        for (const auto &v : b.values.at(s)) {
            values << v.value_or(0.0);
            maxValue = std::max(maxValue, v.value_or(0.0));
        }
        set->append(values); // one call per set, not per value
        set->setColor(seriesColor(int(s)));
        set->setBorderColor(seriesColor(int(s)).darker(130));
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value"_s);
    // 'g' with 10 digits: counts of 100000 and more stay whole ("123456", not "1.2346e+05").
    series->setLabelsPrecision(10);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    // Long categories ("Jitter max variance (ms²)") wrap onto lines of about 12 characters, the
    // unit on a line of its own (axis labels are rich text), so none is cut to "Jitter max...".
    QStringList labels;
    for (const QString &c : b.categories) {
        const qsizetype unitAt = c.endsWith(u')') ? c.lastIndexOf(u" ("_s) : -1;
        const QString name = unitAt > 0 ? c.left(unitAt) : c;
        QStringList lines;
        for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
            if (!lines.isEmpty() && lines.constLast().size() + 1 + word.size() <= 12)
                lines.last() += u' ' + word;
            else
                lines << word;
        }
        if (unitAt > 0)
            lines << c.mid(unitAt + 1);
        for (QString &l : lines)
            l = l.toHtmlEscaped();
        labels << (lines.size() > 1 ? lines.join(u"<br>"_s) : c);
    }
    x->append(labels);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    // Headroom above the tallest bar for its label.
    const double hi = yMax.value_or(maxValue > 0 ? maxValue * headroom : 1.0);
    auto *y = valueAxis(yMin, hi, yTitle, !yMax.has_value());
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

QAreaSeries *band(const QString &name, double x0, double x1, double lo, double hi, const QColor &color)
{
    auto *upper = new QLineSeries;
    upper->replace(QList<QPointF>{{x0, hi}, {x1, hi}});
    auto *lower = new QLineSeries;
    lower->replace(QList<QPointF>{{x0, lo}, {x1, lo}});
    auto *area = new QAreaSeries(upper, lower);
    area->setName(name);
    QColor fill = color;
    fill.setAlpha(150);
    area->setBrush(fill);
    area->setPen(Qt::NoPen);
    upper->setParent(area);
    lower->setParent(area);
    return area;
}

/// One bar, the call's own figure, when it has one (else no bars).
QualityChartFactory::Bars callBar(const QString &seriesName, const QString &category, const QString &unit,
                                  std::optional<double> value, const QString &source)
{
    QualityChartFactory::Bars b;
    if (value) {
        b.seriesNames << seriesName;
        b.categories << category;
        b.units << unit;
        b.values << QList<std::optional<double>>{value};
        b.sources << QStringList{source};
    }
    return b;
}

/// One bar per direction of the call's audio report whose `key` value `accept` keeps (a
/// std::optional<double> that is empty for a value not to show); the others are listed as not reported.
template <typename Accept>
QualityChartFactory::Bars directionBars(const Call &call, const QString &seriesName, const QString &key,
                                        const QString &unit, Accept accept)
{
    QualityChartFactory::Bars b;
    b.seriesNames << seriesName;
    QList<std::optional<double>> v;
    QStringList sources;
    for (const Direction &dir : directions(call)) {
        if (const auto value = accept(dir.values->value(key))) {
            b.categories << dir.name;
            b.units << unit;
            v << value;
            sources << QualityProvenance::audioSource(call, dir.key, key);
        } else {
            b.notReported << dir.name.toLower();
        }
    }
    b.values << v;
    b.sources << sources;
    return b;
}

} // namespace

QString QualityChartFactory::flawsSeriesName() { return tr("Flaws per interval"); }
QString QualityChartFactory::highlightSeriesName() { return tr("Selected interval"); }
QString QualityChartFactory::cursorSeriesName() { return tr("Cursor"); }

QList<QualityChartFactory::Kind> QualityChartFactory::qualityKinds(const Call &call)
{
    QList<Kind> kinds;
    const bool audioMos = call.audio
                          && (usable(call.audio->inbound.value(u"mos"_s)) || usable(call.audio->outbound.value(u"mos"_s)));
    if (audioMos || usable(call.mos))
        kinds << Kind::Mos;
    if (anyKey(call, jitterKeys()) || call.jitterMs)
        kinds << Kind::Jitter;
    if (anyKey(call, lossKeys()) || call.packetLossPct)
        kinds << Kind::Loss;
    if (anyKey(call, counterKeys()))
        kinds << Kind::Counters;
    if (call.audio
        && (call.audio->inbound.value(u"quality_percentage"_s) || call.audio->outbound.value(u"quality_percentage"_s)))
        kinds << Kind::QualityPercent;
    // Vobiz reports jitter 0 / loss 0 next to mos 0 on unanswered calls: all "no media".
    if (!kinds.contains(Kind::Mos) && !call.audio && call.jitterMs.value_or(0.0) == 0.0
        && call.packetLossPct.value_or(0.0) == 0.0) {
        kinds.removeAll(Kind::Jitter);
        kinds.removeAll(Kind::Loss);
    }
    return kinds;
}

QString QualityChartFactory::missingQualityText(const Call &call)
{
    switch (call.provider) {
    case Provider::CarrierX:
    case Provider::Plivo:
        return tr("%1 does not report media quality (no MOS, jitter or packet loss in its call records).")
            .arg(providerDisplayName(call.provider));
    case Provider::Vobiz:
        // Only what this record shows: a missing mos field is not "MOS 0".
        if (call.invalid.contains(u"mos"_s))
            return tr("Vobiz sent a MOS outside 1 to 5 for this call; it was dropped as invalid.");
        if (call.status != CallStatus::Answered && call.status != CallStatus::Unknown)
            return tr("This call was not answered, so it carried no audio to grade.");
        return tr("Vobiz sent no MOS, jitter or packet loss for this call.");
    case Provider::NexBro:
        return tr("NexBro sent no audio_stats for this call.");
    case Provider::Unknown:
        if (call.id.isEmpty())
            return QString(); // no call at all: nothing to explain
        break;
    }
    return tr("This record has no media quality data.");
}

QString QualityChartFactory::title(Kind kind)
{
    switch (kind) {
    case Kind::Mos: return tr("MOS, inbound vs outbound");
    case Kind::Jitter: return tr("Jitter");
    case Kind::Loss: return tr("Packet loss");
    case Kind::Counters: return tr("Packet counters");
    case Kind::QualityPercent: return tr("Quality percentage");
    case Kind::Flaws: return tr("Flaws over time (error log)");
    }
    return QString();
}

QualityChartFactory::Bars QualityChartFactory::bars(Kind kind, const Call &call)
{
    switch (kind) {
    case Kind::Mos:
        if (call.audio) {
            // Directions become categories here: one bar per direction reads better for a single key.
            const Bars perDirection = directionBars(call, tr("MOS"), u"mos"_s, QString(), usable);
            if (!perDirection.categories.isEmpty())
                return perDirection;
        }
        return callBar(tr("MOS"), tr("Call"), QString(), usable(call.mos), QualityProvenance::mosSource(call));
    case Kind::Jitter:
        if (anyKey(call, jitterKeys()))
            return keyedBars(call, jitterKeys(), true);
        return callBar(tr("Call"), tr("Jitter"), u"ms"_s, call.jitterMs, QualityProvenance::reportedBy(call));
    case Kind::Loss:
        if (anyKey(call, lossKeys()))
            return keyedBars(call, lossKeys(), false);
        return callBar(tr("Call"), tr("Packet loss"), u"%"_s, call.packetLossPct, QualityProvenance::reportedBy(call));
    case Kind::Counters:
        return keyedBars(call, counterKeys(), false);
    case Kind::QualityPercent:
        return directionBars(call, tr("Quality %"), u"quality_percentage"_s, u"%"_s,
                             [](std::optional<double> v) { return v; });
    case Kind::Flaws:
        break;
    }
    return Bars();
}

QString QualityChartFactory::sourceText(Kind kind, const Call &call)
{
    switch (kind) {
    case Kind::Mos:
        if (call.audio && (usable(call.audio->inbound.value(u"mos"_s)) || usable(call.audio->outbound.value(u"mos"_s))))
            return QualityProvenance::audioSource(call, QString(), u"mos"_s);
        return usable(call.mos) ? QualityProvenance::mosSource(call) : QString();
    case Kind::Jitter:
        if (anyKey(call, jitterKeys()))
            return QualityProvenance::audioSource(call, QString(), u"jitter_min_variance"_s);
        return call.jitterMs ? QualityProvenance::reportedBy(call) : QString();
    case Kind::Loss:
        if (anyKey(call, lossKeys()))
            return QualityProvenance::audioSource(call, QString(), u"jitter_loss_rate"_s);
        return call.packetLossPct ? QualityProvenance::reportedBy(call) : QString();
    case Kind::Counters:
        return QualityProvenance::audioSource(call, QString(), u"packet_count"_s);
    case Kind::QualityPercent:
        return QualityProvenance::audioSource(call, QString(), u"quality_percentage"_s);
    case Kind::Flaws:
        return QualityProvenance::reportedBy(call) + u" (error_log)"_s;
    }
    return QString();
}

void QualityChartFactory::applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(110);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(text);
    QFont titleFont = chart->titleFont();
    titleFont.setPixelSize(13);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(text);
    QFont small = chart->legend()->font();
    small.setPixelSize(11);
    chart->legend()->setFont(small);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(text);
        axis->setLabelsFont(small);
        axis->setTitleBrush(text);
        axis->setTitleFont(small);
        axis->setLinePenColor(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const auto sets = bars->barSets();
            for (QBarSet *set : sets) {
                set->setLabelColor(text);
                set->setLabelFont(small);
            }
        }
    }
}

QChart *QualityChartFactory::create(Kind kind, const Call &call, const QualityThresholds &thresholds,
                                    const QPalette &palette, double spanS)
{
    QChart *chart = nullptr;
    switch (kind) {
    case Kind::Mos: {
        const Bars b = bars(kind, call);
        const double lo = 1.0;
        // A provider with one MOS per call (Vobiz) gets a title that says so instead of
        // "inbound vs outbound".
        const bool perCall = b.categories == QStringList{tr("Call")};
        chart = barChart(b, perCall ? tr("MOS (per call)") : title(kind), lo, 5.0, tr("MOS"));
        // The bands are the plot background (a gradient with hard stops), so the bars are
        // drawn over them; area series drawn on top would tint the bars.
        const double hi = 5.0;
        auto pos = [&](double v) { return std::clamp((hi - v) / (hi - lo), 0.0, 1.0); };
        const QColor good(0x3C, 0x9A, 0x5F), average(0xE0, 0xB0, 0x30), bad(0xD0, 0x45, 0x3A);
        auto tint = [](QColor c) {
            c.setAlpha(55);
            return c;
        };
        QLinearGradient gradient(0, 0, 0, 1);
        gradient.setCoordinateMode(QGradient::ObjectBoundingMode);
        gradient.setColorAt(0.0, tint(good));
        gradient.setColorAt(pos(thresholds.mosGood), tint(good));
        gradient.setColorAt(std::min(1.0, pos(thresholds.mosGood) + 1e-4), tint(average));
        gradient.setColorAt(pos(thresholds.mosBad), tint(average));
        gradient.setColorAt(std::min(1.0, pos(thresholds.mosBad) + 1e-4), tint(bad));
        gradient.setColorAt(1.0, tint(bad));
        chart->setPlotAreaBackgroundBrush(gradient);
        chart->setPlotAreaBackgroundPen(Qt::NoPen);
        chart->setPlotAreaBackgroundVisible(true);
        // Legend entries for the bands: area series placed outside the visible x range, so
        // they only appear in the legend (and in SVG text), never over the bars.
        auto *bandX = new QValueAxis;
        bandX->setRange(0.0, 1.0);
        bandX->setVisible(false);
        chart->addAxis(bandX, Qt::AlignTop);
        QAbstractAxis *y = chart->axes(Qt::Vertical).constFirst();
        const QString goodText = QString::number(thresholds.mosGood, 'f', 1);
        const QString badText = QString::number(thresholds.mosBad, 'f', 1);
        // Short names: the legend of a chart half a 1024 px pane wide cuts long ones ("Good: 4.0 …").
        const QList<QAreaSeries *> areas = {
            band(tr("Good ≥ %1").arg(goodText), 2, 3, lo, hi, good),
            band(tr("Average %1–%2").arg(badText, goodText), 2, 3, lo, hi, average),
            // Words, not "<": Qt Charts reads legend labels as rich text and drops "< 3.5" as a tag.
            band(tr("Bad below %1").arg(badText), 2, 3, lo, hi, bad),
        };
        for (QAreaSeries *a : areas) {
            chart->addSeries(a);
            a->attachAxis(bandX);
            a->attachAxis(y);
        }
        // One bar series whose name is the title's first word: its legend entry says nothing
        // and takes the room the bands need.
        if (auto *barSeries = qobject_cast<QAbstractBarSeries *>(chart->series().value(0))) {
            const auto barMarkers = chart->legend()->markers(barSeries);
            for (QLegendMarker *m : barMarkers)
                m->setVisible(false);
        }
        break;
    }
    case Kind::Jitter:
    case Kind::Loss: {
        const bool jitter = kind == Kind::Jitter;
        const Bars b = bars(kind, call);
        QString t = title(kind);
        if (!call.audio) {
            // A per-call value: the number and grade go in the title, because a 0 bar (the
            // usual, good case) is invisible.
            if (jitter && call.jitterMs)
                t = tr("Jitter per call: %1 (%2)")
                        .arg(QualityProvenance::withUnit(*call.jitterMs, u"ms"_s, 3),
                             QualityProvenance::gradeText(thresholds.gradeJitter(call.jitterMs)));
            else if (!jitter && call.packetLossPct)
                t = tr("Packet loss per call: %1 (%2)")
                        .arg(QualityProvenance::withUnit(*call.packetLossPct, u"%"_s, 3),
                             QualityProvenance::gradeText(thresholds.gradeLoss(call.packetLossPct)));
        }
        // One unit per chart, on its axis: NexBro's audio_stats give jitter variances (ms²), not jitter in ms.
        const QString unit = anyKey(call, jitter ? jitterKeys() : lossKeys())
                                 ? QualityProvenance::audioUnit(jitter ? jitterKeys().constFirst() : lossKeys().constFirst())
                                 : (jitter ? u"ms"_s : u"%"_s);
        chart = barChart(b, t, 0.0, std::nullopt, unit);
        break;
    }
    case Kind::Counters: {
        // Up to six counters per direction side by side: labels written across would run into
        // each other ("2210" over "2199"), so they stand upright above their bars, with the
        // headroom that needs.
        chart = barChart(bars(kind, call), title(kind), 0.0, std::nullopt, tr("packets"), 1.5);
        if (auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0)))
            series->setLabelsAngle(-90);
        break;
    }
    case Kind::QualityPercent:
        chart = barChart(bars(kind, call), title(kind), 0.0, 120.0, tr("%"));
        if (auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0)))
            y->setTickCount(7); // 0, 20, ... 120: the label above a 100 % bar still fits
        break;
    case Kind::Flaws: {
        chart = new QChart;
        chart->setTitle(title(kind));
        const TimelineData span = TimelineData::fromCall(call);
        // Qt Charts draws ~20-30k points per frame and an antialiased area of thousands of
        // steps is slow to fill: past ~2 points per pixel the intervals are aggregated into
        // buckets holding the worst (max) flaw count, so a spike is never averaged away.
        constexpr int kMaxBuckets = 600;
        QList<QPointF> steps;
        double maxFlaws = 1.0;
        double bucketS = 0.0;
        const double axisS = std::max(1.0, spanS);
        if (call.errorLog.size() * 4 > 2 * kMaxBuckets) {
            bucketS = axisS / kMaxBuckets;
            QList<int> worst(kMaxBuckets, 0);
            for (const ErrorInterval &e : call.errorLog) {
                const auto a = span.secondsOf(e.start);
                if (!a)
                    continue;
                const double b = std::max(*a, span.secondsOf(e.stop).value_or(*a + e.durationS.value_or(0.0)));
                const int k0 = std::clamp(int(*a / bucketS), 0, kMaxBuckets - 1);
                const int k1 = std::clamp(int(b / bucketS), k0, kMaxBuckets - 1);
                for (int k = k0; k <= k1; ++k)
                    worst[k] = std::max(worst[k], e.flaws);
                maxFlaws = std::max<double>(maxFlaws, e.flaws);
            }
            int previous = 0;
            steps << QPointF(0, 0);
            for (int k = 0; k < kMaxBuckets; ++k) {
                if (worst.at(k) != previous) {
                    steps << QPointF(k * bucketS, previous) << QPointF(k * bucketS, worst.at(k));
                    previous = worst.at(k);
                }
            }
            steps << QPointF(axisS, previous) << QPointF(axisS, 0);
            chart->setTitle(tr("%1, worst per %2 s").arg(title(kind), QString::number(bucketS, 'g', 2)));
        } else {
            steps.reserve(call.errorLog.size() * 4);
            for (const ErrorInterval &e : call.errorLog) {
                const auto a = span.secondsOf(e.start);
                if (!a)
                    continue;
                const double b = std::max(*a, span.secondsOf(e.stop).value_or(*a + e.durationS.value_or(0.0)));
                steps << QPointF(*a, 0) << QPointF(*a, e.flaws) << QPointF(b, e.flaws) << QPointF(b, 0);
                maxFlaws = std::max<double>(maxFlaws, e.flaws);
            }
        }
        auto *upper = new QLineSeries;
        upper->replace(steps);
        auto *area = new QAreaSeries(upper);
        upper->setParent(area);
        area->setName(flawsSeriesName());
        QColor fill(0xD0, 0x45, 0x3A);
        area->setPen(QPen(fill.darker(120), 1));
        fill.setAlpha(170);
        area->setBrush(fill);

        auto *hiUpper = new QLineSeries;
        auto *highlight = new QAreaSeries(hiUpper);
        hiUpper->setParent(highlight);
        highlight->setName(highlightSeriesName());
        QColor h = palette.color(QPalette::Highlight);
        highlight->setPen(QPen(h, 2));
        h.setAlpha(70);
        highlight->setBrush(h);

        auto *cursor = new QLineSeries;
        cursor->setName(cursorSeriesName());
        cursor->setPen(QPen(palette.color(QPalette::Highlight), 1, Qt::DashLine));

        chart->addSeries(area);
        chart->addSeries(highlight);
        chart->addSeries(cursor);
        auto *x = new QValueAxis;
        x->setRange(0.0, std::max(1.0, spanS));
        x->setTitleText(tr("seconds from call start"));
        // The same nice steps as the timeline above (1, 2, 5 x 10^n s), anchored at 0.
        const TimelineScale scale{0.0, std::max(1.0, spanS), 0.0, 880.0};
        const double step = scale.tickStep(80.0);
        x->setTickType(QValueAxis::TicksDynamic);
        x->setTickAnchor(0.0);
        x->setTickInterval(step);
        x->setLabelFormat(step < 1.0 ? u"%.1f"_s : u"%.0f"_s);
        auto *y = valueAxis(0.0, maxFlaws * 1.15, tr("flaws"));
        y->setLabelFormat(u"%.0f"_s);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(area), static_cast<QAbstractSeries *>(highlight),
                                   static_cast<QAbstractSeries *>(cursor)}) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
        break;
    }
    }
    if (!chart) {
        qCWarning(lcCharts) << "unknown chart kind" << int(kind);
        chart = new QChart;
    }
    // Every chart says where its numbers come from, on a second, lighter title line (the title
    // is rich text in Qt Charts), so a PNG pasted into a ticket keeps its provenance.
    bool richTitle = false;
    if (const QString source = sourceText(kind, call); !source.isEmpty()) {
        richTitle = true;
        // A long source breaks after its "reported by ... :" part rather than being cut off.
        QString html = source.toHtmlEscaped();
        if (source.size() > 70 && source.contains(u": "_s))
            html.replace(html.indexOf(u": "_s), 2, u":<br>"_s);
        chart->setTitle(chart->title().toHtmlEscaped() + u"<br><span style=\"font-size:11px; font-weight:normal\">"_s
                        + html + u"</span>"_s);
    }
    if (kind != Kind::Flaws) {
        if (const QString missing = notReportedText(bars(kind, call).notReported); !missing.isEmpty()) {
            const QString html = richTitle ? chart->title() : chart->title().toHtmlEscaped();
            chart->setTitle(html + u"<br><span style=\"font-size:11px; font-weight:normal\">"_s + missing.toHtmlEscaped()
                            + u"</span>"_s);
        }
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Helper series (cursor, empty highlight) do not belong in the legend.
    const auto markers = chart->legend()->markers();
    for (QLegendMarker *m : markers) {
        if (m->label() == cursorSeriesName() || m->label() == highlightSeriesName())
            m->setVisible(false);
    }
    applyPalette(chart, palette);
    return chart;
}

QString QualityChartFactory::csv(Kind kind, const Call &call)
{
    if (kind == Kind::Flaws) {
        const TimelineData span = TimelineData::fromCall(call);
        QString out = u"start_s,stop_s,start_utc,stop_utc,duration_s,flaws,flaws_per_s\n"_s;
        for (const ErrorInterval &e : call.errorLog) {
            const double a = span.secondsOf(e.start).value_or(0.0);
            const double b = span.secondsOf(e.stop).value_or(a);
            const double d = e.durationS.value_or(b - a);
            out += QString::number(a, 'f', 3) + u',' + QString::number(b, 'f', 3) + u','
                   + e.start.toUTC().toString(Qt::ISODateWithMs) + u',' + e.stop.toUTC().toString(Qt::ISODateWithMs)
                   + u',' + QString::number(d, 'f', 3) + u',' + QString::number(e.flaws) + u','
                   + (d > 0 ? QString::number(e.flaws / d, 'f', 3) : QString()) + u'\n';
        }
        return out;
    }
    const Bars b = bars(kind, call);
    QByteArray out = "chart,category,series,value,unit,source\n";
    CsvWriter csv(&out, "\n");
    // The name the chart shows: a per-call MOS (Vobiz) is not "inbound vs outbound".
    const QString chartName =
        kind == Kind::Mos && b.categories == QStringList{tr("Call")} ? tr("MOS (per call)") : title(kind);
    for (qsizetype s = 0; s < b.seriesNames.size(); ++s) {
        for (qsizetype c = 0; c < b.categories.size() && c < b.values.at(s).size(); ++c) {
            const auto v = b.values.at(s).at(c);
            csv.field(chartName).field(b.categories.at(c)).field(b.seriesNames.at(s));
            csv.plainField(v ? QByteArray::number(*v, 'g', 10) : QByteArray());
            csv.field(b.units.value(c)).field(b.sources.value(s).value(c)).endRow();
        }
    }
    return QString::fromUtf8(out);
}

} // namespace cdr
