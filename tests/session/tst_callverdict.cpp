// SPDX-License-Identifier: GPL-3.0-or-later
// The pure text parts of the pane: the verdict, the summary rows and the redaction.

#include "../charts/testcalls.h"

#include <core/callredactor.h>
#include <session/callfacts.h>
#include <session/callverdict.h>
#include <session/translators.h>

#include <QJsonDocument>
#include <QTest>

using namespace cdr;

class TestCallVerdict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // As the app does: the English plural forms ("1 interval", "8 intervals") come from
        // the English translation file, built with the app.
#ifdef CDR_QM_DIR
        Translators::setDirectory(QStringLiteral(CDR_QM_DIR));
#endif
        QVERIFY(Translators::apply(QStringLiteral("en")));
        // The words in English, the numbers and times as the C locale writes them (ISO), which
        // the expected texts below spell out.
        QLocale::setDefault(QLocale::c());
    }

    void nexbroSeedVerdict()
    {
        const Call call = testcalls::parseOne(testcalls::seedBody(QStringLiteral("000")));
        QCOMPARE(CallVerdict::text(call, QualityThresholds()),
                 QStringLiteral("audio degraded from 6 s to 45 s: 62 flaws in 8 intervals; inbound MOS 4.46 (good)"));
        QualityThresholds strict;
        strict.mosGood = 4.5;
        strict.mosBad = 4.0;
        QVERIFY(CallVerdict::text(call, strict).endsWith(u"inbound MOS 4.46 (average)"));
    }
    void vobizVerdictHasPerCallQuality()
    {
        const Call call = testcalls::parseOne(testcalls::fixture(QStringLiteral("vobiz_cdr_get_wiremock.json")));
        const QString v = CallVerdict::text(call, QualityThresholds());
        QVERIFY2(v.contains(u"MOS "), qPrintable(v));
        QVERIFY2(v.contains(u"jitter "), qPrintable(v));
        QVERIFY2(!v.contains(u"inbound"), qPrintable(v));
    }
    void providersWithoutQuality()
    {
        for (const char *seed : {"002", "003"}) {
            const Call call = testcalls::parseOne(testcalls::seedBody(QLatin1String(seed)));
            const QString v = CallVerdict::text(call, QualityThresholds());
            QVERIFY2(v.contains(providerDisplayName(call.provider) + u" reports no media quality"), qPrintable(v));
        }
    }
    void unansweredCall()
    {
        const Call call = testcalls::synthetic(0, 0, false, false);
        const QString v = CallVerdict::text(call, QualityThresholds());
        QVERIFY2(v.startsWith(u"not answered after 60 s of ringing"), qPrintable(v));
    }
    void oneInterval()
    {
        const Call call = testcalls::synthetic(0, 1);
        QVERIFY(CallVerdict::text(call, QualityThresholds()).contains(u"flaws in 1 interval;"));
    }
    void emptyCallStillSaysSomething()
    {
        QVERIFY(!CallVerdict::text(Call(), QualityThresholds()).isEmpty());
    }
    void summaryShowsZoneAndNotReported()
    {
        const Call call = testcalls::parseOne(testcalls::seedBody(QStringLiteral("000")));
        const QList<SummaryRow> rows = CallFacts::summaryRows(call, QTimeZone("Europe/Berlin"));
        auto value = [&rows](const QString &label) {
            for (const SummaryRow &r : rows) {
                if (r.label == label)
                    return r.value;
            }
            return QString();
        };
        QCOMPARE(value(QStringLiteral("Start")), QStringLiteral("2026-01-16 13:14:19 CET"));
        QCOMPARE(value(QStringLiteral("Time zone")), QStringLiteral("Europe/Berlin"));
        QCOMPARE(value(QStringLiteral("Cost")), CallFacts::notReported());
        QCOMPARE(value(QStringLiteral("Talk")), QStringLiteral("35 s"));
        QCOMPARE(CallFacts::formatSeconds(125), QStringLiteral("125 s (2:05)"));
        const QList<SummaryRow> tech = CallFacts::technicalRows(call);
        QVERIFY(std::any_of(tech.cbegin(), tech.cend(), [](const SummaryRow &r) {
            return r.label == u"Remote media" && r.value == u"10.1.1.11:8008";
        }));
    }
    void paneDoesNotContradictItself()
    {
        auto value = [](const QList<SummaryRow> &rows, const QString &label) {
            for (const SummaryRow &r : rows) {
                if (r.label == label)
                    return r.value;
            }
            return QString();
        };
        // CarrierX: codec_src amrwb / codec_dst g722 is a transcoded call, not "not reported".
        const Call cx = testcalls::parseOne(testcalls::seedBody(QStringLiteral("002")));
        QCOMPARE(value(CallFacts::summaryRows(cx, QTimeZone::utc()), QStringLiteral("Codec")),
                 QStringLiteral("amrwb (transcoded: amrwb → g722)"));
        const QList<SummaryRow> tech = CallFacts::technicalRows(cx);
        QCOMPARE(value(tech, QStringLiteral("Codecs (source / destination)")),
                 QStringLiteral("amrwb / g722 (transcoded: amrwb → g722)"));
        QVERIFY(value(tech, QStringLiteral("Codecs (read / write)")).isEmpty());

        // Plivo: 7 s of ringing next to a 1 s duration is explained.
        const Call plivo = testcalls::parseOne(testcalls::seedBody(QStringLiteral("003")));
        const QString duration = value(CallFacts::summaryRows(plivo, QTimeZone::utc()), QStringLiteral("Duration"));
        QVERIFY2(duration.startsWith(u"1 s (Plivo counts the duration from the answer; the 7 s of ringing"),
                 qPrintable(duration));

        // NexBro: post-dial delay with its unit in both sections.
        const Call nexbro = testcalls::parseOne(testcalls::seedBody(QStringLiteral("000")));
        const QString pdd = value(CallFacts::technicalRows(nexbro), QStringLiteral("Post-dial delay"));
        QVERIFY2(pdd.endsWith(u" ms") || pdd.contains(u" ms ("), qPrintable(pdd));

        // A busy call whose times show 2 s of ringing does not say "Ring: not reported".
        Call busy;
        busy.provider = Provider::CarrierX;
        busy.id = QStringLiteral("busy-1");
        busy.status = CallStatus::Busy;
        busy.startTime = testcalls::t0();
        busy.endTime = testcalls::t0().addSecs(2);
        QCOMPARE(value(CallFacts::summaryRows(busy, QTimeZone::utc()), QStringLiteral("Ring")),
                 QStringLiteral("2 s (from the start and end times)"));
    }

    void redactsPhonesAndAddresses()
    {
        const Call call = testcalls::parseOne(testcalls::seedBody(QStringLiteral("000")));
        const Call r = CallRedactor::redact(call);
        QCOMPARE(r.from, QStringLiteral("xxxxxxxx14"));
        QCOMPARE(r.to, QStringLiteral("xxxxxxxx00"));
        QCOMPARE(r.legs.at(1).destination, QStringLiteral("x34"));
        const QByteArray raw = r.raw;
        QVERIFY(!raw.contains("7087033114"));
        QVERIFY(!raw.contains("8556900900"));
        QVERIFY(!raw.contains("10.1.1.159"));
        QVERIFY(!raw.contains("10.1.1.11"));
        QVERIFY(raw.contains("6075d782-1fd2-40a4-bcfe-d29638f2d598")); // ids stay
        QVERIFY(raw.contains("2026-01-16 12:14:19"));                  // times stay
        QVERIFY(raw.contains("380120"));                               // counters stay
        const QByteArray tech = r.technical;
        QVERIFY(!tech.contains("10.1.1.159"));
        // Everything else is the same call.
        QCOMPARE(r.errorLog, call.errorLog);
        QCOMPARE(r.audio, call.audio);
    }
    void redactsFreeText()
    {
        QCOMPARE(CallRedactor::redactText(QStringLiteral("from +15012678830 via 162.251.180.18:5060")),
                 QStringLiteral("from +xxxxxxxxx30 via x.x.x.x:5060"));
        QCOMPARE(CallRedactor::redactText(QStringLiteral("sip:sam9461399937766203278@phone.plivo.com")),
                 QStringLiteral("sip:sam9461399937766203278@phone.plivo.com").replace(QStringLiteral("9461399937766203278"),
                                                                                   QStringLiteral("9461399937766203278")));
        QCOMPARE(CallRedactor::redactJson(QJsonValue(QStringLiteral("sip:sam9461399937766203278@phone.plivo.com")),
                                          QStringLiteral("to_number"))
                     .toString(),
                 QStringLiteral("sip:xxxxxxxxxxxxxxxxxxxx78@phone.plivo.com")); // the SIP user name goes too
        QCOMPARE(CallRedactor::redactText(QStringLiteral("2026-01-16 12:14:19")), QStringLiteral("2026-01-16 12:14:19"));
        QCOMPARE(CallRedactor::maskPhone(QString()), QString());
    }
};

QTEST_MAIN(TestCallVerdict)
#include "tst_callverdict.moc"
