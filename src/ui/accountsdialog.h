// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Add, edit and remove provider account profiles. Profiles go to QSettings, secrets only to
// the keychain through CredentialStore; "Test connection" makes one real request and reports
// exactly what failed. UI thread only; the store and the network manager are not owned.

#include <providers/accountprofile.h>

#include <QDialog>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace Ui {
class AccountsDialog;
}

namespace cdr {

class CredentialStore;
class ProviderService;

class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(QSettings &settings, CredentialStore *store, QNetworkAccessManager *network,
                   QWidget *parent = nullptr);
    ~AccountsDialog() override;

    QList<AccountProfile> profiles() const { return m_profiles; }
    /// The hint line under the form: results of save and test.
    QString hint() const;

Q_SIGNALS:
    void accountsChanged();
    void testFinished(bool ok, const QString &message);

private:
    void reload(const QString &selectId);
    void showProfile(int row);
    AccountProfile formProfile() const;
    void save();
    void removeCurrent();
    void addNew();
    void testConnection();
    void runTest(const AccountProfile &profile, const QString &secret);
    QString secretPlaceholder(const QString &key) const;
    void setHint(const QString &text, bool error);
    void updateFieldHints();

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    QSettings &m_settings;
    CredentialStore *m_store;
    QNetworkAccessManager *m_network;
    QList<AccountProfile> m_profiles;
    QString m_currentId;
    QString m_pendingTestKey;
    QPointer<ProviderService> m_testService;
};

} // namespace cdr
