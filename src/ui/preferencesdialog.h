// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Default time zone, quality threshold profile, theme and redaction default, written to
// AppSettings on OK. UI thread only.

#include <session/appsettings.h>

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace cdr {

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(AppSettings &settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    void showThresholds(const QualityThresholds &t);
    QualityThresholds formThresholds() const;
    void updateProfile();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    AppSettings &m_settings;
};

} // namespace cdr
