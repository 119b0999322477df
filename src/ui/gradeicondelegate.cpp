// SPDX-License-Identifier: GPL-3.0-or-later
#include "gradeicondelegate.h"

#include <models/calltablemodel.h>

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace cdr {

GradeIconDelegate::GradeIconDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QIcon GradeIconDelegate::icon(QualityGrade g)
{
    static QIcon icons[4];
    QIcon &icon = icons[int(g) & 3];
    if (!icon.isNull() || g == QualityGrade::None)
        return icon;
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    if (g == QualityGrade::Good) {
        p.setBrush(QColor(0x2e, 0x7d, 0x32));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    } else if (g == QualityGrade::Average) {
        QPainterPath path;
        path.moveTo(6, 1);
        path.lineTo(11, 11);
        path.lineTo(1, 11);
        path.closeSubpath();
        p.fillPath(path, QColor(0xef, 0x8f, 0x00));
    } else {
        p.setPen(QPen(QColor(0xc6, 0x28, 0x28), 2.5));
        p.drawLine(QPointF(2, 2), QPointF(10, 10));
        p.drawLine(QPointF(10, 2), QPointF(2, 10));
    }
    p.end();
    icon = QIcon(pm);
    return icon;
}

void GradeIconDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant grade = index.data(CallTableModel::GradeRole);
    if (!grade.isValid() || QualityGrade(grade.toInt()) == QualityGrade::None)
        return;
    option->icon = icon(QualityGrade(grade.toInt()));
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace cdr
