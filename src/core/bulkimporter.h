// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// BulkImporter: the fast path from provider bodies and files to table rows.
//
// It reads the same inputs as RecordParser::parse (every provider envelope, bare arrays,
// NDJSON, our normalized forms, CSV) and yields, for every call, the table's values
// (BulkRow) as RecordParser would have normalized them, without building a Call or a
// QJsonDocument per record: simdjson (DOM, ~GB/s) reads the JSON, and each provider
// record is read field by field with RecordParser's own aliases and rules. Whatever is
// not a plain provider record (our normalized JSON, CSV, error bodies, odd value types)
// is handed to RecordParser itself, so the two never disagree; tests check they don't.
//
// Pure functions, no shared state: call from any thread (never the UI thread for files).
// The sink may cancel by returning false. Memory: the input (or, for NDJSON files, a
// window of it) plus simdjson's document, never a Call per row.

#include "bulkrow.h"
#include "parseoptions.h"

#include <QByteArrayView>
#include <QStringList>

#include <functional>

namespace cdr {

struct BulkImportResult
{
    qint64 rows = 0;          ///< rows handed to the sink
    qint64 slowRecords = 0;   ///< of those, records that went through RecordParser
    qint64 bytes = 0;         ///< input bytes read
    QStringList warnings;
    QString error;            ///< fatal: malformed input or an API error body
    bool canceled = false;
    bool ok() const { return error.isEmpty() && !canceled; }
};

class BulkImporter
{
public:
    /// progress(bytesDone, bytesTotal) is called now and then; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// Reads a whole body held in memory.
    static BulkImportResult importBytes(QByteArrayView data, const ParseOptions &options, BulkSink &sink,
                                        const QString &sourceName = QString(), const Progress &progress = {});
    /// The same; parses in place (no copy) when data has 64 bytes of spare capacity, e.g.
    /// after data.reserve(data.size() + 64).
    static BulkImportResult importBytes(const QByteArray &data, const ParseOptions &options, BulkSink &sink,
                                        const QString &sourceName = QString(), const Progress &progress = {});
    /// Reads a file. NDJSON files are read in windows, so their size does not matter.
    static BulkImportResult importFile(const QString &path, const ParseOptions &options, BulkSink &sink,
                                       const Progress &progress = {});
};

} // namespace cdr
