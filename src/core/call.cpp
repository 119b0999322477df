// SPDX-License-Identifier: GPL-3.0-or-later
#include "call.h"

#include <QJsonDocument>

namespace cdr {

QString providerName(Provider p)
{
    switch (p) {
    case Provider::Plivo: return QStringLiteral("plivo");
    case Provider::Vobiz: return QStringLiteral("vobiz");
    case Provider::CarrierX: return QStringLiteral("carrierx");
    case Provider::NexBro: return QStringLiteral("nexbro");
    case Provider::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString providerDisplayName(Provider p)
{
    switch (p) {
    case Provider::Plivo: return QStringLiteral("Plivo");
    case Provider::Vobiz: return QStringLiteral("Vobiz");
    case Provider::CarrierX: return QStringLiteral("CarrierX");
    case Provider::NexBro: return QStringLiteral("NexBro");
    case Provider::Unknown: break;
    }
    return QStringLiteral("Unknown");
}

std::optional<Provider> providerFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (Provider p : {Provider::Plivo, Provider::Vobiz, Provider::CarrierX, Provider::NexBro}) {
        if (n == providerName(p))
            return p;
    }
    if (n == QLatin1String("unknown"))
        return Provider::Unknown;
    return std::nullopt;
}

QString statusName(CallStatus s)
{
    switch (s) {
    case CallStatus::Answered: return QStringLiteral("answered");
    case CallStatus::NoAnswer: return QStringLiteral("no-answer");
    case CallStatus::Busy: return QStringLiteral("busy");
    case CallStatus::Failed: return QStringLiteral("failed");
    case CallStatus::Canceled: return QStringLiteral("canceled");
    case CallStatus::InProgress: return QStringLiteral("in-progress");
    case CallStatus::Unknown: break;
    }
    return QStringLiteral("unknown");
}

std::optional<CallStatus> statusFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (CallStatus s : {CallStatus::Unknown, CallStatus::Answered, CallStatus::NoAnswer, CallStatus::Busy,
                         CallStatus::Failed, CallStatus::Canceled, CallStatus::InProgress}) {
        if (n == statusName(s))
            return s;
    }
    return std::nullopt;
}

QJsonObject Call::technicalObject() const
{
    return technical.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(technical).object();
}

QJsonObject Call::rawObject() const
{
    return raw.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(raw).object();
}

QString hangupClassName(HangupClass c)
{
    switch (c) {
    case HangupClass::Normal: return QStringLiteral("normal");
    case HangupClass::Busy: return QStringLiteral("busy");
    case HangupClass::NoAnswer: return QStringLiteral("no_answer");
    case HangupClass::Rejected: return QStringLiteral("rejected");
    case HangupClass::Unavailable: return QStringLiteral("unavailable");
    case HangupClass::Canceled: return QStringLiteral("canceled");
    case HangupClass::InvalidNumber: return QStringLiteral("invalid_number");
    case HangupClass::NetworkFailure: return QStringLiteral("network_failure");
    case HangupClass::MediaFailure: return QStringLiteral("media_failure");
    case HangupClass::Unknown: break;
    }
    return QStringLiteral("unknown");
}

std::optional<HangupClass> hangupClassFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (int i = int(HangupClass::Unknown); i <= int(HangupClass::MediaFailure); ++i) {
        if (n == hangupClassName(HangupClass(i)))
            return HangupClass(i);
    }
    return std::nullopt;
}

} // namespace cdr
