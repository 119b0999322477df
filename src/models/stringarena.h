// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// StringArena: append-only bytes for the high-cardinality text of the table (ids, numbers).
// Each string is a 2-byte length and its bytes; canonical lower-case UUIDs are packed into
// 16 bytes. References are 32-bit offsets into 1 MiB blocks that never move. One writer;
// readers on any thread for references they were given.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

#include <memory>

namespace cdr {

/// Append-only UTF-8 byte arena; a reference is a 32-bit offset into 1 MiB blocks.
class StringArena
{
public:
    StringArena();
    quint32 add(QByteArrayView utf8); ///< writer only
    /// The stored form (2-byte header, then the text or a packed UUID), built without the arena.
    struct Encoded
    {
        QVarLengthArray<char, 64> bytes;
    };
    static QByteArrayView encode(QByteArrayView utf8, Encoded *out);
    quint32 addEncoded(QByteArrayView encoded); ///< writer only
    QByteArrayView raw(quint32 ref) const;      ///< the stored form
    /// Appends the text at ref to out (UUIDs are unpacked); returns it as a view when it is
    /// stored verbatim, else a view of out.
    QByteArrayView get(quint32 ref, QByteArray *out) const;
    QString string(quint32 ref) const;
    bool equals(quint32 ref, QByteArrayView utf8) const;
    size_t bytes() const { return m_blocks * kBlock + kMaxBlocks * sizeof(void *); }

private:
    static constexpr quint32 kBlockShift = 20;
    static constexpr quint32 kBlock = 1u << kBlockShift;
    static constexpr quint32 kMaxBlocks = 4096;
    std::unique_ptr<std::unique_ptr<char[]>[]> m_data;
    quint32 m_blocks = 0;
    quint32 m_used = kBlock; // in the current block
};

} // namespace cdr
