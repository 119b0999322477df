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
        QCOMPARE(s.causes.first(), qMakePair(QStringLiteral("NORMAL_CLEARING"), qint64(3)));
        QCOMPARE(s.causes.size(), 3);

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
    }
};

QTEST_GUILESS_MAIN(TestOverviewStats)
#include "tst_overviewstats.moc"
