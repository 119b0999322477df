// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: one provider's normalizer (built once per provider, CDR_FUZZ_PROVIDER names it),
// reached the way single records are, through RecordParser::normalize(provider, json, ...).
// Input: one record's JSON text, any bytes.
// Invariants: no crash or UB; the normalized call survives our own JSON form exactly
// (toJsonBytes -> fromJsonBytes -> toJsonBytes gives the same bytes), as docs/normalized-format.md
// promises.

#include "fuzzcheck.h"

#include <core/calljson.h>
#include <core/recordparser.h>

#include <cstdint>

using namespace cdr;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ParseOptions options = [] {
        ParseOptions o;
        o.provider = Provider::CDR_FUZZ_PROVIDER;
        o.zone = QTimeZone("Asia/Kolkata"); // zone-less times take the +05:30 path
        o.account = QStringLiteral("fuzz");
        return o;
    }();
    QStringList warnings;
    const Call call = RecordParser::normalize(Provider::CDR_FUZZ_PROVIDER,
                                              QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)),
                                              options, &warnings);
    const QByteArray once = CallJson::toJsonBytes(call);
    Call back;
    QString error;
    FUZZ_CHECK(CallJson::fromJsonBytes(once, &back, nullptr, &error));
    FUZZ_CHECK(CallJson::toJsonBytes(back) == once);
    return 0;
}
