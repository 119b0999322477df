// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Anything ChartExporter can export: it paints itself into any rectangle of any painter
// (screen, QImage, QSvgGenerator, QPdfWriter: one render path for every format) and gives
// its data as CSV. Implementations are used on the GUI thread only (Qt Charts and fonts).

#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace cdr {

class ChartRenderable
{
public:
    virtual ~ChartRenderable() = default;
    virtual void render(QPainter *painter, const QRectF &target) = 0;
    /// Natural size in logical pixels; PNG at scale s is exportSize() * s device pixels.
    virtual QSizeF exportSize() const = 0;
    virtual QString exportTitle() const = 0;
    virtual QString exportDescription() const = 0;
    virtual QString toCsv() const = 0;
};

} // namespace cdr
