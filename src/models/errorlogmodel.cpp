// SPDX-License-Identifier: GPL-3.0-or-later
#include <models/errorlogmodel.h>
#include <models/languagechange.h>

#include <core/csvwriter.h>
#include <core/qualityprovenance.h>

#include <core/timelinedata.h>

#include <QEvent>

using namespace Qt::StringLiterals;

namespace cdr {

ErrorLogModel::ErrorLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ErrorLogModel::setCall(const Call &call)
{
    beginResetModel();
    m_rows.clear();
    const TimelineData d = TimelineData::fromCall(call);
    m_rows.reserve(call.errorLog.size());
    for (const ErrorInterval &e : call.errorLog) {
        Row r;
        r.start = e.start;
        r.stop = e.stop;
        r.startS = d.secondsOf(e.start).value_or(0.0);
        r.stopS = d.secondsOf(e.stop).value_or(r.startS + e.durationS.value_or(0.0));
        // The provider's own duration is more precise than start/stop (which are whole seconds).
        r.durationS = e.durationS.value_or(r.stopS - r.startS);
        r.flaws = e.flaws;
        m_rows.append(r);
    }
    endResetModel();
}

void ErrorLogModel::setDisplayTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, StartColumn), index(rowCount() - 1, StopColumn), {Qt::DisplayRole});
}

int ErrorLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ErrorLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double ErrorLogModel::startSeconds(int row) const { return m_rows.at(row).startS; }
double ErrorLogModel::stopSeconds(int row) const { return m_rows.at(row).stopS; }
double ErrorLogModel::durationSeconds(int row) const { return m_rows.at(row).durationS; }

double ErrorLogModel::flawsPerSecond(int row) const
{
    const Row &r = m_rows.at(row);
    return r.durationS > 0 ? r.flaws / r.durationS : 0.0;
}

QVariant ErrorLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case StartColumn:
        case StopColumn: {
            const QDateTime t = index.column() == StartColumn ? r.start : r.stop;
            const double s = index.column() == StartColumn ? r.startS : r.stopS;
            const QString wall = t.isValid() ? t.toTimeZone(m_zone).toString(u"HH:mm:ss.zzz"_s) : tr("unknown");
            return tr("%1 (+%2 s)").arg(wall, QualityProvenance::formatNumber(s, 1));
        }
        case DurationColumn: return QString(QualityProvenance::formatNumber(r.durationS, 3) + u" s");
        case FlawsColumn: return QString::number(r.flaws);
        case FlawsPerSecondColumn: return QualityProvenance::formatNumber(flawsPerSecond(index.row()), 2);
        case ColumnCount: break;
        }
        break;
    case SortRole:
        switch (Column(index.column())) {
        case StartColumn: return r.startS;
        case StopColumn: return r.stopS;
        case DurationColumn: return r.durationS;
        case FlawsColumn: return r.flaws;
        case FlawsPerSecondColumn: return flawsPerSecond(index.row());
        case ColumnCount: break;
        }
        break;
    case IntervalIndexRole:
        return index.row();
    case Qt::TextAlignmentRole:
        return index.column() == StartColumn || index.column() == StopColumn
                   ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (index.column() == StartColumn || index.column() == StopColumn) {
            const QDateTime t = index.column() == StartColumn ? r.start : r.stop;
            return t.isValid() ? QString(t.toTimeZone(m_zone).toString(Qt::ISODateWithMs) + u' ' + QString::fromUtf8(m_zone.id()))
                               : QString();
        }
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant ErrorLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StartColumn: return tr("Start");
    case StopColumn: return tr("Stop");
    case DurationColumn: return tr("Duration");
    case FlawsColumn: return tr("Flaws");
    case FlawsPerSecondColumn: return tr("Flaws/s");
    case ColumnCount: break;
    }
    return QVariant();
}

QString ErrorLogModel::toCsv() const
{
    QByteArray out;
    CsvWriter csv(&out, "\n");
    csv.row({u"start_utc"_s, u"stop_utc"_s, u"start_s"_s, u"stop_s"_s, u"duration_s"_s, u"flaws"_s, u"flaws_per_s"_s});
    const auto time = [&csv](const QDateTime &t) { csv.plainField(t.toUTC().toString(Qt::ISODateWithMs).toLatin1()); };
    const auto seconds = [&csv](double s) { csv.plainField(QByteArray::number(s, 'f', 3)); };
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        time(r.start);
        time(r.stop);
        seconds(r.startS);
        seconds(r.stopS);
        seconds(r.durationS);
        csv.plainField(QByteArray::number(r.flaws));
        seconds(flawsPerSecond(i));
        csv.endRow();
    }
    return QString::fromUtf8(out);
}

bool ErrorLogModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        announceLanguageChange(*this);
    return QAbstractTableModel::event(event);
}

} // namespace cdr
