// SPDX-License-Identifier: GPL-3.0-or-later
#include "calllibrary.h"

namespace cdr {

CallLibrary::CallLibrary() = default;
CallLibrary::~CallLibrary() = default;

QString CallLibrary::key(Provider provider, const QString &id)
{
    return providerName(provider) + QLatin1Char('\x1f') + id;
}

void CallLibrary::add(const QList<Call> &calls)
{
    for (const Call &c : calls)
        m_calls.insert(key(c.provider, c.id), c);
}

std::optional<Call> CallLibrary::lookup(Provider provider, const QString &id) const
{
    const auto it = m_calls.constFind(key(provider, id));
    if (it == m_calls.cend())
        return std::nullopt;
    return *it;
}

void CallLibrary::clear()
{
    m_calls.clear();
}

QString CallLibrary::note(Provider provider, const QString &id) const
{
    return m_notes.value(key(provider, id));
}

void CallLibrary::setNote(Provider provider, const QString &id, const QString &note)
{
    m_notes.insert(key(provider, id), note);
}

QStringList CallLibrary::tags(Provider provider, const QString &id) const
{
    return m_tags.value(key(provider, id));
}

void CallLibrary::setTags(Provider provider, const QString &id, const QStringList &tags)
{
    m_tags.insert(key(provider, id), tags);
}

} // namespace cdr
