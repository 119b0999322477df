// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How to read provider bodies: which provider (or detect), and the time zone that
// zone-less timestamps are read in (set per account by the user, default UTC). A value type; any thread.

#include "call.h"

#include <QTimeZone>

namespace cdr {

struct ParseOptions
{
    std::optional<Provider> provider; ///< nullopt: detect per record
    QTimeZone zone = QTimeZone::utc();
    QString account;                  ///< copied into Call::account
    double assumedDelayMs = 40;       ///< one-way network delay the E-model assumes (mos_est)
};

} // namespace cdr
