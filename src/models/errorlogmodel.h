// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The error_log intervals of one call as a table: start, stop, duration, flaws and flaws per
// second. Times are shown in the display zone with their offset from call start; SortRole
// gives numbers so a proxy sorts numerically. Knows nothing about views. GUI thread.

#include <core/call.h>

#include <QAbstractTableModel>
#include <QTimeZone>

namespace cdr {

class ErrorLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StartColumn, StopColumn, DurationColumn, FlawsColumn, FlawsPerSecondColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IntervalIndexRole };

    explicit ErrorLogModel(QObject *parent = nullptr);

    void setCall(const Call &call);
    void setDisplayTimeZone(const QTimeZone &zone);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Seconds of an interval on the timeline axis, and its duration.
    double startSeconds(int row) const;
    double stopSeconds(int row) const;
    double durationSeconds(int row) const;
    double flawsPerSecond(int row) const;
    /// The table as CSV, in model order.
    QString toCsv() const;

protected:
    /// LanguageChange (sent by the widget that owns the model): headers and texts are worded anew.
    bool event(QEvent *event) override;

private:
    struct Row
    {
        QDateTime start;
        QDateTime stop;
        double startS = 0;
        double stopS = 0;
        double durationS = 0;
        int flaws = 0;
    };
    QList<Row> m_rows;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace cdr
