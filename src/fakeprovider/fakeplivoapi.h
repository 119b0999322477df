// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fake Plivo's Call API: GET /v1/Account/{auth_id}/Call/ (offset paging, newest first,
// end_time window of at most 30 days within the last 90) and /Call/{uuid}/, Basic auth.
// Every list is a pure function of the TrafficGenerator (docs/providers.md has the real API).
//
// Threading: used by FakeProviderServer on its thread; handle() does not change the object.

#include "fakeapi.h"

namespace cdr {

class FakePlivoApi : public FakeApi
{
public:
    using FakeApi::FakeApi;
    fakeapi::Response handle(const QHttpServerRequest &request, const QStringList &parts,
                             bool ignorePaging) const override;
};

} // namespace cdr
