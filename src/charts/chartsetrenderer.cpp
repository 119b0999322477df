// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartsetrenderer.h"

#include <core/timelinedata.h>

#include <QtCharts/QChart>

#include <QFont>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace cdr {

namespace {
constexpr double kCellWidth = 480.0;
constexpr double kCellHeight = 300.0;
} // namespace

ChartSetRenderer::ChartSetRenderer(const Call &call, const QList<Kind> &kinds, const QualityThresholds &thresholds,
                                   const QPalette &palette, const QString &title)
    : m_call(call)
    , m_thresholds(thresholds)
    , m_palette(palette)
    , m_title(title)
{
    const QList<Kind> available = QualityChartFactory::qualityKinds(call);
    for (const Kind k : kinds) {
        if (k == Kind::Flaws ? QualityChartFactory::hasErrorLog(call) : available.contains(k))
            m_kinds << k;
    }
    m_spanS = TimelineData::fromCall(call).spanS;
    if (m_kinds.size() == 1)
        m_columns = 1;
}

QSizeF ChartSetRenderer::exportSize() const
{
    if (m_kinds.isEmpty())
        return QSizeF(2 * kCellWidth, 80);
    if (m_kinds.size() == 1)
        return QSizeF(2 * kCellWidth, kCellHeight);
    const int cols = std::min<int>(m_columns, int(m_kinds.size()));
    const int rows = int((m_kinds.size() + cols - 1) / cols);
    return QSizeF(2 * kCellWidth, rows * kCellHeight);
}

QString ChartSetRenderer::exportDescription() const
{
    if (m_kinds.isEmpty())
        return QualityChartFactory::missingQualityText(m_call);
    QStringList titles;
    for (const Kind k : m_kinds)
        titles << QualityChartFactory::title(k);
    return titles.join(u"; "_s);
}

QString ChartSetRenderer::toCsv() const
{
    QString out;
    for (const Kind k : m_kinds) {
        QString part = QualityChartFactory::csv(k, m_call);
        // One header for the bar charts, which share the long format.
        if (!out.isEmpty() && k != Kind::Flaws && out.startsWith(u"chart,"_s))
            part = part.mid(part.indexOf(u'\n') + 1);
        else if (!out.isEmpty())
            out += u'\n';
        out += part;
    }
    return out;
}

struct ChartSetRenderer::Scene
{
    QGraphicsScene scene;
    QList<QChart *> charts; ///< owned by the scene
};

std::unique_ptr<ChartSetRenderer::Scene> ChartSetRenderer::buildScene() const
{
    auto s = std::make_unique<Scene>();
    const QSizeF natural = exportSize();
    const int cols = m_kinds.size() == 1 ? 1 : std::min<int>(m_columns, int(m_kinds.size()));
    const int rows = int((m_kinds.size() + cols - 1) / cols);
    const double cellW = natural.width() / cols;
    const double cellH = natural.height() / rows;
    s->scene.setSceneRect(QRectF(QPointF(0, 0), natural));
    for (qsizetype i = 0; i < m_kinds.size(); ++i) {
        QChart *chart = QualityChartFactory::create(m_kinds.at(i), m_call, m_thresholds, m_palette, m_spanS);
        s->scene.addItem(chart); // the scene owns and deletes it
        const QRectF cell((i % cols) * cellW, (i / cols) * cellH, cellW, cellH);
        chart->setGeometry(cell);
        s->charts << chart;
        if (!m_alignX || m_kinds.at(i) != Kind::Flaws)
            continue;
        // Move the plot area by the margins (as the pane does): the axis labels keep their room
        // outside it. Settle the layout first so the plot area is the one in effect.
        for (int pass = 0; pass < 2; ++pass) {
            if (QGraphicsLayout *layout = chart->layout())
                layout->activate();
            const QRectF plot = chart->mapRectToScene(chart->plotArea());
            const double left = cell.left() + cellW * m_alignX->first;
            const double right = cell.left() + cellW * m_alignX->second;
            QMargins m = chart->margins();
            m.setLeft(std::max(0, m.left() + qRound(left - plot.left())));
            m.setRight(std::max(0, m.right() + qRound(plot.right() - right)));
            if (m == chart->margins())
                break;
            chart->setMargins(m);
        }
        if (QGraphicsLayout *layout = chart->layout())
            layout->activate();
    }
    return s;
}

QList<QRectF> ChartSetRenderer::plotAreas(const QRectF &target) const
{
    QList<QRectF> out;
    if (m_kinds.isEmpty())
        return out;
    const std::unique_ptr<Scene> scene = buildScene();
    // The same mapping scene.render() uses with Qt::KeepAspectRatio (centred).
    const QRectF source = scene->scene.sceneRect();
    const double k = std::min(target.width() / source.width(), target.height() / source.height());
    const QPointF origin(target.left() + (target.width() - source.width() * k) / 2,
                         target.top() + (target.height() - source.height() * k) / 2);
    for (QChart *chart : std::as_const(scene->charts)) {
        const QRectF r = chart->mapRectToScene(chart->plotArea());
        out << QRectF(origin + r.topLeft() * k, r.size() * k);
    }
    return out;
}

void ChartSetRenderer::render(QPainter *painter, const QRectF &target)
{
    painter->save();
    painter->fillRect(target, m_palette.color(QPalette::Base));
    if (m_kinds.isEmpty()) {
        QFont f = painter->font();
        f.setPixelSize(14);
        painter->setFont(f);
        painter->setPen(m_palette.color(QPalette::Text));
        painter->drawText(target.adjusted(12, 8, -12, -8), Qt::AlignCenter | Qt::TextWordWrap,
                          QualityChartFactory::missingQualityText(m_call));
        painter->restore();
        return;
    }
    // Lay the charts out at their natural cell size and let scene.render() scale the whole
    // grid into the target, so fonts keep their proportions at any export size.
    const std::unique_ptr<Scene> scene = buildScene();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    scene->scene.render(painter, target, scene->scene.sceneRect(), Qt::KeepAspectRatio);
    painter->restore();
}

} // namespace cdr
