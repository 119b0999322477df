// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeparsing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace cdr {

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
