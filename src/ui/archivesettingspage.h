// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Preferences > Archive: where the app keeps its calls - the local SQLite file or a team
// archive on a PostgreSQL server (libpq URI) - with "Test connection", the author name notes
// and tags are signed with, and what the app loads from a team archive (the last N days of
// some accounts). The server's password goes to the keychain (CredentialStore), never to the
// settings: a password typed into the URI is moved to the password field. The test runs off
// the UI thread (BackgroundJob::run) and says what it found or why it failed, naming the server.
//
// Threading: UI thread only.

#include <session/appsettings.h>

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace cdr {

class CredentialStore;

class ArchiveSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ArchiveSettingsPage(AppSettings &settings, QWidget *parent = nullptr);

    /// The keychain key of a server's password (by user@host:port/db, never the password).
    static QString passwordKey(const QString &uri);

    /// Reads the stored password (if any) into the form and writes it there on save().
    void setCredentialStore(CredentialStore *credentials);
    /// The location as the form holds it: a file path, a URI without password, or "".
    QString location() const;
    /// False with a message naming the field when the form cannot be saved.
    bool validate(QString *error) const;
    /// Writes the settings, and the password to the keychain (removed when emptied).
    void save();
    /// True when save() changed where the archive is or what is loaded from it.
    bool archiveChanged() const { return m_changed; }
    /// The server password as the form holds it.
    QString password() const;
    /// Starts "Test connection"; testFinished() reports.
    void testConnection();

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);

private:
    void updateEnabled();
    void takePasswordFromUri();

    AppSettings &m_settings;
    QPointer<CredentialStore> m_credentials;
    QRadioButton *m_localRadio;
    QRadioButton *m_teamRadio;
    QLineEdit *m_path;
    QLineEdit *m_uri;
    QLineEdit *m_password;
    QPushButton *m_test;
    QLabel *m_result;
    QLineEdit *m_author;
    QSpinBox *m_days;
    QLineEdit *m_accounts;
    bool m_changed = false;
    QString m_storedPassword;
};

} // namespace cdr
