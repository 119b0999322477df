// SPDX-License-Identifier: GPL-3.0-or-later
#include "panes.h"

#include <QSplitter>
#include <QVBoxLayout>

namespace cdr::Panes {

QWidget *column(QWidget *holder, std::initializer_list<Item> items, int spacing)
{
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(spacing);
    for (const Item &item : items)
        layout->addWidget(item.widget, item.stretch);
    return holder;
}

QSplitter *listDetail(Qt::Orientation orientation, QWidget *parent, const QString &objectName, QWidget *list,
                      QWidget *detail)
{
    auto *split = new QSplitter(orientation, parent);
    split->setObjectName(objectName);
    split->addWidget(list);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

} // namespace cdr::Panes
