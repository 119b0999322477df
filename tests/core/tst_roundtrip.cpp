// SPDX-License-Identifier: GPL-3.0-or-later
// Our own normalized JSON, NDJSON and CSV read back to the same calls.

#include "core/callcsv.h"
#include "core/callkey.h"
#include "core/calljson.h"
#include "core/callwriter.h"
#include "core/recordparser.h"
#include "seedbodies.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace cdr;

namespace {

QList<Call> allSeedCalls()
{
    QList<Call> calls;
    const QList<QByteArray> bodies = {
        testutil::seedBody("000_45cd56abe0de55d1.txt"),
        testutil::seedBody("001_0035c51f1a84ac31.txt"),
        testutil::seedBody("002_3ae8f5d7c89b65c5.txt"),
        testutil::seedBody("003_deba017cf42112bc.txt"),
        testutil::readFile(testutil::fixturePath("vobiz_cdr_list_wiremock.json")),
        testutil::readFile(testutil::fixturePath("plivo_call_list_python_fixture.json")),
        testutil::readFile(testutil::fixturePath("plivo_live_call_get_python_fixture.json")),
    };
    for (const QByteArray &b : bodies)
        calls += RecordParser::parse(b, ParseOptions{}).calls;
    // A call with text that needs CSV quoting.
    Call odd;
    odd.provider = Provider::NexBro;
    odd.id = QStringLiteral("q\"uote,comma");
    odd.from = QStringLiteral("line\nbreak");
    odd.hangupCause = QStringLiteral("Ünïcødé, \"quoted\"");
    odd.startTime = QDateTime(QDate(2026, 1, 1), QTime(0, 0, 0, 5), QTimeZone::utc());
    odd.cost = 0.1 + 0.2; // a value whose shortest text form matters
    calls << odd;
    // One call per (provider, account, id), its last occurrence: what every writer keeps.
    QList<Call> unique;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        bool later = false;
        for (qsizetype j = i + 1; j < calls.size(); ++j)
            later = later || CallKey::of(calls.at(j)) == CallKey::of(calls.at(i));
        if (!later)
            unique << calls.at(i);
    }
    return unique;
}

void compareScalars(const Call &a, const Call &b)
{
    const QJsonObject ja = CallJson::toJson(a);
    const QJsonObject jb = CallJson::toJson(b);
    for (const QString &key : CallCsv::columns())
        QVERIFY2(ja.value(key) == jb.value(key),
                 qPrintable(QStringLiteral("%1: %2 vs %3").arg(key, ja.value(key).toVariant().toString(),
                                                              jb.value(key).toVariant().toString())));
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void json()
    {
        const QList<Call> calls = allSeedCalls();
        QVERIFY(calls.size() >= 9); // one per CallKey: the Plivo list fixture holds the same call twice
        const QByteArray out = CallWriter::serialize(CallWriter::Format::Json, calls);
        const ParseResult back = RecordParser::parse(out, ParseOptions{});
        QVERIFY2(back.ok(), qPrintable(back.error));
        QVERIFY2(back.warnings.isEmpty(), qPrintable(back.warnings.join(QStringLiteral("\n"))));
        QCOMPARE(back.calls.size(), calls.size());
        for (int i = 0; i < calls.size(); ++i) {
            // JSON is lossless for everything, nested parts and raw included.
            QCOMPARE(CallJson::toJson(back.calls.at(i)), CallJson::toJson(calls.at(i)));
            QCOMPARE(back.calls.at(i), calls.at(i));
        }
    }
    void ndjson()
    {
        const QList<Call> calls = allSeedCalls();
        const QByteArray out = CallWriter::serialize(CallWriter::Format::NdJson, calls);
        QCOMPARE(out.count('\n'), calls.size());
        const ParseResult back = RecordParser::parse(out, ParseOptions{});
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.calls.size(), calls.size());
        for (int i = 0; i < calls.size(); ++i)
            QCOMPARE(back.calls.at(i), calls.at(i));
    }
    void csv()
    {
        const QList<Call> calls = allSeedCalls();
        const QByteArray out = CallWriter::serialize(CallWriter::Format::Csv, calls);
        QVERIFY(out.startsWith("provider,id,"));
        const ParseResult back = RecordParser::parse(out, ParseOptions{});
        QVERIFY2(back.ok(), qPrintable(back.error));
        QVERIFY2(back.warnings.isEmpty(), qPrintable(back.warnings.join(QStringLiteral("\n"))));
        QCOMPARE(back.calls.size(), calls.size());
        for (int i = 0; i < calls.size(); ++i)
            compareScalars(back.calls.at(i), calls.at(i));
        // And CSV -> CSV is byte-identical.
        QCOMPARE(CallWriter::serialize(CallWriter::Format::Csv, back.calls), out);
    }
    void writerIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        QString error;
        QVERIFY(CallWriter::writeFile(path, allSeedCalls(), &error));
        QVERIFY(QFile::exists(path));
        QVERIFY(!CallWriter::writeFile(dir.filePath(QStringLiteral("out.xml")), {}, &error));
        QVERIFY(error.contains(QLatin1String(".json")));
        QVERIFY(!CallWriter::writeFile(dir.filePath(QStringLiteral("missing/dir/out.csv")), {}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.json")});
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
