// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Paints the call-flow timeline (lanes, segments, markers, error bands, the two-row time
// axis) into any rectangle. Shared by the CallFlowTimeline widget, the exporter and the PDF
// report, so what is exported is exactly what is on screen. GUI thread only (fonts).

#include "chartrenderable.h"
#include <core/timelinedata.h>
#include "timelinescale.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPalette>
#include <QTimeZone>

namespace cdr {

class TimelineRenderer : public ChartRenderable
{
public:
    struct Geometry
    {
        QRectF legend;
        QRectF plot;            ///< lanes + band row, x range of the scale
        QList<QRectF> lanes;    ///< one per lane, full width including the label column
        QRectF bandRow;         ///< the flaws row under the lanes
        QRectF axis;
        TimelineScale scale;
    };

    TimelineRenderer();

    void setData(const TimelineData &data);
    const TimelineData &data() const { return m_data; }
    void setCallTitle(const QString &title) { m_callTitle = title; }
    void setDisplayTimeZone(const QTimeZone &zone) { m_zone = zone; }
    QTimeZone displayTimeZone() const { return m_zone; }
    void setPalette(const QPalette &palette) { m_palette = palette; }
    void setFont(const QFont &font) { m_font = font; }
    void setHighlightedBand(int index) { m_highlightedBand = index; }
    int highlightedBand() const { return m_highlightedBand; }
    void setCursorSeconds(std::optional<double> s) { m_cursorS = s; }
    std::optional<double> cursorSeconds() const { return m_cursorS; }

    Geometry layout(const QRectF &target) const;
    /// Nothing to draw: no segment, marker or band (no call, or a record without times).
    bool isEmpty() const;
    /// The time axis' texts where render() draws them: tick labels of row 1 (seconds from
    /// start) and row 2 (wall clock), and the two row captions ("from start", the zone).
    struct AxisLabel
    {
        QRectF rect;
        QString text;
        int row = 1;
    };
    QList<AxisLabel> axisLabels(const QRectF &target) const;
    /// Index of the band under pos, or -1; searched by binary search (bands are sorted).
    int bandAt(const QPointF &pos, const QRectF &target) const;
    int laneAt(const QPointF &pos, const QRectF &target) const;
    /// Height that shows every lane at a comfortable size.
    double preferredHeight() const;
    /// Formats a second on the axis as "12.3 s · 12:14:31.300 UTC".
    QString describeSeconds(double s) const;

    void render(QPainter *painter, const QRectF &target) override;
    QSizeF exportSize() const override;
    QString exportTitle() const override;
    QString exportDescription() const override;
    QString toCsv() const override;

    static QColor segmentColor(SegmentKind kind);
    static QColor flawColor();

private:
    std::pair<QList<double>, double> axisTicks(const Geometry &g, const QFontMetricsF &fm) const;

    TimelineData m_data;
    QString m_callTitle;
    QTimeZone m_zone = QTimeZone::utc();
    QPalette m_palette;
    QFont m_font;
    int m_highlightedBand = -1;
    std::optional<double> m_cursorS;
};

} // namespace cdr
