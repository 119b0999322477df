// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The custom-painted call-flow timeline widget: a thin shell around TimelineRenderer that
// adds hover (exact times in a tooltip), a cursor shared with the charts, and band clicks.
// GUI thread only; owns its renderer.

#include "timelinerenderer.h"

#include <QWidget>

namespace cdr {

class CallFlowTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit CallFlowTimeline(QWidget *parent = nullptr);

    void setCall(const Call &call);
    void setDisplayTimeZone(const QTimeZone &zone);
    void setHighlightedBand(int index);
    void setCursorSeconds(std::optional<double> seconds);

    int laneCount() const { return int(m_renderer.data().lanes.size()); }
    int bandCount() const { return int(m_renderer.data().bands.size()); }
    TimelineRenderer &renderer() { return m_renderer; }
    const TimelineData &data() const { return m_renderer.data(); }
    /// The x range of the plot (seconds axis) in widget coordinates, to align charts below.
    QRectF plotRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// Hover position in seconds from call start (nullopt when the mouse leaves).
    void cursorMoved(std::optional<double> seconds);
    void bandClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    TimelineRenderer m_renderer;
};

} // namespace cdr
