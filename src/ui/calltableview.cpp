// SPDX-License-Identifier: GPL-3.0-or-later
#include "calltableview.h"

#include <models/calltablemodel.h>

#include "gradeicondelegate.h"

#include <core/csvwriter.h>

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>

namespace cdr {

CallTableView::CallTableView(QWidget *parent)
    : QTableView(parent)
{
    setAccessibleName(tr("Calls"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Newest calls first until the analyst chooses, as the providers' consoles list them
    // (QHeaderView's own default would be the first column, descending).
    horizontalHeader()->setSortIndicator(CallTableModel::StartColumn, Qt::DescendingOrder);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setItemDelegate(new GradeIconDelegate(this)); // quality grades as shapes
    setTabKeyNavigation(false);
    verticalHeader()->setVisible(false);
    // Uniform row height: the view never measures a million rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { showColumnMenu(horizontalHeader()->mapToGlobal(pos)); });
}

QList<int> CallTableView::selectedViewRows() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    const QModelIndexList selected = selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

QString CallTableView::selectedRowsText(QChar separator) const
{
    const QAbstractItemModel *m = model();
    if (!m)
        return {};
    QList<int> columns;
    for (int v = 0; v < horizontalHeader()->count(); ++v) {
        const int logical = horizontalHeader()->logicalIndex(v);
        if (!isColumnHidden(logical))
            columns << logical;
    }
    auto field = [separator](const QString &s) {
        if (separator == u',')
            return CsvWriter::quoted(s);
        QString t = s;
        t.replace(u'\t', u' ');
        t.replace(u'\n', u' ');
        return t;
    };
    QStringList lines;
    QStringList header;
    for (int c : std::as_const(columns))
        header << field(m->headerData(c, Qt::Horizontal).toString());
    lines << header.join(separator);
    const QList<int> rows = selectedViewRows();
    for (int r : rows) {
        QStringList cells;
        for (int c : std::as_const(columns))
            cells << field(m->index(r, c).data().toString());
        lines << cells.join(separator);
    }
    return lines.join(u'\n') + u'\n';
}

void CallTableView::copySelection(QChar separator)
{
    QApplication::clipboard()->setText(selectedRowsText(separator));
}

void CallTableView::showColumnMenu(const QPoint &globalPos)
{
    if (!model())
        return;
    QMenu menu(this);
    menu.setAccessibleName(tr("Columns"));
    for (int c = 0; c < model()->columnCount(); ++c) {
        QAction *a = menu.addAction(model()->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!isColumnHidden(c));
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnHidden(c, !on); });
    }
    menu.exec(globalPos);
}

QByteArray CallTableView::saveHeaderState() const
{
    return horizontalHeader()->saveState();
}

bool CallTableView::restoreHeaderState(const QByteArray &state)
{
    const bool restored = !state.isEmpty() && horizontalHeader()->restoreState(state);
    // A restored header brings back its sort indicator, but not the sort: do it.
    if (restored)
        applyShownSort();
    return restored;
}

void CallTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    // The header shows an indicator from the start ("Provider ▲"); without this the rows stay
    // in load order under it and a click only reverses that order.
    applyShownSort();
}

void CallTableView::applyShownSort()
{
    // Straight to the model: sortByColumn() only sorts through the header's
    // sortIndicatorChanged, which does not fire when the indicator is already there.
    if (model() && isSortingEnabled() && horizontalHeader()->sortIndicatorSection() >= 0)
        model()->sort(horizontalHeader()->sortIndicatorSection(), horizontalHeader()->sortIndicatorOrder());
}

} // namespace cdr
