// SPDX-License-Identifier: GPL-3.0-or-later
#include "fetchcontroller.h"

#include <providers/credentialstore.h>
#include <providers/servicefactory.h>

#include <QJsonDocument>
#include <QSettings>

namespace cdr {

FetchController::FetchController(CredentialStore *store, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
{
    if (m_store) {
        connect(m_store, &CredentialStore::secretRead, this, [this](const QString &key, const QString &secret) {
            if (key != m_pendingKey || m_state != State::ReadingSecret)
                return;
            m_pendingKey.clear();
            launch(secret);
        });
        connect(m_store, &CredentialStore::failed, this, [this](const QString &key, const QString &msg, bool) {
            if (key != m_pendingKey || m_state != State::ReadingSecret)
                return;
            m_pendingKey.clear();
            Q_EMIT message(tr("%1: cannot read the secret: %2").arg(providerDisplayName(m_profile.provider), msg), true);
            setState(State::Failed);
        });
    }
}

namespace {
const QString kWalkKey = QStringLiteral("fetch/interruptedWalk");
}

bool FetchController::canResume() const
{
    if (m_state == State::Running || m_state == State::ReadingSecret)
        return false;
    if (m_service && m_service->canResume() && (m_state == State::Canceled || m_state == State::Failed))
        return true;
    return !savedWalk().isEmpty();
}

QJsonObject FetchController::savedWalk() const
{
    if (!m_stateStore)
        return {};
    const QJsonObject o = QJsonDocument::fromJson(m_stateStore->value(kWalkKey).toByteArray()).object();
    // Only a walk whose account still exists can be resumed.
    return AccountProfile::load(*m_stateStore, o.value(QLatin1String("account")).toString()) ? o : QJsonObject();
}

QString FetchController::savedWalkAccountName() const
{
    const QJsonObject o = savedWalk();
    if (o.isEmpty())
        return {};
    const auto profile = AccountProfile::load(*m_stateStore, o.value(QLatin1String("account")).toString());
    return profile ? profile->name : QString();
}

void FetchController::saveWalk(bool force)
{
    if (!m_stateStore || !m_service)
        return;
    // At most once a second while pages stream in: QSettings writes are not free.
    if (!force && m_lastSave.isValid() && m_lastSave.elapsed() < 1000)
        return;
    m_lastSave.start();
    QJsonObject o;
    o.insert(QLatin1String("account"), m_profile.id);
    o.insert(QLatin1String("state"), m_service->saveState());
    m_stateStore->setValue(kWalkKey, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void FetchController::clearSavedWalk()
{
    if (m_stateStore)
        m_stateStore->remove(kWalkKey);
}

QString FetchController::progressText(const FetchProgress &p)
{
    QString text = p.pagesTotal > 0 ? tr("page %1 of %2").arg(p.pagesDone).arg(p.pagesTotal)
                                    : tr("page %1").arg(p.pagesDone);
    text += QStringLiteral(", ") + tr("%Ln call(s)", nullptr, int(p.calls));
    if (p.windows > 1)
        text += QStringLiteral(", ") + tr("window %1 of %2").arg(p.window + 1).arg(p.windows);
    if (p.etaMs >= 0) {
        const qint64 s = (p.etaMs + 999) / 1000;
        text += QStringLiteral(", ") + (s >= 60 ? tr("about %1 min %2 s left").arg(s / 60).arg(s % 60)
                                                : tr("about %1 s left").arg(s));
    }
    if (p.retries > 0)
        text += QStringLiteral(", ") + tr("%n retried", nullptr, p.retries);
    return text;
}

QTimeZone FetchController::zone() const
{
    const QTimeZone z(m_profile.timeZone.toUtf8());
    return m_profile.timeZone.isEmpty() || !z.isValid() ? QTimeZone::utc() : z;
}

void FetchController::start(const AccountProfile &profile, const FetchQuery &query)
{
    m_restore = QJsonObject();
    cancel();
    if (m_service)
        m_service->deleteLater();
    m_service = nullptr;
    m_profile = profile;
    m_query = query;
    m_calls = 0;
    if (const QString problem = profile.validate(); !problem.isEmpty()) {
        Q_EMIT message(problem, true);
        setState(State::Failed);
        return;
    }
    launchWithSecret();
}

void FetchController::launch(const QString &secret)
{
    QString error;
    m_service = ServiceFactory::create(m_profile, secret, m_network, this, &error);
    if (!m_service) {
        Q_EMIT message(error, true);
        setState(State::Failed);
        return;
    }
    const QString provider = providerDisplayName(m_profile.provider);
    connect(m_service, &ProviderService::progress, this, [this](const FetchProgress &p) {
        const int percent = p.pagesTotal > 0 ? int(100 * p.pagesDone / p.pagesTotal) : -1;
        Q_EMIT progressChanged(progressText(p), percent);
    });
    connect(m_service, &ProviderService::callsReceived, this, [this](const QList<Call> &calls) {
        m_calls += calls.size();
        Q_EMIT callsReceived(calls);
        saveWalk(false);
    });
    connect(m_service, &ProviderService::warning, this, [this](const QString &w) { Q_EMIT message(w, false); });
    connect(m_service, &ProviderService::finished, this, [this, provider] {
        Q_EMIT message(tr("%1: fetched %Ln call(s).", nullptr, int(m_calls)).arg(provider), false);
        clearSavedWalk();
        setState(State::Finished);
    });
    connect(m_service, &ProviderService::canceled, this, [this, provider] {
        Q_EMIT message(tr("%1: fetch canceled after %Ln call(s); Resume continues from there.", nullptr, int(m_calls)).arg(provider), false);
        saveWalk(true);
        setState(State::Canceled);
    });
    connect(m_service, &ProviderService::failed, this, [this](const FetchError &e) {
        Q_EMIT message(e.message, true);
        saveWalk(true);
        setState(State::Failed);
    });
    setState(State::Running);
    m_lastSave.invalidate();
    if (!m_restore.isEmpty()) {
        const QJsonObject restore = std::exchange(m_restore, QJsonObject());
        if (!m_service->restoreState(restore)) {
            clearSavedWalk();
            Q_EMIT message(tr("%1: the interrupted fetch could not be resumed; start a new one.").arg(provider), true);
            setState(State::Failed);
            return;
        }
        Q_EMIT message(tr("%1: resuming the interrupted fetch.").arg(provider), false);
        m_service->resume();
        return;
    }
    clearSavedWalk();
    m_service->listCalls(m_query);
}

void FetchController::cancel()
{
    if (m_state == State::ReadingSecret) {
        m_pendingKey.clear();
        setState(State::Canceled);
        return;
    }
    if (m_service && m_service->isRunning())
        m_service->cancel();
}

void FetchController::resume()
{
    if (!canResume())
        return;
    if (m_service && m_service->canResume()) {
        setState(State::Running);
        m_service->resume();
        return;
    }
    // A walk saved by an earlier run of the app: a new service picks it up where it stopped.
    const QJsonObject saved = savedWalk();
    const auto profile = AccountProfile::load(*m_stateStore, saved.value(QLatin1String("account")).toString());
    if (!profile)
        return;
    if (m_service)
        m_service->deleteLater();
    m_service = nullptr;
    m_profile = *profile;
    m_calls = 0;
    m_restore = saved.value(QLatin1String("state")).toObject();
    launchWithSecret();
}

void FetchController::launchWithSecret()
{
    if (!m_secretOverride.isEmpty() || !m_store) {
        launch(m_secretOverride);
        return;
    }
    // The keychain answers asynchronously; secretRead() then launches.
    m_pendingKey = m_profile.secretKey();
    setState(State::ReadingSecret);
    Q_EMIT progressChanged(tr("Reading the %1 secret from the keychain...").arg(providerDisplayName(m_profile.provider)), -1);
    m_store->readSecret(m_pendingKey);
}

void FetchController::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

} // namespace cdr
