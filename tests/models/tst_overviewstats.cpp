// SPDX-License-Identifier: GPL-3.0-or-later
// The overview's aggregates on hand-made calls whose answers are known.

#include <core/bulkrow.h>
#include <models/callstore.h>
#include <models/overviewstats.h>

#include <QTest>

using namespace cdr;

namespace {

Call makeCall(int i, const char *startUtc, const char *direction, std::optional<double> mos, CallStatus status,
              const char *cause)
{
    Call c;
    c.provider = Provider::Vobiz;
    c.id = QStringLiteral("c%1").arg(i);
    c.direction = QLatin1String(direction);
    c.startTime = QDateTime::fromString(QLatin1String(startUtc), Qt::ISODate).toUTC();
    c.mos = mos;
    c.status = status;
    c.hangupCause = QLatin1String(cause);
    return c;
}

} // namespace

class TestOverviewStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aggregates()
    {
        CallStore store;
        const QList<Call> calls = {
            makeCall(0, "2026-01-12T10:00:00Z", "inbound", 4.4, CallStatus::Answered, "NORMAL_CLEARING"),
            makeCall(1, "2026-01-12T11:00:00Z", "outbound", 3.1, CallStatus::Answered, "NORMAL_CLEARING"),
            makeCall(2, "2026-01-12T20:00:00Z", "outbound", std::nullopt, CallStatus::NoAnswer, "NO_ANSWER"),
            makeCall(3, "2026-01-13T09:00:00Z", "inbound", 0.0, CallStatus::Busy, "USER_BUSY"), // mos 0: no media
            makeCall(4, "2026-01-16T09:00:00Z", "local", 5.0, CallStatus::Answered, "NORMAL_CLEARING"),
        };
        BulkRowBuffer buf;
        for (const Call &c : calls)
            QVERIFY(store.append(buf.set(c)) >= 0);
        std::vector<quint32> rows = {0, 1, 2, 3, 4};

        const OverviewStats s = OverviewStats::compute(store, rows, QTimeZone::utc());
        QCOMPARE(s.calls, qint64(5));
        QCOMPARE(s.mosInbound.at(OverviewStats::mosBin(4.4)), qint64(1));
        QCOMPARE(s.mosOutbound.at(OverviewStats::mosBin(3.1)), qint64(1));
        QCOMPARE(s.mosOther.at(OverviewStats::kMosBins - 1), qint64(1)); // 5.0 lands in the last bin
        qint64 histogram = 0;
        for (qint64 v : s.mosInbound + s.mosOutbound + s.mosOther)
            histogram += v;
        QCOMPARE(histogram, qint64(3)); // no MOS and MOS 0 are not in it
        QVERIFY(!s.hourly);             // 4 days of range: by day
        QCOMPARE(s.buckets.size(), 3);
        QCOMPARE(s.buckets.at(0).calls, qint64(3));
        QCOMPARE(s.buckets.at(0).answered, qint64(2));
        QCOMPARE(s.buckets.at(0).meanMos(), (4.4 + 3.1) / 2);
        // Causes are grouped by hangup class, most frequent first.
        QCOMPARE(s.classes.size(), 3);
        QCOMPARE(s.classes.at(0).hangupClass, HangupClass::Normal);
        QCOMPARE(s.classes.at(0).calls, qint64(3));
        QCOMPARE(s.classes.at(0).causes, (QList<OverviewStats::CauseCount>{{Provider::Vobiz, QStringLiteral("NORMAL_CLEARING"), 3}}));
        QCOMPARE(s.classes.at(1).hangupClass, HangupClass::Busy); // ties: class order
        QCOMPARE(s.classes.at(2).hangupClass, HangupClass::NoAnswer);
        QCOMPARE(s.classes.at(2).causes.first().cause, QStringLiteral("NO_ANSWER"));

        // Days are the analyst's days: in Kolkata (UTC+5:30) 20:00Z on the 12th is the 13th.
        const OverviewStats k = OverviewStats::compute(store, rows, QTimeZone("Asia/Kolkata"));
        QCOMPARE(k.buckets.size(), 3);
        QCOMPARE(k.buckets.at(0).calls, qint64(2));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(k.buckets.at(1).startMs, QTimeZone("Asia/Kolkata")).time(), QTime(0, 0));

        // A short range goes by the hour; only the view's rows count.
        std::vector<quint32> first = {0, 1};
        const OverviewStats h = OverviewStats::compute(store, first, QTimeZone::utc());
        QVERIFY(h.hourly);
        QCOMPARE(h.buckets.size(), 2);
        QCOMPARE(OverviewStats::compute(store, {}, QTimeZone::utc()).calls, qint64(0));
        QVERIFY(OverviewStats::compute(store, {}, QTimeZone::utc()).classes.isEmpty());
    }

    void causesGroupedByClassAcrossProviders()
    {
        // The four spellings of "normal" the issue names, plus causes that only the status or
        // the code can place.
        struct Row { Provider p; const char *cause; const char *code; CallStatus status; };
        const Row rows[] = {
            {Provider::CarrierX, "200 OK", "200", CallStatus::Answered},
            {Provider::CarrierX, "200 OK", "200", CallStatus::Answered},
            {Provider::Vobiz, "NORMAL_CLEARING", "4000", CallStatus::Answered},
            {Provider::Plivo, "Normal Hangup", "4000", CallStatus::Answered},
            {Provider::NexBro, "Call was terminated normally by either party.", "", CallStatus::Answered},
            {Provider::Plivo, "normal_hangup", "3000", CallStatus::Answered}, // Zentrunk
            {Provider::CarrierX, "486 Busy Here", "486", CallStatus::Busy},
            {Provider::Vobiz, "USER_BUSY", "3010", CallStatus::Busy},
            {Provider::Plivo, "Busy Line", "3010", CallStatus::Busy},
            {Provider::Plivo, "", "3000", CallStatus::NoAnswer},      // code only: shown as the code
            {Provider::Vobiz, "", "", CallStatus::NoAnswer},          // nothing: the status decides
            {Provider::Vobiz, "NO_ANSWER", "4100", CallStatus::NoAnswer},
            {Provider::Vobiz, "MEDIA_TIMEOUT", "", CallStatus::Answered},
        };
        CallStore store;
        BulkRowBuffer buf;
        std::vector<quint32> view;
        int i = 0;
        for (const Row &r : rows) {
            Call c;
            c.provider = r.p;
            c.id = QStringLiteral("x%1").arg(i++);
            c.hangupCause = QLatin1String(r.cause);
            c.hangupCode = QLatin1String(r.code);
            c.status = r.status;
            c.startTime = QDateTime(QDate(2026, 1, 12), QTime(10, 0), QTimeZone::utc());
            const qint64 row = store.append(buf.set(c));
            QVERIFY(row >= 0);
            view.push_back(quint32(row));
        }
        const OverviewStats s = OverviewStats::compute(store, view, QTimeZone::utc());
        QCOMPARE(s.classes.size(), 4);
        const OverviewStats::ClassCount &normal = s.classes.at(0);
        QCOMPARE(normal.hangupClass, HangupClass::Normal);
        QCOMPARE(normal.calls, qint64(6));
        using CC = OverviewStats::CauseCount;
        QCOMPARE(normal.causes, (QList<CC>{
                                    {Provider::CarrierX, QStringLiteral("200 OK"), 2},
                                    {Provider::Plivo, QStringLiteral("Normal Hangup"), 1},
                                    {Provider::Plivo, QStringLiteral("normal_hangup"), 1},
                                    {Provider::Vobiz, QStringLiteral("NORMAL_CLEARING"), 1},
                                    {Provider::NexBro, QStringLiteral("Call was terminated normally by either party."), 1},
                                }));
        QCOMPARE(s.classes.at(1).hangupClass, HangupClass::Busy);
        QCOMPARE(s.classes.at(1).calls, qint64(3));
        const OverviewStats::ClassCount &noAnswer = s.classes.at(2);
        QCOMPARE(noAnswer.hangupClass, HangupClass::NoAnswer);
        QCOMPARE(noAnswer.causes, (QList<CC>{
                                      {Provider::Plivo, QStringLiteral("3000"), 1},
                                      {Provider::Vobiz, QString(), 1},
                                      {Provider::Vobiz, QStringLiteral("NO_ANSWER"), 1},
                                  }));
        QCOMPARE(s.classes.at(3).hangupClass, HangupClass::MediaFailure);
        qint64 total = 0;
        for (const auto &c : s.classes)
            total += c.calls;
        QCOMPARE(total, s.calls); // every call is in exactly one class
    }
};

QTEST_GUILESS_MAIN(TestOverviewStats)
#include "tst_overviewstats.moc"
