// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences as a user edits them: zone, thresholds, theme and redaction reach AppSettings on
// OK; bad input is refused inline and changes nothing.

#include "formchild.h"

#include <session/appsettings.h>
#include <ui/preferencesdialog.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

using namespace cdr;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void editAndSave()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("prefs.ini")));
        QCOMPARE(settings.displayZone(), QTimeZone::utc());
        PreferencesDialog dialog(settings);
        dialog.show();
        formChild<QComboBox>(&dialog, "zoneCombo")->setCurrentText(QStringLiteral("Asia/Kolkata"));
        formChild<QDoubleSpinBox>(&dialog, "mosGood")->setValue(4.2);
        formChild<QDoubleSpinBox>(&dialog, "jitterBad")->setValue(25);
        auto *theme = formChild<QComboBox>(&dialog, "themeCombo");
        theme->setCurrentIndex(theme->findData(int(AppSettings::Theme::Dark)));
        formChild<QCheckBox>(&dialog, "redactCheck")->setChecked(true);
        QCOMPARE(formChild<QSpinBox>(&dialog, "delaySpin")->value(), 40); // the E-model default
        formChild<QLineEdit>(&dialog, "regionEdit")->setText(QStringLiteral("in"));
        formChild<QSpinBox>(&dialog, "delaySpin")->setValue(120);
        dialog.grab().save(QDir::current().filePath(QStringLiteral("preferences.png")));
        QTest::mouseClick(formChild<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        AppSettings reread(m_dir.filePath(QStringLiteral("prefs.ini")));
        QCOMPARE(reread.displayZone().id(), QByteArray("Asia/Kolkata"));
        QCOMPARE(reread.thresholds().mosGood, 4.2);
        QCOMPARE(reread.thresholds().jitterBad, 25.0);
        QCOMPARE(reread.thresholds().lossBad, QualityThresholds().lossBad);
        QCOMPARE(reread.theme(), AppSettings::Theme::Dark);
        QVERIFY(reread.redactByDefault());
        QCOMPARE(reread.defaultRegion(), QStringLiteral("IN"));
        QCOMPARE(reread.assumedDelayMs(), 120.0);
    }

    void unknownRegionRefused()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("region.ini")));
        PreferencesDialog dialog(settings);
        dialog.show();
        formChild<QLineEdit>(&dialog, "regionEdit")->setText(QStringLiteral("XQ"));
        QTest::mouseClick(formChild<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.isVisible()); // not accepted
        QVERIFY(formChild<QLabel>(&dialog, "hintLabel")->text().contains(QLatin1String("\"XQ\"")));
        QVERIFY(AppSettings(m_dir.filePath(QStringLiteral("region.ini"))).defaultRegion().isEmpty());
    }

    void profiles()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("profiles.ini")));
        PreferencesDialog dialog(settings);
        auto *profile = formChild<QComboBox>(&dialog, "profileCombo");
        const auto profiles = QualityThresholds::profiles();
        QCOMPARE(profile->count(), int(profiles.size()) + 1); // + Custom
        QCOMPARE(profile->currentIndex(), 0);                  // the default bands
        // Picking "Strict" fills its values; those are what gets saved.
        profile->setCurrentIndex(1);
        Q_EMIT profile->activated(1);
        QCOMPARE(formChild<QDoubleSpinBox>(&dialog, "mosGood")->value(), profiles.at(1).thresholds.mosGood);
        QCOMPARE(formChild<QDoubleSpinBox>(&dialog, "lossBad")->value(), profiles.at(1).thresholds.lossBad);
        // Editing one value makes it Custom.
        formChild<QDoubleSpinBox>(&dialog, "jitterGood")->setValue(7);
        QCOMPARE(profile->currentText(), QStringLiteral("Custom"));
        dialog.accept();
        AppSettings reread(m_dir.filePath(QStringLiteral("profiles.ini")));
        QCOMPARE(reread.thresholds().mosGood, profiles.at(1).thresholds.mosGood);
        QCOMPARE(reread.thresholds().jitterGood, 7.0);
        // Reopening shows Custom for a custom set.
        PreferencesDialog again(reread);
        QCOMPARE(formChild<QComboBox>(&again, "profileCombo")->currentText(), QStringLiteral("Custom"));
    }

    void badInputIsRefused()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("bad.ini")));
        PreferencesDialog dialog(settings);
        dialog.show();
        // "good" on the bad side of "bad"
        formChild<QDoubleSpinBox>(&dialog, "mosGood")->setValue(3.0);
        formChild<QDoubleSpinBox>(&dialog, "mosBad")->setValue(3.5);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(formChild<QLabel>(&dialog, "hintLabel")->text().startsWith(QLatin1String("Error:")));
        // restore defaults, then an unknown zone
        QTest::mouseClick(formChild<QPushButton>(&dialog, "defaultsButton"), Qt::LeftButton);
        QCOMPARE(formChild<QDoubleSpinBox>(&dialog, "mosGood")->value(), QualityThresholds().mosGood);
        formChild<QComboBox>(&dialog, "zoneCombo")->setCurrentText(QStringLiteral("Mars/Olympus_Mons"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(formChild<QLabel>(&dialog, "hintLabel")->text().contains(QLatin1String("Mars/Olympus_Mons")));
        QCOMPARE(AppSettings(m_dir.filePath(QStringLiteral("bad.ini"))).displayZone(), QTimeZone::utc());
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
