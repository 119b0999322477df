// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fake Vobiz: the voice Call API (/api/v1/Account/{id}/Call/, offset paging) and the CDR API
// (/cdr list, search and export with page paging, /cdr/recent, /cdr/{id}), X-Auth-ID/X-Auth-Token.
// Every list is a pure function of the TrafficGenerator (docs/providers.md has the real API).
//
// Threading: used by FakeProviderServer on its thread; handle() does not change the object.

#include "fakeapi.h"

namespace cdr {

class FakeVobizApi : public FakeApi
{
public:
    using FakeApi::FakeApi;
    fakeapi::Response handle(const QHttpServerRequest &request, const QStringList &parts,
                             bool ignorePaging) const override;
};

} // namespace cdr
