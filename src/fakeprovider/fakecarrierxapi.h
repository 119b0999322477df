// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fake CarrierX: GET /core/v2/calls/call_drs (offset or after/before cursor paging, filter and
// order expressions) and /call_drs/{sid}, Bearer token.
// Every list is a pure function of the TrafficGenerator (docs/providers.md has the real API).
//
// Threading: used by FakeProviderServer on its thread; handle() does not change the object.

#include "fakeapi.h"

namespace cdr {

class FakeCarrierXApi : public FakeApi
{
public:
    using FakeApi::FakeApi;
    fakeapi::Response handle(const QHttpServerRequest &request, const QStringList &parts,
                             bool ignorePaging) const override;
};

} // namespace cdr
