// SPDX-License-Identifier: GPL-3.0-or-later
// CallTableModel: QAbstractItemModelTester through inserts, sorts and filters; sort and
// filter results against brute force on random data; reverse; de-duplication; summary;
// saved filters; time zone; quality cells carry text and an icon, not only colour.

#include <models/callstoresink.h>
#include <models/callexporter.h>
#include <models/calltablemodel.h>
#include <models/callviewbuilder.h>

#include <core/callreader.h>
#include <core/hangupclassifier.h>
#include <core/recordparser.h>
#include <sim/trafficgenerator.h>

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace cdr;

namespace {

// Random calls with plenty of ties, missing values and odd text.
QList<Call> randomCalls(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QStringList causes = { QStringLiteral("NORMAL_CLEARING"), QStringLiteral("USER_BUSY"), QStringLiteral("No Answer"),
                                 QString(), QStringLiteral("Call was terminated normally by either party.") };
    const QStringList dirs = { QStringLiteral("inbound"), QStringLiteral("outbound"), QStringLiteral("local") };
    QList<Call> out;
    for (int i = 0; i < n; ++i) {
        Call c;
        c.provider = Provider(1 + rng.bounded(4));
        c.id = QStringLiteral("id-%1-%2").arg(i).arg(rng.bounded(1000));
        c.from = QStringLiteral("+91%1").arg(rng.bounded(100000, 100200));
        c.to = rng.bounded(10) == 0 ? QString() : QStringLiteral("%1").arg(rng.bounded(5000, 5100));
        c.direction = dirs[rng.bounded(3)];
        if (rng.bounded(20))
            c.startTime = QDateTime::fromMSecsSinceEpoch(1770000000000LL + qint64(rng.bounded(100000)) * 1000, QTimeZone::utc());
        c.status = CallStatus(rng.bounded(7));
        if (rng.bounded(10))
            c.durationS = rng.bounded(300);
        if (rng.bounded(5))
            c.talkS = rng.bounded(200) + 0.25;
        if (rng.bounded(3))
            c.cost = rng.bounded(1000) / 100.0;
        c.currency = rng.bounded(2) ? QStringLiteral("INR") : QString();
        c.hangupCause = causes[rng.bounded(causes.size())];
        c.hangupCode = QString::number(rng.bounded(3) * 1000 + 3000);
        if (rng.bounded(2))
            c.mos = 1.0 + rng.bounded(40) / 10.0;
        if (rng.bounded(2))
            c.jitterMs = rng.bounded(50);
        if (rng.bounded(2))
            c.packetLossPct = rng.bounded(20) / 10.0;
        c.codec = rng.bounded(2) ? QStringLiteral("PCMU") : QStringLiteral("opus");
        out << c;
    }
    return out;
}

// The reference: a stable sort of (key, row) where the key comes from the model's own
// display/sort data, and the filter re-implemented row by row on Calls.
bool refMatches(const CallFilter &f, const Call &c, const QualityThresholds &t)
{
    if (!f.providers.isEmpty() && !f.providers.contains(c.provider))
        return false;
    if (!f.statuses.isEmpty() && !f.statuses.contains(c.status))
        return false;
    if (!f.directions.isEmpty() && !f.directions.contains(c.direction))
        return false;
    if (f.startFrom.isValid() && (!c.startTime.isValid() || c.startTime < f.startFrom))
        return false;
    if (f.startTo.isValid() && (!c.startTime.isValid() || c.startTime >= f.startTo))
        return false;
    auto range = [](std::optional<double> v, std::optional<double> lo, std::optional<double> hi) {
        if (!lo && !hi)
            return true;
        return v && (!lo || *v >= *lo) && (!hi || *v <= *hi);
    };
    if (!range(c.durationS, f.minDurationS, f.maxDurationS) || !range(c.mos, f.minMos, f.maxMos)
        || !range(c.jitterMs, f.minJitterMs, f.maxJitterMs) || !range(c.packetLossPct, f.minLossPct, f.maxLossPct))
        return false;
    if (f.badQualityOnly && t.gradeMos(c.mos) != QualityGrade::Bad && t.gradeJitter(c.jitterMs) != QualityGrade::Bad
        && t.gradeLoss(c.packetLossPct) != QualityGrade::Bad)
        return false;
    if (!f.hangupCause.isEmpty() && c.hangupCause.compare(f.hangupCause, Qt::CaseInsensitive) != 0
        && c.hangupCode.compare(f.hangupCause, Qt::CaseInsensitive) != 0)
        return false;
    if (!f.hangupClasses.isEmpty()
        && !f.hangupClasses.contains(HangupClassifier::classify(c.provider, c.hangupCause, c.hangupCode, c.status).hangupClass))
        return false;
    if (!f.text.isEmpty()) {
        const QString n = f.text;
        if (!c.from.contains(n, Qt::CaseInsensitive) && !c.to.contains(n, Qt::CaseInsensitive)
            && !c.id.contains(n, Qt::CaseInsensitive) && !c.hangupCause.contains(n, Qt::CaseInsensitive)
            && !c.hangupCode.contains(n, Qt::CaseInsensitive)
            && !providerName(c.provider).startsWith(n.trimmed(), Qt::CaseInsensitive)
            && !statusName(c.status).startsWith(n.trimmed(), Qt::CaseInsensitive))
            return false;
    }
    return true;
}

void waitApplied(CallTableModel &m)
{
    QTRY_VERIFY_WITH_TIMEOUT(!m.isBusy(), 20000);
}

} // namespace

class TestCallTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testerThroughInsertsSortsFilters()
    {
        CallTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        waitApplied(m);
        const QList<Call> calls = randomCalls(400, 1);
        QCOMPARE(m.appendCalls(calls.mid(0, 150)), 150);
        QCOMPARE(m.rowCount(), 150);
        m.sort(CallTableModel::MosColumn, Qt::DescendingOrder);
        QCOMPARE(m.appendCalls(calls.mid(100, 150)), 100); // 50 duplicates skipped
        waitApplied(m);
        QCOMPARE(m.rowCount(), 250);
        CallFilter f;
        f.text = QStringLiteral("+9110001");
        m.setFilter(f);
        waitApplied(m);
        QVERIFY(m.rowCount() > 0 && m.rowCount() < 250);
        m.appendCalls(calls.mid(250));
        m.sort(CallTableModel::FromColumn, Qt::AscendingOrder);
        waitApplied(m);
        m.sort(CallTableModel::FromColumn, Qt::DescendingOrder);
        m.setFilter(CallFilter());
        waitApplied(m);
        QCOMPARE(m.rowCount(), 400);
        for (int r = 0; r < m.rowCount(); r += 37) {
            for (int c = 0; c < CallTableModel::ColumnCount; ++c) {
                for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::DecorationRole),
                                  int(CallTableModel::SortRole), int(CallTableModel::GradeRole) })
                    m.data(m.index(r, c), role);
            }
        }
        m.clear();
        waitApplied(m);
        QCOMPARE(m.rowCount(), 0);
    }

    void sortMatchesBruteForce_data()
    {
        QTest::addColumn<int>("column");
        for (int c = 0; c < CallTableModel::ColumnCount; ++c)
            QTest::newRow(qPrintable(QString::number(c))) << c;
    }
    void sortMatchesBruteForce()
    {
        QFETCH(int, column);
        CallTableModel m;
        m.appendCalls(randomCalls(3000, 7 + column));
        waitApplied(m);
        // Reference order: stable sort of store rows by the model's own per-row key.
        std::vector<quint32> ref(m.store()->size());
        for (quint32 i = 0; i < ref.size(); ++i)
            ref[i] = i;
        const CallStore &s = *m.store();
        auto text = [&](quint32 r) -> QString {
            switch (column) {
            case CallTableModel::FromColumn: return s.from(r);
            case CallTableModel::ToColumn: return s.to(r);
            case CallTableModel::DirectionColumn: return s.directions().at(s.directionIx(r));
            case CallTableModel::HangupCauseColumn: return s.causes().at(s.causeIx(r));
            case CallTableModel::CodecColumn: return s.codecs().at(s.codecIx(r));
            case CallTableModel::ProviderColumn: return providerDisplayName(s.provider(r));
            case CallTableModel::StatusColumn: return statusName(s.status(r));
            case CallTableModel::IdColumn: return s.id(r);
            case CallTableModel::AccountColumn: return s.accounts().at(s.accountIx(r));
            default: return {};
            }
        };
        const bool isText = column == CallTableModel::FromColumn || column == CallTableModel::ToColumn
            || column == CallTableModel::DirectionColumn || column == CallTableModel::HangupCauseColumn
            || column == CallTableModel::CodecColumn || column == CallTableModel::ProviderColumn
            || column == CallTableModel::StatusColumn || column == CallTableModel::IdColumn
            || column == CallTableModel::AccountColumn;
        std::stable_sort(ref.begin(), ref.end(), [&](quint32 a, quint32 b) {
            if (isText) {
                const QString ta = text(a), tb = text(b);
                const bool bytes = column == CallTableModel::FromColumn || column == CallTableModel::ToColumn
                    || column == CallTableModel::IdColumn;
                const int c = bytes ? QByteArray(ta.toUtf8()).compare(tb.toUtf8()) : ta.compare(tb, Qt::CaseInsensitive);
                return c < 0;
            }
            const double ka = CallViewBuilder::sortValue(s, a, column), kb = CallViewBuilder::sortValue(s, b, column);
            if (std::isnan(ka) || std::isnan(kb))
                return std::isnan(ka) && !std::isnan(kb);
            return ka < kb;
        });
        m.sort(column, Qt::AscendingOrder);
        waitApplied(m);
        QCOMPARE(m.viewRows(), ref);
        // Reverse at once: no job, the exact reverse.
        QSignalSpy busy(&m, &CallTableModel::busyChanged);
        m.sort(column, Qt::DescendingOrder);
        QVERIFY(!m.isBusy());
        QCOMPARE(busy.count(), 0);
        std::reverse(ref.begin(), ref.end());
        QCOMPARE(m.viewRows(), ref);
    }

    void filterMatchesBruteForce()
    {
        const QList<Call> calls = randomCalls(5000, 99);
        CallTableModel m;
        m.appendCalls(calls);
        waitApplied(m);
        QList<CallFilter> filters;
        CallFilter f;
        f.text = QStringLiteral("busy");
        filters << f;
        f = {};
        f.text = QStringLiteral("ID-1");
        filters << f;
        f = {};
        f.text = QStringLiteral("vobiz"); // a provider name
        filters << f;
        f = {};
        f.text = QStringLiteral("no-ans"); // a status
        filters << f;
        f = {};
        f.providers = { Provider::Vobiz, Provider::NexBro };
        f.statuses = { CallStatus::Answered };
        filters << f;
        f = {};
        f.directions = { QStringLiteral("inbound") };
        f.minDurationS = 100;
        f.maxDurationS = 200;
        filters << f;
        f = {};
        f.badQualityOnly = true;
        filters << f;
        f = {};
        f.minMos = 3.6;
        f.maxJitterMs = 30;
        f.minLossPct = 0.5;
        filters << f;
        f = {};
        f.hangupClasses = { HangupClass::NoAnswer, HangupClass::Busy };
        filters << f;
        f = {};
        f.hangupClasses = { HangupClass::Normal };
        f.providers = { Provider::NexBro, Provider::Vobiz };
        filters << f;
        f = {};
        f.hangupCause = QStringLiteral("normal_clearing");
        f.startFrom = QDateTime::fromMSecsSinceEpoch(1770000000000LL + 20000000, QTimeZone::utc());
        f.startTo = QDateTime::fromMSecsSinceEpoch(1770000000000LL + 60000000, QTimeZone::utc());
        filters << f;
        for (const CallFilter &filter : std::as_const(filters)) {
            m.setFilter(filter);
            waitApplied(m);
            std::vector<quint32> ref;
            for (quint32 i = 0; i < quint32(calls.size()); ++i) {
                if (refMatches(filter, calls[i], m.thresholds()))
                    ref.push_back(i);
            }
            QVERIFY2(m.viewRows() == ref, QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact).constData());
            // The summary is of the filtered set.
            QCOMPARE(m.summary().count, qint64(ref.size()));
        }
    }

    void callIdAndAccountColumns()
    {
        QList<Call> calls = randomCalls(300, 17);
        for (qsizetype i = 0; i < calls.size(); ++i)
            calls[i].account = i % 2 ? QStringLiteral("acct-b") : QStringLiteral("acct-a");
        CallTableModel m;
        m.appendCalls(calls);
        waitApplied(m);
        QCOMPARE(m.headerData(CallTableModel::IdColumn, Qt::Horizontal).toString(), QStringLiteral("Call id"));
        QCOMPARE(m.headerData(CallTableModel::AccountColumn, Qt::Horizontal).toString(), QStringLiteral("Account"));
        for (int r = 0; r < m.rowCount(); ++r) {
            const Call c = m.index(r, 0).data(CallTableModel::CallRole).value<Call>();
            QCOMPARE(m.index(r, CallTableModel::IdColumn).data().toString(), c.id);
            QCOMPARE(m.index(r, CallTableModel::AccountColumn).data().toString(), c.account);
        }
        for (const int column : {int(CallTableModel::IdColumn), int(CallTableModel::AccountColumn)}) {
            m.sort(column, Qt::AscendingOrder);
            waitApplied(m);
            for (int r = 1; r < m.rowCount(); ++r)
                QVERIFY(m.index(r - 1, column).data().toString().compare(m.index(r, column).data().toString()) <= 0);
        }
        // Exported under their normalized keys when the columns are chosen.
        const QList<CallExporter::Field> fields = CallExporter::fieldsForColumns({CallTableModel::IdColumn, CallTableModel::AccountColumn});
        QCOMPARE(fields, (QList<CallExporter::Field>{CallExporter::Field::Id, CallExporter::Field::Account}));
    }

    void appendedRowsKeepTheViewBusyUntilSorted()
    {
        // Rows appended to a sorted view show at once at the end; their place comes from a
        // coalesced job a moment later. Until it has landed the view is not final, and isBusy()
        // says so (GUI tests and the status bar wait on it; before, it read false in between).
        CallTableModel m;
        m.appendCalls(randomCalls(2000, 21));
        m.sort(CallTableModel::DurationColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!m.isBusy(), 20000);
        QCOMPARE(m.rowCount(), 2000);
        const QList<Call> more = randomCalls(300, 22);
        const int added = m.appendCalls(more);
        QVERIFY(added > 0);
        QCOMPARE(m.rowCount(), 2000 + added); // shown at once
        QVERIFY(m.isBusy());                   // but not in order yet
        QTRY_VERIFY_WITH_TIMEOUT(!m.isBusy(), 20000);
        QCOMPARE(m.rowCount(), 2000 + added);
        const CallStore &s = *m.store();
        auto key = [&](int row) {
            const double k = CallViewBuilder::sortValue(s, m.storeRow(row), CallTableModel::DurationColumn);
            return std::isnan(k) ? -std::numeric_limits<double>::infinity() : k;
        };
        for (int r = 1; r < m.rowCount(); ++r)
            QVERIFY2(key(r - 1) <= key(r), qPrintable(QString::number(r)));
    }

    void staleJobsAreDropped()
    {
        CallTableModel m;
        m.appendCalls(randomCalls(20000, 5));
        waitApplied(m);
        QSignalSpy applied(&m, &CallTableModel::viewApplied);
        CallFilter f;
        for (const char *typed : { "+", "+9", "+91", "+911", "+9110", "+91100" }) {
            f.text = QLatin1String(typed);
            m.setFilter(f); // one job per keystroke, the earlier ones go stale
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m.isBusy(), 20000);
        QTest::qWait(50);
        QCOMPARE(applied.count(), 1); // only the last keystroke's result lands
        for (int r = 0; r < m.rowCount(); ++r)
            QVERIFY(m.data(m.index(r, CallTableModel::FromColumn)).toString().contains(u"+91100"));
    }

    void summaryMatchesBruteForce()
    {
        const QList<Call> calls = randomCalls(2000, 3);
        CallTableModel m;
        m.appendCalls(calls);
        waitApplied(m);
        m.sort(CallTableModel::StartColumn);
        waitApplied(m);
        const CallSummary &s = m.summary();
        qint64 answered = 0;
        double total = 0, mosSum = 0;
        QMap<QString, double> cost;
        QList<double> mos;
        QMap<QString, qint64> causes;
        for (const Call &c : calls) {
            answered += c.status == CallStatus::Answered;
            total += c.durationS.value_or(0);
            if (c.cost)
                cost[c.currency] += *c.cost;
            if (c.mos) {
                mos << *c.mos;
                mosSum += *c.mos;
            }
            if (!c.hangupCause.isEmpty())
                ++causes[c.hangupCause];
        }
        std::sort(mos.begin(), mos.end());
        QCOMPARE(s.count, qint64(calls.size()));
        QCOMPARE(s.answered, answered);
        QVERIFY(qAbs(s.totalDurationS - total) < 1e-6);
        QCOMPARE(s.costByCurrency.keys(), cost.keys());
        for (auto it = cost.cbegin(); it != cost.cend(); ++it)
            QVERIFY(qAbs(s.costByCurrency.value(it.key()) - *it) < 1e-6);
        QVERIFY(qAbs(*s.meanMos - mosSum / mos.size()) < 1e-4);
        QCOMPARE(*s.p5Mos, mos[qsizetype(std::ceil(0.05 * mos.size())) - 1]);
        QVERIFY(!s.topCauses.isEmpty());
        QCOMPARE(s.topCauses.first().second, *std::max_element(causes.cbegin(), causes.cend()));
    }

    void rowForIdAndCallRole()
    {
        CallTableModel m;
        const QList<Call> calls = randomCalls(100, 11);
        m.appendCalls(calls);
        waitApplied(m);
        m.sort(CallTableModel::DurationColumn, Qt::DescendingOrder);
        waitApplied(m);
        const int row = m.rowForId(calls[42].provider, calls[42].id);
        QVERIFY(row >= 0);
        const Call back = m.data(m.index(row, 0), CallTableModel::CallRole).value<Call>();
        QCOMPARE(back.id, calls[42].id);
        QCOMPARE(back.from, calls[42].from);
        QCOMPARE(back.durationS, calls[42].durationS);
        QCOMPARE(m.rowForId(Provider::Plivo, QStringLiteral("nope")), -1);
        // A lookup (the archive) supplies the full call.
        m.setCallLookup([](const Call &c) { Call full = c; full.sipCallId = QStringLiteral("sip-") + c.id; return std::optional<Call>(full); });
        QCOMPARE(m.call(row).sipCallId, QStringLiteral("sip-") + calls[42].id);
    }

    void qualityCellsCarryTextAndShape()
    {
        CallTableModel m;
        Call good, bad;
        good.provider = bad.provider = Provider::Vobiz;
        good.id = QStringLiteral("g");
        bad.id = QStringLiteral("b");
        good.mos = 4.4;
        bad.mos = 3.6 - 0.01;
        bad.jitterMs = 30; // >= 30 is bad
        m.appendCalls({ good, bad });
        waitApplied(m);
        const int gr = m.rowForId(Provider::Vobiz, QStringLiteral("g"));
        const int br = m.rowForId(Provider::Vobiz, QStringLiteral("b"));
        QCOMPARE(m.data(m.index(gr, CallTableModel::MosColumn), CallTableModel::GradeTextRole).toString(), QStringLiteral("good"));
        QCOMPARE(m.data(m.index(br, CallTableModel::MosColumn), CallTableModel::GradeTextRole).toString(), QStringLiteral("bad"));
        QCOMPARE(m.data(m.index(br, CallTableModel::JitterColumn), CallTableModel::GradeTextRole).toString(), QStringLiteral("bad"));
        QCOMPARE(m.data(m.index(br, CallTableModel::MosColumn), CallTableModel::GradeRole).toInt(), int(QualityGrade::Bad));
        QCOMPARE(m.data(m.index(gr, CallTableModel::MosColumn), CallTableModel::GradeRole).toInt(), int(QualityGrade::Good));
        // The shape is painted by GradeIconDelegate (src/ui): the model carries no icons.
        QVERIFY(!m.data(m.index(br, CallTableModel::MosColumn), Qt::DecorationRole).isValid());
        QCOMPARE(m.data(m.index(br, CallTableModel::MosColumn), Qt::ToolTipRole).toString(), QStringLiteral("bad"));
        QVERIFY(m.data(m.index(gr, CallTableModel::LossColumn), CallTableModel::GradeTextRole).toString().isEmpty());
        // A stored 3.6 is 3.6 on the band's edge, not 3.5999999 below it.
        Call edge;
        edge.provider = Provider::Vobiz;
        edge.id = QStringLiteral("edge");
        edge.mos = 3.6;
        m.appendCalls({ edge });
        QCOMPARE(m.data(m.index(m.rowForId(Provider::Vobiz, QStringLiteral("edge")), CallTableModel::MosColumn),
                        CallTableModel::GradeTextRole).toString(), QStringLiteral("average"));
    }

    void hangupTooltipExplains()
    {
        CallTableModel m;
        Call c;
        c.provider = Provider::Vobiz;
        c.id = QStringLiteral("x");
        c.hangupCause = QStringLiteral("USER_BUSY");
        c.hangupCode = QStringLiteral("3010");
        m.appendCalls({ c });
        const QString tip = m.data(m.index(0, CallTableModel::HangupCauseColumn), Qt::ToolTipRole).toString();
        QVERIFY2(!tip.isEmpty(), qPrintable(tip));
        QCOMPARE(tip, m.data(m.index(0, CallTableModel::HangupCauseColumn), Qt::ToolTipRole).toString());
    }

    void timeZoneIsAModelProperty()
    {
        CallTableModel m;
        Call c;
        c.provider = Provider::Plivo;
        c.id = QStringLiteral("t");
        c.startTime = QDateTime(QDate(2026, 1, 16), QTime(12, 14, 19), QTimeZone::utc());
        m.appendCalls({ c });
        m.setTimeZone(QTimeZone::utc());
        QCOMPARE(m.data(m.index(0, CallTableModel::StartColumn)).toString(), QStringLiteral("2026-01-16 12:14:19"));
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.setTimeZone(QTimeZone("Asia/Kolkata"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m.data(m.index(0, CallTableModel::StartColumn)).toString(), QStringLiteral("2026-01-16 17:44:19"));
        QVERIFY(m.headerData(CallTableModel::StartColumn, Qt::Horizontal).toString().contains(u"Asia/Kolkata"));
    }

    void savedFilters()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        CallFilter f;
        f.text = QStringLiteral("+91 98");
        f.providers = { Provider::NexBro };
        f.statuses = { CallStatus::Busy, CallStatus::Failed };
        f.directions = { QStringLiteral("outbound") };
        f.startFrom = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
        f.minMos = 1.5;
        f.maxLossPct = 2;
        f.badQualityOnly = true;
        f.hangupCause = QStringLiteral("USER_BUSY");
        f.hangupClasses = { HangupClass::Busy, HangupClass::NetworkFailure };
        CallFilter::save(settings, QStringLiteral("Busy/bad, NexBro"), f);
        CallFilter::save(settings, QStringLiteral("empty"), CallFilter());
        QCOMPARE(CallFilter::savedNames(settings), (QStringList{ QStringLiteral("Busy/bad, NexBro"), QStringLiteral("empty") }));
        QCOMPARE(CallFilter::load(settings, QStringLiteral("Busy/bad, NexBro")).value(), f);
        QVERIFY(CallFilter::load(settings, QStringLiteral("empty"))->isEmpty());
        QVERIFY(!CallFilter::load(settings, QStringLiteral("missing")));
        CallFilter::remove(settings, QStringLiteral("empty"));
        QCOMPARE(CallFilter::savedNames(settings).size(), 1);
    }

    void loadAsyncShowsTheStoreOrTheError()
    {
        CallTableModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy done(&m, &CallTableModel::loadFinished);
        const QList<Call> calls = randomCalls(500, 21);
        m.loadAsync([calls](BulkSink &sink, const std::atomic<bool> &) {
            for (const Call &c : calls)
                sink.addCall(c);
            return QString();
        });
        QVERIFY(done.wait(20000));
        QCOMPARE(done.last().at(0).toBool(), true);
        QCOMPARE(done.last().at(2).toLongLong(), 500);
        waitApplied(m);
        QCOMPARE(m.rowCount(), 500);
        m.loadAsync([](BulkSink &, const std::atomic<bool> &) { return QStringLiteral("disk on fire"); });
        QVERIFY(done.wait(20000));
        QCOMPARE(done.last().at(0).toBool(), false);
        QCOMPARE(done.last().at(1).toString(), QStringLiteral("disk on fire"));
        QCOMPARE(m.rowCount(), 500); // a failed load leaves the table as it was
        // A second load abandons the first: only the second one is shown.
        done.clear();
        std::atomic<bool> release{ false };
        m.loadAsync([&release](BulkSink &sink, const std::atomic<bool> &cancel) {
            while (!release.load() && !cancel.load())
                QThread::msleep(1);
            Call c;
            c.id = QStringLiteral("first");
            sink.addCall(c);
            return QString();
        });
        m.loadAsync([](BulkSink &sink, const std::atomic<bool> &) {
            Call c;
            c.id = QStringLiteral("second");
            sink.addCall(c);
            return QString();
        });
        release = true;
        QTRY_VERIFY_WITH_TIMEOUT(done.size() >= 2, 20000);
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(20);
        waitApplied(m);
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.data(m.index(0, 0), CallTableModel::IdRole).toString(), QStringLiteral("second"));
    }

    void storeFromBulkImportMatchesParser()
    {
        // The whole path the app takes for a file: CallReader -> CallStore -> model.
        const TrafficGenerator gen(3, QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()),
                                   QDateTime(QDate(2026, 3, 2), QTime(0, 0), QTimeZone::utc()), 1000);
        QJsonArray a;
        for (int i = 0; i < 200; ++i)
            a.append(gen.record(Provider(1 + i % 4), i));
        const QByteArray body = QJsonDocument(a).toJson();
        auto store = std::make_shared<CallStore>();
        CallStoreSink sink(*store);
        QVERIFY(CallReader::readBytes(body, ParseOptions(), QString(), [&](QList<Call> &&cs) { for (const Call &c : cs) { if (!sink.addCall(c)) return false; } return true; }).ok());
        CallTableModel m;
        m.setStore(store);
        waitApplied(m);
        QCOMPARE(m.rowCount(), 200);
        const ParseResult ref = RecordParser::parse(body, ParseOptions());
        for (int i = 0; i < 200; ++i) {
            const Call c = store->call(quint32(i));
            const Call &r = ref.calls[i];
            QCOMPARE(c.id, r.id);
            QCOMPARE(c.from, r.from);
            QCOMPARE(c.status, r.status);
            QCOMPARE(c.startTime, r.startTime);
            QCOMPARE(c.hangupCause, r.hangupCause);
            QCOMPARE(c.mos.has_value(), r.mos.has_value());
            if (r.mos)
                QVERIFY(qAbs(*c.mos - *r.mos) < 1e-6);
        }
        QVERIFY(store->bytes() > 0);
    }
};

QTEST_MAIN(TestCallTableModel)
#include "tst_calltablemodel.moc"
