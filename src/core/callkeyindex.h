// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CallKeyIndex: which earlier record, if any, had the same CallKey. The writers number records
// as they come (0, 1, 2, ...); insert() says which earlier number the key had, so the earlier
// record can be dropped (the last occurrence wins).
//
// A flat open-addressing table over the record numbers, with keys and hashes kept densely in
// record order. The hash is computed by the caller, on the thread that formatted the record:
// a QHash<CallKey, ...> on the writing thread (a node per key, hashing there) was a tenth of
// convert's time, on the one thread that cannot be parallel.
//
// Not thread-safe: one owner.

#include "callkey.h"

#include <vector>

namespace cdr {

class CallKeyIndex
{
public:
    static size_t hashOf(const CallKey &key) { return qHash(key, 0); }

    /// Room for about this many records.
    void reserve(qsizetype records);
    /// Records the key of the next record (number size()). Returns the number of the record
    /// that last had this key, or -1 when it is new. hash must be hashOf(key).
    qsizetype insert(const CallKey &key, size_t hash);
    /// Records inserted so far, repeats included.
    qsizetype size() const { return qsizetype(m_keys.size()); }

private:
    void grow();

    std::vector<qsizetype> m_slots; ///< record number + 1 of the latest record with a key; 0 = empty
    std::vector<CallKey> m_keys;    ///< by record number
    std::vector<size_t> m_hashes;   ///< by record number
    qsizetype m_distinct = 0;
};

} // namespace cdr
