// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ReaderJob: one batch of CallReader's streaming pipeline: the records RecordSplitter (or the
// CSV cutter) cut from the input, and what normalizing them gave: calls, warnings, an API
// error body, paging hints. run() detects each record's form (provider envelope, record,
// our own JSON, CSV row) and normalizes it with ProviderNormalizer. Internal to CallReader.
//
// Threading: filled by the reading thread, run() on one worker of the normalizer pool, then
// read back by the reading thread once `done` is set (under the pipeline's mutex). The Setup
// is shared read-only by all workers.

#include "callreader.h"
#include "parseoptions.h"
#include "recordsplitter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

namespace cdr {

class ReaderJob
{
public:
    struct Item
    {
        RecordSplitter::Kind kind;
        qint64 offset;
        qint64 line;
        qint64 index;   ///< record number in the input (Record and Value items)
        qint64 records; ///< Envelope: records it held
        qsizetype from; ///< in text
        qsizetype size;
    };

    /// What a job needs to know about its input; shared read-only by the workers.
    struct Setup
    {
        ParseOptions options;
        CallReader::Prepare prepare;
        QString source;
        QStringList csvHeader;
        bool csvOurs = false;
    };

    /// Normalizes the job's input into its output (on a worker thread).
    void run(const Setup &setup);
    /// Empties input and output, keeping the buffers' capacity for the next batch.
    void clear();

    /// "input" for an unnamed source: how messages name what is read.
    static QString sourceLabel(const QString &source);

    // input
    QByteArray text;
    std::vector<Item> items;
    bool csv = false;
    qint64 csvFirstLine = 0;
    // output
    QList<Call> calls;
    CallReader::Batch prepared; ///< filled by Setup::prepare, when there is one
    QStringList warnings;
    qint64 skipped = 0; ///< records that were no call at all
    QString error;
    bool apiError = false;
    std::optional<qint64> totalCount;
    std::optional<bool> hasMore;
    QString nextUrl;
    std::atomic<bool> done{ false };
};

} // namespace cdr
