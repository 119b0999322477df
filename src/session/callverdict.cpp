// SPDX-License-Identifier: GPL-3.0-or-later
#include "callverdict.h"

#include <core/timelinedata.h>
#include <core/hangupcatalog.h>
#include <core/qualityprovenance.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cdr {

namespace {

std::optional<double> usable(std::optional<double> v)
{
    return v && *v > 0.0 && std::isfinite(*v) ? v : std::nullopt;
}

// QualityThresholds::gradeName's words, marked here for lupdate since they are translated here.
[[maybe_unused]] constexpr const char *kGradeNames[] = {
    QT_TRANSLATE_NOOP("cdr::CallVerdict", "good"),
    QT_TRANSLATE_NOOP("cdr::CallVerdict", "average"),
    QT_TRANSLATE_NOOP("cdr::CallVerdict", "bad"),
};

QString gradeText(QualityGrade g)
{
    const QString name = QualityThresholds::gradeName(g);
    return name.isEmpty() ? QString() : u" ("_s + CallVerdict::tr(name.toUtf8().constData()) + u')';
}

} // namespace

QString CallVerdict::formatNumber(double v, int maxDecimals)
{
    return QualityProvenance::formatNumber(v, maxDecimals);
}

QStringList CallVerdict::parts(const Call &call, const QualityThresholds &thresholds)
{
    QStringList out;
    const HangupExplanation hangup = HangupCatalog::explain(call);
    const QString cause = !hangup.title.isEmpty() ? hangup.title : call.hangupCause;

    // Outcome: only said when the call did not simply get answered.
    switch (call.status) {
    case CallStatus::Answered:
    case CallStatus::Unknown:
        break;
    case CallStatus::NoAnswer:
        out << (call.ringS ? tr("not answered after %1 s of ringing").arg(formatNumber(*call.ringS, 1))
                           : tr("not answered"));
        break;
    case CallStatus::Busy: out << tr("busy"); break;
    case CallStatus::Failed: out << tr("failed"); break;
    case CallStatus::Canceled: out << tr("canceled by the caller"); break;
    case CallStatus::InProgress: out << tr("still in progress"); break;
    }
    if (call.status != CallStatus::Answered && call.status != CallStatus::Unknown && !cause.isEmpty())
        out.last() += u": "_s + cause;
    else if (call.status == CallStatus::Answered && !hangup.isNormal && hangup.known && !cause.isEmpty())
        out << tr("ended abnormally: %1").arg(cause);

    // Degradation from the error log, on the same axis as the timeline.
    if (!call.errorLog.isEmpty()) {
        const TimelineData d = TimelineData::fromCall(call);
        if (!d.bands.isEmpty()) {
            double first = d.bands.constFirst().startS;
            double last = d.bands.constFirst().stopS;
            for (const TimelineBand &b : d.bands) {
                first = std::min(first, b.startS);
                last = std::max(last, b.stopS);
            }
            // A plural form (each language has its own rule), read as a sentence in every language.
            out << tr("audio degraded from %1 s to %2 s: %3 flaws in %n interval(s)", nullptr, int(d.bands.size()))
                       .arg(std::llround(first))
                       .arg(std::llround(last))
                       .arg(d.totalFlaws);
        }
    }

    // Quality: per direction when the provider reports it so (NexBro), else per call (Vobiz).
    QStringList quality;
    bool perDirection = false;
    if (call.audio) {
        const std::pair<QString, const AudioDirection *> dirs[] = {{tr("inbound"), &call.audio->inbound},
                                                                     {tr("outbound"), &call.audio->outbound}};
        for (const auto &[name, dir] : dirs) {
            if (const auto mos = usable(dir->value(u"mos"_s))) {
                quality << tr("%1 MOS %2%3").arg(name, formatNumber(*mos), gradeText(thresholds.gradeMos(mos)));
                perDirection = true;
            }
        }
    }
    if (!perDirection) {
        if (const auto mos = usable(call.mos))
            quality << tr("MOS %1%2").arg(formatNumber(*mos), gradeText(thresholds.gradeMos(mos)));
        const bool media = usable(call.mos).has_value();
        if (call.jitterMs && (media || *call.jitterMs > 0))
            quality << tr("jitter %1 ms%2").arg(formatNumber(*call.jitterMs), gradeText(thresholds.gradeJitter(call.jitterMs)));
        if (call.packetLossPct && (media || *call.packetLossPct > 0))
            quality << tr("packet loss %1 %%2")
                           .arg(formatNumber(*call.packetLossPct), gradeText(thresholds.gradeLoss(call.packetLossPct)));
    }
    if (!quality.isEmpty()) {
        out << quality.join(u", "_s);
    } else if (call.provider == Provider::CarrierX || call.provider == Provider::Plivo) {
        out << tr("%1 reports no media quality").arg(providerDisplayName(call.provider));
    } else if (call.status == CallStatus::Answered && !call.audio) {
        out << tr("no media quality reported");
    }
    // An answered call without flaw intervals leads with how long it talked.
    if (call.status == CallStatus::Answered && call.errorLog.isEmpty())
        out.prepend(call.talkS ? tr("answered, %1 s of talk").arg(formatNumber(*call.talkS, 1)) : tr("answered"));
    if (out.isEmpty())
        out << tr("no outcome or quality reported");
    return out;
}

QString CallVerdict::text(const Call &call, const QualityThresholds &thresholds)
{
    return parts(call, thresholds).join(u"; "_s);
}

QString CallVerdict::headline(const Call &call, const QualityThresholds &thresholds)
{
    // The grade is spelled out, never left to a colour alone.
    const QString gradeName = QualityThresholds::gradeName(grade(call, thresholds));
    const QString sentence = text(call, thresholds);
    return gradeName.isEmpty() ? sentence : tr("Quality %1: %2").arg(tr(gradeName.toUtf8().constData()), sentence);
}

QualityGrade CallVerdict::grade(const Call &call, const QualityThresholds &thresholds)
{
    return thresholds.gradeCall(call);
}

} // namespace cdr
