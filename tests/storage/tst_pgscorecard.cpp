// SPDX-License-Identifier: GPL-3.0-or-later
// The scorecard grouped in SQL on a team archive (PgScorecard) against the in-memory scorecard
// (Scorecard::compute) over the same archive read back and prepared as the `scorecard` command
// prepares it, on a real PostgreSQL server started on loopback (PgTestServer): every group's keys
// and KPIs, for the groupings and filters the command offers, on a varied set (four providers,
// three accounts, a week, every hangup class, calls with and without quality data, without a
// start time, in progress, national and international numbers); and schema 3's migration from 2.

#include "generatedcalls.h"
#include "pgtestserver.h"

#include <core/emodel.h>
#include <core/hangupclassifier.h>
#include <core/scorecard.h>
#include <storage/archivebackend.h>
#include <storage/pgarchive.h>
#include <storage/pgscorecard.h>

#include <QTest>

#include <libpq-fe.h>

#include <cmath>

using namespace cdr;

namespace {

// Generated calls, varied where the generator is uniform, so every branch of the KPIs and keys
// is met: start times over the whole week, the stored class set for some calls (and so different from the classifier's), calls
// in progress, without a start time, without any quality data, with MOS 0 (no media), national
// numbers (read in the default region), a two-codec field.
QList<Call> variedCalls()
{
    QList<Call> out;
    const QString accounts[] = { QStringLiteral("acct-a"), QStringLiteral("acct-b"), QStringLiteral("acct-c") };
    int i = 0;
    for (int a = 0; a < 3; ++a) {
        for (Call c : generatedCalls(1200, a * 1200, accounts[a], 23 + a)) {
            ++i;
            // The generator spreads a million calls over the week; these few would share an hour.
            c.startTime = c.startTime.addSecs(qint64(i) * 163 % (7 * 86400));
            if (i % 37 == 0) { // nothing to classify by: the class stays unknown
                c.status = CallStatus::Unknown;
                c.hangupCause.clear();
                c.hangupCode.clear();
                c.hangupClass = HangupClass::Unknown;
            }
            if (i % 23 == 0)
                c.hangupClass = HangupClass(i / 23 % (int(HangupClass::MediaFailure) + 1));
            if (i % 17 == 0)
                c.status = CallStatus::InProgress;
            if (i % 13 == 0)
                c.startTime = QDateTime();
            if (i % 11 == 0) {
                c.mos.reset();
                c.jitterMs.reset();
                c.packetLossPct.reset();
                c.errorLog.clear();
            }
            if (i % 7 == 0)
                c.mos = 0.0;
            if (i % 19 == 0)
                c.to = QStringLiteral("0%1").arg(9800000000LL + i);
            if (i % 29 == 0) {
                c.codec = QStringLiteral("PCMU/G729");
                c.packetLossPct = 0.4 + (i % 5) * 0.3;
            }
            if (i % 31 == 0)
                c.direction = QStringLiteral("Outbound");
            out.append(c);
        }
    }
    return out;
}

bool importCalls(const QString &uri, const QList<Call> &calls, int upToVersion, QString *error)
{
    PgArchive archive;
    if (!archive.open(uri, error, upToVersion))
        return false;
    PgArchive::Writer writer(archive, 1000);
    for (const Call &c : calls) {
        if (!writer.addCall(c))
            break;
    }
    if (!writer.finish()) {
        *error = writer.error();
        return false;
    }
    return true;
}

// What `scorecard` does with an archive when it cannot group on the server: every call read
// back, its class classified where it has none, the E-model at the assumed delay.
ScorecardInput inMemory(const QString &uri, const ScorecardInput::Options &options, double delayMs)
{
    PgArchive archive;
    ScorecardInput input(options);
    if (!archive.open(uri))
        return input;
    quint32 row = 0;
    archive.forEachCall({}, [&](Call &&c) {
        if (c.hangupClass == HangupClass::Unknown)
            HangupClassifier::apply(c);
        EModel::apply(c, delayMs);
        input.add(c, row++);
        return true;
    });
    return input;
}

QString show(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("none");
}

// The first difference between two scorecards, or empty. Counts, ratios of counts and
// percentiles must be identical; means may differ only in the last bits of a double (the server
// sums in another order), and never at the precision they are exported with (value()).
QString firstDifference(const QList<ScorecardGroup> &sql, const QList<ScorecardGroup> &memory)
{
    if (sql.size() != memory.size())
        return QStringLiteral("%1 groups in SQL, %2 in memory").arg(sql.size()).arg(memory.size());
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QString where = QStringLiteral("group %1 (%2): ").arg(i).arg(memory.at(i).keys.join(u'|'));
        if (sql.at(i).keys != memory.at(i).keys)
            return where + QStringLiteral("SQL keys %1").arg(sql.at(i).keys.join(u'|'));
        const ScorecardKpis &a = sql.at(i).kpis;
        const ScorecardKpis &b = memory.at(i).kpis;
        const std::pair<const char *, std::pair<std::optional<double>, std::optional<double>>> exact[] = {
            { "calls", { double(a.calls), double(b.calls) } },
            { "answered", { double(a.answered), double(b.answered) } },
            { "asr", { a.asrPct, b.asrPct } },
            { "ner", { a.nerPct, b.nerPct } },
            { "short", { a.shortCallPct, b.shortCallPct } },
            { "pdd p50", { a.pddP50Ms, b.pddP50Ms } },
            { "pdd p95", { a.pddP95Ms, b.pddP95Ms } },
            { "mos p5", { a.mosP5, b.mosP5 } },
            { "mos_est p5", { a.mosEstP5, b.mosEstP5 } },
            { "impaired", { a.impairedCallPct, b.impairedCallPct } },
        };
        for (const auto &[name, v] : exact) {
            if (v.first != v.second)
                return where + QStringLiteral("%1: SQL %2, memory %3").arg(QLatin1String(name), show(v.first), show(v.second));
        }
        const std::pair<const char *, std::pair<std::optional<double>, std::optional<double>>> means[] = {
            { "acd", { a.acdS, b.acdS } },
            { "mos mean", { a.mosMean, b.mosMean } },
            { "mos_est mean", { a.mosEstMean, b.mosEstMean } },
        };
        for (const auto &[name, v] : means) {
            if (v.first.has_value() != v.second.has_value()
                || (v.first && std::abs(*v.first - *v.second) > 1e-9 * std::max(1.0, std::abs(*v.second))))
                return where + QStringLiteral("%1: SQL %2, memory %3").arg(QLatin1String(name), show(v.first), show(v.second));
        }
        for (int k = 0; k < ScorecardKpis::KpiCount; ++k) {
            const auto kpi = ScorecardKpis::Kpi(k);
            if (a.value(kpi) != b.value(kpi))
                return where + QStringLiteral("exported %1: SQL %2, memory %3")
                                   .arg(Scorecard::kpiName(kpi), show(a.value(kpi)), show(b.value(kpi)));
        }
    }
    return {};
}

qint64 millis(int y, int m, int d, const QTimeZone &zone)
{
    return QDateTime(QDate(y, m, d), QTime(0, 0), zone).toMSecsSinceEpoch();
}

} // namespace

class TestPgScorecard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgTestServer> m_server;
    QString m_uri;

    QString newDatabase(const QString &name)
    {
        PGconn *conn = PQconnectdb(m_server->uri().toUtf8().constData());
        PQclear(PQexec(conn, QByteArray("CREATE DATABASE " + name.toUtf8()).constData()));
        PQfinish(conn);
        return m_server->uri(QString::fromLatin1(PgTestServer::kPassword), name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<PgTestServer>();
        if (!m_server->available())
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL server to test against: %1").arg(m_server->whyNot())));
        QString why;
        QVERIFY2(m_server->start(&why), qPrintable(why));
        m_uri = newDatabase(QStringLiteral("scorecard"));
        QVERIFY2(importCalls(m_uri, variedCalls(), 0, &why), qPrintable(why));
    }
    void cleanupTestCase() { m_server.reset(); }

    void sqlEqualsMemory_data()
    {
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("provider"); // 0: all
        QTest::addColumn<QDate>("since");
        QTest::addColumn<QDate>("until");
        QTest::addColumn<double>("delayMs");
        QTest::addColumn<int>("profile"); // QualityThresholds::profiles()
        QTest::addColumn<int>("minGroups");

        const QString utc = QStringLiteral("UTC");
        QTest::newRow("no keys") << QString() << utc << QString() << 0 << QDate() << QDate() << 40.0 << 0 << 1;
        QTest::newRow("provider") << QStringLiteral("provider") << utc << QString() << 0 << QDate() << QDate() << 40.0 << 0 << 4;
        QTest::newRow("account,direction") << QStringLiteral("account,direction") << utc << QString() << 0 << QDate()
                                           << QDate() << 40.0 << 0 << 6;
        QTest::newRow("hangup_class") << QStringLiteral("hangup_class") << utc << QString() << 0 << QDate() << QDate()
                                      << 40.0 << 0 << int(HangupClass::MediaFailure) + 1;
        QTest::newRow("codec, delay 150, strict") << QStringLiteral("codec,provider") << utc << QString() << 0 << QDate()
                                                  << QDate() << 150.0 << 1 << 4;
        QTest::newRow("day,hour Berlin") << QStringLiteral("day,hour") << QStringLiteral("Europe/Berlin") << QString() << 0
                                         << QDate() << QDate() << 40.0 << 0 << 100;
        QTest::newRow("hour New York, since/until") << QStringLiteral("hour,provider") << QStringLiteral("America/New_York")
                                                    << QString() << 0 << QDate(2026, 3, 2) << QDate(2026, 3, 4) << 40.0
                                                    << 2 << 50;
        QTest::newRow("country,prefix:3 in IN") << QStringLiteral("country,prefix:3") << utc << QStringLiteral("IN") << 0
                                                << QDate() << QDate() << 40.0 << 0 << 3;
        QTest::newRow("prefix:5, no region") << QStringLiteral("prefix:5") << utc << QString() << 0 << QDate() << QDate()
                                             << 0.0 << 0 << 3;
        QTest::newRow("vobiz only by account,hangup_class")
            << QStringLiteral("account,hangup_class") << utc << QString() << int(Provider::Vobiz) << QDate() << QDate()
            << 40.0 << 0 << 3;
        QTest::newRow("eight keys") << QStringLiteral("provider,account,direction,codec,hangup_class,day,hour,country")
                                    << QStringLiteral("Asia/Kolkata") << QStringLiteral("US") << 0 << QDate()
                                    << QDate() << 40.0 << 0 << 500;
    }
    void sqlEqualsMemory()
    {
        QFETCH(QString, by);
        QFETCH(QString, zone);
        QFETCH(QString, region);
        QFETCH(int, provider);
        QFETCH(QDate, since);
        QFETCH(QDate, until);
        QFETCH(double, delayMs);
        QFETCH(int, profile);
        QFETCH(int, minGroups);

        QString why;
        Scorecard::Options options;
        const auto keys = Scorecard::parseKeys(by, &why);
        QVERIFY2(keys, qPrintable(why));
        options.keys = *keys;
        options.zone = QTimeZone(zone.toUtf8());
        QVERIFY(options.zone.isValid());
        if (provider)
            options.provider = Provider(provider);
        if (since.isValid())
            options.fromMs = millis(since.year(), since.month(), since.day(), options.zone);
        if (until.isValid())
            options.toMs = millis(until.year(), until.month(), until.day() + 1, options.zone);
        ScorecardInput::Options inputOptions;
        inputOptions.defaultRegion = region;
        inputOptions.thresholds = QualityThresholds::profiles().at(profile).thresholds;

        // Through the back-end interface, as the command takes it.
        const std::unique_ptr<ArchiveBackend> archive = ArchiveBackend::open(m_uri, &why);
        QVERIFY2(archive, qPrintable(why));
        GroupedScorecard sql;
        QCOMPARE(archive->scorecard(inputOptions, options, delayMs, &sql), ArchiveBackend::Grouping::Done);

        const ScorecardInput input = inMemory(m_uri, inputOptions, delayMs);
        const QList<ScorecardGroup> memory = Scorecard::compute(input, options);
        QCOMPARE(sql.stored, archive->count());
        QCOMPARE(sql.readable, sql.stored);
        QCOMPARE(sql.scored, qint64(input.records().size()));
        QCOMPARE(sql.skipped, input.skipped());
        QVERIFY(sql.skipped > 0);
        QVERIFY2(memory.size() >= minGroups, qPrintable(QString::number(memory.size())));
        const QString difference = firstDifference(sql.groups, memory);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // The set really is varied: what the equality above rests on.
    void theSetCoversEveryBranch()
    {
        const ScorecardInput input = inMemory(m_uri, {}, 40);
        Scorecard::Options options;
        options.keys = *Scorecard::parseKeys(QStringLiteral("hangup_class"), nullptr);
        const QList<ScorecardGroup> byClass = Scorecard::compute(input, options);
        QCOMPARE(byClass.size(), int(HangupClass::MediaFailure) + 1);
        options.keys = *Scorecard::parseKeys(QStringLiteral("provider,day"), nullptr);
        bool noTime = false, noQuality = false, estimate = false, impaired = false, noPdd = false;
        for (const ScorecardGroup &g : Scorecard::compute(input, options)) {
            noTime |= g.keys.at(1).isEmpty();
            noQuality |= !g.kpis.impairedCallPct.has_value();
            estimate |= g.kpis.mosEstP5.has_value();
            impaired |= g.kpis.impairedCallPct.value_or(0) > 0;
            noPdd |= !g.kpis.pddP50Ms.has_value();
        }
        QVERIFY(noTime);
        QVERIFY(estimate);
        QVERIFY(impaired);
        QVERIFY(noQuality || noPdd);
    }

    // A zone the server has no name for is left to the in-memory path, never read as a shifted day.
    void zoneUnknownToTheServerIsLeftToMemory()
    {
        QString why;
        const std::unique_ptr<ArchiveBackend> archive = ArchiveBackend::open(m_uri, &why);
        QVERIFY2(archive, qPrintable(why));
        Scorecard::Options options;
        options.keys = *Scorecard::parseKeys(QStringLiteral("day"), nullptr);
        options.zone = QTimeZone(5 * 3600); // "UTC+05:00": POSIX would read the sign the other way
        GroupedScorecard sql;
        QCOMPARE(archive->scorecard({}, options, 40, &sql), ArchiveBackend::Grouping::NotHere);
        options.keepRows = true;
        QCOMPARE(archive->scorecard({}, options, 40, &sql), ArchiveBackend::Grouping::NotHere);
        options.keepRows = false;
        // The connection is still usable after the abandoned transaction.
        options.zone = QTimeZone::utc();
        QCOMPARE(archive->scorecard({}, options, 40, &sql), ArchiveBackend::Grouping::Done);
        QVERIFY(!sql.groups.isEmpty());
    }

    // Schema 3 adds hangup_class; migrating from 2 fills it for the calls already there: the
    // stored class where the call has one, else the classifier's, as the in-memory path takes it.
    void migratesFromSchema2FillingTheClass()
    {
        const QString uri = newDatabase(QStringLiteral("migration"));
        QList<Call> calls = variedCalls().mid(0, 900);
        QString why;
        QVERIFY2(importCalls(uri, calls, 2, &why), qPrintable(why));
        {
            PGconn *conn = PQconnectdb(uri.toUtf8().constData());
            PGresult *r = PQexec(conn, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'calls' "
                                       "AND column_name = 'hangup_class'");
            QCOMPARE(QByteArray(PQgetvalue(r, 0, 0)), QByteArray("0"));
            PQclear(r);
            PQfinish(conn);
        }
        PgArchive archive;
        QVERIFY2(archive.open(uri, &why), qPrintable(why));
        QCOMPARE(archive.schemaVersion(), 3);

        PGconn *conn = PQconnectdb(uri.toUtf8().constData());
        PGresult *r = PQexec(conn, "SELECT provider, account, id, hangup_class FROM calls");
        QCOMPARE(PQntuples(r), int(calls.size()));
        QHash<QString, int> stored;
        for (int i = 0; i < PQntuples(r); ++i)
            stored.insert(QString::fromUtf8(PQgetvalue(r, i, 0)) + u'|' + QString::fromUtf8(PQgetvalue(r, i, 1)) + u'|'
                              + QString::fromUtf8(PQgetvalue(r, i, 2)),
                          PQgetisnull(r, i, 3) ? -1 : QByteArray(PQgetvalue(r, i, 3)).toInt());
        PQclear(r);
        PQfinish(conn);
        int explicitlySet = 0;
        for (const Call &c : calls) {
            HangupClass expected = c.hangupClass;
            if (expected == HangupClass::Unknown)
                expected = HangupClassifier::classify(c.provider, c.hangupCause, c.hangupCode, c.status).hangupClass;
            else if (expected != HangupClassifier::classify(c.provider, c.hangupCause, c.hangupCode, c.status).hangupClass)
                ++explicitlySet;
            QCOMPARE(stored.value(QString::number(int(c.provider)) + u'|' + c.account + u'|' + c.id, -2), int(expected));
        }
        QVERIFY(explicitlySet > 0); // the stored class, not the classifier's, where they differ

        Scorecard::Options options;
        options.keys = *Scorecard::parseKeys(QStringLiteral("hangup_class,provider"), nullptr);
        const std::unique_ptr<ArchiveBackend> backend = ArchiveBackend::open(uri, &why);
        QVERIFY2(backend, qPrintable(why));
        GroupedScorecard sql;
        QCOMPARE(backend->scorecard({}, options, 40, &sql), ArchiveBackend::Grouping::Done);
        const QString difference = firstDifference(sql.groups, Scorecard::compute(inMemory(uri, {}, 40), options));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestPgScorecard)
#include "tst_pgscorecard.moc"
