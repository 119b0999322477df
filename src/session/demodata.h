// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The bundled demo: a deterministic week of traffic across the four providers, with
// realistic quality problems, made by the same generator the fake provider server uses and
// read through the same parsers as real provider bodies. Pure; any thread.

#include <core/call.h>

namespace cdr {

class DemoData
{
public:
    static constexpr int kCallsPerProvider = 900;
    /// The demo's calls, in start-time order per provider. Same result on every run.
    static QList<Call> calls(int callsPerProvider = kCallsPerProvider);
    /// The demo week: [rangeStart, rangeEnd), UTC.
    static QDateTime rangeStart();
    static QDateTime rangeEnd();
};

} // namespace cdr
