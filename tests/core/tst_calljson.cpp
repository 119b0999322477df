// SPDX-License-Identifier: GPL-3.0-or-later
// The normalized JSON writer and reader agree on every value the ingest can produce: what is
// read from a provider's record or from our own JSON is written and read back to the same
// bytes. Each case here was a fuzz finding (fuzz/corpus/*/bug-*): -0, raw's number spelling,
// and bytes that are not UTF-8.

#include "seedbodies.h"

#include <core/calljson.h>
#include <core/callreader.h>

#include <QTest>

#include <cmath>

using namespace cdr;

namespace {

struct Read
{
    QList<Call> calls;
    CallReader::Result result;
};

Read readAll(const QByteArray &bytes, const QString &name)
{
    Read r;
    r.result = CallReader::readBytes(bytes, ParseOptions(), name, [&r](QList<Call> &&calls) {
        r.calls << calls;
        return true;
    });
    return r;
}

// The writer's bytes read back to the same bytes.
bool readsBack(const Call &call, QByteArray *written = nullptr)
{
    const QByteArray once = CallJson::toJsonBytes(call);
    if (written)
        *written = once;
    Call back;
    return CallJson::fromJsonBytes(once, &back) && CallJson::toJsonBytes(back) == once;
}

bool isPlusZero(const std::optional<double> &v)
{
    return v && *v == 0 && !std::signbit(*v);
}

} // namespace

class TestCallJson : public QObject
{
    Q_OBJECT

private slots:
    // -0 means 0 in a call: the writer prints 0, and both readers (ours and the providers') read
    // "-0" and -0.0 as +0, so a written call reads back to the same bytes.
    void negativeZeroIsZero()
    {
        QByteArray out;
        CallJson::appendNumber(out, -0.0);
        QCOMPARE(out, QByteArray("0"));

        // Our own JSON (the calljson fuzz finding: {"cost":"-0"}).
        Call c;
        QVERIFY(CallJson::fromJsonBytes(R"({"provider":"plivo","id":"z","cost":"-0","rate":-0.0,"mos":"-0.0"})", &c));
        QVERIFY(isPlusZero(c.cost));
        QVERIFY(isPlusZero(c.rate));
        QVERIFY(isPlusZero(c.mos));
        QByteArray written;
        QVERIFY(readsBack(c, &written));
        QVERIFY2(written.contains(R"("cost":0,)"), written.constData());

        // A provider's record, -0 as a string and as a number.
        QByteArray body = testutil::readFile(testutil::fixturePath("plivo_call_get_python_fixture.json"));
        QVERIFY(!body.isEmpty());
        body.replace(R"("total_amount": "0.00000")", R"("total_amount": "-0")");
        body.replace(R"("total_rate": "0.03570")", R"("total_rate": -0.0)");
        QVERIFY(body.contains("-0.0"));
        const Read r = readAll(body, QStringLiteral("minus-zero.json"));
        QVERIFY2(r.result.ok(), qPrintable(r.result.error));
        QCOMPARE(r.calls.size(), 1);
        QVERIFY(isPlusZero(r.calls.first().cost));
        QVERIFY(isPlusZero(r.calls.first().rate));
        QVERIFY(readsBack(r.calls.first(), &written));
        QVERIFY2(written.contains(R"("cost":0,)") && written.contains(R"("rate":0,)"), written.constData());
        QVERIFY2(written.contains(R"("total_rate":-0.0)"), written.constData()); // raw keeps what was sent
    }

    // raw keeps the provider's spelling of numbers (docs/normalized-format.md), through the
    // writer, CallJson's reader and a second pass of the ingest over our own output (the
    // reader_json fuzz finding: "cmst":0.450 came back as 0.45).
    void rawKeepsTheProvidersSpelling()
    {
        QByteArray body = testutil::readFile(testutil::fixturePath("vobiz_cdr_list_wiremock.json"));
        QVERIFY(body.contains(R"("cost": 0.45,)"));
        body.replace(R"("cost": 0.45,)", R"("cost": 0.450, "extra": 1E2, "big": 12345678901234567890,)");
        const Read first = readAll(body, QStringLiteral("spelling.json"));
        QVERIFY2(first.result.ok(), qPrintable(first.result.error));
        QVERIFY(!first.calls.isEmpty());
        const Call &call = first.calls.first();
        QVERIFY2(call.raw.contains(R"("cost":0.450,"extra":1E2,"big":12345678901234567890,)"), call.raw.constData());
        QCOMPARE(call.cost.value_or(-1), 0.45);

        QByteArray written;
        QVERIFY(readsBack(call, &written));
        Call back;
        QVERIFY(CallJson::fromJsonBytes(written, &back));
        QCOMPARE(back.raw, call.raw);
        QCOMPARE(back.technical, call.technical);

        // Our own output read again by the ingest (convert out.ndjson): the same call, byte for byte.
        const Read again = readAll(written + '\n', QStringLiteral("again.ndjson"));
        QVERIFY2(again.result.ok(), qPrintable(again.result.error));
        QCOMPARE(again.calls.size(), 1);
        QCOMPARE(CallJson::toJsonBytes(again.calls.first()), written);

        // Our JSON pretty-printed by another tool: raw comes back compact, spelling kept.
        QByteArray pretty = written;
        pretty.replace(",\"", ",\n    \"").replace(":{", ": {\n  ");
        QVERIFY(CallJson::fromJsonBytes(pretty, &back));
        QCOMPARE(back.raw, call.raw);
        QCOMPARE(CallJson::toJsonBytes(back), written);
    }

    // A JSON record that is not UTF-8 is refused with an error naming the record (simdjson
    // validates every byte); nothing after it is guessed at.
    void invalidUtf8InJsonIsRefusedNamingTheRecord()
    {
        const QByteArray body = testutil::readFile(testutil::fixturePath("plivo_call_get_python_fixture.json"));
        QByteArray second = body;
        second.replace("4d04c52e", "5e15d63f").replace("919999999999", "91999\xff\xfe" "9999");
        QByteArray ndjson = body.simplified() + '\n' + second.simplified() + '\n';
        const Read r = readAll(ndjson, QStringLiteral("latin.ndjson"));
        QVERIFY(!r.result.ok());
        QVERIFY2(r.result.error.contains(QLatin1String("latin.ndjson")), qPrintable(r.result.error));
        QVERIFY2(r.result.error.contains(QLatin1String("record 2")), qPrintable(r.result.error));
        QVERIFY2(r.result.error.contains(QLatin1String("UTF-8")), qPrintable(r.result.error));
        for (const Call &c : r.calls)
            QVERIFY(readsBack(c));
    }

    // In a CSV export the bad bytes become U+FFFD, the same in the call and in its raw, with a
    // warning naming the line; the call reads back to the same bytes.
    void invalidUtf8InCsvIsReplacedAndNamed()
    {
        const QByteArray csv =
            "uuid,call_direction,caller_id_number,destination_number,duration,billsec,start_time,answer_time,end_time,"
            "hangup_cause,hangup_disposition,total_cost,currency,mos\r\n"
            "6a1e0b6e-1f48-4d2a-9c1a-9a0b1c2d3e4f,outbound,+14155550100,+919876543210,65,61,"
            "2025-05-18 15:31:10,2025-05-18 15:31:14,2025-05-18 15:32:15,NORMAL_CLEARING,recv_bye,0.0122,USD,4.31\r\n"
            "7b2f1c7f-2059-4e3b-8d2b-0b1c2d3e4f50,inbound,+14155550101,+919876543211,0,0,"
            "2025-05-18 16:00:00,,2025-05-18 16:00:20,NO_\xff" "ANSWER,,0,USD,\r\n";
        const Read r = readAll(csv, QStringLiteral("export.csv"));
        QVERIFY2(r.result.ok(), qPrintable(r.result.error));
        QCOMPARE(r.calls.size(), 2);
        QCOMPARE(r.result.warnings.size(), 1);
        const QString warning = r.result.warnings.first();
        QVERIFY2(warning.contains(QLatin1String("export.csv")) && warning.contains(QLatin1String("line 3"))
                     && warning.contains(QLatin1String("UTF-8")),
                 qPrintable(warning));
        const Call &bad = r.calls.at(1);
        QCOMPARE(bad.hangupCause, QStringLiteral("NO_\uFFFDANSWER"));
        QVERIFY(bad.raw.contains("NO_\xef\xbf\xbd" "ANSWER"));
        QVERIFY(readsBack(bad));
        QVERIFY(readsBack(r.calls.at(0)));
    }
};

QTEST_GUILESS_MAIN(TestCallJson)
#include "tst_calljson.moc"
