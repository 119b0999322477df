// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinerenderer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <core/csvwriter.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cdr {

namespace {

constexpr double kPreferredLaneHeight = 28.0;
constexpr double kMinLaneHeight = 6.0;
constexpr double kPad = 6.0;

QString tr(const char *text)
{
    return QCoreApplication::translate("cdr::TimelineRenderer", text);
}

QString secondsText(double s, double step)
{
    const int decimals = step >= 1.0 ? 0 : (step >= 0.1 ? 1 : 2);
    return QString::number(s, 'f', decimals) + u" s";
}

QString csvTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

TimelineRenderer::TimelineRenderer()
{
    // Pixel-sized so layout is identical on screen, in a 96 dpi PDF and in SVG.
    m_font.setPixelSize(12);
}

QColor TimelineRenderer::segmentColor(SegmentKind kind)
{
    switch (kind) {
    case SegmentKind::Ringing: return QColor(0xE0, 0xA0, 0x30);
    case SegmentKind::Talking: return QColor(0x3C, 0x9A, 0x5F);
    case SegmentKind::Holding: return QColor(0x5E, 0x7C, 0xC4);
    }
    return Qt::gray;
}

QColor TimelineRenderer::flawColor()
{
    return QColor(0xD0, 0x45, 0x3A);
}

void TimelineRenderer::setData(const TimelineData &data)
{
    m_data = data;
    m_highlightedBand = -1;
    m_cursorS.reset();
}

double TimelineRenderer::preferredHeight() const
{
    const QFontMetricsF fm(m_font);
    const double lanes = std::max<qsizetype>(1, m_data.lanes.size()) * kPreferredLaneHeight;
    const double band = m_data.bands.isEmpty() ? 0.0 : fm.height() + 8.0;
    return kPad + (fm.height() + 8.0) + lanes + band + (2.0 * fm.height() + 12.0) + kPad;
}

TimelineRenderer::Geometry TimelineRenderer::layout(const QRectF &target) const
{
    Geometry g;
    const QFontMetricsF fm(m_font);
    const QRectF r = target.adjusted(kPad, kPad, -kPad, -kPad);
    g.legend = QRectF(r.left(), r.top(), r.width(), fm.height() + 8.0);

    double labelWidth = fm.horizontalAdvance(tr("Flaws"));
    for (const TimelineLane &lane : m_data.lanes) {
        double w = fm.horizontalAdvance(lane.label);
        if (lane.forwarding)
            w += fm.horizontalAdvance(u" ↪"_s);
        labelWidth = std::max(labelWidth, w);
    }
    // The axis rows' captions ("from start", the zone) sit in this column too, left of the
    // first tick label: room for them, so "from start" is not cut.
    labelWidth = std::max(labelWidth, fm.horizontalAdvance(tr("from start")) + fm.horizontalAdvance(u"00:00:00"_s) / 2.0);
    labelWidth = std::clamp(labelWidth + 2 * kPad, 60.0, std::max(60.0, r.width() * 0.3));

    const double axisHeight = 2.0 * fm.height() + 12.0;
    const double bandHeight = m_data.bands.isEmpty() ? 0.0 : fm.height() + 8.0;
    const double lanesTop = g.legend.bottom();
    const double available = std::max(0.0, r.bottom() - axisHeight - bandHeight - lanesTop);
    const qsizetype laneCount = std::max<qsizetype>(1, m_data.lanes.size());
    const double laneHeight = std::max(kMinLaneHeight, std::min(kPreferredLaneHeight, available / laneCount));
    for (qsizetype i = 0; i < m_data.lanes.size(); ++i)
        g.lanes.append(QRectF(r.left(), lanesTop + i * laneHeight, r.width(), laneHeight));
    const double lanesBottom = lanesTop + laneCount * laneHeight;
    g.bandRow = QRectF(r.left(), lanesBottom, r.width(), bandHeight);
    // A right margin as wide as half a wall-clock label keeps the last tick label inside.
    const double rightMargin = fm.horizontalAdvance(u"00:00:00"_s) / 2.0 + 2.0;
    g.plot = QRectF(r.left() + labelWidth, lanesTop, std::max(1.0, r.width() - labelWidth - rightMargin),
                    lanesBottom + bandHeight - lanesTop);
    g.axis = QRectF(r.left(), g.plot.bottom(), r.width(), axisHeight);
    g.scale = TimelineScale{0.0, m_data.spanS, g.plot.left(), g.plot.width()};
    return g;
}

int TimelineRenderer::bandAt(const QPointF &pos, const QRectF &target) const
{
    const Geometry g = layout(target);
    if (m_data.bands.isEmpty() || pos.y() < g.plot.top() || pos.y() > g.plot.bottom())
        return -1;
    const double s = g.scale.secondsForX(pos.x());
    // Half a pixel of slack so a band narrower than a pixel can still be hit.
    const double slack = 1.5 / std::max(1e-9, g.scale.pixelsPerSecond());
    const auto it = std::lower_bound(m_data.bands.cbegin(), m_data.bands.cend(), s - slack,
                                     [](const TimelineBand &b, double v) { return b.stopS < v; });
    if (it == m_data.bands.cend() || it->startS > s + slack)
        return -1;
    return int(it - m_data.bands.cbegin());
}

int TimelineRenderer::laneAt(const QPointF &pos, const QRectF &target) const
{
    const Geometry g = layout(target);
    for (qsizetype i = 0; i < g.lanes.size(); ++i) {
        if (g.lanes.at(i).contains(pos))
            return int(i);
    }
    return -1;
}

QString TimelineRenderer::describeSeconds(double s) const
{
    QString text = QString::number(s, 'f', 1) + u" s";
    const QDateTime t = m_data.timeAt(s);
    if (t.isValid()) {
        const QDateTime local = t.toTimeZone(m_zone);
        text += u" · " + local.toString(u"HH:mm:ss.zzz"_s) + u' ' + m_zone.abbreviation(local);
    }
    return text;
}

void TimelineRenderer::render(QPainter *p, const QRectF &target)
{
    const Geometry g = layout(target);
    const QFontMetricsF fm(m_font);
    p->save();
    p->setClipRect(target);
    p->setFont(m_font);
    p->setRenderHint(QPainter::Antialiasing, false);
    p->fillRect(target, m_palette.color(QPalette::Base));
    if (isEmpty()) {
        // No call (or no times at all): an axis from 0 to 1 s would claim a call that is not there.
        p->setPen(m_palette.color(QPalette::PlaceholderText));
        p->drawText(target, Qt::AlignCenter, QCoreApplication::translate("cdr::TimelineRenderer", "No call times to draw"));
        p->restore();
        return;
    }
    const QColor text = m_palette.color(QPalette::Text);
    QColor grid = m_palette.color(QPalette::Mid);
    grid.setAlpha(90);

    // Legend first: colour is never the only signal, so each swatch has its word.
    {
        double x = g.legend.left();
        const double sw = fm.height() * 0.8;
        const double cy = g.legend.center().y();
        auto item = [&](const QColor &c, const QString &label) {
            p->fillRect(QRectF(x, cy - sw / 2, sw, sw), c);
            x += sw + 4;
            p->setPen(text);
            p->drawText(QPointF(x, cy + fm.ascent() / 2 - 1), label);
            x += fm.horizontalAdvance(label) + 14;
        };
        item(segmentColor(SegmentKind::Ringing), tr("Ringing"));
        item(segmentColor(SegmentKind::Talking), tr("Talking"));
        item(segmentColor(SegmentKind::Holding), tr("Holding"));
        if (!m_data.bands.isEmpty())
            item(flawColor(), tr("Flaws (darker = more)"));
        p->setPen(text);
        const QString marks = tr("▼ answer   ┃ end   ↪ forwarding");
        p->drawText(QPointF(x, cy + fm.ascent() / 2 - 1), marks);
    }

    const auto [ticks, step] = axisTicks(g, fm);

    // Grid lines behind everything.
    p->setPen(QPen(grid, 0));
    for (const double t : ticks) {
        const double x = std::round(g.scale.xForSeconds(t)) + 0.5;
        p->drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()));
    }

    // Error bands, merged per pixel column first: a long call has thousands of intervals
    // narrower than a pixel, and drawing each one would cost time and hide nothing.
    const double maxFlaws = std::max(1, m_data.maxFlaws);
    struct Run
    {
        double x0, x1;
        int flaws;
    };
    QList<Run> runs;
    runs.reserve(std::min<qsizetype>(m_data.bands.size(), qsizetype(g.plot.width()) + 1));
    for (const TimelineBand &b : m_data.bands) {
        const double x0 = std::floor(g.scale.clampedX(b.startS));
        const double x1 = std::max(x0 + 1.0, std::ceil(g.scale.clampedX(b.stopS)));
        if (!runs.isEmpty() && x0 < runs.last().x1 && x0 - runs.last().x0 < 1.0) {
            runs.last().x1 = std::max(runs.last().x1, x1);
            runs.last().flaws = std::max(runs.last().flaws, b.flaws);
        } else if (!runs.isEmpty() && x0 < runs.last().x1) {
            // Overlaps the previous run by part of a pixel: start where it ends.
            runs.append({runs.last().x1, std::max(runs.last().x1 + 1.0, x1), b.flaws});
        } else {
            runs.append({x0, x1, b.flaws});
        }
    }
    const double lanesBottom = g.bandRow.top();
    for (const Run &r : std::as_const(runs)) {
        QColor c = flawColor();
        c.setAlpha(int(18 + 40 * (r.flaws / maxFlaws)));
        p->fillRect(QRectF(r.x0, g.plot.top(), r.x1 - r.x0, lanesBottom - g.plot.top()), c);
    }

    // Lanes.
    QColor alt = m_palette.color(QPalette::AlternateBase);
    alt.setAlpha(120);
    for (qsizetype i = 0; i < m_data.lanes.size(); ++i) {
        const TimelineLane &lane = m_data.lanes.at(i);
        const QRectF lr = g.lanes.at(i);
        if (i % 2 == 1)
            p->fillRect(lr, alt);
        QString label = lane.label;
        if (lane.forwarding)
            label += u" ↪"_s;
        if (lr.height() >= fm.height() * 0.8) {
            p->setPen(text);
            const QString elided = fm.elidedText(label, Qt::ElideMiddle, g.plot.left() - lr.left() - kPad);
            p->drawText(QRectF(lr.left(), lr.top(), g.plot.left() - lr.left() - kPad, lr.height()),
                        Qt::AlignVCenter | Qt::AlignLeft, elided);
        }
        const double barH = std::max(2.0, lr.height() * 0.56);
        const double barTop = lr.center().y() - barH / 2;
        for (const TimelineSegment &s : lane.segments) {
            const double x0 = g.scale.clampedX(s.startS);
            const double x1 = std::max(x0 + 1.0, g.scale.clampedX(s.endS));
            if (s.kind == SegmentKind::Holding) {
                // Hold sits on top of talking: a narrower, patterned bar keeps both visible.
                const QRectF hr(x0, barTop + barH * 0.2, x1 - x0, barH * 0.6);
                p->fillRect(hr, segmentColor(s.kind));
                p->fillRect(hr, QBrush(m_palette.color(QPalette::Base), Qt::BDiagPattern));
            } else {
                p->fillRect(QRectF(x0, barTop, x1 - x0, barH), segmentColor(s.kind));
            }
        }
        p->setRenderHint(QPainter::Antialiasing, true);
        if (lane.answerS) {
            const double x = g.scale.clampedX(*lane.answerS);
            const double m = std::min(6.0, barH * 0.5);
            QPainterPath tri;
            tri.moveTo(x - m, barTop - m);
            tri.lineTo(x + m, barTop - m);
            tri.lineTo(x, barTop);
            tri.closeSubpath();
            p->fillPath(tri, text);
        }
        if (lane.endS && !lane.ongoing) {
            const double x = g.scale.clampedX(*lane.endS);
            p->fillRect(QRectF(x - 1.5, barTop - 2, 3, barH + 4), text);
        }
        p->setRenderHint(QPainter::Antialiasing, false);
    }

    // The flaws row.
    if (!m_data.bands.isEmpty()) {
        p->setPen(text);
        p->drawText(QRectF(g.bandRow.left(), g.bandRow.top(), g.plot.left() - g.bandRow.left() - kPad,
                           g.bandRow.height()),
                    Qt::AlignVCenter | Qt::AlignLeft, tr("Flaws"));
        const QRectF row = g.bandRow.adjusted(0, 3, 0, -3);
        for (const Run &r : std::as_const(runs)) {
            QColor c = flawColor();
            c.setAlpha(int(70 + 185 * (r.flaws / maxFlaws)));
            p->fillRect(QRectF(r.x0, row.top(), r.x1 - r.x0, row.height()), c);
        }
    }

    // Selection from the error-log table: outlined across the whole plot.
    if (m_highlightedBand >= 0 && m_highlightedBand < m_data.bands.size()) {
        const TimelineBand &b = m_data.bands.at(m_highlightedBand);
        const double x0 = g.scale.clampedX(b.startS);
        const double x1 = std::max(x0 + 2.0, g.scale.clampedX(b.stopS));
        QColor h = m_palette.color(QPalette::Highlight);
        p->setPen(QPen(h, 2));
        h.setAlpha(50);
        p->setBrush(h);
        p->drawRect(QRectF(x0, g.plot.top() + 1, x1 - x0, g.plot.height() - 2));
        p->setBrush(Qt::NoBrush);
    }

    // The time axis: seconds from start, and wall-clock time in the display zone.
    p->setPen(QPen(text, 0));
    p->drawLine(QPointF(g.plot.left(), g.plot.bottom() + 0.5), QPointF(g.plot.right(), g.plot.bottom() + 0.5));
    for (const double t : ticks) {
        const double x = std::round(g.scale.xForSeconds(t)) + 0.5;
        p->drawLine(QPointF(x, g.plot.bottom()), QPointF(x, g.plot.bottom() + 4));
    }
    for (const AxisLabel &l : axisLabels(target))
        p->drawText(l.rect.bottomLeft() - QPointF(0, fm.descent()), l.text);

    if (m_cursorS) {
        const double x = std::round(g.scale.clampedX(*m_cursorS)) + 0.5;
        p->setPen(QPen(m_palette.color(QPalette::Highlight), 1, Qt::DashLine));
        p->drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()));
    }
    p->restore();
}

QSizeF TimelineRenderer::exportSize() const
{
    return QSizeF(960, std::ceil(preferredHeight()));
}

std::pair<QList<double>, double> TimelineRenderer::axisTicks(const Geometry &g, const QFontMetricsF &fm) const
{
    QList<double> ticks = g.scale.ticks(fm.horizontalAdvance(u"00:00:00"_s) + 16.0);
    double step = ticks.size() > 1 ? ticks.at(1) - ticks.at(0) : g.scale.spanS();
    if (step < 1.0) {
        // Sub-second ticks carry fractions on the wall-clock row ("12:14:19.5"): space them for
        // that wider label, or a 4 s call gets labels on top of each other.
        ticks = g.scale.ticks(fm.horizontalAdvance(u"00:00:00.00"_s) + 16.0);
        step = ticks.size() > 1 ? ticks.at(1) - ticks.at(0) : g.scale.spanS();
    }
    return {ticks, step};
}

QList<TimelineRenderer::AxisLabel> TimelineRenderer::axisLabels(const QRectF &target) const
{
    QList<AxisLabel> out;
    if (isEmpty())
        return out;
    const Geometry g = layout(target);
    const QFontMetricsF fm(m_font);
    const auto [ticks, step] = axisTicks(g, fm);
    const double row1 = g.axis.top() + 4;
    const double row2 = row1 + fm.height() + 2;
    const bool subSecond = step < 1.0;
    // As many decimals as the step needs (0.5 s -> 1, 0.05 s -> 2), no trailing ".000".
    const int decimals = !subSecond ? 0 : step >= 0.1 - 1e-9 ? 1 : step >= 0.01 - 1e-9 ? 2 : 3;
    // Centred under its tick, but never past the right edge (the last label was cut).
    const auto add = [&](double x, double top, const QString &text, int row) {
        const double w = fm.horizontalAdvance(text);
        const double left = std::min(x - w / 2, target.right() - w - 1);
        out.append({QRectF(left, top, w, fm.height()), text, row});
    };
    for (const double t : ticks) {
        const double x = std::round(g.scale.xForSeconds(t)) + 0.5;
        add(x, row1, secondsText(t, step), 1);
        QDateTime wall = m_data.timeAt(t);
        if (wall.isValid()) {
            // Rounded, not cut, to the digits shown: 15:32:15.589 reads 15:32:15.6 (or 15:32:16).
            if (decimals < 3)
                wall = wall.addMSecs(decimals == 0 ? 500 : decimals == 1 ? 50 : 5);
            QString w = wall.toTimeZone(m_zone).toString(subSecond ? u"HH:mm:ss.zzz"_s : u"HH:mm:ss"_s);
            if (subSecond)
                w.chop(3 - decimals);
            add(x, row2, w, 2);
        }
    }
    // The row captions, left of the first tick label.
    const double firstLabelLeft = out.isEmpty() ? g.plot.left() : out.first().rect.left();
    const double captionWidth = std::max(10.0, firstLabelLeft - kPad - g.axis.left());
    const QString from = fm.elidedText(tr("from start"), Qt::ElideRight, captionWidth);
    out.append({QRectF(g.axis.left(), row1, fm.horizontalAdvance(from), fm.height()), from, 1});
    if (m_data.origin.isValid()) {
        const QString zone = fm.elidedText(m_zone.abbreviation(m_data.origin), Qt::ElideRight, captionWidth);
        out.append({QRectF(g.axis.left(), row2, fm.horizontalAdvance(zone), fm.height()), zone, 2});
    }
    return out;
}

bool TimelineRenderer::isEmpty() const
{
    if (!m_data.bands.isEmpty())
        return false;
    return std::none_of(m_data.lanes.cbegin(), m_data.lanes.cend(),
                        [](const TimelineLane &l) { return !l.segments.isEmpty() || l.answerS || l.endS; });
}

QString TimelineRenderer::exportTitle() const
{
    return m_callTitle.isEmpty() ? tr("Call-flow timeline") : tr("Call-flow timeline: %1").arg(m_callTitle);
}

QString TimelineRenderer::exportDescription() const
{
    return QCoreApplication::translate("cdr::TimelineRenderer",
                                       "%n lane(s), %1 error interval(s) with %2 flaw(s), %3 s from call "
                                       "start; times in %4.",
                                       nullptr, int(m_data.lanes.size()))
        .arg(m_data.bands.size())
        .arg(m_data.totalFlaws)
        .arg(m_data.spanS, 0, 'f', 1)
        .arg(QString::fromUtf8(m_zone.id()));
}

QString TimelineRenderer::toCsv() const
{
    QString out = u"row,lane,kind,start_s,end_s,start_utc,end_utc,flaws\n"_s;
    auto line = [&](const QString &row, const QString &lane, const QString &kind, double a, double b,
                    const QString &flaws) {
        out += row + u',' + CsvWriter::quoted(lane) + u',' + kind + u',' + QString::number(a, 'f', 3) + u','
               + QString::number(b, 'f', 3) + u',' + csvTime(m_data.timeAt(a)) + u',' + csvTime(m_data.timeAt(b))
               + u',' + flaws + u'\n';
    };
    for (const TimelineLane &lane : m_data.lanes) {
        for (const TimelineSegment &s : lane.segments)
            line(u"segment"_s, lane.label, segmentKindName(s.kind), s.startS, s.endS, QString());
    }
    for (const TimelineBand &b : m_data.bands)
        line(u"error"_s, QString(), u"flaws"_s, b.startS, b.stopS, QString::number(b.flaws));
    return out;
}

} // namespace cdr
