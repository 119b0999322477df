// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ScorecardModel: the Scorecard tab's table, one row per group. Columns are the group keys
// (as many as the scorecard was grouped by) followed by one column per KPI (kpiColumn()).
// With a comparison period, each KPI cell shows the value and its change against the same
// group in the other period ("75 (+5.2)"); the tooltip names both values.
//
// MOS columns are graded by the analyst's thresholds in colour (ForegroundRole), in a mark
// after the value ("~" average, "!" bad) and in words (tooltip), never by colour alone. Sorting
// is on SortRole: numbers for KPIs (no data sorts first), text for keys. Groups are computed
// elsewhere (Scorecard::compute, off the UI thread) and handed in with setResult(): a reset.
//
// UI thread only.

#include <core/qualitythresholds.h>
#include <core/scorecard.h>

#include <QAbstractTableModel>
#include <QHash>

namespace cdr {

class ScorecardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FirstKeyColumn = 0 }; ///< keys from here, then KPIs from kpiColumn(Calls)
    enum Role {
        SortRole = Qt::UserRole, ///< double for KPIs (-inf when none), QString for keys
        ValueRole,               ///< KPI value as exported (double), invalid when none
        DeltaRole,               ///< KPI value minus the comparison period's, invalid when none
        GradeRole,               ///< MOS columns: int(QualityGrade)
    };
    Q_ENUM(Role)

    explicit ScorecardModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// previous: the comparison period's groups (empty: no comparison).
    void setResult(const QList<ScorecardKey> &keys, const QList<ScorecardGroup> &groups,
                   const QList<ScorecardGroup> &previous, bool comparing);
    void setThresholds(const QualityThresholds &thresholds);

    const QList<ScorecardKey> &keys() const { return m_keys; }
    const QList<ScorecardGroup> &groups() const { return m_groups; }
    const ScorecardGroup &group(int row) const { return m_groups.at(row); }
    /// The comparison period's group with the same keys, or nullptr.
    const ScorecardGroup *previous(int row) const;
    bool comparing() const { return m_comparing; }
    int kpiColumn(ScorecardKpis::Kpi kpi) const { return int(m_keys.size()) + int(kpi); }
    /// The KPI of a column, or KpiCount for a key column.
    ScorecardKpis::Kpi kpiOf(int column) const;
    /// The group's keys in one label ("plivo · IN"; "all calls" with no keys).
    QString groupLabel(int row) const;

protected:
    /// LanguageChange (sent by the widget that owns the model): headers and texts are worded anew.
    bool event(QEvent *event) override;

private:
    QList<ScorecardKey> m_keys;
    QList<ScorecardGroup> m_groups;
    QList<ScorecardGroup> m_previous;
    QHash<QStringList, int> m_previousIndex;
    QualityThresholds m_thresholds;
    bool m_comparing = false;
};

} // namespace cdr
