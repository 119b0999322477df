// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordparser.h"

#include "callreader.h"
#include "providernormalizer.h"
#include "recordfields.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <simdjson.h>

namespace cdr {

ParseResult RecordParser::parse(QByteArrayView data, const ParseOptions &options, const QString &sourceName)
{
    ParseResult out;
    const CallReader::Result r = CallReader::readBytes(data, options, sourceName, [&out](QList<Call> &&calls) {
        out.calls.append(std::move(calls));
        return true;
    });
    out.warnings = r.warnings;
    if (r.warningCount > r.warnings.size()) {
        // Computed apart: lupdate 6.4 loops forever on a template call among translate()'s arguments.
        const int more = int(qMin<qint64>(r.warningCount - r.warnings.size(), INT_MAX));
        out.warnings << QCoreApplication::translate("cdr::RecordParser", "… and %n more warning(s)", nullptr, more);
    }
    out.error = r.error;
    out.apiError = r.apiError;
    out.totalCount = r.totalCount;
    out.hasMore = r.hasMore;
    out.nextUrl = r.nextUrl;
    return out;
}

Provider RecordParser::detect(const QJsonObject &record)
{
    const QByteArray text = QJsonDocument(record).toJson(QJsonDocument::Compact);
    simdjson::dom::parser parser;
    simdjson::dom::element e;
    if (parser.parse(text.constData(), size_t(text.size())).get(e) || !e.is_object())
        return Provider::Unknown;
    return ProviderNormalizer::detect(simdjson::dom::object(e));
}

Call RecordParser::normalize(Provider provider, const QJsonObject &record, const ParseOptions &options,
                             QStringList *warnings)
{
    return normalize(provider, QJsonDocument(record).toJson(QJsonDocument::Compact), options, warnings);
}

Call RecordParser::normalize(Provider provider, QByteArrayView recordJson, const ParseOptions &options,
                             QStringList *warnings)
{
    simdjson::dom::parser parser;
    simdjson::dom::element e;
    if (parser.parse(recordJson.data(), size_t(recordJson.size())).get(e) || !e.is_object())
        return Call();
    const std::string compact = simdjson::to_string(e);
    NormalizeContext ctx(options);
    QStringList local;
    Call c = ProviderNormalizer::normalize(provider, simdjson::dom::object(e),
                                           QByteArray(compact.data(), qsizetype(compact.size())), ctx, &local);
    const QString label = c.id.isEmpty() ? QCoreApplication::translate("cdr::RecordParser", "record without id")
                                         : QCoreApplication::translate("cdr::RecordParser", "record %1").arg(c.id);
    if (warnings) {
        for (QString &w : local)
            warnings->append(w.replace(QChar(1), label));
    }
    return c;
}

bool RecordParser::isNormalizedCall(const QJsonObject &o)
{
    return o.value(QLatin1String("provider")).isString() && o.contains(QLatin1String("id"))
        && o.contains(QLatin1String("duration_s")) && o.contains(QLatin1String("start_time"));
}

} // namespace cdr
