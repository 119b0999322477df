// SPDX-License-Identifier: GPL-3.0-or-later
// The hangup class and Q.850 number: every provider shape in shared/fixtures/public and the
// seeds, read by RecordParser and classified, then one data row per SIP code, Q.850 value,
// Vobiz cause (read from seed 004 itself), Plivo code and NexBro-style sentence, then the
// status rules.

#include "core/hangupcatalog.h"
#include "core/hangupclassifier.h"
#include "core/recordparser.h"
#include "seedbodies.h"

#include <QRegularExpression>
#include <QTest>

using namespace cdr;
using testutil::fixturePath;
using testutil::readFile;
using testutil::seedBody;
using testutil::seedPath;

namespace {

constexpr int kNone = -1; // q850 column: no number

int q850Or(const std::optional<int> &q) { return q.value_or(kNone); }

// Plivo's SIP trunking (Zentrunk) CDR example, from docs.plivo.com
// /docs/sip-trunking/api/call/get-cdr-of-call: answered, 4 billed seconds, yet code 3000.
const char kZentrunkExample[] = R"({
  "call_uuid": "90b6eb07-796c-4d86-a4fd-44ed11667ddb",
  "from_number": "+912235328936",
  "to_number": "+919943720205",
  "call_direction": "outbound",
  "call_duration": 4,
  "bill_duration": 4,
  "end_time": "2022-12-06 07:02:00",
  "hangup_cause_name": "normal_hangup",
  "hangup_source": "carrier",
  "total_rate": "0.03000",
  "total_amount": "0.00200",
  "initiation_time": "2022-12-06 07:01:48",
  "answer_time": "2022-12-06 07:01:56",
  "trunk_domain": "93667062664669661.ap-south-1.zt.plivo.com",
  "from_country": "IN",
  "to_country": "IN",
  "transport_protocol": "udp",
  "srtp": false,
  "hangup_cause_code": 3000,
  "secure_trunking": false,
  "secure_trunking_rate": "0.00000",
  "stir_verification": "not applicable",
  "attestation_indicator": "null"
})";

QByteArray body(const QString &source)
{
    if (source == QLatin1String("zentrunk"))
        return QByteArray(kZentrunkExample);
    if (source.startsWith(QLatin1String("seed:"))) {
        const QStringList parts = source.mid(5).split(u'#');
        return seedBody(parts.at(0).toLatin1().constData(), parts.value(1).toInt());
    }
    return readFile(fixturePath(source.toLatin1().constData()));
}

/// Vobiz's hangup_cause table in seed 004: NAME | description |.
QList<QPair<QString, QString>> vobizSeedCauses()
{
    QList<QPair<QString, QString>> out;
    const QString text = QString::fromUtf8(readFile(seedPath("004_e75089794482b730.txt")));
    static const QRegularExpression row(QStringLiteral("^([A-Z_]+) \\| (.+) \\|$"),
                                        QRegularExpression::MultilineOption);
    for (auto it = row.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out << qMakePair(m.captured(1), m.captured(2));
    }
    return out;
}

} // namespace

class TestHangupClassifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ---- every provider shape, through the parser --------------------------------------

    void providerShapes_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("record");
        QTest::addColumn<QString>("expectedClass");
        QTest::addColumn<int>("expectedQ850");

        QTest::newRow("nexbro seed sentence") << "seed:000_45cd56abe0de55d1.txt#0" << 0 << "normal" << kNone;
        // "in-progress" on the page, but an answer time and billed seconds: answered, normal.
        QTest::newRow("vobiz /Call flat seed, answered by evidence") << "seed:001_0035c51f1a84ac31.txt#0" << 0 << "normal" << kNone;
        QTest::newRow("carrierx seed sipcause 200") << "seed:002_3ae8f5d7c89b65c5.txt#0" << 0 << "normal" << 16;
        QTest::newRow("plivo seed 8011 answered") << "seed:003_deba017cf42112bc.txt#0" << 0 << "network_failure" << kNone;
        QTest::newRow("plivo get, unanswered, no code") << "plivo_call_get_python_fixture.json" << 0 << "no_answer" << kNone;
        QTest::newRow("plivo list #1 answered, no code") << "plivo_call_list_python_fixture.json" << 0 << "normal" << kNone;
        QTest::newRow("plivo list #2 answered, no code") << "plivo_call_list_python_fixture.json" << 1 << "normal" << kNone;
        QTest::newRow("plivo live call") << "plivo_live_call_get_python_fixture.json" << 0 << "unknown" << kNone;
        QTest::newRow("vobiz cdr get NORMAL_CLEARING") << "vobiz_cdr_get_wiremock.json" << 0 << "normal" << 16;
        QTest::newRow("vobiz cdr list NORMAL_CLEARING") << "vobiz_cdr_list_wiremock.json" << 0 << "normal" << 16;
        QTest::newRow("vobiz cdr list NO_ANSWER 4100") << "vobiz_cdr_list_wiremock.json" << 1 << "no_answer" << 19;
        QTest::newRow("vobiz cdr recent") << "vobiz_cdr_recent_wiremock.json" << 0 << "normal" << 16;
        QTest::newRow("vobiz cdr search") << "vobiz_cdr_search_wiremock.json" << 0 << "normal" << 16;
        QTest::newRow("vobiz live call") << "vobiz_live_call_get_wiremock.json" << 0 << "unknown" << kNone;
    }
    void providerShapes()
    {
        QFETCH(QString, source);
        QFETCH(int, record);
        QFETCH(QString, expectedClass);
        QFETCH(int, expectedQ850);
        const QByteArray data = body(source);
        QVERIFY2(!data.isEmpty(), qPrintable(source));
        const ParseResult r = RecordParser::parse(data, ParseOptions(), source);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(record < r.calls.size());
        Call c = r.calls.at(record);
        HangupClassifier::apply(c);
        QCOMPARE(hangupClassName(c.hangupClass), expectedClass);
        QCOMPARE(q850Or(c.q850), expectedQ850);
        // The provider's own fields stay as they were.
        QCOMPARE(c.hangupCause, r.calls.at(record).hangupCause);
        QCOMPARE(c.hangupCode, r.calls.at(record).hangupCode);
    }

    void zentrunkAnsweredCallIsNormal()
    {
        const ParseResult r = RecordParser::parse(body(QStringLiteral("zentrunk")), ParseOptions(), QStringLiteral("zentrunk"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.calls.size(), 1);
        const Call &c = r.calls.first();
        QCOMPARE(c.provider, Provider::Plivo);
        QCOMPARE(c.hangupCode, QStringLiteral("3000"));
        QVERIFY(c.answerTime.isValid());
        // Issue 9: answer time and billed time make this call answered, whatever the code.
        const HangupClassification k = HangupClassifier::classify(c.provider, c.hangupCause, c.hangupCode,
                                                                  CallStatus::Answered);
        QCOMPARE(k.hangupClass, HangupClass::Normal);
        QCOMPARE(q850Or(k.q850), 16); // from the name normal_hangup
        // Code 3000 alone on an answered call still cannot make it "no answer".
        const HangupClassification codeOnly = HangupClassifier::classify(Provider::Plivo, QString(),
                                                                         QStringLiteral("3000"), CallStatus::Answered);
        QCOMPARE(codeOnly.hangupClass, HangupClass::Normal);
        QCOMPARE(q850Or(codeOnly.q850), kNone); // 19 would contradict the class
        // The ingest applies the evidence order and the class itself.
        QCOMPARE(c.status, CallStatus::Answered);
        QCOMPARE(c.hangupClass, HangupClass::Normal);
        QCOMPARE(q850Or(c.q850), 16);
    }

    // ---- SIP final responses (RFC 3398 section 7.2.4.1) ----------------------------------

    void sipCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expectedClass");
        QTest::addColumn<int>("expectedQ850");
        const struct { int code; const char *cls; int q850; } rows[] = {
            {200, "normal", 16},          {202, "normal", 16},          {400, "network_failure", 41},
            {401, "rejected", 21},        {402, "rejected", 21},        {403, "rejected", 21},
            {404, "invalid_number", 1},   {405, "network_failure", 63}, {406, "network_failure", 79},
            {407, "rejected", 21},        {408, "no_answer", 102},      {410, "invalid_number", 22},
            {413, "network_failure", 127}, {414, "network_failure", 127}, {415, "network_failure", 79},
            {416, "network_failure", 127}, {420, "network_failure", 127}, {421, "network_failure", 127},
            {423, "network_failure", 127}, {480, "no_answer", 18},      {481, "network_failure", 41},
            {482, "network_failure", 25}, {483, "network_failure", 25}, {484, "invalid_number", 28},
            {485, "invalid_number", 1},   {486, "busy", 17},            {487, "canceled", kNone},
            {488, "media_failure", kNone}, {500, "network_failure", 41}, {501, "network_failure", 79},
            {502, "network_failure", 38}, {503, "network_failure", 41}, {504, "network_failure", 102},
            {505, "network_failure", 127}, {513, "network_failure", 127}, {580, "network_failure", kNone},
            {600, "busy", 17},            {603, "rejected", 21},        {604, "invalid_number", 1},
            {606, "media_failure", kNone}, {607, "rejected", kNone},    {608, "rejected", kNone},
            {183, "unknown", kNone},      {302, "unknown", kNone},      {499, "unknown", kNone},
        };
        for (const auto &r : rows)
            QTest::addRow("SIP %d", r.code) << r.code << QString::fromLatin1(r.cls) << r.q850;
    }
    void sipCodes()
    {
        QFETCH(int, code);
        QFETCH(QString, expectedClass);
        QFETCH(int, expectedQ850);
        const HangupClassification k = HangupClassifier::fromSipCode(code);
        QCOMPARE(hangupClassName(k.hangupClass), expectedClass);
        QCOMPARE(q850Or(k.q850), expectedQ850);
        // CarrierX's record: sipcause as the code, our reason phrase as the cause; status unknown
        // so the code alone decides.
        const HangupClassification cx = HangupClassifier::classify(
            Provider::CarrierX, HangupCatalog::explainSipCode(code).title, QString::number(code), CallStatus::Unknown);
        QCOMPARE(hangupClassName(cx.hangupClass), expectedClass);
        QCOMPARE(q850Or(cx.q850), expectedQ850);
    }

    // ---- Q.850 cause numbers ----------------------------------------------------------

    void q850Numbers_data()
    {
        QTest::addColumn<int>("cause");
        QTest::addColumn<QString>("expectedClass");
        const struct { int cause; const char *cls; } rows[] = {
            {1, "invalid_number"},  {2, "invalid_number"},  {3, "invalid_number"},  {4, "invalid_number"},
            {5, "invalid_number"},  {6, "network_failure"}, {7, "normal"},          {8, "network_failure"},
            {9, "network_failure"}, {16, "normal"},         {17, "busy"},           {18, "no_answer"},
            {19, "no_answer"},      {20, "unavailable"},    {21, "rejected"},       {22, "invalid_number"},
            {23, "invalid_number"}, {25, "network_failure"}, {26, "canceled"},      {27, "unavailable"},
            {28, "invalid_number"}, {29, "rejected"},       {30, "normal"},         {31, "normal"},
            {34, "network_failure"}, {38, "network_failure"}, {41, "network_failure"}, {42, "network_failure"},
            {44, "network_failure"}, {47, "network_failure"}, {49, "media_failure"}, {50, "rejected"},
            {52, "rejected"},       {53, "rejected"},       {54, "rejected"},       {55, "rejected"},
            {57, "rejected"},       {58, "media_failure"},  {62, "rejected"},       {63, "network_failure"},
            {65, "media_failure"},  {66, "media_failure"},  {69, "network_failure"}, {70, "media_failure"},
            {79, "network_failure"}, {81, "network_failure"}, {87, "rejected"},     {88, "media_failure"},
            {95, "network_failure"}, {96, "network_failure"}, {100, "network_failure"}, {102, "network_failure"},
            {111, "network_failure"}, {127, "network_failure"}, {14, "unknown"},
        };
        for (const auto &r : rows)
            QTest::addRow("Q.850 %d", r.cause) << r.cause << QString::fromLatin1(r.cls);
    }
    void q850Numbers()
    {
        QFETCH(int, cause);
        QFETCH(QString, expectedClass);
        const HangupClassification k = HangupClassifier::fromQ850(cause);
        QCOMPARE(hangupClassName(k.hangupClass), expectedClass);
        QCOMPARE(q850Or(k.q850), cause);
        // A bare number 1-127 in the code field is read as Q.850, for any provider.
        const HangupClassification viaCode = HangupClassifier::classify(Provider::Unknown, QString(),
                                                                        QString::number(cause), CallStatus::Unknown);
        QCOMPARE(hangupClassName(viaCode.hangupClass), expectedClass);
        QCOMPARE(q850Or(viaCode.q850), cause);
        // And in a SIP Reason header.
        const HangupClassification viaReason = HangupClassifier::classify(
            Provider::Unknown, QStringLiteral("Q.850;cause=%1;text=\"x\"").arg(cause), QString(), CallStatus::Unknown);
        QCOMPARE(q850Or(viaReason.q850), cause);
    }
    void q850OutOfRangeIsNotACause()
    {
        QCOMPARE(HangupClassifier::fromQ850(0), HangupClassification());
        QCOMPARE(HangupClassifier::fromQ850(128), HangupClassification());
        QCOMPARE(HangupClassifier::fromQ850(487), HangupClassification());
    }

    // ---- Vobiz hangup_cause, the table in seed 004 --------------------------------------

    void vobizCauses_data()
    {
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("expectedClass");
        QTest::addColumn<int>("expectedQ850");
        const QHash<QString, QPair<QString, int>> expected = {
            {QStringLiteral("NORMAL_CLEARING"), {QStringLiteral("normal"), 16}},
            {QStringLiteral("USER_BUSY"), {QStringLiteral("busy"), 17}},
            {QStringLiteral("NO_ANSWER"), {QStringLiteral("no_answer"), 19}},
            {QStringLiteral("ORIGINATOR_CANCEL"), {QStringLiteral("canceled"), kNone}},
            {QStringLiteral("CALL_REJECTED"), {QStringLiteral("rejected"), 21}},
            {QStringLiteral("REJECTED"), {QStringLiteral("rejected"), 21}},
            {QStringLiteral("INVALID_NUMBER"), {QStringLiteral("invalid_number"), 28}},
            {QStringLiteral("UNALLOCATED_NUMBER"), {QStringLiteral("invalid_number"), 1}},
            {QStringLiteral("SERVICE_UNAVAILABLE"), {QStringLiteral("network_failure"), 63}},
            {QStringLiteral("SERVER_ERROR"), {QStringLiteral("network_failure"), kNone}},
            {QStringLiteral("MEDIA_TIMEOUT"), {QStringLiteral("media_failure"), kNone}},
            {QStringLiteral("PROTOCOL_ERROR"), {QStringLiteral("network_failure"), 111}},
            {QStringLiteral("NETWORK_OUT_OF_ORDER"), {QStringLiteral("network_failure"), 38}},
            {QStringLiteral("DESTINATION_OUT_OF_ORDER"), {QStringLiteral("unavailable"), 27}},
            {QStringLiteral("NORMAL_TEMPORARY_FAILURE"), {QStringLiteral("network_failure"), 41}},
            {QStringLiteral("SWITCH_CONGESTION"), {QStringLiteral("network_failure"), 42}},
            {QStringLiteral("UNKNOWN"), {QStringLiteral("unknown"), kNone}},
        };
        const auto seed = vobizSeedCauses();
        QCOMPARE(seed.size(), expected.size()); // every cause the seed documents has a row here
        for (const auto &[cause, description] : seed) {
            QVERIFY2(expected.contains(cause), qPrintable(cause));
            QTest::newRow(qPrintable(cause)) << cause << description << expected.value(cause).first
                                             << expected.value(cause).second;
        }
    }
    void vobizCauses()
    {
        QFETCH(QString, cause);
        QFETCH(QString, description);
        QFETCH(QString, expectedClass);
        QFETCH(int, expectedQ850);
        const HangupClassification k = HangupClassifier::fromCauseName(cause);
        QCOMPARE(hangupClassName(k.hangupClass), expectedClass);
        QCOMPARE(q850Or(k.q850), expectedQ850);
        // Vobiz CDR: a known text cause beats the numeric code (4100, "No Answer", is not in
        // Plivo's table; its range says normal). UNKNOWN says nothing, so the code speaks.
        const HangupClassification withCode = HangupClassifier::classify(Provider::Vobiz, cause, QStringLiteral("4100"),
                                                                         CallStatus::Unknown);
        QCOMPARE(hangupClassName(withCode.hangupClass),
                 cause == QLatin1String("UNKNOWN") ? QStringLiteral("normal") : expectedClass);
        // Vobiz's own description, read as a sentence, lands in the same class.
        QCOMPARE(hangupClassName(HangupClassifier::fromSentence(description).hangupClass), expectedClass);
        // The catalog's Q.850 numbers for these names agree (it also lists FreeSWITCH-internal ones).
        const QString catalogQ850 = HangupCatalog::explainFreeSwitchCause(cause).q850;
        if (!catalogQ850.isEmpty() && catalogQ850.toInt() <= 127)
            QCOMPARE(q850Or(k.q850), catalogQ850.toInt());
    }

    void causeNameSpellings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expectedClass");
        QTest::addColumn<int>("expectedQ850");
        QTest::newRow("lower case") << "user_busy" << "busy" << 17;
        QTest::newRow("spaces") << "Normal Clearing" << "normal" << 16;
        QTest::newRow("zentrunk normal_hangup") << "normal_hangup" << "normal" << 16;
        QTest::newRow("zentrunk rtp_timeout") << "rtp_timeout" << "media_failure" << kNone;
        QTest::newRow("zentrunk unauthorized") << "call_rejected_unauthorized" << "rejected" << 21;
        QTest::newRow("freeswitch no route") << "NO_ROUTE_DESTINATION" << "invalid_number" << 3;
        QTest::newRow("freeswitch subscriber absent") << "SUBSCRIBER_ABSENT" << "unavailable" << 20;
        QTest::newRow("freeswitch lose race") << "LOSE_RACE" << "canceled" << kNone;
        QTest::newRow("freeswitch recovery on timer") << "RECOVERY_ON_TIMER_EXPIRE" << "network_failure" << 102;
        QTest::newRow("freeswitch incompatible") << "INCOMPATIBLE_DESTINATION" << "media_failure" << 88;
        QTest::newRow("plivo spelling Cancelled") << "Cancelled" << "canceled" << kNone;
        QTest::newRow("zentrunk credits") << "insufficient_Plivo_credits" << "canceled" << kNone;
        QTest::newRow("zentrunk reinvite") << "abnormal_hangup_due_to_reinvite" << "network_failure" << kNone;
        QTest::newRow("zentrunk bad request") << "bad_request" << "network_failure" << 41;
        QTest::newRow("zentrunk by carrier") << "call_rejected_unauthorized_by_carrier" << "rejected" << 21;
        QTest::newRow("freeswitch picked off") << "PICKED_OFF" << "canceled" << kNone;
        QTest::newRow("freeswitch not registered") << "USER_NOT_REGISTERED" << "unavailable" << kNone;
        QTest::newRow("freeswitch progress timeout") << "PROGRESS_TIMEOUT" << "no_answer" << kNone;
        QTest::newRow("freeswitch gateway down") << "GATEWAY_DOWN" << "network_failure" << kNone;
        QTest::newRow("freeswitch invalid gateway") << "INVALID_GATEWAY" << "network_failure" << kNone;
        QTest::newRow("freeswitch shutdown") << "SYSTEM_SHUTDOWN" << "network_failure" << kNone;
        QTest::newRow("freeswitch crash") << "CRASH" << "network_failure" << kNone;
        QTest::newRow("freeswitch manager request") << "MANAGER_REQUEST" << "normal" << kNone;
        QTest::newRow("freeswitch blind transfer") << "BLIND_TRANSFER" << "normal" << kNone;
        QTest::newRow("freeswitch attended transfer") << "ATTENDED_TRANSFER" << "normal" << kNone;
        QTest::newRow("freeswitch allotted timeout") << "ALLOTTED_TIMEOUT" << "normal" << kNone;
        QTest::newRow("freeswitch user challenge") << "USER_CHALLENGE" << "rejected" << kNone;
        QTest::newRow("freeswitch no user response") << "NO_USER_RESPONSE" << "no_answer" << 18;
        QTest::newRow("freeswitch outgoing barred") << "OUTGOING_CALL_BARRED" << "rejected" << 52;
        QTest::newRow("freeswitch bearer not available") << "BEARERCAPABILITY_NOTAVAIL" << "media_failure" << 58;
        QTest::newRow("freeswitch interworking") << "INTERWORKING" << "network_failure" << 127;
        QTest::newRow("unknown name") << "SOMETHING_ELSE" << "unknown" << kNone;
    }
    void causeNameSpellings()
    {
        QFETCH(QString, name);
        QFETCH(QString, expectedClass);
        QFETCH(int, expectedQ850);
        const HangupClassification k = HangupClassifier::fromCauseName(name);
        QCOMPARE(hangupClassName(k.hangupClass), expectedClass);
        QCOMPARE(q850Or(k.q850), expectedQ850);
    }

    // ---- Plivo hangup_cause_code and its name --------------------------------------------

    void plivoCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expectedClass");
        QTest::addColumn<int>("expectedQ850");
        const struct { int code; const char *cls; int q850; } rows[] = {
            {0, "unknown", kNone},
            {1000, "canceled", kNone}, {1010, "canceled", kNone}, {1020, "canceled", kNone},
            {2000, "invalid_number", kNone}, {2010, "unavailable", 27}, {2020, "unavailable", kNone},
            {2030, "rejected", 52}, {2040, "rejected", 52}, {2050, "rejected", 52},
            {2060, "network_failure", 25}, {2070, "rejected", kNone},
            {3000, "no_answer", 19}, {3010, "busy", 17}, {3020, "rejected", 21}, {3030, "rejected", kNone},
            {3040, "rejected", 21}, {3050, "invalid_number", 1}, {3070, "network_failure", 102},
            {3080, "network_failure", 41}, {3090, "network_failure", kNone}, {3100, "busy", 17},
            {3110, "rejected", 21}, {3120, "invalid_number", 1}, {3130, "rejected", kNone},
            {3140, "rejected", kNone},
            {4000, "normal", 16}, {4010, "normal", 16}, {4020, "normal", 16}, {4030, "normal", 16},
            {5000, "network_failure", kNone}, {5010, "network_failure", kNone}, {5020, "network_failure", kNone},
            {5030, "network_failure", kNone},
            {6000, "normal", kNone}, {6010, "no_answer", 19}, {6020, "media_failure", kNone},
            {7011, "network_failure", kNone}, {7014, "network_failure", kNone}, {7022, "network_failure", kNone},
            {7034, "network_failure", kNone}, {8011, "network_failure", kNone}, {8014, "network_failure", kNone},
            {9000, "canceled", 26}, {9100, "normal", kNone}, {9110, "normal", kNone},
            // not in the table: the category range
            {1999, "canceled", kNone}, {2999, "unavailable", kNone}, {3999, "unknown", kNone},
            {4100, "normal", kNone}, {5999, "network_failure", kNone}, {6999, "unknown", kNone},
            {7999, "network_failure", kNone}, {9999, "unknown", kNone},
        };
        for (const auto &r : rows)
            QTest::addRow("code %d", r.code) << r.code << QString::fromLatin1(r.cls) << r.q850;
    }
    void plivoCodes()
    {
        QFETCH(int, code);
        QFETCH(QString, expectedClass);
        QFETCH(int, expectedQ850);
        const HangupClassification k = HangupClassifier::fromPlivoCode(code);
        QCOMPARE(hangupClassName(k.hangupClass), expectedClass);
        QCOMPARE(q850Or(k.q850), expectedQ850);
        // Plivo's record carries the code and its name; both read the same.
        const HangupExplanation e = HangupCatalog::explainPlivoCode(code);
        if (e.known) {
            const HangupClassification byName = HangupClassifier::fromCauseName(e.title);
            QCOMPARE(hangupClassName(byName.hangupClass), expectedClass);
            QCOMPARE(q850Or(byName.q850), expectedQ850);
            const HangupClassification both = HangupClassifier::classify(Provider::Plivo, e.title, QString::number(code),
                                                                         CallStatus::Unknown);
            QCOMPARE(hangupClassName(both.hangupClass), expectedClass);
        }
    }

    // ---- NexBro sentences ------------------------------------------------------------------

    void nexbroSentences_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expectedClass");
        QTest::newRow("seed") << "Call was terminated normally by either party." << "normal";
        QTest::newRow("busy") << "The called party was busy." << "busy";
        QTest::newRow("no answer") << "The called party did not answer the call." << "no_answer";
        QTest::newRow("no response") << "No response from the called party." << "no_answer";
        QTest::newRow("cancel") << "Call was cancelled by the caller before it was answered." << "canceled";
        QTest::newRow("reject") << "Call was rejected by the called party." << "rejected";
        QTest::newRow("declined") << "The callee declined the call." << "rejected";
        QTest::newRow("unallocated") << "The number dialled is unallocated." << "invalid_number";
        QTest::newRow("not exist") << "The number you dialled does not exist." << "invalid_number";
        QTest::newRow("unavailable") << "The destination is unavailable." << "unavailable";
        QTest::newRow("not registered") << "The extension is not registered." << "unavailable";
        QTest::newRow("network") << "Call failed because of a network error." << "network_failure";
        QTest::newRow("temporary failure") << "Normal temporary failure." << "network_failure";
        QTest::newRow("media timeout") << "Call was dropped after a media timeout." << "media_failure";
        QTest::newRow("nothing known") << "Something happened." << "unknown";
    }
    void nexbroSentences()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, expectedClass);
        const HangupClassification k = HangupClassifier::fromSentence(sentence);
        QCOMPARE(hangupClassName(k.hangupClass), expectedClass);
        QVERIFY(!k.q850); // a sentence never names a Q.850 number
        // Through classify, with a status that does not contradict the sentence.
        const CallStatus status = expectedClass == QLatin1String("normal") ? CallStatus::Answered : CallStatus::Unknown;
        QCOMPARE(hangupClassName(HangupClassifier::classify(Provider::NexBro, sentence, QString(), status).hangupClass),
                 expectedClass);
    }

    // ---- status rules ------------------------------------------------------------------

    void emptyCauseFollowsStatus_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expectedClass");
        QTest::newRow("answered") << int(CallStatus::Answered) << "normal";
        QTest::newRow("busy") << int(CallStatus::Busy) << "busy";
        QTest::newRow("no-answer") << int(CallStatus::NoAnswer) << "no_answer";
        QTest::newRow("canceled") << int(CallStatus::Canceled) << "canceled";
        QTest::newRow("failed") << int(CallStatus::Failed) << "unknown";
        QTest::newRow("in-progress") << int(CallStatus::InProgress) << "unknown";
        QTest::newRow("unknown") << int(CallStatus::Unknown) << "unknown";
    }
    void emptyCauseFollowsStatus()
    {
        QFETCH(int, status);
        QFETCH(QString, expectedClass);
        for (Provider p : {Provider::Plivo, Provider::Vobiz, Provider::CarrierX, Provider::NexBro, Provider::Unknown}) {
            const HangupClassification k = HangupClassifier::classify(p, QString(), QString(), CallStatus(status));
            QCOMPARE(hangupClassName(k.hangupClass), expectedClass);
            QVERIFY(!k.q850);
            // An unrecognised cause is no evidence either.
            const HangupClassification u = HangupClassifier::classify(p, QStringLiteral("Something happened."),
                                                                      QString(), CallStatus(status));
            QCOMPARE(hangupClassName(u.hangupClass), expectedClass);
        }
    }

    void causeAgreesWithStatus_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expectedClass");
        QTest::addColumn<int>("expectedQ850");
        const int plivo = int(Provider::Plivo), vobiz = int(Provider::Vobiz), cx = int(Provider::CarrierX);
        QTest::newRow("answered, busy code") << plivo << "Busy Line" << "3010" << int(CallStatus::Answered) << "normal" << kNone;
        QTest::newRow("answered, media timeout") << vobiz << "MEDIA_TIMEOUT" << "" << int(CallStatus::Answered) << "media_failure" << kNone;
        QTest::newRow("answered, webhook error") << plivo << "Invalid Answer XML" << "8011" << int(CallStatus::Answered) << "network_failure" << kNone;
        QTest::newRow("unanswered NORMAL_CLEARING") << vobiz << "NORMAL_CLEARING" << "4000" << int(CallStatus::NoAnswer) << "no_answer" << kNone;
        QTest::newRow("canceled, normal code") << plivo << "" << "4000" << int(CallStatus::Canceled) << "canceled" << kNone;
        QTest::newRow("failed, normal code") << plivo << "" << "4000" << int(CallStatus::Failed) << "unknown" << kNone;
        QTest::newRow("no-answer, busy cause kept") << vobiz << "USER_BUSY" << "" << int(CallStatus::NoAnswer) << "busy" << 17;
        QTest::newRow("failed, rejected kept") << cx << "603 Decline" << "603" << int(CallStatus::Failed) << "rejected" << 21;
        QTest::newRow("vobiz 4100 alone, unanswered") << vobiz << "" << "4100" << int(CallStatus::NoAnswer) << "no_answer" << kNone;
        QTest::newRow("carrierx 486") << cx << "486 Busy Here" << "486" << int(CallStatus::Busy) << "busy" << 17;
        QTest::newRow("carrierx no code, answered") << cx << "" << "" << int(CallStatus::Answered) << "normal" << kNone;
    }
    void causeAgreesWithStatus()
    {
        QFETCH(int, provider);
        QFETCH(QString, cause);
        QFETCH(QString, code);
        QFETCH(int, status);
        QFETCH(QString, expectedClass);
        QFETCH(int, expectedQ850);
        const HangupClassification k = HangupClassifier::classify(Provider(provider), cause, code, CallStatus(status));
        QCOMPARE(hangupClassName(k.hangupClass), expectedClass);
        QCOMPARE(q850Or(k.q850), expectedQ850);
    }

    void repeatedAndManyDistinctCausesStayCorrect()
    {
        // classify() remembers recent cause texts per thread; past its bound it starts over.
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < 3000; ++i) {
                const QString busy = QStringLiteral("Line %1 was busy.").arg(i);
                QCOMPARE(HangupClassifier::classify(Provider::NexBro, busy, QString(), CallStatus::Unknown).hangupClass,
                         HangupClass::Busy);
            }
            // The same text under another status or provider is judged afresh.
            const QString normal = QStringLiteral("Call was terminated normally by either party.");
            QCOMPARE(HangupClassifier::classify(Provider::NexBro, normal, QString(), CallStatus::Answered).hangupClass,
                     HangupClass::Normal);
            QCOMPARE(HangupClassifier::classify(Provider::NexBro, normal, QString(), CallStatus::NoAnswer).hangupClass,
                     HangupClass::NoAnswer);
            QCOMPARE(HangupClassifier::classify(Provider::Vobiz, QStringLiteral("NO_ANSWER"), QStringLiteral("4100"),
                                                CallStatus::NoAnswer),
                     (HangupClassification{HangupClass::NoAnswer, 19}));
        }
    }

    void applySetsTheCall()
    {
        Call c;
        c.provider = Provider::Vobiz;
        c.hangupCause = QStringLiteral("USER_BUSY");
        c.hangupCode = QStringLiteral("3010");
        c.status = CallStatus::Busy;
        HangupClassifier::apply(c);
        QCOMPARE(c.hangupClass, HangupClass::Busy);
        QCOMPARE(c.q850, std::optional<int>(17));
        c.hangupCause.clear();
        c.hangupCode.clear();
        c.status = CallStatus::Answered;
        HangupClassifier::apply(c);
        QCOMPARE(c.hangupClass, HangupClass::Normal);
        QCOMPARE(c.q850, std::nullopt); // a class from status alone carries no number
    }
};

QTEST_GUILESS_MAIN(TestHangupClassifier)
#include "tst_hangupclassifier.moc"
