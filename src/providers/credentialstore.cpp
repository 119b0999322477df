// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include "providerslogging.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace cdr {

namespace {

QString messageFor(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
        return CredentialStore::tr("No system keychain is available on this machine (for example a headless Linux "
                  "session without a Secret Service such as GNOME Keyring or KWallet), so secrets "
                  "cannot be stored. For the command line, set PLIVO_AUTH_TOKEN, VOBIZ_AUTH_TOKEN, "
                  "CARRIERX_TOKEN or NEXBRO_API_KEY instead.");
    case QKeychain::EntryNotFound:
        return CredentialStore::tr("No secret is stored for this account yet.");
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return CredentialStore::tr("Access to the keychain was denied.");
    default:
        break;
    }
    return CredentialStore::tr("Keychain error: %1").arg(detail);
}

template<typename Job>
Job *makeJob(const QString &key, QObject *parent)
{
    auto *job = new Job(CredentialStore::serviceName(), parent);
    job->setKey(key);
    job->setAutoDelete(true);
    // Never write secrets to a plain file when the keychain is missing.
    job->setInsecureFallback(false);
    return job;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

void CredentialStore::readSecret(const QString &key)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key, this);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError)
            Q_EMIT secretRead(key, job->textData());
        else
            Q_EMIT failed(key, messageFor(job->error(), job->errorString()), job->error() == QKeychain::NoBackendAvailable);
    });
    job->start();
}

void CredentialStore::writeSecret(const QString &key, const QString &secret)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError)
            Q_EMIT secretWritten(key);
        else
            Q_EMIT failed(key, messageFor(job->error(), job->errorString()), job->error() == QKeychain::NoBackendAvailable);
    });
    job->start();
}

void CredentialStore::deleteSecret(const QString &key)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key, this);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            Q_EMIT secretDeleted(key);
        else
            Q_EMIT failed(key, messageFor(job->error(), job->errorString()), job->error() == QKeychain::NoBackendAvailable);
    });
    job->start();
}

} // namespace cdr
