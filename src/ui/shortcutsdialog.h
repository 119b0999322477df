// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Help > Keyboard shortcuts: every menu action that has a shortcut, with its menu and key,
// read from the actions themselves so the page can never disagree with the keys that work.
// Also links to the documentation. GUI thread only.

#include <QDialog>
#include <QUrl>

class QMenuBar;
class QTextBrowser;

namespace cdr {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    /// Where Help > Documentation and this page's link lead.
    static QUrl documentationUrl();
    /// The rows shown: menu, action text (no '&'), key in the platform's native text.
    struct Row
    {
        QString menu;
        QString action;
        QString keys;
    };
    static QList<Row> rows(const QMenuBar *menus);

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace cdr
