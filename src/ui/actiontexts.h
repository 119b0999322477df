// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The untranslated sources of menu and action texts, kept so that a language switch at run time
// can set them again (QAction has no LanguageChange of its own). The owner marks each source
// with QT_TR_NOOP in its own class, so lupdate files it under that class's context, and calls
// retranslate() from its changeEvent. UI thread only; actions deleted meanwhile are skipped.

#include <QList>
#include <QPointer>

class QAction;
class QMenu;

namespace cdr {

class ActionTexts
{
public:
    /// context: the translation context of the sources (the owner's staticMetaObject.className()).
    explicit ActionTexts(const char *context) : m_context(context) {}

    /// Sets the action's text (or tool tip) to the translation of source and remembers it.
    QAction *text(QAction *action, const char *source);
    QMenu *text(QMenu *menu, const char *source);
    QAction *toolTip(QAction *action, const char *source);
    /// Sets every remembered text again, in the language now installed.
    void retranslate() const;

private:
    struct Entry {
        QPointer<QAction> action;
        const char *source;
        bool toolTip;
    };
    void apply(const Entry &e) const;

    const char *m_context;
    QList<Entry> m_entries;
};

} // namespace cdr
