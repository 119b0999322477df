// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs one fetch at a time for the main window: reads the account's secret from the keychain,
// creates the provider service, walks the range, and turns the service's outcomes into
// user-facing progress text, batches and a final state. Cancel and Resume keep the walk's
// position. UI thread only; all network work is asynchronous (see ProviderService).

#include <providers/accountprofile.h>
#include <providers/fetchtypes.h>

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

class QNetworkAccessManager;

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

    void start(const AccountProfile &profile, const FetchQuery &query);
    void cancel();
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
    void launch(const QString &secret);
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
};

} // namespace cdr
