// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads and writes account secrets in the OS keychain through QtKeychain, asynchronously
// (one job per call, results by signal), with the insecure plain-text fallback OFF. When no
// keychain backend exists (headless Linux without a Secret Service), the error says so and
// points to the environment variables the command line reads.
//
// Threading: use from the thread the store lives in (normally the UI thread); signals come
// back there. Secrets are handed over only in secretRead(); nothing here logs them.

#include <QObject>
#include <QString>

namespace cdr {

class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr);
    /// The keychain "service" name entries are filed under.
    static QString serviceName() { return QStringLiteral("cdr-inspector"); }

    // Virtual so tests (and platforms without a keychain) can stand in a store of their own.
    virtual void readSecret(const QString &key);
    virtual void writeSecret(const QString &key, const QString &secret);
    virtual void deleteSecret(const QString &key);

Q_SIGNALS:
    void secretRead(const QString &key, const QString &secret);
    void secretWritten(const QString &key);
    void secretDeleted(const QString &key);
    /// message is user-facing; noBackend is true when no keychain exists on this machine.
    void failed(const QString &key, const QString &message, bool noBackend);
};

} // namespace cdr
