// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: RecordSplitter, fed the same input whole and in pieces of random sizes.
// Input: byte 0 seeds the piece sizes, the rest is the input.
// Invariants: no crash or UB; the pieces give exactly the items (kind, offset, line, record
// count, bytes) and the verdict (error text) of the whole; a record or a whole value is the
// input's own bytes at its offset.

#include "fuzzcheck.h"

#include <core/recordsplitter.h>

#include <cstdint>
#include <vector>

using namespace cdr;

namespace {

struct Seen
{
    RecordSplitter::Kind kind;
    qint64 offset, line, records;
    QByteArray bytes;
    bool operator==(const Seen &) const = default;
};

struct Outcome
{
    std::vector<Seen> items;
    bool ok = false;
    QString error;
};

Outcome split(QByteArrayView input, uint32_t seed)
{
    Outcome out;
    RecordSplitter splitter([&out](const RecordSplitter::Item &item, QByteArrayView bytes) {
        out.items.push_back({item.kind, item.offset, item.line, item.records, bytes.toByteArray()});
        return true;
    });
    bool ok = true;
    if (seed == 0) {
        ok = splitter.feed(input);
    } else {
        uint32_t state = seed;
        for (qsizetype at = 0; ok && at < input.size();) {
            state = state * 1103515245u + 12345u; // any sequence will do; this one is reproducible
            const qsizetype n = qMin<qsizetype>(input.size() - at, 1 + (state >> 16) % 64);
            ok = splitter.feed(input.sliced(at, n));
            at += n;
        }
    }
    out.ok = ok && splitter.finish();
    out.error = splitter.error();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const Outcome whole = split(input, 0);
    const Outcome pieces = split(input, 1 + data[0]);
    FUZZ_CHECK(whole.ok == pieces.ok);
    FUZZ_CHECK(whole.error == pieces.error);
    FUZZ_CHECK(whole.items == pieces.items);
    FUZZ_CHECK(whole.ok || !whole.error.isEmpty());
    for (const Seen &s : whole.items) {
        FUZZ_CHECK(s.offset >= 0 && s.offset <= input.size());
        if (s.kind != RecordSplitter::Kind::Envelope)
            FUZZ_CHECK(input.sliced(s.offset).startsWith(s.bytes));
    }
    return 0;
}
