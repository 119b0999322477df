// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Exports any ChartRenderable through its one render(QPainter*, QRectF) path: PNG (QImage at
// 1x or 2x device pixel ratio), SVG (QSvgGenerator with title and description), PDF
// (QPdfWriter, one page sized to the chart) and its data as CSV. The format follows the
// file suffix. Files are written through QSaveFile: a failure leaves no partial file and
// is reported in *error. GUI thread only (fonts, Qt Charts).

#include "chartrenderable.h"

#include <core/outputformat.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>

#include <optional>

namespace cdr {

class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(cdr::ChartExporter)
public:
    using Format = OutputFormat::Format; ///< Png, Svg, Pdf or Csv

    static std::optional<Format> formatForPath(const QString &path);
    static QString suffix(Format format);
    /// "png,svg,pdf" -> formats; nullopt (and *error) for an unknown name.
    static std::optional<QList<Format>> parseFormats(const QString &list, QString *error);

    /// The image at exportSize() * scale device pixels, devicePixelRatio = scale.
    static QImage renderImage(ChartRenderable &chart, double scale = 1.0);
    static QByteArray toPng(ChartRenderable &chart, double scale = 1.0);
    static QByteArray toSvg(ChartRenderable &chart);
    static QByteArray toPdf(ChartRenderable &chart);

    /// Writes path in the format of its suffix; scale applies to PNG only.
    static bool exportToFile(ChartRenderable &chart, const QString &path, QString *error, double scale = 1.0);
    /// Writes bytes atomically (QSaveFile).
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
    static void copyToClipboard(ChartRenderable &chart, double scale = 2.0);
};

} // namespace cdr
