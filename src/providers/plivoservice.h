// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plivo Voice API CDRs: GET /v1/Account/{auth_id}/Call/{uuid}/ and the Call/ list (limit <= 20,
// offset, meta.total_count), HTTP Basic auth, 300 requests per 5 s. Ranges are split into
// windows of at most 30 days and clamped to the last 90 days (with a warning).
// Threading and ownership: see ProviderService.

#include "providerservice.h"

namespace cdr {

class PlivoService : public ProviderService
{
    Q_OBJECT
public:
    PlivoService(Config config, QNetworkAccessManager *network, QObject *parent = nullptr);

    static constexpr int kMaxWindowDays = 30;
    static constexpr int kRetentionDays = 90;

protected:
    void applyAuth(QNetworkRequest &request) const override;
    QUrl singleCallUrl(const QString &id, int variant) const override;
    QUrl listUrl(const Window &window, qint64 page, const QString &cursor) const override;
    QList<Window> planWindows(const FetchQuery &query, QStringList *warnings, QString *error) const override;
};

} // namespace cdr
