// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordsplitter.h"

#include <QCoreApplication>

#include <array>
#include <cstring>

namespace cdr {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cdr::RecordSplitter", text, disambiguation, n);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

QByteArrayView trimmedView(const char *p, qsizetype from, qsizetype to)
{
    while (from < to && isSpace(p[from]))
        ++from;
    while (to > from && isSpace(p[to - 1]))
        --to;
    return QByteArrayView(p + from, to - from);
}

constexpr size_t kMaxDepth = 1024;

// 1: a byte the scanner must look at; everything else is skipped in a tight loop.
const std::array<quint8, 256> &structural()
{
    static const auto table = [] {
        std::array<quint8, 256> t{};
        for (char c : { '"', '{', '}', '[', ']', ',', '\n' })
            t[uchar(c)] = 1;
        return t;
    }();
    return table;
}

} // namespace

RecordSplitter::RecordSplitter(Handler handler)
    : m_handler(std::move(handler))
{
}

bool RecordSplitter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_stopped = true;
    return false;
}

bool RecordSplitter::emitItem(Kind kind, qsizetype from, qsizetype to, qint64 line, qint64 records)
{
    const Item item{ kind, m_base + from, line, records };
    if (!m_handler(item, QByteArrayView(m_buf.constData() + from, to - from))) {
        m_stopped = true;
        return false;
    }
    return true;
}

bool RecordSplitter::feed(QByteArrayView piece)
{
    if (m_stopped)
        return false;
    m_buf.append(piece.data(), piece.size());
    const bool ok = scan();
    if (ok)
        compact();
    return ok;
}

void RecordSplitter::compact()
{
    // Bytes of the value outside record arrays move to the skeleton as they are passed.
    if (m_skeletonFrom >= 0 && m_skeletonFrom < m_pos) {
        m_skeleton.append(m_buf.constData() + m_skeletonFrom, m_pos - m_skeletonFrom);
        m_skeletonFrom = m_pos;
        if (m_skeleton.size() > kMaxItemBytes)
            fail(tr("a JSON value outside the record arrays is larger than %1 MiB").arg(kMaxItemBytes >> 20));
    }
    qsizetype keep = m_pos;
    if (m_recordStart >= 0)
        keep = qMin(keep, m_recordStart);
    if (m_skeletonFrom >= 0)
        keep = qMin(keep, m_skeletonFrom);
    if (m_pos - (m_recordStart >= 0 ? m_recordStart : m_pos) > kMaxItemBytes)
        fail(tr("a record at byte offset %1 is larger than %2 MiB").arg(m_base + m_recordStart).arg(kMaxItemBytes >> 20));
    if (keep <= 0)
        return;
    // Only move memory when a good share of the buffer is consumed.
    if (keep < (1 << 20) && keep < m_buf.size() / 2)
        return;
    // Moved to the front of the same allocation: QByteArray::remove(0, n) only advances the
    // start, and the next append then grows into fresh pages (page faults were a fifth of the
    // reading thread's time).
    std::memmove(m_buf.data(), m_buf.constData() + keep, size_t(m_buf.size() - keep));
    m_buf.resize(m_buf.size() - keep);
    m_base += keep;
    m_pos -= keep;
    if (m_recordStart >= 0)
        m_recordStart -= keep;
    if (m_skeletonFrom >= 0)
        m_skeletonFrom -= keep;
    if (m_valueStart >= 0)
        m_valueStart = qMax<qsizetype>(0, m_valueStart - keep);
}

bool RecordSplitter::scan()
{
    const auto &table = structural();
    const char *p = m_buf.constData();
    const qsizetype n = m_buf.size();
    qsizetype i = m_pos;
    while (i < n) {
        if (m_stack.empty()) {
            // Between top-level values: white space, then '{' or '['.
            const char c = p[i];
            if (c == '\n') {
                ++m_line;
                ++i;
                continue;
            }
            if (isSpace(c)) {
                ++i;
                continue;
            }
            if (c != '{' && c != '[') {
                m_pos = i;
                return fail(tr("expected a JSON object or array at byte offset %1 (line %2), found %3")
                                .arg(m_base + i).arg(m_line)
                                .arg(uchar(c) >= 0x20 && uchar(c) < 0x7f ? QStringLiteral("'%1'").arg(QLatin1Char(c))
                                                                         : QStringLiteral("byte 0x%1").arg(uchar(c), 2, 16, QLatin1Char('0'))));
            }
            m_valueStart = i;
            m_valueOffset = m_base + i;
            m_valueLine = m_line;
            m_valueRecords = 0;
            m_valueHasRecordArray = false;
            m_skeleton.clear();
            m_skeletonFrom = i;
        } else {
            while (i < n && !table[uchar(p[i])])
                ++i;
            if (i >= n)
                break;
        }
        const char c = p[i];
        switch (c) {
        case '\n':
            ++m_line;
            ++i;
            break;
        case '"': {
            // The closing quote is the first one not escaped by an odd run of backslashes.
            qsizetype j = i + 1;
            for (;;) {
                const void *q = j < n ? std::memchr(p + j, '"', size_t(n - j)) : nullptr;
                if (!q) {
                    m_pos = i; // wait for more input; the string is scanned again from its start
                    return true;
                }
                j = static_cast<const char *>(q) - p;
                qsizetype k = j - 1, slashes = 0;
                while (k > i && p[k] == '\\') {
                    ++slashes;
                    --k;
                }
                if (slashes % 2 == 0)
                    break;
                ++j;
            }
            Level &top = m_stack.back();
            if (top.type == '{' && top.expectKey) {
                top.expectKey = false;
                if (m_stack.size() <= 2)
                    top.key = QByteArray(p + i + 1, j - i - 1);
            }
            i = j + 1;
            break;
        }
        case '{':
        case '[': {
            if (m_stack.size() >= kMaxDepth) {
                m_pos = i;
                return fail(tr("JSON nested deeper than %1 levels at byte offset %2 (line %3)")
                                .arg(kMaxDepth).arg(m_base + i).arg(m_line));
            }
            bool records = false;
            if (c == '[') {
                if (m_stack.empty()) {
                    records = true;
                } else if (m_recordStart < 0 && m_skeletonFrom >= 0) {
                    const Level &parent = m_stack.back();
                    if (parent.type == '{') {
                        if (m_stack.size() == 1)
                            records = parent.key == "objects" || parent.key == "items" || parent.key == "data";
                        else if (m_stack.size() == 2)
                            records = m_stack.front().key == "data" && parent.key == "data";
                    }
                }
            }
            m_stack.push_back(Level{ c, c == '{', records, {} });
            if (records) {
                m_valueHasRecordArray = true;
                // The skeleton keeps "[" and, at the array's end, "]": the records go out one by one.
                m_skeleton.append(p + m_skeletonFrom, i + 1 - m_skeletonFrom);
                m_skeletonFrom = -1;
                m_recordStart = i + 1;
                m_recordLine = m_line;
            }
            ++i;
            break;
        }
        case '}':
        case ']': {
            if (m_stack.empty())
                return fail(tr("unexpected '%1' at byte offset %2 (line %3)").arg(QLatin1Char(c)).arg(m_base + i).arg(m_line));
            const Level top = m_stack.back();
            if ((top.type == '{') != (c == '}')) {
                m_pos = i;
                return fail(tr("malformed JSON: '%1' closes a '%2' at byte offset %3 (line %4)")
                                .arg(QString(QLatin1Char(c)), QString(QLatin1Char(top.type))).arg(m_base + i).arg(m_line));
            }
            if (top.records) {
                const QByteArrayView last = trimmedView(p, m_recordStart, i);
                if (!last.isEmpty()) {
                    ++m_valueRecords;
                    if (!emitItem(Kind::Record, last.data() - p, last.data() - p + last.size(), m_recordLine))
                        return false;
                }
                m_recordStart = -1;
                m_skeletonFrom = i;
            }
            m_stack.pop_back();
            ++i;
            if (m_stack.empty()) {
                m_skeleton.append(p + m_skeletonFrom, i - m_skeletonFrom);
                m_skeletonFrom = -1;
                m_valueStart = -1;
                const Kind kind = m_valueHasRecordArray ? Kind::Envelope : Kind::Value;
                const Item item{ kind, m_valueOffset, m_valueLine, m_valueRecords };
                if (!m_handler(item, m_skeleton)) {
                    m_stopped = true;
                    m_pos = i;
                    return false;
                }
                m_skeleton.clear();
            }
            break;
        }
        case ',': {
            Level &top = m_stack.back();
            if (top.records) {
                const QByteArrayView rec = trimmedView(p, m_recordStart, i);
                ++m_valueRecords;
                if (!emitItem(Kind::Record, rec.data() - p, rec.data() - p + rec.size(), m_recordLine))
                    return false;
                m_recordStart = i + 1;
                m_recordLine = m_line;
            } else if (top.type == '{') {
                top.expectKey = true;
            }
            ++i;
            break;
        }
        default:
            ++i;
        }
        if (m_stopped)
            return false;
    }
    m_pos = i;
    return true;
}

bool RecordSplitter::finish()
{
    if (m_stopped)
        return false;
    if (!m_stack.empty()) {
        return fail(tr("the input ends inside a JSON value (truncated?): %n bracket(s) left open at byte offset %1 (line %2)",
                       nullptr, int(m_stack.size()))
                        .arg(bytesSeen()).arg(m_line));
    }
    return true;
}

} // namespace cdr
