// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Duration formats the providers send, lenient number reading, and the ISO form we write.
// (Timestamps are read by TimestampParser.) Pure functions, any thread.
// - durations as numbers, numeric strings ("4.25015") or "HH:MM:SS" where hours may exceed 23.

#include <QDateTime>
#include <QJsonValue>
#include <QTimeZone>

#include <optional>

namespace cdr {

class TimeParsing
{
public:
    /// Seconds from "HH:MM:SS", "MM:SS", "12", "4.25015"; nullopt when unreadable.
    static std::optional<double> parseDuration(QStringView text);
    /// A number from a JSON number, or a numeric string; nullopt for null/missing/"".
    /// *wrongType is set when a conversion from another JSON type was needed and failed.
    static std::optional<double> number(const QJsonValue &v, bool *unreadable = nullptr);
    /// A string from a JSON string, or a number written as a string.
    static QString string(const QJsonValue &v);
    /// ISO 8601 in UTC with Z; milliseconds only when non-zero.
    static QString toIsoUtc(const QDateTime &t);
};

} // namespace cdr
