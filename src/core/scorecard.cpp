// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecard.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

namespace cdr {

namespace {

constexpr quint64 kNone = ~quint64(0);
constexpr qint64 kDayMs = 86400000;
constexpr qint64 kHourMs = 3600000;
// Zone offsets change only at UTC quarter hours (every offset is a multiple of 15 minutes and
// transitions happen at local whole or half hours), so one lookup per quarter hour is exact.
constexpr qint64 kOffsetBucketMs = 900000;

using KeyCodes = std::array<quint64, Scorecard::kMaxKeys>;

struct KeyHash
{
    size_t operator()(const KeyCodes &k) const noexcept
    {
        quint64 h = 0x9e3779b97f4a7c15ull;
        for (quint64 v : k) {
            h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
        }
        return size_t(h);
    }
};

struct Accumulator
{
    KeyCodes key{};
    qint64 calls = 0, answered = 0, ner = 0, talkN = 0, shortN = 0, qualityN = 0, impairedN = 0;
    double talkSum = 0, mosSum = 0, mosEstSum = 0;
    std::vector<float> pdd, mos, mosEst;
    std::vector<quint32> rows;
};

class OffsetCache
{
public:
    explicit OffsetCache(const QTimeZone &zone)
        : m_zone(zone)
        , m_utc(zone == QTimeZone::utc() || !zone.isValid())
    {
    }
    qint64 localMs(qint64 utcMs)
    {
        if (m_utc)
            return utcMs;
        const qint64 bucket = utcMs >= 0 ? utcMs / kOffsetBucketMs : (utcMs - kOffsetBucketMs + 1) / kOffsetBucketMs;
        if (bucket != m_lastBucket) {
            auto it = m_offsets.find(bucket);
            if (it == m_offsets.end()) {
                const int s = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(bucket * kOffsetBucketMs, QTimeZone::utc()));
                it = m_offsets.emplace(bucket, qint64(s) * 1000).first;
            }
            m_lastBucket = bucket;
            m_lastOffset = it->second;
        }
        return utcMs + m_lastOffset;
    }

private:
    QTimeZone m_zone;
    bool m_utc;
    qint64 m_lastBucket = std::numeric_limits<qint64>::min();
    qint64 m_lastOffset = 0;
    std::unordered_map<qint64, qint64> m_offsets;
};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : (a - b + 1) / b;
}

quint64 pow10(int n)
{
    quint64 v = 1;
    while (n-- > 0)
        v *= 10;
    return v;
}

double rounded(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("cdr::Scorecard", text);
}

} // namespace

QString ScorecardKey::name() const
{
    switch (kind) {
    case Kind::Provider: return QStringLiteral("provider");
    case Kind::Account: return QStringLiteral("account");
    case Kind::Direction: return QStringLiteral("direction");
    case Kind::Codec: return QStringLiteral("codec");
    case Kind::HangupClass: return QStringLiteral("hangup_class");
    case Kind::Day: return QStringLiteral("day");
    case Kind::Hour: return QStringLiteral("hour");
    case Kind::Country: return QStringLiteral("country");
    case Kind::Prefix: return QStringLiteral("prefix:%1").arg(digits);
    }
    return {};
}

std::optional<double> ScorecardKpis::value(Kpi kpi) const
{
    auto r = [](const std::optional<double> &v, int decimals) -> std::optional<double> {
        return v ? std::optional<double>(rounded(*v, decimals)) : std::nullopt;
    };
    switch (kpi) {
    case Calls: return double(calls);
    case Answered: return double(answered);
    case AsrPct: return r(asrPct, 2);
    case NerPct: return r(nerPct, 2);
    case AcdS: return r(acdS, 1);
    case ShortCallPct: return r(shortCallPct, 2);
    case PddP50Ms: return r(pddP50Ms, 0);
    case PddP95Ms: return r(pddP95Ms, 0);
    case MosMean: return r(mosMean, 2);
    case MosP5: return r(mosP5, 2);
    case MosEstMean: return r(mosEstMean, 2);
    case MosEstP5: return r(mosEstP5, 2);
    case ImpairedCallPct: return r(impairedCallPct, 2);
    case KpiCount: break;
    }
    return std::nullopt;
}

std::optional<QList<ScorecardKey>> Scorecard::parseKeys(const QString &spec, QString *error)
{
    QList<ScorecardKey> keys;
    for (const QString &raw : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed().toLower();
        ScorecardKey k;
        static const std::pair<const char *, ScorecardKey::Kind> plain[] = {
            {"provider", ScorecardKey::Kind::Provider}, {"account", ScorecardKey::Kind::Account},
            {"direction", ScorecardKey::Kind::Direction}, {"codec", ScorecardKey::Kind::Codec},
            {"hangup_class", ScorecardKey::Kind::HangupClass}, {"day", ScorecardKey::Kind::Day},
            {"hour", ScorecardKey::Kind::Hour}, {"country", ScorecardKey::Kind::Country}};
        bool found = false;
        for (const auto &[n, kind] : plain) {
            if (name == QLatin1String(n)) {
                k.kind = kind;
                found = true;
            }
        }
        if (!found && name.startsWith(QLatin1String("prefix:"))) {
            bool ok = false;
            k.kind = ScorecardKey::Kind::Prefix;
            k.digits = name.mid(7).toInt(&ok);
            found = ok && k.digits >= 1 && k.digits <= 15;
            if (!found) {
                if (error)
                    *error = tr("\"%1\": prefix needs a digit count from 1 to 15, e.g. prefix:3").arg(raw.trimmed());
                return std::nullopt;
            }
        }
        if (!found) {
            if (error)
                *error = tr("unknown group key \"%1\"; use provider, account, direction, codec, hangup_class, day, "
                            "hour, country or prefix:N")
                             .arg(raw.trimmed());
            return std::nullopt;
        }
        if (keys.contains(k)) {
            if (error)
                *error = tr("group key \"%1\" is given twice").arg(k.name());
            return std::nullopt;
        }
        keys.append(k);
    }
    if (keys.size() > kMaxKeys) {
        if (error)
            *error = tr("at most %1 group keys").arg(kMaxKeys);
        return std::nullopt;
    }
    return keys;
}

std::optional<double> Scorecard::nearestRank(std::vector<float> &values, int percent)
{
    if (values.empty())
        return std::nullopt;
    const qint64 n = qint64(values.size());
    const qint64 rank = std::max<qint64>(1, (n * percent + 99) / 100);
    auto nth = values.begin() + (rank - 1);
    std::nth_element(values.begin(), nth, values.end());
    return double(*nth);
}

QList<ScorecardGroup> Scorecard::compute(const ScorecardInput &input, const Options &options,
                                         const std::atomic<bool> *cancel)
{
    const QList<ScorecardKey> &keys = options.keys;
    const int nKeys = int(std::min<qsizetype>(keys.size(), kMaxKeys));
    OffsetCache offsets(options.zone);
    std::unordered_map<KeyCodes, quint32, KeyHash> index;
    std::vector<Accumulator> groups;

    const auto &records = input.records();
    for (size_t i = 0; i < records.size(); ++i) {
        if (cancel && (i & 0xffff) == 0 && cancel->load(std::memory_order_relaxed))
            return {};
        const ScorecardInput::Record &r = records[i];
        const bool timeKnown = r.startMs != std::numeric_limits<qint64>::min();
        if ((options.fromMs && (!timeKnown || r.startMs < *options.fromMs))
            || (options.toMs && (!timeKnown || r.startMs >= *options.toMs)))
            continue;
        if (options.provider && r.provider != *options.provider)
            continue;
        KeyCodes code{};
        qint64 local = 0;
        bool localDone = false;
        for (int k = 0; k < nKeys; ++k) {
            const ScorecardKey &key = keys[k];
            switch (key.kind) {
            case ScorecardKey::Kind::Provider: code[k] = quint64(r.provider); break;
            case ScorecardKey::Kind::Account: code[k] = r.account; break;
            case ScorecardKey::Kind::Direction: code[k] = r.direction; break;
            case ScorecardKey::Kind::Codec: code[k] = r.codec; break;
            case ScorecardKey::Kind::HangupClass: code[k] = quint64(r.hangupClass); break;
            case ScorecardKey::Kind::Country: code[k] = r.country; break;
            case ScorecardKey::Kind::Day:
            case ScorecardKey::Kind::Hour:
                if (!timeKnown) {
                    code[k] = kNone;
                    break;
                }
                if (!localDone) {
                    local = offsets.localMs(r.startMs);
                    localDone = true;
                }
                code[k] = key.kind == ScorecardKey::Kind::Day ? quint64(floorDiv(local, kDayMs))
                                                              : quint64((local - floorDiv(local, kDayMs) * kDayMs) / kHourMs);
                break;
            case ScorecardKey::Kind::Prefix:
                if (!r.e164Digits) {
                    code[k] = kNone;
                } else {
                    const int n = std::min<int>(key.digits, r.e164Digits);
                    code[k] = (r.e164 / pow10(r.e164Digits - n)) * 32 + quint64(n);
                }
                break;
            }
        }
        auto [it, fresh] = index.try_emplace(code, quint32(groups.size()));
        if (fresh) {
            groups.emplace_back();
            groups.back().key = code;
        }
        Accumulator &a = groups[it->second];
        ++a.calls;
        const bool answered = r.status == CallStatus::Answered;
        if (answered) {
            ++a.answered;
            ++a.ner;
            if (!std::isnan(r.talkS)) {
                ++a.talkN;
                a.talkSum += r.talkS;
                if (r.talkS < kShortCallS)
                    ++a.shortN;
            }
        } else if (countsForNer(r.hangupClass)) {
            ++a.ner;
        }
        if (!std::isnan(r.pddMs))
            a.pdd.push_back(r.pddMs);
        if (!std::isnan(r.mos)) {
            a.mos.push_back(r.mos);
            a.mosSum += r.mos;
        }
        if (!std::isnan(r.mosEst)) {
            a.mosEst.push_back(r.mosEst);
            a.mosEstSum += r.mosEst;
        }
        if (r.qualityKnown) {
            ++a.qualityN;
            if (r.impaired)
                ++a.impairedN;
        }
        if (options.keepRows)
            a.rows.push_back(r.row);
    }

    QList<ScorecardGroup> out;
    out.reserve(qsizetype(groups.size()));
    for (Accumulator &a : groups) {
        ScorecardGroup g;
        for (int k = 0; k < nKeys; ++k) {
            const quint64 c = a.key[k];
            QString v;
            switch (keys[k].kind) {
            case ScorecardKey::Kind::Provider: v = providerName(Provider(c)); break;
            case ScorecardKey::Kind::Account: v = input.accounts().value(qsizetype(c)); break;
            case ScorecardKey::Kind::Direction: v = input.directions().value(qsizetype(c)); break;
            case ScorecardKey::Kind::Codec: v = input.codecs().value(qsizetype(c)); break;
            case ScorecardKey::Kind::HangupClass: v = hangupClassName(HangupClass(c)); break;
            case ScorecardKey::Kind::Country: v = input.countries().value(qsizetype(c)); break;
            case ScorecardKey::Kind::Day:
                if (c != kNone)
                    v = QDate(1970, 1, 1).addDays(qint64(c)).toString(Qt::ISODate);
                break;
            case ScorecardKey::Kind::Hour:
                if (c != kNone)
                    v = QStringLiteral("%1").arg(c, 2, 10, QLatin1Char('0'));
                break;
            case ScorecardKey::Kind::Prefix:
                if (c != kNone)
                    v = QString::number(c / 32).rightJustified(int(c % 32), u'0');
                break;
            }
            g.keys.append(v);
        }
        ScorecardTotals t;
        t.calls = a.calls;
        t.answered = a.answered;
        t.ner = a.ner;
        t.talkN = a.talkN;
        t.talkSum = a.talkSum;
        t.shortN = a.shortN;
        t.pddP50Ms = nearestRank(a.pdd, 50);
        t.pddP95Ms = nearestRank(a.pdd, 95);
        t.mosN = qint64(a.mos.size());
        t.mosSum = a.mosSum;
        t.mosP5 = nearestRank(a.mos, 5);
        t.mosEstN = qint64(a.mosEst.size());
        t.mosEstSum = a.mosEstSum;
        t.mosEstP5 = nearestRank(a.mosEst, 5);
        t.qualityN = a.qualityN;
        t.impairedN = a.impairedN;
        g.kpis = kpis(t);
        g.rows = std::move(a.rows);
        out.append(std::move(g));
    }
    sortGroups(out);
    return out;
}

ScorecardKpis Scorecard::kpis(const ScorecardTotals &t)
{
    ScorecardKpis m;
    m.calls = t.calls;
    m.answered = t.answered;
    if (t.calls) {
        m.asrPct = 100.0 * double(t.answered) / double(t.calls);
        m.nerPct = 100.0 * double(t.ner) / double(t.calls);
    }
    if (t.talkN) {
        m.acdS = t.talkSum / double(t.talkN);
        m.shortCallPct = 100.0 * double(t.shortN) / double(t.talkN);
    }
    m.pddP50Ms = t.pddP50Ms;
    m.pddP95Ms = t.pddP95Ms;
    if (t.mosN)
        m.mosMean = t.mosSum / double(t.mosN);
    m.mosP5 = t.mosP5;
    if (t.mosEstN)
        m.mosEstMean = t.mosEstSum / double(t.mosEstN);
    m.mosEstP5 = t.mosEstP5;
    if (t.qualityN)
        m.impairedCallPct = 100.0 * double(t.impairedN) / double(t.qualityN);
    return m;
}

bool Scorecard::countsForNer(HangupClass c)
{
    return c == HangupClass::Busy || c == HangupClass::NoAnswer || c == HangupClass::Rejected
        || c == HangupClass::Unavailable;
}

void Scorecard::sortGroups(QList<ScorecardGroup> &groups)
{
    std::sort(groups.begin(), groups.end(), [](const ScorecardGroup &x, const ScorecardGroup &y) { return x.keys < y.keys; });
}

QString Scorecard::kpiName(ScorecardKpis::Kpi kpi)
{
    static const char *const names[] = {"calls", "answered", "asr_pct", "ner_pct", "acd_s", "short_call_pct",
                                        "pdd_p50_ms", "pdd_p95_ms", "mos_mean", "mos_p5", "mos_est_mean",
                                        "mos_est_p5", "impaired_call_pct"};
    return kpi >= 0 && kpi < ScorecardKpis::KpiCount ? QString::fromLatin1(names[kpi]) : QString();
}

QString Scorecard::kpiDefinition(ScorecardKpis::Kpi kpi)
{
    switch (kpi) {
    case ScorecardKpis::Calls: return tr("calls in the group; in-progress calls are left out");
    case ScorecardKpis::Answered: return tr("calls with status answered");
    case ScorecardKpis::AsrPct: return tr("answer-seizure ratio (ITU-T E.411): 100 × answered / calls");
    case ScorecardKpis::NerPct:
        return tr("network effectiveness ratio (ITU-T E.425, GSMA IR.42): 100 × (answered + calls ended busy, "
                  "no answer, rejected or unavailable) / calls");
    case ScorecardKpis::AcdS: return tr("average call duration: total talk time of answered calls / answered calls, in seconds");
    case ScorecardKpis::ShortCallPct: return tr("100 × answered calls with less than 10 s of talk / answered calls");
    case ScorecardKpis::PddP50Ms: return tr("median post-dial delay (nearest rank), in ms, where it is known");
    case ScorecardKpis::PddP95Ms: return tr("95th percentile of post-dial delay (nearest rank), in ms");
    case ScorecardKpis::MosMean:
        return tr("mean MOS as reported by the provider (Vobiz: per call; NexBro: inbound audio_stats, "
                  "FreeSWITCH-style from the flaw ratio, not an E-model), so not comparable across providers");
    case ScorecardKpis::MosP5:
        return tr("5th percentile of reported MOS: the value at rank ⌈0.05·n⌉ in ascending order");
    case ScorecardKpis::MosEstMean:
        return tr("mean E-model estimate (simplified ITU-T G.107), computed from reported loss and jitter and the "
                  "codec, one-way delay assumed; the same model for every provider");
    case ScorecardKpis::MosEstP5: return tr("5th percentile (nearest rank) of the E-model estimate");
    case ScorecardKpis::ImpairedCallPct:
        return tr("100 × impaired calls / calls with quality data; impaired: graded bad on reported MOS, jitter or "
                  "loss (or on the estimate where no MOS is reported), or 3 of 5 consecutive 10 s intervals with flaws");
    case ScorecardKpis::KpiCount: break;
    }
    return {};
}

QString Scorecard::keyDefinition(const ScorecardKey &key)
{
    switch (key.kind) {
    case ScorecardKey::Kind::Provider: return tr("provider, lower-case name");
    case ScorecardKey::Kind::Account: return tr("account the call was fetched under");
    case ScorecardKey::Kind::Direction: return tr("call direction");
    case ScorecardKey::Kind::Codec: return tr("codec as the provider reports it");
    case ScorecardKey::Kind::HangupClass: return tr("why the call ended, comparable across providers");
    case ScorecardKey::Kind::Day: return tr("day of the start, in the report's time zone");
    case ScorecardKey::Kind::Hour: return tr("hour of day of the start (00-23), in the report's time zone");
    case ScorecardKey::Kind::Country:
        return tr("destination country, ISO 3166 alpha-2 (libphonenumber); ZZ: unknown");
    case ScorecardKey::Kind::Prefix: return tr("first %1 digits of the E.164 destination").arg(key.digits);
    }
    return {};
}

bool Scorecard::higherIsBetter(ScorecardKpis::Kpi kpi)
{
    switch (kpi) {
    case ScorecardKpis::ShortCallPct:
    case ScorecardKpis::PddP50Ms:
    case ScorecardKpis::PddP95Ms:
    case ScorecardKpis::ImpairedCallPct:
        return false;
    default:
        return true;
    }
}

} // namespace cdr
