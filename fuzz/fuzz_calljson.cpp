// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: our normalized JSON reader, CallJson::fromJsonBytes.
// Input: one JSON object's text, any bytes.
// Invariants: no crash or UB; a refusal says why; what was read is written and read back to the
// same bytes (the reader and the writer agree on every value they accept).

#include "fuzzcheck.h"

#include <core/calljson.h>

#include <cstdint>

using namespace cdr;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Call call;
    QStringList warnings;
    QString error;
    if (!CallJson::fromJsonBytes(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), &call,
                                 &warnings, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    const QByteArray once = CallJson::toJsonBytes(call);
    Call back;
    FUZZ_CHECK(CallJson::fromJsonBytes(once, &back, nullptr, &error));
    FUZZ_CHECK(CallJson::toJsonBytes(back) == once);
    return 0;
}
