// SPDX-License-Identifier: GPL-3.0-or-later
// The generator is a pure function of (seed, provider, index): these tests pin down
// determinism, monotonic start times, id round trips, the status/quality mix and the
// provider field shapes the fake server and the parsers rely on.

#include <sim/trafficgenerator.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace cdr;
using namespace Qt::StringLiterals;

class TestTrafficGenerator : public QObject
{
    Q_OBJECT

    const QDateTime m_start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime m_end = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
    const QList<Provider> m_providers{Provider::Plivo, Provider::Vobiz, Provider::CarrierX, Provider::NexBro};

private slots:
    void deterministicAndRandomAccess()
    {
        const TrafficGenerator a(42, m_start, m_end, 5000);
        const TrafficGenerator b(42, m_start, m_end, 5000);
        const TrafficGenerator other(43, m_start, m_end, 5000);
        for (Provider p : m_providers) {
            // Reverse order on one side: no state between calls.
            for (qint64 i = 4999; i >= 4900; --i)
                QCOMPARE(a.record(p, i), b.record(p, i));
            QVERIFY(a.record(p, 7) != other.record(p, 7));
            QVERIFY(a.callId(p, 7) != other.callId(p, 7));
        }
        QVERIFY(a.record(Provider::Plivo, -1).isEmpty());
        QVERIFY(a.record(Provider::Plivo, 5000).isEmpty());
    }

    void startTimesMonotonicInRange()
    {
        const TrafficGenerator g(1, m_start, m_end, 20000);
        for (Provider p : m_providers) {
            qint64 prev = std::numeric_limits<qint64>::min();
            for (qint64 i = 0; i < g.callCount(); ++i) {
                const qint64 t = g.startMs(p, i);
                QVERIFY2(t >= prev, qPrintable(u"index %1"_s.arg(i)));
                prev = t;
            }
            QVERIFY(g.startTime(p, 0) >= m_start);
            QVERIFY(g.startTime(p, g.callCount() - 1) < m_end);
        }
        // firstIndexAtOrAfter is a lower bound over start times.
        const QDateTime mid(QDate(2026, 1, 16), QTime(12, 0), Qt::UTC);
        const qint64 idx = g.firstIndexAtOrAfter(Provider::Vobiz, mid);
        QVERIFY(idx > 0 && idx < g.callCount());
        QVERIFY(g.startTime(Provider::Vobiz, idx) >= mid);
        QVERIFY(g.startTime(Provider::Vobiz, idx - 1) < mid);
        QCOMPARE(g.firstIndexAtOrAfter(Provider::Vobiz, m_end), g.callCount());
        QCOMPARE(g.firstIndexAtOrAfter(Provider::Vobiz, m_start), 0);
    }

    void idsUniqueAndInvertible()
    {
        const TrafficGenerator g(9, m_start, m_end, 20000);
        static const QRegularExpression uuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
        for (Provider p : m_providers) {
            QSet<QString> seen;
            for (qint64 i = 0; i < g.callCount(); ++i) {
                const QString id = g.callId(p, i);
                QVERIFY2(uuid.match(id).hasMatch(), qPrintable(id));
                QVERIFY(!seen.contains(id));
                seen.insert(id);
                QCOMPARE(g.indexForId(p, id), std::optional<qint64>(i));
            }
        }
        QCOMPARE(g.indexForId(Provider::Plivo, u"not-a-uuid"), std::nullopt);
        QString forged = g.callId(Provider::Plivo, 3);
        forged[0] = forged[0] == u'a' ? u'b' : u'a';
        QCOMPARE(g.indexForId(Provider::Plivo, forged), std::nullopt);
        // Same index, other provider's id: unknown.
        QCOMPARE(g.indexForId(Provider::Vobiz, g.callId(Provider::Plivo, 3)), std::nullopt);
    }

    void realisticMix()
    {
        const TrafficGenerator g(7, m_start, m_end, 20000);
        QMap<CallStatus, int> statuses;
        int bad = 0, answered = 0, multiLeg = 0, holds = 0;
        qint64 errorsBad = 0, errorsGood = 0, nBad = 0, nGood = 0;
        for (qint64 i = 0; i < g.callCount(); ++i) {
            const auto t = g.truth(Provider::NexBro, i);
            statuses[t.status]++;
            if (t.status == CallStatus::Answered) {
                ++answered;
                if (t.quality == TrafficGenerator::Quality::Bad) {
                    ++bad; ++nBad; errorsBad += t.errorIntervals;
                    QVERIFY(t.mos < 3.6);
                } else if (t.quality == TrafficGenerator::Quality::Good) {
                    ++nGood; errorsGood += t.errorIntervals;
                    QVERIFY(t.mos >= 4.0);
                }
            }
            if (t.legs > 1) ++multiLeg;
            QVERIFY(t.legs >= 1 && t.legs <= 4);
            if (i < 3000) {
                const QJsonObject r = g.record(Provider::NexBro, i);
                const QJsonArray flow = r.value(u"call_flow").toArray();
                QCOMPARE(flow.size(), t.legs);
                for (const auto &leg : flow)
                    holds += leg.toObject().value(u"hold_duration").isString() ? 1 : 0;
                QCOMPARE(r.value(u"audio_stats").toObject().value(u"error_log").toArray().size(), t.errorIntervals);
            }
        }
        const double n = g.callCount();
        QVERIFY(qAbs(statuses[CallStatus::Answered] / n - 0.70) < 0.02);
        for (CallStatus s : {CallStatus::NoAnswer, CallStatus::Busy, CallStatus::Failed, CallStatus::Canceled})
            QVERIFY2(statuses[s] > n * 0.03, qPrintable(statusName(s)));
        QVERIFY(qAbs(double(bad) / answered - 0.10) < 0.02);
        QVERIFY(multiLeg > n * 0.4);
        QVERIFY(holds > 100);
        // Error-log intervals concentrate in bad calls.
        QVERIFY(double(errorsBad) / nBad > 10 * double(errorsGood) / nGood);
    }

    void providerShapes()
    {
        const TrafficGenerator g(5, m_start, m_end, 2000);
        static const QRegularExpression plivoTime(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\+05:30$"_s);
        static const QRegularExpression isoZ(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s);
        static const QRegularExpression isoMsZ(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
        static const QRegularExpression plain(u"^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"_s);
        static const QRegularExpression hms(u"^\\d\\d+:\\d\\d:\\d\\d$"_s);
        static const QRegularExpression decimal(u"^\\d+\\.\\d{5}$"_s);
        bool sawCapitalStir = false, sawLowerStir = false, sawPlusMismatch = false, sawUnanswered = false;
        for (qint64 i = 0; i < g.callCount(); ++i) {
            const QJsonObject p = g.record(Provider::Plivo, i);
            QVERIFY(plivoTime.match(p.value(u"initiation_time").toString()).hasMatch());
            QVERIFY(p.value(u"call_duration").isDouble());
            QVERIFY(p.value(u"billed_duration").toInt() % 60 == 0);
            QVERIFY(p.value(u"billed_duration").toInt() >= p.value(u"bill_duration").toInt());
            sawCapitalStir |= p.contains(u"Stir_attestation");
            sawLowerStir |= p.contains(u"stir_attestation");
            QCOMPARE(p.value(u"call_uuid").toString(), g.callId(Provider::Plivo, i));

            const QJsonObject v = g.record(Provider::Vobiz, i);
            QVERIFY(isoZ.match(v.value(u"start_time").toString()).hasMatch());
            QVERIFY(v.value(u"mos").isDouble() && v.value(u"billsec").isDouble());
            if (v.value(u"answer_time").isNull()) {
                sawUnanswered = true;
                QCOMPARE(v.value(u"mos").toDouble(), 0.0);
            }
            QCOMPARE(v.value(u"uuid").toString(), g.callId(Provider::Vobiz, i));

            const QJsonObject c = g.record(Provider::CarrierX, i);
            QVERIFY(isoMsZ.match(c.value(u"date_start").toString()).hasMatch());
            QVERIFY(decimal.match(c.value(u"duration").toString()).hasMatch());
            QVERIFY(c.value(u"sipcause").isString());
            sawPlusMismatch |= c.value(u"number_src").toString().startsWith(u'+')
                               != c.value(u"number_dst").toString().startsWith(u'+');

            const QJsonObject nb = g.record(Provider::NexBro, i);
            QVERIFY(plain.match(nb.value(u"start_time").toString()).hasMatch());
            QVERIFY(hms.match(nb.value(u"duration").toString()).hasMatch());
            QVERIFY(nb.value(u"audio_stats").toObject().contains(u"error_log"));
            QVERIFY(!nb.contains(u"error_log"));
            QVERIFY(nb.value(u"technical").toObject().value(u"post_dial_delay").isString());
            if (nb.value(u"status").toString() == u"ANSWERED") {
                const QJsonObject in = nb.value(u"audio_stats").toObject().value(u"inbound").toObject();
                QVERIFY(in.value(u"mos").isString());
                for (const auto &e : nb.value(u"audio_stats").toObject().value(u"error_log").toArray())
                    QVERIFY(e.toObject().value(u"duration_seconds").isDouble());
            }
        }
        QVERIFY(sawCapitalStir && sawLowerStir && sawPlusMismatch && sawUnanswered);
        const QJsonObject voice = g.vobizVoiceApiRecord(3);
        QCOMPARE(voice.value(u"call_uuid").toString(), g.callId(Provider::Vobiz, 3));
        QVERIFY(plain.match(voice.value(u"initiation_time").toString()).hasMatch());
    }

    void speed()
    {
        // Prints the rate (no timed assertion: machines are noisy).
        const TrafficGenerator g(3, m_start, m_end, 1000000);
        for (Provider p : m_providers) {
            QElapsedTimer timer;
            timer.start();
            qint64 n = 0, bytes = 0;
            while (timer.elapsed() < 300) {
                for (int k = 0; k < 500; ++k)
                    bytes += g.record(p, n++).size();
            }
            qInfo("%s: %.0f records/s", qPrintable(providerName(p)), n * 1000.0 / timer.elapsed());
            QVERIFY(bytes > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestTrafficGenerator)
#include "tst_trafficgenerator.moc"
