// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Language (applied at once on OK), default time zone, quality threshold profile, theme and
// redaction default, written to AppSettings on OK; the Archive tab (ArchiveSettingsPage) says
// where the calls are kept. UI thread only.

#include <session/appsettings.h>

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QTabWidget;

namespace Ui {
class PreferencesDialog;
}

namespace cdr {

class ArchiveSettingsPage;
class CredentialStore;

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(AppSettings &settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

    /// The keychain the Archive tab keeps a team server's password in.
    void setCredentialStore(CredentialStore *credentials);
    /// True after OK when the archive's place or what is loaded from it changed.
    bool archiveChanged() const;
    /// The team server's password as typed (to connect at once; the keychain keeps it).
    QString archivePassword() const;
    /// Shows the Archive tab.
    void showArchiveTab();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showThresholds(const QualityThresholds &t);
    QualityThresholds formThresholds() const;
    void updateProfile();
    void addLanguageRow();
    void retranslate();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    AppSettings &m_settings;
    ArchiveSettingsPage *m_archive = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageLabel = nullptr;
    bool m_sized = false; ///< resized to its contents on the first show
};

} // namespace cdr
