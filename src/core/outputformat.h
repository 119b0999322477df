// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// OutputFormat: the one list of file formats the app writes and the one reading of a file's
// suffix, shared by every writer: CallWriter (.json, .ndjson, .csv), CallExporter (.csv,
// .ndjson), ScorecardExporter (.csv, .json, .pdf) and ChartExporter (.png, .svg, .pdf, .csv).
// Each writer names the formats it accepts; Format is the same type in all of them. writeFile
// is the one atomic small-file writer (QSaveFile). Pure functions, any thread.

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <initializer_list>
#include <optional>

namespace cdr {

class OutputFormat
{
    Q_DECLARE_TR_FUNCTIONS(cdr::OutputFormat)

public:
    enum class Format : quint8 { Json, NdJson, Csv, Pdf, Png, Svg };

    /// The format of path's suffix (any case; .jsonl is NDJSON) when it is one of accepted.
    static std::optional<Format> forPath(const QString &path, std::initializer_list<Format> accepted);
    /// "json", "ndjson", "csv", "pdf", "png", "svg".
    static QString suffix(Format format);
    /// Writes bytes to path through QSaveFile: on failure nothing is left behind and *error is
    /// "cannot write PATH: REASON".
    static bool writeFile(const QString &path, QByteArrayView bytes, QString *error);
};

} // namespace cdr
