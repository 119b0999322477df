// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an item model does on QEvent::LanguageChange: its views are told that every header and
// every cell's text changed, so they fetch them again in the new language (the models word them
// on demand, in data() and headerData()). UI thread, from the model's event().

#include <QAbstractItemModel>

namespace cdr {

inline void announceLanguageChange(QAbstractItemModel &model)
{
    const int columns = model.columnCount();
    const int rows = model.rowCount();
    if (columns > 0)
        Q_EMIT model.headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0 && columns > 0)
        Q_EMIT model.dataChanged(model.index(0, 0), model.index(rows - 1, columns - 1));
}

} // namespace cdr
