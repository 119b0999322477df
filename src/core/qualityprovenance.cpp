// SPDX-License-Identifier: GPL-3.0-or-later
#include "qualityprovenance.h"

#include "displayformat.h"

#include "emodel.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace cdr {

namespace {

struct AudioKey
{
    QLatin1StringView key;
    const char *label;
    const char *unit; ///< untranslated symbol or word ("" = none)
};

// Keys of NexBro's audio_stats (FreeSWITCH's RTP statistics) that have a name and a unit here;
// any other key is shown under its own name without a unit.
const AudioKey kAudioKeys[] = {
    {"mos"_L1, QT_TRANSLATE_NOOP("cdr::QualityProvenance", "MOS"), ""},
    {"jitter_min_variance"_L1, QT_TRANSLATE_NOOP("cdr::QualityProvenance", "Jitter min variance"), "ms²"},
    {"jitter_max_variance"_L1, QT_TRANSLATE_NOOP("cdr::QualityProvenance", "Jitter max variance"), "ms²"},
    {"jitter_loss_rate"_L1, QT_TRANSLATE_NOOP("cdr::QualityProvenance", "Loss rate"), "%"},
    {"jitter_burst_rate"_L1, QT_TRANSLATE_NOOP("cdr::QualityProvenance", "Burst rate"), "%"},
    {"quality_percentage"_L1, QT_TRANSLATE_NOOP("cdr::QualityProvenance", "Quality"), "%"},
    {"packet_count"_L1, QT_TRANSLATE_NOOP("cdr::QualityProvenance", "Packets"), "packets"},
    {"media_packet_count"_L1, QT_TRANSLATE_NOOP("cdr::QualityProvenance", "Media"), "packets"},
    {"skip_packet_count"_L1, QT_TRANSLATE_NOOP("cdr::QualityProvenance", "Skip"), "packets"},
    {"flush_packet_count"_L1, QT_TRANSLATE_NOOP("cdr::QualityProvenance", "Flush"), "packets"},
    {"cng_packet_count"_L1, QT_TRANSLATE_NOOP("cdr::QualityProvenance", "CNG"), "packets"},
    {"dtmf_packet_count"_L1, QT_TRANSLATE_NOOP("cdr::QualityProvenance", "DTMF"), "packets"},
    {"jitter_packet_count"_L1, QT_TRANSLATE_NOOP("cdr::QualityProvenance", "Jitter-buffer packets"), "packets"},
    {"rtcp_packet_count"_L1, QT_TRANSLATE_NOOP("cdr::QualityProvenance", "RTCP packets"), "packets"},
    {"mean_interval"_L1, QT_TRANSLATE_NOOP("cdr::QualityProvenance", "Mean packet interval"), "ms"},
    {"raw_bytes"_L1, QT_TRANSLATE_NOOP("cdr::QualityProvenance", "Raw bytes"), "bytes"},
    {"media_bytes"_L1, QT_TRANSLATE_NOOP("cdr::QualityProvenance", "Media bytes"), "bytes"},
    {"rtcp_octet_count"_L1, QT_TRANSLATE_NOOP("cdr::QualityProvenance", "RTCP octets"), "bytes"},
    {"flaw_total"_L1, QT_TRANSLATE_NOOP("cdr::QualityProvenance", "Flaws"), "flaws"},
};

const AudioKey *audioKey(const QString &key)
{
    for (const AudioKey &k : kAudioKeys) {
        if (k.key == key)
            return &k;
    }
    return nullptr;
}

bool isVariance(const QString &key)
{
    return key == "jitter_min_variance"_L1 || key == "jitter_max_variance"_L1;
}

QString directionText(const QString &direction)
{
    return direction == "outbound"_L1 ? QualityProvenance::tr("outbound") : QualityProvenance::tr("inbound");
}

} // namespace

QString QualityProvenance::formatNumber(double value, int maxDecimals)
{
    return DisplayFormat::number(value, maxDecimals); // the chosen locale's digits and separators
}

QString QualityProvenance::withUnit(double value, const QString &unit, int maxDecimals)
{
    const QString n = formatNumber(value, maxDecimals);
    if (unit.isEmpty())
        return n;
    // "packets" and "bytes" are words; the symbols are spaced too (SI: "1.2 %", "8 ms").
    return tr("%1 %2", "number and unit").arg(n, unit);
}

QString QualityProvenance::gradeText(QualityGrade grade)
{
    switch (grade) {
    case QualityGrade::Good: return tr("good");
    case QualityGrade::Average: return tr("average");
    case QualityGrade::Bad: return tr("bad");
    case QualityGrade::None: break;
    }
    return QString();
}

QString QualityFact::valueText() const
{
    if (!value)
        return QString();
    const int decimals = key == "r_factor"_L1 ? 1 : 2;
    return QualityProvenance::withUnit(*value, unit, decimals);
}

QString QualityFact::text() const
{
    if (!value)
        return QString();
    const QString grade = QualityProvenance::gradeText(this->grade);
    const QString v = grade.isEmpty() ? valueText() : QualityProvenance::tr("%1 (%2)").arg(valueText(), grade);
    return source.isEmpty() ? v : QualityProvenance::tr("%1, %2", "value, source").arg(v, source);
}

QString QualityProvenance::reportedBy(const Call &call)
{
    if (call.provider == Provider::Unknown)
        return tr("reported in the input");
    return tr("reported by %1").arg(providerDisplayName(call.provider));
}

QString QualityProvenance::mosSource(const Call &call)
{
    // NexBro's call-level MOS is the inbound audio_stats one (ProviderNormalizer).
    if (call.provider == Provider::NexBro)
        return audioSource(call, u"inbound"_s, u"mos"_s);
    return reportedBy(call);
}

QString QualityProvenance::audioSource(const Call &call, const QString &direction, const QString &key)
{
    const QString provider =
        call.provider == Provider::Unknown ? tr("the provider") : providerDisplayName(call.provider);
    const QString base = direction.isEmpty()
                             ? tr("reported by %1 (audio_stats)").arg(provider)
                             : tr("reported by %1 (audio_stats, %2)").arg(provider, directionText(direction));
    if (key == "mos"_L1)
        return tr("%1: FreeSWITCH-style MOS from the flaw ratio, not an E-model").arg(base);
    if (isVariance(key))
        return tr("%1: a variance in ms², not jitter in ms").arg(base);
    return base;
}

QString QualityProvenance::varianceNote()
{
    return tr("jitter variances are in ms², not jitter in ms");
}

QString QualityProvenance::estimateSource(const Call &call)
{
    if (!call.mosEst && !call.rFactor)
        return QString();
    if (!call.packetLossPct)
        return tr("computed: E-model (inputs not recorded)");
    const double loss = *call.packetLossPct;
    const QString lossText = withUnit(loss, u"%"_s);
    QString inputs = call.jitterMs
                         ? tr("loss %1 and jitter %2 %3").arg(lossText, withUnit(*call.jitterMs, u"ms"_s), reportedBy(call))
                         : tr("loss %1 %2 (jitter not reported, 0 ms used)").arg(lossText, reportedBy(call));
    const std::optional<double> delay = EModel::assumedDelayIn(call.mosEstBasis);
    const QString delayText = delay ? tr("delay assumed %1").arg(withUnit(*delay, u"ms"_s))
                                    : tr("delay assumed (value not recorded)");
    const EModel::CodecParams codec = EModel::codecForCall(call.codec, loss);
    QString codecText;
    if (codec.known)
        codecText = tr("codec %1 (%2)").arg(codec.name, codec.given);
    else if (codec.given.isEmpty())
        codecText = tr("codec not reported, G.711 values used");
    else
        codecText = tr("%1 has no G.113 value, G.711 values used").arg(codec.given);
    return tr("computed: E-model from %1, %2, %3").arg(inputs, delayText, codecText);
}

QString QualityProvenance::audioLabel(const QString &key)
{
    if (const AudioKey *k = audioKey(key))
        return tr(k->label);
    return key;
}

QString QualityProvenance::audioUnit(const QString &key)
{
    const AudioKey *k = audioKey(key);
    if (!k || !*k->unit)
        return QString();
    const QString unit = QString::fromUtf8(k->unit);
    // The words are translated; the symbols are not.
    if (unit == "packets"_L1)
        return tr("packets");
    if (unit == "bytes"_L1)
        return tr("bytes");
    if (unit == "flaws"_L1)
        return tr("flaws");
    return unit;
}

QString QualityProvenance::audioLabelWithUnit(const QString &key)
{
    const QString unit = audioUnit(key);
    return unit.isEmpty() ? audioLabel(key) : tr("%1 (%2)", "label (unit)").arg(audioLabel(key), unit);
}

QList<QualityFact> QualityProvenance::facts(const Call &call, const QualityThresholds &thresholds)
{
    QList<QualityFact> out;
    auto dropped = [&call](const char *key) { return call.invalid.contains(QLatin1StringView(key)); };

    // Vobiz sends mos 0 for "no media": the normalizer stores null, so a MOS here is a real one.
    if (call.mos || dropped("mos")) {
        QualityFact f{u"mos"_s, call.provider == Provider::NexBro ? tr("MOS (inbound)") : tr("MOS"), call.mos,
                      QString(), thresholds.gradeMos(call.mos), mosSource(call)};
        out << f;
    }
    if (call.audio) {
        if (const auto m = call.audio->outbound.value(u"mos"_s); m && *m > 0)
            out << QualityFact{u"audio.outbound.mos"_s, tr("MOS (outbound)"), m, QString(), thresholds.gradeMos(m),
                               audioSource(call, u"outbound"_s, u"mos"_s)};
    }
    if (call.jitterMs || dropped("jitter_ms"))
        out << QualityFact{u"jitter_ms"_s, tr("Jitter"), call.jitterMs, u"ms"_s, thresholds.gradeJitter(call.jitterMs),
                           reportedBy(call)};
    if (call.packetLossPct || dropped("packet_loss_pct"))
        out << QualityFact{u"packet_loss_pct"_s, tr("Packet loss"), call.packetLossPct, u"%"_s,
                           thresholds.gradeLoss(call.packetLossPct), reportedBy(call)};
    const QString estimate = estimateSource(call);
    if (call.rFactor)
        out << QualityFact{u"r_factor"_s, tr("R-factor (estimate)"), call.rFactor, QString(), QualityGrade::None,
                           estimate, true};
    if (call.mosEst)
        out << QualityFact{u"mos_est"_s, tr("MOS estimate"), call.mosEst, QString(), thresholds.gradeMos(call.mosEst),
                           estimate, true};
    // NexBro's jitter variances: shown as what they are, never graded on the jitter bands.
    if (call.audio) {
        const std::pair<QString, const AudioDirection *> sides[] = {{u"inbound"_s, &call.audio->inbound},
                                                                      {u"outbound"_s, &call.audio->outbound}};
        for (const auto &[direction, side] : sides) {
            for (const QString &key : {u"jitter_min_variance"_s, u"jitter_max_variance"_s}) {
                if (const auto v = side->value(key))
                    out << QualityFact{u"audio."_s + direction + u'.' + key,
                                       tr("%1 (%2)", "label (direction)").arg(audioLabel(key), directionText(direction)),
                                       v, audioUnit(key), QualityGrade::None, audioSource(call, direction, key)};
            }
        }
    }
    return out;
}

std::optional<QualityFact> QualityProvenance::fact(const Call &call, const QualityThresholds &thresholds,
                                                   const QString &key)
{
    const QList<QualityFact> all = facts(call, thresholds);
    for (const QualityFact &f : all) {
        if (f.key == key)
            return f;
    }
    return std::nullopt;
}

} // namespace cdr
