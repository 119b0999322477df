// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CallReader: the one ingest path from bytes to normalized Calls.
//
// Every input goes through it: convert, import, file open, drag and drop, file arguments, fetch
// pages and the demo. RecordSplitter cuts the input into records as it streams in (every
// provider envelope, NDJSON, our own JSON), or CSV records for Vobiz exports and our own CSV;
// batches of records (ReaderJob) are normalized on the thread pool by ProviderNormalizer and
// handed to the sink in input order, on the calling thread. Memory: a few batches in flight,
// whatever the input size.
//
// Call from any thread but the UI thread (it blocks until the input is read). The sink and
// progress callbacks run on the calling thread; either returning false cancels.

#include "call.h"
#include "callkey.h"
#include "parseoptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace cdr {

class CallReader
{
    Q_DECLARE_TR_FUNCTIONS(cdr::CallReader)

public:
    using Sink = std::function<bool(QList<Call> &&calls)>;
    /// A batch of calls in input order, with whatever a Prepare step added on the worker.
    struct Batch
    {
        QList<Call> calls;
        QByteArray bytes;          ///< e.g. the calls already formatted for output
        QList<qsizetype> ends;     ///< where each call's part of bytes ends
        QList<CallKey> keys;       ///< the calls' keys, when the calls themselves were dropped
        QList<size_t> keyHashes;   ///< CallKeyIndex::hashOf each key, computed beside them
    };
    /// Runs on the normalizing thread, for work that scales with the calls (formatting output):
    /// the sink then only writes what is ready.
    using Prepare = std::function<void(Batch &batch)>;
    using BatchSink = std::function<bool(Batch &&batch)>;
    /// bytes read so far, and the input's size (0 when unknown)
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Result
    {
        qint64 calls = 0;        ///< handed to the sink
        qint64 bytes = 0;        ///< input bytes read
        QStringList warnings;    ///< at most kMaxWarnings, then one line saying how many more
        qint64 warningCount = 0;
        QString error;           ///< fatal: malformed input, an API error body, a read error
        bool apiError = false;   ///< the body was a provider's error response
        bool canceled = false;
        // Paging hints found in an envelope, for provider services.
        std::optional<qint64> totalCount;
        std::optional<bool> hasMore;
        QString nextUrl;
        bool ok() const { return error.isEmpty() && !canceled; }
    };
    static constexpr int kMaxWarnings = 200;

    /// Reads a file (or "-" for standard input) in pieces.
    static Result readFile(const QString &path, const ParseOptions &options, const Sink &sink,
                           const Progress &progress = {});
    /// Reads a body held in memory. sourceName labels messages ("calls.json: ...").
    static Result readBytes(QByteArrayView data, const ParseOptions &options, const QString &sourceName,
                            const Sink &sink, const Progress &progress = {});
    /// The same with a Prepare step on the workers and a sink of batches.
    static Result readFile(const QString &path, const ParseOptions &options, const Prepare &prepare,
                           const BatchSink &sink, const Progress &progress = {});
};

} // namespace cdr
