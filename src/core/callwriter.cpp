// SPDX-License-Identifier: GPL-3.0-or-later
#include "callwriter.h"

#include "callcsv.h"
#include "calljson.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace cdr {

std::optional<CallWriter::Format> CallWriter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("ndjson") || suffix == QLatin1String("jsonl"))
        return Format::NdJson;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

QByteArray CallWriter::serialize(Format format, const QList<Call> &calls)
{
    QByteArray out;
    switch (format) {
    case Format::Json: {
        QJsonArray array;
        for (const Call &c : calls)
            array.append(CallJson::toJson(c));
        out = QJsonDocument(array).toJson(QJsonDocument::Indented);
        break;
    }
    case Format::NdJson:
        for (const Call &c : calls) {
            out += QJsonDocument(CallJson::toJson(c)).toJson(QJsonDocument::Compact);
            out += '\n';
        }
        break;
    case Format::Csv:
        out = CallCsv::headerLine();
        for (const Call &c : calls)
            out += CallCsv::row(c);
        break;
    }
    return out;
}

bool CallWriter::write(const QString &path, const QList<Call> &calls, QString *error)
{
    const auto format = formatForPath(path);
    if (!format) {
        *error = QCoreApplication::translate("cdr::CallWriter", "%1: unknown output format; use .json, .ndjson or .csv")
                     .arg(path);
        return false;
    }
    // QSaveFile writes to a temporary file and renames it on commit, so a failed or
    // interrupted write never leaves a partial output file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("cdr::CallWriter", "%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = serialize(*format, calls);
    if (file.write(data) != data.size() || !file.commit()) {
        *error = QCoreApplication::translate("cdr::CallWriter", "%1: write failed: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace cdr
