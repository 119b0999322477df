// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Renders a set of quality charts of one call (QualityChartFactory) into any rectangle, in
// a grid, through an offscreen QGraphicsScene, so export and report never depend on a widget
// being shown. When the call has none of the requested charts, it paints the reason instead
// (e.g. "CarrierX does not report media quality"). GUI thread only.

#include "chartrenderable.h"
#include "qualitychartfactory.h"

#include <memory>
#include <optional>

namespace cdr {

class ChartSetRenderer : public ChartRenderable
{
public:
    using Kind = QualityChartFactory::Kind;

    /// kinds: the charts to draw (those without data for the call are skipped).
    ChartSetRenderer(const Call &call, const QList<Kind> &kinds, const QualityThresholds &thresholds,
                     const QPalette &palette, const QString &title);

    QList<Kind> kinds() const { return m_kinds; }
    bool isEmpty() const { return m_kinds.isEmpty(); }
    void setSpanSeconds(double spanS) { m_spanS = spanS; }
    void setColumns(int columns) { m_columns = std::max(1, columns); }
    /// Puts the plot area of every time-axis chart (Flaws) between these fractions of the
    /// target's width, so it lines up under a timeline drawn at the same width.
    void setAlignX(double leftFraction, double rightFraction) { m_alignX = {leftFraction, rightFraction}; }
    /// The plot areas the charts get when rendered into target (for alignment and tests).
    QList<QRectF> plotAreas(const QRectF &target) const;

    void render(QPainter *painter, const QRectF &target) override;
    QSizeF exportSize() const override;
    QString exportTitle() const override { return m_title; }
    QString exportDescription() const override;
    QString toCsv() const override;

private:
    Call m_call;
    QList<Kind> m_kinds;
    QualityThresholds m_thresholds;
    QPalette m_palette;
    QString m_title;
    double m_spanS = 1.0;
    int m_columns = 2;
    std::optional<std::pair<double, double>> m_alignX;

    struct Scene;
    /// Builds the charts laid out at their natural size in a scene (owned by the result).
    std::unique_ptr<Scene> buildScene() const;
};

} // namespace cdr
