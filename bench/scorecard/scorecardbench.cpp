// SPDX-License-Identifier: GPL-3.0-or-later
// cdr-scorecard-bench: the scorecard at N calls (default 1,000,000). Prints one JSON object on
// stdout, each step beside the naive Qt way measured in this same run on the same calls:
//
// - reduce: Calls -> ScorecardInput (country by libphonenumber, impairment, interning);
// - the app's path: CallStore rows -> ScorecardInput (ScorecardStoreInput) as the tab does;
// - group: Scorecard::compute by provider,country (and by day,hour and prefix:4);
// - naive: a QVariantMap per call (the same country lookup, so only the grouping differs),
//   grouped in a QMap<QString, QList<QVariantMap>> and the KPIs computed per group from it.
//
// The two results are compared (calls, answered, ASR, MOS p5 per group) and "agree" says so.
// It asserts nothing: numbers are for notes and for people.
//
//   cdr-scorecard-bench [--calls N]

#include <core/bulkrow.h>
#include <core/emodel.h>
#include <core/phoneregion.h>
#include <core/scorecard.h>
#include <models/callstore.h>
#include <models/scorecardstoreinput.h>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTimeZone>

#include <cmath>
#include <cstdio>
#include <numeric>
#include <thread>

#include <stdlib.h>

using namespace cdr;

namespace {

void note(const QString &s)
{
    std::fprintf(stderr, "cdr-scorecard-bench: %s\n", qPrintable(s));
}

double round1(double v)
{
    return std::round(v * 10) / 10;
}

struct Rng
{
    quint64 s;
    quint64 next()
    {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        return s >> 33;
    }
    double uniform() { return double(next() % 1000000) / 1e6; }
    QString digits(int n)
    {
        QString out;
        out.reserve(n);
        for (int i = 0; i < n; ++i)
            out += QChar(u'0' + int(next() % 10));
        return out;
    }
};

// A realistic month: four providers, destinations in IN/US/GB/AU (some written without "+"),
// answer rates and quality that differ by provider.
Call makeCall(Rng &rng, qint64 i, qint64 n, const QDateTime &start)
{
    static const Provider providers[] = {Provider::Plivo, Provider::Vobiz, Provider::CarrierX, Provider::NexBro};
    static const char *const codecs[] = {"PCMU", "PCMA", "G729", "opus"};
    Call c;
    c.provider = providers[rng.next() % 4];
    c.id = QString::number(i);
    c.account = QStringLiteral("acct-%1").arg(rng.next() % 3);
    c.direction = rng.next() % 3 ? QStringLiteral("outbound") : QStringLiteral("inbound");
    const double where = rng.uniform();
    if (where < 0.45)
        c.to = QStringLiteral("+91") + QChar(u'6' + int(rng.next() % 4)) + rng.digits(9);
    else if (where < 0.75)
        c.to = QStringLiteral("+1") + QChar(u'2' + int(rng.next() % 8)) + rng.digits(2) + QChar(u'2' + int(rng.next() % 8))
            + rng.digits(6);
    else if (where < 0.85)
        c.to = QStringLiteral("+447") + rng.digits(9);
    else if (where < 0.92)
        c.to = QStringLiteral("+614") + rng.digits(8);
    else
        c.to = QStringLiteral("9") + rng.digits(9); // national, read in the default region
    c.startTime = start.addMSecs(i * (30LL * 86400000) / n);
    const double a = rng.uniform();
    const double answerRate = c.provider == Provider::CarrierX ? 0.55 : 0.7;
    if (a < answerRate) {
        c.status = CallStatus::Answered;
        c.hangupClass = HangupClass::Normal;
        c.talkS = rng.uniform() < 0.1 ? rng.uniform() * 10 : 10 + rng.uniform() * 300;
        // Two decimals, as the providers send them (the table's store keeps 4).
        auto cents = [](double v) { return std::round(v * 100) / 100; };
        if (c.provider == Provider::NexBro || c.provider == Provider::Vobiz)
            c.mos = cents(2.5 + rng.uniform() * 2.0);
        c.packetLossPct = cents(rng.uniform() * rng.uniform() * 3);
        c.jitterMs = cents(rng.uniform() * 40);
        c.codec = QString::fromLatin1(codecs[rng.next() % 4]);
        if (c.provider == Provider::NexBro && rng.uniform() < 0.2) {
            for (int k = 0; k < 4; ++k) {
                ErrorInterval e;
                e.start = c.startTime.addSecs(5 + 11 * k);
                e.stop = e.start.addSecs(3);
                e.flaws = 1 + int(rng.next() % 9);
                c.errorLog.append(e);
            }
        }
        EModel::apply(c);
    } else {
        c.status = a < answerRate + 0.12 ? CallStatus::NoAnswer : a < answerRate + 0.2 ? CallStatus::Busy
                                                                                       : CallStatus::Failed;
        c.hangupClass = c.status == CallStatus::NoAnswer ? HangupClass::NoAnswer
            : c.status == CallStatus::Busy             ? HangupClass::Busy
                                                       : HangupClass::NetworkFailure;
    }
    if (rng.uniform() < 0.6)
        c.postDialDelayMs = 800 + rng.uniform() * 4000;
    if (rng.uniform() < 0.002)
        c.status = CallStatus::InProgress;
    return c;
}

// The naive scorecard: what a first version written with Qt containers would do.
struct NaiveKpis
{
    qint64 calls = 0, answered = 0;
    double asr = 0;
    std::optional<double> mosP5;
};

QMap<QString, NaiveKpis> naiveScorecard(const QList<QVariantMap> &rows)
{
    QMap<QString, QList<QVariantMap>> groups;
    for (const QVariantMap &r : rows) {
        if (r.value(QStringLiteral("status")).toString() == QLatin1String("in-progress"))
            continue;
        const QString key = r.value(QStringLiteral("provider")).toString() + u'|' + r.value(QStringLiteral("country")).toString();
        groups[key].append(r);
    }
    QMap<QString, NaiveKpis> out;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        NaiveKpis k;
        QList<double> mos, est, pdd;
        double talk = 0;
        qint64 talkN = 0, ner = 0;
        for (const QVariantMap &r : it.value()) {
            ++k.calls;
            const QString status = r.value(QStringLiteral("status")).toString();
            const QString cls = r.value(QStringLiteral("hangup_class")).toString();
            if (status == QLatin1String("answered")) {
                ++k.answered;
                ++ner;
                if (r.contains(QStringLiteral("talk_s"))) {
                    talk += r.value(QStringLiteral("talk_s")).toDouble();
                    ++talkN;
                }
            } else if (cls == QLatin1String("busy") || cls == QLatin1String("no_answer")
                       || cls == QLatin1String("rejected") || cls == QLatin1String("unavailable")) {
                ++ner;
            }
            if (r.contains(QStringLiteral("mos")))
                mos.append(r.value(QStringLiteral("mos")).toDouble());
            if (r.contains(QStringLiteral("mos_est")))
                est.append(r.value(QStringLiteral("mos_est")).toDouble());
            if (r.contains(QStringLiteral("pdd_ms")))
                pdd.append(r.value(QStringLiteral("pdd_ms")).toDouble());
        }
        k.asr = 100.0 * double(k.answered) / double(k.calls);
        std::sort(mos.begin(), mos.end());
        std::sort(est.begin(), est.end());
        std::sort(pdd.begin(), pdd.end());
        if (!mos.isEmpty())
            k.mosP5 = mos.at(std::max<qsizetype>(1, (mos.size() * 5 + 99) / 100) - 1);
        Q_UNUSED(talk);
        out.insert(it.key(), k);
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // the store input uses cdrmodels (Qt::Gui); no window opens
    QCommandLineParser parser;
    const QCommandLineOption callsOpt(QStringLiteral("calls"), QStringLiteral("Calls to score (default 1000000)."),
                                      QStringLiteral("n"), QStringLiteral("1000000"));
    parser.addOption(callsOpt);
    parser.addHelpOption();
    parser.process(app);
    bool ok = false;
    const qint64 n = parser.value(callsOpt).toLongLong(&ok);
    if (!ok || n < 1000 || n > 20000000) {
        std::fprintf(stderr, "cdr-scorecard-bench: --calls must be a number between 1000 and 20000000\n");
        return 2;
    }

    ScorecardInput::Options options;
    options.defaultRegion = QStringLiteral("IN");
    ScorecardInput input(options);
    input.reserve(n);
    CallStore store;
    store.reserve(quint32(n));
    BulkRowBuffer buffer;
    QList<QVariantMap> naiveRows;
    naiveRows.reserve(n);
    PhoneRegion naivePhone;

    note(QStringLiteral("generating and reducing %1 calls").arg(n));
    Rng rng{12345};
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
    qint64 reduceNs = 0, naiveRowNs = 0;
    QElapsedTimer t;
    for (qint64 i = 0; i < n; ++i) {
        const Call c = makeCall(rng, i, n, start);
        t.start();
        input.add(c, quint32(i));
        reduceNs += t.nsecsElapsed();
        t.start();
        QVariantMap row;
        row.insert(QStringLiteral("provider"), providerName(c.provider));
        row.insert(QStringLiteral("country"), naivePhone.resolve(c.to, options.defaultRegion).region);
        row.insert(QStringLiteral("status"), statusName(c.status));
        row.insert(QStringLiteral("hangup_class"), hangupClassName(c.hangupClass));
        if (c.talkS)
            row.insert(QStringLiteral("talk_s"), *c.talkS);
        if (c.mos)
            row.insert(QStringLiteral("mos"), *c.mos);
        if (c.mosEst)
            row.insert(QStringLiteral("mos_est"), *c.mosEst);
        if (c.postDialDelayMs)
            row.insert(QStringLiteral("pdd_ms"), *c.postDialDelayMs);
        naiveRows.append(row);
        naiveRowNs += t.nsecsElapsed();
        store.append(buffer.set(c));
    }

    QJsonObject out;
    out.insert(u"calls", n);
    out.insert(u"reduce_ms", round1(reduceNs / 1e6));
    out.insert(u"reduce_ns_per_call", round1(double(reduceNs) / double(n)));
    out.insert(u"input_bytes_per_call", round1(double(sizeof(ScorecardInput::Record))));

    auto timeCompute = [&input](const QString &by, QList<ScorecardGroup> *groups) {
        Scorecard::Options o;
        o.keys = *Scorecard::parseKeys(by, nullptr);
        o.keepRows = true; // as the tab does, for the drill-down
        QElapsedTimer timer;
        timer.start();
        *groups = Scorecard::compute(input, o);
        return timer.nsecsElapsed() / 1e6;
    };
    QList<ScorecardGroup> byCountry, byHour, byPrefix;
    out.insert(u"group_provider_country_ms", round1(timeCompute(QStringLiteral("provider,country"), &byCountry)));
    out.insert(u"group_day_hour_ms", round1(timeCompute(QStringLiteral("day,hour"), &byHour)));
    out.insert(u"group_prefix4_ms", round1(timeCompute(QStringLiteral("prefix:4"), &byPrefix)));
    out.insert(u"groups_provider_country", byCountry.size());

    note(QStringLiteral("naive grouping"));
    QElapsedTimer nt;
    nt.start();
    const QMap<QString, NaiveKpis> naive = naiveScorecard(naiveRows);
    const double naiveGroupMs = nt.nsecsElapsed() / 1e6;
    out.insert(u"naive_rows_ms", round1(naiveRowNs / 1e6));
    out.insert(u"naive_group_provider_country_ms", round1(naiveGroupMs));
    out.insert(u"naive_total_ms", round1(naiveRowNs / 1e6 + naiveGroupMs));
    out.insert(u"scorecard_total_ms", round1(reduceNs / 1e6 + out.value(u"group_provider_country_ms").toDouble()));

    bool agree = naive.size() == byCountry.size();
    for (const ScorecardGroup &g : std::as_const(byCountry)) {
        const auto it = naive.constFind(g.keys.join(u'|'));
        agree = agree && it != naive.cend() && it->calls == g.kpis.calls && it->answered == g.kpis.answered
            && std::abs(it->asr - *g.kpis.asrPct) < 1e-9
            && (it->mosP5.has_value() == g.kpis.mosP5.has_value())
            && (!it->mosP5 || std::abs(*it->mosP5 - *g.kpis.mosP5) < 1e-4);
    }
    out.insert(u"agree", agree);
    naiveRows.clear();
    naiveRows.squeeze();

    note(QStringLiteral("the app's path: store rows -> input"));
    std::vector<quint32> rows(store.size());
    std::iota(rows.begin(), rows.end(), 0u);
    QElapsedTimer st;
    st.start();
    (void)ScorecardStoreInput::build(store, rows, options, EModel::kDefaultAssumedDelayMs, nullptr, 2);
    out.insert(u"app_store_to_input_2_threads_ms", round1(st.nsecsElapsed() / 1e6));
    st.start();
    const auto storeInput = ScorecardStoreInput::build(store, rows, options, EModel::kDefaultAssumedDelayMs);
    out.insert(u"app_store_to_input_ms", round1(st.nsecsElapsed() / 1e6)); // the tab's default: 1 thread
    out.insert(u"cores", int(std::max(1u, std::thread::hardware_concurrency())));
    out.insert(u"load_average_1min", [] {
        double l = 0;
        return getloadavg(&l, 1) == 1 ? round1(l) : -1.0;
    }());
    Scorecard::Options o;
    o.keys = *Scorecard::parseKeys(QStringLiteral("provider,country"), nullptr);
    o.keepRows = true;
    st.start();
    const QList<ScorecardGroup> appGroups = Scorecard::compute(*storeInput, o);
    out.insert(u"app_group_provider_country_ms", round1(st.nsecsElapsed() / 1e6));
    out.insert(u"app_groups", appGroups.size());
    out.insert(u"store_bytes_per_call", round1(double(store.bytes()) / double(store.size())));
    // The store keeps post-dial delay and the error log's bits: the tab's PDD and impaired KPIs
    // equal those computed from the Calls themselves.
    bool appAgrees = appGroups.size() == byCountry.size();
    for (qsizetype i = 0; appAgrees && i < appGroups.size(); ++i) {
        const ScorecardKpis &a = appGroups.at(i).kpis, &b = byCountry.at(i).kpis;
        appAgrees = appGroups.at(i).keys == byCountry.at(i).keys
            && a.value(ScorecardKpis::PddP50Ms) == b.value(ScorecardKpis::PddP50Ms)
            && a.value(ScorecardKpis::PddP95Ms) == b.value(ScorecardKpis::PddP95Ms)
            && a.value(ScorecardKpis::ImpairedCallPct) == b.value(ScorecardKpis::ImpairedCallPct);
    }
    out.insert(u"app_pdd_impaired_agree", appAgrees);

    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return agree && appAgrees ? 0 : 1;
}
