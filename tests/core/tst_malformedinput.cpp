// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input never crashes and always says what failed, where.

#include "core/recordparser.h"

#include <QTest>

using namespace cdr;

class TestMalformedInput : public QObject
{
    Q_OBJECT
    ParseResult parse(const QByteArray &b) { return RecordParser::parse(b, ParseOptions{}, QStringLiteral("calls.json")); }

private Q_SLOTS:
    void zeroBytes()
    {
        const ParseResult r = parse(QByteArray());
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("calls.json")) && r.error.contains(QLatin1String("empty")), qPrintable(r.error));
    }
    void whitespaceOnly()
    {
        const ParseResult r = parse("  \n\t ");
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QLatin1String("white space")));
    }
    void truncatedObject()
    {
        const QByteArray body = "{\"call_uuid\":\"a\",\"from_number\":\"1\",\"to_n";
        const ParseResult r = parse(body);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("calls.json")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("byte offset")), qPrintable(r.error));
        QVERIFY(r.calls.isEmpty());
    }
    void truncatedArrayReportsOffset()
    {
        QByteArray body = "[\n";
        for (int i = 0; i < 50; ++i)
            body += "{\"dr_sid\":\"s" + QByteArray::number(i) + "\",\"sipcause\":\"200\"},\n";
        body.chop(2); // drop ",\n" and the closing bracket never comes
        const ParseResult r = parse(body);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("line 51")), qPrintable(r.error));
    }
    void ndjsonBadLineNamesTheLine()
    {
        const QByteArray body = "{\"dr_sid\":\"a\"}\n{\"dr_sid\":\"b\"}\n{\"dr_sid\": oops}\n{\"dr_sid\":\"d\"}\n";
        const ParseResult r = parse(body);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("line 3")), qPrintable(r.error));
        QCOMPARE(r.calls.size(), 2); // read before the failure, but the caller sees !ok()
    }
    void notJsonAtAll()
    {
        const ParseResult r = parse("<html><body>502 Bad Gateway</body></html>");
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("not JSON")), qPrintable(r.error));
    }
    void binaryGarbage()
    {
        QByteArray b(512, '\0');
        for (int i = 0; i < b.size(); ++i)
            b[i] = char((i * 37) & 0xff);
        b[0] = '{';
        const ParseResult r = parse(b);
        QVERIFY(!r.ok());
    }
    void deepNesting()
    {
        const QByteArray b = QByteArray(5000, '[') + QByteArray(5000, ']');
        const ParseResult r = parse(b);
        QVERIFY(!r.ok());
        QVERIFY2(!r.error.isEmpty(), "deep nesting must be reported");
    }
    void moderatelyNestedEnvelope()
    {
        const ParseResult r = parse(R"([[[[[[{"dr_sid":"x"}]]]]]])");
        QVERIFY(!r.ok() || r.calls.isEmpty() || r.warnings.size() > 0);
    }
    void scalarsInsteadOfRecords()
    {
        const ParseResult r = parse(R"([1, "two", null, {"dr_sid":"x","sipcause":"200"}])");
        QVERIFY(r.ok());
        QCOMPARE(r.calls.size(), 1);
        QCOMPARE(r.warnings.size(), 3);
        QVERIFY2(r.warnings.first().contains(QLatin1String("record 1 is a number")), qPrintable(r.warnings.first()));
        const ParseResult s = parse("42");
        QVERIFY(!s.ok());
    }
    void hugeStrings()
    {
        const QByteArray big(8 * 1024 * 1024, 'x');
        const ParseResult r = parse("{\"dr_sid\":\"big\",\"number_src\":\"" + big + "\",\"sipcause\":\"200\"}");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.calls.first().from.size(), big.size());
    }
    void missingFields()
    {
        const ParseResult r = parse(R"({"dr_sid":"only-id"})");
        QVERIFY(r.ok());
        const Call &c = r.calls.first();
        QCOMPARE(c.id, QStringLiteral("only-id"));
        QVERIFY(!c.startTime.isValid());
        QVERIFY(!c.durationS);
        QCOMPARE(c.status, CallStatus::Unknown);
    }
    void missingId()
    {
        const ParseResult r = parse(R"({"from_number":"1","to_number":"2","call_duration":3})");
        QVERIFY(r.ok());
        QVERIFY(r.warnings.join(QStringLiteral(" ")).contains(QLatin1String("no call id")));
    }
    void unterminatedCsvQuote()
    {
        const ParseResult r = parse("uuid,caller_id_number\r\n\"abc,1\r\n");
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("line 2")), qPrintable(r.error));
    }
    void utf8BomIsSkipped()
    {
        const ParseResult r = parse("\xEF\xBB\xBF{\"dr_sid\":\"x\",\"sipcause\":\"200\"}");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.calls.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMalformedInput)
#include "tst_malformedinput.moc"
