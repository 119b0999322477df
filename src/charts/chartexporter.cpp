// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexporter.h"

#include "chartslogging.h"

#include <QBuffer>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cdr {

namespace {

// What write() puts on a device, in memory: the one path for PNG, SVG and PDF alike.
template<typename Write>
QByteArray intoMemory(const Write &write)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(&buffer);
    return bytes;
}

} // namespace

std::optional<ChartExporter::Format> ChartExporter::formatForPath(const QString &path)
{
    return OutputFormat::forPath(path, { Format::Png, Format::Svg, Format::Pdf, Format::Csv });
}

QString ChartExporter::suffix(Format format)
{
    return OutputFormat::suffix(format);
}

std::optional<QList<ChartExporter::Format>> ChartExporter::parseFormats(const QString &list, QString *error)
{
    QList<Format> formats;
    const QStringList names = list.split(u',', Qt::SkipEmptyParts);
    for (const QString &n : names) {
        const auto f = formatForPath(u"x."_s + n.trimmed());
        if (!f) {
            if (error)
                *error = tr("unknown format \"%1\" (use png, svg, pdf or csv)").arg(n.trimmed());
            return std::nullopt;
        }
        if (!formats.contains(*f))
            formats << *f;
    }
    if (formats.isEmpty()) {
        if (error)
            *error = tr("no format given");
        return std::nullopt;
    }
    return formats;
}

QImage ChartExporter::renderImage(ChartRenderable &chart, double scale)
{
    const QSizeF logical = chart.exportSize();
    const double s = scale > 0.0 && std::isfinite(scale) ? scale : 1.0;
    QImage image(QSize(int(std::ceil(logical.width() * s)), int(std::ceil(logical.height() * s))),
                 QImage::Format_ARGB32_Premultiplied);
    // The device pixel ratio makes the painter work in logical pixels, so text and lines are
    // laid out once and rasterized sharp at 2x (HiDPI screens, 150/200 % scaling).
    image.setDevicePixelRatio(s);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    chart.render(&painter, QRectF(QPointF(0, 0), logical));
    painter.end();
    return image;
}

QByteArray ChartExporter::toPng(ChartRenderable &chart, double scale)
{
    return intoMemory([&](QIODevice *out) { renderImage(chart, scale).save(out, "PNG"); });
}

QByteArray ChartExporter::toSvg(ChartRenderable &chart)
{
    return intoMemory([&](QIODevice *out) {
        const QSizeF logical = chart.exportSize();
        QSvgGenerator svg;
        svg.setOutputDevice(out);
        svg.setSize(logical.toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), logical));
        svg.setResolution(96);
        svg.setTitle(chart.exportTitle());
        svg.setDescription(chart.exportDescription());
        QPainter painter(&svg);
        chart.render(&painter, QRectF(QPointF(0, 0), logical));
        painter.end();
    });
}

QByteArray ChartExporter::toPdf(ChartRenderable &chart)
{
    return intoMemory([&](QIODevice *out) {
        const QSizeF logical = chart.exportSize();
        QPdfWriter pdf(out);
        pdf.setTitle(chart.exportTitle());
        pdf.setCreator(u"CDR Inspector"_s);
        // 96 dpi: one logical pixel is one PDF device unit, the same layout as on screen.
        pdf.setResolution(96);
        pdf.setPageLayout(QPageLayout(QPageSize(logical * 72.0 / 96.0, QPageSize::Point), QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0)));
        QPainter painter(&pdf);
        const QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
        chart.render(&painter, page);
        painter.end();
    });
}

bool ChartExporter::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    return OutputFormat::writeFile(path, bytes, error);
}

bool ChartExporter::exportToFile(ChartRenderable &chart, const QString &path, QString *error, double scale)
{
    const auto format = formatForPath(path);
    if (!format) {
        if (error)
            *error = tr("%1: unknown file type (use .png, .svg, .pdf or .csv)").arg(path);
        return false;
    }
    QByteArray bytes;
    switch (*format) {
    case Format::Png: bytes = toPng(chart, scale); break;
    case Format::Svg: bytes = toSvg(chart); break;
    case Format::Pdf: bytes = toPdf(chart); break;
    case Format::Csv: bytes = chart.toCsv().toUtf8(); break;
    case Format::Json:
    case Format::NdJson: break; // not a chart format: formatForPath never returns them
    }
    if (bytes.isEmpty()) {
        if (error)
            *error = tr("%1: rendering produced no data").arg(path);
        qCWarning(lcCharts) << "export produced no data for" << path;
        return false;
    }
    return writeFile(path, bytes, error);
}

void ChartExporter::copyToClipboard(ChartRenderable &chart, double scale)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setImage(renderImage(chart, scale));
}

} // namespace cdr
