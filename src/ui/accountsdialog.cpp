// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsdialog.h"
#include "ui_accountsdialog.h"

#include <session/sessioncredentialstore.h>

#include <providers/credentialstore.h>
#include <providers/servicefactory.h>

#include <QPushButton>
#include <QSettings>
#include <QTimeZone>

namespace cdr {

namespace {
const Provider kProviders[] = {Provider::Plivo, Provider::Vobiz, Provider::CarrierX, Provider::NexBro};
}

AccountsDialog::AccountsDialog(QSettings &settings, CredentialStore *store, QNetworkAccessManager *network,
                               QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountsDialog>())
    , m_settings(settings)
    , m_store(store)
    , m_network(network)
{
    m_ui->setupUi(this);
    m_ui->hintLabel->setWordWrap(true); // the keychain banner is a sentence, not a word
    for (Provider p : kProviders)
        m_ui->providerCombo->addItem(providerDisplayName(p), int(p));
    m_ui->zoneCombo->addItem(QStringLiteral("UTC"));
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &z : zones) {
        if (z != "UTC")
            m_ui->zoneCombo->addItem(QString::fromUtf8(z));
    }

    connect(m_ui->accountList, &QListWidget::currentRowChanged, this, &AccountsDialog::showProfile);
    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountsDialog::addNew);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AccountsDialog::removeCurrent);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AccountsDialog::save);
    connect(m_ui->testButton, &QPushButton::clicked, this, &AccountsDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this, &AccountsDialog::updateFieldHints);

    if (m_store) {
        connect(m_store, &CredentialStore::secretWritten, this, [this](const QString &) {
            setHint(tr("Saved. The secret is in the system keychain."), false);
        });
        if (auto *session = qobject_cast<SessionCredentialStore *>(m_store)) {
            connect(session, &SessionCredentialStore::keptForSession, this, [this](const QString &key, const QString &why) {
                setHint(tr("Saved, but the system keychain could not store the secret (%1). It is kept in memory for "
                           "this session only: not written anywhere, gone when the app quits.")
                            .arg(why),
                        false);
                // A banner, not an error: the account works for this session, and says how long.
                m_ui->hintLabel->setStyleSheet(QStringLiteral("font-weight: bold"));
                if (const auto p = AccountProfile::load(m_settings, key.mid(8)); p && p->id == m_currentId)
                    m_ui->secretEdit->setPlaceholderText(secretPlaceholder(key));
            });
        }
        connect(m_store, &CredentialStore::failed, this, [this](const QString &key, const QString &message, bool) {
            if (key == m_pendingTestKey)
                m_pendingTestKey.clear();
            setHint(message, true);
        });
        connect(m_store, &CredentialStore::secretRead, this, [this](const QString &key, const QString &secret) {
            if (key != m_pendingTestKey)
                return;
            m_pendingTestKey.clear();
            runTest(formProfile(), secret);
        });
    }
    reload(m_settings.value(QStringLiteral("recent/account")).toString());
    updateFieldHints();
}

AccountsDialog::~AccountsDialog() = default;

QString AccountsDialog::hint() const
{
    return m_ui->hintLabel->text();
}

void AccountsDialog::reload(const QString &selectId)
{
    m_profiles = AccountProfile::loadAll(m_settings);
    m_ui->accountList->clear();
    int select = m_profiles.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_profiles.size(); ++i) {
        const AccountProfile &p = m_profiles.at(i);
        m_ui->accountList->addItem(QStringLiteral("%1 (%2)").arg(p.name, providerDisplayName(p.provider)));
        if (p.id == selectId)
            select = i;
    }
    m_ui->accountList->setCurrentRow(select);
    if (select < 0)
        addNew();
}

void AccountsDialog::showProfile(int row)
{
    if (row < 0 || row >= m_profiles.size())
        return;
    const AccountProfile &p = m_profiles.at(row);
    m_currentId = p.id;
    m_ui->nameEdit->setText(p.name);
    m_ui->providerCombo->setCurrentIndex(m_ui->providerCombo->findData(int(p.provider)));
    m_ui->accountIdEdit->setText(p.accountId);
    m_ui->baseUrlEdit->setText(p.baseUrl.toString());
    m_ui->zoneCombo->setCurrentText(p.timeZone.isEmpty() ? QStringLiteral("UTC") : p.timeZone);
    m_ui->secretEdit->clear();
    m_ui->secretEdit->setPlaceholderText(secretPlaceholder(p.secretKey()));
    m_ui->removeButton->setEnabled(true);
    setHint(QString(), false);
}

void AccountsDialog::addNew()
{
    m_currentId.clear();
    m_ui->accountList->setCurrentRow(-1);
    m_ui->nameEdit->clear();
    m_ui->accountIdEdit->clear();
    m_ui->baseUrlEdit->clear();
    m_ui->zoneCombo->setCurrentText(QStringLiteral("UTC"));
    m_ui->secretEdit->clear();
    m_ui->secretEdit->setPlaceholderText(tr("goes to the system keychain (or, without one, this session's memory)"));
    m_ui->removeButton->setEnabled(false);
    m_ui->nameEdit->setFocus();
}

AccountProfile AccountsDialog::formProfile() const
{
    AccountProfile p;
    p.id = m_currentId.isEmpty() ? AccountProfile::createId() : m_currentId;
    p.name = m_ui->nameEdit->text().trimmed();
    p.provider = Provider(m_ui->providerCombo->currentData().toInt());
    p.accountId = m_ui->accountIdEdit->text().trimmed();
    p.baseUrl = QUrl::fromUserInput(m_ui->baseUrlEdit->text().trimmed());
    if (m_ui->baseUrlEdit->text().trimmed().isEmpty())
        p.baseUrl = QUrl();
    const QString zone = m_ui->zoneCombo->currentText().trimmed();
    p.timeZone = zone == QLatin1String("UTC") ? QString() : zone;
    return p;
}

void AccountsDialog::updateFieldHints()
{
    const Provider p = Provider(m_ui->providerCombo->currentData().toInt());
    const bool needsAccountId = p == Provider::Plivo || p == Provider::Vobiz;
    m_ui->accountIdEdit->setEnabled(needsAccountId);
    m_ui->accountIdEdit->setPlaceholderText(needsAccountId ? tr("Auth ID, e.g. MA...") : tr("not used by %1").arg(providerDisplayName(p)));
    m_ui->baseUrlEdit->setPlaceholderText(p == Provider::NexBro ? tr("required: https://your-nexbro-domain.com")
                                                                : tr("optional: documented URL by default"));
    m_ui->secretLabel->setText(p == Provider::Plivo || p == Provider::Vobiz ? tr("Auth &token:")
                               : p == Provider::CarrierX                   ? tr("Bearer &token:")
                                                                           : tr("API &key:"));
}

void AccountsDialog::save()
{
    AccountProfile p = formProfile();
    if (p.name.isEmpty())
        p.name = providerDisplayName(p.provider);
    if (const QString problem = p.validate(); !problem.isEmpty()) {
        setHint(problem, true);
        return;
    }
    if (const QString zone = m_ui->zoneCombo->currentText().trimmed();
        zone != QLatin1String("UTC") && !QTimeZone(zone.toUtf8()).isValid()) {
        setHint(tr("Unknown time zone \"%1\".").arg(zone), true);
        return;
    }
    p.save(m_settings);
    m_currentId = p.id;
    const QString secret = m_ui->secretEdit->text();
    m_ui->secretEdit->clear();
    if (!secret.isEmpty() && m_store) {
        setHint(tr("Saving the secret to the system keychain..."), false);
        m_store->writeSecret(p.secretKey(), secret);
    } else {
        setHint(tr("Saved."), false);
    }
    reload(p.id);
    Q_EMIT accountsChanged();
}

void AccountsDialog::removeCurrent()
{
    if (m_currentId.isEmpty())
        return;
    const auto p = AccountProfile::load(m_settings, m_currentId);
    AccountProfile::remove(m_settings, m_currentId);
    if (p && m_store)
        m_store->deleteSecret(p->secretKey());
    m_currentId.clear();
    reload(QString());
    setHint(tr("Account removed."), false);
    Q_EMIT accountsChanged();
}

void AccountsDialog::testConnection()
{
    const AccountProfile p = formProfile();
    if (const QString problem = p.validate(); !problem.isEmpty()) {
        setHint(problem, true);
        return;
    }
    const QString typed = m_ui->secretEdit->text();
    if (!typed.isEmpty() || !m_store || m_currentId.isEmpty()) {
        runTest(p, typed);
        return;
    }
    m_pendingTestKey = p.secretKey();
    setHint(tr("Reading the secret from the keychain..."), false);
    m_store->readSecret(p.secretKey());
}

void AccountsDialog::runTest(const AccountProfile &profile, const QString &secret)
{
    if (m_testService)
        m_testService->deleteLater();
    QString error;
    m_testService = ServiceFactory::create(profile, secret, m_network, this, &error);
    if (!m_testService) {
        setHint(error, true);
        Q_EMIT testFinished(false, error);
        return;
    }
    m_ui->testButton->setEnabled(false);
    setHint(tr("Testing %1...").arg(providerDisplayName(profile.provider)), false);
    auto *service = m_testService.data();
    auto done = [this, service](bool ok, const QString &message) {
        m_ui->testButton->setEnabled(true);
        setHint(message, !ok);
        Q_EMIT testFinished(ok, message);
        service->deleteLater();
    };
    auto received = std::make_shared<qint64>(0);
    auto total = std::make_shared<qint64>(-1);
    connect(service, &ProviderService::callsReceived, this, [received](const QList<Call> &calls) { *received += calls.size(); });
    connect(service, &ProviderService::progress, this, [total](const FetchProgress &p) {
        if (p.callsTotal >= 0)
            *total = p.callsTotal;
    });
    connect(service, &ProviderService::finished, this, [done, received, total, profile] {
        // The test asks for one call only: report the provider's own count when it gives one,
        // never the one call it fetched as if it were all.
        const QString provider = providerDisplayName(profile.provider);
        if (*total >= 0)
            done(true, tr("Connected to %1: %Ln call(s) in the last 24 hours (the provider's count).", nullptr, int(*total))
                           .arg(provider));
        else if (*received > 0)
            done(true, tr("Connected to %1: the credentials work and there are calls in the last 24 hours "
                          "(%1 gives no total; the test reads only the first).").arg(provider));
        else
            done(true, tr("Connected to %1: the credentials work; no calls in the last 24 hours.").arg(provider));
    });
    connect(service, &ProviderService::failed, this, [done](const FetchError &e) { done(false, e.message); });
    FetchQuery q;
    q.until = QDateTime::currentDateTimeUtc();
    q.since = q.until.addDays(-1);
    q.maxCalls = 1;
    service->listCalls(q);
}

QString AccountsDialog::secretPlaceholder(const QString &key) const
{
    // Only what is known: a session-only secret says so; otherwise the field is simply left as it is.
    if (const auto *session = qobject_cast<const SessionCredentialStore *>(m_store); session && session->isSessionOnly(key))
        return tr("kept for this session only (no system keychain)");
    return tr("leave empty to keep the current secret");
}

void AccountsDialog::setHint(const QString &text, bool error)
{
    // Text, not colour alone, says it is an error.
    m_ui->hintLabel->setText(error && !text.isEmpty() ? tr("Error: %1").arg(text) : text);
    m_ui->hintLabel->setStyleSheet(error ? QStringLiteral("font-weight: bold") : QString());
    m_ui->hintLabel->setAccessibleDescription(error ? tr("Error") : QString());
}

} // namespace cdr
