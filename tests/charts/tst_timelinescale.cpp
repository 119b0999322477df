// SPDX-License-Identifier: GPL-3.0-or-later
// The time-to-pixel mapping and the timeline data derived from a call, as pure unit tests.

#include "testcalls.h"

#include <core/timelinedata.h>
#include <charts/timelinescale.h>

#include <QTest>

using namespace cdr;

class TestTimelineScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapsEndsToPixels()
    {
        const TimelineScale s{0.0, 45.0, 100.0, 900.0};
        QCOMPARE(s.xForSeconds(0.0), 100.0);
        QCOMPARE(s.xForSeconds(45.0), 1000.0);
        QCOMPARE(s.xForSeconds(22.5), 550.0);
        QCOMPARE(s.pixelsPerSecond(), 20.0);
    }
    void roundTrips_data()
    {
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("end");
        QTest::addColumn<double>("seconds");
        QTest::newRow("whole") << 0.0 << 45.0 << 12.0;
        QTest::newRow("offset window") << 10.0 << 20.0 << 13.25;
        QTest::newRow("before start") << 10.0 << 20.0 << 2.0;
        QTest::newRow("long call") << 0.0 << 7200.0 << 3599.5;
    }
    void roundTrips()
    {
        QFETCH(double, start);
        QFETCH(double, end);
        QFETCH(double, seconds);
        const TimelineScale s{start, end, 37.0, 640.0};
        QCOMPARE(s.secondsForX(s.xForSeconds(seconds)), seconds);
    }
    void zeroSpanDoesNotDivideByZero()
    {
        const TimelineScale s{5.0, 5.0, 0.0, 100.0};
        QCOMPARE(s.spanS(), 1.0);
        QCOMPARE(s.xForSeconds(6.0), 100.0);
        const TimelineScale reversed{5.0, 2.0, 0.0, 100.0};
        QCOMPARE(reversed.spanS(), 1.0);
    }
    void zeroWidthMapsToLeft()
    {
        const TimelineScale s{0.0, 10.0, 50.0, 0.0};
        QCOMPARE(s.xForSeconds(7.0), 50.0);
        QCOMPARE(s.secondsForX(80.0), 0.0);
        const TimelineScale negative{0.0, 10.0, 50.0, -20.0};
        QCOMPARE(negative.xForSeconds(7.0), 50.0);
    }
    void clampsOutsideTheRange()
    {
        const TimelineScale s{0.0, 10.0, 0.0, 100.0};
        QCOMPARE(s.clampedX(-5.0), 0.0);
        QCOMPARE(s.clampedX(50.0), 100.0);
        QCOMPARE(s.clampedX(5.0), 50.0);
    }
    void tickStepIsNice_data()
    {
        QTest::addColumn<double>("span");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("minPixels");
        QTest::addColumn<double>("step");
        QTest::newRow("45 s in 900 px, 80 px apart") << 45.0 << 900.0 << 80.0 << 5.0;
        QTest::newRow("45 s in 300 px") << 45.0 << 300.0 << 80.0 << 20.0;
        QTest::newRow("1 hour") << 3600.0 << 900.0 << 80.0 << 500.0;
        QTest::newRow("sub-second") << 1.0 << 900.0 << 80.0 << 0.1;
        QTest::newRow("exact fit") << 100.0 << 1000.0 << 100.0 << 10.0;
    }
    void tickStepIsNice()
    {
        QFETCH(double, span);
        QFETCH(double, width);
        QFETCH(double, minPixels);
        QFETCH(double, step);
        const TimelineScale s{0.0, span, 0.0, width};
        QCOMPARE(s.tickStep(minPixels), step);
        QVERIFY(step * s.pixelsPerSecond() >= minPixels - 1e-9);
    }
    void ticksCoverTheRange()
    {
        const TimelineScale s{0.0, 45.0, 0.0, 900.0};
        const QList<double> ticks = s.ticks(80.0);
        QCOMPARE(ticks.size(), 10); // 0, 5, ..., 45
        QCOMPARE(ticks.first(), 0.0);
        QCOMPARE(ticks.last(), 45.0);
        const TimelineScale window{3.0, 17.0, 0.0, 700.0};
        const QList<double> w = window.ticks(80.0);
        QVERIFY(!w.isEmpty());
        QVERIFY(w.first() >= 3.0);
        QVERIFY(w.last() <= 17.0);
        for (qsizetype i = 1; i < w.size(); ++i)
            QCOMPARE(w.at(i) - w.at(i - 1), window.tickStep(80.0));
    }

    // TimelineData: what the widget will draw.
    void nexbroSeedHasTwoLanesAndEightBands()
    {
        const Call call = testcalls::parseOne(testcalls::seedBody(QStringLiteral("000")));
        QCOMPARE(call.provider, Provider::NexBro);
        const TimelineData d = TimelineData::fromCall(call);
        QCOMPARE(d.lanes.size(), 2);
        QCOMPARE(d.bands.size(), 8);
        QCOMPARE(d.totalFlaws, 62);
        QCOMPARE(d.maxFlaws, 16);
        QCOMPARE(d.spanS, 45.0);
        // Leg 1: rings 10 s, talks 35 s; leg 2 rings 2 s and holds 4 s from 32 s.
        const TimelineLane &first = d.lanes.at(0);
        QCOMPARE(first.segments.size(), 2);
        QCOMPARE(first.segments.at(0).kind, SegmentKind::Ringing);
        QCOMPARE(first.segments.at(0).endS, 10.0);
        QCOMPARE(*first.answerS, 10.0);
        const TimelineLane &second = d.lanes.at(1);
        QCOMPARE(second.segments.size(), 3);
        QCOMPARE(second.segments.at(2).kind, SegmentKind::Holding);
        QCOMPARE(second.segments.at(2).startS, 32.0);
        QCOMPARE(second.segments.at(2).endS, 36.0);
        QCOMPARE(d.bands.first().startS, 6.0);
        QCOMPARE(d.bands.last().stopS, 45.0);
    }
    void callWithoutLegsHasOneLane()
    {
        const TimelineData d = TimelineData::fromCall(testcalls::synthetic(0, 0));
        QCOMPARE(d.lanes.size(), 1);
        QCOMPARE(d.lanes.first().segments.size(), 2);
        QVERIFY(d.bands.isEmpty());
    }
    void unansweredCallOnlyRings()
    {
        const TimelineData d = TimelineData::fromCall(testcalls::synthetic(0, 0, false, false));
        QCOMPARE(d.lanes.size(), 1);
        QCOMPARE(d.lanes.first().segments.size(), 1);
        QCOMPARE(d.lanes.first().segments.first().kind, SegmentKind::Ringing);
        QVERIFY(!d.lanes.first().answerS);
        QVERIFY(!d.lanes.first().answered);
    }
    void twentyLegsAndAThousandIntervals()
    {
        const TimelineData d = TimelineData::fromCall(testcalls::synthetic(20, 1000));
        QCOMPARE(d.lanes.size(), 20);
        QCOMPARE(d.bands.size(), 1000);
        int forwarding = 0;
        for (const TimelineLane &l : d.lanes)
            forwarding += l.forwarding ? 1 : 0;
        QCOMPARE(forwarding, 6);
    }
    void callWithNoTimesStillHasALane()
    {
        Call c;
        c.provider = Provider::CarrierX;
        c.durationS = 4.25;
        c.talkS = 3.3;
        c.status = CallStatus::Answered;
        const TimelineData d = TimelineData::fromCall(c);
        QVERIFY(!d.origin.isValid());
        QCOMPARE(d.lanes.size(), 1);
        QCOMPARE(d.spanS, 4.25);
        QVERIFY(!d.timeAt(1.0).isValid());
    }
    void emptyCallDoesNotCrash()
    {
        const TimelineData d = TimelineData::fromCall(Call());
        QCOMPARE(d.lanes.size(), 1);
        QCOMPARE(d.spanS, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestTimelineScale)
#include "tst_timelinescale.moc"
