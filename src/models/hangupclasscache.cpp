// SPDX-License-Identifier: GPL-3.0-or-later
#include "hangupclasscache.h"

#include <core/hangupclassifier.h>

namespace cdr {

HangupClassCache::HangupClassCache(const CallStore &store)
    : m_store(store)
{
}

quint64 HangupClassCache::key(const CallStore &store, quint32 row)
{
    // The store keeps codes in 16 bits and causes in 32: together with provider and status
    // they fit one 64-bit key.
    return quint64(quint8(store.provider(row))) << 56 | quint64(quint8(store.status(row))) << 48
        | quint64(store.codeIx(row) & 0xFFFF) << 32 | quint64(store.causeIx(row));
}

HangupClass HangupClassCache::classOfKey(quint64 key)
{
    const auto it = m_classes.constFind(key);
    if (it != m_classes.cend())
        return *it;
    const HangupClass c = HangupClassifier::classify(providerOf(key), m_store.causes().at(causeIxOf(key)),
                                                     m_store.codes().at(codeIxOf(key)), statusOf(key)).hangupClass;
    m_classes.insert(key, c);
    return c;
}

} // namespace cdr
