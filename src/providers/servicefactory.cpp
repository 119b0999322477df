// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicefactory.h"

#include "carrierxservice.h"
#include "nexbroservice.h"
#include "plivoservice.h"
#include "vobizservice.h"

#include <QCoreApplication>

namespace cdr {

ProviderService *ServiceFactory::create(Provider provider, const ProviderService::Config &config,
                                        QNetworkAccessManager *network, QObject *parent)
{
    switch (provider) {
    case Provider::Plivo: return new PlivoService(config, network, parent);
    case Provider::Vobiz: return new VobizService(config, network, parent);
    case Provider::CarrierX: return new CarrierXService(config, network, parent);
    case Provider::NexBro: return new NexBroService(config, network, parent);
    case Provider::Unknown: break;
    }
    return nullptr;
}

ProviderService *ServiceFactory::create(const AccountProfile &profile, const QString &secret,
                                        QNetworkAccessManager *network, QObject *parent, QString *error)
{
    QString problem = profile.validate();
    if (problem.isEmpty() && secret.isEmpty())
        problem = QCoreApplication::translate("cdr::ServiceFactory", "No secret (token or API key) for account \"%1\".")
                      .arg(profile.name);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    ProviderService::Config config;
    config.baseUrl = profile.baseUrl;
    config.accountId = profile.accountId;
    config.secret = secret;
    if (!profile.timeZone.isEmpty())
        config.zone = QTimeZone(profile.timeZone.toUtf8());
    return create(profile.provider, config, network, parent);
}

} // namespace cdr
