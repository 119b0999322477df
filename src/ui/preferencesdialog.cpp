// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "archivesettingspage.h"

#include <core/phoneregion.h>
#include <session/translators.h>

#include <algorithm>
#include <cmath>
#include "ui_preferencesdialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cdr {

PreferencesDialog::PreferencesDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    // The form's groups become the General tab; the archive has a tab of its own.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("preferenceTabs"));
    auto *general = new QWidget(m_tabs);
    auto *generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(m_ui->generalGroup);
    generalLayout->addWidget(m_ui->thresholdGroup);
    generalLayout->addStretch();
    m_tabs->addTab(general, QString());
    m_archive = new ArchiveSettingsPage(settings, m_tabs);
    m_tabs->addTab(m_archive, QString());
    m_ui->layout->insertWidget(0, m_tabs);
    addLanguageRow();
    m_ui->zoneCombo->addItem(QStringLiteral("UTC"));
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &z : zones) {
        if (z != "UTC")
            m_ui->zoneCombo->addItem(QString::fromUtf8(z));
    }
    const QByteArray zone = settings.displayZone().id();
    m_ui->zoneCombo->setCurrentText(zone.isEmpty() ? QStringLiteral("UTC") : QString::fromUtf8(zone));
    for (AppSettings::Theme theme : {AppSettings::Theme::System, AppSettings::Theme::Light, AppSettings::Theme::Dark})
        m_ui->themeCombo->addItem(QString(), int(theme));
    m_ui->themeCombo->setCurrentIndex(m_ui->themeCombo->findData(int(settings.theme())));
    m_ui->redactCheck->setChecked(settings.redactByDefault());
    m_ui->regionEdit->setText(settings.defaultRegion());
    m_ui->delaySpin->setValue(int(std::lround(settings.assumedDelayMs())));
    for (qsizetype i = 0; i < QualityThresholds::profiles().size(); ++i)
        m_ui->profileCombo->addItem(QString());
    m_ui->profileCombo->addItem(QString());
    retranslate();
    showThresholds(settings.thresholds());
    connect(m_ui->defaultsButton, &QPushButton::clicked, this, [this] { showThresholds(QualityThresholds()); });
    connect(m_ui->profileCombo, &QComboBox::activated, this, [this](int index) {
        const QList<QualityProfile> profiles = QualityThresholds::profiles();
        if (index >= 0 && index < profiles.size())
            showThresholds(profiles.at(index).thresholds);
    });
    // Editing a value turns the profile into "Custom" unless it matches one again.
    for (QDoubleSpinBox *spin : {m_ui->mosGood, m_ui->mosBad, m_ui->jitterGood, m_ui->jitterBad, m_ui->lossGood, m_ui->lossBad})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &PreferencesDialog::updateProfile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::retranslate()
{
    m_tabs->setTabText(0, tr("General"));
    m_tabs->setTabText(1, tr("Archive"));
    m_language->setAccessibleName(tr("Language"));
    m_languageLabel->setText(tr("&Language:"));
    m_ui->themeCombo->setItemText(0, tr("Follow the system"));
    m_ui->themeCombo->setItemText(1, tr("Light"));
    m_ui->themeCombo->setItemText(2, tr("Dark"));
    const QList<QualityProfile> profiles = QualityThresholds::profiles();
    for (int i = 0; i < profiles.size(); ++i)
        m_ui->profileCombo->setItemText(i, QCoreApplication::translate("cdr::QualityThresholds", profiles.at(i).name));
    m_ui->profileCombo->setItemText(int(profiles.size()), tr("Custom"));
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    // OK applies a new language while the dialog is still open: its own texts follow.
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
}

void PreferencesDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // Wide enough for the longest profile name and label in the chosen language: at the form's
    // 460 px the default profile was cut in its box (in German and in English). Measured when
    // shown: before that the form's size hint leaves the boxes' items out.
    if (!m_sized) {
        m_sized = true;
        resize(sizeHint().expandedTo(size()));
    }
}

void PreferencesDialog::setCredentialStore(CredentialStore *credentials)
{
    m_archive->setCredentialStore(credentials);
}

bool PreferencesDialog::archiveChanged() const
{
    return m_archive->archiveChanged();
}

QString PreferencesDialog::archivePassword() const
{
    return m_archive->password();
}

void PreferencesDialog::showArchiveTab()
{
    m_tabs->setCurrentWidget(m_archive);
}

void PreferencesDialog::addLanguageRow()
{
    // Built here rather than in the .ui: the languages come from Translators, their names each
    // in its own script, and none of them is translated.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    const QList<Translators::Language> languages = Translators::languages();
    for (const Translators::Language &l : languages)
        m_language->addItem(l.nativeName, l.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_ui->generalForm->insertRow(0, m_languageLabel, m_language);
}

void PreferencesDialog::showThresholds(const QualityThresholds &t)
{
    m_ui->mosGood->setValue(t.mosGood);
    m_ui->mosBad->setValue(t.mosBad);
    m_ui->jitterGood->setValue(t.jitterGood);
    m_ui->jitterBad->setValue(t.jitterBad);
    m_ui->lossGood->setValue(t.lossGood);
    m_ui->lossBad->setValue(t.lossBad);
    updateProfile();
}

void PreferencesDialog::updateProfile()
{
    const QualityThresholds t = formThresholds();
    const QList<QualityProfile> profiles = QualityThresholds::profiles();
    int index = int(profiles.size()); // Custom
    for (int i = 0; i < profiles.size(); ++i) {
        if (profiles.at(i).thresholds == t)
            index = i;
    }
    m_ui->profileCombo->setCurrentIndex(index);
}

QualityThresholds PreferencesDialog::formThresholds() const
{
    QualityThresholds t;
    t.mosGood = m_ui->mosGood->value();
    t.mosBad = m_ui->mosBad->value();
    t.jitterGood = m_ui->jitterGood->value();
    t.jitterBad = m_ui->jitterBad->value();
    t.lossGood = m_ui->lossGood->value();
    t.lossBad = m_ui->lossBad->value();
    return t;
}

void PreferencesDialog::accept()
{
    const QualityThresholds t = formThresholds();
    if (t.mosBad > t.mosGood || t.jitterGood > t.jitterBad || t.lossGood > t.lossBad) {
        m_ui->hintLabel->setText(tr("Error: each \"good\" threshold must be on the good side of its \"bad\" one."));
        return;
    }
    const QString zoneText = m_ui->zoneCombo->currentText().trimmed();
    const QTimeZone zone = zoneText == QLatin1String("UTC") ? QTimeZone::utc() : QTimeZone(zoneText.toUtf8());
    if (!zone.isValid()) {
        m_ui->hintLabel->setText(tr("Error: unknown time zone \"%1\".").arg(zoneText));
        return;
    }
    const QString region = m_ui->regionEdit->text().trimmed().toUpper();
    if (!region.isEmpty() && !PhoneRegion::isKnownRegion(region)) {
        m_ui->hintLabel->setText(tr("Error: \"%1\" is not a region code (two letters, e.g. IN or US).").arg(region));
        return;
    }
    QString archiveError;
    if (!m_archive->validate(&archiveError)) {
        m_tabs->setCurrentWidget(m_archive);
        m_ui->hintLabel->setText(archiveError);
        return;
    }
    m_archive->save();
    m_settings.setDisplayZone(zone);
    m_settings.setThresholds(t);
    m_settings.setDefaultRegion(region);
    m_settings.setAssumedDelayMs(m_ui->delaySpin->value());
    m_settings.setTheme(AppSettings::Theme(m_ui->themeCombo->currentData().toInt()));
    m_settings.setRedactByDefault(m_ui->redactCheck->isChecked());
    const QString language = m_language->currentData().toString();
    if (language != m_settings.language()) {
        m_settings.setLanguage(language);
        // At once: every open window handles the LanguageChange this sends.
        Translators::apply(language);
    }
    QDialog::accept();
}

} // namespace cdr
