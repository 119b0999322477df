// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Creates the right ProviderService for an account profile plus its secret (from the
// keychain or the environment). The service is parented to `parent` and uses `network`,
// which must outlive it. Use it in the thread of `network`.

#include "accountprofile.h"
#include "providerservice.h"

namespace cdr {

class ServiceFactory
{
public:
    /// nullptr (and *error set) when the profile is unusable; see AccountProfile::validate().
    static ProviderService *create(const AccountProfile &profile, const QString &secret,
                                   QNetworkAccessManager *network, QObject *parent = nullptr,
                                   QString *error = nullptr);
    /// Same from a ready Config.
    static ProviderService *create(Provider provider, const ProviderService::Config &config,
                                   QNetworkAccessManager *network, QObject *parent = nullptr);
};

} // namespace cdr
