// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardstoreinput.h"

#include "hangupclasscache.h"

#include <core/emodel.h>

namespace cdr {

std::optional<ScorecardInput> ScorecardStoreInput::build(const CallStore &store, const std::vector<quint32> &rows,
                                                         const ScorecardInput::Options &options, double assumedDelayMs,
                                                         const std::atomic<bool> *cancel)
{
    ScorecardInput input(options);
    input.reserve(qsizetype(rows.size()));
    HangupClassCache classes(store);
    for (size_t i = 0; i < rows.size(); ++i) {
        if (cancel && (i & 0x3fff) == 0 && cancel->load(std::memory_order_relaxed))
            return std::nullopt;
        const quint32 r = rows[i];
        Call c = store.call(r);
        c.hangupClass = classes.classOf(r);
        EModel::apply(c, assumedDelayMs);
        input.add(c, r);
    }
    return input;
}

} // namespace cdr
