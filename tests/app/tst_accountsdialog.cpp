// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts dialog round trip, as a user clicks through it: add an account, its secret
// goes to the (fake) keychain and nowhere else, "Test connection" makes a real request to the
// fake provider server and reports success or exactly what failed, remove deletes both.

#include "fakecredentialstore.h"
#include "formchild.h"

#include <fakeprovider/fakeproviderserver.h>
#include <sim/trafficgenerator.h>
#include <ui/accountsdialog.h>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cdr;

class TestAccountsDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void roundTrip()
    {
        const QDateTime end = QDateTime::currentDateTimeUtc();
        TrafficGenerator gen(7, end.addDays(-3), end, 500);
        FakeProviderServer server(gen);
        QVERIFY(server.listenLoopback() > 0);

        QSettings settings(m_dir.filePath(QStringLiteral("accounts.ini")), QSettings::IniFormat);
        FakeCredentialStore store;
        QNetworkAccessManager network;
        AccountsDialog dialog(settings, &store, &network);
        dialog.show();

        const QString secret = server.credentials().plivoToken;
        QTest::keyClicks(formChild<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Test Plivo"));
        auto *provider = formChild<QComboBox>(&dialog, "providerCombo");
        provider->setCurrentIndex(provider->findData(int(Provider::Plivo)));
        QTest::keyClicks(formChild<QLineEdit>(&dialog, "accountIdEdit"), server.credentials().plivoAuthId);
        QTest::keyClicks(formChild<QLineEdit>(&dialog, "baseUrlEdit"), server.baseUrl().toString());
        QTest::keyClicks(formChild<QLineEdit>(&dialog, "secretEdit"), secret);

        dialog.grab().save(QDir::current().filePath(QStringLiteral("accounts-dialog.png")));
        QSignalSpy changed(&dialog, &AccountsDialog::accountsChanged);
        QTest::mouseClick(formChild<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(dialog.profiles().size(), 1);
        const AccountProfile p = dialog.profiles().first();
        QCOMPARE(p.name, QStringLiteral("Test Plivo"));
        QCOMPARE(p.provider, Provider::Plivo);
        QTRY_COMPARE(store.secrets.value(p.secretKey()), secret);
        QTRY_VERIFY(dialog.hint().contains(QLatin1String("keychain")));
        QVERIFY(formChild<QLineEdit>(&dialog, "secretEdit")->text().isEmpty());

        // The secret is in the keychain only: not in the settings file.
        settings.sync();
        QFile ini(settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray iniText = ini.readAll();
        QVERIFY(iniText.contains("Test Plivo"));
        QVERIFY(!iniText.contains(secret.toUtf8()));

        // Test connection: reads the secret from the keychain and makes a real request.
        QSignalSpy tested(&dialog, &AccountsDialog::testFinished);
        server.clearRequestLog();
        QTest::mouseClick(formChild<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
        QVERIFY(tested.wait(20000));
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        QVERIFY(tested.first().at(1).toString().contains(QLatin1String("Connected to Plivo")));
        // What was really found: the provider's count of the last 24 hours, not the one call
        // the test fetched.
        const QRegularExpression count(QStringLiteral("Connected to Plivo: (\\d+) call"));
        const auto m = count.match(tested.first().at(1).toString());
        QVERIFY2(m.hasMatch() && m.captured(1).toInt() > 1, qPrintable(tested.first().at(1).toString()));
        QVERIFY(!server.requestLog().isEmpty());
        QVERIFY(server.requestLog().first().hasHeader("authorization"));

        // A wrong secret: the message names the provider and the cause.
        store.secrets[p.secretKey()] = QStringLiteral("wrong-token");
        tested.clear();
        QTest::mouseClick(formChild<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
        QVERIFY(tested.wait(20000));
        QVERIFY(!tested.first().at(0).toBool());
        const QString why = tested.first().at(1).toString();
        QVERIFY2(why.contains(QLatin1String("Plivo")), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("credentials"), Qt::CaseInsensitive), qPrintable(why));
        QVERIFY(!why.contains(QLatin1String("wrong-token")));
        QVERIFY(dialog.hint().startsWith(QLatin1String("Error:")));

        // NexBro without a base URL is refused before anything is saved.
        QTest::mouseClick(formChild<QPushButton>(&dialog, "addButton"), Qt::LeftButton);
        provider->setCurrentIndex(provider->findData(int(Provider::NexBro)));
        QTest::keyClicks(formChild<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("PBX"));
        QTest::mouseClick(formChild<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QCOMPARE(dialog.profiles().size(), 1);
        QVERIFY(dialog.hint().startsWith(QLatin1String("Error:")));

        // Remove: the profile and its secret go.
        formChild<QListWidget>(&dialog, "accountList")->setCurrentRow(0);
        QTest::mouseClick(formChild<QPushButton>(&dialog, "removeButton"), Qt::LeftButton);
        QCOMPARE(dialog.profiles().size(), 0);
        QTRY_VERIFY(!store.secrets.contains(p.secretKey()));
        QVERIFY(AccountProfile::loadAll(settings).isEmpty());
    }
};

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
