// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The call table: a QTableView over CallTableModel with a column chooser on the header's
// context menu, copy of the selected rows as TSV or CSV, and its header state (order, width,
// visibility, sort) saved and restored. The model stays ignorant of the view. UI thread only.

#include <QTableView>

namespace cdr {

class CallTableView : public QTableView
{
    Q_OBJECT

public:
    explicit CallTableView(QWidget *parent = nullptr);

    /// Selected rows (view order) as text: header line then one line per row.
    QString selectedRowsText(QChar separator) const;
    void copySelection(QChar separator);
    /// The header's context menu, built fresh from the model's columns.
    void showColumnMenu(const QPoint &globalPos);

    QByteArray saveHeaderState() const;
    bool restoreHeaderState(const QByteArray &state);
    /// Also sorts the new model as the header's indicator says, so what is shown is what is done.
    void setModel(QAbstractItemModel *model) override;

    /// Selected view rows, in order.
    QList<int> selectedViewRows() const;

private:
    void applyShownSort();
};

} // namespace cdr
