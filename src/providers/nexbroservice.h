// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// NexBro (self-hosted PBX) CDRs on the customer's own domain, so the base URL is required:
// GET /admin/api/nexbro/v1/call/call-detail-record/{uuid} (on 404 tried once more without
// /call/, the spelling of NexBro's curl example) and .../call/call-detail-records with from,
// to ("YYYY-MM-DD HH:MM:SS" in the account's time zone), per_page <= 100 and page.
// Header X-API-KEY. 429 waits honour X-RateLimit-Reset.
// Threading and ownership: see ProviderService.

#include "providerservice.h"

namespace cdr {

class NexBroService : public ProviderService
{
    Q_OBJECT
public:
    NexBroService(Config config, QNetworkAccessManager *network, QObject *parent = nullptr);

protected:
    void applyAuth(QNetworkRequest &request) const override;
    QUrl singleCallUrl(const QString &id, int variant) const override;
    QUrl listUrl(const Window &window, qint64 page, const QString &cursor) const override;
};

} // namespace cdr
