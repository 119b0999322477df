// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CallWriter: the one writer of the normalized format (.json array, .ndjson, .csv; chosen by
// the suffix), used by convert, fetch, export and the GUI's exports. Calls are written as they
// come, so a file of any size needs memory for one batch, not for all of it. Within one output
// a call that repeats a CallKey keeps its last occurrence (duplicatesMerged() says how many
// were replaced). The output appears only on finish(): an error, a cancel or destruction
// before finish leaves nothing behind. One thread at a time.

#include "call.h"
#include "callkey.h"
#include "callkeyindex.h"
#include "outputformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QTemporaryFile;

namespace cdr {

class CallWriter
{
    Q_DECLARE_TR_FUNCTIONS(cdr::CallWriter)

public:
    using Format = OutputFormat::Format; ///< Json, NdJson or Csv
    /// The format of path's suffix when CallWriter writes it (.json, .ndjson/.jsonl, .csv).
    static std::optional<Format> formatForPath(const QString &path);

    CallWriter();
    ~CallWriter();
    CallWriter(const CallWriter &) = delete;
    CallWriter &operator=(const CallWriter &) = delete;

    /// Checks the target's folder and starts a temporary file beside it.
    bool open(const QString &path, QString *error);
    /// Room for about this many calls up front (an estimate is fine): growing the duplicate
    /// index by rehashing cost a tenth of the writing thread's time on a large input.
    void reserve(qint64 calls);
    bool write(const Call &call);
    bool write(const QList<Call> &calls);
    /// Calls already formatted by format() (on another thread): bytes holds them back to back,
    /// ends[i] is where call i ends, keys[i] its key and hashes[i] CallKeyIndex::hashOf(keys[i]).
    bool writeFormatted(QByteArrayView bytes, const QList<qsizetype> &ends, const QList<CallKey> &keys,
                        const QList<size_t> &hashes);
    Format outputFormat() const { return m_format; }
    /// Formats calls as this format writes them; any thread.
    static void format(Format format, const QList<Call> &calls, QByteArray *bytes, QList<qsizetype> *ends,
                       QList<CallKey> *keys, QList<size_t> *hashes);
    /// Closes the output and moves it into place. False (with *error) when anything failed.
    bool finish(QString *error);
    qint64 count() const { return m_written - m_duplicates; }
    qint64 duplicatesMerged() const { return m_duplicates; }
    /// Why a write failed ("out.json: cannot write: No space left on device"); empty when none did.
    QString error() const { return m_failed ? tr("%1: cannot write: %2").arg(m_path, m_error) : QString(); }

    /// The whole output for these calls, in memory (small sets, tests); duplicates merged too.
    static QByteArray serialize(Format format, const QList<Call> &calls);
    /// Writes calls to path in one go.
    static bool writeFile(const QString &path, const QList<Call> &calls, QString *error);

private:
    bool put(QByteArrayView bytes);
    bool putRecord(QByteArrayView record, const CallKey &key, size_t hash);
    void index(const CallKey &key, size_t hash, qint64 start, qint64 size);
    static void formatOne(Format format, QByteArray &out, const Call &call);
    bool flushIfFull(bool force = false);
    bool compactInto(const QString &path, QString *error);

    std::unique_ptr<QTemporaryFile> m_file;
    QString m_path;
    Format m_format = Format::Json;
    qint64 m_written = 0;
    qint64 m_duplicates = 0;
    qint64 m_flushed = 0; ///< bytes written to the file; m_buffer follows them
    bool m_failed = false;
    QString m_error;
    QByteArray m_buffer;
    QByteArray m_scratch;
    struct Range
    {
        qint64 offset;
        qint64 size; ///< -1: replaced by a later occurrence
    };
    std::vector<Range> m_ranges;
    CallKeyIndex m_index; ///< record numbers are m_ranges' indexes
};

} // namespace cdr
