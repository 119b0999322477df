// SPDX-License-Identifier: GPL-3.0-or-later
#include "callstreamwriter.h"

#include "callcsv.h"
#include "calljson.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace cdr {

std::optional<CallStreamWriter::Format> CallStreamWriter::formatForPath(const QString &path)
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

CallStreamWriter::CallStreamWriter() = default;

CallStreamWriter::~CallStreamWriter()
{
    if (m_file)
        m_file->cancelWriting();
}

QByteArray CallStreamWriter::begin(Format format)
{
    switch (format) {
    case Format::Json: return QByteArrayLiteral("[");
    case Format::NdJson: return {};
    case Format::Csv: return CallCsv::headerLine();
    }
    return {};
}

QByteArray CallStreamWriter::item(Format format, const Call &call, bool first)
{
    switch (format) {
    case Format::Json: {
        // Each object is indented by one level, as an indented array of objects would be.
        QByteArray obj = QJsonDocument(CallJson::toJson(call)).toJson(QJsonDocument::Indented);
        obj.chop(1); // trailing newline
        obj.replace('\n', "\n    ");
        return (first ? QByteArrayLiteral("\n    ") : QByteArrayLiteral(",\n    ")) + obj;
    }
    case Format::NdJson:
        return QJsonDocument(CallJson::toJson(call)).toJson(QJsonDocument::Compact) + '\n';
    case Format::Csv:
        return CallCsv::row(call);
    }
    return {};
}

QByteArray CallStreamWriter::end(Format format, bool empty)
{
    if (format == Format::Json)
        return empty ? QByteArrayLiteral("]\n") : QByteArrayLiteral("\n]\n");
    return {};
}

QByteArray CallStreamWriter::serialize(Format format, const QList<Call> &calls)
{
    QByteArray out = begin(format);
    for (qsizetype i = 0; i < calls.size(); ++i)
        out += item(format, calls.at(i), i == 0);
    return out + end(format, calls.isEmpty());
}

bool CallStreamWriter::open(const QString &path, QString *error)
{
    const auto format = formatForPath(path);
    if (!format) {
        *error = QCoreApplication::translate("cdr::CallWriter", "%1: unknown output format; use .json, .ndjson or .csv").arg(path);
        return false;
    }
    m_format = *format;
    m_count = 0;
    m_failed = false;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("cdr::CallWriter", "%1: cannot write: %2").arg(path, m_file->errorString());
        m_file.reset();
        return false;
    }
    const QByteArray head = begin(m_format);
    m_failed = m_file->write(head) != head.size();
    return !m_failed;
}

bool CallStreamWriter::write(const Call &call)
{
    if (!m_file || m_failed)
        return false;
    const QByteArray bytes = item(m_format, call, m_count == 0);
    m_failed = m_file->write(bytes) != bytes.size();
    ++m_count;
    return !m_failed;
}

bool CallStreamWriter::finish(QString *error)
{
    if (!m_file) {
        *error = QCoreApplication::translate("cdr::CallWriter", "no output file is open");
        return false;
    }
    const QByteArray tail = end(m_format, m_count == 0);
    if (m_failed || m_file->write(tail) != tail.size() || !m_file->commit()) {
        *error = QCoreApplication::translate("cdr::CallWriter", "%1: write failed: %2").arg(m_file->fileName(), m_file->errorString());
        m_file->cancelWriting();
        m_file.reset();
        return false;
    }
    m_file.reset();
    return true;
}

} // namespace cdr
