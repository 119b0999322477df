// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardchart.h"

#include <QEvent>
#include <QFontMetrics>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace cdr {

ScorecardChart::ScorecardChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(new QChart, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->chart()->setAnimationOptions(QChart::NoAnimation);
    m_view->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_view->setMinimumHeight(200);
    rebuild();
}

void ScorecardChart::setData(const QString &kpiName, const QList<Bar> &bars, bool comparing,
                             const QString &periodLabel, const QString &previousLabel)
{
    m_kpi = kpiName;
    m_bars = bars;
    m_comparing = comparing;
    m_periodLabel = periodLabel;
    m_previousLabel = previousLabel;
    rebuild();
}

int ScorecardChart::categoryCount() const
{
    const auto series = m_view->chart()->series();
    if (series.isEmpty())
        return 0;
    const auto *bars = static_cast<QHorizontalBarSeries *>(series.constFirst());
    return bars->barSets().isEmpty() ? 0 : int(bars->barSets().constFirst()->count());
}

int ScorecardChart::groupsThatFit() const
{
    // Qt Charts writes "..." for a group label taller than its band: 16 provider,country groups
    // in the 1024x700 window's chart were all "...". Room is the view's height less the title,
    // the value axis's labels and title, the legend when comparing, and the margins.
    const int line = QFontMetrics(m_view->chart()->font()).height();
    const int room = m_view->height() - (m_comparing ? 4 : 3) * line - 48;
    return std::max(1, room / (line + 4));
}

int ScorecardChart::groupsShown() const
{
    return int(std::min<qsizetype>(m_bars.size(), std::min(kMaxGroups, groupsThatFit())));
}

int ScorecardChart::setCount() const
{
    const auto series = m_view->chart()->series();
    return series.isEmpty() ? 0 : int(static_cast<QHorizontalBarSeries *>(series.constFirst())->count());
}

void ScorecardChart::rebuild()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes()) {
        chart->removeAxis(a);
        delete a;
    }
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().base());
    chart->setTitleBrush(palette().text());
    chart->legend()->setLabelColor(palette().text().color());

    const qsizetype n = groupsShown();
    chart->setTitle(m_bars.size() > n ? tr("%1 per group (first %2 of %3 groups, in table order)")
                                            .arg(m_kpi)
                                            .arg(n)
                                            .arg(m_bars.size())
                                      : tr("%1 per group").arg(m_kpi));
    if (n == 0)
        return;
    // Horizontal bars draw the first category at the bottom: reverse so the list reads top-down
    // in the table's order.
    QStringList labels;
    QList<qreal> now, before;
    double hi = 0;
    bool allKnown = true;
    for (qsizetype i = n - 1; i >= 0; --i) {
        const Bar &b = m_bars.at(i);
        allKnown = allKnown && b.value && (!m_comparing || b.previous);
        labels << b.label;
        now << b.value.value_or(0);
        before << b.previous.value_or(0);
        hi = std::max({hi, b.value.value_or(0), b.previous.value_or(0)});
    }
    auto *series = new QHorizontalBarSeries;
    auto *current = new QBarSet(m_comparing ? m_periodLabel : m_kpi);
    current->append(now);
    current->setColor(QColor(0x3b, 0x75, 0xaf));
    current->setLabelColor(palette().text().color());
    if (m_comparing) {
        auto *prev = new QBarSet(m_previousLabel);
        prev->append(before);
        prev->setColor(QColor(0xa8, 0xa8, 0xa8));
        prev->setLabelColor(palette().placeholderText().color());
        series->append(prev);
    }
    series->append(current);
    // Values on the bars only where every bar has one (a missing value draws as an empty bar,
    // which must not read "0") and they have room.
    series->setLabelsVisible(allKnown && n <= 12);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(labels);
    axisY->setLabelsColor(palette().text().color());
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, hi > 0 ? hi * 1.15 : 1);
    axisX->applyNiceNumbers();
    axisX->setLabelsColor(palette().text().color());
    axisX->setTitleText(m_kpi);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setVisible(m_comparing);
}

void ScorecardChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Only when the number of groups shown changes: a rebuild per pixel of a splitter drag
    // would make it stutter.
    if (groupsShown() != categoryCount())
        rebuild();
}

void ScorecardChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        rebuild();
}

} // namespace cdr
