// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ScorecardStoreInput: a ScorecardInput over CallStore rows (the app's loaded calls), so the
// Scorecard tab scores exactly what the call table holds and a group's rows are store rows the
// table can filter to. Each row becomes a table-level Call (CallStore::call), its hangup class
// comes from HangupClassCache and its E-model estimate from EModel with the analyst's assumed
// delay. The store keeps the post-dial delay and what the error log comes to (BulkRow::errorLog),
// so every KPI equals the `scorecard` command's on the same calls (tst_scorecardpage checks it).
//
// A pure function of the store rows (the store is only read, from as many threads as it
// splits the rows over): run it off the UI thread.

#include "callstore.h"

#include <core/scorecardinput.h>

#include <atomic>
#include <vector>

namespace cdr {

class ScorecardStoreInput
{
public:
    /// nullopt when *cancel became true. With threads > 1 large row sets are split, each part
    /// with its own PhoneRegion and HangupClassCache, and joined in row order (0: one per core).
    /// The default is one thread: every part repeats the number-lookup cache misses, and on the
    /// 2-core development machine two threads measured slower (cdr-scorecard-bench prints both).
    static std::optional<ScorecardInput> build(const CallStore &store, const std::vector<quint32> &rows,
                                               const ScorecardInput::Options &options, double assumedDelayMs,
                                               const std::atomic<bool> *cancel = nullptr, int threads = 1);
};

} // namespace cdr
