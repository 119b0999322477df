// SPDX-License-Identifier: GPL-3.0-or-later
// The one ingest path: RecordSplitter cuts every envelope the same way whatever the piece
// size, CallReader gives the same calls on its parallel path as record by record, keeps what
// came before an error, reads paging hints, streams CSV, and CallWriter keeps the last
// occurrence of a repeated call.

#include "seedbodies.h"

#include <core/callreader.h>
#include <core/callwriter.h>
#include <core/recordparser.h>
#include <core/recordsplitter.h>
#include <sim/trafficgenerator.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cdr;

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const TrafficGenerator &generator()
{
    static const TrafficGenerator gen(42, QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()),
                                      QDateTime(QDate(2026, 3, 31), QTime(0, 0), QTimeZone::utc()), 20000);
    return gen;
}

QList<QByteArray> records(Provider p, int n)
{
    QList<QByteArray> out;
    for (int i = 0; i < n; ++i)
        out << compact(generator().record(p, i));
    return out;
}

QByteArray join(const QList<QByteArray> &parts, const char *sep)
{
    QByteArray out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i)
            out += sep;
        out += parts.at(i);
    }
    return out;
}

// Each provider's real list envelope around the records.
QByteArray envelope(Provider p, const QList<QByteArray> &recs)
{
    const QByteArray body = join(recs, ",");
    const QByteArray n = QByteArray::number(recs.size());
    switch (p) {
    case Provider::Vobiz:
        return "{\"success\":true,\"data\":[" + body + "],\"pagination\":{\"page\":1,\"total\":" + n
            + ",\"has_next\":true},\"summary\":{\"total_calls\":" + n + "}}";
    case Provider::Plivo:
        return "{\"api_id\":\"x\",\"meta\":{\"limit\":20,\"next\":\"/v1/next\",\"total_count\":" + n + "},\"objects\":["
            + body + "]}";
    case Provider::CarrierX:
        return "{\"count\":" + n + ",\"has_more\":false,\"items\":[" + body + "]}";
    case Provider::NexBro:
        return "{\"message\":\"ok\",\"data\":{\"current_page\":1,\"data\":[" + body + "],\"last_page\":3,\"total\":" + n
            + "}}";
    case Provider::Unknown:
        break;
    }
    return "[" + body + "]";
}

struct Split
{
    QList<RecordSplitter::Kind> kinds;
    QList<QByteArray> bytes;
    QString error;
};

Split split(const QByteArray &input, qsizetype piece)
{
    Split s;
    RecordSplitter splitter([&s](const RecordSplitter::Item &item, QByteArrayView bytes) {
        s.kinds << item.kind;
        s.bytes << bytes.toByteArray();
        return true;
    });
    bool ok = true;
    for (qsizetype at = 0; ok && at < input.size(); at += piece)
        ok = splitter.feed(QByteArrayView(input).sliced(at, qMin(piece, input.size() - at)));
    if (ok)
        ok = splitter.finish();
    s.error = splitter.error();
    return s;
}

QList<Call> readAll(QByteArrayView data, const ParseOptions &options, CallReader::Result *result = nullptr)
{
    QList<Call> calls;
    const CallReader::Result r = CallReader::readBytes(data, options, QStringLiteral("body"), [&](QList<Call> &&batch) {
        calls.append(std::move(batch));
        return true;
    });
    if (result)
        *result = r;
    return calls;
}

} // namespace

class TestCallReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitterIgnoresPieceBoundaries_data()
    {
        QTest::addColumn<int>("provider");
        QTest::newRow("vobiz") << int(Provider::Vobiz);
        QTest::newRow("plivo") << int(Provider::Plivo);
        QTest::newRow("carrierx") << int(Provider::CarrierX);
        QTest::newRow("nexbro") << int(Provider::NexBro);
        QTest::newRow("bare array") << int(Provider::Unknown);
    }
    void splitterIgnoresPieceBoundaries()
    {
        QFETCH(int, provider);
        const Provider p = provider == int(Provider::Unknown) ? Provider::NexBro : Provider(provider);
        const QList<QByteArray> recs = records(p, 12);
        const QByteArray body = envelope(Provider(provider), recs);
        const Split whole = split(body, body.size());
        QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
        // Every record comes out as its own item, byte for byte, then the envelope's rest.
        QCOMPARE(whole.bytes.size(), recs.size() + 1);
        for (qsizetype i = 0; i < recs.size(); ++i) {
            QCOMPARE(whole.kinds.at(i), RecordSplitter::Kind::Record);
            QCOMPARE(whole.bytes.at(i), recs.at(i));
        }
        QCOMPARE(whole.kinds.last(), RecordSplitter::Kind::Envelope);
        QVERIFY(!whole.bytes.last().contains("call_flow"));
        for (qsizetype piece : { 1, 2, 7, 64, 1000 }) {
            const Split s = split(body, piece);
            QCOMPARE(s.bytes, whole.bytes);
            QCOMPARE(s.kinds, whole.kinds);
        }
    }

    void splitterSeesNdjsonAndSingleValues()
    {
        const QList<QByteArray> recs = records(Provider::Vobiz, 3);
        const QByteArray nd = join(recs, "\r\n\n") + "\n";
        const Split s = split(nd, 5);
        QCOMPARE(s.bytes, recs);
        QCOMPARE(s.kinds, QList<RecordSplitter::Kind>(3, RecordSplitter::Kind::Value));
        const Split bad = split("{\"a\":[1,2}", 3);
        QVERIFY(bad.error.contains(QLatin1String("closes a '['")));
        const Split cut = split("[{\"a\":1},{\"b\":", 4);
        QVERIFY2(cut.error.contains(QLatin1String("truncated")), qPrintable(cut.error));
        QCOMPARE(cut.bytes, QList<QByteArray>{ "{\"a\":1}" });
    }

    // The parallel path (big input, batches on the pool) gives exactly the calls that
    // normalizing each record on its own gives, in input order.
    void parallelPathEqualsRecordByRecord_data()
    {
        QTest::addColumn<int>("provider");
        QTest::newRow("vobiz") << int(Provider::Vobiz);
        QTest::newRow("plivo") << int(Provider::Plivo);
        QTest::newRow("carrierx") << int(Provider::CarrierX);
        QTest::newRow("nexbro") << int(Provider::NexBro);
    }
    void parallelPathEqualsRecordByRecord()
    {
        QFETCH(int, provider);
        const Provider p = Provider(provider);
        const QList<QByteArray> recs = records(p, p == Provider::NexBro ? 1500 : 4000);
        const QByteArray body = envelope(p, recs);
        QVERIFY(body.size() > 2 * (1 << 20)); // large enough for the pool
        CallReader::Result result;
        const QList<Call> calls = readAll(body, ParseOptions(), &result);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(calls.size(), recs.size());
        for (qsizetype i = 0; i < recs.size(); i += 97) {
            const Call one = RecordParser::normalize(p, QByteArrayView(recs.at(i)), ParseOptions());
            QCOMPARE(calls.at(i).id, one.id);
            QCOMPARE(calls.at(i), one);
            QCOMPARE(calls.at(i).raw, recs.at(i)); // raw keeps the record's own bytes
        }
    }

    void pagingHints()
    {
        CallReader::Result r;
        readAll(envelope(Provider::Plivo, records(Provider::Plivo, 2)), ParseOptions(), &r);
        QCOMPARE(r.totalCount, std::optional<qint64>(2));
        QCOMPARE(r.hasMore, std::optional<bool>(true));
        QCOMPARE(r.nextUrl, QStringLiteral("/v1/next"));
        readAll(envelope(Provider::CarrierX, records(Provider::CarrierX, 2)), ParseOptions(), &r);
        QCOMPARE(r.hasMore, std::optional<bool>(false));
        readAll(envelope(Provider::NexBro, records(Provider::NexBro, 2)), ParseOptions(), &r);
        QCOMPARE(r.hasMore, std::optional<bool>(true)); // page 1 of 3
        QCOMPARE(r.totalCount, std::optional<qint64>(2));
        readAll(envelope(Provider::Vobiz, records(Provider::Vobiz, 2)), ParseOptions(), &r);
        QCOMPARE(r.hasMore, std::optional<bool>(true));
        // A total beyond any real count saturates instead of overflowing the conversion.
        readAll("{\"meta\":{\"total_count\":1e300},\"objects\":[]}", ParseOptions(), &r);
        QCOMPARE(r.totalCount, std::optional<qint64>(std::numeric_limits<qint64>::max()));
    }

    void errorsKeepWhatCameBefore()
    {
        QList<QByteArray> recs = records(Provider::Vobiz, 5);
        recs[3] = "{\"uuid\": \"x\", \"billsec\": }";
        CallReader::Result r;
        const QList<Call> calls = readAll(envelope(Provider::Vobiz, recs), ParseOptions(), &r);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("record 4")), qPrintable(r.error));
        QCOMPARE(calls.size(), 3);
        // Truncated: the records before the cut are kept, the message says so.
        const QByteArray body = envelope(Provider::Plivo, records(Provider::Plivo, 6));
        const QList<Call> cut = readAll(body.left(body.size() * 2 / 3), ParseOptions(), &r);
        QVERIFY(r.error.contains(QLatin1String("truncated")));
        QVERIFY(cut.size() >= 3 && cut.size() < 6);
    }

    void apiErrorsAndNonCalls()
    {
        CallReader::Result r;
        readAll("{\"api_id\":\"a\",\"error\":\"not found\"}", ParseOptions(), &r);
        QVERIFY(r.apiError);
        QVERIFY(r.error.contains(QLatin1String("not found")));
        readAll("{\"errors\":[{\"message\":\"bad token\"}],\"items\":[]}", ParseOptions(), &r);
        QVERIFY(r.apiError);
        QVERIFY(r.error.contains(QLatin1String("bad token")));
        // Something that is no call at all is refused, not kept as a blank call.
        const QList<Call> none = readAll("{\"foo\":1}", ParseOptions(), &r);
        QVERIFY(none.isEmpty());
        QVERIFY2(!r.ok() && r.error.contains(QLatin1String("no call record")), qPrintable(r.error));
        readAll("", ParseOptions(), &r);
        QVERIFY(r.error.contains(QLatin1String("empty")));
        readAll(QByteArray(100, '\0'), ParseOptions(), &r);
        QVERIFY(r.error.contains(QLatin1String("not JSON")));
    }

    // One verdict for the same bytes whatever the input size (there is one path).
    void controlCharacterVerdictDoesNotDependOnSize()
    {
        const QByteArray bad = "{\"uuid\":\"a\x01" "b\",\"billsec\":1}\n";
        CallReader::Result small, big;
        readAll(bad, ParseOptions(), &small);
        QByteArray large;
        for (const QByteArray &r : records(Provider::Vobiz, 4000))
            large += r + '\n';
        large += bad;
        readAll(large, ParseOptions(), &big);
        QVERIFY(large.size() > 2 * (1 << 20));
        QCOMPARE(small.ok(), big.ok());
    }

    void csvStreamsAcrossQuotedNewlines()
    {
        QByteArray csv = "uuid,caller_id_number,destination_number,start_time,answer_time,end_time,duration,billsec,hangup_cause\n";
        for (int i = 0; i < 30000; ++i)
            csv += "id-" + QByteArray::number(i) + ",\"+1 (555)\n" + QByteArray::number(i)
                + "\",+15550000,2026-03-01 10:00:00,2026-03-01 10:00:05,2026-03-01 10:01:05,65,60,NORMAL_CLEARING\n";
        QVERIFY(csv.size() > 2 * (1 << 20));
        CallReader::Result r;
        const QList<Call> calls = readAll(csv, ParseOptions(), &r);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(calls.size(), 30000);
        QCOMPARE(calls.at(29999).id, QStringLiteral("id-29999"));
        QCOMPARE(calls.at(29999).from, QStringLiteral("+1 (555)\n29999"));
        QCOMPARE(calls.at(29999).provider, Provider::Vobiz);
        QCOMPARE(calls.at(29999).talkS, std::optional<double>(60));
        QCOMPARE(calls.at(29999).rawObject().value(QLatin1String("uuid")).toString(), QStringLiteral("id-29999"));
    }

    void writerKeepsTheLastOccurrence()
    {
        QList<QByteArray> recs = records(Provider::Plivo, 4);
        QJsonObject again = QJsonDocument::fromJson(recs.at(1)).object();
        again.insert(QStringLiteral("call_duration"), 800);
        again.insert(QStringLiteral("bill_duration"), 777);
        recs << compact(again);
        const QList<Call> calls = readAll(envelope(Provider::Plivo, recs), ParseOptions());
        QCOMPARE(calls.size(), 5);
        QTemporaryDir dir;
        for (const char *suffix : { "json", "ndjson", "csv" }) {
            const QString path = dir.filePath(QStringLiteral("out.") + QLatin1String(suffix));
            CallWriter w;
            QString error;
            QVERIFY(w.open(path, &error));
            QVERIFY(w.write(calls));
            QCOMPARE(w.duplicatesMerged(), 1);
            QVERIFY2(w.finish(&error), qPrintable(error));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray out = f.readAll();
            QCOMPARE(out, CallWriter::serialize(*CallWriter::formatForPath(path), calls));
            const ParseResult back = RecordParser::parse(out, ParseOptions(), path);
            QVERIFY2(back.ok(), qPrintable(back.error));
            QCOMPARE(back.calls.size(), 4);
            QCOMPARE(back.calls.last().id, calls.at(1).id); // the repeat, where it came last
            QCOMPARE(back.calls.last().talkS, std::optional<double>(777));
        }
    }

    void fileAndStandardErrors()
    {
        QTemporaryDir dir;
        const CallReader::Result missing =
            CallReader::readFile(dir.filePath(QStringLiteral("nope.json")), ParseOptions(), [](QList<Call> &&) { return true; });
        QVERIFY(missing.error.contains(QLatin1String("nope.json")));
        const CallReader::Result folder = CallReader::readFile(dir.path(), ParseOptions(), [](QList<Call> &&) { return true; });
        QVERIFY(folder.error.contains(QLatin1String("directory")));
    }
};

QTEST_GUILESS_MAIN(TestCallReader)
#include "tst_callreader.moc"
