// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RecordSplitter: cuts a JSON input of any size into items without parsing it whole.
//
// Fed bytes in pieces of any size, it finds every provider envelope's record array (a bare
// top-level array; {objects:[...]} (Plivo), {items:[...]} (CarrierX), {data:[...]} (Vobiz),
// {data:{data:[...]}} (NexBro's Laravel page)) and hands out each record's bytes as an item.
// What is left of an envelope once its records are cut out (its paging block, an error body,
// a single record) is handed out whole as one more item. Several top-level values in a row are
// NDJSON. Memory: one unfinished item plus what the handler holds, whatever the input size.
//
// It tracks only strings and nesting; simdjson validates every item later. One thread.

#include <QByteArray>
#include <QString>

#include <functional>

namespace cdr {

class RecordSplitter
{
public:
    enum class Kind : quint8 {
        Record,   ///< an element of a record array
        Value,    ///< a whole top-level value that held no record array (record, error body, ...)
        Envelope, ///< what is left of a top-level value after its record arrays were cut out
    };
    struct Item
    {
        Kind kind;
        qint64 offset;   ///< byte offset in the input
        qint64 line;     ///< 1-based line of the item's first byte
        qint64 records;  ///< for Envelope: how many records it held
    };
    /// Receives each item's bytes (valid during the call only); false stops the splitter.
    using Handler = std::function<bool(const Item &item, QByteArrayView bytes)>;

    explicit RecordSplitter(Handler handler);

    /// Feeds the next piece. False on a structural error (see error()) or when the handler stopped.
    bool feed(QByteArrayView piece);
    /// The input ended: false when it ended inside a value.
    bool finish();
    QString error() const { return m_error; }
    qint64 bytesSeen() const { return m_base + m_buf.size(); }

    /// Largest single item (a record, or an envelope without its records) it accepts.
    static constexpr qsizetype kMaxItemBytes = qsizetype(256) << 20;

private:
    bool scan();
    bool fail(const QString &message);
    bool emitItem(Kind kind, qsizetype from, qsizetype to, qint64 line, qint64 records = 0);
    void compact();

    Handler m_handler;
    QByteArray m_buf;     ///< unconsumed input
    qsizetype m_pos = 0;  ///< scan position in m_buf
    qint64 m_base = 0;    ///< input offset of m_buf[0]
    qint64 m_line = 1;    ///< line at m_pos

    struct Level
    {
        char type;         ///< '{' or '['
        bool expectKey;    ///< in an object, the next string is a key
        bool records;      ///< this array is a record array
        QByteArray key;    ///< current key (kept at the top two levels only)
    };
    std::vector<Level> m_stack;
    // The top-level value being scanned.
    qsizetype m_valueStart = -1; ///< in m_buf
    qint64 m_valueLine = 0;
    qint64 m_valueOffset = 0;    ///< input offset of the value's first byte
    qint64 m_valueRecords = 0;
    bool m_valueHasRecordArray = false;
    QByteArray m_skeleton;       ///< the value's bytes outside record arrays, so far
    qsizetype m_skeletonFrom = -1; ///< m_buf position not yet copied into m_skeleton
    // The record being scanned (inside a record array).
    qsizetype m_recordStart = -1;
    qint64 m_recordLine = 0;
    QString m_error;
    bool m_stopped = false;
};

} // namespace cdr
