// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The audio-quality charts of one call in QChartViews: flaws over time (on the timeline's
// seconds axis, with a cursor and a highlighted interval), then MOS against the bands, jitter,
// packet counters and quality percentage. For providers without media quality it shows a
// sentence saying so instead of empty charts. GUI thread only; owns its charts.

#include "qualitychartfactory.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
class QGridLayout;
class QLabel;
class QLineSeries;
class QAreaSeries;
QT_END_NAMESPACE

namespace cdr {

class QualityCharts : public QWidget
{
    Q_OBJECT
public:
    explicit QualityCharts(QWidget *parent = nullptr);

    void setCall(const Call &call);
    void setThresholds(const QualityThresholds &thresholds);
    void setCursorSeconds(std::optional<double> seconds);
    void setHighlightedInterval(int index);
    /// Lines the flaws chart's plot up with the timeline's: the x of the timeline's plot
    /// edges in the coordinates of the top-level window (nullopt: let Qt Charts lay out).
    void alignPlotX(std::optional<std::pair<double, double>> windowX);

    /// Media-quality charts shown (MOS, jitter, counters, quality %), without the flaws chart.
    QList<QChart *> qualityCharts() const;
    QChart *flawsChart() const;
    /// The chart of that kind, or nullptr when this call has none.
    QChart *chart(QualityChartFactory::Kind kind) const;
    int chartCount() const;
    int seriesCount() const; ///< over every chart shown
    bool showsNoQualityMessage() const;
    /// The kinds of the charts shown, flaws first when present (same order as the views).
    QList<QualityChartFactory::Kind> shownKinds() const { return m_kinds; }
    /// Exports one chart by file suffix (.png, .svg, .pdf, .csv), as its context menu does.
    bool exportChart(QualityChartFactory::Kind kind, const QString &path, QString *error = nullptr,
                     double scale = 1.0);
    QString messageText() const;
    /// Columns the media-quality charts are laid out in (1 in a narrow pane, else 2).
    int columnCount() const;
    /// Narrowest a chart gets before the charts go to one column.
    static constexpr int kMinChartWidth = 430;
    static int columnsFor(int width);

Q_SIGNALS:
    void cursorMoved(std::optional<double> seconds);
    /// One-line result of a chart export or copy from a chart's context menu.
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void applyPlotAlignment();
    void placeViews();
    QChartView *addView(QChart *chart, QualityChartFactory::Kind kind);
    void showChartMenu(QualityChartFactory::Kind kind, const QPoint &globalPos);

    Call m_call;
    QualityThresholds m_thresholds;
    double m_spanS = 1.0;
    int m_columns = 0;
    QGridLayout *m_grid = nullptr;
    QLabel *m_message = nullptr;
    QChartView *m_flawsView = nullptr;
    QList<QChartView *> m_views;
    QList<QualityChartFactory::Kind> m_kinds; ///< parallel to m_views
    QAreaSeries *m_highlight = nullptr;
    QLineSeries *m_cursor = nullptr;
    std::optional<std::pair<double, double>> m_alignX;
};

} // namespace cdr
