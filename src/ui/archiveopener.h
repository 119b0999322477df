// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ArchiveOpener: how the main window opens its call archive and tells how that went. A local
// file, or the team archive Preferences > Archive names, with its password read from the keychain
// first; the "loaded N calls" message; a damaged archive or a failed open handed to RecoveryOffer;
// and the non-modal offer to store again the calls a failed team-archive write kept in memory.
// UI thread only. A child of the window, whose session, settings, keychain and RecoveryOffer it
// uses and which outlive it.

#include <QObject>
#include <QPointer>

class QMessageBox;
class QWidget;

namespace cdr {

class AppSettings;
class CallSession;
class CredentialStore;
class RecoveryOffer;

class ArchiveOpener : public QObject
{
    Q_OBJECT

public:
    /// window: the parent of this object and of the retry box.
    ArchiveOpener(QWidget *window, CallSession *session, AppSettings &settings, CredentialStore *credentials,
                  RecoveryOffer *recovery);

    /// Opens (creates) an archive file and shows its calls; false with *error.
    bool openArchive(const QString &path, QString *error = nullptr);
    /// Opens where Preferences > Archive points ($CDR_ARCHIVE first): a local file, or a team
    /// archive with its password from the keychain (read asynchronously).
    void openConfigured();
    /// Opens a team archive with this password and loads the configured range and accounts.
    void openTeamArchive(const QString &uri, const QString &password);
    /// Opens a location as Preferences > Archive names it: a server URI with this password, a
    /// file, or the default file when empty.
    void openLocation(const QString &where, const QString &password);

Q_SIGNALS:
    void message(const QString &text, bool error);
    /// An archive's calls (rows > 0) are in the table; emitted after its message.
    void loaded(qint64 rows);

private:
    void archiveLoaded(qint64 rows);
    void offerRetry(const QString &message, qint64 calls);

    QWidget *m_window;
    CallSession *m_session;
    AppSettings &m_settings;
    CredentialStore *m_credentials;
    RecoveryOffer *m_recovery;
    QPointer<QMessageBox> m_retryBox; ///< the offer to store calls again after a failed write
};

} // namespace cdr
