// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// HangupClassCache: the hangup class of CallStore rows, from each row's provider, interned
// cause and code, and status (HangupClassifier). Rows share a handful of such combinations,
// so each distinct one is classified once and remembered. Reads the store like any reader
// (rows below size()); the cache itself is not shared: one per thread or job.

#include "callstore.h"

#include <QHash>

namespace cdr {

class HangupClassCache
{
public:
    explicit HangupClassCache(const CallStore &store);

    /// The row's (provider, status, code, cause) as one number: equal keys, equal class.
    static quint64 key(const CallStore &store, quint32 row);
    static Provider providerOf(quint64 key) { return Provider(key >> 56); }
    static CallStatus statusOf(quint64 key) { return CallStatus((key >> 48) & 0xFF); }
    static quint32 codeIxOf(quint64 key) { return quint32((key >> 32) & 0xFFFF); }
    static quint32 causeIxOf(quint64 key) { return quint32(key & 0xFFFFFFFF); }

    HangupClass classOf(quint32 row) { return classOfKey(key(m_store, row)); }
    HangupClass classOfKey(quint64 key);

private:
    const CallStore &m_store;
    QHash<quint64, HangupClass> m_classes;
};

} // namespace cdr
