// SPDX-License-Identifier: GPL-3.0-or-later
// CallValidator: impossible values become null with a warning naming the field and the record;
// believable ones (every seed body, every public fixture) pass untouched.

#include "seedbodies.h"

#include <core/callvalidator.h>
#include <core/recordparser.h>

#include <QDir>
#include <QTest>

using namespace cdr;
using namespace Qt::StringLiterals;

class TestCallValidator : public QObject
{
    Q_OBJECT

    static Call answered()
    {
        Call c;
        c.provider = Provider::Vobiz;
        c.id = u"call-1"_s;
        c.status = CallStatus::Answered;
        c.startTime = QDateTime(QDate(2025, 5, 18), QTime(15, 32, 15), QTimeZone::utc());
        c.answerTime = c.startTime.addSecs(3);
        c.endTime = c.startTime.addSecs(63);
        c.durationS = 63;
        c.talkS = 60;
        c.ringS = 3;
        c.mos = 4.2;
        c.jitterMs = 12;
        c.packetLossPct = 0.5;
        return c;
    }

private Q_SLOTS:
    void goodCallIsUntouched()
    {
        Call c = answered();
        const Call before = c;
        QStringList warnings;
        QCOMPARE(CallValidator::apply(c, &warnings, u"rec"_s), 0);
        QVERIFY(warnings.isEmpty());
        QCOMPARE(c, before);
    }

    void impossibleValuesAreDropped_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("valueText");
        QTest::newRow("mos 1000") << u"mos"_s << u"1000"_s;
        QTest::newRow("mos 0.5") << u"mos"_s << u"0.5"_s;
        QTest::newRow("mos nan") << u"mos"_s << u"nan"_s;
        QTest::newRow("negative jitter") << u"jitter_ms"_s << u"-3"_s;
        QTest::newRow("loss 150") << u"packet_loss_pct"_s << u"150"_s;
        QTest::newRow("negative loss") << u"packet_loss_pct"_s << u"-1"_s;
        QTest::newRow("talk longer than call") << u"talk_s"_s << u"500"_s;
        QTest::newRow("start 1970") << u"start_time"_s << u"1970-01-01T00:00:00Z"_s;
        QTest::newRow("end 2200") << u"end_time"_s << u"2200-01-01T00:00:00Z"_s;
    }
    void impossibleValuesAreDropped()
    {
        QFETCH(QString, field);
        QFETCH(QString, valueText);
        Call c = answered();
        const double v = valueText == u"nan" ? std::nan("") : valueText.toDouble();
        const QDateTime t = QDateTime::fromString(valueText, Qt::ISODate);
        if (field == u"mos")
            c.mos = v;
        else if (field == u"jitter_ms")
            c.jitterMs = v;
        else if (field == u"packet_loss_pct")
            c.packetLossPct = v;
        else if (field == u"talk_s")
            c.talkS = v;
        else if (field == u"start_time")
            c.startTime = t;
        else if (field == u"end_time")
            c.endTime = t;

        QStringList warnings;
        QCOMPARE(CallValidator::apply(c, &warnings, u"calls.json: record call-1"_s), 1);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(u"calls.json: record call-1: " + field), qPrintable(warnings.first()));
        QCOMPARE(c.invalid, QStringList{field});
        if (field == u"mos")
            QVERIFY(!c.mos);
        else if (field == u"jitter_ms")
            QVERIFY(!c.jitterMs);
        else if (field == u"packet_loss_pct")
            QVERIFY(!c.packetLossPct);
        else if (field == u"talk_s")
            QVERIFY(!c.talkS && c.durationS == 63.0);
        else if (field == u"start_time")
            QVERIFY(!c.startTime.isValid() && c.endTime.isValid());
        else if (field == u"end_time")
            QVERIFY(!c.endTime.isValid() && c.startTime.isValid());

        // Idempotent: the normalizer and a later reader may both apply it.
        warnings.clear();
        QCOMPARE(CallValidator::apply(c, &warnings, u"again"_s), 0);
        QVERIFY(warnings.isEmpty());
        QCOMPARE(c.invalid, QStringList{field});
    }

    void boundariesAreBelievable()
    {
        Call c = answered();
        c.mos = 1.0;
        c.packetLossPct = 100.0;
        c.jitterMs = 0.0;
        c.talkS = 63.5; // durations are rounded independently: half a second over is rounding
        c.startTime = CallValidator::earliestTime();
        QCOMPARE(CallValidator::apply(c, nullptr, u"rec"_s), 0);
        c.mos = 5.0;
        c.endTime = CallValidator::latestTime();
        QCOMPARE(CallValidator::apply(c, nullptr, u"rec"_s), 0);
    }

    void mosZeroWithoutTalkMeansNoMedia()
    {
        Call c = answered();
        c.status = CallStatus::NoAnswer;
        c.talkS = 0;
        c.mos = 0;
        QStringList warnings;
        QCOMPARE(CallValidator::apply(c, &warnings, u"rec"_s), 0);
        QVERIFY(!c.mos);
        QVERIFY(c.invalid.isEmpty());
        // ... but on a call with 60 s of talk it is an impossible grade.
        Call talked = answered();
        talked.mos = 0;
        QCOMPARE(CallValidator::apply(talked, &warnings, u"rec"_s), 1);
        QCOMPARE(talked.invalid, QStringList{u"mos"_s});
    }

    void legsErrorLogAndCounters()
    {
        Call c = answered();
        CallLeg leg;
        leg.startTime = c.startTime;
        leg.endTime = QDateTime(QDate(1969, 12, 31), QTime(23, 59), QTimeZone::utc());
        leg.talkS = -4;
        c.legs = {leg};
        ErrorInterval good{c.startTime.addSecs(10), c.startTime.addSecs(12), 3, 2.0};
        ErrorInterval bad{QDateTime(QDate(2150, 1, 1), QTime(0, 0), QTimeZone::utc()),
                          QDateTime(QDate(2150, 1, 1), QTime(0, 1), QTimeZone::utc()), 2, 60.0};
        c.errorLog = {good, bad};
        AudioStats audio;
        audio.inbound.counters = {{u"mos"_s, 4.1}, {u"jitter_max_variance"_s, -2.0}};
        audio.outbound.counters = {{u"mos"_s, 1000.0}, {u"packet_count"_s, 900.0}};
        c.audio = audio;

        QStringList warnings;
        QCOMPARE(CallValidator::apply(c, &warnings, u"rec 9"_s), 6);
        QCOMPARE(c.invalid, (QStringList{u"legs[0].end_time"_s, u"legs[0].talk_s"_s, u"error_log[1].start"_s,
                                         u"error_log[1].stop"_s, u"audio.inbound.jitter_max_variance"_s,
                                         u"audio.outbound.mos"_s}));
        QVERIFY(!c.legs.first().endTime.isValid());
        QVERIFY(c.legs.first().startTime.isValid());
        QCOMPARE(c.errorLog, QList<ErrorInterval>{good});
        QCOMPARE(c.audio->inbound.value(u"mos"_s), 4.1);
        QVERIFY(!c.audio->inbound.value(u"jitter_max_variance"_s));
        QVERIFY(!c.audio->outbound.value(u"mos"_s));
        QCOMPARE(c.audio->outbound.value(u"packet_count"_s), 900.0);
        for (const QString &w : std::as_const(warnings))
            QVERIFY2(w.startsWith(u"rec 9: "), qPrintable(w));
    }

    void realBodiesPassUntouched()
    {
        // No false alarms on what the providers really send.
        QList<QByteArray> bodies;
        for (const QString &name : QDir(testutil::seedPath("")).entryList({u"*.txt"_s}))
            bodies += testutil::jsonBodies(testutil::readFile(testutil::seedPath(name.toLatin1().constData())));
        const QDir fixtures(testutil::fixturePath(""));
        for (const QString &name : fixtures.entryList({u"*.json"_s}))
            bodies << testutil::readFile(fixtures.filePath(name));
        int calls = 0;
        for (const QByteArray &body : std::as_const(bodies)) {
            const ParseResult r = RecordParser::parse(body, ParseOptions());
            for (Call c : r.calls) {
                ++calls;
                QStringList warnings;
                QVERIFY2(CallValidator::apply(c, &warnings, c.id) == 0, qPrintable(warnings.join(u'\n')));
            }
        }
        QVERIFY2(calls >= 10, qPrintable(QString::number(calls)));
    }
};

QTEST_GUILESS_MAIN(TestCallValidator)
#include "tst_callvalidator.moc"
