// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The fake NexBro (FusionPBX-based): /admin/api/nexbro/v1/[call/]call-detail-records (Laravel page
// paging) and the single CDR under either spelling of its path, X-API-KEY.
// Every list is a pure function of the TrafficGenerator (docs/providers.md has the real API).
//
// Threading: used by FakeProviderServer on its thread; handle() does not change the object.

#include "fakeapi.h"

namespace cdr {

class FakeNexBroApi : public FakeApi
{
public:
    using FakeApi::FakeApi;
    /// Which spellings of the single-CDR path exist (the docs disagree).
    void setSinglePaths(bool withCall, bool withoutCall)
    {
        m_withCall = withCall;
        m_withoutCall = withoutCall;
    }
    fakeapi::Response handle(const QHttpServerRequest &request, const QStringList &parts,
                             bool ignorePaging) const override;

private:
    bool m_withCall = true;
    bool m_withoutCall = true;
};

} // namespace cdr
