// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fake NexBro (FusionPBX-based): /admin/api/nexbro/v1/[call/]call-detail-records (Laravel page
// paging) and the single CDR under either spelling of its path, X-API-KEY.
// Every list is a pure function of the TrafficGenerator (docs/providers.md has the real API).
//
// Threading: used by FakeProviderServer on its thread; handle() does not change the object.

#include "fakeapi.h"

class QHttpServerRequest;

namespace cdr {

class FakeNexBroApi
{
public:
    FakeNexBroApi(const TrafficGenerator &generator, const FakeCredentials &credentials)
        : m_generator(generator)
        , m_credentials(credentials)
    {
    }
    /// Which spellings of the single-CDR path exist (the docs disagree).
    void setSinglePaths(bool withCall, bool withoutCall)
    {
        m_withCall = withCall;
        m_withoutCall = withoutCall;
    }

    /// Answers one GET whose path split at '/' is `parts`; `ignorePaging` serves the first page
    /// whatever the paging parameters say (the "stuck" fault).
    fakeapi::Response handle(const QHttpServerRequest &request, const QStringList &parts, bool ignorePaging) const;

private:
    const TrafficGenerator &m_generator;
    const FakeCredentials &m_credentials;
    bool m_withCall = true;
    bool m_withoutCall = true;
};

} // namespace cdr
