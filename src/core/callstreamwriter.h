// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes normalized calls one at a time as .json (array), .ndjson or .csv, so converting a
// file of any size needs memory for one call, not for all of them. Output goes to a
// temporary file that replaces the target only on finish(); anything else (an error, a
// cancel, destruction before finish) leaves no output behind. One thread at a time.

#include "call.h"

#include <QSaveFile>

#include <memory>

namespace cdr {

class CallStreamWriter
{
public:
    enum class Format { Json, NdJson, Csv };
    static std::optional<Format> formatForPath(const QString &path);

    CallStreamWriter();
    ~CallStreamWriter();

    bool open(const QString &path, QString *error);
    bool write(const Call &call);
    /// Closes the array, commits the file. False (with *error) when anything failed.
    bool finish(QString *error);
    qint64 count() const { return m_count; }

    /// The whole output for these calls, in memory (small sets, tests).
    static QByteArray serialize(Format format, const QList<Call> &calls);
    static QByteArray begin(Format format);
    static QByteArray item(Format format, const Call &call, bool first);
    static QByteArray end(Format format, bool empty);

private:
    std::unique_ptr<QSaveFile> m_file;
    Format m_format = Format::Json;
    qint64 m_count = 0;
    bool m_failed = false;
};

} // namespace cdr
