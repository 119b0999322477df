// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CallKey: what makes two records the same call, everywhere (table, archive, writers,
// services): the provider, the account, and the provider's call id. A value type; any thread.

#include "call.h"

#include <QHash>

namespace cdr {

struct CallKey
{
    Provider provider = Provider::Unknown;
    QString account;
    QString id;

    static CallKey of(const Call &c) { return { c.provider, c.account, c.id }; }
    friend bool operator==(const CallKey &, const CallKey &) = default;
};

inline size_t qHash(const CallKey &k, size_t seed = 0)
{
    return qHashMulti(seed, quint8(k.provider), k.account, k.id);
}

} // namespace cdr
