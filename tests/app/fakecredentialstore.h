// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// An in-memory keychain for GUI tests: answers asynchronously, like the real one.

#include <providers/credentialstore.h>

#include <QHash>
#include <QTimer>

class FakeCredentialStore : public cdr::CredentialStore
{
public:
    using CredentialStore::CredentialStore;
    QHash<QString, QString> secrets;

    void readSecret(const QString &key) override
    {
        QTimer::singleShot(0, this, [this, key] {
            if (secrets.contains(key))
                Q_EMIT secretRead(key, secrets.value(key));
            else
                Q_EMIT failed(key, QStringLiteral("no secret stored for this account"), false);
        });
    }
    void writeSecret(const QString &key, const QString &secret) override
    {
        secrets.insert(key, secret);
        QTimer::singleShot(0, this, [this, key] { Q_EMIT secretWritten(key); });
    }
    void deleteSecret(const QString &key) override
    {
        secrets.remove(key);
        QTimer::singleShot(0, this, [this, key] { Q_EMIT secretDeleted(key); });
    }
};
