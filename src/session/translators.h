// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The app's language at run time: installs the English plural forms, the chosen language's
// translation and Qt's own (qtbase: the standard dialogs' buttons), and makes the chosen locale
// the default QLocale, so numbers and dates shown follow it. Switching again replaces the
// translators; QCoreApplication then sends QEvent::LanguageChange to every widget, which
// retranslates itself (no restart). The normalized exports and the CLI's machine output never
// read the default locale (they use QLocale::c() or ISO formats). Main thread only.

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace cdr {

class Translators
{
    Q_DECLARE_TR_FUNCTIONS(cdr::Translators)

public:
    struct Language {
        QString code;       ///< "" = follow the system, else "en", "de", "es", "hi"
        QString nativeName; ///< the language's own name, as a menu lists it
    };
    /// Follow the system, then every language the app ships, in a fixed order.
    static QList<Language> languages();

    /// Where the .qm files are read from (default ":/i18n", the app's embedded resources;
    /// tests point it at the build's folder).
    static void setDirectory(const QString &dir);

    /// Installs the translators of code ("" = the system's language) and sets the default
    /// QLocale to it. Returns false when code names no shipped language (the system's
    /// language is then used).
    static bool apply(const QString &code);
    /// The locale the last apply() chose (the system's before any).
    static QLocale locale();
};

} // namespace cdr
