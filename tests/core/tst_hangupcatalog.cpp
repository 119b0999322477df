// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hangupcatalog.h"
#include "core/qualitythresholds.h"

#include <QTest>

using namespace cdr;

class TestHangupCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exactPlivoCode()
    {
        const HangupExplanation e = HangupCatalog::explainPlivoCode(8011);
        QVERIFY(e.known);
        QCOMPARE(e.title, QStringLiteral("Invalid Answer XML"));
        QCOMPARE(e.category, QStringLiteral("Webhook"));
        QVERIFY(!e.isNormal);
        QVERIFY(HangupCatalog::explainPlivoCode(4000).isNormal);
    }
    void unknownCodeFallsBackToRangeKeepingProviderName()
    {
        const HangupExplanation e = HangupCatalog::explainPlivoCode(4100, QStringLiteral("No Answer"));
        QVERIFY(!e.known);
        QCOMPARE(e.title, QStringLiteral("No Answer"));
        QCOMPARE(e.category, QStringLiteral("Normal"));
        const HangupExplanation f = HangupCatalog::explainPlivoCode(3999);
        QCOMPARE(f.category, QStringLiteral("Callee"));
        QVERIFY(f.title.contains(QLatin1String("3999")));
        const HangupExplanation g = HangupCatalog::explainPlivoCode(12345);
        QCOMPARE(g.category, QStringLiteral("Unknown"));
    }
    void freeSwitchCauses()
    {
        QCOMPARE(HangupCatalog::explainFreeSwitchCause(QStringLiteral("USER_BUSY")).q850, QStringLiteral("17"));
        QCOMPARE(HangupCatalog::explainFreeSwitchCause(QStringLiteral("NORMAL_CLEARING")).q850, QStringLiteral("16"));
        QVERIFY(HangupCatalog::explainFreeSwitchCause(QStringLiteral("NORMAL_CLEARING")).isNormal);
        QVERIFY(HangupCatalog::explainFreeSwitchCause(QStringLiteral("INVALID_NUMBER")).q850.isEmpty()); // not a FreeSWITCH name
        QVERIFY(!HangupCatalog::explainFreeSwitchCause(QStringLiteral("MADE_UP")).known);
        QCOMPARE(HangupCatalog::statusForFreeSwitchCause(QStringLiteral("ORIGINATOR_CANCEL")), CallStatus::Canceled);
    }
    void sipCodes()
    {
        QCOMPARE(HangupCatalog::explainSipCode(486).title, QStringLiteral("486 Busy Here"));
        QVERIFY(HangupCatalog::explainSipCode(200).isNormal);
        QCOMPARE(HangupCatalog::explainSipCode(499).title, QStringLiteral("SIP 499"));
        QCOMPARE(HangupCatalog::statusForSipCode(603), CallStatus::Failed);
        QCOMPARE(HangupCatalog::statusForSipCode(180), CallStatus::InProgress);
    }
    void nexbroSentenceKept()
    {
        Call c;
        c.provider = Provider::NexBro;
        c.hangupCause = QStringLiteral("Call was terminated normally by either party.");
        const HangupExplanation e = HangupCatalog::explain(c);
        QCOMPARE(e.explanation, c.hangupCause);
        QVERIFY(e.isNormal);
    }
    void carrierxNamesTheOriginator()
    {
        Call c;
        c.provider = Provider::CarrierX;
        c.hangupCode = QStringLiteral("487");
        c.hangupSource = QStringLiteral("SRC");
        const HangupExplanation e = HangupCatalog::explain(c);
        QCOMPARE(e.title, QStringLiteral("487 Request Terminated"));
        QVERIFY(e.explanation.contains(QLatin1String("SRC")));
    }
    void thresholds()
    {
        const QualityThresholds t;
        QCOMPARE(t.gradeMos(4.46), QualityGrade::Good);
        QCOMPARE(t.gradeMos(3.8), QualityGrade::Average);
        QCOMPARE(t.gradeMos(3.5), QualityGrade::Bad);
        QCOMPARE(t.gradeMos(0.0), QualityGrade::None); // Vobiz: no media
        QCOMPARE(t.gradeMos(std::nullopt), QualityGrade::None);
        QCOMPARE(t.gradeJitter(10.0), QualityGrade::Good);
        QCOMPARE(t.gradeJitter(30.0), QualityGrade::Bad);
        QCOMPARE(t.gradeLoss(0.5), QualityGrade::Average);
        QCOMPARE(t.gradeLoss(0.9), QualityGrade::Bad);
        Call c;
        c.mos = 4.4;
        c.packetLossPct = 1.2;
        QCOMPARE(t.gradeCall(c), QualityGrade::Bad);
        QCOMPARE(t.gradeCall(Call{}), QualityGrade::None);
    }
};

QTEST_GUILESS_MAIN(TestHangupCatalog)
#include "tst_hangupcatalog.moc"
