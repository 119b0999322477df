// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GradeIconDelegate: draws a quality cell's grade as a shape beside its value (circle = good,
// triangle = average, cross = bad), read from CallTableModel::GradeRole, so a grade never rests
// on colour alone. Cells without a grade are drawn as the default delegate draws them. The model
// gives the grade as data; the painting lives here, with the widgets.
//
// Threading: UI thread, like every delegate.

#include <core/qualitythresholds.h>

#include <QIcon>
#include <QStyledItemDelegate>

namespace cdr {

class GradeIconDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit GradeIconDelegate(QObject *parent = nullptr);

    /// The shape for a grade (a null icon for QualityGrade::None); painted once, then shared.
    static QIcon icon(QualityGrade grade);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace cdr
