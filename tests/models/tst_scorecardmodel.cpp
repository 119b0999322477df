// SPDX-License-Identifier: GPL-3.0-or-later
// ScorecardModel through QAbstractItemModelTester (with and without a comparison period), its
// sort role, deltas and MOS grading; CallFilter's row set on a real CallStore; the store
// adapter's groups against the store's own columns.
#include <core/bulkrow.h>
#include <models/callfilter.h>
#include <models/callstore.h>
#include <models/scorecardmodel.h>
#include <models/scorecardstoreinput.h>

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

#include <numeric>
#include <QTimeZone>

using namespace cdr;

namespace {

ScorecardGroup group(const QString &provider, qint64 calls, qint64 answered, std::optional<double> mos)
{
    ScorecardGroup g;
    g.keys = {provider};
    g.kpis.calls = calls;
    g.kpis.answered = answered;
    g.kpis.asrPct = 100.0 * double(answered) / double(calls);
    g.kpis.mosMean = mos;
    return g;
}

const QList<ScorecardKey> kByProvider = *Scorecard::parseKeys(QStringLiteral("provider"), nullptr);

} // namespace

class TestScorecardModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelTesterAndRoles()
    {
        ScorecardModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ScorecardModel::SortRole);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(kByProvider, {group(QStringLiteral("plivo"), 10, 7, 4.2), group(QStringLiteral("vobiz"), 4, 1, 3.5)},
                        {}, false);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 1 + ScorecardKpis::KpiCount);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("provider"));
        QCOMPARE(model.headerData(model.kpiColumn(ScorecardKpis::AsrPct), Qt::Horizontal).toString(),
                 QStringLiteral("asr_pct"));
        const int asr = model.kpiColumn(ScorecardKpis::AsrPct);
        QCOMPARE(model.index(0, asr).data().toString(), QStringLiteral("70"));
        QCOMPARE(model.index(1, asr).data().toString(), QStringLiteral("25"));
        // sorting is numeric on SortRole; no data sorts first
        proxy.sort(asr, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("vobiz"));
        const int pdd = model.kpiColumn(ScorecardKpis::PddP50Ms);
        QCOMPARE(model.index(0, pdd).data().toString(), QStringLiteral("–"));
        QVERIFY(!model.index(0, pdd).data(ScorecardModel::ValueRole).isValid());
        // MOS graded by the thresholds, in colour, mark and tooltip
        const int mos = model.kpiColumn(ScorecardKpis::MosMean);
        QCOMPARE(model.index(0, mos).data(ScorecardModel::GradeRole).toInt(), int(QualityGrade::Good));
        QCOMPARE(model.index(1, mos).data(ScorecardModel::GradeRole).toInt(), int(QualityGrade::Bad));
        QCOMPARE(model.index(1, mos).data().toString(), QStringLiteral("3.5 !"));
        QVERIFY(model.index(1, mos).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.index(1, mos).data(Qt::ToolTipRole).toString().contains(QLatin1String("bad")));
        QualityThresholds lenient;
        lenient.mosBad = 3.3;
        model.setThresholds(lenient);
        QCOMPARE(model.index(1, mos).data(ScorecardModel::GradeRole).toInt(), int(QualityGrade::Average));
    }

    void comparisonDeltas()
    {
        ScorecardModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(kByProvider, {group(QStringLiteral("plivo"), 10, 7, 4.2), group(QStringLiteral("vobiz"), 4, 1, {})},
                        {group(QStringLiteral("plivo"), 20, 10, 4.0)}, true);
        const int asr = model.kpiColumn(ScorecardKpis::AsrPct);
        QCOMPARE(model.index(0, asr).data(ScorecardModel::DeltaRole).toDouble(), 20.0); // 70 - 50
        QCOMPARE(model.index(0, asr).data().toString(), QStringLiteral("70 (+20)"));
        QCOMPARE(model.index(0, model.kpiColumn(ScorecardKpis::Calls)).data().toString(), QStringLiteral("10 (-10)"));
        QVERIFY(!model.previous(1));
        QCOMPARE(model.index(1, asr).data().toString(), QStringLiteral("25 (new)"));
        QCOMPARE(model.index(1, model.kpiColumn(ScorecardKpis::MosMean)).data().toString(), QStringLiteral("–"));
        QCOMPARE(model.groupLabel(0), QStringLiteral("plivo"));
    }

    void storeGroupsAndRowFilter()
    {
        // Six rows: plivo answered x3 (+91 numbers), vobiz no-answer x2, vobiz in-progress x1.
        auto store = std::make_shared<CallStore>();
        BulkRowBuffer buf;
        for (int i = 0; i < 6; ++i) {
            Call c;
            c.provider = i < 3 ? Provider::Plivo : Provider::Vobiz;
            c.id = QStringLiteral("id-%1").arg(i);
            c.to = QStringLiteral("+9198765000%1").arg(i, 2, 10, QLatin1Char('0'));
            c.status = i < 3 ? CallStatus::Answered : i < 5 ? CallStatus::NoAnswer : CallStatus::InProgress;
            c.hangupCause = i < 3 ? QStringLiteral("NORMAL_CLEARING") : QStringLiteral("NO_ANSWER");
            c.talkS = 20;
            c.startTime = QDateTime(QDate(2026, 3, 1), QTime(10, i), QTimeZone::utc());
            QVERIFY(store->append(buf.set(c)) >= 0);
        }
        std::vector<quint32> all{0, 1, 2, 3, 4, 5};
        const auto input = ScorecardStoreInput::build(*store, all, {}, 40);
        QVERIFY(input);
        QCOMPARE(input->skipped(), 1);
        Scorecard::Options o;
        o.keys = kByProvider;
        o.keepRows = true;
        const QList<ScorecardGroup> groups = Scorecard::compute(*input, o);
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[1].keys, QStringList{QStringLiteral("vobiz")});
        QCOMPARE(groups[1].rows, (std::vector<quint32>{3, 4}));
        QCOMPARE(groups[1].kpis.nerPct, std::optional<double>(100.0)); // no_answer from HangupClassCache
        QCOMPARE(groups[0].kpis.asrPct, std::optional<double>(100.0));

        // Split over threads or not, the same input.
        const auto single = ScorecardStoreInput::build(*store, all, {}, 40, nullptr, 1);
        QCOMPARE(single->records().size(), input->records().size());

        CallFilter f;
        f.rows = std::make_shared<std::vector<quint32>>(groups[1].rows);
        const CallFilter::Matcher m(f, *store, QualityThresholds());
        QVERIFY(!m.matchesAll());
        QList<quint32> matched;
        for (quint32 r = 0; r < store->size(); ++r) {
            if (m.matches(r))
                matched << r;
        }
        QCOMPARE(matched, (QList<quint32>{3, 4}));
        // the row set combines with the other criteria
        f.text = QStringLiteral("id-4");
        const CallFilter::Matcher both(f, *store, QualityThresholds());
        QVERIFY(!both.matches(3));
        QVERIFY(both.matches(4));
    }
    void threadsGiveTheSameGroups()
    {
        // 120,000 rows: split over two threads (50,000 rows at least per thread) or built on one.
        CallStore store;
        BulkRowBuffer buf;
        quint64 x = 7;
        auto next = [&x] { return (x = x * 6364136223846793005ull + 1442695040888963407ull) >> 33; };
        static const char *const prefixes[] = {"+9198", "+1415", "+4420", "+6129", "98765"};
        for (int i = 0; i < 120000; ++i) {
            Call c;
            c.provider = Provider(1 + next() % 4);
            c.id = QString::number(i);
            c.to = QLatin1String(prefixes[next() % 5]) + QString::number(1000000 + next() % 8999999);
            c.status = next() % 3 ? CallStatus::Answered : CallStatus::Busy;
            c.codec = next() % 2 ? QStringLiteral("PCMU") : QStringLiteral("G729");
            c.direction = next() % 2 ? QStringLiteral("inbound") : QStringLiteral("outbound");
            c.packetLossPct = double(next() % 300) / 100;
            c.startTime = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()).addSecs(i);
            store.append(buf.set(c));
        }
        std::vector<quint32> rows(store.size());
        std::iota(rows.begin(), rows.end(), 0u);
        ScorecardInput::Options o;
        o.defaultRegion = QStringLiteral("IN");
        const auto one = ScorecardStoreInput::build(store, rows, o, 40, nullptr, 1);
        const auto two = ScorecardStoreInput::build(store, rows, o, 40, nullptr, 2);
        Scorecard::Options opts;
        opts.keys = *Scorecard::parseKeys(QStringLiteral("provider,country,codec"), nullptr);
        opts.keepRows = true;
        const QList<ScorecardGroup> a = Scorecard::compute(*one, opts);
        const QList<ScorecardGroup> b = Scorecard::compute(*two, opts);
        QVERIFY(a.size() > 10);
        QCOMPARE(a.size(), b.size());
        for (int g = 0; g < a.size(); ++g) {
            QCOMPARE(a[g].keys, b[g].keys);
            QCOMPARE(a[g].kpis, b[g].kpis);
            QCOMPARE(a[g].rows, b[g].rows);
        }
    }
};

QTEST_MAIN(TestScorecardModel)
#include "tst_scorecardmodel.moc"
