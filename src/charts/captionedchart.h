// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Wraps any ChartRenderable with a caption line under it ("Vobiz · call 1f2e… · 2026-03-25
// 10:00:00 UTC"), so an exported PNG, SVG or PDF still says which call it shows once it is
// pasted into a ticket. The caption is also put into the SVG/PDF title and description; the
// CSV stays the inner chart's data. GUI thread only, like every ChartRenderable.

#include "chartrenderable.h"

#include <QPalette>

#include <memory>

namespace cdr {

class CaptionedChart : public ChartRenderable
{
public:
    CaptionedChart(std::shared_ptr<ChartRenderable> inner, const QString &caption, const QPalette &palette);

    QString caption() const { return m_caption; }
    /// Height of the caption band in logical pixels.
    static double captionHeight();

    void render(QPainter *painter, const QRectF &target) override;
    QSizeF exportSize() const override;
    QString exportTitle() const override;
    QString exportDescription() const override;
    QString toCsv() const override;

private:
    std::shared_ptr<ChartRenderable> m_inner;
    QString m_caption;
    QPalette m_palette;
};

} // namespace cdr
