// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RecordParser: convenience adapters over the one ingest path (CallReader, ProviderNormalizer)
// for callers that hold a whole body or a QJsonObject: fetch pages, tests, the compare view.
// They add no rules of their own. Pure functions, any thread.

#include "parseoptions.h"
#include "parseresult.h"

#include <QByteArrayView>
#include <QJsonObject>

namespace cdr {

class RecordParser
{
public:
    /// Parses a whole body or file held in memory. sourceName is used in messages.
    static ParseResult parse(QByteArrayView data, const ParseOptions &options,
                             const QString &sourceName = QString());

    /// Guesses the provider of one record from its keys; Unknown when it cannot tell.
    static Provider detect(const QJsonObject &record);

    /// Normalizes one provider record; warnings name the record and the field.
    static Call normalize(Provider provider, const QJsonObject &record, const ParseOptions &options,
                          QStringList *warnings = nullptr);

    /// The same for a record held as JSON text; raw keeps those bytes (compacted).
    static Call normalize(Provider provider, QByteArrayView recordJson, const ParseOptions &options,
                          QStringList *warnings = nullptr);

    /// True when the object looks like our own normalized call (see docs/normalized-format.md).
    static bool isNormalizedCall(const QJsonObject &object);
};

} // namespace cdr
