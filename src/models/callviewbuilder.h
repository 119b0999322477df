// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CallViewBuilder: the pure part of the call table: which store rows a view shows and in
// which order, for a filter and a sort column (CallTableModel::Column). Text columns sort by
// interned-string rank or byte prefix, numbers and times by an order-preserving key, all
// through one stable radix sort, so ties keep store order and descending is the exact reverse.
//
// Threading: static functions over a CallStore that must not change meanwhile; CallTableModel
// runs them as a BackgroundJob and cancels a stale run through the job's cancel flag.

#include "callfilter.h"
#include "callstore.h"

#include <core/qualitythresholds.h>

#include <atomic>
#include <vector>

namespace cdr {

class CallViewBuilder
{
public:
    /// Rows [0, rowLimit) of the store that pass the filter, in the order of column
    /// (ascending, ties by row; descending is its exact reverse). column -1: store order.
    /// Stops early (returns false) once *cancel is set.
    static bool computeView(const CallStore &store, quint32 rowLimit, const CallFilter &filter,
                            const QualityThresholds &thresholds, int column, Qt::SortOrder order,
                            std::vector<quint32> *out, const std::atomic<bool> *cancel = nullptr);
    /// The key computeView orders a column by, for one row (also the model's SortRole value).
    static double sortValue(const CallStore &store, quint32 row, int column);
};

} // namespace cdr
