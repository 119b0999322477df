// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PgScorecard: the scorecard of a team archive grouped in SQL on the server, so a scorecard over
// millions of calls moves a few rows per group instead of every call. The result equals
// Scorecard::compute over the same calls loaded and prepared as the `scorecard` command
// prepares them (tst_pgscorecard compares them field by field):
//
// - grouping and counting are SQL (GROUP BY on the table columns; the hangup class is schema 3's
//   column, written at import); percentiles are percentile_disc over the values as the in-memory
//   records hold them (real), which is the nearest rank ceil(p n); sums are over the same reals.
// - what the in-memory path derives per call with the analyst's settings stays C++, run once per
//   distinct input on the server and joined back by number: the E-model estimate (assumed delay)
//   and whether the call is impaired (thresholds) per distinct (codec, loss, jitter, MOS, error
//   log); the destination's country and E.164 digits (PhoneRegion, the default region) per
//   distinct destination, only when country or prefix is a key.
// - the KPIs come from the group totals through Scorecard::kpis(), as compute() makes them.
//   Means can differ from the in-memory ones in the last bits of a double (another summation
//   order), never at the exported precision.
//
// Day and hour are the server's reading of the zone (its tz database). A zone it does not know
// by name and group rows (keepRows, the app's drill-down) are not done here (NotHere): the
// caller loads the calls and groups in memory.
//
// Threading: runs on the archive's connection, on the thread that owns the archive; blocks
// while the server works.

#include "archivebackend.h"

#include <core/scorecard.h>
#include <core/scorecardinput.h>

namespace cdr {

class PgArchive;

class PgScorecard
{
public:
    /// False for what only loaded calls give (keepRows).
    static bool supports(const Scorecard::Options &options);
    /// Groups every stored call (with options' filters) on archive's server. Failed: see the
    /// archive's lastError(). One snapshot: an import meanwhile is seen whole or not at all.
    static ArchiveBackend::Grouping compute(PgArchive &archive, const ScorecardInput::Options &input,
                                            const Scorecard::Options &options, double assumedDelayMs,
                                            GroupedScorecard *out);
};

} // namespace cdr
