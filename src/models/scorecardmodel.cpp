// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardmodel.h"

#include "languagechange.h"

#include <core/displayformat.h>

#include <QColor>
#include <QEvent>

#include <cmath>
#include <limits>

namespace cdr {

namespace {

bool isMos(ScorecardKpis::Kpi k)
{
    return k == ScorecardKpis::MosMean || k == ScorecardKpis::MosP5 || k == ScorecardKpis::MosEstMean
        || k == ScorecardKpis::MosEstP5;
}

} // namespace

ScorecardModel::ScorecardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ScorecardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int ScorecardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size()) + ScorecardKpis::KpiCount;
}

ScorecardKpis::Kpi ScorecardModel::kpiOf(int column) const
{
    const int k = column - int(m_keys.size());
    return k >= 0 && k < ScorecardKpis::KpiCount ? ScorecardKpis::Kpi(k) : ScorecardKpis::KpiCount;
}

const ScorecardGroup *ScorecardModel::previous(int row) const
{
    if (!m_comparing || row < 0 || row >= m_groups.size())
        return nullptr;
    const auto it = m_previousIndex.constFind(m_groups.at(row).keys);
    return it == m_previousIndex.cend() ? nullptr : &m_previous.at(*it);
}

QString ScorecardModel::groupLabel(int row) const
{
    const QStringList &k = m_groups.at(row).keys;
    if (k.isEmpty())
        return tr("all calls");
    QStringList parts;
    for (const QString &v : k)
        parts << (v.isEmpty() ? tr("(none)") : v);
    return parts.join(QStringLiteral(" · "));
}

QVariant ScorecardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScorecardGroup &g = m_groups.at(index.row());
    const ScorecardKpis::Kpi kpi = kpiOf(index.column());
    if (kpi == ScorecardKpis::KpiCount) {
        const QString v = g.keys.value(index.column());
        switch (role) {
        case Qt::DisplayRole: return v.isEmpty() ? tr("(none)") : v;
        case SortRole: return v;
        default: return {};
        }
    }
    const std::optional<double> v = g.kpis.value(kpi);
    const ScorecardGroup *prev = previous(index.row());
    const std::optional<double> pv = prev ? prev->kpis.value(kpi) : std::nullopt;
    const bool hasDelta = v && pv;
    const double delta = hasDelta ? *v - *pv : 0.0;
    const QualityGrade grade = isMos(kpi) ? m_thresholds.gradeMos(v) : QualityGrade::None;
    switch (role) {
    case Qt::DisplayRole: {
        // The chosen locale's numbers on screen ("87,5" in German); the CSV/JSON exports keep C.
        QString text = v ? DisplayFormat::number(*v, 2) : QStringLiteral("–");
        if (grade == QualityGrade::Average)
            text += QStringLiteral(" ~");
        else if (grade == QualityGrade::Bad)
            text += QStringLiteral(" !");
        if (m_comparing && v)
            text += hasDelta ? QStringLiteral(" (%1%2)").arg(delta > 0 ? QStringLiteral("+") : QString(),
                                                             DisplayFormat::number(std::round(delta * 100) / 100, 2))
                          : tr(" (new)");
        return text;
    }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        return v ? *v : -std::numeric_limits<double>::infinity();
    case ValueRole:
        return v ? QVariant(*v) : QVariant();
    case DeltaRole:
        return hasDelta ? QVariant(delta) : QVariant();
    case GradeRole:
        return int(grade);
    case Qt::ForegroundRole:
        return grade == QualityGrade::Bad ? QVariant(QColor(0xc6, 0x28, 0x28))
             : grade == QualityGrade::Average ? QVariant(QColor(0xb2, 0x6a, 0x00))
                                              : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines{Scorecard::kpiDefinition(kpi)};
        if (grade != QualityGrade::None)
            lines << tr("Grade: %1").arg(QualityThresholds::gradeName(grade));
        if (m_comparing)
            lines << tr("Other period: %1").arg(pv ? DisplayFormat::number(*pv, 2) : tr("no data"));
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const ScorecardKpis::Kpi kpi = kpiOf(section);
    if (role == Qt::DisplayRole)
        return kpi == ScorecardKpis::KpiCount ? m_keys.value(section).name() : Scorecard::kpiName(kpi);
    if (role == Qt::ToolTipRole)
        return kpi == ScorecardKpis::KpiCount ? Scorecard::keyDefinition(m_keys.value(section))
                                              : Scorecard::kpiDefinition(kpi);
    return {};
}

void ScorecardModel::setResult(const QList<ScorecardKey> &keys, const QList<ScorecardGroup> &groups,
                               const QList<ScorecardGroup> &previous, bool comparing)
{
    beginResetModel();
    m_keys = keys;
    m_groups = groups;
    m_previous = previous;
    m_comparing = comparing;
    m_previousIndex.clear();
    for (int i = 0; i < m_previous.size(); ++i)
        m_previousIndex.insert(m_previous.at(i).keys, i);
    endResetModel();
}

void ScorecardModel::setThresholds(const QualityThresholds &thresholds)
{
    if (thresholds == m_thresholds)
        return;
    m_thresholds = thresholds;
    if (!m_groups.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool ScorecardModel::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        announceLanguageChange(*this);
    return QAbstractTableModel::event(event);
}

} // namespace cdr
