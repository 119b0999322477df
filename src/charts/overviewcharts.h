// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The overview's aggregate charts over the filtered calls: MOS histogram per direction,
// calls and answer rate per hour or day, hangup classes (the provider causes behind a bar in
// its tooltip), and mean MOS over time. Clicking a bar asks for the table to be filtered to it. Fed whole OverviewStats (computed off-thread);
// series are replaced, never appended point by point. GUI thread only.

#include <models/overviewstats.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace cdr {

class OverviewCharts : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewCharts(QWidget *parent = nullptr);

    /// The longest run of hours or days the volume chart draws (the rest is cut).
    static constexpr int kMaxBuckets = 400;
    /// The most date labels "Mean MOS over time" writes (fewer when the range is short).
    static constexpr int kMaxTimeTicks = 9;

    void setStats(const OverviewStats &stats, const QTimeZone &zone);
    const OverviewStats &stats() const { return m_stats; }
    /// Number of series per chart, in the order MOS, volume, causes, quality (for tests).
    QList<int> seriesCounts() const;
    /// The tooltip of the hangup class at stats().classes[index]: the class, its calls, and
    /// the provider causes behind it with their counts.
    QString classToolTip(int index) const;

Q_SIGNALS:
    void mosRangeClicked(double minMos, double maxMos, const QString &direction);
    void timeRangeClicked(qint64 startMs, qint64 endMs);
    void hangupClassClicked(cdr::HangupClass hangupClass);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retitle(); ///< the charts' titles, in the installed language
    void applyTheme();

    QList<QChartView *> m_views;
    QList<qint64> m_bucketStarts; ///< start (UTC ms) of each bar of the volume chart, gaps included
    OverviewStats m_stats;
    QTimeZone m_zone;
};

} // namespace cdr
