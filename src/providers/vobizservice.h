// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Vobiz CDRs: the CDR module /api/v1/Account/{auth_id}/cdr (page/per_page <= 100,
// pagination.has_next, summary), /cdr/search when number filters are given, /cdr/{id}
// (falling back once to the Plivo-style /Call/{uuid}/ on 404), /cdr/recent and the CSV
// /cdr/export (sent without Accept: application/json). Headers X-Auth-ID and X-Auth-Token.
// Threading and ownership: see ProviderService.

#include "providerservice.h"

namespace cdr {

class VobizService : public ProviderService
{
    Q_OBJECT
public:
    VobizService(Config config, QNetworkAccessManager *network, QObject *parent = nullptr);

    /// The most recent calls (/cdr/recent), one request.
    void fetchRecent(int limit = 20);
    /// The CSV export (/cdr/export) over the query's range and filters, one request.
    void exportCsv(const FetchQuery &query);

protected:
    void applyAuth(QNetworkRequest &request) const override;
    QUrl singleCallUrl(const QString &id, int variant) const override;
    QUrl listUrl(const Window &window, qint64 page, const QString &cursor) const override;

private:
    QUrlQuery filterQuery(const Window &window, const FetchQuery &query) const;
};

} // namespace cdr
