// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads provider response bodies and files into normalized Calls.
//
// Accepts every envelope the providers use (a bare record, {message,data}, {data,success},
// Plivo {meta,objects}, Vobiz {pagination,summary,data}, CarrierX {count,has_more,items},
// bare arrays, NDJSON), our own normalized JSON/NDJSON/CSV, and Vobiz CSV exports.
// Pure functions: no I/O besides the bytes given, safe to call from any thread.

#include "parseoptions.h"
#include "parseresult.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace cdr {

class RecordParser
{
public:
    /// Parses a whole body or file. sourceName is used in messages ("calls.json: ...").
    static ParseResult parse(QByteArrayView data, const ParseOptions &options,
                             const QString &sourceName = QString());

    /// Guesses the provider of one record from its keys; Unknown when it cannot tell.
    static Provider detect(const QJsonObject &record);

    /// Normalizes one provider record. Lenient: wrong types are converted where possible,
    /// each such conversion adds a warning naming the record and the field.
    static Call normalize(Provider provider, const QJsonObject &record,
                          const ParseOptions &options, QStringList *warnings = nullptr);

    /// Same, with warnings left carrying a \x01 marker where the record's label goes.
    struct Marked {};
    static Call normalize(Provider provider, const ParseOptions &options, const QJsonObject &record,
                          QStringList *markedWarnings, Marked);

    /// True when the object looks like our own normalized call (see docs/normalized-format.md).
    static bool isNormalizedCall(const QJsonObject &object);
};

} // namespace cdr
