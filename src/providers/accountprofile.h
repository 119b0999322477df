// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A saved provider account: name, provider, account id, base URL and time zone. Stored in
// QSettings under "accounts/<id>/"; the secret is NOT part of it (see CredentialStore, keyed
// by secretKey()). Plain value type; load/save from any one thread at a time.

#include <core/call.h>

#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

namespace cdr {

struct AccountProfile
{
    QString id;          ///< stable key (a UUID), created by createId()
    QString name;        ///< what the user calls it
    Provider provider = Provider::Unknown;
    QString accountId;   ///< Plivo/Vobiz auth id; empty for CarrierX/NexBro
    QUrl baseUrl;        ///< empty = documented; required for NexBro
    QString timeZone;    ///< IANA id for zone-less timestamps; empty = UTC

    /// Key of this account's secret in the keychain.
    QString secretKey() const { return QStringLiteral("account-") + id; }
    /// Empty when usable, else a user-facing reason (e.g. NexBro without a base URL).
    QString validate() const;

    static QString createId();
    static QList<AccountProfile> loadAll(QSettings &settings);
    static std::optional<AccountProfile> load(QSettings &settings, const QString &id);
    void save(QSettings &settings) const;
    static void remove(QSettings &settings, const QString &id);

    friend bool operator==(const AccountProfile &, const AccountProfile &) = default;
};

} // namespace cdr
