// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes calls as normalized .json (array), .ndjson or .csv, chosen by the file suffix.
// Writes to a temporary file and renames it into place, so a failure never leaves a
// half-written output behind.

#include "call.h"

namespace cdr {

class CallWriter
{
public:
    enum class Format { Json, NdJson, Csv };
    static std::optional<Format> formatForPath(const QString &path);
    static bool write(const QString &path, const QList<Call> &calls, QString *error);
    static QByteArray serialize(Format format, const QList<Call> &calls);
};

} // namespace cdr
