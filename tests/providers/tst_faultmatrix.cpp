// SPDX-License-Identifier: GPL-3.0-or-later
// The network fault matrix (issue 14, docs/reliability.md "Network"): every provider against
// every fault the fake provider server (or a dead port, a .invalid host, or a TLS client on a
// plain port) can produce on loopback. Each row asserts
//  - the outcome and a clear message that names the provider and the cause;
//  - bounded retries, counted in the server's request log (per URL);
//  - no call lost or duplicated: the calls delivered, plus those of a resume after the fault
//    is lifted (or a fresh walk where resume does not apply), are exactly the generator's set;
//  - bounded time, through a generous safety net only (not a performance assertion).
// Timeouts are shortened through the service's options so the whole matrix stays fast; under
// AddressSanitizer (or with CDR_TEST_TIME_SCALE=N) every time in it is N times longer, since a
// sanitized client and server on a busy machine miss 0.4 s idle timeouts on healthy replies.

#include "servicerun.h"

#include <fakeprovider/fakeproviderserver.h>
#include <providers/servicefactory.h>
#include <session/translators.h>
#include <sim/trafficgenerator.h>

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace cdr;
using namespace Qt::StringLiterals;

namespace {

enum class Op { Walk, SingleUnknown, Refused, Dns, Tls };

// How much longer every time in the matrix is: CDR_TEST_TIME_SCALE, else 4 in a build with
// AddressSanitizer (about 2-4x slower here, more on a loaded machine), else 1.
int timeScale()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("CDR_TEST_TIME_SCALE", &ok);
    if (ok && fromEnv >= 1)
        return fromEnv;
#if defined(__SANITIZE_ADDRESS__)
    return 4;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return 4;
#endif
#endif
    return 1;
}
const int kScale = timeScale();

// A duration as the service words it (ProviderService's formatDuration) for the times here.
QString seconds(int ms)
{
    return ms % 1000 == 0 ? u"%1 s"_s.arg(ms / 1000) : u"%1 s"_s.arg(QString::number(ms / 1000.0, 'f', 1));
}

QString urlKey(const QString &path, const QUrlQuery &query)
{
    return path + u'?' + query.toString(QUrl::FullyEncoded);
}

// The network the services use, counting every request they make: ProviderService's own
// attempts (retries and redirects included), as opposed to what reaches the server. It passes
// every request on to Qt unchanged; nothing is mocked.
class CountingNetwork : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    QHash<QString, int> made;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++made[urlKey(request.url().path(), QUrlQuery(request.url()))];
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// Where a provider's list requests go, to aim a fault at them (and not at single calls).
QString listPath(Provider p)
{
    switch (p) {
    case Provider::Plivo: return u"/Call/"_s;
    case Provider::Vobiz: return u"/cdr"_s;
    case Provider::CarrierX: return u"/call_drs"_s;
    case Provider::NexBro: return u"call-detail-records"_s;
    default: return QString();
    }
}

} // namespace

Q_DECLARE_METATYPE(Op)

class TestFaultMatrix : public QObject
{
    Q_OBJECT

    static constexpr qint64 kCalls = 300;
    static constexpr int kMaxRetries = 1;
    static constexpr int kMaxInFlight = 2;
    const int m_idleMs = 400 * kScale;
    const int m_totalMs = 1200 * kScale;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
    TrafficGenerator m_generator{1414, m_now.addDays(-2), m_now, kCalls};
    FakeProviderServer *m_server = nullptr;
    CountingNetwork *m_network = nullptr;
    quint16 m_tlsPort = 0;
    const QList<Provider> m_providers{Provider::Plivo, Provider::Vobiz, Provider::CarrierX, Provider::NexBro};

    ProviderService::Config config(Provider p, const QUrl &base) const
    {
        const auto &c = m_server->credentials();
        ProviderService::Config cfg;
        cfg.baseUrl = base;
        cfg.transferTimeoutMs = m_idleMs;
        cfg.requestTimeoutMs = m_totalMs;
        cfg.maxInFlight = kMaxInFlight;
        cfg.retry.maxRetries = kMaxRetries;
        cfg.retry.baseDelayMs = 10;
        cfg.retry.maxDelayMs = 40;
        cfg.retry.maxServerWaitMs = 1500;
        switch (p) {
        case Provider::Plivo: cfg.accountId = c.plivoAuthId; cfg.secret = c.plivoToken; break;
        case Provider::Vobiz: cfg.accountId = c.vobizAuthId; cfg.secret = c.vobizToken; cfg.pageSize = 50; break;
        case Provider::CarrierX: cfg.secret = c.carrierxToken; cfg.pageSize = 50; break;
        case Provider::NexBro: cfg.secret = c.nexbroKey; cfg.pageSize = 50; break;
        default: break;
        }
        return cfg;
    }

    FetchQuery wholeRange() const
    {
        FetchQuery q;
        q.since = QDateTime(m_now.addDays(-3).date(), QTime(0, 0), QTimeZone::utc());
        q.until = QDateTime(m_now.addDays(1).date(), QTime(0, 0), QTimeZone::utc());
        return q;
    }

    QSet<QString> expectedIds(Provider p) const
    {
        QSet<QString> s;
        for (qint64 i = 0; i < kCalls; ++i)
            s.insert(m_generator.callId(p, i));
        return s;
    }

    // Every spelling of the credential that was sent, for the echo rows.
    QStringList sentSecrets(Provider p) const
    {
        const auto &c = m_server->credentials();
        switch (p) {
        case Provider::Plivo: {
            const QByteArray pair = c.plivoAuthId.toUtf8() + ':' + c.plivoToken.toUtf8();
            return {c.plivoToken, QString::fromUtf8(pair), QString::fromLatin1(pair.toBase64())};
        }
        case Provider::Vobiz: return {c.vobizToken, c.vobizAuthId + u':' + c.vobizToken};
        case Provider::CarrierX: return {c.carrierxToken, u"Bearer "_s + c.carrierxToken};
        case Provider::NexBro: return {c.nexbroKey};
        default: return {};
        }
    }

private slots:
    void initTestCase()
    {
        // The messages as the CLI and the app print them: the English plural forms ("7 days")
        // come from the English translation file, loaded as both load it.
#ifdef CDR_QM_DIR
        Translators::setDirectory(QStringLiteral(CDR_QM_DIR));
#endif
        QVERIFY(Translators::apply(QStringLiteral("en")));
        m_server = new FakeProviderServer(m_generator, this);
        QVERIFY(m_server->listenLoopback() != 0);
        m_network = new CountingNetwork(this);
        QFile cert(QStringLiteral(CDR_TEST_DATA_DIR "/selfsigned-cert.pem"));
        QFile key(QStringLiteral(CDR_TEST_DATA_DIR "/selfsigned-key.pem"));
        QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        m_tlsPort = m_server->listenTlsLoopback(cert.readAll(), key.readAll());
    }

    void init()
    {
        // Requests the last row aborted may still be on the wire: let the server take them
        // first, so they neither use up this row's faults nor count in its log.
        QTest::qWait(20);
        m_server->clearFaults();
        m_server->clearRequestLog();
        m_network->made.clear();
    }

    void matrix_data()
    {
        QTest::addColumn<Provider>("provider");
        QTest::addColumn<Op>("op");
        QTest::addColumn<QString>("fault");         // aimed at the 2nd list request onwards
        QTest::addColumn<bool>("finishes");
        QTest::addColumn<int>("kind");              // FetchError::Kind when it fails
        QTest::addColumn<QStringList>("says");      // in the error (or, when it finishes, the warnings)
        QTest::addColumn<int>("perUrl");            // requests one URL may draw under the fault; -1 = unchecked
        QTest::addColumn<bool>("resumable");
        QTest::addColumn<int>("serverWaitCapMs");
        QTest::addColumn<int>("totalTimeoutMs");

        using K = FetchError::Kind;
        const int retried = kMaxRetries + 1;
        struct R
        {
            const char *name;
            Op op;
            QString fault;
            bool finishes;
            K kind;
            QStringList says;
            int perUrl;
            bool resumable;
            int capMs = 1500;
            int totalMs = 1200 * kScale;
        };
        const QList<R> rows{
            {"401", Op::Walk, u"401;count=-1"_s, false, K::Auth, {u"refused access (HTTP 401)"_s}, 1, true},
            {"403-whitelist", Op::Walk, u"403;count=-1"_s, false, K::Auth, {u"HTTP 403"_s, u"whitelist"_s}, 1, true},
            {"404-mid-walk", Op::Walk, u"404;count=-1"_s, false, K::NotFound, {u"not found (HTTP 404)"_s, u"resume"_s}, 1, true},
            {"404-single", Op::SingleUnknown, QString(), false, K::NotFound, {u"not found, or not available yet"_s}, -1, false},
            {"429-storm", Op::Walk, u"429;count=-1"_s, false, K::RetriesExhausted, {u"gave up after 2 attempts"_s, u"HTTP 429"_s}, retried, true},
            {"429-retry-after", Op::Walk, u"429;retry-after=1;count=1"_s, true, K::None, {}, 1, false},
            {"429-retry-after-days", Op::Walk, u"429;retry-after=604800;count=1"_s, true, K::None, {u"7 days"_s, u"cap"_s}, 1, false, 300},
            {"429-retry-after-1e300", Op::Walk, u"429;retry-after=1e300;count=1"_s, true, K::None, {u"cap"_s}, 1, false, 300},
            {"429-reset-1e20", Op::Walk, u"429;reset=99999999999999999999;count=1"_s, true, K::None, {u"cap"_s}, 1, false, 300},
            {"500", Op::Walk, u"500;count=-1"_s, false, K::RetriesExhausted, {u"HTTP 500"_s}, retried, true},
            {"502", Op::Walk, u"502;count=-1"_s, false, K::RetriesExhausted, {u"HTTP 502"_s}, retried, true},
            {"503", Op::Walk, u"503;count=-1"_s, false, K::RetriesExhausted, {u"HTTP 503"_s}, retried, true},
            {"504", Op::Walk, u"504;count=-1"_s, false, K::RetriesExhausted, {u"HTTP 504"_s}, retried, true},
            {"connection-refused", Op::Refused, QString(), false, K::RetriesExhausted, {u"refused"_s}, -1, false},
            {"dns-failure", Op::Dns, QString(), false, K::Network, {u"cdr-fault-matrix.invalid"_s, u"DNS"_s}, -1, false},
            {"tls-error", Op::Tls, QString(), false, K::Network, {u"TLS"_s}, -1, false},
            {"slow-drip", Op::Walk, u"drip;interval=100;count=-1"_s, false, K::RetriesExhausted, {u"timed out"_s, u"took longer than "_s + seconds(600 * kScale)}, retried, true, 1500, 600 * kScale},
            {"stall-after-headers", Op::Walk, u"stall;count=-1"_s, false, K::RetriesExhausted, {u"timed out waiting for the rest of the response"_s}, retried, true},
            {"no-headers", Op::Walk, u"hang;count=-1"_s, false, K::RetriesExhausted, {u"timed out waiting for the response headers ("_s + seconds(m_idleMs) + u')'}, retried, true},
            // Qt reads a chunk size that is not hexadecimal as the last chunk: the body ends early.
            {"bad-chunked", Op::Walk, u"bad-chunked;count=-1"_s, false, K::RetriesExhausted, {u"unreadable response"_s}, retried, true},
            {"truncated-body", Op::Walk, u"truncate;count=-1"_s, false, K::RetriesExhausted, {u"broke off"_s}, retried, true},
            // About size, not speed: a generous total timeout (a sanitizer build needs it).
            {"50MB-body", Op::Walk, u"pad=52428800;count=1"_s, true, K::None, {}, 1, false, 1500, 15000 * kScale},
            {"gzip-bomb", Op::Walk, u"gzip-bomb;count=-1"_s, false, K::Network, {u"decompression bomb"_s}, 1, true},
            {"html-200", Op::Walk, u"html;count=-1"_s, false, K::Protocol, {u"not an API response"_s, u"HTML"_s}, 1, true},
            {"invalid-json", Op::Walk, u"truncate-json;count=-1"_s, false, K::RetriesExhausted, {u"unreadable response"_s}, retried, true},
            {"wrong-shape", Op::Walk, u"wrong-shape;count=-1"_s, false, K::Protocol, {u"not a call list"_s}, 1, true},
            {"redirect-loop", Op::Walk, u"redirect-loop;count=-1"_s, false, K::Protocol, {u"too many redirects"_s}, 6, true},
            {"redirect-cross-host", Op::Walk, u"redirect;count=-1"_s, false, K::Protocol, {u"redirected to"_s, u"localhost"_s}, 1, true},
            {"redirect-file", Op::Walk, u"redirect-file;count=-1"_s, false, K::Protocol, {u"redirected to"_s, u"file:///etc/hostname"_s}, 1, true},
            {"redirect-data", Op::Walk, u"redirect-data;count=-1"_s, false, K::Protocol, {u"redirected to"_s, u"data:"_s}, 1, true},
            {"echo-credential-400", Op::Walk, u"echo-auth;count=-1"_s, false, K::BadRequest, {u"HTTP 400"_s, u"[secret removed]"_s}, 1, false},
            {"echo-credential-200", Op::Walk, u"echo-auth;status=200;count=-1"_s, false, K::BadRequest, {u"[secret removed]"_s}, 1, false},
            {"total-1e12", Op::Walk, u"total=1e12;count=-1"_s, true, K::None, {u"total"_s}, -1, false},
            {"total-1e300", Op::Walk, u"total=1e300;count=-1"_s, true, K::None, {u"total"_s}, -1, false},
            {"stuck-paging", Op::Walk, u"stuck;count=-1"_s, false, K::Protocol, {u"no progress"_s}, -1, false},
        };
        for (Provider p : m_providers) {
            for (const R &r : rows) {
                QStringList says = r.says;
                // A cursor walk has no total to lie about: nothing to warn of.
                if (p == Provider::CarrierX && r.fault.startsWith(u"total="))
                    says.clear();
                QTest::addRow("%s-%s", qPrintable(providerName(p)), r.name)
                    << p << r.op << r.fault << r.finishes << int(r.kind) << says << r.perUrl << r.resumable << r.capMs << r.totalMs;
            }
        }
    }

    void matrix()
    {
        QFETCH(Provider, provider);
        QFETCH(Op, op);
        QFETCH(QString, fault);
        QFETCH(bool, finishes);
        QFETCH(int, kind);
        QFETCH(QStringList, says);
        QFETCH(int, perUrl);
        QFETCH(bool, resumable);
        QFETCH(int, serverWaitCapMs);
        QFETCH(int, totalTimeoutMs);

        QUrl base = m_server->baseUrl();
        std::unique_ptr<QTcpServer> closed;
        if (op == Op::Refused) {
            // A port that was just free: nothing listens there.
            closed = std::make_unique<QTcpServer>();
            QVERIFY(closed->listen(QHostAddress::LocalHost));
            base.setPort(closed->serverPort());
            closed->close();
        } else if (op == Op::Dns) {
            base.setHost(u"cdr-fault-matrix.invalid"_s); // RFC 6761: never resolves, no network needed
        } else if (op == Op::Tls) {
            if (!m_tlsPort)
                QSKIP("no TLS backend in this Qt build: the fake server cannot serve TLS");
            // The fake's TLS port has a self-signed certificate: the client must refuse it.
            base.setScheme(u"https"_s);
            base.setPort(m_tlsPort);
        }
        if (!fault.isEmpty()) {
            // Lies about the paging start with the first page; other faults hit the second request.
            const bool fromFirst = fault.startsWith(u"total=") || fault.startsWith(u"stuck");
            auto f = FakeProviderServer::parseFault(fault + (fromFirst ? u";path="_s : u";skip=1;path="_s) + listPath(provider));
            QVERIFY(f);
            m_server->addFault(*f);
        }
        auto cfg = config(provider, base);
        cfg.retry.maxServerWaitMs = serverWaitCapMs;
        cfg.requestTimeoutMs = totalTimeoutMs;
        std::unique_ptr<ProviderService> s(ServiceFactory::create(provider, cfg, m_network));

        QElapsedTimer clock;
        clock.start();
        const QString unknownId = u"00000000-0000-4000-8000-00000000dead"_s;
        const test::Outcome o = test::run(s.get(), [&] {
            if (op == Op::SingleUnknown)
                s->fetchCalls({unknownId});
            else
                s->listCalls(wholeRange());
        }, {}, 30000 * kScale);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed < 20000 * kScale, qPrintable(u"took %1 ms"_s.arg(elapsed))); // a safety net, not a benchmark

        const QString label = providerDisplayName(provider);
        QVERIFY2(o.finished || o.failed, "the run neither finished nor failed");
        QVERIFY2(o.finished == finishes, qPrintable(o.finished ? u"finished"_s : o.error.message));
        if (!finishes) {
            QCOMPARE(int(o.error.kind), kind);
            QVERIFY2(o.error.message.contains(label), qPrintable(o.error.message));
            for (const QString &s : says)
                QVERIFY2(o.error.message.contains(s, Qt::CaseInsensitive), qPrintable(u"\"%1\" not in: %2"_s.arg(s, o.error.message)));
            QVERIFY2(!o.error.message.contains(u"empty"), qPrintable(o.error.message));
            QVERIFY2(!o.error.message.contains(u"Operation canceled"), qPrintable(o.error.message));
        } else {
            const QString warnings = o.warnings.join(u'\n');
            for (const QString &s : says)
                QVERIFY2(warnings.contains(s, Qt::CaseInsensitive), qPrintable(u"\"%1\" not in warnings: %2"_s.arg(s, warnings)));
            for (const QString &w : o.warnings)
                QVERIFY2(w.contains(label), qPrintable(w));
        }
        // No secret in any spelling in what the user sees.
        for (const QString &secret : sentSecrets(provider)) {
            QVERIFY2(!o.error.message.contains(secret), qPrintable(o.error.message));
            for (const QString &w : o.warnings)
                QVERIFY2(!w.contains(secret), qPrintable(w));
        }

        // Bounded retries, counted on both ends: the requests the service made for each URL
        // (CountingNetwork) and those the server received, and received under the fault.
        const auto log = m_server->requestLog();
        QHash<QString, int> received;
        QHash<QString, int> faultedPerUrl;
        for (const auto &r : log) {
            QVERIFY2(r.host != u"localhost", "a redirect to another host was followed");
            const QString key = urlKey(r.path, r.query);
            ++received[key];
            if (!r.fault.isEmpty())
                ++faultedPerUrl[key];
        }
        if (perUrl >= 0 && !fault.isEmpty()) {
            QVERIFY2(!faultedPerUrl.isEmpty(), "the fault was never applied");
            int most = 0;
            for (auto it = faultedPerUrl.cbegin(); it != faultedPerUrl.cend(); ++it) {
                const int made = m_network->made.value(it.key());
                QVERIFY2(made > 0, qPrintable(u"the server got %1, which the service never asked for"_s.arg(it.key())));
                // Requests the server got beyond those the service made were sent again by Qt
                // inside one of our replies: when a connection closes before the reply's first
                // byte is read, Qt's HTTP channel re-sends an idempotent GET by itself
                // (QHttpNetworkConnectionChannel, RemoteHostClosedError outside ReadingState).
                // Only the fault that closes the connection mid-reply can do that, at most once
                // per request of ours; they are counted, and not charged to our retries.
                const int resent = std::max(0, received.value(it.key()) - made);
                if (fault.startsWith(u"truncate;")) {
                    QVERIFY2(resent <= made, qPrintable(u"%1 requests re-sent by Qt for %2 made"_s.arg(resent).arg(made)));
                    if (resent > 0)
                        qInfo("Qt re-sent %d request(s) for %s by itself", resent, qPrintable(it.key()));
                } else {
                    QVERIFY2(resent == 0, qPrintable(u"the server got %1 request(s) for %2 that the service never made"_s.arg(resent).arg(it.key())));
                }
                most = std::max(most, it.value() - resent);
            }
            // The service's own attempts under the fault: exactly the row's figure.
            QVERIFY2(most == perUrl, qPrintable(u"%1 requests for one URL under the fault, %2 allowed"_s.arg(most).arg(perUrl)));
        }
        if (op == Op::SingleUnknown) {
            // One try, plus the documented fallback spelling for Vobiz and NexBro.
            const int spellings = provider == Provider::Vobiz || provider == Provider::NexBro ? 2 : 1;
            QCOMPARE(int(log.size()), spellings);
            QVERIFY(o.calls.isEmpty());
            return;
        }
        // Walks stay bounded whatever the fault: never more than the pages plus the retries.
        const int pages = int((kCalls + 49) / 50) + (provider == Provider::Plivo ? 10 : 0);
        QVERIFY2(log.size() <= pages + 2 * kMaxInFlight * (kMaxRetries + 6) + 4,
                 qPrintable(u"%1 requests"_s.arg(log.size())));

        // No call lost or duplicated.
        const QSet<QString> expected = expectedIds(provider);
        if (finishes) {
            QCOMPARE(o.calls.size(), qsizetype(kCalls));
            QCOMPARE(o.ids(), expected);
            return;
        }
        QCOMPARE(o.ids().size(), o.calls.size());
        if (op == Op::Refused || op == Op::Dns || op == Op::Tls) {
            QVERIFY(o.calls.isEmpty());
            return;
        }
        QCOMPARE(s->canResume(), resumable);
        m_server->clearFaults();
        if (resumable) {
            const test::Outcome rest = test::run(s.get(), [&] { s->resume(); }, {}, 40000 * kScale);
            QVERIFY2(rest.finished, qPrintable(rest.error.message));
            QVERIFY(!o.ids().intersects(rest.ids())); // resumed, not restarted
            QCOMPARE(o.calls.size() + rest.calls.size(), qsizetype(kCalls));
            QCOMPARE(o.ids() + rest.ids(), expected);
        } else {
            // Where resume does not apply, the same service recovers with a fresh walk.
            const test::Outcome again = test::run(s.get(), [&] { s->listCalls(wholeRange()); }, {}, 40000 * kScale);
            QVERIFY2(again.finished, qPrintable(again.error.message));
            QCOMPARE(again.calls.size(), qsizetype(kCalls));
            QCOMPARE(again.ids(), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
