// SPDX-License-Identifier: GPL-3.0-or-later
#include "internpool.h"

#include <QHashFunctions>

namespace cdr {

InternPool::InternPool()
{
    m_slots.assign(64, 0);
    m_strings.set(0, QString());
    m_utf8.set(0, QByteArray());
    m_size.store(1, std::memory_order_release);
}

void InternPool::rehash()
{
    std::vector<quint32> old(m_slots.size() * 2, 0);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    const quint32 n = m_size.load(std::memory_order_relaxed);
    for (quint32 k = 1; k < n; ++k) {
        size_t i = size_t(qHash(QByteArrayView(m_utf8[k]))) & mask;
        while (m_slots[i])
            i = (i + 1) & mask;
        m_slots[i] = k;
    }
}

quint32 InternPool::intern(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return 0;
    // Runs of the same value (one provider's page, one currency) skip the hash.
    if (m_last && utf8 == QByteArrayView(m_utf8[m_last]))
        return m_last;
    const size_t mask = m_slots.size() - 1;
    size_t i = size_t(qHash(utf8)) & mask;
    while (const quint32 k = m_slots[i]) {
        if (QByteArrayView(m_utf8[k]) == utf8)
            return m_last = k;
        i = (i + 1) & mask;
    }
    const quint32 n = m_size.load(std::memory_order_relaxed);
    if (n >= ChunkedColumn<QString, 8>::kChunk * ChunkedColumn<QString, 8>::kMaxChunks)
        return 0; // full: the value shows as empty rather than overflowing
    m_strings.set(n, QString::fromUtf8(utf8));
    m_utf8.set(n, utf8.toByteArray());
    m_slots[i] = n;
    m_textBytes += size_t(utf8.size()) * 3 + 64; // the QString and the QByteArray
    m_size.store(n + 1, std::memory_order_release);
    if (size_t(n) * 2 > m_slots.size())
        rehash();
    return m_last = n;
}

size_t InternPool::bytes() const
{
    return m_strings.bytes() + m_utf8.bytes() + m_textBytes + m_slots.capacity() * sizeof(quint32);
}

} // namespace cdr
