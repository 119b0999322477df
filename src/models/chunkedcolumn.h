// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ChunkedColumn: an append-only column in fixed-size chunks that never move once allocated,
// so readers on other threads keep valid references while the single writer appends.
// The chunk table has a fixed capacity (kMaxChunks), so it never reallocates either.

#include <QtGlobal>

#include <cstddef>
#include <memory>

namespace cdr {

template<typename T, int Shift = 16>
class ChunkedColumn
{
public:
    static constexpr int kShift = Shift;
    static constexpr size_t kChunk = size_t(1) << kShift;
    static constexpr size_t kMaxChunks = 4096; // 268M rows

    ChunkedColumn() : m_chunks(new std::unique_ptr<T[]>[kMaxChunks]) {}
    const T &operator[](size_t i) const { return m_chunks[i >> kShift][i & (kChunk - 1)]; }
    T &at(size_t i) { return m_chunks[i >> kShift][i & (kChunk - 1)]; }
    /// Writer only. Returns false when full.
    bool set(size_t i, const T &v)
    {
        const size_t c = i >> kShift;
        if (c >= kMaxChunks)
            return false;
        if (!m_chunks[c]) {
            m_chunks[c].reset(new T[kChunk]);
            ++m_allocated;
        }
        m_chunks[c][i & (kChunk - 1)] = v;
        return true;
    }
    size_t bytes() const { return m_allocated * kChunk * sizeof(T) + kMaxChunks * sizeof(void *); }

private:
    std::unique_ptr<std::unique_ptr<T[]>[]> m_chunks;
    size_t m_allocated = 0;
};

} // namespace cdr
