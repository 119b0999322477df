// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiveopener.h"

#include "archivesettingspage.h"
#include "recoveryoffer.h"

#include <providers/credentialstore.h>
#include <session/appsettings.h>
#include <session/calllibrary.h>
#include <session/callsession.h>
#include <storage/archivebackend.h>
#include <storage/callarchive.h>

#include <QAbstractButton>
#include <QDateTime>
#include <QFileInfo>
#include <QMessageBox>

namespace cdr {

ArchiveOpener::ArchiveOpener(QWidget *window, CallSession *session, AppSettings &settings,
                             CredentialStore *credentials, RecoveryOffer *recovery)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_recovery(recovery)
{
    CallLibrary *library = &m_session->library();
    connect(m_session, &CallSession::archiveLoaded, this, &ArchiveOpener::archiveLoaded);
    connect(library, &CallLibrary::writeFailed, this, &ArchiveOpener::offerRetry);
    connect(library, &CallLibrary::damaged, this, [this, library](const QString &message, qint64 readable) {
        m_recovery->archiveDamaged(library->path(), message, readable);
    });
}

bool ArchiveOpener::openArchive(const QString &path, QString *error)
{
    QString why;
    if (!m_session->openArchive(path, &why)) {
        Q_EMIT message(tr("Cannot open the archive %1: %2").arg(path, why), true);
        m_recovery->archiveUnreadable(path, why);
        if (error)
            *error = why;
        return false;
    }
    // count() is -1 when the calls table cannot be counted (damage): it is loaded all the same.
    if (m_session->library().count() != 0)
        Q_EMIT message(tr("Loading the archive..."), false);
    m_recovery->archiveOpened(path, m_session->library().interruptedMigration());
    return true;
}

void ArchiveOpener::openConfigured()
{
    QString where = qEnvironmentVariable("CDR_ARCHIVE");
    if (where.isEmpty())
        where = m_settings.archiveLocation();
    if (!ArchiveBackend::isServer(where)) {
        openLocation(where, QString());
        return;
    }
    // The password is in the keychain; without one libpq still finds ~/.pgpass or PGPASSWORD.
    const QString key = ArchiveSettingsPage::passwordKey(where);
    auto *once = new QObject(this);
    auto finish = [this, where, once](const QString &password) {
        once->deleteLater();
        openTeamArchive(where, password);
    };
    connect(m_credentials, &CredentialStore::secretRead, once, [key, finish](const QString &k, const QString &secret) {
        if (k == key)
            finish(secret);
    });
    connect(m_credentials, &CredentialStore::failed, once, [key, finish](const QString &k, const QString &, bool) {
        if (k == key)
            finish(QString());
    });
    m_credentials->readSecret(key);
}

void ArchiveOpener::openTeamArchive(const QString &uri, const QString &password)
{
    CallArchive::Query range;
    range.sinceMs = QDateTime::currentMSecsSinceEpoch() - qint64(m_settings.archiveLoadDays()) * 86'400'000;
    range.accounts = m_settings.archiveAccounts();
    Q_EMIT message(tr("Opening the team archive %1...").arg(ArchiveBackend::displayName(uri)), false);
    m_session->openTeamArchive(uri, password, m_settings.authorName(), range);
}

void ArchiveOpener::openLocation(const QString &where, const QString &password)
{
    if (ArchiveBackend::isServer(where))
        openTeamArchive(where, password);
    else
        openArchive(where.isEmpty() ? CallArchive::defaultPath() : where);
}

void ArchiveOpener::archiveLoaded(qint64 rows)
{
    const CallLibrary &library = m_session->library();
    const QString name = library.isTeam() ? library.path() : QFileInfo(library.path()).fileName();
    if (rows == 0) {
        if (library.isTeam())
            Q_EMIT message(tr("Team archive %1: no calls in the last %n day(s) of the chosen accounts "
                              "(Preferences > Archive).", nullptr, m_settings.archiveLoadDays()).arg(name), false);
        else
            Q_EMIT message(tr("Archive %1 is empty: open files (Ctrl+O) or fetch (F5).").arg(name), false);
        return;
    }
    if (library.isTeam())
        Q_EMIT message(tr("Team archive %1: %Ln call(s) of the last %2 day(s).", nullptr, int(rows))
                           .arg(name)
                           .arg(m_settings.archiveLoadDays()), false);
    else
        Q_EMIT message(tr("Archive %1: %Ln call(s).", nullptr, int(rows)).arg(name), false);
    Q_EMIT loaded(rows);
}

void ArchiveOpener::offerRetry(const QString &message, qint64 calls)
{
    // Not modal: the calls stay in the table and the user decides when the server is back.
    if (m_retryBox)
        m_retryBox->close();
    m_retryBox = new QMessageBox(QMessageBox::Warning, tr("Calls not stored"),
                                 tr("%1\n\n%Ln call(s) are kept in memory. Retry when the archive is "
                                    "reachable again.", nullptr, int(calls)).arg(message),
                                 QMessageBox::Retry | QMessageBox::Close, m_window);
    m_retryBox->setObjectName(QStringLiteral("retryStoreBox"));
    m_retryBox->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_retryBox, &QMessageBox::buttonClicked, this, [this](QAbstractButton *button) {
        if (m_retryBox && m_retryBox->standardButton(button) == QMessageBox::Retry)
            m_session->library().retryUnwritten();
    });
    m_retryBox->open();
}

} // namespace cdr
