// SPDX-License-Identifier: GPL-3.0-or-later
// Error-log numbers (impaired seconds, worst window, time to first flaw, sustained
// degradation) on hand-built logs, and on the NexBro seed record.
#include "core/errorlogmetrics.h"
#include "core/recordparser.h"

#include "seedbodies.h"

#include <QTest>
#include <QTimeZone>

using namespace cdr;
using testutil::seedBody;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc());

ErrorInterval iv(double startS, double stopS, int flaws)
{
    ErrorInterval e;
    e.start = t0.addMSecs(qint64(startS * 1000));
    e.stop = t0.addMSecs(qint64(stopS * 1000));
    e.flaws = flaws;
    e.durationS = stopS - startS;
    return e;
}

Call callWith(QList<ErrorInterval> log, double answerAtS = 0)
{
    Call c;
    c.startTime = t0.addSecs(-5);
    c.answerTime = t0.addMSecs(qint64(answerAtS * 1000));
    c.endTime = t0.addSecs(300);
    c.errorLog = std::move(log);
    return c;
}

} // namespace

class TestErrorLogMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noLog()
    {
        const ErrorLogMetrics m = ErrorLogMetrics::compute(callWith({}));
        QVERIFY(!m.hasLog);
        QCOMPARE(m.impairedS, 0.0);
        QVERIFY(!m.timeToFirstFlawS);
        QVERIFY(!m.sustained);
        QVERIFY(!m.worstWindowStart.isValid());
        // intervals with no flaws are not flaw intervals
        QVERIFY(!ErrorLogMetrics::compute(callWith({iv(1, 3, 0)})).hasLog);
    }

    void impairedSecondsCountOverlapsOnce()
    {
        // [12,15) and [14,18) overlap: 6 s; [40,42.5): 2.5 s; [41,42) inside it.
        const ErrorLogMetrics m =
            ErrorLogMetrics::compute(callWith({iv(12, 15, 2), iv(14, 18, 1), iv(40, 42.5, 3), iv(41, 42, 1)}));
        QVERIFY(m.hasLog);
        QCOMPARE(m.impairedS, 8.5);
        QCOMPARE(m.timeToFirstFlawS, std::optional<double>(12.0));
    }

    void stopMissingUsesDuration()
    {
        ErrorInterval e = iv(5, 9, 1);
        e.stop = QDateTime();
        e.durationS = 2.25;
        const ErrorLogMetrics m = ErrorLogMetrics::compute(callWith({e}));
        QCOMPARE(m.impairedS, 2.25);
    }

    void worstWindow()
    {
        // Starts at 0 (1 flaw), 5 (2), 20 (4), 29.9 (5), 30 (6), 45 (1):
        // windows from each start: 0 -> 3, 5 -> 2, 20 -> 9 (20, 29.9; 30 is outside [20,30)),
        // 29.9 -> 11, 30 -> 6, 45 -> 1. The worst is 11 flaws from 29.9 s.
        const ErrorLogMetrics m = ErrorLogMetrics::compute(
            callWith({iv(0, 1, 1), iv(5, 6, 2), iv(20, 21, 4), iv(29.9, 30.5, 5), iv(30, 31, 6), iv(45, 46, 1)}));
        QCOMPARE(m.worstWindowFlaws, 11);
        QCOMPARE(m.worstWindowStart, t0.addMSecs(29900));
        QCOMPARE(m.worstWindowStart.timeZone(), QTimeZone::utc());
    }

    void worstWindowTieKeepsTheEarliest()
    {
        const ErrorLogMetrics m = ErrorLogMetrics::compute(callWith({iv(0, 1, 3), iv(50, 51, 3)}));
        QCOMPARE(m.worstWindowFlaws, 3);
        QCOMPARE(m.worstWindowStart, t0);
    }

    void timeToFirstFlawFromAnswerOrStart()
    {
        // answered at 2 s, first flaw at 12 s
        QCOMPARE(ErrorLogMetrics::compute(callWith({iv(12, 13, 1)}, 2)).timeToFirstFlawS, std::optional<double>(10.0));
        // no answer time: from the start (t0 - 5 s)
        Call c = callWith({iv(12, 13, 1)});
        c.answerTime = QDateTime();
        QCOMPARE(ErrorLogMetrics::compute(c).timeToFirstFlawS, std::optional<double>(17.0));
        // no times at all: unknown
        c.startTime = QDateTime();
        QVERIFY(!ErrorLogMetrics::compute(c).timeToFirstFlawS);
        QVERIFY(ErrorLogMetrics::compute(c).hasLog);
    }

    void sustained_data()
    {
        QTest::addColumn<QList<ErrorInterval>>("log");
        QTest::addColumn<bool>("sustained");
        // Slots of 10 s from the answer (t0): [0,10) [10,20) [20,30) [30,40) [40,50) ...
        QTest::newRow("3 of 5: slots 0, 2, 4") << QList<ErrorInterval>{iv(1, 2, 1), iv(21, 22, 1), iv(41, 42, 1)} << true;
        QTest::newRow("2 of 5: slots 0, 4, then 6") << QList<ErrorInterval>{iv(1, 2, 1), iv(41, 42, 1), iv(61, 62, 1)}
                                                    << false; // 0..4 holds 2, 2..6 holds 2, 4..8 holds 2
        QTest::newRow("one long interval over slots 1-3") << QList<ErrorInterval>{iv(15, 35, 2)} << true;
        QTest::newRow("ends on a slot edge") << QList<ErrorInterval>{iv(15, 30, 2), iv(60, 61, 1)} << false;
        QTest::newRow("three in one slot") << QList<ErrorInterval>{iv(1, 2, 1), iv(3, 4, 1), iv(5, 6, 1)} << false;
        QTest::newRow("slots 10, 11, 14") << QList<ErrorInterval>{iv(101, 102, 1), iv(111, 112, 1), iv(141, 142, 1)}
                                          << true;
        QTest::newRow("slots 10, 11, 15") << QList<ErrorInterval>{iv(101, 102, 1), iv(111, 112, 1), iv(151, 152, 1)}
                                          << false;
    }
    void sustained()
    {
        QFETCH(QList<ErrorInterval>, log);
        QFETCH(bool, sustained);
        QCOMPARE(ErrorLogMetrics::compute(callWith(log)).sustained, sustained);
    }

    void nexbroSeedRecord()
    {
        const ParseResult r = RecordParser::parse(seedBody("000_45cd56abe0de55d1.txt"), ParseOptions(), QStringLiteral("seed 000"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.calls.size(), 1);
        const Call &c = r.calls.constFirst();
        QVERIFY(!c.errorLog.isEmpty());
        // Answered 12:14:29; flaw intervals (s after 12:14:25, flaws): 0-3 (3), 4-7 (6), 8-11 (6),
        // 14-18 (9), 19-23 (10), 26-29 (2), 31-34 (10), 35-39 (16). No overlaps: 27 s impaired.
        // Windows of 10 s from each start: 15, 12, 15, 19, 12, 28 (26, 31, 35), 26, 16.
        // The first flaw is 4 s before the answer (early media): time to first flaw 0.
        const ErrorLogMetrics m = ErrorLogMetrics::compute(c);
        QVERIFY(m.hasLog);
        QCOMPARE(m.impairedS, 27.0);
        QCOMPARE(m.worstWindowFlaws, 28);
        QCOMPARE(m.worstWindowStart, QDateTime(QDate(2026, 1, 16), QTime(12, 14, 51), QTimeZone::utc()));
        QCOMPARE(m.timeToFirstFlawS, std::optional<double>(0.0));
        QVERIFY(m.sustained);
    }
};

QTEST_GUILESS_MAIN(TestErrorLogMetrics)
#include "tst_errorlogmetrics.moc"
