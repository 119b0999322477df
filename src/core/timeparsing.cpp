// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeparsing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace cdr {

namespace {

// Digits at text[pos, pos+n) as an int, or -1.
int digits(QStringView text, qsizetype pos, qsizetype n)
{
    if (pos + n > text.size())
        return -1;
    int v = 0;
    for (qsizetype i = pos; i < pos + n; ++i) {
        const QChar c = text[i];
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}

// A time whose UTC form falls outside years 1..9999 ("9999-12-31T23:59:59-12:00") cannot be
// written as yyyy-MM-ddTHH:mm:ssZ, so it could not be read back from our own output.
QDateTime inWrittenRange(const QDateTime &utc)
{
    const int year = utc.date().year();
    return year >= 1 && year <= 9999 ? utc : QDateTime();
}

} // namespace

QDateTime TimeParsing::parseTimestamp(QStringView text, const QTimeZone &assumedZone)
{
    text = text.trimmed();
    // Hand-written rather than QDateTime::fromString: the providers mix ' ' and 'T', send
    // microseconds (which Qt::ISODateWithMs rejects) and zone-less local times, and this is on
    // the bulk-import path where fromString's generality costs several times more.
    if (text.size() < 10)
        return {};
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0 || text[4] != u'-' || text[7] != u'-')
        return {};
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    int hour = 0, minute = 0, second = 0, msec = 0;
    qsizetype pos = 10;
    if (pos < text.size() && (text[pos] == u' ' || text[pos] == u'T' || text[pos] == u't')) {
        hour = digits(text, pos + 1, 2);
        if (hour < 0 || text.size() < pos + 6 || text[pos + 3] != u':')
            return {};
        minute = digits(text, pos + 4, 2);
        if (minute < 0)
            return {};
        pos += 6;
        if (pos < text.size() && text[pos] == u':') {
            second = digits(text, pos + 1, 2);
            if (second < 0)
                return {};
            pos += 3;
            if (pos < text.size() && (text[pos] == u'.' || text[pos] == u',')) {
                ++pos;
                int scale = 100;
                while (pos < text.size() && text[pos].isDigit()) {
                    msec += (text[pos].unicode() - u'0') * scale; // digits past ms are truncated
                    scale /= 10;
                    ++pos;
                }
            }
        }
    }
    const QTime time(hour, minute, second, msec);
    if (!time.isValid())
        return {};
    const QStringView zone = text.mid(pos).trimmed();
    if (zone.isEmpty())
        return inWrittenRange(QDateTime(date, time, assumedZone).toUTC());
    if (zone == u"Z" || zone == u"z" || zone == u"UTC" || zone == u"GMT")
        return QDateTime(date, time, Qt::UTC);
    if (zone[0] == u'+' || zone[0] == u'-') {
        const int sign = zone[0] == u'-' ? -1 : 1;
        int oh = -1, om = 0;
        if (zone.size() == 6 && zone[3] == u':') {          // +05:30
            oh = digits(zone, 1, 2);
            om = digits(zone, 4, 2);
        } else if (zone.size() == 5) {                       // +0530
            oh = digits(zone, 1, 2);
            om = digits(zone, 3, 2);
        } else if (zone.size() == 3) {                       // +05
            oh = digits(zone, 1, 2);
        }
        // Real zones span -12:00..+14:00; a larger offset is a typo read as the wrong time.
        if (oh < 0 || om < 0 || om > 59 || oh * 60 + om > 14 * 60)
            return {};
        const int offset = sign * (oh * 3600 + om * 60);
        return inWrittenRange(QDateTime(date, time, QTimeZone(offset)).toUTC());
    }
    return {};
}

std::optional<double> TimeParsing::parseDuration(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (text.startsWith(u'-'))
        return std::nullopt; // a negative duration is a provider bug, not a value to chart
    if (text.contains(u':')) {
        // "HH:MM:SS" where HH may exceed 23 (and even 99), so QTime is no use here.
        const auto parts = text.split(u':');
        if (parts.size() > 3)
            return std::nullopt;
        double total = 0;
        for (const QStringView part : parts) {
            bool ok = false;
            const double v = part.toDouble(&ok);
            if (!ok || v < 0)
                return std::nullopt;
            total = total * 60 + v;
        }
        // "nan:00" and "1e308:00" read as numbers, but are no duration.
        if (!std::isfinite(total))
            return std::nullopt;
        return total;
    }
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<double> TimeParsing::number(const QJsonValue &v, bool *unreadable)
{
    if (unreadable)
        *unreadable = false;
    // -0 is read as 0: it means nothing else in a call record, and 0 is what every JSON
    // reader makes of the "-0" a writer would print.
    switch (v.type()) {
    case QJsonValue::Double:
        return v.toDouble() + 0.0; // -0.0 + 0.0 is +0.0
    case QJsonValue::String: {
        const QString s = v.toString().trimmed();
        if (s.isEmpty())
            return std::nullopt;
        bool ok = false;
        const double d = s.toDouble(&ok);
        if (ok && std::isfinite(d))
            return d + 0.0;
        if (unreadable)
            *unreadable = true;
        return std::nullopt;
    }
    case QJsonValue::Bool:
        if (unreadable)
            *unreadable = true;
        return v.toBool() ? 1.0 : 0.0;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return std::nullopt;
    case QJsonValue::Array:
    case QJsonValue::Object:
        if (unreadable)
            *unreadable = true;
        return std::nullopt;
    }
    return std::nullopt;
}

QString TimeParsing::string(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // Integral values print without ".0" or exponent, so an id sent as a number
        // reads the same as one sent as a string.
        if (std::floor(d) == d && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString TimeParsing::toIsoUtc(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime u = t.toUTC();
    return u.toString(u.time().msec() ? QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")
                                      : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace cdr
