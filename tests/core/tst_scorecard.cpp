// SPDX-License-Identifier: GPL-3.0-or-later
// Scorecard KPIs against hand-computed values on a set of calls of known composition, the
// group keys, and the destination country lookup against libphonenumber itself.
#include "core/emodel.h"
#include "core/phoneregion.h"
#include "core/scorecard.h"

#include <QTest>
#include <QTimeZone>

using namespace cdr;

namespace {

const QDateTime kDay = QDateTime(QDate(2026, 3, 2), QTime(18, 0), QTimeZone::utc());

Call makeCall(Provider p, const QString &to, CallStatus status, HangupClass hc, int minute)
{
    Call c;
    c.provider = p;
    c.id = QStringLiteral("%1-%2").arg(providerName(p)).arg(minute);
    c.account = providerName(p) + QStringLiteral("-acct");
    c.to = to;
    c.direction = QStringLiteral("outbound");
    c.codec = QStringLiteral("PCMU");
    c.status = status;
    c.hangupClass = hc;
    c.startTime = kDay.addSecs(minute * 60);
    return c;
}

// The known composition (18:00 UTC on 2 March 2026 onwards, one call a minute):
//
// plivo -> +91 (IN), 20 calls (+ 1 in-progress, left out):
//   15 answered: 5 with talk 5 s, 10 with talk 60 s; MOS 3.0, 3.1, ..., 4.4 (i = 0..14);
//      mos_est 4.2 on 9 of them and 3.5 on one (it has a MOS, so the estimate does not grade it);
//      one 4.4 call has an error log with flaws in 3 of 5 slots (sustained)
//   3 no-answer (class no_answer), 2 failed (class network_failure)
//   PDD 100, 200, ..., 2000 ms on the 20
// vobiz -> US: 10 answered, talk 30 s, loss 1.2 % (bad), jitter 8 ms, PCMU (mos_est 4.26), no MOS,
//   no PDD; 5 written +1415555xxxx, 5 as 415555xxxx read in the default region US
// vobiz -> +44 20 (GB): 2 busy (class busy)
// carrierx -> sip:agent@host (ZZ): 3 failed, class rejected
QList<Call> knownSet()
{
    QList<Call> calls;
    int minute = 0;
    for (int i = 0; i < 20; ++i) {
        const bool answered = i < 15;
        Call c = makeCall(Provider::Plivo, QStringLiteral("+9198765%1").arg(10000 + i),
                          answered ? CallStatus::Answered : (i < 18 ? CallStatus::NoAnswer : CallStatus::Failed),
                          answered ? HangupClass::Normal : (i < 18 ? HangupClass::NoAnswer : HangupClass::NetworkFailure),
                          minute++);
        c.postDialDelayMs = 100.0 * (i + 1);
        if (answered) {
            c.talkS = i < 5 ? 5.0 : 60.0;
            c.mos = 3.0 + 0.1 * i;
            if (i < 9)
                c.mosEst = 4.2;
            if (i == 9)
                c.mosEst = 3.5;
            if (i == 14) {
                const QDateTime a = c.startTime.addSecs(2);
                c.answerTime = a;
                for (int s : {1, 21, 41}) {
                    ErrorInterval e;
                    e.start = a.addSecs(s);
                    e.stop = a.addSecs(s + 2);
                    e.flaws = 3;
                    c.errorLog.append(e);
                }
            }
        }
        calls.append(c);
    }
    calls.append(makeCall(Provider::Plivo, QStringLiteral("+919876599999"), CallStatus::InProgress,
                          HangupClass::Unknown, minute++));
    for (int i = 0; i < 10; ++i) {
        Call c = makeCall(Provider::Vobiz,
                          (i < 5 ? QStringLiteral("+1") : QString()) + QStringLiteral("41555501%1").arg(10 + i),
                          CallStatus::Answered, HangupClass::Normal, minute++);
        c.talkS = 30;
        c.packetLossPct = 1.2;
        c.jitterMs = 8;
        EModel::apply(c);
        calls.append(c);
    }
    for (int i = 0; i < 2; ++i)
        calls.append(makeCall(Provider::Vobiz, QStringLiteral("+44 20 7183 875%1").arg(i), CallStatus::Busy,
                              HangupClass::Busy, minute++));
    for (int i = 0; i < 3; ++i)
        calls.append(makeCall(Provider::CarrierX, QStringLiteral("sip:agent%1@example.net").arg(i),
                              CallStatus::Failed, HangupClass::Rejected, minute++));
    return calls;
}

ScorecardInput inputOf(const QList<Call> &calls)
{
    ScorecardInput::Options o;
    o.defaultRegion = QStringLiteral("US");
    ScorecardInput in(o);
    for (int i = 0; i < calls.size(); ++i)
        in.add(calls.at(i), quint32(i));
    return in;
}

QList<ScorecardGroup> run(const ScorecardInput &in, const QString &by, Scorecard::Options o = {})
{
    QString error;
    const auto keys = Scorecard::parseKeys(by, &error);
    if (!keys)
        qFatal("%s", qPrintable(error));
    o.keys = *keys;
    return Scorecard::compute(in, o);
}

std::optional<double> v(const ScorecardGroup &g, ScorecardKpis::Kpi k)
{
    return g.kpis.value(k);
}

using K = ScorecardKpis;
constexpr std::nullopt_t null = std::nullopt;

} // namespace

class TestScorecard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void byProviderAndCountry()
    {
        const ScorecardInput in = inputOf(knownSet());
        QCOMPARE(in.skipped(), 1); // the in-progress call
        const QList<ScorecardGroup> g = run(in, QStringLiteral("provider,country"));
        QCOMPARE(g.size(), 4);
        QCOMPARE(g[0].keys, (QStringList{QStringLiteral("carrierx"), QStringLiteral("ZZ")}));
        QCOMPARE(g[1].keys, (QStringList{QStringLiteral("plivo"), QStringLiteral("IN")}));
        QCOMPARE(g[2].keys, (QStringList{QStringLiteral("vobiz"), QStringLiteral("GB")}));
        QCOMPARE(g[3].keys, (QStringList{QStringLiteral("vobiz"), QStringLiteral("US")}));

        // carrierx ZZ: 3 rejected
        QCOMPARE(v(g[0], K::Calls), 3.0);
        QCOMPARE(v(g[0], K::Answered), 0.0);
        QCOMPARE(v(g[0], K::AsrPct), 0.0);
        QCOMPARE(v(g[0], K::NerPct), 100.0);
        QCOMPARE(v(g[0], K::AcdS), null);
        QCOMPARE(v(g[0], K::MosMean), null);
        QCOMPARE(v(g[0], K::ImpairedCallPct), null);

        // plivo IN
        const ScorecardGroup &p = g[1];
        QCOMPARE(v(p, K::Calls), 20.0);
        QCOMPARE(v(p, K::Answered), 15.0);
        QCOMPARE(v(p, K::AsrPct), 75.0);                 // 15 / 20
        QCOMPARE(v(p, K::NerPct), 90.0);                 // (15 + 3) / 20
        QCOMPARE(v(p, K::AcdS), 41.7);                   // (5*5 + 10*60) / 15 = 41.67
        QCOMPARE(v(p, K::ShortCallPct), 33.33);          // 5 / 15
        QCOMPARE(v(p, K::PddP50Ms), 1000.0);             // rank ceil(0.5*20) = 10
        QCOMPARE(v(p, K::PddP95Ms), 1900.0);             // rank ceil(0.95*20) = 19
        QCOMPARE(v(p, K::MosMean), 3.7);                 // mean of 3.0 .. 4.4
        QCOMPARE(v(p, K::MosP5), 3.0);                   // rank ceil(0.05*15) = 1
        QCOMPARE(v(p, K::MosEstMean), 4.13);             // (9*4.2 + 3.5) / 10 = 4.13
        QCOMPARE(v(p, K::MosEstP5), 3.5);                // rank 1 of 10
        QCOMPARE(v(p, K::ImpairedCallPct), 46.67);       // MOS 3.0-3.5 (6) + sustained (1) of 15

        // vobiz GB: 2 busy
        QCOMPARE(v(g[2], K::Calls), 2.0);
        QCOMPARE(v(g[2], K::AsrPct), 0.0);
        QCOMPARE(v(g[2], K::NerPct), 100.0);
        QCOMPARE(v(g[2], K::PddP50Ms), null);

        // vobiz US: 10 answered, estimate only
        const ScorecardGroup &u = g[3];
        QCOMPARE(v(u, K::Calls), 10.0);
        QCOMPARE(v(u, K::AsrPct), 100.0);
        QCOMPARE(v(u, K::AcdS), 30.0);
        QCOMPARE(v(u, K::ShortCallPct), 0.0);
        QCOMPARE(v(u, K::MosMean), null);
        QCOMPARE(v(u, K::MosP5), null);
        QCOMPARE(v(u, K::MosEstMean), 4.26);
        QCOMPARE(v(u, K::MosEstP5), 4.26);
        QCOMPARE(v(u, K::ImpairedCallPct), 100.0);      // loss 1.2 % is bad (>= 0.9)
        QCOMPARE(v(u, K::PddP95Ms), null);
    }

    void wholeSetAndRows()
    {
        const QList<Call> calls = knownSet();
        const ScorecardInput in = inputOf(calls);
        Scorecard::Options o;
        o.keepRows = true;
        const QList<ScorecardGroup> all = run(in, QString(), o);
        QCOMPARE(all.size(), 1);
        QVERIFY(all[0].keys.isEmpty());
        QCOMPARE(v(all[0], K::Calls), 35.0);
        QCOMPARE(v(all[0], K::Answered), 25.0);
        QCOMPARE(v(all[0], K::AsrPct), 71.43);          // 25 / 35
        QCOMPARE(v(all[0], K::NerPct), 94.29);          // (25 + 3 + 2 + 3) / 35
        QCOMPARE(all[0].rows.size(), size_t(35));

        const QList<ScorecardGroup> byClass = run(in, QStringLiteral("hangup_class"), o);
        QStringList names;
        for (const ScorecardGroup &g : byClass)
            names << g.keys.constFirst();
        QCOMPARE(names, (QStringList{QStringLiteral("busy"), QStringLiteral("network_failure"),
                                     QStringLiteral("no_answer"), QStringLiteral("normal"), QStringLiteral("rejected")}));
        // the rows are exactly the group's calls
        for (const ScorecardGroup &g : byClass) {
            for (quint32 r : g.rows)
                QCOMPARE(hangupClassName(calls.at(int(r)).hangupClass), g.keys.constFirst());
        }
        QCOMPARE(byClass[0].rows, (std::vector<quint32>{31, 32}));
    }

    void appendedPartsEqualOnePass()
    {
        // Built in two parts (as the app does on two threads) and joined: the same groups.
        const QList<Call> calls = knownSet();
        ScorecardInput::Options o;
        o.defaultRegion = QStringLiteral("US");
        ScorecardInput first(o), second(o);
        for (int i = 0; i < calls.size(); ++i)
            (i < 17 ? first : second).add(calls.at(i), quint32(i));
        first.append(std::move(second));
        QCOMPARE(first.skipped(), 1);
        Scorecard::Options opts;
        opts.keepRows = true;
        for (const char *by : {"provider,country", "codec,direction", "prefix:3,account"}) {
            const QList<ScorecardGroup> joined = run(first, QLatin1String(by), opts);
            const QList<ScorecardGroup> whole = run(inputOf(calls), QLatin1String(by), opts);
            QCOMPARE(joined.size(), whole.size());
            for (int g = 0; g < whole.size(); ++g) {
                QCOMPARE(joined[g].keys, whole[g].keys);
                QCOMPARE(joined[g].kpis, whole[g].kpis);
                QCOMPARE(joined[g].rows, whole[g].rows);
            }
        }
    }

    void dayAndHourInTheZone()
    {
        // Calls run 18:00 to 18:35 UTC on 2 March: 23:30 to 00:05 in Kolkata (+05:30).
        const ScorecardInput in = inputOf(knownSet());
        Scorecard::Options o;
        o.zone = QTimeZone("Asia/Kolkata");
        const QList<ScorecardGroup> days = run(in, QStringLiteral("day,hour"), o);
        QCOMPARE(days.size(), 2);
        QCOMPARE(days[0].keys, (QStringList{QStringLiteral("2026-03-02"), QStringLiteral("23")}));
        QCOMPARE(days[1].keys, (QStringList{QStringLiteral("2026-03-03"), QStringLiteral("00")}));
        QCOMPARE(days[0].kpis.calls, 29); // minutes 0..29 (minute 20 is the in-progress call)
        QCOMPARE(days[1].kpis.calls, 6);  // minutes 30..35
        const QList<ScorecardGroup> utc = run(in, QStringLiteral("day"));
        QCOMPARE(utc.size(), 1);
        QCOMPARE(utc[0].keys.constFirst(), QStringLiteral("2026-03-02"));
    }

    void periodAndProviderFilters()
    {
        const ScorecardInput in = inputOf(knownSet());
        Scorecard::Options o;
        o.fromMs = kDay.addSecs(10 * 60).toMSecsSinceEpoch();
        o.toMs = kDay.addSecs(15 * 60).toMSecsSinceEpoch(); // exclusive
        const QList<ScorecardGroup> g = run(in, QStringLiteral("provider"), o);
        QCOMPARE(g.size(), 1);
        QCOMPARE(v(g[0], K::Calls), 5.0);
        Scorecard::Options p;
        p.provider = Provider::Vobiz;
        const QList<ScorecardGroup> vb = run(in, QStringLiteral("country"), p);
        QCOMPARE(vb.size(), 2);
        QCOMPARE(vb[0].kpis.calls + vb[1].kpis.calls, 12);
    }

    void prefixKeys()
    {
        const ScorecardInput in = inputOf(knownSet());
        const QList<ScorecardGroup> g = run(in, QStringLiteral("prefix:2"));
        QStringList keys;
        for (const ScorecardGroup &x : g)
            keys << x.keys.constFirst() + u'=' + QString::number(x.kpis.calls);
        // "" = no E.164 (the SIP destinations); 14 (the bare US numbers became +1415...)
        QCOMPARE(keys, (QStringList{QStringLiteral("=3"), QStringLiteral("14=10"), QStringLiteral("44=2"),
                                    QStringLiteral("91=20")}));
        const QList<ScorecardGroup> wide = run(in, QStringLiteral("prefix:15"));
        QCOMPARE(wide.size(), 1 + 20 + 10 + 2); // every number apart, the SIP ones together
    }

    void keyParsing()
    {
        QString error;
        const auto keys = Scorecard::parseKeys(QStringLiteral(" Provider, country ,prefix:3"), &error);
        QVERIFY(keys);
        QCOMPARE(keys->size(), 3);
        QCOMPARE(keys->at(2).name(), QStringLiteral("prefix:3"));
        QVERIFY(!Scorecard::parseKeys(QStringLiteral("provider,carrier"), &error));
        QVERIFY(error.contains(QLatin1String("\"carrier\"")));
        QVERIFY(!Scorecard::parseKeys(QStringLiteral("prefix:0"), &error));
        QVERIFY(error.contains(QLatin1String("prefix:0")));
        QVERIFY(!Scorecard::parseKeys(QStringLiteral("day,day"), &error));
    }

    void nearestRank()
    {
        std::vector<float> v20;
        for (int i = 20; i >= 1; --i)
            v20.push_back(float(i));
        QCOMPARE(Scorecard::nearestRank(v20, 5), 1.0);  // rank 1
        QCOMPARE(Scorecard::nearestRank(v20, 6), 2.0);  // rank ceil(1.2) = 2
        QCOMPARE(Scorecard::nearestRank(v20, 95), 19.0);
        QCOMPARE(Scorecard::nearestRank(v20, 100), 20.0);
        std::vector<float> v21(21);
        for (int i = 0; i < 21; ++i)
            v21[size_t(i)] = float(i + 1);
        QCOMPARE(Scorecard::nearestRank(v21, 5), 2.0);  // rank ceil(1.05) = 2
        std::vector<float> none;
        QVERIFY(!Scorecard::nearestRank(none, 5));
    }

    void countries_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("home");
        QTest::addColumn<QString>("e164");
        QTest::newRow("US") << "+1 (415) 555-0123" << "US" << "" << "14155550123";
        QTest::newRow("CA") << "+16135550199" << "CA" << "" << "16135550199";
        QTest::newRow("PR") << "+17875550123" << "PR" << "" << "17875550123";
        QTest::newRow("GB") << "+44 20 7183 8750" << "GB" << "" << "442071838750";
        QTest::newRow("IM") << "+441624123456" << "IM" << "" << "441624123456";
        QTest::newRow("IN") << "+919876543210" << "IN" << "" << "919876543210";
        QTest::newRow("DE") << "tel:+49-30-123456" << "DE" << "" << "4930123456";
        QTest::newRow("KZ") << "+77011234567" << "KZ" << "" << "77011234567";
        QTest::newRow("IN national") << "09876543210" << "IN" << "IN" << "919876543210";
        QTest::newRow("IN with cc, no +") << "919876543210" << "IN" << "IN" << "919876543210";
        QTest::newRow("US national") << "4155550123" << "US" << "US" << "14155550123";
        QTest::newRow("no + and no region") << "4155550123" << "ZZ" << "" << "";
        QTest::newRow("sip user") << "sip:agent101@phone.plivo.com" << "ZZ" << "US" << "";
        QTest::newRow("sip number") << "sip:+919876543210@host" << "IN" << "" << "919876543210";
        QTest::newRow("empty") << "" << "ZZ" << "US" << "";
        QTest::newRow("non-geographic +800") << "+80012345678" << "ZZ" << "" << "80012345678";
    }
    void countries()
    {
        QFETCH(QString, number);
        QFETCH(QString, region);
        QFETCH(QString, home);
        QFETCH(QString, e164);
        PhoneRegion pr;
        const PhoneRegion::Result r = pr.resolve(number, home);
        QCOMPARE(r.region, region);
        QCOMPARE(QString::fromLatin1(r.e164Text()), e164);
        // twice: the cached answer is the same
        QCOMPARE(pr.resolve(number, home).region, region);
    }

    void cachedAgreesWithLibphonenumber()
    {
        // Numbers across the shared country codes, where the cache decides by leading digits:
        // every answer must equal libphonenumber's own for the full number.
        PhoneRegion pr;
        quint64 x = 42;
        auto next = [&x] { return (x = x * 6364136223846793005ull + 1442695040888963407ull) >> 33; };
        const char *const codes[] = {"1", "7", "44", "61", "262", "590", "599", "358", "47", "212", "39", "91", "49",
                                     "54", "55", "52", "36", "33", "86"};
        int checked = 0;
        for (int i = 0; i < 6000; ++i) {
            const QString cc = QString::fromLatin1(codes[next() % std::size(codes)]);
            QString n = QStringLiteral("+") + cc;
            const int len = 11 - int(cc.size()) + int(next() % 2);
            for (int d = 0; d < len; ++d)
                n += QChar(u'0' + int(next() % 10));
            const PhoneRegion::Result direct = PhoneRegion::resolveUncached(n, QString());
            const PhoneRegion::Result cached = pr.resolve(n, QString());
            if (direct.region != QLatin1String("ZZ")) {
                QCOMPARE(cached.e164Text(), direct.e164Text());
                QVERIFY2(cached.region == direct.region,
                         qPrintable(n + QStringLiteral(": ") + cached.region + QStringLiteral(" vs ") + direct.region));
                ++checked;
            }
        }
        QVERIFY(checked > 1000);
    }
};

QTEST_GUILESS_MAIN(TestScorecard)
#include "tst_scorecard.moc"
