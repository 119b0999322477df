// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgscorecard.h"

#include "pgarchive.h"
#include "storagelogging.h"

#include <core/emodel.h>
#include <core/phoneregion.h>

#include <QElapsedTimer>

#include <libpq-fe.h>

#include <cmath>
#include <memory>

namespace cdr {

namespace {

using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

Result held(PGresult *r)
{
    return Result(r, &PQclear);
}

QString textAt(const PGresult *r, int row, int column)
{
    return QString::fromUtf8(PQgetvalue(r, row, column), PQgetlength(r, row, column));
}

// A double column of a lookup key, where NaN stands for "not reported".
std::optional<double> keyNumber(const PGresult *r, int row, int column)
{
    const QByteArray text(PQgetvalue(r, row, column));
    if (text == "NaN")
        return std::nullopt;
    return text.toDouble();
}

// A real aggregate (a percentile) as the in-memory records hold it, a float.
std::optional<double> realAt(const PGresult *r, int row, int column)
{
    if (PQgetisnull(r, row, column))
        return std::nullopt;
    return double(QByteArray(PQgetvalue(r, row, column)).toFloat());
}

qint64 countAt(const PGresult *r, int row, int column)
{
    return QByteArray(PQgetvalue(r, row, column)).toLongLong();
}

double sumAt(const PGresult *r, int row, int column)
{
    return PQgetisnull(r, row, column) ? 0.0 : QByteArray(PQgetvalue(r, row, column)).toDouble();
}

// One element of a PostgreSQL array literal, quoted.
QByteArray arrayText(const QString &value)
{
    QByteArray v = value.toUtf8();
    v.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + v + '"';
}

// The per-call values the in-memory path derives with the analyst's settings come from C++, once
// per distinct input: the inputs, named for the join back, as SQL over `calls c`.
struct KeyColumn
{
    const char *name;
    const char *sql;
};
// The codec matters only where the E-model runs (a reported loss); MOS <= 0 is no MOS.
constexpr KeyColumn kQualityKey[] = {
    { "codec", "CASE WHEN c.packet_loss_pct IS NULL THEN '' ELSE coalesce(c.codec, '') END" },
    { "loss", "coalesce(c.packet_loss_pct, 'NaN')" },
    { "jitter", "coalesce(c.jitter_ms, 'NaN')" },
    { "mos", "CASE WHEN c.mos > 0 THEN c.mos ELSE 'NaN' END" },
    { "error_log", "coalesce(c.error_log, 0)" },
};

QByteArray selectList(const KeyColumn *begin, const KeyColumn *end)
{
    QByteArray out;
    for (const KeyColumn *k = begin; k != end; ++k)
        out += QByteArray(out.isEmpty() ? "" : ", ") + k->sql + " AS " + k->name;
    return out;
}

QByteArray joinOn(const char *alias, const KeyColumn *begin, const KeyColumn *end)
{
    QByteArray out;
    for (const KeyColumn *k = begin; k != end; ++k)
        out += QByteArray(out.isEmpty() ? "" : " AND ") + alias + '.' + k->name + " = " + k->sql;
    return out;
}

} // namespace

bool PgScorecard::supports(const Scorecard::Options &options)
{
    return !options.keepRows;
}

ArchiveBackend::Grouping PgScorecard::compute(PgArchive &archive, const ScorecardInput::Options &input,
                                              const Scorecard::Options &options, double assumedDelayMs,
                                              GroupedScorecard *out)
{
    using Grouping = ArchiveBackend::Grouping;
    if (!supports(options))
        return Grouping::NotHere;
    if (!archive.m_conn) {
        archive.m_error = archive.describe(PgArchive::tr("not connected"));
        return Grouping::Failed;
    }
    const QByteArray inProgress = QByteArray::number(int(CallStatus::InProgress));
    QByteArray where = "c.call IS NOT NULL AND c.status IS DISTINCT FROM " + inProgress;
    if (options.provider)
        where += " AND c.provider = " + QByteArray::number(int(*options.provider));
    if (options.fromMs)
        where += " AND c.start_ms >= " + QByteArray::number(*options.fromMs);
    if (options.toMs)
        where += " AND c.start_ms < " + QByteArray::number(*options.toMs);
    bool needsPhone = false, needsZone = false;
    for (const ScorecardKey &k : options.keys) {
        needsPhone |= k.kind == ScorecardKey::Kind::Country || k.kind == ScorecardKey::Kind::Prefix;
        needsZone |= k.kind == ScorecardKey::Kind::Day || k.kind == ScorecardKey::Kind::Hour;
    }
    const QByteArray zone = options.zone.isValid() ? options.zone.id() : QByteArray("UTC");
    const QByteArray phoneAccount = input.accountRegions.isEmpty() ? "''" : "c.account";

    auto failed = [&archive] {
        const QString why = archive.m_error;
        archive.exec("ROLLBACK");
        archive.m_error = why;
        return Grouping::Failed;
    };
    QElapsedTimer clock;
    clock.start();
    // One snapshot for the lookups and the grouping, so a concurrent import is seen whole or not at all.
    if (!archive.exec("BEGIN ISOLATION LEVEL REPEATABLE READ") || !archive.exec("SET LOCAL work_mem = '64MB'"))
        return failed();

    if (needsZone) {
        const Result known = held(archive.query("SELECT 1 FROM pg_timezone_names WHERE name = $1", { zone }));
        if (!known)
            return failed();
        // Not a name in the server's tz database (an offset zone like "UTC+05:00", which the
        // server would read as POSIX, the sign reversed): the caller groups in memory.
        if (PQntuples(known.get()) == 0) {
            archive.exec("ROLLBACK");
            return Grouping::NotHere;
        }
    }

    const Result counts = held(archive.query(
        QByteArray("SELECT count(*), count(call), count(*) FILTER (WHERE call IS NOT NULL AND status = " + inProgress
                   + "), count(*) FILTER (WHERE call IS NOT NULL AND status IS DISTINCT FROM " + inProgress
                   + ") FROM calls")
            .constData(),
        {}));
    if (!counts)
        return failed();
    out->stored = countAt(counts.get(), 0, 0);
    out->readable = countAt(counts.get(), 0, 1);
    out->skipped = countAt(counts.get(), 0, 2);
    out->scored = countAt(counts.get(), 0, 3);

    // The E-model estimate and the impairment of each distinct quality input, by the same C++ as
    // in memory; the inputs go back as the server wrote them (its shortest exact text of each
    // double), with the answers, into one table the grouping joins. Calls without any quality
    // input match no row: no estimate, no quality data.
    {
        const Result r = held(archive.query(
            QByteArray("SELECT DISTINCT " + selectList(std::begin(kQualityKey), std::end(kQualityKey))
                       + " FROM calls c WHERE " + where
                       + " AND (c.mos > 0 OR c.jitter_ms IS NOT NULL OR c.packet_loss_pct IS NOT NULL OR c.error_log <> 0)")
                .constData(),
            {}));
        if (!r)
            return failed();
        QByteArray columns[8];
        for (QByteArray &c : columns)
            c = "{";
        for (int i = 0; i < PQntuples(r.get()); ++i) {
            Call call;
            call.codec = textAt(r.get(), i, 0);
            call.packetLossPct = keyNumber(r.get(), i, 1);
            call.jitterMs = keyNumber(r.get(), i, 2);
            call.mos = keyNumber(r.get(), i, 3);
            EModel::apply(call, assumedDelayMs);
            bool qualityKnown = false;
            const bool bad = ScorecardInput::isImpaired(call, quint8(QByteArray(PQgetvalue(r.get(), i, 4)).toInt()),
                                                        input.thresholds, &qualityKnown);
            const char *sep = i ? "," : "";
            columns[0] += sep + arrayText(call.codec);
            for (int k = 1; k <= 4; ++k)
                columns[k] += sep + QByteArray(PQgetvalue(r.get(), i, k));
            // As ScorecardInput keeps it: a float, 9 digits give it back exactly.
            columns[5] += sep
                + (call.mosEst && std::isfinite(*call.mosEst) ? QByteArray::number(double(float(*call.mosEst)), 'g', 9)
                                                              : QByteArray("NULL"));
            columns[6] += sep + QByteArray(bad ? "t" : "f");
            columns[7] += sep + QByteArray(qualityKnown ? "t" : "f");
        }
        QList<QByteArray> params;
        for (QByteArray &c : columns)
            params.append(c + '}');
        const Result created = held(archive.query(
            "CREATE TEMP TABLE cdr_sc_quality ON COMMIT DROP AS SELECT * FROM unnest($1::text[], $2::float8[], "
            "$3::float8[], $4::float8[], $5::smallint[], $6::real[], $7::boolean[], $8::boolean[]) "
            "AS u(codec, loss, jitter, mos, error_log, mos_est, impaired, known)",
            params));
        if (!created)
            return failed();
        qCDebug(lcStorage) << "scorecard: quality of" << PQntuples(r.get()) << "distinct inputs," << clock.restart() << "ms";
    }

    // Country and E.164 digits of each distinct destination (libphonenumber, as in memory).
    if (needsPhone) {
        const Result r = held(archive.query(QByteArray("SELECT DISTINCT " + phoneAccount
                                                       + ", coalesce(c.to_number, '') FROM calls c WHERE " + where)
                                                .constData(),
                                            {}));
        if (!r)
            return failed();
        PhoneRegion phone;
        QByteArray accounts = "{", numbers = "{", countries = "{", digits = "{";
        for (int i = 0; i < PQntuples(r.get()); ++i) {
            const QString account = textAt(r.get(), i, 0);
            const QString number = textAt(r.get(), i, 1);
            const PhoneRegion::Result dest = phone.resolve(number, input.accountRegions.value(account, input.defaultRegion));
            const char *sep = i ? "," : "";
            accounts += sep + arrayText(account);
            numbers += sep + arrayText(number);
            countries += sep + arrayText(dest.region);
            digits += sep + arrayText(QString::fromLatin1(dest.e164Text()));
        }
        const Result created = held(archive.query(
            "CREATE TEMP TABLE cdr_sc_phone ON COMMIT DROP AS SELECT * FROM unnest($1::text[], $2::text[], $3::text[], "
            "$4::text[]) AS u(account, to_number, country, e164)",
            { accounts + '}', numbers + '}', countries + '}', digits + '}' }));
        if (!created)
            return failed();
        qCDebug(lcStorage) << "scorecard: regions of" << PQntuples(r.get()) << "distinct destinations," << clock.restart() << "ms";
    }

    // The grouping. Keys come back as text; provider and class as numbers, named in C++.
    QByteArray keys, keyNames;
    for (qsizetype i = 0; i < options.keys.size(); ++i) {
        const ScorecardKey &k = options.keys.at(i);
        const QByteArray local = "timezone($1::text, timestamptz 'epoch' + c.start_ms * interval '1 millisecond')";
        QByteArray sql;
        switch (k.kind) {
        case ScorecardKey::Kind::Provider: sql = "c.provider::text"; break;
        case ScorecardKey::Kind::Account: sql = "c.account"; break;
        case ScorecardKey::Kind::Direction: sql = "coalesce(lower(c.direction), '')"; break;
        case ScorecardKey::Kind::Codec: sql = "coalesce(c.codec, '')"; break;
        case ScorecardKey::Kind::HangupClass: sql = "coalesce(c.hangup_class, 0)::text"; break;
        case ScorecardKey::Kind::Day: sql = "coalesce(to_char(" + local + ", 'YYYY-MM-DD'), '')"; break;
        case ScorecardKey::Kind::Hour: sql = "coalesce(to_char(" + local + ", 'HH24'), '')"; break;
        case ScorecardKey::Kind::Country: sql = "p.country"; break;
        case ScorecardKey::Kind::Prefix: sql = "left(p.e164, " + QByteArray::number(k.digits) + ')'; break;
        }
        const QByteArray name = 'k' + QByteArray::number(i);
        keys += sql + " AS " + name + ", ";
        keyNames += (keyNames.isEmpty() ? "" : ", ") + name;
    }
    QByteArray nerClasses;
    for (int c = 0; c <= int(HangupClass::MediaFailure); ++c) {
        if (Scorecard::countsForNer(HangupClass(c)))
            nerClasses += (nerClasses.isEmpty() ? "" : ",") + QByteArray::number(c);
    }
    const QByteArray answered = "c.status = " + QByteArray::number(int(CallStatus::Answered));
    QByteArray sql = "SELECT " + keyNames + (keyNames.isEmpty() ? "" : ", ")
        + "count(*), count(*) FILTER (WHERE s.answered), count(*) FILTER (WHERE s.answered OR s.ner_class), "
          "count(s.talk), sum(s.talk::float8), count(*) FILTER (WHERE s.talk < "
        + QByteArray::number(Scorecard::kShortCallS)
        + "), "
          "percentile_disc(0.5) WITHIN GROUP (ORDER BY s.pdd), percentile_disc(0.95) WITHIN GROUP (ORDER BY s.pdd), "
          "count(s.mos), sum(s.mos::float8), percentile_disc(0.05) WITHIN GROUP (ORDER BY s.mos), "
          "count(s.mos_est), sum(s.mos_est::float8), percentile_disc(0.05) WITHIN GROUP (ORDER BY s.mos_est), "
          "count(*) FILTER (WHERE s.known), count(*) FILTER (WHERE s.impaired) "
          "FROM (SELECT "
        + keys + answered + " AS answered, coalesce(c.hangup_class, 0) IN (" + nerClasses
        + ") AS ner_class, "
          "CASE WHEN "
        + answered
        + " THEN c.talk_s::real END AS talk, c.post_dial_delay_ms::real AS pdd, "
          "CASE WHEN c.mos > 0 THEN c.mos::real END AS mos, q.mos_est, q.known, q.impaired "
          "FROM calls c LEFT JOIN cdr_sc_quality q ON "
        + joinOn("q", std::begin(kQualityKey), std::end(kQualityKey));
    if (needsPhone)
        sql += " LEFT JOIN cdr_sc_phone p ON p.account = " + phoneAccount + " AND p.to_number = coalesce(c.to_number, '')";
    sql += " WHERE " + where + ") s";
    if (!keyNames.isEmpty())
        sql += " GROUP BY " + keyNames;
    // Without keys: one group, or none when no call is left (as in memory).
    sql += " HAVING count(*) > 0";
    const Result r = held(archive.query(sql.constData(), needsZone ? QList<QByteArray>{ zone } : QList<QByteArray>()));
    if (!r)
        return failed();
    if (!archive.exec("COMMIT"))
        return failed();
    qCDebug(lcStorage) << "scorecard: grouped into" << PQntuples(r.get()) << "groups," << clock.restart() << "ms";

    const int nk = int(options.keys.size());
    out->groups.clear();
    out->groups.reserve(PQntuples(r.get()));
    for (int i = 0; i < PQntuples(r.get()); ++i) {
        ScorecardGroup g;
        for (int k = 0; k < nk; ++k) {
            const QString v = textAt(r.get(), i, k);
            switch (options.keys.at(k).kind) {
            case ScorecardKey::Kind::Provider: g.keys.append(providerName(Provider(v.toInt()))); break;
            case ScorecardKey::Kind::HangupClass: g.keys.append(hangupClassName(HangupClass(v.toInt()))); break;
            default: g.keys.append(v); break;
            }
        }
        ScorecardTotals t;
        int c = nk;
        t.calls = countAt(r.get(), i, c++);
        t.answered = countAt(r.get(), i, c++);
        t.ner = countAt(r.get(), i, c++);
        t.talkN = countAt(r.get(), i, c++);
        t.talkSum = sumAt(r.get(), i, c++);
        t.shortN = countAt(r.get(), i, c++);
        t.pddP50Ms = realAt(r.get(), i, c++);
        t.pddP95Ms = realAt(r.get(), i, c++);
        t.mosN = countAt(r.get(), i, c++);
        t.mosSum = sumAt(r.get(), i, c++);
        t.mosP5 = realAt(r.get(), i, c++);
        t.mosEstN = countAt(r.get(), i, c++);
        t.mosEstSum = sumAt(r.get(), i, c++);
        t.mosEstP5 = realAt(r.get(), i, c++);
        t.qualityN = countAt(r.get(), i, c++);
        t.impairedN = countAt(r.get(), i, c++);
        g.kpis = Scorecard::kpis(t);
        out->groups.append(std::move(g));
    }
    Scorecard::sortGroups(out->groups);
    return Grouping::Done;
}

} // namespace cdr
