// SPDX-License-Identifier: GPL-3.0-or-later
// Every seed example body and every public SDK fixture, with every normalized field asserted,
// plus one test per documented provider quirk and envelope.

#include "core/hangupcatalog.h"
#include "core/recordparser.h"
#include "seedbodies.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace cdr;
using testutil::fixturePath;
using testutil::readFile;
using testutil::seedBody;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QLatin1String(iso), Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

ParseResult parse(const QByteArray &body, std::optional<Provider> p = std::nullopt, QTimeZone zone = QTimeZone::utc())
{
    ParseOptions o;
    o.provider = p;
    o.zone = zone;
    return RecordParser::parse(body, o, QStringLiteral("test"));
}

} // namespace

class TestRecordParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedBodiesExist()
    {
        QVERIFY(!seedBody("000_45cd56abe0de55d1.txt").isEmpty());
        QVERIFY(!seedBody("001_0035c51f1a84ac31.txt", 1).isEmpty());
        QVERIFY(!seedBody("002_3ae8f5d7c89b65c5.txt").isEmpty());
        QVERIFY(!seedBody("003_deba017cf42112bc.txt").isEmpty());
    }

    void nexbroSeed()
    {
        const QByteArray body = seedBody("000_45cd56abe0de55d1.txt");
        const ParseResult r = parse(body);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QStringLiteral("\n"))));
        QCOMPARE(r.calls.size(), 1);
        const Call &c = r.calls.first();
        QCOMPARE(c.provider, Provider::NexBro);
        QCOMPARE(c.id, QStringLiteral("6075d782-1fd2-40a4-bcfe-d29638f2d598"));
        QCOMPARE(c.from, QStringLiteral("7087033114"));
        QCOMPARE(c.fromName, QStringLiteral("Outbound Call"));
        QCOMPARE(c.to, QStringLiteral("8556900900"));
        QCOMPARE(c.direction, QStringLiteral("outbound"));
        QCOMPARE(c.startTime, utc("2026-01-16T12:14:19"));
        QCOMPARE(c.answerTime, utc("2026-01-16T12:14:29"));
        QCOMPARE(c.endTime, utc("2026-01-16T12:15:04"));
        QCOMPARE(c.durationS, std::optional<double>(45));
        QCOMPARE(c.talkS, std::optional<double>(35));
        QCOMPARE(c.ringS, std::optional<double>(10));
        QVERIFY(!c.billedS);
        QVERIFY(!c.cost);
        QVERIFY(c.currency.isEmpty());
        QCOMPARE(c.status, CallStatus::Answered);
        QCOMPARE(c.hangupCause, QStringLiteral("Call was terminated normally by either party."));
        QVERIFY(c.hangupCode.isEmpty());
        QCOMPARE(c.codec, QStringLiteral("PCMU"));
        QCOMPARE(c.mos, std::optional<double>(4.46));
        QVERIFY(!c.jitterMs);      // NexBro reports jitter variance, not jitter
        QVERIFY(!c.packetLossPct); // and no loss percentage
        QCOMPARE(c.postDialDelayMs, std::optional<double>(444));

        QCOMPARE(c.legs.size(), 2);
        const CallLeg &l0 = c.legs.at(0);
        QCOMPARE(l0.destination, QStringLiteral("8556900900"));
        QCOMPARE(l0.forwarding, false);
        QCOMPARE(l0.startTime, utc("2026-01-16T12:14:19"));
        QCOMPARE(l0.answerTime, utc("2026-01-16T12:14:29"));
        QVERIFY(!l0.holdTime.isValid());
        QCOMPARE(l0.endTime, utc("2026-01-16T12:15:04"));
        QCOMPARE(l0.durationS, std::optional<double>(45));
        QCOMPARE(l0.talkS, std::optional<double>(35));
        QCOMPARE(l0.ringS, std::optional<double>(10));
        QVERIFY(!l0.holdS);
        const CallLeg &l1 = c.legs.at(1);
        QCOMPARE(l1.destination, QStringLiteral("234"));
        QCOMPARE(l1.answerTime, utc("2026-01-16T12:14:21"));
        QCOMPARE(l1.holdTime, utc("2026-01-16T12:14:51"));
        QCOMPARE(l1.talkS, std::optional<double>(43));
        QCOMPARE(l1.ringS, std::optional<double>(2));
        QCOMPARE(l1.holdS, std::optional<double>(4));

        QVERIFY(c.audio.has_value());
        QCOMPARE(c.audio->inbound.counters.size(), 18);
        QCOMPARE(c.audio->inbound.value(QStringLiteral("flaw_total")), std::optional<double>(63));
        QCOMPARE(c.audio->inbound.value(QStringLiteral("quality_percentage")), std::optional<double>(96));
        QCOMPARE(c.audio->inbound.value(QStringLiteral("jitter_max_variance")), std::optional<double>(114.35));
        QCOMPARE(c.audio->inbound.value(QStringLiteral("mean_interval")), std::optional<double>(20.36));
        QCOMPARE(c.audio->outbound.counters.size(), 9);
        QCOMPARE(c.audio->outbound.value(QStringLiteral("packet_count")), std::optional<double>(1917));

        QCOMPARE(c.errorLog.size(), 8);
        QCOMPARE(c.errorLog.first().start, utc("2026-01-16T12:14:25"));
        QCOMPARE(c.errorLog.first().stop, utc("2026-01-16T12:14:28"));
        QCOMPARE(c.errorLog.first().flaws, 3);
        QCOMPARE(c.errorLog.first().durationS, std::optional<double>(3.011));
        QCOMPARE(c.errorLog.last().flaws, 16);
        QCOMPARE(c.errorLog.last().durationS, std::optional<double>(4.066));
        int flaws = 0;
        for (const ErrorInterval &e : c.errorLog)
            flaws += e.flaws;
        QCOMPARE(flaws, 62);

        QCOMPARE(c.technicalObject().value(QLatin1String("remote_media_ip")).toString(), QStringLiteral("10.1.1.11"));
        QCOMPARE(c.technicalObject().size(), 11);
        const QJsonObject data = QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toObject();
        QCOMPARE(c.rawObject(), data);
    }

    void nexbroZoneIsPerAccount()
    {
        const ParseResult r = parse(seedBody("000_45cd56abe0de55d1.txt"), std::nullopt, QTimeZone("Asia/Kolkata"));
        QVERIFY(r.ok());
        QCOMPARE(r.calls.first().startTime, utc("2026-01-16T06:44:19"));
        QCOMPARE(r.calls.first().errorLog.first().start, utc("2026-01-16T06:44:25"));
    }

    void nexbroXmlCdrUuidVariant()
    {
        // The second docs version and the list items name the id xml_cdr_uuid and the times *_epoch.
        const QByteArray body = R"({"message":"Success.","data":{"current_page":1,"last_page":3,"total":42,"data":[)"
            R"({"xml_cdr_uuid":"aaaa-1","caller_id_number":"100","destination_number":"200","direction":"inbound",)"
            R"("start_epoch":"2026-01-16 12:00:00","answer_epoch":"2026-01-16 12:00:05","end_epoch":"2026-01-16 12:01:05",)"
            R"("duration":"00:01:05","status":"ANSWERED","hangup_cause":"Call was terminated normally by either party.",)"
            R"("error_log":[{"start":"2026-01-16 12:00:30.500","stop":"2026-01-16 12:00:33.000","flaws":"4","duration_seconds":2.5},)"
            R"({"start":"2026-01-16 12:00:10.000","stop":"2026-01-16 12:00:12.000","flaws":"1","duration_seconds":2}]}]}})";
        const ParseResult r = parse(body);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.calls.size(), 1);
        const Call &c = r.calls.first();
        QCOMPARE(c.provider, Provider::NexBro);
        QCOMPARE(c.id, QStringLiteral("aaaa-1"));
        QCOMPARE(c.startTime, utc("2026-01-16T12:00:00"));
        QCOMPARE(c.durationS, std::optional<double>(65));
        QCOMPARE(c.talkS, std::optional<double>(60));
        QCOMPARE(r.totalCount, std::optional<qint64>(42));
        QCOMPARE(r.hasMore, std::optional<bool>(true));
        // a top-level error_log is accepted and sorted by start
        QCOMPARE(c.errorLog.size(), 2);
        QCOMPARE(c.errorLog.first().flaws, 1);
        QCOMPARE(c.errorLog.last().start, utc("2026-01-16T12:00:30.500"));
    }

    void vobizFlatSeed()
    {
        const ParseResult r = parse(seedBody("001_0035c51f1a84ac31.txt", 0));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.calls.size(), 1);
        const Call &c = r.calls.first();
        QCOMPARE(c.provider, Provider::Vobiz);
        QCOMPARE(c.id, QStringLiteral("call-uuid-here"));
        QCOMPARE(c.from, QStringLiteral("14155551234"));
        QCOMPARE(c.to, QStringLiteral("14155555678"));
        QCOMPARE(c.direction, QStringLiteral("outbound"));
        // The page says "in-progress", but the record has an answer time and 120 billed
        // seconds: evidence comes first (docs/normalized-format.md, Status rules).
        QCOMPARE(c.status, CallStatus::Answered);
        QCOMPARE(c.durationS, std::optional<double>(120));
        QCOMPARE(c.billedS, std::optional<double>(120));
        QCOMPARE(c.rate, std::optional<double>(0.02));
        QCOMPARE(c.cost, std::optional<double>(0.04));
        QCOMPARE(c.startTime, utc("2025-01-15T10:30:00"));
        QCOMPARE(c.answerTime, utc("2025-01-15T10:30:05"));
        QCOMPARE(c.ringS, std::optional<double>(5));
        QVERIFY(!c.endTime.isValid());
        QVERIFY(!c.mos);
    }

    void vobiz404IsAnApiError()
    {
        const ParseResult r = parse(seedBody("001_0035c51f1a84ac31.txt", 1));
        QVERIFY(!r.ok());
        QVERIFY(r.apiError);
        QVERIFY2(r.error.contains(QLatin1String("call not found")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("invalid-uuid")), qPrintable(r.error));
        QVERIFY(r.calls.isEmpty());
    }

    void vobizStandardErrorBody()
    {
        const ParseResult r = parse(R"({"status":"error","error":{"code":"INSUFFICIENT_BALANCE","message":"Top up","details":{}},"timestamp":"2026-01-01T00:00:00Z","requestId":"req_1"})");
        QVERIFY(!r.ok());
        QVERIFY(r.apiError);
        QVERIFY2(r.error.contains(QLatin1String("INSUFFICIENT_BALANCE: Top up")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("req_1")), qPrintable(r.error));
    }

    void plivoErrorBody()
    {
        const ParseResult r = parse(R"({"api_id":"x1","error":"Authentication failed"})");
        QVERIFY(r.apiError);
        QVERIFY(r.error.contains(QLatin1String("Authentication failed")));
    }

    void carrierxSeed()
    {
        const QByteArray body = seedBody("002_3ae8f5d7c89b65c5.txt");
        const ParseResult r = parse(body);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QStringLiteral("\n"))));
        const Call &c = r.calls.first();
        QCOMPARE(c.provider, Provider::CarrierX);
        QCOMPARE(c.id, QStringLiteral("c02a73b2-8401-459a-af7e-f4cc3eee7854"));
        QCOMPARE(c.from, QStringLiteral("+15012678830")); // '+' kept as written...
        QCOMPARE(c.to, QStringLiteral("15162065451"));    // ...and absent as written
        QCOMPARE(c.direction, QStringLiteral("inbound"));
        QCOMPARE(c.startTime, utc("2025-05-18T15:32:15.589"));
        QCOMPARE(c.answerTime, utc("2025-05-18T15:32:16.535"));
        QCOMPARE(c.endTime, utc("2025-05-18T15:32:19.839"));
        QCOMPARE(c.durationS, std::optional<double>(4.25015));
        QCOMPARE(c.billedS, std::optional<double>(60));
        QCOMPARE(c.talkS, std::optional<double>(3.304));
        QCOMPARE(c.ringS, std::optional<double>(0.946));
        QCOMPARE(c.cost, std::optional<double>(0.0025));
        QCOMPARE(c.rate, std::optional<double>(0.0025));
        QVERIFY(c.currency.isEmpty());
        QCOMPARE(c.status, CallStatus::Answered);
        QCOMPARE(c.hangupCode, QStringLiteral("200"));
        QCOMPARE(c.hangupCause, QStringLiteral("200 OK"));
        QCOMPARE(c.hangupSource, QStringLiteral("DST"));
        QCOMPARE(c.codec, QStringLiteral("amrwb"));
        QCOMPARE(c.sipCallId, QStringLiteral("428ac5df4582bea66501f7d45199a18d@162.251.180.24"));
        QCOMPARE(c.stirAttestation, QStringLiteral("A"));
        QVERIFY(!c.mos && !c.jitterMs && !c.packetLossPct);
        QVERIFY(!c.audio);
        QCOMPARE(c.technicalObject().value(QLatin1String("ip_dst")).toString(), QStringLiteral("10.222.2.197:5060"));
        QCOMPARE(c.technicalObject().value(QLatin1String("codec_dst")).toString(), QStringLiteral("g722"));
        QCOMPARE(c.rawObject(), QJsonDocument::fromJson(body).object());
    }

    void carrierxSipCauses_data()
    {
        QTest::addColumn<QString>("sip");
        QTest::addColumn<int>("status");
        QTest::newRow("486") << "486" << int(CallStatus::Busy);
        QTest::newRow("487") << "487" << int(CallStatus::Canceled);
        QTest::newRow("480") << "480" << int(CallStatus::NoAnswer);
        QTest::newRow("404") << "404" << int(CallStatus::Failed);
        QTest::newRow("503") << "503" << int(CallStatus::Failed);
        QTest::newRow("600") << "600" << int(CallStatus::Busy);
    }
    void carrierxSipCauses()
    {
        QFETCH(QString, sip);
        QFETCH(int, status);
        const QByteArray body = QStringLiteral("{\"count\":1,\"has_more\":false,\"items\":[{\"dr_sid\":\"x\",\"number_src\":\"1\","
            "\"number_dst\":\"+2\",\"date_start\":\"2025-05-18T15:32:15.589Z\",\"date_talk\":null,"
            "\"date_stop\":\"2025-05-18T15:32:20.000Z\",\"duration\":\"4.411\",\"sipcause\":\"%1\","
            "\"disconnect_originator\":\"SRC\"}]}").arg(sip).toUtf8();
        const ParseResult r = parse(body);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.hasMore, std::optional<bool>(false));
        QCOMPARE(int(r.calls.first().status), status);
        QVERIFY(!r.calls.first().talkS);
    }

    void plivoSeed()
    {
        const QByteArray body = seedBody("003_deba017cf42112bc.txt");
        const ParseResult r = parse(body);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QStringLiteral("\n"))));
        const Call &c = r.calls.first();
        QCOMPARE(c.provider, Provider::Plivo);
        QCOMPARE(c.id, QStringLiteral("5607532d-5037-4066-befc-a8b40218dd4f"));
        QCOMPARE(c.from, QStringLiteral("+12025551111"));
        QCOMPARE(c.to, QStringLiteral("sip:sam9461399937766203278@phone.plivo.com"));
        QCOMPARE(c.direction, QStringLiteral("outbound"));
        QCOMPARE(c.startTime, utc("2022-10-12T16:27:40")); // "2022-10-12 21:57:40+05:30"
        QCOMPARE(c.answerTime, utc("2022-10-12T16:27:47"));
        QCOMPARE(c.endTime, utc("2022-10-12T16:27:47"));
        QCOMPARE(c.durationS, std::optional<double>(1));
        QCOMPARE(c.talkS, std::optional<double>(1));
        QCOMPARE(c.billedS, std::optional<double>(1));
        QCOMPARE(c.ringS, std::optional<double>(7));
        QCOMPARE(c.cost, std::optional<double>(0.01667));
        QCOMPARE(c.rate, std::optional<double>(1.0));
        QCOMPARE(c.status, CallStatus::Answered);
        QCOMPARE(c.hangupCode, QStringLiteral("8011"));
        QCOMPARE(c.hangupCause, QStringLiteral("Invalid Answer XML"));
        QCOMPARE(c.hangupSource, QStringLiteral("Error"));
        QCOMPARE(c.stirAttestation, QStringLiteral("A")); // spelt Stir_attestation in the docs
        QCOMPARE(c.stirVerification, QStringLiteral("Not Applicable"));
        QVERIFY(c.technical.isEmpty());
        QCOMPARE(c.rawObject(), QJsonDocument::fromJson(body).object());
    }

    void plivoLowercaseStir()
    {
        const ParseResult r = parse(R"({"call_uuid":"u","from_number":"1","to_number":"2","stir_attestation":"B"})");
        QCOMPARE(r.calls.first().stirAttestation, QStringLiteral("B"));
    }

    void plivoGetFixture()
    {
        const ParseResult r = parse(readFile(fixturePath("plivo_call_get_python_fixture.json")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Call &c = r.calls.first();
        QCOMPARE(c.provider, Provider::Plivo);
        QCOMPARE(c.id, QStringLiteral("4d04c52e-cea3-4458-bbdb-0bfc314ee7cd"));
        QCOMPARE(c.from, QStringLiteral("+919879879876"));
        QCOMPARE(c.to, QStringLiteral("919999999999"));
        QCOMPARE(c.startTime, utc("2017-05-22T12:19:30"));
        QVERIFY(!c.answerTime.isValid());
        QCOMPARE(c.endTime, utc("2017-05-22T12:19:40"));
        QCOMPARE(c.durationS, std::optional<double>(0));
        QCOMPARE(c.talkS, std::optional<double>(0));
        QCOMPARE(c.billedS, std::optional<double>(0));
        QCOMPARE(c.cost, std::optional<double>(0));
        QCOMPARE(c.rate, std::optional<double>(0.0357));
        QCOMPARE(c.status, CallStatus::NoAnswer);
    }

    void plivoListFixture()
    {
        const ParseResult r = parse(readFile(fixturePath("plivo_call_list_python_fixture.json")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.totalCount, std::optional<qint64>(4));
        QCOMPARE(r.hasMore, std::optional<bool>(false));
        QCOMPARE(r.calls.size(), 2);
        const Call &c = r.calls.at(1);
        QCOMPARE(c.id, QStringLiteral("eba53b9e-8fbd-45c1-9444-696d2172fbc8"));
        QCOMPARE(c.talkS, std::optional<double>(924));   // bill_duration is talk time
        QCOMPARE(c.billedS, std::optional<double>(960)); // billed_duration is rounded billing
        QCOMPARE(c.durationS, std::optional<double>(924));
        QCOMPARE(c.cost, std::optional<double>(0.136));
        QCOMPARE(c.startTime, utc("2015-07-26T11:14:49"));
        QCOMPARE(c.answerTime, utc("2015-07-26T11:15:02"));
        QCOMPARE(c.status, CallStatus::Answered);
    }

    void plivoLiveFixture()
    {
        const ParseResult r = parse(readFile(fixturePath("plivo_live_call_get_python_fixture.json")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Call &c = r.calls.first();
        QCOMPARE(c.provider, Provider::Plivo);
        QCOMPARE(c.id, QStringLiteral("d0a87a1a-b0e9-4ab2-ac07-c22ee87cd04a"));
        QCOMPARE(c.from, QStringLiteral("+918687888990"));
        QCOMPARE(c.to, QStringLiteral("919798990001"));
        QCOMPARE(c.direction, QStringLiteral("outbound"));
        QCOMPARE(c.status, CallStatus::InProgress);
        QCOMPARE(c.startTime, utc("2017-05-22T13:17:49.050")); // microseconds, no zone
        QVERIFY(!c.endTime.isValid());
    }

    void vobizLiveFixture()
    {
        const QByteArray body = readFile(fixturePath("vobiz_live_call_get_wiremock.json"));
        // The live shape is identical for Plivo and Vobiz, so detection cannot tell; --provider does.
        const ParseResult r = parse(body, Provider::Vobiz, QTimeZone("Asia/Kolkata"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Call &c = r.calls.first();
        QCOMPARE(c.provider, Provider::Vobiz);
        QCOMPARE(c.id, QStringLiteral("2ded13fe-4f9b-4958-9bfb-093ea2f29f91"));
        QCOMPARE(c.status, CallStatus::InProgress);
        QCOMPARE(c.startTime, utc("2026-06-11T10:33:28.586")); // read in the account's zone
        QCOMPARE(c.stirVerification, QStringLiteral("Not Applicable"));
        QCOMPARE(parse(body).calls.first().provider, Provider::Plivo);
    }

    void vobizCdrGetFixture()
    {
        const QByteArray body = readFile(fixturePath("vobiz_cdr_get_wiremock.json"));
        const ParseResult r = parse(body);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QStringLiteral("\n"))));
        const Call &c = r.calls.first();
        QCOMPARE(c.provider, Provider::Vobiz);
        QCOMPARE(c.id, QStringLiteral("aabbccdd-1234-5678-90ab-cdef12345678"));
        QCOMPARE(c.account, QStringLiteral("MA_XXXXXXXX"));
        QCOMPARE(c.from, QStringLiteral("+919876543210"));
        QCOMPARE(c.fromName, QStringLiteral("John Doe"));
        QCOMPARE(c.to, QStringLiteral("+918012345678"));
        QCOMPARE(c.direction, QStringLiteral("outbound"));
        QCOMPARE(c.startTime, utc("2026-03-25T10:00:00"));
        QCOMPARE(c.answerTime, utc("2026-03-25T10:00:01"));
        QCOMPARE(c.endTime, utc("2026-03-25T10:00:42"));
        QCOMPARE(c.durationS, std::optional<double>(47));
        QCOMPARE(c.talkS, std::optional<double>(42));
        QCOMPARE(c.billedS, std::optional<double>(42));
        QCOMPARE(c.ringS, std::optional<double>(5));
        QCOMPARE(c.cost, std::optional<double>(0.45));
        QCOMPARE(c.currency, QStringLiteral("INR"));
        QCOMPARE(c.status, CallStatus::Answered);
        QCOMPARE(c.hangupCause, QStringLiteral("NORMAL_CLEARING"));
        QCOMPARE(c.hangupCode, QStringLiteral("4000"));
        QCOMPARE(c.hangupSource, QStringLiteral("Caller"));
        QCOMPARE(c.codec, QStringLiteral("PCMU"));
        QCOMPARE(c.mos, std::optional<double>(4.5));
        QCOMPARE(c.jitterMs, std::optional<double>(0));
        QCOMPARE(c.packetLossPct, std::optional<double>(0));
        QCOMPARE(c.sipCallId, QStringLiteral("11223344-5566-7788-99aa-bbccddeeff00"));
        QCOMPARE(c.technicalObject().value(QLatin1String("hangup_disposition")).toString(), QStringLiteral("send_bye"));
        QCOMPARE(c.rawObject(), QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toObject());
    }

    void vobizCdrListFixture()
    {
        const ParseResult r = parse(readFile(fixturePath("vobiz_cdr_list_wiremock.json")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.calls.size(), 2);
        QCOMPARE(r.totalCount, std::optional<qint64>(4500));
        QCOMPARE(r.hasMore, std::optional<bool>(true));
        const Call &a = r.calls.at(0);
        QCOMPARE(a.jitterMs, std::optional<double>(0.2));
        QCOMPARE(a.packetLossPct, std::optional<double>(0.1));
        // The unanswered one: mos 0 means "no media", not a terrible call.
        const Call &c = r.calls.at(1);
        QCOMPARE(c.id, QStringLiteral("11223344-5566-7788-99aa-bbccddeeff00"));
        QCOMPARE(c.direction, QStringLiteral("inbound"));
        QCOMPARE(c.status, CallStatus::NoAnswer);
        QVERIFY(!c.answerTime.isValid());
        QVERIFY(!c.mos);
        QVERIFY(!c.jitterMs);
        QVERIFY(!c.packetLossPct);
        QCOMPARE(c.talkS, std::optional<double>(0));
        QCOMPARE(c.ringS, std::optional<double>(12));
        QCOMPARE(c.hangupCause, QStringLiteral("NO_ANSWER"));
        QCOMPARE(c.hangupCode, QStringLiteral("4100"));
        QCOMPARE(c.hangupSource, QStringLiteral("Callee"));
        const HangupExplanation e = HangupCatalog::explain(c);
        QCOMPARE(e.q850, QStringLiteral("19"));
        QVERIFY(!e.isNormal);
    }

    void vobizSearchAndRecentFixtures()
    {
        const ParseResult s = parse(readFile(fixturePath("vobiz_cdr_search_wiremock.json")));
        QVERIFY(s.ok());
        QCOMPARE(s.calls.size(), 1);
        QCOMPARE(s.calls.first().id, QStringLiteral("55667788-1122-3344-5566-77889900aabb"));
        QCOMPARE(s.hasMore, std::optional<bool>(false));
        QCOMPARE(s.totalCount, std::optional<qint64>(1));
        const ParseResult r = parse(readFile(fixturePath("vobiz_cdr_recent_wiremock.json")));
        QVERIFY(r.ok());
        QCOMPARE(r.calls.size(), 1);
        QCOMPARE(r.calls.first().id, QStringLiteral("99887766-5544-3322-1100-aabbccddeeff"));
        QVERIFY(!r.hasMore); // recent has no pagination block
    }

    void vobizPlivoStyleShape()
    {
        const ParseResult r = parse(R"({"call_uuid":"v1","from_number":"911","to_number":"912","call_direction":"Inbound",)"
            R"("initiation_time":"2026-01-01 10:00:00","answer_time":"2026-01-01 10:00:04","end_time":"2026-01-01 10:01:00",)"
            R"("call_duration":60,"bill_duration":56,"billed_duration":60,"total_amount":"0.5","total_rate":"0.5",)"
            R"("hangup_cause_code":4000,"hangup_cause_name":"Normal Hangup","hangup_source":"Callee",)"
            R"("resource_uri":"/api/v1/Account/MA_1/Call/v1/"})", std::nullopt, QTimeZone("Asia/Kolkata"));
        QVERIFY(r.ok());
        const Call &c = r.calls.first();
        QCOMPARE(c.provider, Provider::Vobiz);
        QCOMPARE(c.direction, QStringLiteral("inbound")); // lower-cased
        QCOMPARE(c.startTime, utc("2026-01-01T04:30:00"));  // console-local time, no offset
        QCOMPARE(c.talkS, std::optional<double>(56));
        QCOMPARE(c.billedS, std::optional<double>(60));
        QCOMPARE(c.status, CallStatus::Answered);
    }

    void numbersAsStringsAndStringsAsNumbers()
    {
        const ParseResult r = parse(R"({"uuid":12345,"caller_id_number":919876543210,"destination_number":"+91",)"
            R"("duration":"47","billsec":"42","mos":"4.1","jitter":"3","packet_loss":"0.2","total_cost":"1.5",)"
            R"("answer_time":"2026-03-25T10:00:01Z","hangup_cause_code":"4000"})");
        QVERIFY(r.ok());
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(QStringLiteral("\n"))));
        const Call &c = r.calls.first();
        QCOMPARE(c.id, QStringLiteral("12345"));
        QCOMPARE(c.from, QStringLiteral("919876543210"));
        QCOMPARE(c.durationS, std::optional<double>(47));
        QCOMPARE(c.mos, std::optional<double>(4.1));
        QCOMPARE(c.cost, std::optional<double>(1.5));
        QCOMPARE(c.hangupCode, QStringLiteral("4000"));
    }

    void wrongTypesWarnButConvert()
    {
        const ParseResult r = parse(R"([{"uuid":"w1","caller_id_number":"1","destination_number":"2","duration":{"s":4},)"
            R"("billsec":[1],"start_time":"not a time","answer_time":"2026-03-25T10:00:01Z","mos":true,"extra_field":{"kept":1}}])");
        QVERIFY(r.ok());
        QCOMPARE(r.calls.size(), 1);
        const Call &c = r.calls.first();
        QCOMPARE(c.id, QStringLiteral("w1"));
        QVERIFY(!c.durationS);
        QVERIFY(!c.startTime.isValid());
        QCOMPARE(c.status, CallStatus::Answered);
        const QString all = r.warnings.join(QStringLiteral("\n"));
        QVERIFY2(all.contains(QLatin1String("record 1 (w1)")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("'duration'")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("'billsec'")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("'start_time'")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("'mos'")), qPrintable(all));
        // unknown fields survive in raw
        QCOMPARE(c.rawObject().value(QLatin1String("extra_field")).toObject().value(QLatin1String("kept")).toInt(), 1);
    }

    void envelopes()
    {
        const QByteArray rec = R"({"dr_sid":"s1","number_src":"1","number_dst":"2","sipcause":"200"})";
        const QByteArray rec2 = R"({"dr_sid":"s2","number_src":"1","number_dst":"2","sipcause":"486"})";
        const QList<QByteArray> bodies = {
            "[" + rec + "," + rec2 + "]",
            R"({"count":2,"has_more":true,"items":[)" + rec + "," + rec2 + "]}",
            rec + "\n" + rec2 + "\n",
            rec + "\r\n\r\n" + rec2,
            R"({"api_id":"a","meta":{"limit":20,"offset":0,"total_count":2,"next":null},"objects":[)" + rec + "," + rec2 + "]}",
            R"({"account_id":"x","count":2,"data":[)" + rec + "," + rec2 + R"(],"pagination":{"page":1,"has_next":false,"total":2},"summary":{},"success":true})",
            R"({"message":"Success.","data":{"current_page":1,"data":[)" + rec + "," + rec2 + "]}}",
        };
        for (const QByteArray &b : bodies) {
            const ParseResult r = parse(b);
            QVERIFY2(r.ok(), qPrintable(r.error + QStringLiteral(" in ") + QString::fromUtf8(b)));
            QCOMPARE(r.calls.size(), 2);
            QCOMPARE(r.calls.at(0).id, QStringLiteral("s1"));
            QCOMPARE(r.calls.at(1).status, CallStatus::Busy);
        }
        const ParseResult single = parse(R"({"data":)" + rec + R"(,"success":true})");
        QCOMPARE(single.calls.size(), 1);
        const ParseResult nb = parse(R"({"message":"Success.","data":)" + rec + "}");
        QCOMPARE(nb.calls.size(), 1);
    }

    void liveCallIdList()
    {
        const ParseResult r = parse(R"({"api_id":"x","calls":["a","b","c"]})");
        QVERIFY(r.ok());
        QVERIFY(r.calls.isEmpty());
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.first().contains(QLatin1String("3")));
    }

    void unknownProviderIsKeptWithWarning()
    {
        const ParseResult r = parse(R"({"something":"else","id":"q"})");
        QVERIFY(r.ok());
        QCOMPARE(r.calls.size(), 1);
        QCOMPARE(r.calls.first().provider, Provider::Unknown);
        QVERIFY(r.warnings.join(QStringLiteral(" ")).contains(QLatin1String("--provider")));
    }

    void forcedProvider()
    {
        // A bare Plivo-style record forced to Vobiz is read as Vobiz.
        const ParseResult r = parse(readFile(fixturePath("plivo_call_get_python_fixture.json")), Provider::Vobiz);
        QCOMPARE(r.calls.first().provider, Provider::Vobiz);
        QCOMPARE(r.calls.first().id, QStringLiteral("4d04c52e-cea3-4458-bbdb-0bfc314ee7cd"));
    }

    void vobizCsvExport()
    {
        const QByteArray csv = "uuid,call_direction,caller_id_number,destination_number,duration,billsec,start_time,answer_time,end_time,"
                               "hangup_cause,hangup_cause_code,mos,jitter,packet_loss,total_cost,currency\r\n"
                               "c1,outbound,+911,+912,47,42,2026-03-25T10:00:00Z,2026-03-25T10:00:01Z,2026-03-25T10:00:42Z,"
                               "NORMAL_CLEARING,4000,4.5,0.2,0.1,0.45,INR\r\n"
                               "c2,inbound,+913,+914,12,0,2026-03-25T09:30:00Z,,2026-03-25T09:30:12Z,NO_ANSWER,4100,0,0,0,0,INR\r\n";
        const ParseResult r = parse(csv, Provider::Vobiz);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.calls.size(), 2);
        QCOMPARE(r.calls.at(0).mos, std::optional<double>(4.5));
        QCOMPARE(r.calls.at(0).cost, std::optional<double>(0.45));
        QCOMPARE(r.calls.at(0).status, CallStatus::Answered);
        QCOMPARE(r.calls.at(1).status, CallStatus::NoAnswer);
        QVERIFY(!r.calls.at(1).mos);
        // detection works on CSV headers too
        QCOMPARE(parse(csv).calls.at(0).provider, Provider::Vobiz);
    }
};

QTEST_GUILESS_MAIN(TestRecordParser)
#include "tst_recordparser.moc"
