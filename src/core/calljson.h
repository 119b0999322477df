// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The normalized JSON form of a Call: the public contract documented in
// docs/normalized-format.md. toJson/fromJson round-trip every key of the contract.

#include "call.h"

#include <QJsonObject>

namespace cdr {

class CallJson
{
public:
    static QJsonObject toJson(const Call &call);
    /// Reads our own normalized form back. Unknown keys are ignored; warnings name bad fields.
    static Call fromJson(const QJsonObject &object, QStringList *warnings = nullptr);
    /// ISO 8601 in UTC ending in Z, with milliseconds when non-zero; null for invalid.
    static QJsonValue timeToJson(const QDateTime &t);
};

} // namespace cdr
