// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CallSummary: the strip above the table, computed over the filtered set off the UI thread
// (count, answer rate, durations, cost per currency, mean and 5th-percentile MOS, top causes).

#include "callstore.h"

#include <QList>
#include <QMap>
#include <QPair>

#include <vector>

namespace cdr {

struct CallSummary
{
    qint64 count = 0;
    qint64 answered = 0;
    double answerRate = 0;          ///< 0..1
    double totalDurationS = 0;
    double averageDurationS = 0;    ///< over calls that report a duration
    QMap<QString, double> costByCurrency; ///< "" = currency not reported
    std::optional<double> meanMos;
    std::optional<double> p5Mos;    ///< 5th percentile (nearest rank)
    QList<QPair<QString, qint64>> topCauses; ///< most frequent first, at most 5

    /// rows: indices into store (all < store.size()).
    static CallSummary compute(const CallStore &store, const std::vector<quint32> &rows);
    friend bool operator==(const CallSummary &, const CallSummary &) = default;
};

} // namespace cdr

Q_DECLARE_METATYPE(cdr::CallSummary)
