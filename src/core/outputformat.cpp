// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputformat.h"

#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace cdr {

std::optional<OutputFormat::Format> OutputFormat::forPath(const QString &path, std::initializer_list<Format> accepted)
{
    const QString s = QFileInfo(path).suffix().toLower();
    const Format all[] = { Format::Json, Format::NdJson, Format::Csv, Format::Pdf, Format::Png, Format::Svg };
    for (const Format f : all) {
        const bool match = s == suffix(f) || (f == Format::NdJson && s == QLatin1String("jsonl"));
        if (match && std::find(accepted.begin(), accepted.end(), f) != accepted.end())
            return f;
    }
    return std::nullopt;
}

QString OutputFormat::suffix(Format format)
{
    switch (format) {
    case Format::Json: return QStringLiteral("json");
    case Format::NdJson: return QStringLiteral("ndjson");
    case Format::Csv: return QStringLiteral("csv");
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Png: return QStringLiteral("png");
    case Format::Svg: return QStringLiteral("svg");
    }
    return {};
}

bool OutputFormat::writeFile(const QString &path, QByteArrayView bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes.data(), bytes.size()) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
    file.cancelWriting();
    return false;
}

} // namespace cdr
