// SPDX-License-Identifier: GPL-3.0-or-later
// The provider services over real HTTP on loopback against the project's fake provider
// server: single fetches, full list walks (exact id sets), injected 429/503s, Retry-After
// timed on the server's clock, cancel and resume, auth headers, secrets kept out of logs,
// and cross-host redirects refused. Hostile servers: tst_faultmatrix and tst_hostileservers.

#include "servicerun.h"

#include <fakeprovider/fakeproviderserver.h>
#include <providers/carrierxservice.h>
#include <providers/nexbroservice.h>
#include <providers/plivoservice.h>
#include <providers/servicefactory.h>
#include <providers/vobizservice.h>
#include <sim/trafficgenerator.h>

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace cdr;
using namespace Qt::StringLiterals;

namespace {

QMutex g_logMutex;
QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_logLines.append(message);
    }
    if (type != QtDebugMsg && type != QtInfoMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

using test::Outcome;
using test::run;

} // namespace

class TestProviderServices : public QObject
{
    Q_OBJECT

    static constexpr qint64 kCalls = 3000;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    // Calls over the last 20 days, so Plivo's 90-day retention does not cut them.
    TrafficGenerator m_generator{77, m_now.addDays(-20), m_now, kCalls};
    FakeProviderServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    const QList<Provider> m_providers{Provider::Plivo, Provider::Vobiz, Provider::CarrierX, Provider::NexBro};

    ProviderService::Config config(Provider p) const
    {
        const auto &c = m_server->credentials();
        ProviderService::Config cfg;
        cfg.baseUrl = m_server->baseUrl();
        cfg.transferTimeoutMs = 10000;
        cfg.retry.baseDelayMs = 20;
        cfg.retry.maxDelayMs = 200;
        switch (p) {
        case Provider::Plivo: cfg.accountId = c.plivoAuthId; cfg.secret = c.plivoToken; break;
        case Provider::Vobiz: cfg.accountId = c.vobizAuthId; cfg.secret = c.vobizToken; break;
        case Provider::CarrierX: cfg.secret = c.carrierxToken; cfg.pageSize = 100; break;
        case Provider::NexBro: cfg.secret = c.nexbroKey; break;
        default: break;
        }
        return cfg;
    }

    std::unique_ptr<ProviderService> service(Provider p, const ProviderService::Config &cfg) const
    {
        return std::unique_ptr<ProviderService>(ServiceFactory::create(p, cfg, m_network));
    }
    std::unique_ptr<ProviderService> service(Provider p) const { return service(p, config(p)); }

    // Whole days, so that Vobiz's date filters select exactly the same calls.
    FetchQuery wholeRange() const
    {
        FetchQuery q;
        q.since = QDateTime(m_now.addDays(-21).date(), QTime(0, 0), QTimeZone::utc());
        q.until = QDateTime(m_now.addDays(1).date(), QTime(0, 0), QTimeZone::utc());
        return q;
    }

    QSet<QString> expectedIds(Provider p, qint64 lo, qint64 hi) const
    {
        QSet<QString> s;
        for (qint64 i = lo; i < hi; ++i)
            s.insert(m_generator.callId(p, i));
        return s;
    }

private slots:
    void initTestCase()
    {
        m_server = new FakeProviderServer(m_generator, this);
        QVERIFY(m_server->listenLoopback() != 0);
        m_network = new QNetworkAccessManager(this);
    }

    void init()
    {
        m_server->clearFaults();
        m_server->clearRequestLog();
        m_server->setNexBroSinglePaths(true, true);
        for (Provider p : m_providers)
            m_server->setRateLimit(p, 0, 0);
    }

    void singleFetch_data()
    {
        QTest::addColumn<Provider>("provider");
        for (Provider p : m_providers)
            QTest::newRow(qPrintable(providerName(p))) << p;
    }
    void singleFetch()
    {
        QFETCH(Provider, provider);
        auto s = service(provider);
        const QString id = m_generator.callId(provider, 42);
        const Outcome o = run(s.get(), [&] { s->fetchCalls({id}); });
        QVERIFY2(o.finished, qPrintable(o.error.message));
        QCOMPARE(o.calls.size(), 1);
        const Call &c = o.calls.first();
        QCOMPARE(c.id, id);
        QCOMPARE(c.provider, provider);
        const auto truth = m_generator.truth(provider, 42);
        QCOMPARE(c.status, truth.status);
        QVERIFY(c.startTime.isValid());
        QVERIFY(qAbs(c.startTime.toMSecsSinceEpoch() - truth.startMs) < 1000);
    }

    void nexbroFallsBackToTheCurlSpelling()
    {
        m_server->setNexBroSinglePaths(false, true);
        auto s = service(Provider::NexBro);
        const QString id = m_generator.callId(Provider::NexBro, 7);
        const Outcome o = run(s.get(), [&] { s->fetchCalls({id}); });
        QVERIFY2(o.finished, qPrintable(o.error.message));
        QCOMPARE(o.calls.size(), 1);
        const auto log = m_server->requestLog();
        QCOMPARE(log.size(), 2);
        QVERIFY(log[0].path.contains(u"/v1/call/call-detail-record/"));
        QCOMPARE(log[0].status, 404);
        QVERIFY(log[1].path.contains(u"/v1/call-detail-record/"));
        QCOMPARE(log[1].status, 200);
    }

    void notFoundSaysNotAvailableYet()
    {
        auto s = service(Provider::CarrierX);
        const Outcome o = run(s.get(), [&] {
            s->fetchCalls({m_generator.callId(Provider::CarrierX, 1), u"00000000-0000-4000-8000-000000000000"_s});
        });
        QVERIFY(o.failed);
        QCOMPARE(o.error.kind, FetchError::Kind::NotFound);
        QVERIFY2(o.error.message.contains(u"not found, or not available yet"), qPrintable(o.error.message));
        QVERIFY(o.error.message.contains(u"CarrierX"));
        QCOMPARE(o.calls.size(), 1); // the other call still arrived
    }

    void fullWalk_data() { singleFetch_data(); }
    void fullWalk()
    {
        QFETCH(Provider, provider);
        auto s = service(provider);
        const Outcome o = run(s.get(), [&] { s->listCalls(wholeRange()); });
        QVERIFY2(o.finished, qPrintable(o.error.message));
        QCOMPARE(o.calls.size(), qsizetype(kCalls));  // nothing duplicated ...
        QCOMPARE(o.ids(), expectedIds(provider, 0, kCalls)); // ... nothing lost
        QVERIFY(o.batches > 10);
        for (const Call &c : o.calls)
            QCOMPARE(c.provider, provider);
        QCOMPARE(o.lastProgress.calls, kCalls);
    }

    void partialRangeIsExact_data()
    {
        QTest::addColumn<Provider>("provider");
        for (Provider p : {Provider::Plivo, Provider::CarrierX, Provider::NexBro})
            QTest::newRow(qPrintable(providerName(p))) << p;
    }
    void partialRangeIsExact()
    {
        QFETCH(Provider, provider);
        // Whole seconds (the APIs' filter resolution), strictly inside the stream.
        const auto ceilSecond = [](qint64 ms) { return (ms + 999) / 1000 * 1000; };
        const qint64 sinceMs = ceilSecond(m_generator.startMs(provider, 700));
        const qint64 untilMs = ceilSecond(m_generator.startMs(provider, 2200));
        FetchQuery q;
        q.since = QDateTime::fromMSecsSinceEpoch(sinceMs, QTimeZone::utc());
        q.until = QDateTime::fromMSecsSinceEpoch(untilMs, QTimeZone::utc());
        auto s = service(provider);
        const Outcome o = run(s.get(), [&] { s->listCalls(q); });
        QVERIFY2(o.finished, qPrintable(o.error.message));
        const qint64 lo = m_generator.firstIndexAtOrAfter(provider, sinceMs);
        const qint64 hi = m_generator.firstIndexAtOrAfter(provider, untilMs);
        QCOMPARE(o.calls.size(), qsizetype(hi - lo));
        QCOMPARE(o.ids(), expectedIds(provider, lo, hi));
    }

    void plivoSplitsWindowsAndClampsRetention()
    {
        FetchQuery q;
        q.since = m_now.addDays(-200);
        q.until = m_now.addSecs(60);
        auto s = service(Provider::Plivo);
        const Outcome o = run(s.get(), [&] { s->listCalls(q); });
        QVERIFY2(o.finished, qPrintable(o.error.message));
        QCOMPARE(o.warnings.size(), 1);
        QVERIFY2(o.warnings.first().contains(u"90 days"), qPrintable(o.warnings.first()));
        QCOMPARE(o.ids(), expectedIds(Provider::Plivo, 0, kCalls));
        // Every request stayed within 30 days and 90 days back (the fake answers 400 otherwise).
        int windows = 0;
        for (const auto &r : m_server->requestLog()) {
            QCOMPARE(r.status, 200);
            if (r.query.queryItemValue(u"offset"_s) == u"0")
                ++windows;
        }
        QCOMPARE(windows, 3);

        FetchQuery old;
        old.since = m_now.addDays(-200);
        old.until = m_now.addDays(-100);
        const Outcome none = run(s.get(), [&] { s->listCalls(old); });
        QVERIFY(none.failed);
        QCOMPARE(none.error.kind, FetchError::Kind::BadRequest);
        QVERIFY(none.error.message.contains(u"90 days"));
    }

    void walkSurvivesInjected429And503_data() { singleFetch_data(); }
    void walkSurvivesInjected429And503()
    {
        QFETCH(Provider, provider);
        // At most six faults in all (2 + 2 + 2), one fewer than the seven attempts a request gets:
        // the faults count requests server-wide, so with unlimited faults Plivo's parallel page
        // requests could land one retried request on a fault slot seven times in a row when the
        // machine is loaded (8 of 40 runs failed so, "gave up after 7 attempts"). The walk must
        // survive these faults whatever the timing; the 429 storm is tst_faultmatrix's job.
        FakeProviderServer::Fault f503;
        f503.status = 503;
        f503.every = 4;
        f503.count = 2;
        f503.skip = 1;
        m_server->addFault(f503);
        FakeProviderServer::Fault f429;
        f429.status = 429;
        f429.retryAfterS = 0;
        f429.every = 5;
        f429.count = 2;
        m_server->addFault(f429);
        FakeProviderServer::Fault truncated;
        truncated.kind = FakeProviderServer::Fault::Kind::Truncate;
        truncated.skip = 3;
        truncated.count = 2;
        m_server->addFault(truncated);
        auto s = service(provider);
        const Outcome o = run(s.get(), [&] { s->listCalls(wholeRange()); });
        QVERIFY2(o.finished, qPrintable(o.error.message));
        QCOMPARE(o.calls.size(), qsizetype(kCalls));
        QCOMPARE(o.ids(), expectedIds(provider, 0, kCalls));
        int n429 = 0, n503 = 0;
        for (const auto &r : m_server->requestLog()) {
            n429 += r.status == 429;
            n503 += r.status == 503;
        }
        QVERIFY(n429 > 0);
        QVERIFY(n503 > 0);
        QVERIFY(o.lastProgress.retries >= n429 + n503);
    }

    void exhaustedRetriesFail()
    {
        FakeProviderServer::Fault f;
        f.status = 500;
        f.count = -1;
        m_server->addFault(f);
        auto cfg = config(Provider::Vobiz);
        cfg.retry.maxRetries = 2;
        auto s = service(Provider::Vobiz, cfg);
        const Outcome o = run(s.get(), [&] { s->listCalls(wholeRange()); });
        QVERIFY(o.failed);
        QCOMPARE(o.error.kind, FetchError::Kind::RetriesExhausted);
        QVERIFY2(o.error.message.contains(u"gave up after 3 attempts"), qPrintable(o.error.message));
        QCOMPARE(m_server->requestLog().size(), 3);
        QVERIFY(s->canResume());
    }

    void retryAfterHonoured_data()
    {
        QTest::addColumn<Provider>("provider");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("minGapMs");
        QTest::newRow("seconds") << Provider::Vobiz << u"429;retry-after=2"_s << 2000;
        QTest::newRow("http-date") << Provider::Plivo << u"429;retry-after-date=1"_s << 1000;
        QTest::newRow("nexbro-reset") << Provider::NexBro << u"429;reset=1"_s << 1000;
    }
    void retryAfterHonoured()
    {
        QFETCH(Provider, provider);
        QFETCH(QString, fault);
        QFETCH(int, minGapMs);
        auto f = FakeProviderServer::parseFault(fault);
        QVERIFY(f);
        m_server->addFault(*f);
        auto s = service(provider);
        const QString id = m_generator.callId(provider, 3);
        const Outcome o = run(s.get(), [&] { s->fetchCalls({id}); });
        QVERIFY2(o.finished, qPrintable(o.error.message));
        const auto log = m_server->requestLog();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].status, 429);
        // Timed on the server's own clock: the retry did not arrive before the server allowed it.
        const qint64 gap = log[1].receivedMs - log[0].receivedMs;
        QVERIFY2(gap >= minGapMs - 5, qPrintable(u"retried after %1 ms"_s.arg(gap)));
    }

    void cancelThenResume_data()
    {
        QTest::addColumn<Provider>("provider");
        QTest::addColumn<bool>("acrossRestart");
        QTest::newRow("plivo") << Provider::Plivo << false;
        QTest::newRow("carrierx-cursor") << Provider::CarrierX << false;
        QTest::newRow("nexbro-restart") << Provider::NexBro << true;
    }
    void cancelThenResume()
    {
        QFETCH(Provider, provider);
        QFETCH(bool, acrossRestart);
        auto cfg = config(provider);
        cfg.rateRequests = 20;   // slow enough to cancel in the middle
        cfg.rateWindowMs = 200;
        cfg.maxInFlight = 3;
        auto s = service(provider, cfg);
        ProviderService *raw = s.get();
        const Outcome first = run(raw, [&] { raw->listCalls(wholeRange()); }, [raw](Outcome &o) {
            if (o.batches == 4)
                raw->cancel();
        });
        QVERIFY(first.canceled);
        QVERIFY(!first.finished);
        QVERIFY(first.calls.size() < kCalls);
        QVERIFY(raw->canResume());
        // Really stopped: requests already on the wire may still reach the server (it runs in
        // this thread), but no new ones are sent.
        const int requestsAtCancel = int(m_server->requestLog().size());
        QTest::qWait(300);
        const int settled = int(m_server->requestLog().size());
        QVERIFY(settled <= requestsAtCancel + cfg.maxInFlight);
        QTest::qWait(300);
        QCOMPARE(int(m_server->requestLog().size()), settled);

        std::unique_ptr<ProviderService> second;
        if (acrossRestart) {
            const QJsonObject state = raw->saveState();
            QVERIFY(!QJsonDocument(state).toJson().contains(cfg.secret.toUtf8()));
            s.reset();
            second = service(provider, cfg);
            QVERIFY(second->restoreState(state));
            raw = second.get();
        }
        const Outcome rest = run(raw, [&] { raw->resume(); });
        QVERIFY2(rest.finished, qPrintable(rest.error.message));
        QSet<QString> all = first.ids();
        const QSet<QString> later = rest.ids();
        QVERIFY(!all.intersects(later)); // resumed, not restarted: nothing delivered twice
        all.unite(later);
        QCOMPARE(first.calls.size() + rest.calls.size(), qsizetype(kCalls));
        QCOMPARE(all, expectedIds(provider, 0, kCalls));
    }

    void authHeadersExact_data() { singleFetch_data(); }
    void authHeadersExact()
    {
        QFETCH(Provider, provider);
        auto s = service(provider);
        const Outcome o = run(s.get(), [&] { s->fetchCalls({m_generator.callId(provider, 9)}); });
        QVERIFY2(o.finished, qPrintable(o.error.message));
        const auto log = m_server->requestLog();
        QVERIFY(!log.isEmpty());
        const auto &r = log.first();
        const auto &c = m_server->credentials();
        switch (provider) {
        case Provider::Plivo:
            QCOMPARE(r.header("Authorization"), "Basic " + QByteArray(c.plivoAuthId.toUtf8() + ':' + c.plivoToken.toUtf8()).toBase64());
            QVERIFY(r.path.startsWith(u"/v1/Account/"_s + c.plivoAuthId + u"/Call/"));
            QVERIFY(r.path.endsWith(u'/'));
            break;
        case Provider::Vobiz:
            QCOMPARE(r.header("X-Auth-ID"), c.vobizAuthId.toUtf8());
            QCOMPARE(r.header("X-Auth-Token"), c.vobizToken.toUtf8());
            QVERIFY(!r.hasHeader("Authorization"));
            QVERIFY(r.path.startsWith(u"/api/v1/Account/"_s + c.vobizAuthId + u"/cdr/"));
            break;
        case Provider::CarrierX:
            QCOMPARE(r.header("Authorization"), "Bearer " + c.carrierxToken.toUtf8());
            QVERIFY(r.path.startsWith(u"/core/v2/calls/call_drs/"));
            break;
        case Provider::NexBro:
            QCOMPARE(r.header("X-API-KEY"), c.nexbroKey.toUtf8());
            QVERIFY(!r.hasHeader("Authorization"));
            break;
        default:
            break;
        }
        QCOMPARE(r.header("Accept"), QByteArray("application/json"));
    }

    void authFailureStopsAtOnce_data() { singleFetch_data(); }
    void authFailureStopsAtOnce()
    {
        QFETCH(Provider, provider);
        auto cfg = config(provider);
        cfg.secret = u"wrong-secret"_s;
        auto s = service(provider, cfg);
        const Outcome o = run(s.get(), [&] { s->listCalls(wholeRange()); });
        QVERIFY(o.failed);
        QCOMPARE(o.error.kind, FetchError::Kind::Auth);
        QCOMPARE(o.error.httpStatus, 401);
        QVERIFY(o.error.message.contains(providerDisplayName(provider)));
        QVERIFY(o.error.message.contains(u"credentials"));
        QVERIFY(o.error.message.contains(u"whitelist"));
        QCOMPARE(m_server->requestLog().size(), 1); // no retries on 401

        // 403 (IP not whitelisted) likewise.
        m_server->addFault(*FakeProviderServer::parseFault(u"403"_s));
        auto ok = service(provider);
        const Outcome forbidden = run(ok.get(), [&] { ok->fetchCalls({m_generator.callId(provider, 1)}); });
        QVERIFY(forbidden.failed);
        QCOMPARE(forbidden.error.kind, FetchError::Kind::Auth);
        QCOMPARE(forbidden.error.httpStatus, 403);
    }

    void sentinelSecretNeverLogged()
    {
        const QString sentinel = u"SENTINEL-7f3a9c-SECRET"_s;
        FakeProviderServer::Credentials creds = m_server->credentials();
        const FakeProviderServer::Credentials saved = creds;
        creds.plivoToken = sentinel;
        creds.vobizToken = sentinel;
        creds.carrierxToken = sentinel;
        creds.nexbroKey = sentinel;
        m_server->setCredentials(creds);
        QLoggingCategory::setFilterRules(u"cdr.*=true"_s);
        g_logLines.clear();
        g_previousHandler = qInstallMessageHandler(captureMessages);
        QStringList messages;
        for (Provider p : m_providers) {
            m_server->clearFaults();
            m_server->addFault(*FakeProviderServer::parseFault(u"503;count=2"_s));
            m_server->addFault(*FakeProviderServer::parseFault(u"redirect;count=1;skip=2"_s));
            auto cfg = config(p);
            cfg.secret = sentinel;
            auto s = service(p, cfg);
            FetchQuery q = wholeRange();
            q.maxCalls = 300;
            const Outcome o = run(s.get(), [&] { s->listCalls(q); });
            messages << o.error.message << o.warnings;
            // And a failing one: wrong secret that contains the sentinel too.
            cfg.secret = sentinel + u"-wrong"_s;
            auto bad = service(p, cfg);
            const Outcome b = run(bad.get(), [&] { bad->fetchCalls({m_generator.callId(p, 2)}); });
            QVERIFY(b.failed);
            messages << b.error.message;
        }
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
        m_server->setCredentials(saved);
        QVERIFY(g_logLines.size() > 10); // debug logging really ran
        const QByteArray b64 = sentinel.toUtf8().toBase64();
        for (const QString &line : std::as_const(g_logLines) + messages) {
            QVERIFY2(!line.contains(sentinel), qPrintable(line));
            QVERIFY2(!line.contains(QString::fromLatin1(b64.left(16))), qPrintable(line));
        }
    }

    void crossHostRedirectIsRefused_data() { singleFetch_data(); }
    void crossHostRedirectIsRefused()
    {
        QFETCH(Provider, provider);
        m_server->addFault(*FakeProviderServer::parseFault(u"redirect"_s));
        auto s = service(provider);
        const Outcome o = run(s.get(), [&] { s->fetchCalls({m_generator.callId(provider, 5)}); });
        // Not followed at all: the credential never travels, and the user is told where it pointed.
        const auto log = m_server->requestLog();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log[0].status, 302);
        QCOMPARE(log[0].host, u"127.0.0.1"_s);
        QVERIFY(o.failed);
        QCOMPARE(o.error.kind, FetchError::Kind::Protocol);
        QVERIFY2(o.error.message.contains(providerDisplayName(provider)) && o.error.message.contains(u"http://localhost:"),
                 qPrintable(o.error.message));

        // A redirect within the same host keeps them and succeeds.
        m_server->clearRequestLog();
        m_server->addFault(*FakeProviderServer::parseFault(u"redirect-same"_s));
        const Outcome same = run(s.get(), [&] { s->fetchCalls({m_generator.callId(provider, 5)}); });
        QVERIFY2(same.finished, qPrintable(same.error.message));
        QCOMPARE(same.calls.size(), 1);
        QCOMPARE(m_server->requestLog().size(), 2);
    }

    void oversizeAndSlowResponses()
    {
        m_server->addFault(*FakeProviderServer::parseFault(u"oversize"_s));
        auto cfg = config(Provider::CarrierX);
        cfg.maxBodyBytes = 8 * 1024 * 1024;
        auto s = service(Provider::CarrierX, cfg);
        const Outcome big = run(s.get(), [&] { s->fetchCalls({m_generator.callId(Provider::CarrierX, 1)}); });
        QVERIFY(big.failed);
        QCOMPARE(big.error.kind, FetchError::Kind::Protocol);
        QVERIFY(big.error.message.contains(u"larger than"));

        // A response slower than the transfer timeout is retried, and the retry succeeds.
        m_server->clearFaults();
        m_server->addFault(*FakeProviderServer::parseFault(u"slow;delay=1500"_s));
        cfg.transferTimeoutMs = 300;
        auto slow = service(Provider::CarrierX, cfg);
        const Outcome o = run(slow.get(), [&] { slow->fetchCalls({m_generator.callId(Provider::CarrierX, 1)}); });
        QVERIFY2(o.finished, qPrintable(o.error.message));
        QCOMPARE(o.calls.size(), 1);
        QVERIFY(o.lastProgress.retries >= 1);

        // A truncated JSON body is retried too.
        m_server->clearFaults();
        m_server->addFault(*FakeProviderServer::parseFault(u"truncate-json"_s));
        const Outcome t = run(slow.get(), [&] { slow->fetchCalls({m_generator.callId(Provider::CarrierX, 2)}); });
        QVERIFY2(t.finished, qPrintable(t.error.message));
        QCOMPARE(t.calls.size(), 1);
    }

    void wrongShapeSingleCallFails_data() { singleFetch_data(); }
    void wrongShapeSingleCallFails()
    {
        // Valid JSON that holds no call must not end a fetch as "done, 0 calls".
        QFETCH(Provider, provider);
        m_server->addFault(*FakeProviderServer::parseFault(u"wrong-shape"_s));
        auto s = service(provider);
        const QString id = m_generator.callId(provider, 11);
        const Outcome o = run(s.get(), [&] { s->fetchCalls({id}); });
        QVERIFY(o.failed);
        QCOMPARE(o.error.kind, FetchError::Kind::Protocol);
        QVERIFY2(o.error.message.contains(u"holds no call record") && o.error.message.contains(id), qPrintable(o.error.message));
        QCOMPARE(m_server->requestLog().size(), 1);
    }

    void tamperedStateIsRefused()
    {
        // A saved position is read from a file: out-of-range numbers are refused, not converted.
        auto cfg = config(Provider::NexBro);
        cfg.maxPagesPerRun = 2;
        auto s = service(Provider::NexBro, cfg);
        const Outcome first = run(s.get(), [&] { s->listCalls(wholeRange()); });
        QVERIFY(first.failed && s->canResume());
        const QJsonObject good = s->saveState();
        for (const auto &[key, value] : {std::pair{u"windowPages"_s, QJsonValue(1e300)}, std::pair{u"window"_s, QJsonValue(-5)},
                                         std::pair{u"windowTotal"_s, QJsonValue(-1e300)}, std::pair{u"delivered"_s, QJsonValue(1e19)},
                                         std::pair{u"pagesDone"_s, QJsonValue(QJsonArray{0, 1e300})},
                                         std::pair{u"nextPage"_s, QJsonValue(u"x"_s)}}) {
            QJsonObject bad = good;
            bad.insert(key, value);
            auto other = service(Provider::NexBro, cfg);
            QVERIFY2(!other->restoreState(bad), qPrintable(key));
            QVERIFY(!other->canResume());
        }
        auto fresh = service(Provider::NexBro);
        QVERIFY(fresh->restoreState(good));
        const Outcome rest = run(fresh.get(), [&] { fresh->resume(); });
        QVERIFY2(rest.finished, qPrintable(rest.error.message));
        QCOMPARE(first.ids() + rest.ids(), expectedIds(Provider::NexBro, 0, kCalls));
        QVERIFY(!first.ids().intersects(rest.ids()));
    }

    void pageCapStopsAndResumes_data() { singleFetch_data(); }
    void pageCapStopsAndResumes()
    {
        // A run stops after maxPagesPerRun pages with a message, resumably; resuming run by
        // run still delivers every call exactly once.
        QFETCH(Provider, provider);
        auto cfg = config(provider);
        cfg.pageSize = 100;
        cfg.maxPagesPerRun = 7;
        auto s = service(provider, cfg);
        Outcome o = run(s.get(), [&] { s->listCalls(wholeRange()); });
        QVERIFY(o.failed);
        QCOMPARE(o.error.kind, FetchError::Kind::Protocol);
        QVERIFY2(o.error.message.contains(u"stopped after 7 pages, the limit for one run"), qPrintable(o.error.message));
        QVERIFY(o.error.message.contains(providerDisplayName(provider)));
        QVERIFY(s->canResume());
        const int maxPages = provider == Provider::Plivo ? 20 : 100; // Plivo pages hold at most 20
        QCOMPARE(int(m_server->requestLog().size()), 7);
        QList<Call> all = o.calls;
        int runs = 1;
        while (o.failed && s->canResume() && runs < 100) {
            o = run(s.get(), [&] { s->resume(); });
            all += o.calls;
            ++runs;
        }
        QVERIFY2(o.finished, qPrintable(o.error.message));
        QCOMPARE(runs, int((kCalls + maxPages - 1) / maxPages + 6) / 7);
        QCOMPARE(all.size(), qsizetype(kCalls));
        QSet<QString> ids;
        for (const Call &c : std::as_const(all))
            ids.insert(c.id);
        QCOMPARE(ids, expectedIds(provider, 0, kCalls));
    }

    void maxCallsStopsEarly()
    {
        FetchQuery q = wholeRange();
        q.maxCalls = 250;
        auto s = service(Provider::Vobiz);
        const Outcome o = run(s.get(), [&] { s->listCalls(q); });
        QVERIFY(o.finished);
        QCOMPARE(o.calls.size(), 250);
    }

    void vobizExportAndRecent()
    {
        auto s = std::unique_ptr<VobizService>(new VobizService(config(Provider::Vobiz), m_network));
        const Outcome recent = run(s.get(), [&] { s->fetchRecent(25); });
        QVERIFY2(recent.finished, qPrintable(recent.error.message));
        QCOMPARE(recent.calls.size(), 25);
        QCOMPARE(recent.calls.first().id, m_generator.callId(Provider::Vobiz, kCalls - 1));

        m_server->clearRequestLog();
        FetchQuery q = wholeRange();
        const Outcome csv = run(s.get(), [&] { s->exportCsv(q); });
        QVERIFY2(csv.finished, qPrintable(csv.error.message));
        QCOMPARE(m_server->requestLog().size(), 1);
        QVERIFY(!m_server->requestLog().first().header("Accept").contains("application/json"));
        QCOMPARE(m_server->requestLog().first().status, 200);
        QCOMPARE(csv.ids(), expectedIds(Provider::Vobiz, 0, kCalls));
    }
};

QTEST_GUILESS_MAIN(TestProviderServices)
#include "tst_providerservices.moc"
