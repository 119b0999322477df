// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fake Plivo's Call API: GET /v1/Account/{auth_id}/Call/ (offset paging, newest first,
// end_time window of at most 30 days within the last 90) and /Call/{uuid}/, Basic auth.
// Every list is a pure function of the TrafficGenerator (docs/providers.md has the real API).
//
// Threading: used by FakeProviderServer on its thread; handle() does not change the object.

#include "fakeapi.h"

class QHttpServerRequest;

namespace cdr {

class FakePlivoApi
{
public:
    FakePlivoApi(const TrafficGenerator &generator, const FakeCredentials &credentials)
        : m_generator(generator)
        , m_credentials(credentials)
    {
    }

    /// Answers one GET whose path split at '/' is `parts`; `ignorePaging` serves the first page
    /// whatever the paging parameters say (the "stuck" fault).
    fakeapi::Response handle(const QHttpServerRequest &request, const QStringList &parts, bool ignorePaging) const;

private:
    const TrafficGenerator &m_generator;
    const FakeCredentials &m_credentials;
};

} // namespace cdr
