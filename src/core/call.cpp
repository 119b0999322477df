// SPDX-License-Identifier: GPL-3.0-or-later
#include "call.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cdr {

namespace {

// Each enum's names in the order of its values (every enum here counts up from Unknown = 0).
// Static QStrings from literals: handing one out copies no characters and counts no references.
template <size_t N>
using Names = QString[N];

const Names<5> &providerNames()
{
    static const Names<5> names = {u"unknown"_s, u"plivo"_s, u"vobiz"_s, u"carrierx"_s, u"nexbro"_s};
    return names;
}

const Names<5> &providerDisplayNames()
{
    static const Names<5> names = {u"Unknown"_s, u"Plivo"_s, u"Vobiz"_s, u"CarrierX"_s, u"NexBro"_s};
    return names;
}

const Names<7> &statusNames()
{
    static const Names<7> names = {u"unknown"_s, u"answered"_s, u"no-answer"_s,  u"busy"_s,
                                   u"failed"_s,  u"canceled"_s, u"in-progress"_s};
    return names;
}

const Names<10> &hangupClassNames()
{
    static const Names<10> names = {u"unknown"_s,     u"normal"_s,         u"busy"_s,
                                    u"no_answer"_s,   u"rejected"_s,       u"unavailable"_s,
                                    u"canceled"_s,    u"invalid_number"_s, u"network_failure"_s,
                                    u"media_failure"_s};
    return names;
}

/// The name of a value; a value outside the table (a corrupt byte) reads as Unknown.
template <typename Enum, size_t N>
QString nameOf(Enum value, const Names<N> &names)
{
    const size_t i = size_t(value);
    return i < N ? names[i] : names[0];
}

/// The value of a name, case and surrounding blanks ignored.
template <typename Enum, size_t N>
std::optional<Enum> valueOf(const QString &name, const Names<N> &names)
{
    const QString n = name.trimmed().toLower();
    for (size_t i = 0; i < N; ++i) {
        if (n == names[i])
            return Enum(i);
    }
    return std::nullopt;
}

} // namespace

QString providerName(Provider p)
{
    return nameOf(p, providerNames());
}

QString providerDisplayName(Provider p)
{
    return nameOf(p, providerDisplayNames());
}

std::optional<Provider> providerFromName(const QString &name)
{
    return valueOf<Provider>(name, providerNames());
}

QString statusName(CallStatus s)
{
    return nameOf(s, statusNames());
}

std::optional<CallStatus> statusFromName(const QString &name)
{
    return valueOf<CallStatus>(name, statusNames());
}

QString hangupClassName(HangupClass c)
{
    return nameOf(c, hangupClassNames());
}

std::optional<HangupClass> hangupClassFromName(const QString &name)
{
    return valueOf<HangupClass>(name, hangupClassNames());
}

QJsonObject Call::technicalObject() const
{
    return technical.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(technical).object();
}

QJsonObject Call::rawObject() const
{
    return raw.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(raw).object();
}

} // namespace cdr
