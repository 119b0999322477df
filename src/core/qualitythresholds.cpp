// SPDX-License-Identifier: GPL-3.0-or-later
#include "qualitythresholds.h"

#include <iterator>

using namespace Qt::StringLiterals;

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
    // Indexed by QualityGrade's value; None has no name.
    static const QString names[] = {QString(), u"good"_s, u"average"_s, u"bad"_s};
    const size_t i = size_t(g);
    return i < std::size(names) ? names[i] : QString();
}

QList<QualityProfile> QualityThresholds::profiles()
{
    return {
        {QT_TRANSLATE_NOOP("cdr::QualityThresholds", "Default (common VoIP bands: MOS 4.0 / 3.6, jitter 10 / 30 ms, loss 0.5 / 0.9 %)"), QualityThresholds()},
        {QT_TRANSLATE_NOOP("cdr::QualityThresholds", "Strict (contact centre, wideband)"),
         {.mosGood = 4.2, .mosBad = 3.8, .jitterGood = 5, .jitterBad = 20, .lossGood = 0.25, .lossBad = 0.5}},
        {QT_TRANSLATE_NOOP("cdr::QualityThresholds", "Lenient (mobile, long-haul)"),
         {.mosGood = 3.8, .mosBad = 3.3, .jitterGood = 20, .jitterBad = 50, .lossGood = 1.0, .lossBad = 2.0}},
    };
}

} // namespace cdr
