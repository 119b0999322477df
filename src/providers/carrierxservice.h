// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CarrierX Core API call DRs: GET /core/v2/calls/call_drs/{dr_sid} and the call_drs list,
// walked with the after=<dr_sid> cursor, order=date_stop asc and
// filter=date_stop ge .. and date_stop lt .. (limit <= 1000, has_more): complete and stable
// even while new calls arrive. Cursor walks are sequential. Bearer token.
// Threading and ownership: see ProviderService.

#include "providerservice.h"

namespace cdr {

class CarrierXService : public ProviderService
{
    Q_OBJECT
public:
    CarrierXService(Config config, QNetworkAccessManager *network, QObject *parent = nullptr);

protected:
    void applyAuth(QNetworkRequest &request) const override;
    QUrl singleCallUrl(const QString &id, int variant) const override;
    QUrl listUrl(const Window &window, qint64 page, const QString &cursor) const override;
};

} // namespace cdr
