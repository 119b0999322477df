// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// BenchServer: the benchmarks' one fake-server fixture. A FakeProviderServer over a
// TrafficGenerator, listening on loopback in a thread of its own, as a remote API would: its
// work never counts as the client's (cdr-app-bench's stall figures), and it enforces its rate
// limit while the client waits (cdr-fetch-bench).
//
// Threading: construct, use and destroy from one thread (the benchmark's main thread); every
// call reaches the server on its own thread and waits for it.

#include <fakeprovider/fakeproviderserver.h>

#include <QThread>
#include <QUrl>

#include <functional>

namespace cdr {

class BenchServer
{
public:
    explicit BenchServer(const TrafficGenerator &generator);
    ~BenchServer();
    BenchServer(const BenchServer &) = delete;
    BenchServer &operator=(const BenchServer &) = delete;

    /// Listening on 127.0.0.1 once constructed; false when it could not.
    bool isListening() const { return m_port != 0; }
    QUrl baseUrl() const { return m_baseUrl; }
    FakeProviderServer::Credentials credentials() const { return m_credentials; }

    /// Runs `work` on the server's thread, with the server, and waits for it.
    void run(const std::function<void(FakeProviderServer &server)> &work);
    /// Requests answered 429 since the last call (and forgets the request log).
    qint64 take429Count();

private:
    QThread m_thread;
    QObject *m_context = nullptr; ///< lives in m_thread: where run() executes
    FakeProviderServer *m_server = nullptr;
    quint16 m_port = 0;
    QUrl m_baseUrl;
    FakeProviderServer::Credentials m_credentials;
};

} // namespace cdr
