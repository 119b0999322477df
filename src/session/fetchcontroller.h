// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs one fetch at a time for the main window: reads the account's secret from the keychain,
// creates the provider service, walks the range, and turns the service's outcomes into
// user-facing progress text, batches and a final state. Cancel and Resume keep the walk's
// position; with a state store the position (never a secret or a call id) is also saved as
// the walk goes, so a fetch cut short by a cancel, an error, a quit or a crash resumes after
// a restart. UI thread only; all network work is asynchronous (see ProviderService).

#include <providers/accountprofile.h>
#include <providers/fetchtypes.h>

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

class QNetworkAccessManager;
class QSettings;

namespace cdr {

class CredentialStore;
class ProviderService;

class FetchController : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, ReadingSecret, Running, Canceled, Failed, Finished };
    Q_ENUM(State)

    FetchController(CredentialStore *store, QNetworkAccessManager *network, QObject *parent = nullptr);

    State state() const { return m_state; }
    bool canResume() const;
    /// For tests and the command line: skip the keychain and use this secret.
    void setSecretOverride(const QString &secret) { m_secretOverride = secret; }

    /// Where the walk's position is kept between runs of the app (the app's QSettings).
    void setStateStore(QSettings *settings) { m_stateStore = settings; }
    /// Name of the account whose walk a restart can resume ("" when none).
    QString savedWalkAccountName() const;

    void start(const AccountProfile &profile, const FetchQuery &query);
    void cancel();
    /// Continues the interrupted walk: this session's, or the one saved before a restart.
    void resume();

    static QString progressText(const FetchProgress &p);
    /// The zone the current account's zone-less timestamps are read in.
    QTimeZone zone() const;

Q_SIGNALS:
    void stateChanged(cdr::FetchController::State state);
    void progressChanged(const QString &text, int percent); ///< percent -1 when unknown
    void callsReceived(const QList<cdr::Call> &calls);
    void message(const QString &text, bool error);

private:
    void launchWithSecret();
    void launch(const QString &secret);
    void saveWalk(bool force);
    void clearSavedWalk();
    QJsonObject savedWalk() const;
    void setState(State s);

    CredentialStore *m_store;
    QNetworkAccessManager *m_network;
    QPointer<ProviderService> m_service;
    AccountProfile m_profile;
    FetchQuery m_query;
    QString m_secretOverride;
    QString m_pendingKey;
    State m_state = State::Idle;
    qint64 m_calls = 0;
    QSettings *m_stateStore = nullptr;
    QJsonObject m_restore;           ///< a saved walk to restore into the next service
    QElapsedTimer m_lastSave;
};

} // namespace cdr
