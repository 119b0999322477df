// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// TimestampParser: the project's one timestamp parser, for every provider's spelling:
// "YYYY-MM-DD[( |T)HH:MM[:SS[.fff...]]][Z|UTC|GMT|+hh:mm|+hhmm|+hh]" (ISO 8601 with T, Plivo's
// "2022-10-12 21:57:40+05:30", microseconds truncated to ms), epoch seconds or milliseconds, and
// zone-less times read in the analyst's zone (QDateTime applies that zone's DST rules). An offset
// beyond ±14:00 is no real zone and is rejected, not read hours off; so is a time whose UTC form
// falls outside years 1..9999 (it could not be written and read back).
//
// The provider forms are read by hand, not by QDateTime::fromString(…, Qt::ISODateWithMs): Qt
// reads them all, but at about 1.2 µs a value against a few tens of ns, and this is on the ingest
// hot path (three or more timestamps per call). A value type; const methods, any thread.

#include <QDateTime>
#include <QTimeZone>

#include <optional>
#include <string_view>

namespace cdr {

class TimestampParser
{
public:
    /// Zone-less times are read in assumedZone.
    explicit TimestampParser(const QTimeZone &assumedZone = QTimeZone::utc());

    /// UTC milliseconds since the epoch; nullopt when unreadable or out of range.
    std::optional<qint64> parseMs(std::string_view utf8) const;
    /// A UTC QDateTime, invalid when unreadable or out of range.
    QDateTime parse(QStringView text) const;
    /// An epoch number: seconds, or milliseconds when above 1e11. nullopt beyond QDateTime's range.
    static std::optional<qint64> epochMs(double value);

private:
    QTimeZone m_zone;
    bool m_zoneIsUtc = true;
};

} // namespace cdr
