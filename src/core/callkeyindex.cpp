// SPDX-License-Identifier: GPL-3.0-or-later
#include "callkeyindex.h"

#include <bit>

namespace cdr {

void CallKeyIndex::reserve(qsizetype records)
{
    records = qBound<qsizetype>(0, records, qsizetype(1) << 26);
    m_keys.reserve(size_t(records));
    m_hashes.reserve(size_t(records));
    // At most half full: linear probing stays short.
    const size_t want = std::bit_ceil(size_t(records) * 2 + 16);
    if (want > m_slots.size()) {
        m_slots.assign(want, 0);
        for (qsizetype n = 0; n < size(); ++n) { // re-place what is there (latest occurrences)
            size_t i = m_hashes[size_t(n)] & (want - 1);
            while (m_slots[i] != 0) {
                const size_t at = size_t(m_slots[i] - 1);
                if (m_hashes[at] == m_hashes[size_t(n)] && m_keys[at] == m_keys[size_t(n)])
                    break;
                i = (i + 1) & (want - 1);
            }
            m_slots[i] = n + 1;
        }
    }
}

void CallKeyIndex::grow()
{
    reserve(qMax<qsizetype>(m_distinct * 2, 1024));
}

qsizetype CallKeyIndex::insert(const CallKey &key, size_t hash)
{
    if (size_t(m_distinct + 1) * 2 > m_slots.size())
        grow();
    const size_t mask = m_slots.size() - 1;
    const qsizetype number = size();
    m_keys.push_back(key);
    m_hashes.push_back(hash);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        qsizetype &slot = m_slots[i];
        if (slot == 0) {
            slot = number + 1;
            ++m_distinct;
            return -1;
        }
        const size_t at = size_t(slot - 1);
        if (m_hashes[at] == hash && m_keys[at] == key) {
            slot = number + 1;
            return qsizetype(at);
        }
    }
}

} // namespace cdr
