// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountprofile.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTimeZone>
#include <QUuid>

namespace cdr {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("cdr::AccountProfile", text); }
const QString kGroup = QStringLiteral("accounts");
} // namespace

QString AccountProfile::createId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QString AccountProfile::validate() const
{
    if (provider == Provider::Unknown)
        return tr("Choose a provider.");
    if ((provider == Provider::Plivo || provider == Provider::Vobiz) && accountId.trimmed().isEmpty())
        return tr("%1 needs the account's auth id.").arg(providerDisplayName(provider));
    if (provider == Provider::NexBro && (!baseUrl.isValid() || baseUrl.host().isEmpty()))
        return tr("NexBro runs on your own domain: enter its base URL, e.g. https://pbx.example.com.");
    if (!baseUrl.isEmpty() && (!baseUrl.isValid() || (baseUrl.scheme() != u"https" && baseUrl.scheme() != u"http")))
        return tr("The base URL must start with https:// (or http:// for a local test server).");
    if (!timeZone.isEmpty() && !QTimeZone(timeZone.toUtf8()).isValid())
        return tr("Unknown time zone \"%1\".").arg(timeZone);
    return {};
}

void AccountProfile::save(QSettings &settings) const
{
    settings.beginGroup(kGroup);
    settings.beginGroup(id);
    settings.setValue(QStringLiteral("name"), name);
    settings.setValue(QStringLiteral("provider"), providerName(provider));
    settings.setValue(QStringLiteral("accountId"), accountId);
    settings.setValue(QStringLiteral("baseUrl"), baseUrl.toString());
    settings.setValue(QStringLiteral("timeZone"), timeZone);
    settings.endGroup();
    settings.endGroup();
}

std::optional<AccountProfile> AccountProfile::load(QSettings &settings, const QString &id)
{
    settings.beginGroup(kGroup);
    const bool exists = settings.childGroups().contains(id);
    AccountProfile p;
    if (exists) {
        settings.beginGroup(id);
        p.id = id;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.provider = providerFromName(settings.value(QStringLiteral("provider")).toString()).value_or(Provider::Unknown);
        p.accountId = settings.value(QStringLiteral("accountId")).toString();
        p.baseUrl = QUrl(settings.value(QStringLiteral("baseUrl")).toString());
        p.timeZone = settings.value(QStringLiteral("timeZone")).toString();
        settings.endGroup();
    }
    settings.endGroup();
    if (!exists)
        return std::nullopt;
    return p;
}

QList<AccountProfile> AccountProfile::loadAll(QSettings &settings)
{
    settings.beginGroup(kGroup);
    const QStringList ids = settings.childGroups();
    settings.endGroup();
    QList<AccountProfile> out;
    for (const QString &id : ids) {
        if (auto p = load(settings, id))
            out.append(*p);
    }
    std::sort(out.begin(), out.end(), [](const AccountProfile &a, const AccountProfile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

void AccountProfile::remove(QSettings &settings, const QString &id)
{
    settings.beginGroup(kGroup);
    settings.remove(id);
    settings.endGroup();
}

} // namespace cdr
