// SPDX-License-Identifier: GPL-3.0-or-later
#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <utility>

namespace cdr {

namespace {

struct State {
    QString directory = QStringLiteral(":/i18n");
    std::unique_ptr<QTranslator> english;
    std::unique_ptr<QTranslator> local;
    std::unique_ptr<QTranslator> qt;
    QLocale locale = QLocale::system();
};

State &state()
{
    static State s;
    return s;
}

// A process that never picks a language (the tests, the command line) on a C system reads
// counts as DisplayFormat writes numbers there, "3600": Qt's system locale for C still groups
// thousands, and tr()'s %Ln takes the default locale.
void cProperOnCSystem()
{
    if (QLocale().language() == QLocale::C)
        QLocale::setDefault(QLocale::c());
}
Q_COREAPP_STARTUP_FUNCTION(cProperOnCSystem)

// The languages shipped, each named in itself (as language menus do; not translated). Written
// out rather than taken from QLocale::nativeLanguageName, which names variants ("American
// English", "español de España").
const std::pair<const char *, const char *> kShipped[] = {
    {"en", "English"}, {"de", "Deutsch"}, {"es", "Español"}, {"hi", "हिन्दी"}};

void replace(std::unique_ptr<QTranslator> &slot, std::unique_ptr<QTranslator> next)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(next);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}

} // namespace

QList<Translators::Language> Translators::languages()
{
    QList<Language> out{{QString(), tr("Follow the system")}};
    for (const auto &[code, name] : kShipped)
        out.append({QLatin1String(code), QString::fromUtf8(name)});
    return out;
}

void Translators::setDirectory(const QString &dir)
{
    state().directory = dir;
}

bool Translators::apply(const QString &code)
{
    State &s = state();
    bool known = code.isEmpty();
    for (const auto &shipped : kShipped)
        known = known || code == QLatin1String(shipped.first);
    const QLocale chosen = code.isEmpty() || !known ? QLocale::system() : QLocale(code);

    // Removing the old translators before the new ones are loaded keeps at most one set
    // installed; every install and removal makes Qt send LanguageChange, widgets handle each.
    replace(s.local, nullptr);
    replace(s.qt, nullptr);
    // English source strings use "%n call(s)"; the English numerus file turns them into
    // "1 call" and "2 calls". Installed first, so the language's own file (installed last) wins.
    if (!s.english) {
        auto english = std::make_unique<QTranslator>();
        if (english->load(QStringLiteral("cdrinspector_en"), s.directory))
            replace(s.english, std::move(english));
    }
    if (chosen.language() != QLocale::English) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(chosen, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            replace(s.qt, std::move(qt));
        auto local = std::make_unique<QTranslator>();
        if (local->load(chosen, QStringLiteral("cdrinspector"), QStringLiteral("_"), s.directory))
            replace(s.local, std::move(local));
    }
    s.locale = chosen;
    // On a C system, C proper: Qt's system locale there still groups thousands, so counts
    // written with %Ln would read "3,600" where DisplayFormat writes 3600.
    QLocale::setDefault(chosen.language() == QLocale::C ? QLocale::c() : chosen);
    return known;
}

QLocale Translators::locale()
{
    return state().locale;
}

} // namespace cdr
