// SPDX-License-Identifier: GPL-3.0-or-later
// The fake provider server itself, over real HTTP: each API's auth, envelopes, paging hints
// (read back through RecordParser), validation quirks, rate limit and per-request faults.

#include <fakeprovider/fakeproviderserver.h>
#include <sim/trafficgenerator.h>

#include <core/recordparser.h>

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace cdr;
using namespace Qt::StringLiterals;

class TestFakeProviderServer : public QObject
{
    Q_OBJECT

    QDateTime m_now = QDateTime::currentDateTimeUtc();
    TrafficGenerator m_generator{3, m_now.addDays(-10), m_now, 1000};
    FakeProviderServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;

    struct Answer
    {
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray header(const QByteArray &name) const
        {
            for (const auto &h : headers)
                if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                    return h.second;
            return {};
        }
    };

    Answer get(const QString &pathAndQuery, const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        QNetworkRequest req(m_server->baseUrl().resolved(QUrl(pathAndQuery)));
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        QNetworkReply *reply = m_network->get(req);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.error = reply->error();
        a.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return a;
    }

    QList<QPair<QByteArray, QByteArray>> plivoAuth() const
    {
        const auto &c = m_server->credentials();
        return {{"Authorization", "Basic " + QByteArray(c.plivoAuthId.toUtf8() + ':' + c.plivoToken.toUtf8()).toBase64()}};
    }
    QList<QPair<QByteArray, QByteArray>> vobizAuth() const
    {
        const auto &c = m_server->credentials();
        return {{"X-Auth-ID", c.vobizAuthId.toUtf8()}, {"X-Auth-Token", c.vobizToken.toUtf8()}};
    }
    QList<QPair<QByteArray, QByteArray>> carrierxAuth() const
    {
        return {{"Authorization", "Bearer " + m_server->credentials().carrierxToken.toUtf8()}};
    }
    QList<QPair<QByteArray, QByteArray>> nexbroAuth() const
    {
        return {{"X-API-KEY", m_server->credentials().nexbroKey.toUtf8()}};
    }
    QString plivoList() const { return u"/v1/Account/"_s + m_server->credentials().plivoAuthId + u"/Call/"_s; }
    QString vobizBase() const { return u"/api/v1/Account/"_s + m_server->credentials().vobizAuthId; }

    static ParseResult parse(const Answer &a, Provider p)
    {
        ParseOptions o;
        o.provider = p;
        return RecordParser::parse(a.body, o, u"test"_s);
    }

private slots:
    void initTestCase()
    {
        m_server = new FakeProviderServer(m_generator, this);
        QVERIFY(m_server->listenLoopback());
        m_network = new QNetworkAccessManager(this);
    }
    void init()
    {
        m_server->clearFaults();
        for (Provider p : {Provider::Plivo, Provider::Vobiz, Provider::CarrierX, Provider::NexBro})
            m_server->setRateLimit(p, 0, 0);
    }

    void everyApiNeedsItsOwnAuth()
    {
        const QString id = m_generator.callId(Provider::Plivo, 1);
        QCOMPARE(get(plivoList() + id + u'/', {}).status, 401);
        QCOMPARE(get(plivoList() + id + u'/', vobizAuth()).status, 401);
        QCOMPARE(get(plivoList() + id + u'/', plivoAuth()).status, 200);
        QCOMPARE(get(vobizBase() + u"/cdr"_s, plivoAuth()).status, 401);
        QCOMPARE(get(vobizBase() + u"/cdr"_s, vobizAuth()).status, 200);
        QCOMPARE(get(u"/core/v2/calls/call_drs"_s, {{"Authorization", "Bearer nope"}}).status, 401);
        QCOMPARE(get(u"/core/v2/calls/call_drs"_s, carrierxAuth()).status, 200);
        QCOMPARE(get(u"/admin/api/nexbro/v1/call/call-detail-records"_s, {}).status, 401);
        QCOMPARE(get(u"/admin/api/nexbro/v1/call/call-detail-records"_s, nexbroAuth()).status, 200);
        QCOMPARE(get(u"/no/such/api"_s, {}).status, 404);
    }

    void plivoPagingAndLimits()
    {
        const QString range = u"end_time__gte=%1&end_time__lte=%2"_s.arg(
            QString::fromLatin1(QUrl::toPercentEncoding(m_now.addDays(-11).toString(u"yyyy-MM-dd HH:mm:ss"_s))),
            QString::fromLatin1(QUrl::toPercentEncoding(m_now.toString(u"yyyy-MM-dd HH:mm:ss"_s))));
        const Answer a = get(plivoList() + u"?limit=20&offset=40&"_s + range, plivoAuth());
        QCOMPARE(a.status, 200);
        const ParseResult r = parse(a, Provider::Plivo);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.calls.size(), 20);
        QCOMPARE(r.totalCount, std::optional<qint64>(1000));
        QCOMPARE(r.hasMore, std::optional<bool>(true));
        QCOMPARE(r.calls.first().id, m_generator.callId(Provider::Plivo, 1000 - 1 - 40)); // newest first
        QCOMPARE(get(plivoList() + u"?limit=21"_s, plivoAuth()).status, 400);
        const QString tooLong = u"end_time__gte=2026-01-01&end_time__lte=2026-03-01"_s;
        QCOMPARE(get(plivoList() + u"?"_s + tooLong, plivoAuth()).status, 400);
        QCOMPARE(get(plivoList() + u"?end_time__gte=2001-01-01"_s, plivoAuth()).status, 400);
    }

    void vobizEnvelopesAndExport()
    {
        const Answer list = get(vobizBase() + u"/cdr?page=2&per_page=100"_s, vobizAuth());
        const QJsonObject o = QJsonDocument::fromJson(list.body).object();
        QCOMPARE(o.value(u"pagination").toObject().value(u"total").toInt(), 1000);
        QVERIFY(o.value(u"summary").toObject().contains(u"answerRate"));
        const ParseResult r = parse(list, Provider::Vobiz);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.calls.size(), 100);
        QCOMPARE(r.hasMore, std::optional<bool>(true));
        QCOMPARE(get(vobizBase() + u"/cdr?per_page=101"_s, vobizAuth()).status, 400);
        QCOMPARE(get(vobizBase() + u"/cdr?start_date=2026-01-01"_s, vobizAuth()).status, 400);
        auto jsonAccept = vobizAuth();
        jsonAccept.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
        QCOMPARE(get(vobizBase() + u"/cdr/export"_s, jsonAccept).status, 406);
        const Answer csv = get(vobizBase() + u"/cdr/export"_s, vobizAuth());
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.header("Content-Type").startsWith("text/csv"));
        QCOMPARE(csv.body.count('\n'), 1001);
        const Answer voice = get(vobizBase() + u"/Call/"_s + m_generator.callId(Provider::Vobiz, 4) + u'/', vobizAuth());
        QCOMPARE(voice.status, 200);
        QVERIFY(QJsonDocument::fromJson(voice.body).object().contains(u"call_uuid"));
        QCOMPARE(get(vobizBase() + u"/cdr/recent?limit=5"_s, vobizAuth()).status, 200);
    }

    void carrierxCursor()
    {
        const Answer first = get(u"/core/v2/calls/call_drs?limit=300&order=date_stop%20asc"_s, carrierxAuth());
        ParseResult r = parse(first, Provider::CarrierX);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.calls.size(), 300);
        QCOMPARE(r.hasMore, std::optional<bool>(true));
        const QString last = r.calls.last().id;
        const Answer next = get(u"/core/v2/calls/call_drs?limit=1000&order=date_stop%20asc&after="_s + last, carrierxAuth());
        r = parse(next, Provider::CarrierX);
        QCOMPARE(r.calls.size(), 700);
        QCOMPARE(r.calls.first().id, m_generator.callId(Provider::CarrierX, 300));
        QCOMPARE(r.hasMore, std::optional<bool>(false));
        QCOMPARE(get(u"/core/v2/calls/call_drs?offset=5&after="_s + last, carrierxAuth()).status, 400);
        QCOMPARE(get(u"/core/v2/calls/call_drs?limit=1001"_s, carrierxAuth()).status, 400);
        QCOMPARE(get(u"/core/v2/calls/call_drs?filter=price%20gt%201"_s, carrierxAuth()).status, 400);
    }

    void nexbroListAndRateLimitHeaders()
    {
        m_server->setRateLimit(Provider::NexBro, 3, 60000);
        const Answer a = get(u"/admin/api/nexbro/v1/call/call-detail-records?per_page=100&page=10"_s, nexbroAuth());
        QCOMPARE(a.status, 200);
        QCOMPARE(a.header("X-RateLimit-Limit"), QByteArray("3"));
        const QJsonObject data = QJsonDocument::fromJson(a.body).object().value(u"data").toObject();
        QCOMPARE(data.value(u"last_page").toInt(), 10);
        QVERIFY(data.value(u"next_page_url").isNull());
        QVERIFY(data.value(u"data").toArray().first().toObject().contains(u"xml_cdr_uuid"));
        const ParseResult r = parse(a, Provider::NexBro);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.calls.size(), 100);
        QCOMPARE(r.calls.last().id, m_generator.callId(Provider::NexBro, 999));
        get(u"/admin/api/nexbro/v1/call/call-detail-records"_s, nexbroAuth());
        get(u"/admin/api/nexbro/v1/call/call-detail-records"_s, nexbroAuth());
        const Answer limited = get(u"/admin/api/nexbro/v1/call/call-detail-records"_s, nexbroAuth());
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("X-RateLimit-Reset").toInt() > 0);
        QVERIFY(limited.header("Retry-After").isEmpty());
    }

    void perRequestFaults()
    {
        const QString path = u"/core/v2/calls/call_drs/"_s + m_generator.callId(Provider::CarrierX, 1);
        Answer a = get(path + u"?fault=503;retry-after=7"_s, carrierxAuth());
        QCOMPARE(a.status, 503);
        QCOMPARE(a.header("Retry-After"), QByteArray("7"));
        a = get(path, carrierxAuth() + QList<QPair<QByteArray, QByteArray>>{{"X-Fake-Fault", "429;retry-after-date=30"}});
        QCOMPARE(a.status, 429);
        QVERIFY(a.header("Retry-After").endsWith(" GMT"));
        a = get(path + u"?fault=truncate-json"_s, carrierxAuth());
        QCOMPARE(a.status, 200);
        QVERIFY(!parse(a, Provider::CarrierX).ok());
        a = get(path + u"?fault=truncate"_s, carrierxAuth());
        QVERIFY(a.error != QNetworkReply::NoError);
        a = get(path + u"?fault=redirect"_s, carrierxAuth());
        QCOMPARE(a.status, 302);
        QVERIFY(a.header("Location").startsWith("http://localhost:"));
        QVERIFY(!a.header("Location").contains("fault="));
        QVERIFY(!FakeProviderServer::parseFault(u"explode"_s));
        QVERIFY(!FakeProviderServer::parseFault(u"503;frobnicate=1"_s));
    }
};

QTEST_GUILESS_MAIN(TestFakeProviderServer)
#include "tst_fakeproviderserver.moc"
