// SPDX-License-Identifier: GPL-3.0-or-later
// The simplified G.107 E-model against published points and hand-computed calls.
#include "core/emodel.h"
#include "core/qualitythresholds.h"

#include <QTest>

using namespace cdr;

class TestEModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mosOfRAtPublishedPoints_data()
    {
        QTest::addColumn<double>("r");
        QTest::addColumn<double>("mos");
        // ITU-T G.107 Annex B (figure B.1 / the MOS(R) formula): R 93.2 is the default-
        // parameter R of the model and maps to 4.41.
        QTest::newRow("R=93.2") << 93.2 << 4.409;
        QTest::newRow("R=90") << 90.0 << 4.339;
        QTest::newRow("R=80") << 80.0 << 4.024;
        QTest::newRow("R=70") << 70.0 << 3.597;
        QTest::newRow("R=60") << 60.0 << 3.1;
        QTest::newRow("R=50") << 50.0 << 2.575;
        QTest::newRow("R=0") << 0.0 << 1.0;
        QTest::newRow("R=100") << 100.0 << 4.5;
        QTest::newRow("R<0 clamps") << -20.0 << 1.0;
        QTest::newRow("R>100 clamps") << 120.0 << 4.5;
    }
    void mosOfRAtPublishedPoints()
    {
        QFETCH(double, r);
        QFETCH(double, mos);
        QVERIFY2(qAbs(EModel::mosFromR(r) - mos) < 0.0006, qPrintable(QString::number(EModel::mosFromR(r), 'g', 8)));
    }

    void delayImpairmentKneeAt177_3()
    {
        // Below and at the knee only the 0.024 d slope; above it 0.11 per ms more.
        QCOMPARE(EModel::delayImpairment(0), 0.0);
        QVERIFY(qAbs(EModel::delayImpairment(100) - 2.4) < 1e-12);
        QVERIFY(qAbs(EModel::delayImpairment(177.3) - 4.2552) < 1e-12);
        QVERIFY(qAbs(EModel::delayImpairment(187.3) - (4.4952 + 1.1)) < 1e-12);
        QVERIFY(qAbs(EModel::delayImpairment(400) - (9.6 + 0.11 * 222.7)) < 1e-12);
        // one-way delay: assumed + 20 ms packetization + 2 x jitter
        QCOMPARE(EModel::oneWayDelayMs(40, std::nullopt), 60.0);
        QCOMPARE(EModel::oneWayDelayMs(40, 8.0), 76.0);
        QCOMPARE(EModel::oneWayDelayMs(100, 28.65), 177.3);
    }

    void equipmentImpairmentFromG113()
    {
        const auto g711 = EModel::codecParams(QStringLiteral("PCMU"));
        const auto g729 = EModel::codecParams(QStringLiteral("G729"));
        QVERIFY(g711.known);
        QCOMPARE(g711.ie, 0.0);
        QCOMPARE(g711.bpl, 25.1);
        QVERIFY(g729.known);
        QCOMPARE(g729.ie, 11.0);
        QCOMPARE(g729.bpl, 19.0);
        QCOMPARE(EModel::effectiveEquipmentImpairment(g711, 0), 0.0);
        QCOMPARE(EModel::effectiveEquipmentImpairment(g729, 0), 11.0);
        // Ppl = Bpl: half-way from Ie to 95
        QVERIFY(qAbs(EModel::effectiveEquipmentImpairment(g711, 25.1) - 47.5) < 1e-12);
        QVERIFY(qAbs(EModel::effectiveEquipmentImpairment(g729, 19.0) - 53.0) < 1e-12);
    }

    void codecNames()
    {
        for (const char *n : {"PCMU", "pcma", "G.711", "g711u", "PCMU/8000", "ulaw"})
            QVERIFY2(EModel::codecForCall(QString::fromLatin1(n), 1).known, n);
        QCOMPARE(EModel::codecForCall(QStringLiteral("PCMA/8000"), 1).name, QStringLiteral("G.711"));
        QCOMPARE(EModel::codecForCall(QStringLiteral("g729"), 1).name, QStringLiteral("G.729A"));
        QCOMPARE(EModel::codecForCall(QStringLiteral("G.729a"), 1).name, QStringLiteral("G.729A"));
        for (const char *n : {"opus", "g722", "amrwb", "AMR-WB", ""}) {
            const auto p = EModel::codecForCall(QString::fromLatin1(n), 1);
            QVERIFY2(!p.known, n);
            QCOMPARE(p.ie, 0.0);
            QCOMPARE(p.bpl, 25.1);
        }
        // Read and write differ: the worse one (larger Ie_eff at the call's loss) counts.
        QCOMPARE(EModel::codecForCall(QStringLiteral("PCMU/G729"), 1).name, QStringLiteral("G.729A"));
        QCOMPARE(EModel::codecForCall(QStringLiteral("G729/PCMA"), 0).given, QStringLiteral("G729"));
        // G.729A stays the worse at every loss (Ie 11 > 0 and Bpl 19 < 25.1).
        QCOMPARE(EModel::codecForCall(QStringLiteral("PCMU/G729"), 60).name, QStringLiteral("G.729A"));
        // opus beside PCMU: both use G.711 values; the first is kept and named as unvalued.
        QVERIFY(!EModel::codecForCall(QStringLiteral("opus/PCMU"), 1).known);
    }

    void applyHandComputedCall()
    {
        // G.711, loss 1.2 %, jitter 8 ms, delay 40 ms:
        // d = 40 + 20 + 16 = 76; Id = 1.824; Ie_eff = 95 * 1.2 / 26.3 = 4.33460;
        // R = 93.2 - 1.824 - 4.33460 = 87.0414; MOS = 1 + 3.04645 + 7e-6*87.0414*27.0414*12.9586 = 4.25996
        Call c;
        c.codec = QStringLiteral("PCMU");
        c.packetLossPct = 1.2;
        c.jitterMs = 8;
        EModel::apply(c);
        QCOMPARE(c.rFactor, std::optional<double>(87.0));
        QCOMPARE(c.mosEst, std::optional<double>(4.26));
        QCOMPARE(c.mosEstBasis,
                 QStringLiteral("loss reported 1.2 %, jitter reported 8 ms, delay assumed 40 ms, codec G.711 (PCMU)"));
        // the basis-free path the scorecard takes gives the same stored value
        QCOMPARE(EModel::mosEstimate(1.2, 8.0, EModel::codecParams(QStringLiteral("PCMU"))), 4.26);
        QCOMPARE(EModel::codecsOf(QStringLiteral("PCMU/G729")).size(), 2);
        QCOMPARE(EModel::codecsOf(QStringLiteral("PCMU/8000")).size(), 1);
    }

    void applyG729NoJitterOtherDelay()
    {
        // G.729A, loss 0, jitter unknown, delay 100: d = 120; Id = 2.88; Ie_eff = 11; R = 79.32
        // MOS = 1 + 2.7762 + 7e-6*79.32*19.32*20.68 = 3.99804
        Call c;
        c.codec = QStringLiteral("G729");
        c.packetLossPct = 0;
        EModel::apply(c, 100);
        QCOMPARE(c.rFactor, std::optional<double>(79.3));
        QCOMPARE(c.mosEst, std::optional<double>(4.0));
        QCOMPARE(c.mosEstBasis,
                 QStringLiteral("loss reported 0 %, jitter unknown, 0 ms used, delay assumed 100 ms, codec G.729A (G729)"));
    }

    void applyUnvaluedCodecsSaySo()
    {
        Call c;
        c.codec = QStringLiteral("opus");
        c.packetLossPct = 0.5;
        c.jitterMs = 12.5;
        EModel::apply(c);
        QVERIFY(c.mosEstBasis.endsWith(QLatin1String("codec opus: no G.113 value, G.711 values used")));
        QVERIFY(c.mosEstBasis.contains(QLatin1String("jitter reported 12.5 ms")));
        Call same = c;
        same.codec = QStringLiteral("PCMU");
        EModel::apply(same);
        QCOMPARE(c.rFactor, same.rFactor); // the G.711 values, really
        Call none;
        none.packetLossPct = 0.5;
        EModel::apply(none);
        QVERIFY(none.mosEstBasis.endsWith(QLatin1String("codec unknown: no G.113 value, G.711 values used")));
    }

    void nothingWithoutLoss()
    {
        Call c;
        c.codec = QStringLiteral("PCMU");
        c.jitterMs = 5;
        c.mos = 4.3;
        c.rFactor = 50; // a stale estimate is cleared
        c.mosEst = 2.5;
        c.mosEstBasis = QStringLiteral("old");
        EModel::apply(c);
        QVERIFY(!c.rFactor);
        QVERIFY(!c.mosEst);
        QVERIFY(c.mosEstBasis.isEmpty());
    }

    void clampedAtTheBottom()
    {
        // 80 % loss on G.729A with a 300 ms assumption: R would be negative.
        Call c;
        c.codec = QStringLiteral("g729");
        c.packetLossPct = 80;
        c.jitterMs = 100;
        EModel::apply(c, 300);
        QCOMPARE(c.rFactor, std::optional<double>(0.0));
        QCOMPARE(c.mosEst, std::optional<double>(1.0));
    }

    void bandEdgesSeeTheRoundedEstimate_data()
    {
        QTest::addColumn<double>("loss");
        QTest::addColumn<double>("mosEst");
        QTest::addColumn<int>("grade");
        // G.711, no jitter, delay 40: unrounded MOS 3.999992 at 3.7643 %, 3.994999988 at 3.8096 %,
        // 3.599992 at 7.429 %, 3.594990 at 7.4764 % (computed with the formulas above).
        QTest::newRow("4.00 is good") << 3.7643 << 4.0 << int(QualityGrade::Good);
        QTest::newRow("3.99 is average") << 3.8096 << 3.99 << int(QualityGrade::Average);
        QTest::newRow("3.60 is average") << 7.429 << 3.6 << int(QualityGrade::Average);
        QTest::newRow("3.59 is bad") << 7.4764 << 3.59 << int(QualityGrade::Bad);
    }
    void bandEdgesSeeTheRoundedEstimate()
    {
        QFETCH(double, loss);
        QFETCH(double, mosEst);
        QFETCH(int, grade);
        Call c;
        c.codec = QStringLiteral("PCMA");
        c.packetLossPct = loss;
        EModel::apply(c);
        QCOMPARE(c.mosEst, std::optional<double>(mosEst));
        QCOMPARE(int(QualityThresholds().gradeMos(c.mosEst)), grade);
    }
};

QTEST_GUILESS_MAIN(TestEModel)
#include "tst_emodel.moc"
