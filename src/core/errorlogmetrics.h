// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ErrorLogMetrics: what a call's error log (its media flaw intervals) comes to, as numbers an
// analyst can compare across calls. Definitions (docs/quality-analytics.md):
//
// - impaired seconds: the length of the union of the intervals with flaws (overlaps count once);
// - worst window: the kWindowS-second window [t, t + kWindowS) holding the most flaws, counting
//   each interval's flaws at its start; t is the start of one of the intervals (the earliest on
//   a tie), so the window is found exactly;
// - time to first flaw: from the answer (the start when there is no answer time) to the first
//   interval with flaws, never negative;
// - sustained degradation: the call, from the answer on, cut into kWindowS-second slots; true
//   when some kSustainedOf consecutive slots hold at least kSustainedMin slots that an interval
//   with flaws overlaps ("3 of 5 consecutive intervals with flaws").
//
// Intervals without a start are skipped; without a stop, duration_s gives the end. A pure value
// computation: any thread.

#include "call.h"

#include <optional>

namespace cdr {

struct ErrorLogMetrics
{
    static constexpr int kWindowS = 10;
    static constexpr int kSustainedOf = 5;
    static constexpr int kSustainedMin = 3;

    bool hasLog = false;           ///< the call has at least one usable interval with flaws
    double impairedS = 0;
    int worstWindowFlaws = 0;
    QDateTime worstWindowStart;    ///< UTC; invalid when !hasLog
    std::optional<double> timeToFirstFlawS;
    bool sustained = false;

    static ErrorLogMetrics compute(const Call &call);
};

} // namespace cdr
