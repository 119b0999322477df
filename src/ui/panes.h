// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the pages put their panes together: columns without margins of their own (the window's
// margins are the only ones, so panes sit flush) and the list-over-detail split the Calls and
// Scorecard pages share. Free functions, not a class: they only build layouts. UI thread only.

#include <QtCore/qnamespace.h>

#include <initializer_list>

class QSplitter;
class QString;
class QWidget;

namespace cdr::Panes {

struct Item
{
    QWidget *widget;
    int stretch = 0;
};

/// Lays items out top to bottom in `holder`, without margins; `spacing` -1 keeps the style's.
/// Returns holder, so a new QWidget can be filled where it is made.
QWidget *column(QWidget *holder, std::initializer_list<Item> items, int spacing = 0);

/// A splitter of a list and its detail; the list starts at three fifths of the room.
QSplitter *listDetail(Qt::Orientation orientation, QWidget *parent, const QString &objectName, QWidget *list,
                      QWidget *detail);

} // namespace cdr::Panes
