// SPDX-License-Identifier: GPL-3.0-or-later
#include "callflowtimeline.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cdr {

CallFlowTimeline::CallFlowTimeline(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    // Fixed height: every lane and the axis must stay readable; the pane scrolls instead.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_renderer.setPalette(palette());
    setAccessibleName(tr("Call-flow timeline"));
}

void CallFlowTimeline::setCall(const Call &call)
{
    m_renderer.setData(TimelineData::fromCall(call));
    m_renderer.setCallTitle(call.id);
    updateGeometry();
    update();
}

void CallFlowTimeline::setDisplayTimeZone(const QTimeZone &zone)
{
    m_renderer.setDisplayTimeZone(zone);
    update();
}

void CallFlowTimeline::setHighlightedBand(int index)
{
    m_renderer.setHighlightedBand(index);
    update();
}

void CallFlowTimeline::setCursorSeconds(std::optional<double> seconds)
{
    if (m_renderer.cursorSeconds() == seconds)
        return;
    m_renderer.setCursorSeconds(seconds);
    update();
}

QRectF CallFlowTimeline::plotRect() const
{
    return m_renderer.layout(QRectF(rect())).plot;
}

QSize CallFlowTimeline::sizeHint() const
{
    return QSize(800, int(std::ceil(m_renderer.preferredHeight())));
}

QSize CallFlowTimeline::minimumSizeHint() const
{
    return QSize(300, std::min(160, int(std::ceil(m_renderer.preferredHeight()))));
}

void CallFlowTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_renderer.render(&painter, QRectF(rect()));
}

void CallFlowTimeline::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const TimelineRenderer::Geometry g = m_renderer.layout(QRectF(rect()));
    if (pos.x() < g.plot.left() || pos.x() > g.plot.right()) {
        QToolTip::hideText();
        setCursorSeconds(std::nullopt);
        Q_EMIT cursorMoved(std::nullopt);
        return;
    }
    const double s = g.scale.secondsForX(pos.x());
    QString tip = m_renderer.describeSeconds(s);
    const int lane = m_renderer.laneAt(pos, QRectF(rect()));
    if (lane >= 0) {
        const TimelineLane &l = data().lanes.at(lane);
        tip += u"\n"_s + l.label;
        for (const TimelineSegment &seg : l.segments) {
            if (s >= seg.startS && s <= seg.endS)
                tip += u"\n"_s
                       + tr("%1 from %2 to %3 (%4 s)")
                             .arg(segmentKindName(seg.kind), m_renderer.describeSeconds(seg.startS),
                                  m_renderer.describeSeconds(seg.endS))
                             .arg(seg.endS - seg.startS, 0, 'f', 1);
        }
        if (l.forwarding)
            tip += u"\n"_s + tr("forwarding enabled");
    }
    const int band = m_renderer.bandAt(pos, QRectF(rect()));
    if (band >= 0) {
        const TimelineBand &b = data().bands.at(band);
        tip += u"\n"_s
               + tr("%n flaw(s) from %1 to %2", nullptr, b.flaws)
                     .arg(m_renderer.describeSeconds(b.startS), m_renderer.describeSeconds(b.stopS));
    }
    QToolTip::showText(event->globalPosition().toPoint(), tip, this);
    setCursorSeconds(s);
    Q_EMIT cursorMoved(s);
}

void CallFlowTimeline::mousePressEvent(QMouseEvent *event)
{
    const int band = m_renderer.bandAt(event->position(), QRectF(rect()));
    if (band >= 0) {
        setHighlightedBand(band);
        Q_EMIT bandClicked(band);
    }
    QWidget::mousePressEvent(event);
}

void CallFlowTimeline::leaveEvent(QEvent *event)
{
    setCursorSeconds(std::nullopt);
    Q_EMIT cursorMoved(std::nullopt);
    QWidget::leaveEvent(event);
}

void CallFlowTimeline::changeEvent(QEvent *event)
{
    // Follow the palette when the user switches between light and dark.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_renderer.setPalette(palette());
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace cdr
