// SPDX-License-Identifier: GPL-3.0-or-later
#include "timestampparser.h"

#include <chrono>
#include <cmath>

namespace cdr {

namespace {

using namespace std::chrono;

// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z: what yyyy-MM-ddTHH:mm:ssZ can write.
constexpr qint64 kFirstMs = qint64(sys_days(year(1) / January / 1).time_since_epoch().count()) * 86400000;
constexpr qint64 kLastMs = qint64(sys_days(year(10000) / January / 1).time_since_epoch().count()) * 86400000 - 1;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The two digits at pos as a number, or -1.
int twoDigits(std::string_view s, size_t pos)
{
    return pos + 2 <= s.size() && isDigit(s[pos]) && isDigit(s[pos + 1]) ? (s[pos] - '0') * 10 + (s[pos + 1] - '0')
                                                                         : -1;
}

std::string_view trimmed(std::string_view s)
{
    const QByteArrayView t = QByteArrayView(s.data(), qsizetype(s.size())).trimmed();
    return std::string_view(t.data(), size_t(t.size()));
}

// Seconds east of UTC for "Z", "UTC", "GMT", "+05:30", "+0530", "+05"; nullopt otherwise, and
// for offsets beyond ±14:00 (real zones run from -12:00 to +14:00).
std::optional<int> zoneOffset(std::string_view zone)
{
    if (zone == "Z" || zone == "z" || zone == "UTC" || zone == "GMT")
        return 0;
    if (zone.empty() || (zone[0] != '+' && zone[0] != '-'))
        return std::nullopt;
    int oh = -1, om = 0;
    if (zone.size() == 6 && zone[3] == ':') {
        oh = twoDigits(zone, 1);
        om = twoDigits(zone, 4);
    } else if (zone.size() == 5) {
        oh = twoDigits(zone, 1);
        om = twoDigits(zone, 3);
    } else if (zone.size() == 3) {
        oh = twoDigits(zone, 1);
    }
    if (oh < 0 || om < 0 || om > 59 || oh * 60 + om > 14 * 60)
        return std::nullopt;
    return (zone[0] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
}

std::optional<qint64> inRange(qint64 ms)
{
    return ms >= kFirstMs && ms <= kLastMs ? std::optional<qint64>(ms) : std::nullopt;
}

} // namespace

TimestampParser::TimestampParser(const QTimeZone &assumedZone)
    : m_zone(assumedZone)
    , m_zoneIsUtc(assumedZone == QTimeZone::utc()
                  || (assumedZone.isValid() && assumedZone.id() == QByteArrayLiteral("UTC")))
{
}

std::optional<qint64> TimestampParser::parseMs(std::string_view s) const
{
    s = trimmed(s);
    if (s.size() < 10 || s.size() > 40)
        return std::nullopt;
    const int y1 = twoDigits(s, 0), y2 = twoDigits(s, 2);
    const int mo = twoDigits(s, 5), d = twoDigits(s, 8);
    if (y1 < 0 || y2 < 0 || mo < 0 || d < 0 || s[4] != '-' || s[7] != '-')
        return std::nullopt;
    const year_month_day date{ year(y1 * 100 + y2), month(unsigned(mo)), day(unsigned(d)) };
    if (!date.ok() || date.year() == year(0))
        return std::nullopt;
    int hour = 0, minute = 0, second = 0, msec = 0;
    size_t pos = 10;
    if (pos < s.size() && (s[pos] == ' ' || s[pos] == 'T' || s[pos] == 't')) {
        hour = twoDigits(s, pos + 1);
        if (hour < 0 || s.size() < pos + 6 || s[pos + 3] != ':')
            return std::nullopt;
        minute = twoDigits(s, pos + 4);
        if (minute < 0)
            return std::nullopt;
        pos += 6;
        if (pos < s.size() && s[pos] == ':') {
            second = twoDigits(s, pos + 1);
            if (second < 0)
                return std::nullopt;
            pos += 3;
            if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
                ++pos;
                int scale = 100; // microseconds and beyond are truncated to milliseconds
                while (pos < s.size() && isDigit(s[pos])) {
                    msec += (s[pos] - '0') * scale;
                    scale /= 10;
                    ++pos;
                }
            }
        }
    }
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const std::string_view zone = trimmed(s.substr(pos));
    const qint64 localMs = (qint64(sys_days(date).time_since_epoch().count()) * 86400
                            + hour * 3600 + minute * 60 + second) * 1000 + msec;
    if (!zone.empty()) {
        const auto offset = zoneOffset(zone);
        if (!offset)
            return std::nullopt;
        return inRange(localMs - qint64(*offset) * 1000);
    }
    if (m_zoneIsUtc)
        return inRange(localMs);
    // A wall-clock time in a real zone: its offset depends on the date (DST), which QTimeZone knows.
    const QDateTime local(QDate(int(date.year()), int(unsigned(date.month())), int(unsigned(date.day()))),
                          QTime(hour, minute, second, msec), m_zone);
    return local.isValid() ? inRange(local.toMSecsSinceEpoch()) : std::nullopt;
}

QDateTime TimestampParser::parse(QStringView text) const
{
    const QByteArray utf8 = text.toUtf8();
    const auto ms = parseMs(std::string_view(utf8.constData(), size_t(utf8.size())));
    return ms ? QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC) : QDateTime(); // Qt::UTC: spec UTC, no QTimeZone
}

std::optional<qint64> TimestampParser::epochMs(double value)
{
    const double ms = value > 1e11 ? value : value * 1000;
    if (!std::isfinite(ms) || std::fabs(ms) > 8.64e15) // QDateTime's and JavaScript's range
        return std::nullopt;
    return qint64(ms);
}

} // namespace cdr
