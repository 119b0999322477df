// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The plain-language verdict of one call, e.g. "audio degraded from 6 s to 45 s: 62 flaws in
// 8 intervals; inbound MOS 4.46 (good)". Pure functions of the Call and the thresholds (no
// widgets), shared by the detail pane, the PDF report and the tests. Any thread.

#include <core/call.h>
#include <core/qualitythresholds.h>

#include <QCoreApplication>

namespace cdr {

class CallVerdict
{
    Q_DECLARE_TR_FUNCTIONS(cdr::CallVerdict)
public:
    static QString text(const Call &call, const QualityThresholds &thresholds);
    /// text() led by the grade in words ("Quality bad: ..."), as the pane and the report show it.
    static QString headline(const Call &call, const QualityThresholds &thresholds);
    /// The parts text() joins with "; ", in order: outcome, degradation, quality.
    static QStringList parts(const Call &call, const QualityThresholds &thresholds);
    /// "good" / "average" / "bad" with the metric, or "" when nothing is graded.
    static QualityGrade grade(const Call &call, const QualityThresholds &thresholds);
    static QString formatNumber(double v, int maxDecimals = 2);
};

} // namespace cdr
