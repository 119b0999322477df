// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the whole ingest path, CallReader::readBytes, with the provider detected per
// record. Built twice: reader_json (envelopes, NDJSON, our JSON) and reader_csv (Vobiz exports,
// our CSV); CDR_FUZZ_SOURCE is the name the input is given, and each has its own corpus.
// Invariants: no crash or UB; the count reported is the count the sink received; a failure says
// why; at most kMaxWarnings warnings (+ one summary line) are kept; every call survives our own
// JSON form exactly.

#include "fuzzcheck.h"

#include <core/calljson.h>
#include <core/callreader.h>

#include <cstdint>

using namespace cdr;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ParseOptions options = [] {
        ParseOptions o;
        o.zone = QTimeZone("America/New_York");
        return o;
    }();
    qint64 received = 0;
    const CallReader::Result result = CallReader::readBytes(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)), options,
        QStringLiteral(CDR_FUZZ_SOURCE), [&received](QList<Call> &&calls) {
            received += calls.size();
            for (const Call &call : std::as_const(calls)) {
                const QByteArray once = CallJson::toJsonBytes(call);
                Call back;
                FUZZ_CHECK(CallJson::fromJsonBytes(once, &back));
                FUZZ_CHECK(CallJson::toJsonBytes(back) == once);
            }
            return true;
        });
    FUZZ_CHECK(result.calls == received);
    FUZZ_CHECK(!result.canceled);
    FUZZ_CHECK(result.ok() || !result.error.isEmpty());
    FUZZ_CHECK(result.warnings.size() <= CallReader::kMaxWarnings + 1);
    FUZZ_CHECK(result.warningCount >= result.warnings.size() - 1);
    return 0;
}
