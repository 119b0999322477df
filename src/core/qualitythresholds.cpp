// SPDX-License-Identifier: GPL-3.0-or-later
#include "qualitythresholds.h"

namespace cdr {

QualityGrade QualityThresholds::gradeMos(std::optional<double> mos) const
{
    // MOS 0 is how Vobiz says "no media" (unanswered): not a grade at all.
    if (!mos || *mos <= 0)
        return QualityGrade::None;
    if (*mos >= mosGood)
        return QualityGrade::Good;
    return *mos < mosBad ? QualityGrade::Bad : QualityGrade::Average;
}

QualityGrade QualityThresholds::gradeJitter(std::optional<double> jitterMs) const
{
    if (!jitterMs)
        return QualityGrade::None;
    if (*jitterMs <= jitterGood)
        return QualityGrade::Good;
    return *jitterMs >= jitterBad ? QualityGrade::Bad : QualityGrade::Average;
}

QualityGrade QualityThresholds::gradeLoss(std::optional<double> lossPct) const
{
    if (!lossPct)
        return QualityGrade::None;
    if (*lossPct < lossGood)
        return QualityGrade::Good;
    return *lossPct >= lossBad ? QualityGrade::Bad : QualityGrade::Average;
}

QualityGrade QualityThresholds::gradeCall(const Call &call) const
{
    const QualityGrade grades[] = {gradeMos(call.mos), gradeJitter(call.jitterMs), gradeLoss(call.packetLossPct)};
    QualityGrade worst = QualityGrade::None;
    for (QualityGrade g : grades) {
        if (int(g) > int(worst))
            worst = g;
    }
    return worst;
}

QString QualityThresholds::gradeName(QualityGrade g)
{
    switch (g) {
    case QualityGrade::Good: return QStringLiteral("good");
    case QualityGrade::Average: return QStringLiteral("average");
    case QualityGrade::Bad: return QStringLiteral("bad");
    case QualityGrade::None: break;
    }
    return {};
}

QList<QualityProfile> QualityThresholds::profiles()
{
    QualityThresholds strict;
    strict.mosGood = 4.2;
    strict.mosBad = 3.8;
    strict.jitterGood = 5;
    strict.jitterBad = 20;
    strict.lossGood = 0.25;
    strict.lossBad = 0.5;
    QualityThresholds lenient;
    lenient.mosGood = 3.8;
    lenient.mosBad = 3.3;
    lenient.jitterGood = 20;
    lenient.jitterBad = 50;
    lenient.lossGood = 1.0;
    lenient.lossBad = 2.0;
    return {
        {QT_TRANSLATE_NOOP("cdr::QualityThresholds", "Default (common VoIP bands: MOS 4.0 / 3.6, jitter 10 / 30 ms, loss 0.5 / 0.9 %)"), QualityThresholds()},
        {QT_TRANSLATE_NOOP("cdr::QualityThresholds", "Strict (contact centre, wideband)"), strict},
        {QT_TRANSLATE_NOOP("cdr::QualityThresholds", "Lenient (mobile, long-haul)"), lenient},
    };
}

} // namespace cdr
