// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk import fast path against the reference normalizer (RecordParser) on every
// provider shape: the public fixtures, the seed pages' examples, generator output in every
// envelope, NDJSON, files, odd values, and malformed input.

#include "rowrecorder.h"
#include "../core/seedbodies.h"

#include <core/bulkimporter.h>
#include <core/bulkteesink.h>
#include <core/callwriter.h>
#include <core/recordparser.h>
#include <sim/trafficgenerator.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace cdr;
using testutil::RowRecorder;

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray arrayOf(const QList<QJsonObject> &records)
{
    QJsonArray a;
    for (const QJsonObject &o : records)
        a.append(o);
    return QJsonDocument(a).toJson(QJsonDocument::Indented);
}

QList<QJsonObject> generated(Provider p, int n, bool voiceApi = false)
{
    const TrafficGenerator gen(42, QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()),
                               QDateTime(QDate(2026, 3, 31), QTime(0, 0), QTimeZone::utc()), qMax(5000, n * 7));
    QList<QJsonObject> out;
    for (int i = 0; i < n; ++i)
        out << (voiceApi ? gen.vobizVoiceApiRecord(i * 7) : gen.record(p, i * 7));
    return out;
}

} // namespace

class TestBulkImporter : public QObject
{
    Q_OBJECT

    // Both readers over the same bytes must give the same rows, in the same order.
    void compare(const QByteArray &body, const ParseOptions &options, int expectRows = -1)
    {
        const ParseResult ref = RecordParser::parse(body, options, QStringLiteral("body"));
        RowRecorder rec;
        const BulkImportResult res = BulkImporter::importBytes(body, options, rec, QStringLiteral("body"));
        QCOMPARE(res.ok(), ref.ok());
        QCOMPARE(rec.rows.size(), ref.calls.size());
        if (expectRows >= 0)
            QCOMPARE(rec.rows.size(), expectRows);
        BulkRowBuffer buf;
        for (qsizetype i = 0; i < ref.calls.size(); ++i) {
            const QStringList d = testutil::differences(rec.rows[i], buf.set(ref.calls[i]));
            if (!d.isEmpty())
                QFAIL(qPrintable(QStringLiteral("record %1 (%2): %3").arg(i).arg(ref.calls[i].id, d.join(u"; "))));
        }
        m_lastSlow = rec.calls;
    }

    int m_lastSlow = 0;

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : { "plivo_call_get_python_fixture.json", "plivo_call_list_python_fixture.json",
                               "plivo_live_call_get_python_fixture.json", "vobiz_cdr_get_wiremock.json",
                               "vobiz_cdr_list_wiremock.json", "vobiz_cdr_recent_wiremock.json",
                               "vobiz_cdr_search_wiremock.json", "vobiz_live_call_get_wiremock.json" })
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void fixtures()
    {
        QFETCH(QString, file);
        const QByteArray body = testutil::readFile(QStringLiteral(CDR_SHARED_DIR "/fixtures/public/") + file);
        QVERIFY(!body.isEmpty());
        compare(body, ParseOptions());
        ParseOptions plivo;
        plivo.provider = file.startsWith(u"plivo") ? Provider::Plivo : Provider::Vobiz;
        plivo.zone = QTimeZone("Asia/Kolkata");
        compare(body, plivo);
    }

    void seedBodies()
    {
        int total = 0;
        for (const char *seed : { "000_45cd56abe0de55d1.txt", "001_0035c51f1a84ac31.txt", "002_3ae8f5d7c89b65c5.txt",
                                  "003_deba017cf42112bc.txt", "004_e75089794482b730.txt" }) {
            const QList<QByteArray> bodies = testutil::jsonBodies(testutil::readFile(testutil::seedPath(seed)));
            for (const QByteArray &b : bodies) {
                compare(b, ParseOptions());
                if (QTest::currentTestFailed())
                    return;
                ++total;
            }
        }
        QVERIFY(total >= 5);
    }

    void generatedShapes_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<bool>("voiceApi");
        QTest::newRow("plivo") << int(Provider::Plivo) << false;
        QTest::newRow("vobiz-cdr") << int(Provider::Vobiz) << false;
        QTest::newRow("vobiz-voice-api") << int(Provider::Vobiz) << true;
        QTest::newRow("carrierx") << int(Provider::CarrierX) << false;
        QTest::newRow("nexbro") << int(Provider::NexBro) << false;
    }
    void generatedShapes()
    {
        QFETCH(int, provider);
        QFETCH(bool, voiceApi);
        const Provider p = Provider(provider);
        const QList<QJsonObject> recs = generated(p, 300, voiceApi);
        ParseOptions detect;
        ParseOptions given;
        given.provider = p;
        given.account = QStringLiteral("acct-1");
        ParseOptions zoned = given;
        zoned.zone = QTimeZone("America/New_York"); // zone-less NexBro times, DST included

        // Bare array
        compare(arrayOf(recs), detect, 300);
        compare(arrayOf(recs), given, 300);
        compare(arrayOf(recs), zoned, 300);
        QCOMPARE(m_lastSlow, 0); // the generator's shapes all take the fast path
        // NDJSON
        QByteArray nd;
        for (const QJsonObject &o : recs)
            nd += compact(o) + '\n';
        compare(nd, given, 300);
        // The provider's own list envelope
        QJsonObject env;
        QJsonArray items;
        for (const QJsonObject &o : recs)
            items.append(o);
        switch (p) {
        case Provider::Plivo:
            env = { { u"api_id"_qs, u"x"_qs }, { u"meta"_qs, QJsonObject{ { u"next"_qs, QJsonValue() } } },
                    { u"objects"_qs, items } };
            break;
        case Provider::CarrierX:
            env = { { u"count"_qs, items.size() }, { u"has_more"_qs, false }, { u"items"_qs, items } };
            break;
        case Provider::NexBro:
            env = { { u"message"_qs, u"Success."_qs },
                    { u"data"_qs, QJsonObject{ { u"current_page"_qs, 1 }, { u"data"_qs, items } } } };
            break;
        default:
            env = { { u"data"_qs, items }, { u"success"_qs, true },
                    { u"pagination"_qs, QJsonObject{ { u"has_next"_qs, false } } } };
            break;
        }
        compare(QJsonDocument(env).toJson(), given, 300);
        // A single record wrapped as the single-record endpoints wrap it
        compare(QJsonDocument(QJsonObject{ { u"message"_qs, u"Success."_qs }, { u"data"_qs, recs.first() } }).toJson(),
                given, 1);
    }

    void oddValuesFallBackToTheReference()
    {
        // Numbers as text, text as numbers, objects where text belongs, empty strings, nulls.
        QList<QJsonObject> recs = generated(Provider::Vobiz, 20);
        recs[0].insert(u"duration", u" 47 "_qs);
        recs[1].insert(u"hangup_cause_code", u"4000"_qs);
        recs[2].insert(u"caller_id_number", 919876543210.0);
        recs[3].insert(u"codec", QJsonObject{ { u"x"_qs, 1 } });
        recs[4].insert(u"start_time", u"not a time"_qs);
        recs[5].insert(u"mos", u"4.1"_qs);
        recs[6].insert(u"billsec", QJsonValue());
        recs[7].insert(u"answer_time", u""_qs);
        recs[8].insert(u"total_cost", u"1e-3"_qs);
        recs[9].insert(u"uuid", 12345678901234567.0);
        recs[10].insert(u"duration", true);
        compare(arrayOf(recs), ParseOptions(), 20);
        QVERIFY(m_lastSlow >= 2);
        QList<QJsonObject> nb = generated(Provider::NexBro, 5);
        nb[0].insert(u"duration", u"100:02:03"_qs);
        nb[1].insert(u"call_flow", u"none"_qs);
        nb[2].insert(u"technical", QJsonObject{ { u"read_codec"_qs, u"PCMU"_qs }, { u"write_codec"_qs, u"PCMA"_qs } });
        QJsonObject stats = nb[3].value(u"audio_stats").toObject();
        stats.insert(u"error_log", QJsonArray());
        nb[3].insert(u"audio_stats", stats);
        nb[3].insert(u"error_log", QJsonArray{ QJsonObject{ { u"flaws"_qs, u"7"_qs } } });
        compare(arrayOf(nb), ParseOptions(), 5);
    }

    void ourNormalizedFormsAndCsv()
    {
        const ParseResult ref = RecordParser::parse(arrayOf(generated(Provider::Plivo, 30)), ParseOptions());
        for (CallWriter::Format f : { CallWriter::Format::Json, CallWriter::Format::NdJson, CallWriter::Format::Csv })
            compare(CallWriter::serialize(f, ref.calls), ParseOptions(), 30);
    }

    void malformedInputIsAnErrorNotACrash_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray("   \n ");
        QTest::newRow("truncated") << QByteArray("[{\"call_uuid\":\"a\",");
        QTest::newRow("garbage") << QByteArray("\x01\x02\x03");
        QTest::newRow("api-error") << QByteArray("{\"api_id\":\"x\",\"error\":\"not found\"}");
        QTest::newRow("scalar") << QByteArray("42");
        QTest::newRow("nd-bad-line") << QByteArray("{\"dr_sid\":\"a\"}\n{\"dr_sid\":\n");
    }
    void malformedInputIsAnErrorNotACrash()
    {
        QFETCH(QByteArray, body);
        RowRecorder rec;
        const BulkImportResult res = BulkImporter::importBytes(body, ParseOptions(), rec, QStringLiteral("in"));
        QVERIFY(!res.ok());
        QVERIFY(!res.error.isEmpty());
        QVERIFY2(res.error.contains(u"in"), qPrintable(res.error));
    }

    void files()
    {
        QTemporaryDir dir;
        const QList<QJsonObject> recs = generated(Provider::CarrierX, 200);
        QByteArray nd;
        for (const QJsonObject &o : recs)
            nd += compact(o) + '\n';
        const QString path = dir.filePath(QStringLiteral("drs.ndjson"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(nd);
        f.close();
        RowRecorder rec(true);
        qint64 lastProgress = -1;
        const BulkImportResult res = BulkImporter::importFile(path, ParseOptions(), rec, [&](qint64 done, qint64) {
            lastProgress = done;
            return true;
        });
        QVERIFY2(res.ok(), qPrintable(res.error));
        QCOMPARE(rec.rows.size(), 200);
        QVERIFY(lastProgress > 0);
        // The raw text is the record itself.
        QCOMPARE(QJsonDocument::fromJson(rec.rows.first().raw).object(), recs.first());
        RowRecorder none;
        QVERIFY(!BulkImporter::importFile(dir.filePath(QStringLiteral("missing.json")), ParseOptions(), none).ok());
    }

    void bigArraysAreReadInGroups()
    {
        // > 8 MiB: the splitter path, in memory and from a (mapped) file.
        QList<QJsonObject> recs;
        for (Provider p : { Provider::Plivo, Provider::Vobiz, Provider::CarrierX, Provider::NexBro })
            recs += generated(p, 6000);
        recs[5].insert(u"from_number", u"quote \" and ] and [ and \\"_qs); // strings that look like structure
        const QByteArray body = arrayOf(recs);
        QVERIFY(body.size() > (8 << 20) + 1000);
        compare(body, ParseOptions(), recs.size());
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("big.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(body);
        f.close();
        RowRecorder rec;
        const BulkImportResult res = BulkImporter::importFile(f.fileName(), ParseOptions(), rec);
        QVERIFY2(res.ok(), qPrintable(res.error));
        QCOMPARE(rec.rows.size(), recs.size());
        QCOMPARE(rec.rows[5].from, QByteArray("quote \" and ] and [ and \\"));
        // Broken in the middle, and unterminated: errors, not crashes.
        QByteArray broken = body;
        broken.insert(broken.indexOf("},", broken.size() / 2), "}}}");
        RowRecorder r2;
        QVERIFY(!BulkImporter::importBytes(broken, ParseOptions(), r2).ok());
        RowRecorder r3;
        const BulkImportResult cut = BulkImporter::importBytes(body.left(body.size() - 10), ParseOptions(), r3);
        QVERIFY(!cut.ok());
        QVERIFY(!cut.error.isEmpty());
    }

    void teeFillsBoth()
    {
        RowRecorder a(false), b(true);
        BulkTeeSink tee(a, b);
        QVERIFY(tee.wantsRaw());
        QVERIFY(BulkImporter::importBytes(arrayOf(generated(Provider::NexBro, 40)), ParseOptions(), tee).ok());
        QCOMPARE(a.rows.size(), 40);
        QCOMPARE(b.rows.size(), 40);
        QCOMPARE(a.rows[7].id, b.rows[7].id);
        QVERIFY(!b.rows[7].raw.isEmpty());
    }

    void cancel()
    {
        struct Stopper : BulkSink {
            int n = 0;
            bool addRow(const BulkRow &) override { return ++n < 10; }
        } sink;
        const BulkImportResult res = BulkImporter::importBytes(arrayOf(generated(Provider::Plivo, 50)), ParseOptions(), sink);
        QVERIFY(res.canceled);
        QCOMPARE(sink.n, 10);
    }
};

QTEST_GUILESS_MAIN(TestBulkImporter)
#include "tst_bulkimporter.moc"
