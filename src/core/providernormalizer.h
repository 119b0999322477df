// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ProviderNormalizer: the one place that knows each provider's record shape and turns a record
// into the normalized Call. Every input reaches it: files and bodies through CallReader (which
// parses with simdjson and hands it records), single records through RecordParser's adapters.
//
// Provider detection lives here too (detect()), so there is one answer to "whose record is this".
// Stateless apart from the NormalizeContext the caller owns (one per thread).

#include "call.h"
#include "parseoptions.h"

#include <QStringList>

namespace simdjson::dom {
class object;
}

namespace cdr {

class NormalizeContext;
class RecordFields;

class ProviderNormalizer
{
public:
    /// Guesses the provider of one record from its keys; Unknown when it cannot tell.
    static Provider detect(const simdjson::dom::object &record);
    /// The same, on a record whose keys are already indexed (the ingest path indexes once).
    static Provider detect(const RecordFields &record);

    /// Normalizes one provider record. Lenient: wrong types are dropped with a warning naming
    /// the field; warnings carry a \x01 marker where the record's label goes. `raw` is the
    /// record's compact JSON text, kept in Call::raw.
    static Call normalize(Provider provider, const simdjson::dom::object &record, QByteArray raw,
                          NormalizeContext &ctx, QStringList *warnings);
    /// The same, on a record whose keys are already indexed; its warnings go where the fields'
    /// warnings go.
    static Call normalize(Provider provider, const RecordFields &record, QByteArray raw);

    /// The derived keys every call carries (hangup_class, q850, the E-model estimate).
    /// Drops impossible values first (CallValidator); warnings carry the \x01 label marker.
    static void finish(Call &call, const ParseOptions &options, QStringList *warnings = nullptr);

    /// True when the object is one of our own normalized calls (docs/normalized-format.md).
    static bool isNormalizedCall(const simdjson::dom::object &record);
    static bool isNormalizedCall(const RecordFields &record);
};

} // namespace cdr
