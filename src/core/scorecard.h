// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Scorecard: carrier KPIs (ITU-T E.411, E.425, GSMA IR.42) for any set of calls, grouped by any
// keys. The definitions, printed under every export (kpiDefinition()):
//
//   calls            calls in the group (in-progress calls are left out before anything else)
//   answered         calls with status answered
//   asr_pct          100 x answered / calls
//   ner_pct          100 x (answered + calls whose hangup_class is busy, no_answer, rejected or
//                    unavailable) / calls
//   acd_s            total talk_s of the answered calls / answered (answered calls with a talk_s)
//   short_call_pct   100 x answered calls with talk_s < 10 / answered (with a talk_s)
//   pdd_p50_ms, pdd_p95_ms   nearest-rank percentiles of post-dial delay, where it is known
//   mos_mean, mos_p5         mean and nearest-rank 5th percentile (the value at rank
//                            ceil(0.05 n) in ascending order) of the reported MOS
//   mos_est_mean, mos_est_p5 the same over the E-model estimate
//   impaired_call_pct        100 x impaired calls / calls with quality data; impaired: graded bad
//                            on reported MOS, jitter or loss, or on mos_est where no MOS is
//                            reported, or with sustained degradation in the error log
//
// A KPI without data (no calls answered, no PDD known, ...) is empty (null in JSON).
// Group keys: provider, account, direction, codec, hangup_class, day and hour (of the start, in
// the given zone; hour is the hour of day, 00-23), country (alpha-2, ZZ unknown) and prefix:N
// (the first N digits of the E.164 destination). Groups come sorted by their key values.
//
// compute() is a pure function of its input: run it on any thread.

#include "scorecardinput.h"

#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <atomic>
#include <optional>
#include <vector>

namespace cdr {

struct ScorecardKey
{
    enum class Kind : quint8 { Provider, Account, Direction, Codec, HangupClass, Day, Hour, Country, Prefix };
    Kind kind = Kind::Provider;
    int digits = 0; ///< prefix:N only

    QString name() const; ///< as written in --by ("prefix:3")
    friend bool operator==(const ScorecardKey &, const ScorecardKey &) = default;
};

struct ScorecardKpis
{
    enum Kpi {
        Calls, Answered, AsrPct, NerPct, AcdS, ShortCallPct, PddP50Ms, PddP95Ms,
        MosMean, MosP5, MosEstMean, MosEstP5, ImpairedCallPct, KpiCount
    };
    qint64 calls = 0;
    qint64 answered = 0;
    std::optional<double> asrPct, nerPct, acdS, shortCallPct, pddP50Ms, pddP95Ms, mosMean, mosP5, mosEstMean,
        mosEstP5, impairedCallPct;

    /// The value of one KPI, rounded as exported (percentages 0.01, seconds 0.1, ms 1, MOS 0.01).
    std::optional<double> value(Kpi kpi) const;
    friend bool operator==(const ScorecardKpis &, const ScorecardKpis &) = default;
};

/// What a group's KPIs come from: counts, sums and nearest-rank percentiles. compute() makes one
/// per group, and so does a back end that groups where the calls are (PgScorecard, in SQL);
/// Scorecard::kpis() turns either into the KPIs, so their definitions live in one place.
struct ScorecardTotals
{
    qint64 calls = 0, answered = 0, ner = 0, talkN = 0, shortN = 0, qualityN = 0, impairedN = 0;
    qint64 mosN = 0, mosEstN = 0;
    double talkSum = 0, mosSum = 0, mosEstSum = 0;
    std::optional<double> pddP50Ms, pddP95Ms, mosP5, mosEstP5;
};

struct ScorecardGroup
{
    QStringList keys;             ///< one value per key, "" when the call has none
    ScorecardKpis kpis;
    std::vector<quint32> rows;    ///< the callers' row numbers of the group's calls (keepRows)
};

class Scorecard
{
public:
    struct Options
    {
        QList<ScorecardKey> keys;
        QTimeZone zone = QTimeZone::utc();
        std::optional<qint64> fromMs;     ///< inclusive, UTC epoch ms
        std::optional<qint64> toMs;       ///< exclusive
        std::optional<Provider> provider; ///< only this provider's calls
        bool keepRows = false;
    };

    static constexpr double kShortCallS = 10;

    /// "provider,country,prefix:3" -> keys; nullopt with *error naming the bad key.
    static std::optional<QList<ScorecardKey>> parseKeys(const QString &spec, QString *error);
    /// Groups and KPIs; empty when *cancel became true.
    static QList<ScorecardGroup> compute(const ScorecardInput &input, const Options &options,
                                         const std::atomic<bool> *cancel = nullptr);

    /// The KPIs of one group's totals.
    static ScorecardKpis kpis(const ScorecardTotals &totals);
    /// True when an unanswered call that ended this way counts for NER (busy, no answer,
    /// rejected, unavailable: the network did its part).
    static bool countsForNer(HangupClass hangupClass);
    /// Puts groups in compute()'s order: by their key values.
    static void sortGroups(QList<ScorecardGroup> &groups);

    static QString kpiName(ScorecardKpis::Kpi kpi);        ///< "asr_pct"
    static QString kpiDefinition(ScorecardKpis::Kpi kpi); ///< one sentence, translated
    static QString keyDefinition(const ScorecardKey &key); ///< translated
    /// KPIs where a higher value is better (asr, ner, acd, mos...), for colouring and deltas.
    static bool higherIsBetter(ScorecardKpis::Kpi kpi);

    /// Nearest-rank percentile (values are reordered): the value at 1-based rank
    /// ceil(percent n / 100) in ascending order; integer arithmetic, so rank 1 of 20 at 5 %.
    static std::optional<double> nearestRank(std::vector<float> &values, int percent);
    static constexpr int kMaxKeys = 8;
};

} // namespace cdr

Q_DECLARE_METATYPE(cdr::ScorecardGroup)
