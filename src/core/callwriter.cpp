// SPDX-License-Identifier: GPL-3.0-or-later
#include "callwriter.h"

#include "callcsv.h"
#include "calljson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

namespace cdr {

namespace {

constexpr qsizetype kFlushBytes = qsizetype(1) << 20;

QByteArrayView separator(CallWriter::Format f, bool first)
{
    if (f == CallWriter::Format::Json && !first)
        return ",\n";
    return {};
}

} // namespace

std::optional<CallWriter::Format> CallWriter::formatForPath(const QString &path)
{
    return OutputFormat::forPath(path, { Format::Json, Format::NdJson, Format::Csv });
}

CallWriter::CallWriter() = default;
CallWriter::~CallWriter() = default;

bool CallWriter::open(const QString &path, QString *error)
{
    const auto format = formatForPath(path);
    if (!format) {
        *error = tr("%1: unknown output format (use .json, .ndjson or .csv)").arg(path);
        return false;
    }
    m_format = *format;
    m_path = path;
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists()) {
        *error = tr("%1: the folder %2 does not exist").arg(path, folder.filePath());
        return false;
    }
    if (info.isDir()) {
        *error = tr("%1: is a folder").arg(path);
        return false;
    }
    m_file = std::make_unique<QTemporaryFile>(info.absolutePath() + QStringLiteral("/.") + info.fileName()
                                              + QStringLiteral(".XXXXXX"));
    if (!m_file->open()) {
        *error = tr("%1: cannot write in %2: %3").arg(path, folder.filePath(), m_file->errorString());
        m_file.reset();
        return false;
    }
    m_buffer.reserve(kFlushBytes + (kFlushBytes >> 2));
    if (m_format == Format::Json)
        put("[\n");
    else if (m_format == Format::Csv)
        put(CallCsv::headerLine());
    return !m_failed;
}

bool CallWriter::put(QByteArrayView bytes)
{
    m_buffer.append(bytes.data(), bytes.size());
    return flushIfFull();
}

bool CallWriter::flushIfFull(bool force)
{
    if (m_failed)
        return false;
    if (m_buffer.size() >= kFlushBytes || (force && !m_buffer.isEmpty())) {
        if (m_file->write(m_buffer) != m_buffer.size()) {
            m_failed = true;
            m_error = m_file->errorString();
        }
        m_flushed += m_buffer.size();
        m_buffer.resize(0);
    }
    return !m_failed;
}

void CallWriter::formatOne(Format format, QByteArray &out, const Call &call)
{
    // open() accepts only Json, NdJson and Csv (formatForPath).
    if (format == Format::Csv) {
        CallCsv::appendRow(out, call);
        return;
    }
    CallJson::appendJson(out, call);
    if (format == Format::NdJson)
        out += '\n';
}

void CallWriter::format(Format format, const QList<Call> &calls, QByteArray *bytes, QList<qsizetype> *ends,
                        QList<CallKey> *keys, QList<size_t> *hashes)
{
    bytes->reserve(bytes->size() + calls.size() * 600);
    ends->reserve(ends->size() + calls.size());
    keys->reserve(keys->size() + calls.size());
    hashes->reserve(hashes->size() + calls.size());
    for (const Call &c : calls) {
        formatOne(format, *bytes, c);
        ends->append(bytes->size());
        keys->append(CallKey::of(c));
        hashes->append(CallKeyIndex::hashOf(keys->constLast()));
    }
}

bool CallWriter::putRecord(QByteArrayView record, const CallKey &key, size_t hash)
{
    m_buffer += separator(m_format, m_written == 0);
    const qint64 start = m_flushed + m_buffer.size();
    m_buffer.append(record.data(), record.size());
    index(key, hash, start, record.size());
    return flushIfFull();
}

void CallWriter::index(const CallKey &key, size_t hash, qint64 start, qint64 size)
{
    const qsizetype earlier = m_index.insert(key, hash);
    if (earlier >= 0) {
        m_ranges[size_t(earlier)].size = -1; // the last occurrence wins
        ++m_duplicates;
    }
    m_ranges.push_back({ start, size });
    ++m_written;
}

void CallWriter::reserve(qint64 calls)
{
    calls = qBound<qint64>(0, calls, qint64(1) << 26);
    m_ranges.reserve(size_t(calls));
    m_index.reserve(qsizetype(calls));
}

bool CallWriter::write(const Call &call)
{
    if (!m_file || m_failed)
        return false;
    m_scratch.resize(0);
    formatOne(m_format, m_scratch, call);
    const CallKey key = CallKey::of(call);
    return putRecord(m_scratch, key, CallKeyIndex::hashOf(key));
}

bool CallWriter::writeFormatted(QByteArrayView bytes, const QList<qsizetype> &ends, const QList<CallKey> &keys,
                                const QList<size_t> &hashes)
{
    if (!m_file || m_failed)
        return false;
    if (m_format == Format::Json) { // records need separators between them
        qsizetype from = 0;
        for (qsizetype i = 0; i < ends.size(); ++i) {
            if (!putRecord(bytes.sliced(from, ends.at(i) - from), keys.at(i), hashes.at(i)))
                return false;
            from = ends.at(i);
        }
        return true;
    }
    // Records follow each other as they are: one copy for the whole batch.
    const qint64 base = m_flushed + m_buffer.size();
    m_buffer.append(bytes.data(), ends.isEmpty() ? 0 : ends.last());
    qsizetype from = 0;
    for (qsizetype i = 0; i < ends.size(); ++i) {
        index(keys.at(i), hashes.at(i), base + from, ends.at(i) - from);
        from = ends.at(i);
    }
    return flushIfFull();
}

bool CallWriter::write(const QList<Call> &calls)
{
    for (const Call &c : calls) {
        if (!write(c))
            return false;
    }
    return true;
}

bool CallWriter::finish(QString *error)
{
    auto fail = [&](const QString &why) {
        *error = tr("%1: cannot write: %2").arg(m_path, why);
        m_file.reset(); // removes the temporary file
        return false;
    };
    if (!m_file)
        return fail(tr("not open"));
    if (m_format == Format::Json)
        m_buffer += m_written == 0 ? "]\n" : "\n]\n";
    if (!flushIfFull(true) || !m_file->flush())
        return fail(m_error.isEmpty() ? m_file->errorString() : m_error);
    if (m_duplicates > 0)
        return compactInto(m_path, error);
    // Move into place: remove the old target first (rename does not replace on every OS).
    m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                           | QFileDevice::ReadOther);
    QFile::remove(m_path);
    if (!m_file->rename(m_path))
        return fail(m_file->errorString());
    m_file->setAutoRemove(false);
    m_file.reset();
    return true;
}

// Rewrites the output without the occurrences that a later one replaced.
bool CallWriter::compactInto(const QString &path, QString *error)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(path, out.errorString());
        m_file.reset();
        return false;
    }
    if (!m_file->seek(0)) {
        *error = tr("%1: cannot read back the temporary output: %2").arg(path, m_file->errorString());
        m_file.reset();
        return false;
    }
    QByteArray head;
    if (m_format == Format::Json)
        head = "[\n";
    else if (m_format == Format::Csv)
        head = CallCsv::headerLine();
    out.write(head);
    bool first = true;
    QByteArray chunk;
    for (const Range &r : m_ranges) {
        if (r.size < 0)
            continue;
        if (m_format == Format::Json && !first)
            out.write(",\n");
        first = false;
        if (!m_file->seek(r.offset)) {
            *error = tr("%1: cannot read back the temporary output: %2").arg(path, m_file->errorString());
            m_file.reset();
            return false;
        }
        chunk = m_file->read(r.size);
        out.write(chunk);
    }
    if (m_format == Format::Json)
        out.write(first ? "]\n" : "\n]\n");
    m_file.reset();
    if (!out.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, out.errorString());
        return false;
    }
    return true;
}

QByteArray CallWriter::serialize(Format format, const QList<Call> &calls)
{
    // The in-memory form follows the same rules as the file: last occurrence wins.
    QHash<CallKey, qsizetype> last;
    for (qsizetype i = 0; i < calls.size(); ++i)
        last.insert(CallKey::of(calls.at(i)), i);
    QByteArray out;
    if (format == Format::Json)
        out = "[\n";
    else if (format == Format::Csv)
        out = CallCsv::headerLine();
    bool first = true;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        if (last.value(CallKey::of(calls.at(i))) != i)
            continue;
        out += separator(format, first);
        formatOne(format, out, calls.at(i));
        first = false;
    }
    if (format == Format::Json)
        out += first ? "]\n" : "\n]\n";
    return out;
}

bool CallWriter::writeFile(const QString &path, const QList<Call> &calls, QString *error)
{
    CallWriter w;
    if (!w.open(path, error))
        return false;
    w.write(calls);
    return w.finish(error);
}

} // namespace cdr
