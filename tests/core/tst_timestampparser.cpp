// SPDX-License-Identifier: GPL-3.0-or-later
// The one timestamp parser over every provider's real spelling (the seed bodies), checked
// against Qt's own ISO reader, plus the quirks Qt does not cover: epoch numbers, zone-less
// times in the analyst's zone, offsets beyond ±14:00 and the written range.
#include "core/timestampparser.h"
#include "seedbodies.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using cdr::TimestampParser;

namespace {

// Every string value under one of these keys, at any depth.
void collectTimes(const QJsonValue &v, QStringList *out)
{
    static const QStringList keys = {
        QStringLiteral("initiation_time"), QStringLiteral("answer_time"), QStringLiteral("end_time"),
        QStringLiteral("start_time"),      QStringLiteral("date_start"),  QStringLiteral("date_talk"),
        QStringLiteral("date_stop"),       QStringLiteral("created_at"),  QStringLiteral("start"),
        QStringLiteral("stop"),            QStringLiteral("last_hold_time"), QStringLiteral("answered_at"),
        QStringLiteral("ended_at"),
    };
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (keys.contains(it.key()) && it.value().isString() && !it.value().toString().isEmpty())
                out->append(it.value().toString());
            collectTimes(it.value(), out);
        }
    } else if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collectTimes(e, out);
    }
}

// Qt's reading of the same text: Qt::ISODateWithMs, a zone-less time taken in zone.
QDateTime qtReading(const QString &text, const QTimeZone &zone)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), zone);
    return t.toUTC();
}

} // namespace

class TestTimestampParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedFormats_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("minimum"); // timestamps the body is known to carry
        QTest::newRow("nexbro") << "000_45cd56abe0de55d1.txt" << 0 << 20;
        QTest::newRow("vobiz call") << "001_0035c51f1a84ac31.txt" << 0 << 2;
        QTest::newRow("carrierx") << "002_3ae8f5d7c89b65c5.txt" << 0 << 3;
        QTest::newRow("plivo") << "003_deba017cf42112bc.txt" << 0 << 3;
    }
    void seedFormats()
    {
        QFETCH(QString, seed);
        QFETCH(int, index);
        QFETCH(int, minimum);
        const QByteArray body = testutil::seedBody(seed.toLatin1().constData(), index);
        QVERIFY2(!body.isEmpty(), qPrintable(seed));
        QStringList times;
        collectTimes(QJsonDocument::fromJson(body).object(), &times);
        QVERIFY2(times.size() >= minimum, qPrintable(times.join(u", ")));
        for (const QTimeZone &zone : { QTimeZone::utc(), QTimeZone("Asia/Kolkata"), QTimeZone("America/New_York") }) {
            const TimestampParser parser(zone);
            for (const QString &text : std::as_const(times)) {
                const QDateTime ours = parser.parse(text);
                QVERIFY2(ours.isValid(), qPrintable(text));
                QCOMPARE(ours.timeSpec(), Qt::UTC);
                const QDateTime qt = qtReading(text, zone);
                QVERIFY2(qt.isValid(), qPrintable(text));
                QCOMPARE(ours, qt);
                const QByteArray utf8 = text.toUtf8();
                QCOMPARE(parser.parseMs(std::string_view(utf8.constData(), size_t(utf8.size()))),
                         std::optional<qint64>(qt.toMSecsSinceEpoch()));
            }
        }
    }

    void providerQuirks()
    {
        const TimestampParser utc;
        // Plivo: space, offset with colon; the same instant without colon and with hours only.
        const QDateTime plivo(QDate(2022, 10, 12), QTime(16, 27, 40), QTimeZone::utc());
        QCOMPARE(utc.parse(u"2022-10-12 21:57:40+05:30"), plivo);
        QCOMPARE(utc.parse(u"2022-10-12 21:57:40+0530"), plivo);
        QCOMPARE(utc.parse(u"2022-10-12 19:27:40+03"), plivo);
        // Microseconds are truncated, not rounded; surrounding white space is ignored.
        QCOMPARE(utc.parse(u"  2017-05-22 13:17:49.050872 "),
                 QDateTime(QDate(2017, 5, 22), QTime(13, 17, 49, 50), QTimeZone::utc()));
        // A wall-clock time in a zone with DST (summer and winter offsets differ).
        const TimestampParser ny(QTimeZone("America/New_York"));
        QCOMPARE(ny.parse(u"2026-07-01 12:00:00"), QDateTime(QDate(2026, 7, 1), QTime(16, 0), QTimeZone::utc()));
        QCOMPARE(ny.parse(u"2026-01-01 12:00:00"), QDateTime(QDate(2026, 1, 1), QTime(17, 0), QTimeZone::utc()));
        // An explicit offset wins over the assumed zone.
        QCOMPARE(ny.parse(u"2026-07-01T12:00:00Z"), QDateTime(QDate(2026, 7, 1), QTime(12, 0), QTimeZone::utc()));
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("offset +14:01") << "2026-01-01 10:00:00+14:01";
        QTest::newRow("offset -15") << "2026-01-01 10:00:00-15";
        QTest::newRow("offset minutes 60") << "2026-01-01 10:00:00+05:60";
        QTest::newRow("past year 9999 in UTC") << "9999-12-31T23:59:59-01:00";
        QTest::newRow("year 0") << "0000-06-01T00:00:00Z";
        QTest::newRow("feb 30") << "2026-02-30 10:00:00";
        QTest::newRow("minute 60") << "2026-01-01 10:60:00";
        QTest::newRow("zone name") << "2026-01-01 10:00:00 CET";
        QTest::newRow("slashes") << "2026/01/01 10:00:00";
    }
    void rejected()
    {
        QFETCH(QString, input);
        const TimestampParser parser;
        QVERIFY(!parser.parse(input).isValid());
        const QByteArray utf8 = input.toUtf8();
        QVERIFY(!parser.parseMs(std::string_view(utf8.constData(), size_t(utf8.size()))).has_value());
    }

    void epochNumbers()
    {
        // Seconds, and milliseconds once the number is too large to be seconds.
        QCOMPARE(TimestampParser::epochMs(1768565659.0), std::optional<qint64>(1768565659000));
        QCOMPARE(TimestampParser::epochMs(1768565659250.0), std::optional<qint64>(1768565659250));
        QCOMPARE(TimestampParser::epochMs(0.5), std::optional<qint64>(500));
        QVERIFY(!TimestampParser::epochMs(1e300).has_value());
        QVERIFY(!TimestampParser::epochMs(std::nan("")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestTimestampParser)
#include "tst_timestampparser.moc"
