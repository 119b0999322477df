// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Drops values no real call can have, so one corrupt field cannot turn into "MOS 1000 (good)"
// in a table, a chart or a report: MOS outside 1..5, negative jitter, loss outside 0..100 %,
// negative or non-finite durations, a talk time longer than the call, times before 1990 or
// after 2100 (also in legs and the error log), impossible media counters. Each dropped value
// becomes null (or an invalid time), its normalized key is added to Call::invalid, and one
// warning naming the field, the value and the record is added.
//
// Pure function on a value: any thread. Idempotent: a validated call yields no new warnings.

#include "call.h"

#include <QStringList>

namespace cdr {

class CallValidator
{
public:
    /// Validates call in place. label names the record in warnings ("calls.json: record 7",
    /// or the call id); warnings may be null. Returns how many values were dropped.
    static int apply(Call &call, QStringList *warnings, const QString &label);

    /// The range a time must lie in to be believed (UTC).
    static QDateTime earliestTime();
    static QDateTime latestTime();
};

} // namespace cdr
