// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the fake provider APIs (FakePlivoApi, FakeVobizApi, FakeCarrierXApi, FakeNexBroApi) and
// FakeProviderServer share: the FakeApi base, the credentials they accept, the answer they build, the selection
// of generator calls a list request covers, and the small request helpers every API uses.
//
// Threading: plain values and pure functions; used on the server's thread.

#include <sim/trafficgenerator.h>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QHttpServerRequest;

namespace cdr {

/// The credentials each fake API accepts.
struct FakeCredentials
{
    QString plivoAuthId = TrafficGenerator::plivoAuthId();
    QString plivoToken = QStringLiteral("fake-plivo-token");
    QString vobizAuthId = TrafficGenerator::vobizAuthId();
    QString vobizToken = QStringLiteral("fake-vobiz-token");
    QString carrierxToken = QStringLiteral("fake-carrierx-token");
    QString nexbroKey = QStringLiteral("sk_live_fake_nexbro_key");
};

namespace fakeapi {

/// One HTTP answer before it is written (Content-Length is added by the writer).
struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
};

/// The calls a list request selects: generator indices [lo, hi), optionally narrowed by
/// attribute filters into an explicit list, and optionally newest first.
struct Selection
{
    qint64 lo = 0;
    qint64 hi = 0;
    bool filtered = false;
    QList<qint64> indices;
    bool descending = false;

    qint64 size() const { return filtered ? indices.size() : hi - lo; }
    qint64 at(qint64 i) const
    {
        const qint64 k = descending ? size() - 1 - i : i;
        return filtered ? indices.at(k) : lo + k;
    }
    void filter(const std::function<bool(qint64)> &keep);
};

QByteArray json(const QJsonObject &o);
/// An error answer: `status` with `body` as JSON. Each API builds its provider's own error body shape.
Response errorReply(int status, const QJsonObject &body);
/// A fresh request id, as Plivo and Vobiz put in their envelopes.
QString apiId();
/// "2026-01-02", "2026-01-02 10:00", "2026-01-02 10:00:00", with 'T' and/or 'Z', as UTC.
QDateTime parseUtc(QString text);
/// The integer query parameter `key`, or `def` when absent; false when present but not a number.
bool intParam(const QUrlQuery &q, const QString &key, qint64 def, qint64 *out);
QString queryValue(const QUrlQuery &q, const QString &key);
/// `base` with `query` in which each of `set` replaces any earlier value of its key, as a JSON string
/// (the next/previous page links of the envelopes).
QJsonValue pageLink(QUrl base, QUrlQuery query, const QList<QPair<QString, QString>> &set);

} // namespace fakeapi

/// One provider's fake API over the generator's calls.
class FakeApi
{
public:
    FakeApi(const TrafficGenerator &generator, const FakeCredentials &credentials)
        : m_generator(generator)
        , m_credentials(credentials)
    {
    }
    virtual ~FakeApi() = default;

    /// Answers one GET whose path split at '/' is `parts`; `ignorePaging` serves the first page
    /// whatever the paging parameters say (the "stuck" fault).
    virtual fakeapi::Response handle(const QHttpServerRequest &request, const QStringList &parts,
                                     bool ignorePaging) const = 0;

protected:
    const TrafficGenerator &m_generator;   ///< owned by the server, outlives the API
    const FakeCredentials &m_credentials;  ///< owned by the server, may change between requests
};

} // namespace cdr
