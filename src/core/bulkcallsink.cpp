// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkcallsink.h"

#include "recordparser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace cdr {

BulkCallSink::BulkCallSink(const ParseOptions &options, Callback callback, QStringList *warnings)
    : m_options(options)
    , m_callback(std::move(callback))
    , m_warnings(warnings)
{
}

bool BulkCallSink::addRow(const BulkRow &row)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(row.raw.toByteArray(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        // Cannot happen for a record simdjson just parsed, but never drop one silently.
        m_warnings->append(QCoreApplication::translate("cdr::BulkCallSink",
                                                       "record %1: could not be re-read after splitting (%2); skipped")
                               .arg(QString::fromUtf8(row.id), err.errorString()));
        return true;
    }
    ParseOptions o = m_options;
    o.provider = row.provider;
    return m_callback(RecordParser::normalize(row.provider, doc.object(), o, m_warnings));
}

bool BulkCallSink::addCall(const Call &call)
{
    Call copy = call;
    return m_callback(std::move(copy));
}

} // namespace cdr
