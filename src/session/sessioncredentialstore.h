// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The credential store the GUI uses: the system keychain first; where there is none (a bare X
// session, a container: no Secret Service, or QtKeychain cannot even start dbus-launch), a
// secret typed in Fetch > Accounts is kept in memory for this session only - never written to
// a file, the settings or a log - and keptForSession() says so; reading falls back to the same
// environment variables the command line reads (PLIVO_AUTH_TOKEN, VOBIZ_AUTH_TOKEN,
// CARRIERX_TOKEN, NEXBRO_API_KEY). Wraps another CredentialStore (the keychain, or a test's).
// Threading: the UI thread, like the store it wraps.

#include <core/call.h>
#include <providers/credentialstore.h>

#include <QHash>
#include <QPointer>
#include <QProcessEnvironment>
#include <QSet>

#include <functional>
#include <optional>

namespace cdr {

class SessionCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    /// providerOfKey tells which provider an account key belongs to (for the environment).
    SessionCredentialStore(CredentialStore *keychain, const QProcessEnvironment &environment,
                           std::function<std::optional<Provider>(const QString &key)> providerOfKey,
                           QObject *parent = nullptr);

    void readSecret(const QString &key) override;
    void writeSecret(const QString &key, const QString &secret) override;
    void deleteSecret(const QString &key) override;

    /// True when the key's secret lives only in this session's memory.
    bool isSessionOnly(const QString &key) const { return m_session.contains(key); }
    /// The environment variable the command line reads the provider's secret from.
    static QString environmentVariable(Provider provider);

Q_SIGNALS:
    /// The keychain could not take the secret (why); it is kept in memory for this session.
    void keptForSession(const QString &key, const QString &why);

private:
    QPointer<CredentialStore> m_keychain;
    QProcessEnvironment m_environment;
    std::function<std::optional<Provider>(const QString &)> m_providerOfKey;
    QHash<QString, QString> m_session;      // key -> secret, memory only
    QHash<QString, QString> m_pendingWrite; // key -> secret being written to the keychain
    QSet<QString> m_pendingRead;
    QSet<QString> m_pendingDelete;
};

} // namespace cdr
