// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// InternPool: interned UTF-8 strings of a low-cardinality column (direction, currency, codec,
// hangup cause...), as QString for display and UTF-8 for export. One writer thread interns;
// any thread reads entries below size() (published with release semantics).

#include "chunkedcolumn.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <atomic>
#include <vector>

namespace cdr {

/// Interned strings: index 0 is the empty string.
class InternPool
{
public:
    InternPool();
    quint32 intern(QByteArrayView utf8); ///< writer only
    const QString &at(quint32 i) const { return m_strings[i]; }
    const QByteArray &utf8(quint32 i) const { return m_utf8[i]; }
    quint32 size() const { return m_size.load(std::memory_order_acquire); }
    size_t bytes() const;

private:
    // Open addressing over pool indices (+1; 0 = empty), keyed by qHash of the UTF-8 text:
    // cheaper per lookup than QHash<QByteArray> and no key copies.
    std::vector<quint32> m_slots;
    void rehash();
    // Small chunks: most pools hold a handful of strings.
    ChunkedColumn<QString, 8> m_strings;
    ChunkedColumn<QByteArray, 8> m_utf8;
    std::atomic<quint32> m_size{0};
    size_t m_textBytes = 0;
    quint32 m_last = 0; // writer only
};

} // namespace cdr
