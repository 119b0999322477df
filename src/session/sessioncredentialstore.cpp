// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncredentialstore.h"

namespace cdr {

SessionCredentialStore::SessionCredentialStore(CredentialStore *keychain, const QProcessEnvironment &environment,
                                               std::function<std::optional<Provider>(const QString &)> providerOfKey,
                                               QObject *parent)
    : CredentialStore(parent)
    , m_keychain(keychain)
    , m_environment(environment)
    , m_providerOfKey(std::move(providerOfKey))
{
    if (!m_keychain)
        return;
    connect(m_keychain, &CredentialStore::secretRead, this, [this](const QString &key, const QString &secret) {
        if (m_pendingRead.remove(key))
            Q_EMIT secretRead(key, secret);
    });
    connect(m_keychain, &CredentialStore::secretWritten, this, [this](const QString &key) {
        if (m_pendingWrite.remove(key)) {
            m_session.remove(key); // the keychain has it now
            Q_EMIT secretWritten(key);
        }
    });
    connect(m_keychain, &CredentialStore::secretDeleted, this, [this](const QString &key) {
        if (m_pendingDelete.remove(key))
            Q_EMIT secretDeleted(key);
    });
    connect(m_keychain, &CredentialStore::failed, this, [this](const QString &key, const QString &message, bool noBackend) {
        if (m_pendingWrite.contains(key)) {
            // Whatever the reason (no Secret Service, dbus-launch missing, a locked keychain),
            // the secret is not stored: keep it for this session and say exactly that.
            m_session.insert(key, m_pendingWrite.take(key));
            Q_EMIT keptForSession(key, message);
            return;
        }
        if (m_pendingRead.remove(key)) {
            const auto provider = m_providerOfKey ? m_providerOfKey(key) : std::nullopt;
            const QString variable = provider ? environmentVariable(*provider) : QString();
            const QString fromEnvironment = variable.isEmpty() ? QString() : m_environment.value(variable).trimmed();
            if (!fromEnvironment.isEmpty()) {
                Q_EMIT secretRead(key, fromEnvironment);
                return;
            }
            QString text = message;
            if (!variable.isEmpty())
                text += u' ' + tr("Enter the secret in Fetch > Accounts to use it for this session, or set %1.").arg(variable);
            Q_EMIT failed(key, text, noBackend);
            return;
        }
        if (m_pendingDelete.remove(key))
            Q_EMIT secretDeleted(key); // nothing stored there: it is gone either way
    });
}

QString SessionCredentialStore::environmentVariable(Provider provider)
{
    switch (provider) {
    case Provider::Plivo: return QStringLiteral("PLIVO_AUTH_TOKEN");
    case Provider::Vobiz: return QStringLiteral("VOBIZ_AUTH_TOKEN");
    case Provider::CarrierX: return QStringLiteral("CARRIERX_TOKEN");
    case Provider::NexBro: return QStringLiteral("NEXBRO_API_KEY");
    case Provider::Unknown: break;
    }
    return QString();
}

void SessionCredentialStore::readSecret(const QString &key)
{
    if (const auto it = m_session.constFind(key); it != m_session.cend()) {
        const QString secret = *it;
        // Asynchronous like the keychain, so callers see one behaviour.
        QMetaObject::invokeMethod(this, [this, key, secret] { Q_EMIT secretRead(key, secret); }, Qt::QueuedConnection);
        return;
    }
    if (!m_keychain) {
        QMetaObject::invokeMethod(this, [this, key] { Q_EMIT failed(key, tr("No keychain."), true); }, Qt::QueuedConnection);
        return;
    }
    m_pendingRead.insert(key);
    m_keychain->readSecret(key);
}

void SessionCredentialStore::writeSecret(const QString &key, const QString &secret)
{
    if (!m_keychain) {
        m_session.insert(key, secret);
        QMetaObject::invokeMethod(this, [this, key] { Q_EMIT keptForSession(key, tr("No keychain.")); }, Qt::QueuedConnection);
        return;
    }
    m_pendingWrite.insert(key, secret);
    m_keychain->writeSecret(key, secret);
}

void SessionCredentialStore::deleteSecret(const QString &key)
{
    m_session.remove(key);
    if (!m_keychain) {
        QMetaObject::invokeMethod(this, [this, key] { Q_EMIT secretDeleted(key); }, Qt::QueuedConnection);
        return;
    }
    m_pendingDelete.insert(key);
    m_keychain->deleteSecret(key);
}

} // namespace cdr
