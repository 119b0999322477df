// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CallExporter: writes rows of a CallStore (the current view, or everything) as CSV or
// NDJSON in our normalized key names, streaming through a QSaveFile (constant memory, no
// half-written file on failure or cancel), with optional redaction of phone numbers and IP
// addresses by CallRedactor (the same masking as the report's). A pure function of its inputs: run it off the UI thread; progress and cancel
// are polled every few thousand rows.

#include "callstore.h"

#include <core/outputformat.h>

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace cdr {

class CallExporter
{
public:
    using Format = OutputFormat::Format; ///< Csv or NdJson
    /// The exported keys; a table column maps to one or two of these (cost -> cost, currency).
    enum class Field {
        Provider, Id, Account, From, To, Direction, Start, Duration, Talk, Billed, Cost, Currency,
        Status, HangupCause, HangupCode, HangupSource, Codec, Mos, Jitter, Loss, Legs, Flaws,
        SipCallId // last, so the column order of earlier exports is kept
    };

    struct Options
    {
        Format format = Format::Csv;
        QList<Field> fields;      ///< empty: all fields
        bool redact = false;      ///< mask phone numbers and IPs (CallRedactor)
    };
    struct Result
    {
        qint64 rows = 0;
        qint64 bytes = 0;
        bool canceled = false;
        QString error;
        bool ok() const { return error.isEmpty() && !canceled; }
    };
    using Progress = std::function<void(qint64 done, qint64 total)>;

    static QList<Field> allFields();
    /// The fields showing CallTableModel's columns (in that order), e.g. the visible ones.
    static QList<Field> fieldsForColumns(const QList<int> &modelColumns);
    static QString fieldKey(Field f); ///< "provider", "start_time", "duration_s", ...
    static std::optional<Format> formatForPath(const QString &path); ///< .csv / .ndjson / .jsonl

    /// rows: store rows in output order; nullptr: every row in store order.
    static Result write(const QString &path, const CallStore &store, const std::vector<quint32> *rows,
                        const Options &options, const std::atomic<bool> *cancel = nullptr,
                        const Progress &progress = {});
    /// The same, into memory (tests, clipboard).
    static QByteArray serialize(const CallStore &store, const std::vector<quint32> *rows, const Options &options);
};

} // namespace cdr
