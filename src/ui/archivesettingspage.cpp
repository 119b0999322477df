// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivesettingspage.h"

#include <core/backgroundjob.h>
#include <providers/credentialstore.h>
#include <storage/archivebackend.h>
#include <storage/callarchive.h>
#include <storage/pgarchive.h>

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace cdr {

ArchiveSettingsPage::ArchiveSettingsPage(AppSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_localRadio(new QRadioButton(tr("&Local archive on this computer (SQLite file)"), this))
    , m_teamRadio(new QRadioButton(tr("&Team archive on a PostgreSQL server"), this))
    , m_path(new QLineEdit(this))
    , m_uri(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_test(new QPushButton(tr("Test &connection"), this))
    , m_result(new QLabel(this))
    , m_author(new QLineEdit(this))
    , m_days(new QSpinBox(this))
    , m_accounts(new QLineEdit(this))
{
    setObjectName(QStringLiteral("archivePage"));
    m_localRadio->setObjectName(QStringLiteral("archiveLocalRadio"));
    m_teamRadio->setObjectName(QStringLiteral("archiveTeamRadio"));
    m_path->setObjectName(QStringLiteral("archivePathEdit"));
    m_uri->setObjectName(QStringLiteral("archiveUriEdit"));
    m_password->setObjectName(QStringLiteral("archivePasswordEdit"));
    m_test->setObjectName(QStringLiteral("archiveTestButton"));
    m_result->setObjectName(QStringLiteral("archiveTestResult"));
    m_author->setObjectName(QStringLiteral("archiveAuthorEdit"));
    m_days->setObjectName(QStringLiteral("archiveDaysSpin"));
    m_accounts->setObjectName(QStringLiteral("archiveAccountsEdit"));

    m_path->setAccessibleName(tr("Archive file"));
    m_path->setPlaceholderText(CallArchive::defaultPath());
    m_uri->setAccessibleName(tr("Server address"));
    m_uri->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/dbname?sslmode=require"));
    m_password->setAccessibleName(tr("Server password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain; empty: ~/.pgpass or PGPASSWORD"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_author->setAccessibleName(tr("Your name on notes and tags"));
    m_author->setPlaceholderText(tr("shown to the team beside your notes and tags"));
    m_days->setRange(1, 3660);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days of calls to load"));
    m_accounts->setAccessibleName(tr("Accounts to load"));
    m_accounts->setPlaceholderText(tr("comma-separated account ids; empty: every account"));

    auto *layout = new QVBoxLayout(this);
    auto *where = new QGroupBox(tr("Where the calls are kept"), this);
    auto *whereForm = new QFormLayout(where);
    whereForm->addRow(m_localRadio);
    whereForm->addRow(tr("&File:"), m_path);
    whereForm->addRow(m_teamRadio);
    whereForm->addRow(tr("&Server:"), m_uri);
    whereForm->addRow(tr("&Password:"), m_password);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    whereForm->addRow(testRow);
    layout->addWidget(where);

    auto *team = new QGroupBox(tr("Team archive"), this);
    auto *teamForm = new QFormLayout(team);
    teamForm->addRow(tr("Your &name:"), m_author);
    teamForm->addRow(tr("&Load the last:"), m_days);
    teamForm->addRow(tr("Of acc&ounts:"), m_accounts);
    layout->addWidget(team);
    layout->addStretch();

    const QString location = settings.archiveLocation();
    const bool server = ArchiveBackend::isServer(location);
    (server ? m_teamRadio : m_localRadio)->setChecked(true);
    if (server)
        m_uri->setText(location);
    else
        m_path->setText(location);
    m_author->setText(settings.authorName());
    m_days->setValue(settings.archiveLoadDays());
    m_accounts->setText(settings.archiveAccounts().join(QStringLiteral(", ")));

    connect(m_localRadio, &QRadioButton::toggled, this, &ArchiveSettingsPage::updateEnabled);
    connect(m_uri, &QLineEdit::editingFinished, this, &ArchiveSettingsPage::takePasswordFromUri);
    connect(m_test, &QPushButton::clicked, this, &ArchiveSettingsPage::testConnection);
    updateEnabled();
}

QString ArchiveSettingsPage::passwordKey(const QString &uri)
{
    return QStringLiteral("team-archive:") + PgArchive::displayName(uri);
}

void ArchiveSettingsPage::setCredentialStore(CredentialStore *credentials)
{
    m_credentials = credentials;
    const QString location = m_settings.archiveLocation();
    if (!m_credentials || !ArchiveBackend::isServer(location))
        return;
    const QString key = passwordKey(location);
    connect(m_credentials, &CredentialStore::secretRead, this, [this, key](const QString &k, const QString &secret) {
        if (k != key)
            return;
        m_storedPassword = secret;
        if (m_password->text().isEmpty())
            m_password->setText(secret);
    });
    m_credentials->readSecret(key);
}

void ArchiveSettingsPage::updateEnabled()
{
    const bool team = m_teamRadio->isChecked();
    m_path->setEnabled(!team);
    m_uri->setEnabled(team);
    m_password->setEnabled(team);
    m_test->setEnabled(team);
}

void ArchiveSettingsPage::takePasswordFromUri()
{
    // A password typed into the address would end in the settings: it goes to the keychain.
    QUrl url(m_uri->text().trimmed());
    if (!ArchiveBackend::isServer(m_uri->text().trimmed()) || url.password().isEmpty())
        return;
    m_password->setText(url.password());
    url.setPassword(QString());
    m_uri->setText(url.toString());
}

QString ArchiveSettingsPage::location() const
{
    if (m_localRadio->isChecked())
        return m_path->text().trimmed();
    QUrl url(m_uri->text().trimmed());
    url.setPassword(QString());
    return url.toString();
}

QString ArchiveSettingsPage::password() const
{
    return m_password->text();
}

bool ArchiveSettingsPage::validate(QString *error) const
{
    if (m_teamRadio->isChecked()) {
        const QString uri = m_uri->text().trimmed();
        if (!ArchiveBackend::isServer(uri) || !QUrl(uri).isValid()) {
            *error = tr("Error: the team archive's address must be a PostgreSQL URI "
                        "(postgresql://user@host:port/dbname).");
            return false;
        }
        if (m_author->text().trimmed().isEmpty()) {
            *error = tr("Error: a team archive needs your name for notes and tags.");
            return false;
        }
    }
    return true;
}

void ArchiveSettingsPage::save()
{
    takePasswordFromUri();
    const QString where = location();
    QStringList accounts;
    const QStringList parts = m_accounts->text().split(u',');
    for (const QString &a : parts) {
        if (!a.trimmed().isEmpty() && !accounts.contains(a.trimmed()))
            accounts << a.trimmed();
    }
    m_changed = where != m_settings.archiveLocation() || m_days->value() != m_settings.archiveLoadDays()
        || accounts != m_settings.archiveAccounts() || m_password->text() != m_storedPassword;
    m_settings.setArchiveLocation(where);
    m_settings.setAuthorName(m_author->text());
    m_settings.setArchiveLoadDays(m_days->value());
    m_settings.setArchiveAccounts(accounts);
    if (m_credentials && ArchiveBackend::isServer(where) && m_password->text() != m_storedPassword) {
        if (m_password->text().isEmpty())
            m_credentials->deleteSecret(passwordKey(where));
        else
            m_credentials->writeSecret(passwordKey(where), m_password->text());
    }
}

void ArchiveSettingsPage::testConnection()
{
    takePasswordFromUri();
    const QString uri = m_uri->text().trimmed();
    if (!ArchiveBackend::isServer(uri)) {
        m_result->setText(tr("Error: the team archive's address must be a PostgreSQL URI "
                             "(postgresql://user@host:port/dbname)."));
        Q_EMIT testFinished(false, m_result->text());
        return;
    }
    m_test->setEnabled(false);
    m_result->setText(tr("Connecting to %1...").arg(PgArchive::displayName(uri)));
    const QString password = m_password->text();
    BackgroundJob::run(this, [uri, password] {
        QString message;
        const bool ok = PgArchive::testConnection(uri, password, &message);
        return std::make_pair(ok, message);
    }, [this](std::pair<bool, QString> result) {
        m_test->setEnabled(m_teamRadio->isChecked());
        m_result->setText(result.second);
        Q_EMIT testFinished(result.first, result.second);
    });
}

} // namespace cdr
