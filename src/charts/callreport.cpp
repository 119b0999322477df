// SPDX-License-Identifier: GPL-3.0-or-later
#include <charts/callreport.h>

#include <session/callfacts.h>
#include <session/callverdict.h>
#include <models/errorlogmodel.h>

#include <charts/chartexporter.h>
#include <charts/chartsetrenderer.h>
#include <charts/timelinerenderer.h>

#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cdr {

namespace {

constexpr int kDpi = 96;
constexpr double kRowHeight = 18.0;
constexpr double kTableTop = 70.0; // below the page heading

// Page geometry at 96 dpi: A4 with 15 mm margins is about 680 x 1010 px.
QRectF pageRect(QPdfWriter &pdf)
{
    return QRectF(0, 0, pdf.width(), pdf.height());
}

class PageWriter
{
public:
    PageWriter(QPdfWriter &pdf, QPainter &p, const QString &footer)
        : m_pdf(pdf)
        , m_p(p)
        , m_footer(footer)
    {
    }
    int pages() const { return m_pages; }
    QRectF area() const { return pageRect(m_pdf).adjusted(0, 0, 0, -24); }
    void newPage()
    {
        if (m_pages > 0)
            m_pdf.newPage();
        ++m_pages;
        QFont f = m_p.font();
        f.setPixelSize(9);
        m_p.save();
        m_p.setFont(f);
        m_p.setPen(Qt::darkGray);
        const QRectF page = pageRect(m_pdf);
        m_p.drawText(QRectF(page.left(), page.bottom() - 16, page.width(), 16), Qt::AlignLeft | Qt::AlignVCenter,
                     m_footer);
        m_p.drawText(QRectF(page.left(), page.bottom() - 16, page.width(), 16), Qt::AlignRight | Qt::AlignVCenter,
                     CallReport::tr("page %1").arg(m_pages));
        m_p.restore();
    }

private:
    QPdfWriter &m_pdf;
    QPainter &m_p;
    QString m_footer;
    int m_pages = 0;
};

/// Saves the painter and sets it up for the report's black text of px pixels; the caller restores.
QFont beginText(QPainter &p, int px, bool bold = false)
{
    QFont f = p.font();
    f.setPixelSize(px);
    f.setBold(bold);
    p.save();
    p.setFont(f);
    p.setPen(Qt::black);
    return f;
}

double heading(QPainter &p, const QRectF &area, double y, const QString &text, int px = 18)
{
    const QFont f = beginText(p, px, true);
    const QRectF r(area.left(), y, area.width(), QFontMetricsF(f).height() + 4);
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, text);
    p.restore();
    return r.bottom() + 6;
}

double paragraph(QPainter &p, const QRectF &area, double y, const QString &text, int px = 11, bool bold = false)
{
    beginText(p, px, bold);
    const QRectF bounds = p.boundingRect(QRectF(area.left(), y, area.width(), 10000), Qt::TextWordWrap, text);
    p.drawText(QRectF(area.left(), y, area.width(), bounds.height()), Qt::TextWordWrap, text);
    p.restore();
    return y + bounds.height() + 6;
}

double table(QPainter &p, const QRectF &area, double y, const QList<SummaryRow> &rows)
{
    const QFont f = beginText(p, 11);
    QFont bold = f;
    bold.setBold(true);
    const double labelW = 150;
    for (const SummaryRow &r : rows) {
        p.setFont(f);
        const QRectF valueBounds = p.boundingRect(QRectF(area.left() + labelW, y, area.width() - labelW, 10000),
                                                  Qt::TextWordWrap, r.value);
        // Long labels ("Jitter max variance (inbound)") wrap instead of being cut.
        p.setFont(bold);
        const QRectF labelBounds =
            p.boundingRect(QRectF(area.left(), y, labelW - 8, 10000), Qt::TextWordWrap, r.label);
        const double h = std::max({QFontMetricsF(f).height(), valueBounds.height(), labelBounds.height()}) + 3;
        if (y + h > area.bottom())
            break; // the summary is sized to fit; the raw record pages carry everything else
        p.drawText(QRectF(area.left(), y, labelW - 8, h), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, r.label);
        p.setFont(f);
        p.drawText(QRectF(area.left() + labelW, y, area.width() - labelW, h), Qt::TextWordWrap, r.value);
        y += h;
    }
    p.restore();
    return y + 6;
}

// Draws r laid out into a rectangle of the given size, scaled by scale, at the area's left
// edge and y; returns the y below it.
double drawAt(QPainter &p, ChartRenderable &r, const QRectF &area, double y, const QSizeF &size, double scale)
{
    p.save();
    p.translate(area.left(), y);
    p.scale(scale, scale);
    r.render(&p, QRectF(QPointF(0, 0), size));
    p.restore();
    return y + size.height() * scale + 12;
}

// Draws r at the area's full width into a natural-size rectangle of the given size (its
// height may be less than the natural one: both renderers lay out into any rectangle).
double drawScaled(QPainter &p, ChartRenderable &r, const QRectF &area, double y, const QSizeF &size)
{
    return drawAt(p, r, area, y, size, area.width() / size.width());
}

// Draws a renderable at its natural size scaled to fit width (and at most maxHeight).
double drawScaled(QPainter &p, ChartRenderable &r, const QRectF &area, double y, double maxHeight)
{
    const QSizeF natural = r.exportSize();
    return drawAt(p, r, area, y, natural, std::min(area.width() / natural.width(), maxHeight / natural.height()));
}

} // namespace

QPalette CallReport::printPalette()
{
    QPalette pal;
    pal.setColor(QPalette::Base, Qt::white);
    pal.setColor(QPalette::AlternateBase, QColor(0xF2, 0xF2, 0xF2));
    pal.setColor(QPalette::Text, Qt::black);
    pal.setColor(QPalette::WindowText, Qt::black);
    pal.setColor(QPalette::Mid, QColor(0xA0, 0xA0, 0xA0));
    pal.setColor(QPalette::Highlight, QColor(0x30, 0x8C, 0xC6));
    return pal;
}

namespace {
void setUpPage(QPdfWriter &pdf)
{
    pdf.setResolution(kDpi);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                  QPageLayout::Millimeter));
}
} // namespace

int CallReport::errorRowsPerPage()
{
    // Measured on a writer set up like the real one, so the count matches what toPdf() does.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    setUpPage(pdf);
    return std::max(1, int((pdf.height() - 24.0 - kTableTop - kRowHeight) / kRowHeight));
}

QByteArray CallReport::toPdf(const Call &call, const Options &options, int *pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    setUpPage(pdf);
    pdf.setTitle(tr("Call report %1").arg(call.id));
    pdf.setCreator(u"CDR Inspector"_s);

    const QDateTime generated = (options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc());
    const QString generatedText = CallFacts::formatTime(generated.toUTC(), options.zone);
    const QString footer = tr("%1 call %2 · generated %3%4")
                               .arg(providerDisplayName(call.provider), call.id, generatedText,
                                    options.redacted ? tr(" · redacted") : QString());
    const QPalette palette = printPalette();

    QPainter p(&pdf);
    QFont base = p.font();
    base.setPixelSize(11);
    p.setFont(base);
    PageWriter writer(pdf, p, footer);
    const QRectF area = writer.area();

    // Page 1: who, when, what happened, by which yardstick.
    writer.newPage();
    double y = heading(p, area, area.top(), tr("Call report"), 22);
    y = paragraph(p, area, y,
                  tr("Provider: %1    Call id: %2\nGenerated: %3%4")
                      .arg(providerDisplayName(call.provider), call.id, generatedText,
                           options.redacted ? tr("    (phone numbers and IP addresses redacted)") : QString()));
    y = heading(p, area, y + 4, tr("Verdict"), 14);
    y = paragraph(p, area, y, CallVerdict::headline(call, options.thresholds), 12, true);
    y = heading(p, area, y + 4, tr("Summary"), 14);
    y = table(p, area, y, CallFacts::summaryRows(call, options.zone, options.thresholds));
    const QualityThresholds &t = options.thresholds;
    y = heading(p, area, y, tr("Thresholds used"), 14);
    y = table(p, area, y,
              {{tr("MOS"), tr("good ≥ %1, bad < %2").arg(t.mosGood).arg(t.mosBad)},
               {tr("Jitter"), tr("good ≤ %1 ms, bad ≥ %2 ms").arg(t.jitterGood).arg(t.jitterBad)},
               {tr("Packet loss"), tr("good < %1 %, bad ≥ %2 %").arg(t.lossGood).arg(t.lossBad)}});
    y = heading(p, area, y, tr("Technical"), 14);
    table(p, area, y, CallFacts::technicalRows(call));

    // Page 2: timeline and flaws on the shared axis.
    writer.newPage();
    y = heading(p, area, area.top(), tr("Call-flow timeline"), 16);
    TimelineRenderer timeline;
    timeline.setData(TimelineData::fromCall(call));
    timeline.setDisplayTimeZone(options.zone);
    timeline.setPalette(palette);
    // Both are drawn at the full page width and the flaws plot is moved under the timeline's
    // plot, so a second on one is the same x on the other.
    const QSizeF timelineNatural = timeline.exportSize();
    const double timelineScale = area.width() / timelineNatural.width();
    const QRectF timelineRect(QPointF(0, 0), QSizeF(timelineNatural.width(),
                                                    std::min(timelineNatural.height(),
                                                             area.height() * 0.55 / timelineScale)));
    y = drawScaled(p, timeline, area, y, timelineRect.size());
    if (QualityChartFactory::hasErrorLog(call)) {
        y = heading(p, area, y, tr("Flaws over time"), 16);
        ChartSetRenderer flaws(call, {QualityChartFactory::Kind::Flaws}, options.thresholds, palette, QString());
        const QRectF plot = timeline.layout(timelineRect).plot;
        flaws.setAlignX(plot.left() / timelineRect.width(), plot.right() / timelineRect.width());
        const QSizeF natural = flaws.exportSize();
        const double scale = area.width() / natural.width();
        drawScaled(p, flaws, area, y, QSizeF(natural.width(), std::min(natural.height(), (area.bottom() - y) / scale)));
    }

    // Page 3: audio quality, or the reason there is none.
    writer.newPage();
    y = heading(p, area, area.top(), tr("Audio quality"), 16);
    ChartSetRenderer quality(call,
                             {QualityChartFactory::Kind::Mos, QualityChartFactory::Kind::Jitter,
                              QualityChartFactory::Kind::Loss,
                              QualityChartFactory::Kind::Counters, QualityChartFactory::Kind::QualityPercent},
                             options.thresholds, palette, QString());
    quality.setColumns(1);
    drawScaled(p, quality, area, y, area.bottom() - y);

    // Error-log table, as many pages as it needs.
    if (!call.errorLog.isEmpty()) {
        ErrorLogModel model;
        model.setCall(call);
        model.setDisplayTimeZone(options.zone);
        const int perPage = errorRowsPerPage();
        const double colW[] = {0.27, 0.27, 0.16, 0.14, 0.16};
        QFont bold = base;
        bold.setBold(true);
        for (int first = 0; first < model.rowCount(); first += perPage) {
            writer.newPage();
            heading(p, area, area.top(), tr("Error log (%n interval(s))", nullptr, model.rowCount()), 16);
            double rowY = area.top() + kTableTop;
            auto drawRow = [&](const QStringList &cells, bool header) {
                double x = area.left();
                p.setFont(header ? bold : base);
                for (int c = 0; c < ErrorLogModel::ColumnCount; ++c) {
                    const double w = colW[c] * area.width();
                    p.drawText(QRectF(x + 2, rowY, w - 4, kRowHeight),
                               (c < 2 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, cells.value(c));
                    x += w;
                }
                rowY += kRowHeight;
            };
            QStringList header;
            for (int c = 0; c < ErrorLogModel::ColumnCount; ++c)
                header << model.headerData(c, Qt::Horizontal).toString();
            p.setPen(Qt::black);
            drawRow(header, true);
            p.drawLine(QPointF(area.left(), rowY), QPointF(area.right(), rowY));
            for (int r = first; r < std::min(model.rowCount(), first + perPage); ++r) {
                QStringList cells;
                for (int c = 0; c < ErrorLogModel::ColumnCount; ++c)
                    cells << model.index(r, c).data().toString();
                drawRow(cells, false);
            }
        }
    }

    // The raw record, so the report stands on its own.
    if (!call.raw.isEmpty()) {
        QFont mono(u"DejaVu Sans Mono"_s);
        mono.setStyleHint(QFont::Monospace);
        mono.setPixelSize(9);
        const QFontMetricsF fm(mono);
        const int wrapAt = std::max(20, int(area.width() / fm.horizontalAdvance(u'M')));
        QStringList lines;
        const QStringList rawLines = CallFacts::rawJson(call).split(u'\n');
        for (const QString &l : rawLines) {
            for (qsizetype i = 0; i < std::max<qsizetype>(1, l.size()); i += wrapAt)
                lines << l.mid(i, wrapAt);
        }
        const double lineH = fm.lineSpacing();
        const int perPage = std::max(1, int((area.height() - 40) / lineH));
        for (qsizetype first = 0; first < lines.size(); first += perPage) {
            writer.newPage();
            const double top = heading(p, area, area.top(), tr("Raw provider record"), 16);
            p.setFont(mono);
            p.setPen(Qt::black);
            for (qsizetype i = first; i < std::min(lines.size(), first + perPage); ++i)
                p.drawText(QPointF(area.left(), top + fm.ascent() + (i - first) * lineH), lines.at(i));
        }
    }
    p.end();
    if (pages)
        *pages = writer.pages();
    return bytes;
}

bool CallReport::writePdf(const QString &path, const Call &call, const Options &options, QString *error, int *pages)
{
    const QByteArray bytes = toPdf(call, options, pages);
    if (bytes.isEmpty()) {
        if (error)
            *error = tr("%1: the report could not be rendered").arg(path);
        return false;
    }
    return ChartExporter::writeFile(path, bytes, error);
}

} // namespace cdr
