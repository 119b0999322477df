// SPDX-License-Identifier: GPL-3.0-or-later
#include "captionedchart.h"

#include <QFontMetricsF>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace cdr {

CaptionedChart::CaptionedChart(std::shared_ptr<ChartRenderable> inner, const QString &caption, const QPalette &palette)
    : m_inner(std::move(inner))
    , m_caption(caption)
    , m_palette(palette)
{
}

double CaptionedChart::captionHeight()
{
    return 24.0;
}

QSizeF CaptionedChart::exportSize() const
{
    const QSizeF inner = m_inner->exportSize();
    return QSizeF(inner.width(), inner.height() + captionHeight());
}

void CaptionedChart::render(QPainter *painter, const QRectF &target)
{
    // The band keeps its logical height whatever the target's scale, as the chart's own text does.
    const QSizeF natural = exportSize();
    const double band = natural.height() > 0 ? target.height() * captionHeight() / natural.height() : 0.0;
    const QRectF chartRect(target.topLeft(), QSizeF(target.width(), target.height() - band));
    const QRectF captionRect(chartRect.bottomLeft(), QSizeF(target.width(), band));
    m_inner->render(painter, chartRect);

    painter->save();
    painter->fillRect(captionRect, m_palette.color(QPalette::Base));
    QFont font = painter->font();
    font.setPixelSize(std::max(8, int(band * 0.5)));
    painter->setFont(font);
    painter->setPen(m_palette.color(QPalette::Text));
    const QRectF textRect = captionRect.adjusted(band * 0.4, 0, -band * 0.4, 0);
    const QString text = QFontMetricsF(font).elidedText(m_caption, Qt::ElideMiddle, textRect.width());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

QString CaptionedChart::exportTitle() const
{
    return m_inner->exportTitle() + u" — "_s + m_caption;
}

QString CaptionedChart::exportDescription() const
{
    return m_caption + u"\n"_s + m_inner->exportDescription();
}

QString CaptionedChart::toCsv() const
{
    return m_inner->toCsv();
}

} // namespace cdr
