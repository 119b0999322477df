// SPDX-License-Identifier: GPL-3.0-or-later
#include "actiontexts.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace cdr {

QAction *ActionTexts::text(QAction *action, const char *source)
{
    m_entries.append({action, source, false});
    apply(m_entries.constLast());
    return action;
}

QMenu *ActionTexts::text(QMenu *menu, const char *source)
{
    text(menu->menuAction(), source);
    return menu;
}

QAction *ActionTexts::toolTip(QAction *action, const char *source)
{
    m_entries.append({action, source, true});
    apply(m_entries.constLast());
    return action;
}

void ActionTexts::retranslate() const
{
    for (const Entry &e : m_entries)
        apply(e);
}

void ActionTexts::apply(const Entry &e) const
{
    if (!e.action)
        return;
    const QString translated = QCoreApplication::translate(m_context, e.source);
    if (e.toolTip)
        e.action->setToolTip(translated);
    else
        e.action->setText(translated);
}

} // namespace cdr
