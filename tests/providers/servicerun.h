// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: runs one operation of a ProviderService to its outcome in a local event loop
// (the fake provider server lives in the same thread and is served by the same loop), and
// collects what the service emitted. Header-only, shared by the provider tests.

#include <providers/providerservice.h>

#include <QEventLoop>
#include <QSet>
#include <QTimer>

#include <functional>

namespace cdr::test {

struct Outcome
{
    QList<Call> calls;
    int batches = 0;
    bool finished = false;
    bool canceled = false;
    bool failed = false;
    FetchError error;
    QStringList warnings;
    FetchProgress lastProgress;

    QSet<QString> ids() const
    {
        QSet<QString> s;
        for (const Call &c : calls)
            s.insert(c.id);
        return s;
    }
};

inline Outcome run(ProviderService *service, const std::function<void()> &start,
                   const std::function<void(Outcome &)> &onBatch = {}, int timeoutMs = 40000)
{
    Outcome o;
    QEventLoop loop;
    QList<QMetaObject::Connection> c;
    c << QObject::connect(service, &ProviderService::callsReceived, &loop, [&](const QList<Call> &batch) {
        o.calls += batch;
        ++o.batches;
        if (onBatch)
            onBatch(o);
    });
    c << QObject::connect(service, &ProviderService::progress, &loop, [&](const FetchProgress &p) { o.lastProgress = p; });
    c << QObject::connect(service, &ProviderService::warning, &loop, [&](const QString &w) { o.warnings << w; });
    c << QObject::connect(service, &ProviderService::finished, &loop, [&] { o.finished = true; loop.quit(); });
    c << QObject::connect(service, &ProviderService::canceled, &loop, [&] { o.canceled = true; loop.quit(); });
    c << QObject::connect(service, &ProviderService::failed, &loop, [&](const FetchError &e) {
        o.failed = true;
        o.error = e;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    start();
    if (!o.finished && !o.canceled && !o.failed)
        loop.exec();
    for (const auto &conn : c)
        QObject::disconnect(conn);
    return o;
}

} // namespace cdr::test
