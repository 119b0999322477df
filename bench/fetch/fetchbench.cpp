// SPDX-License-Identifier: GPL-3.0-or-later
// cdr-fetch-bench: walks N calls from the fake provider server (in its own thread, enforcing
// the same rate limit with 429s) and prints calls/s and the ratio of the wall time to the
// rate-limit floor (goal P8: <= 1.1x, with 0 lost or duplicated calls). The naive baseline,
// measured in the same run on a slice of the calls: one request at a time, no client-side
// pacing, leaning on the server's 429/Retry-After. Prints numbers; asserts nothing.

#include <benchserver.h>

#include <providers/servicefactory.h>
#include <sim/trafficgenerator.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSet>
#include <QThread>
#include <QTimeZone>

#include <cstdio>

using namespace cdr;
using namespace Qt::StringLiterals;

namespace {

struct Result
{
    qint64 calls = 0;
    qint64 duplicates = 0;
    qint64 missing = 0;
    qint64 elapsedMs = 0;
    qint64 pages = 0;
    int retries = 0;
    bool ok = false;
    QString error;
};

Result walk(Provider provider, const TrafficGenerator &gen, const QUrl &base, const FakeProviderServer::Credentials &c,
            int rateRequests, qint64 rateWindowMs, int inFlight, qint64 maxCalls)
{
    ProviderService::Config cfg;
    cfg.baseUrl = base;
    cfg.rateRequests = rateRequests;
    cfg.rateWindowMs = rateWindowMs;
    cfg.maxInFlight = inFlight;
    switch (provider) {
    case Provider::Plivo: cfg.accountId = c.plivoAuthId; cfg.secret = c.plivoToken; break;
    case Provider::Vobiz: cfg.accountId = c.vobizAuthId; cfg.secret = c.vobizToken; break;
    case Provider::CarrierX: cfg.secret = c.carrierxToken; break;
    default: cfg.secret = c.nexbroKey; break;
    }
    QNetworkAccessManager network;
    std::unique_ptr<ProviderService> service(ServiceFactory::create(provider, cfg, &network));
    Result r;
    QSet<QString> seen;
    seen.reserve(int(std::min<qint64>(maxCalls, gen.callCount())));
    QEventLoop loop;
    QObject::connect(service.get(), &ProviderService::callsReceived, &loop, [&](const QList<Call> &batch) {
        for (const Call &call : batch) {
            if (seen.contains(call.id))
                ++r.duplicates;
            seen.insert(call.id);
        }
        r.calls += batch.size();
    });
    QObject::connect(service.get(), &ProviderService::progress, &loop, [&](const FetchProgress &p) {
        r.pages = p.pagesDone;
        r.retries = p.retries;
    });
    QObject::connect(service.get(), &ProviderService::finished, &loop, [&] { r.ok = true; loop.quit(); });
    QObject::connect(service.get(), &ProviderService::failed, &loop, [&](const FetchError &e) { r.error = e.message; loop.quit(); });
    FetchQuery q;
    q.since = QDateTime(gen.rangeStart().date(), QTime(0, 0), QTimeZone::utc());
    q.until = QDateTime(gen.rangeEnd().date().addDays(1), QTime(0, 0), QTimeZone::utc());
    q.maxCalls = maxCalls;
    QElapsedTimer timer;
    timer.start();
    service->listCalls(q);
    if (service->isRunning())
        loop.exec();
    r.elapsedMs = timer.elapsed();
    const qint64 expected = std::min(maxCalls < 0 ? gen.callCount() : maxCalls, gen.callCount());
    r.missing = expected - qint64(seen.size());
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption providerOpt(u"provider"_s, u"plivo (default), vobiz, carrierx or nexbro"_s, u"name"_s, u"plivo"_s);
    const QCommandLineOption callsOpt(u"calls"_s, u"calls to walk (default 100000)"_s, u"n"_s, u"100000"_s);
    const QCommandLineOption rateOpt(u"rate"_s, u"rate limit REQUESTS/WINDOW_MS (default 300/5000, Plivo's)"_s, u"r"_s, u"300/5000"_s);
    const QCommandLineOption inFlightOpt(u"in-flight"_s, u"pages in flight (default 4)"_s, u"n"_s, u"4"_s);
    const QCommandLineOption naiveOpt(u"naive-calls"_s, u"calls for the naive baseline (default calls/10; 0 = skip)"_s, u"n"_s);
    parser.addOptions({providerOpt, callsOpt, rateOpt, inFlightOpt, naiveOpt});
    parser.process(app);

    const Provider provider = providerFromName(parser.value(providerOpt)).value_or(Provider::Plivo);
    const qint64 calls = std::max<qint64>(1, parser.value(callsOpt).toLongLong());
    const QStringList rate = parser.value(rateOpt).split(u'/');
    const int rateRequests = rate.value(0).toInt();
    const qint64 rateWindow = rate.value(1).toLongLong();
    if (rateRequests <= 0 || rateWindow <= 0) {
        std::fprintf(stderr, "--rate expects REQUESTS/WINDOW_MS\n");
        return 2;
    }
    const int inFlight = std::max(1, parser.value(inFlightOpt).toInt());
    const qint64 naiveCalls = parser.isSet(naiveOpt) ? parser.value(naiveOpt).toLongLong() : calls / 10;

    // The server runs in its own thread, as a remote API would, and enforces the same limit.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TrafficGenerator gen(2024, now.addDays(-20), now, calls);
    BenchServer server(gen);
    if (!server.isListening()) {
        std::fprintf(stderr, "cannot listen\n");
        return 1;
    }
    server.run([&](FakeProviderServer &s) { s.setRateLimit(provider, rateRequests, rateWindow); });
    const QUrl base = server.baseUrl();
    const auto creds = server.credentials();

    const int pageSize = provider == Provider::Plivo ? 20 : provider == Provider::CarrierX ? 1000 : 100;
    const auto floorMs = [&](qint64 n) {
        const qint64 pages = (n + pageSize - 1) / pageSize;
        return pages <= rateRequests ? 0 : ((pages - 1) / rateRequests) * rateWindow;
    };
    const auto report = [&](const char *label, const Result &r, qint64 n) {
        const qint64 floor = floorMs(n);
        std::printf("%-8s %8lld calls  %6lld pages  %8.1f s  %9.0f calls/s  floor %7.1f s  ratio %5.3fx  "
                    "429s %lld  retries %d  lost %lld  duplicates %lld%s%s\n",
                    label, qint64(r.calls), r.pages, r.elapsedMs / 1000.0, r.calls * 1000.0 / std::max<qint64>(1, r.elapsedMs),
                    floor / 1000.0, floor > 0 ? double(r.elapsedMs) / floor : 0.0, server.take429Count(), r.retries,
                    r.missing, r.duplicates, r.ok ? "" : "  FAILED: ", r.ok ? "" : qPrintable(r.error));
    };

    std::printf("cdr-fetch-bench: %s, %lld calls, %d requests / %lld ms, %d pages of %d in flight\n",
                qPrintable(providerDisplayName(provider)), calls, rateRequests, rateWindow,
                provider == Provider::CarrierX ? 1 : inFlight, pageSize);
    if (naiveCalls > 0) {
        // Naive: one request at a time, no pacing of its own; the server's 429s slow it down.
        const Result naive = walk(provider, gen, base, creds, 0, 0, 1, naiveCalls);
        report("naive", naive, naiveCalls);
        QThread::msleep(quint64(rateWindow + 200)); // let the server's window empty before the next run
    }
    const Result paced = walk(provider, gen, base, creds, rateRequests, rateWindow, inFlight, -1);
    report("paced", paced, calls);

    return paced.ok ? 0 : 1;
}
