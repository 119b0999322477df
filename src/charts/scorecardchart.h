// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ScorecardChart: one KPI per scorecard group as horizontal bars (group labels read along the
// axis, however many groups), with the comparison period as a second bar set. Fed whole
// (setData); the series are rebuilt, never appended to point by point. A group without data
// for the KPI has no bar. At most kMaxGroups groups are drawn, and no more than have room for
// their label at the chart's height, in the order given (the table's sort order); the title says
// when some were left out. GUI thread only.

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace cdr {

class ScorecardChart : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxGroups = 40;

    struct Bar
    {
        QString label;
        std::optional<double> value;
        std::optional<double> previous; ///< the comparison period's value
    };

    explicit ScorecardChart(QWidget *parent = nullptr);

    /// comparing: draw the previous values as a second set, named by the period labels.
    void setData(const QString &kpiName, const QList<Bar> &bars, bool comparing, const QString &periodLabel,
                 const QString &previousLabel);
    /// Bars drawn per set (for tests): the number of categories.
    int categoryCount() const;
    int setCount() const;
    /// Groups whose label has room beside its bar at the present height.
    int groupsThatFit() const;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    /// The groups the chart draws: every one, up to kMaxGroups and what has room.
    int groupsShown() const;

    QChartView *m_view;
    QString m_kpi;
    QList<Bar> m_bars;
    bool m_comparing = false;
    QString m_periodLabel, m_previousLabel;
};

} // namespace cdr
