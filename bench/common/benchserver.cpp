// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchserver.h"

namespace cdr {

BenchServer::BenchServer(const TrafficGenerator &generator)
{
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(m_context, [this, &generator] {
        m_server = new FakeProviderServer(generator);
        m_port = m_server->listenLoopback();
        m_baseUrl = m_server->baseUrl();
        m_credentials = m_server->credentials();
    }, Qt::BlockingQueuedConnection);
}

BenchServer::~BenchServer()
{
    QMetaObject::invokeMethod(m_context, [this] {
        delete m_server;
        delete m_context;
    }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void BenchServer::run(const std::function<void(FakeProviderServer &server)> &work)
{
    QMetaObject::invokeMethod(m_context, [this, &work] {
        if (m_server)
            work(*m_server);
    }, Qt::BlockingQueuedConnection);
}

qint64 BenchServer::take429Count()
{
    qint64 n = 0;
    run([&n](FakeProviderServer &server) {
        for (const auto &r : server.requestLog())
            n += r.status == 429;
        server.clearRequestLog();
    });
    return n;
}

} // namespace cdr
