// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timeparsing.h"
#include "core/timestampparser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using cdr::TimeParsing;
using cdr::TimestampParser;

class TestTimeParsing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timestamps_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("expectedUtc");
        QTest::newRow("iso Z") << "2026-03-25T10:00:01Z" << "UTC" << "2026-03-25T10:00:01.000Z";
        QTest::newRow("iso Z ms") << "2025-05-18T15:32:15.589Z" << "UTC" << "2025-05-18T15:32:15.589Z";
        QTest::newRow("plivo offset") << "2022-10-12 21:57:40+05:30" << "UTC" << "2022-10-12T16:27:40.000Z";
        QTest::newRow("negative offset") << "2022-10-12 21:57:40-0400" << "UTC" << "2022-10-13T01:57:40.000Z";
        QTest::newRow("no zone, utc") << "2026-01-16 12:14:19" << "UTC" << "2026-01-16T12:14:19.000Z";
        QTest::newRow("no zone, kolkata") << "2026-01-16 12:14:19" << "Asia/Kolkata" << "2026-01-16T06:44:19.000Z";
        QTest::newRow("no zone, new york dst") << "2026-07-01 12:00:00" << "America/New_York" << "2026-07-01T16:00:00.000Z";
        QTest::newRow("microseconds") << "2017-05-22 13:17:49.050872" << "UTC" << "2017-05-22T13:17:49.050Z";
        QTest::newRow("error log ms") << "2026-01-16 12:14:25.000" << "UTC" << "2026-01-16T12:14:25.000Z";
        QTest::newRow("minutes only") << "2026-01-16T12:14" << "UTC" << "2026-01-16T12:14:00.000Z";
        QTest::newRow("date only") << "2026-01-16" << "UTC" << "2026-01-16T00:00:00.000Z";
        QTest::newRow("year 9999") << "9999-12-31T23:59:59.999Z" << "UTC" << "9999-12-31T23:59:59.999Z";
        QTest::newRow("1969, before the epoch") << "1969-12-31 23:59:59.5Z" << "UTC" << "1969-12-31T23:59:59.500Z";
        QTest::newRow("+14:00, the largest real offset") << "2026-01-01 10:00:00+14:00" << "UTC" << "2025-12-31T20:00:00.000Z";
    }
    void timestamps()
    {
        QFETCH(QString, input);
        QFETCH(QString, zone);
        QFETCH(QString, expectedUtc);
        const QTimeZone tz = zone == QLatin1String("UTC") ? QTimeZone::utc() : QTimeZone(zone.toUtf8());
        QVERIFY(tz.isValid());
        const QDateTime t = TimestampParser(tz).parse(input);
        QVERIFY2(t.isValid(), qPrintable(input));
        QCOMPARE(t.timeSpec(), Qt::UTC);
        QCOMPARE(t.toString(Qt::ISODateWithMs), expectedUtc);
    }

    void badTimestamps_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("garbage") << "yesterday";
        QTest::newRow("bad month") << "2026-13-01 00:00:00";
        QTest::newRow("bad hour") << "2026-01-01 25:00:00";
        QTest::newRow("bad zone") << "2026-01-01 10:00:00 PST";
        QTest::newRow("truncated") << "2026-01-01 1";
        // Found by fuzz_timeparsing: read, but written as year 10000, which nothing reads back.
        QTest::newRow("past year 9999 in UTC") << "9999-12-31T23:59:59.9-12";
        QTest::newRow("before year 1 in UTC") << "0001-01-01T00:00:00+14:00";
        // No zone is 16 hours off UTC: it used to be read silently at the wrong time.
        QTest::newRow("offset beyond 14:00") << "2026-01-01 10:00:00+16:00";
        QTest::newRow("offset beyond 14:00 without colon") << "2026-01-01 10:00:00-1401";
    }
    void badTimestamps()
    {
        QFETCH(QString, input);
        QVERIFY(!TimestampParser(QTimeZone::utc()).parse(input).isValid());
    }

    void durations_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<double>("seconds");
        QTest::newRow("hh:mm:ss") << "00:00:45" << 45.0;
        QTest::newRow("over 23 hours") << "25:01:02" << 90062.0;
        QTest::newRow("over 99 hours") << "123:00:00" << 442800.0;
        QTest::newRow("mm:ss") << "01:30" << 90.0;
        QTest::newRow("fractional string") << "4.25015" << 4.25015;
        QTest::newRow("integer string") << "60" << 60.0;
    }
    void durations()
    {
        QFETCH(QString, input);
        QFETCH(double, seconds);
        const auto d = TimeParsing::parseDuration(input);
        QVERIFY(d.has_value());
        QCOMPARE(*d, seconds);
    }
    void badDurations()
    {
        QVERIFY(!TimeParsing::parseDuration(u"").has_value());
        QVERIFY(!TimeParsing::parseDuration(u"abc").has_value());
        QVERIFY(!TimeParsing::parseDuration(u"1:2:3:4").has_value());
        QVERIFY(!TimeParsing::parseDuration(u"-00:01:00").has_value());
        // Numbers that are no duration: before the fix "HH:MM:SS" parts were not checked for
        // NaN or for overflowing to infinity once multiplied (seen while writing fuzz_timeparsing).
        QVERIFY(!TimeParsing::parseDuration(u"nan:00").has_value());
        QVERIFY(!TimeParsing::parseDuration(u"1e308:00:00").has_value());
        QVERIFY(!TimeParsing::parseDuration(u"00:inf").has_value());
        QVERIFY(!TimeParsing::parseDuration(u"NaN").has_value());
        // Large but finite is a value (10^12 s); range checks belong to the caller.
        QCOMPARE(TimeParsing::parseDuration(u"1e12").value(), 1e12);
    }

    void numbersAndStrings()
    {
        bool bad = false;
        QCOMPARE(TimeParsing::number(QJsonValue(QStringLiteral("4.46")), &bad).value(), 4.46);
        QVERIFY(!bad);
        QCOMPARE(TimeParsing::number(QJsonValue(3.011)).value(), 3.011);
        QVERIFY(!TimeParsing::number(QJsonValue(QJsonValue::Null)).has_value());
        QVERIFY(!TimeParsing::number(QJsonValue(QString())).has_value());
        QVERIFY(!TimeParsing::number(QJsonValue(QStringLiteral("n/a")), &bad).has_value());
        QVERIFY(bad);
        QVERIFY(!TimeParsing::number(QJsonValue(QJsonObject{}), &bad).has_value());
        QVERIFY(bad);
        // strings sent as numbers read the same as if sent as strings
        QCOMPARE(TimeParsing::string(QJsonValue(18000004.0)), QStringLiteral("18000004"));
        QCOMPARE(TimeParsing::string(QJsonValue(4.5)), QStringLiteral("4.5"));
        QCOMPARE(TimeParsing::string(QJsonValue(QJsonValue::Null)), QString());
    }

    void isoOutput()
    {
        QCOMPARE(TimeParsing::toIsoUtc(QDateTime(QDate(2022, 10, 12), QTime(16, 27, 40), QTimeZone::utc())),
                 QStringLiteral("2022-10-12T16:27:40Z"));
        QCOMPARE(TimeParsing::toIsoUtc(QDateTime(QDate(2025, 5, 18), QTime(15, 32, 15, 589), QTimeZone::utc())),
                 QStringLiteral("2025-05-18T15:32:15.589Z"));
        QCOMPARE(TimeParsing::toIsoUtc(QDateTime()), QString());
    }
};

QTEST_GUILESS_MAIN(TestTimeParsing)
#include "tst_timeparsing.moc"
