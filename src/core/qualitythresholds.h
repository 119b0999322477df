// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Good / average / bad bands for MOS, jitter and packet loss. Defaults from Plivo's
// published table (jitter <=10/10-30/>=30 ms, loss <0.5/0.5-0.9/>=0.9 %) and the common
// E-model reading of MOS (>=4.0 / 3.6-4.0 / <3.6). Editable by the user. A value type; any thread.

#include "call.h"

namespace cdr {

enum class QualityGrade : quint8 { None, Good, Average, Bad };

struct QualityProfile;

struct QualityThresholds
{
    double mosGood = 4.0;      ///< >= good
    double mosBad = 3.6;       ///< <  bad
    double jitterGood = 10.0;  ///< <= good
    double jitterBad = 30.0;   ///< >= bad
    double lossGood = 0.5;     ///< <  good
    double lossBad = 0.9;      ///< >= bad

    QualityGrade gradeMos(std::optional<double> mos) const;
    QualityGrade gradeJitter(std::optional<double> jitterMs) const;
    QualityGrade gradeLoss(std::optional<double> lossPct) const;
    /// The worst of the three grades (None when the call has no quality data).
    QualityGrade gradeCall(const Call &call) const;

    static QString gradeName(QualityGrade g); ///< "good", "average", "bad", "" (translated in UI)

    /// Ready-made profiles an analyst starts from; the first is the default above.
    static QList<QualityProfile> profiles();
    friend bool operator==(const QualityThresholds &, const QualityThresholds &) = default;
};

/// A named set of thresholds (QualityThresholds::profiles()).
struct QualityProfile
{
    const char *name; ///< untranslated, in context "cdr::QualityThresholds"
    QualityThresholds thresholds;
};

} // namespace cdr
