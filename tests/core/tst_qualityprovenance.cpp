// SPDX-License-Identifier: GPL-3.0-or-later
// QualityProvenance: the words that say where each quality number comes from, with units, on
// the real seed bodies and public fixtures; band edges of the grades it prints; NexBro's jitter
// variance as a variance (ms²), never jitter in ms.
#include "seedbodies.h"

#include <core/emodel.h>
#include <core/qualityprovenance.h>
#include <core/recordparser.h>

#include <QTest>

using namespace cdr;
using namespace Qt::StringLiterals;

namespace {

QList<Call> parse(const QByteArray &body)
{
    const ParseResult r = RecordParser::parse(body, ParseOptions(), u"test"_s);
    return r.calls;
}

QStringList keys(const QList<QualityFact> &facts)
{
    QStringList out;
    for (const QualityFact &f : facts)
        out << f.key;
    return out;
}

Call vobizCall()
{
    Call c;
    c.provider = Provider::Vobiz;
    c.id = u"v1"_s;
    c.status = CallStatus::Answered;
    return c;
}

} // namespace

class TestQualityProvenance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vobizFixtureIsReportedAndEstimated()
    {
        // The search fixture's call: mos 4.5, jitter 0.2, packet_loss 0.1, codec PCMU.
        const QList<Call> calls = parse(testutil::readFile(testutil::fixturePath("vobiz_cdr_search_wiremock.json")));
        QCOMPARE(calls.size(), 1);
        const Call &c = calls.first();
        QCOMPARE(c.provider, Provider::Vobiz);
        const QList<QualityFact> facts = QualityProvenance::facts(c, QualityThresholds());
        QCOMPARE(keys(facts), (QStringList{u"mos"_s, u"jitter_ms"_s, u"packet_loss_pct"_s, u"r_factor"_s, u"mos_est"_s}));

        const auto mos = QualityProvenance::fact(c, QualityThresholds(), u"mos"_s);
        QVERIFY(mos);
        QCOMPARE(mos->text(), u"4.5 (good), reported by Vobiz"_s);
        QCOMPARE(QualityProvenance::fact(c, QualityThresholds(), u"jitter_ms"_s)->text(),
                 u"0.2 ms (good), reported by Vobiz"_s);
        QCOMPARE(QualityProvenance::fact(c, QualityThresholds(), u"packet_loss_pct"_s)->text(),
                 u"0.1 % (good), reported by Vobiz"_s);

        // d = 40 + 20 + 2 x 0.2 = 60.4 ms, Ie_eff = 95 x 0.1 / 25.2: R 91.4, MOS 4.37.
        const QString source = u"computed: E-model from loss 0.1 % and jitter 0.2 ms reported by Vobiz, "
                               u"delay assumed 40 ms, codec G.711 (PCMU)"_s;
        QCOMPARE(QualityProvenance::estimateSource(c), source);
        const auto r = QualityProvenance::fact(c, QualityThresholds(), u"r_factor"_s);
        QVERIFY(r && r->computed);
        QCOMPARE(r->valueText(), u"91.4"_s);
        QCOMPARE(r->text(), u"91.4, "_s + source); // R has no band: no grade printed
        QCOMPARE(QualityProvenance::fact(c, QualityThresholds(), u"mos_est"_s)->text(), u"4.37 (good), "_s + source);
    }

    void estimateSaysWhatWasAssumed()
    {
        Call c = vobizCall();
        c.packetLossPct = 1.2;
        c.codec = u"opus"_s;
        EModel::apply(c, 120);
        QCOMPARE(QualityProvenance::estimateSource(c),
                 u"computed: E-model from loss 1.2 % reported by Vobiz (jitter not reported, 0 ms used), "
                 u"delay assumed 120 ms, opus has no G.113 value, G.711 values used"_s);
        c.codec.clear();
        c.jitterMs = 8;
        EModel::apply(c);
        QCOMPARE(QualityProvenance::estimateSource(c),
                 u"computed: E-model from loss 1.2 % and jitter 8 ms reported by Vobiz, delay assumed 40 ms, "
                 u"codec not reported, G.711 values used"_s);
        // The delay comes from the stored basis, not from today's default.
        QCOMPARE(EModel::assumedDelayIn(c.mosEstBasis), std::optional<double>(40.0));
        QCOMPARE(EModel::assumedDelayIn(u"loss reported 1 %, delay assumed 12.5 ms"_s), std::optional<double>(12.5));
        QVERIFY(!EModel::assumedDelayIn(QString()));
        c.mosEstBasis.clear();
        QVERIFY(QualityProvenance::estimateSource(c).contains(u"delay assumed (value not recorded)"));
        // No loss, no estimate, nothing to say.
        Call none = vobizCall();
        none.jitterMs = 3;
        EModel::apply(none);
        QVERIFY(QualityProvenance::estimateSource(none).isEmpty());
        QCOMPARE(keys(QualityProvenance::facts(none, QualityThresholds())), QStringList{u"jitter_ms"_s});
    }

    void nexbroSeedJitterIsAVarianceNeverJitter()
    {
        const QList<Call> calls = parse(testutil::seedBody("000_45cd56abe0de55d1.txt"));
        QCOMPARE(calls.size(), 1);
        const Call &c = calls.first();
        QCOMPARE(c.provider, Provider::NexBro);
        // The normalizer keeps the variance in audio and leaves jitter_ms null.
        QVERIFY(!c.jitterMs);
        QVERIFY(c.audio);
        QCOMPARE(c.audio->inbound.value(u"jitter_max_variance"_s), std::optional<double>(114.35));

        // Thresholds under which 114 ms of jitter would be bad: the variance is not graded.
        const QList<QualityFact> facts = QualityProvenance::facts(c, QualityThresholds());
        QVERIFY(!keys(facts).contains(u"jitter_ms"_s));
        const auto max = QualityProvenance::fact(c, QualityThresholds(), u"audio.inbound.jitter_max_variance"_s);
        QVERIFY(max);
        QCOMPARE(max->label, u"Jitter max variance (inbound)"_s);
        QCOMPARE(max->unit, u"ms²"_s);
        QCOMPARE(max->grade, QualityGrade::None);
        QCOMPARE(max->valueText(), u"114.35 ms²"_s);
        QCOMPARE(max->text(),
                 u"114.35 ms², reported by NexBro (audio_stats, inbound): a variance in ms², not jitter in ms"_s);
        const auto min = QualityProvenance::fact(c, QualityThresholds(), u"audio.inbound.jitter_min_variance"_s);
        QVERIFY(min);
        QCOMPARE(min->valueText(), u"0.39 ms²"_s);
        for (const QualityFact &f : facts)
            QVERIFY2(!f.text().contains(u" ms,") && !f.text().contains(u" ms ("), qPrintable(f.text()));

        // Its MOS is FreeSWITCH's, and the words say so.
        const auto mos = QualityProvenance::fact(c, QualityThresholds(), u"mos"_s);
        QVERIFY(mos);
        QCOMPARE(mos->label, u"MOS (inbound)"_s);
        QCOMPARE(mos->text(), u"4.46 (good), reported by NexBro (audio_stats, inbound): FreeSWITCH-style MOS from "
                              u"the flaw ratio, not an E-model"_s);

        // Chart and CSV labels carry the unit.
        QCOMPARE(QualityProvenance::audioLabelWithUnit(u"jitter_min_variance"_s), u"Jitter min variance (ms²)"_s);
        QCOMPARE(QualityProvenance::audioLabelWithUnit(u"jitter_loss_rate"_s), u"Loss rate (%)"_s);
        QCOMPARE(QualityProvenance::audioLabelWithUnit(u"packet_count"_s), u"Packets (packets)"_s);
        QCOMPARE(QualityProvenance::audioLabelWithUnit(u"some_new_key"_s), u"some_new_key"_s);
    }

    void everyNexBroSeedBodyLeavesJitterNull()
    {
        // Every JSON body on the NexBro documentation page (the record and its envelopes).
        const QList<QByteArray> bodies = testutil::jsonBodies(testutil::readFile(testutil::seedPath("000_45cd56abe0de55d1.txt")));
        QVERIFY(!bodies.isEmpty());
        int nexbro = 0;
        for (const QByteArray &body : bodies) {
            for (const Call &c : parse(body)) {
                if (c.provider != Provider::NexBro)
                    continue;
                ++nexbro;
                QVERIFY2(!c.jitterMs, qPrintable(c.id));
                QVERIFY(!keys(QualityProvenance::facts(c, QualityThresholds())).contains(u"jitter_ms"_s));
            }
        }
        QVERIFY(nexbro >= 1);
    }

    void everyCallCarriesItsEstimateAndClass()
    {
        // "Done when" of issue 10 on every seed body and public fixture: the estimate exactly
        // where packet loss is known (with its basis and its words), a hangup class on every
        // call that ended.
        QList<QByteArray> bodies;
        for (const char *seed : {"000_45cd56abe0de55d1.txt", "001_0035c51f1a84ac31.txt", "002_3ae8f5d7c89b65c5.txt",
                                 "003_deba017cf42112bc.txt", "004_e75089794482b730.txt"})
            bodies += testutil::jsonBodies(testutil::readFile(testutil::seedPath(seed)));
        for (const char *fixture : {"plivo_call_get_python_fixture.json", "plivo_call_list_python_fixture.json",
                                    "vobiz_cdr_get_wiremock.json", "vobiz_cdr_list_wiremock.json",
                                    "vobiz_cdr_recent_wiremock.json", "vobiz_cdr_search_wiremock.json"})
            bodies << testutil::readFile(testutil::fixturePath(fixture));
        int calls = 0, estimated = 0;
        for (const QByteArray &body : std::as_const(bodies)) {
            for (const Call &c : parse(body)) {
                ++calls;
                QCOMPARE(c.rFactor.has_value(), c.packetLossPct.has_value());
                QCOMPARE(c.mosEst.has_value(), c.packetLossPct.has_value());
                QCOMPARE(c.mosEstBasis.isEmpty(), !c.packetLossPct.has_value());
                QCOMPARE(QualityProvenance::estimateSource(c).isEmpty(), !c.packetLossPct.has_value());
                estimated += c.mosEst.has_value();
                if (c.status != CallStatus::InProgress && c.status != CallStatus::Unknown)
                    QVERIFY2(c.hangupClass != HangupClass::Unknown, qPrintable(c.id + u' ' + c.hangupCause));
            }
        }
        QVERIFY(calls >= 8);
        QVERIFY(estimated >= 3);
    }

    void providersWithoutMediaQualityHaveNoFacts()
    {
        for (const char *seed : {"002_3ae8f5d7c89b65c5.txt", "003_deba017cf42112bc.txt"}) {
            const QList<Call> calls = parse(testutil::seedBody(seed));
            QCOMPARE(calls.size(), 1);
            QVERIFY(QualityProvenance::facts(calls.first(), QualityThresholds()).isEmpty());
        }
    }

    void bandEdgesInTheWords_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        // Default bands: MOS good >= 4.0, bad < 3.6; jitter good <= 10, bad >= 30 ms;
        // loss good < 0.5, bad >= 0.9 %.
        QTest::newRow("mos 4.0 good") << u"mos"_s << 4.0 << u"4 (good), reported by Vobiz"_s;
        QTest::newRow("mos 3.99 average") << u"mos"_s << 3.99 << u"3.99 (average), reported by Vobiz"_s;
        QTest::newRow("mos 3.6 average") << u"mos"_s << 3.6 << u"3.6 (average), reported by Vobiz"_s;
        QTest::newRow("mos 3.59 bad") << u"mos"_s << 3.59 << u"3.59 (bad), reported by Vobiz"_s;
        QTest::newRow("jitter 10 good") << u"jitter_ms"_s << 10.0 << u"10 ms (good), reported by Vobiz"_s;
        QTest::newRow("jitter 10.01 average") << u"jitter_ms"_s << 10.01 << u"10.01 ms (average), reported by Vobiz"_s;
        QTest::newRow("jitter 29.99 average") << u"jitter_ms"_s << 29.99 << u"29.99 ms (average), reported by Vobiz"_s;
        QTest::newRow("jitter 30 bad") << u"jitter_ms"_s << 30.0 << u"30 ms (bad), reported by Vobiz"_s;
        QTest::newRow("loss 0.49 good") << u"packet_loss_pct"_s << 0.49 << u"0.49 % (good), reported by Vobiz"_s;
        QTest::newRow("loss 0.5 average") << u"packet_loss_pct"_s << 0.5 << u"0.5 % (average), reported by Vobiz"_s;
        QTest::newRow("loss 0.89 average") << u"packet_loss_pct"_s << 0.89 << u"0.89 % (average), reported by Vobiz"_s;
        QTest::newRow("loss 0.9 bad") << u"packet_loss_pct"_s << 0.9 << u"0.9 % (bad), reported by Vobiz"_s;
    }
    void bandEdgesInTheWords()
    {
        QFETCH(QString, key);
        QFETCH(double, value);
        QFETCH(QString, text);
        Call c = vobizCall();
        if (key == u"mos")
            c.mos = value;
        else if (key == u"jitter_ms")
            c.jitterMs = value;
        else
            c.packetLossPct = value;
        const auto f = QualityProvenance::fact(c, QualityThresholds(), key);
        QVERIFY(f);
        QCOMPARE(f->text(), text);
    }

    void estimateBandEdgeUsesTheMosBands()
    {
        Call c = vobizCall();
        c.packetLossPct = 0;
        c.mosEst = 3.6;
        c.mosEstBasis = u"delay assumed 40 ms"_s;
        QCOMPARE(QualityProvenance::fact(c, QualityThresholds(), u"mos_est"_s)->grade, QualityGrade::Average);
        c.mosEst = 3.59;
        QCOMPARE(QualityProvenance::fact(c, QualityThresholds(), u"mos_est"_s)->grade, QualityGrade::Bad);
    }

    void droppedValuesAreListedWithoutValue()
    {
        Call c = vobizCall();
        c.invalid = QStringList{u"mos"_s};
        const auto f = QualityProvenance::fact(c, QualityThresholds(), u"mos"_s);
        QVERIFY(f);
        QVERIFY(!f->value);
        QVERIFY(f->text().isEmpty());
    }

    void numbersAndUnits()
    {
        QCOMPARE(QualityProvenance::withUnit(1.2, u"%"_s), u"1.2 %"_s);
        QCOMPARE(QualityProvenance::withUnit(8, u"ms"_s), u"8 ms"_s);
        QCOMPARE(QualityProvenance::withUnit(4.456, QString()), u"4.46"_s);
        QCOMPARE(QualityProvenance::formatNumber(-0.001), u"0"_s);
        QCOMPARE(QualityProvenance::reportedBy(Call()), u"reported in the input"_s);
    }
};

QTEST_APPLESS_MAIN(TestQualityProvenance)
#include "tst_qualityprovenance.moc"
