// SPDX-License-Identifier: GPL-3.0-or-later
#include "callexporter.h"

#include <core/calljson.h>
#include <core/callredactor.h>
#include <core/csvwriter.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <charconv>
#include <cmath>

namespace cdr {

namespace {

void appendNumber(QByteArray &out, double v)
{
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr - buf);
}

void appendFloat(QByteArray &out, float v)
{
    // Shortest text of the stored float: 4.25015 stays "4.25015", not 4.250150203704834.
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr - buf);
}

void appendJsonText(QByteArray &out, QByteArrayView s)
{
    out.append('"');
    for (char c : s) {
        switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
            if (uchar(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", uchar(c));
                out.append(buf);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

class RowWriter
{
public:
    RowWriter(const CallStore &s, const CallExporter::Options &o)
        : m_s(s), m_o(o), m_fields(o.fields.isEmpty() ? CallExporter::allFields() : o.fields)
    {
        for (int i = 0; i < 8; ++i) {
            m_providers[i] = providerName(Provider(i)).toUtf8();
            m_statuses[i] = statusName(CallStatus(i)).toUtf8();
        }
        for (CallExporter::Field f : std::as_const(m_fields))
            m_keys.append(CallExporter::fieldKey(f).toUtf8());
    }

    void header(QByteArray &out) const
    {
        if (m_o.format != CallExporter::Format::Csv)
            return;
        for (qsizetype i = 0; i < m_fields.size(); ++i) {
            if (i)
                out.append(',');
            out.append(CallExporter::fieldKey(m_fields[i]).toUtf8());
        }
        out.append("\r\n");
    }

    void row(QByteArray &out, quint32 r)
    {
        const bool csv = m_o.format == CallExporter::Format::Csv;
        if (!csv)
            out.append('{');
        for (qsizetype k = 0; k < m_fields.size(); ++k) {
            if (k)
                out.append(',');
            if (!csv) {
                out.append('"');
                out.append(m_keys[k]);
                out.append("\":");
            }
            value(out, r, m_fields[k], csv);
        }
        out.append(csv ? "\r\n" : "}\n");
    }

private:
    void text(QByteArray &out, QByteArrayView s, bool csv)
    {
        if (csv)
            CsvWriter::appendField(out, s);
        else
            appendJsonText(out, s);
    }
    void text(QByteArray &out, const QString &s, bool csv) { text(out, QByteArrayView(s.toUtf8()), csv); }
    void null(QByteArray &out, bool csv)
    {
        if (!csv)
            out.append("null");
    }
    void number(QByteArray &out, double v, bool csv)
    {
        if (std::isnan(v))
            null(out, csv);
        else
            appendNumber(out, v);
    }
    void floatNumber(QByteArray &out, float v, bool csv)
    {
        if (std::isnan(v))
            null(out, csv);
        else
            appendFloat(out, v);
    }
    void phone(QByteArray &out, QByteArrayView v, bool csv)
    {
        if (m_o.redact)
            text(out, CallRedactor::maskPhone(QString::fromUtf8(v)), csv);
        else
            text(out, v, csv);
    }
    void pooled(QByteArray &out, const InternPool &pool, quint32 i, bool csv)
    {
        if (m_o.redact)
            text(out, CallRedactor::redactText(pool.at(i)), csv);
        else
            text(out, QByteArrayView(pool.utf8(i)), csv);
    }

    void value(QByteArray &out, quint32 r, CallExporter::Field f, bool csv)
    {
        using F = CallExporter::Field;
        switch (f) {
        case F::Provider: text(out, QByteArrayView(m_providers[quint8(m_s.provider(r)) & 7]), csv); break;
        case F::Id: text(out, m_s.idBytes(r, &m_buf), csv); break;
        case F::Account: pooled(out, m_s.accounts(), m_s.accountIx(r), csv); break;
        case F::From: phone(out, m_s.fromBytes(r, &m_buf), csv); break;
        case F::To: phone(out, m_s.toBytes(r, &m_buf), csv); break;
        case F::Direction: pooled(out, m_s.directions(), m_s.directionIx(r), csv); break;
        case F::Start:
            if (m_s.startMs(r) == BulkRow::kMissingTime) {
                null(out, csv);
            } else {
                if (!csv)
                    out.append('"');
                CallJson::appendTime(out, m_s.startMs(r));
                if (!csv)
                    out.append('"');
            }
            break;
        case F::Duration: floatNumber(out, m_s.durationS(r), csv); break;
        case F::Talk: floatNumber(out, m_s.talkS(r), csv); break;
        case F::Billed: floatNumber(out, m_s.billedS(r), csv); break;
        case F::Cost: number(out, m_s.cost(r), csv); break;
        case F::Currency: pooled(out, m_s.currencies(), m_s.currencyIx(r), csv); break;
        case F::Status: text(out, QByteArrayView(m_statuses[quint8(m_s.status(r)) & 7]), csv); break;
        case F::HangupCause: pooled(out, m_s.causes(), m_s.causeIx(r), csv); break;
        case F::HangupCode: pooled(out, m_s.codes(), m_s.codeIx(r), csv); break;
        case F::HangupSource: pooled(out, m_s.sources(), m_s.sourceIx(r), csv); break;
        case F::Codec: pooled(out, m_s.codecs(), m_s.codecIx(r), csv); break;
        case F::Mos: number(out, m_s.mos(r), csv); break;
        case F::Jitter: number(out, m_s.jitterMs(r), csv); break;
        case F::Loss: number(out, m_s.lossPct(r), csv); break;
        case F::Legs: appendNumber(out, m_s.legs(r)); break;
        case F::Flaws: appendNumber(out, m_s.flaws(r)); break;
        case F::SipCallId:
            // A SIP Call-ID often carries the caller's host or IP ("abc@203.0.113.7"): redacted as text.
            if (m_o.redact)
                text(out, CallRedactor::redactText(m_s.sipCallId(r)), csv);
            else
                text(out, m_s.sipCallIdBytes(r, &m_buf), csv);
            break;
        }
    }

    const CallStore &m_s;
    const CallExporter::Options &m_o;
    QList<CallExporter::Field> m_fields;
    QList<QByteArray> m_keys;
    QByteArray m_providers[8], m_statuses[8];
    QByteArray m_buf;
};

} // namespace

QList<CallExporter::Field> CallExporter::allFields()
{
    QList<Field> all;
    for (int i = 0; i <= int(Field::SipCallId); ++i)
        all.append(Field(i));
    return all;
}

QList<CallExporter::Field> CallExporter::fieldsForColumns(const QList<int> &columns)
{
    // Model column order (see CallTableModel::Column); kept here as numbers so cdrmodels'
    // exporter does not need the model.
    static const QList<QList<Field>> map = {
        { Field::Provider }, { Field::Start }, { Field::From }, { Field::To }, { Field::Direction },
        { Field::Status }, { Field::Duration }, { Field::Talk }, { Field::Billed }, { Field::Cost, Field::Currency },
        { Field::HangupCause, Field::HangupCode }, { Field::Codec }, { Field::Mos }, { Field::Jitter },
        { Field::Loss }, { Field::Legs }, { Field::Flaws }, { Field::Id }, { Field::Account }, { Field::SipCallId },
    };
    QList<Field> out;
    for (int c : columns) {
        if (c >= 0 && c < map.size())
            out += map[c];
    }
    return out;
}

QString CallExporter::fieldKey(Field f)
{
    switch (f) {
    case Field::Provider: return QStringLiteral("provider");
    case Field::Id: return QStringLiteral("id");
    case Field::Account: return QStringLiteral("account");
    case Field::From: return QStringLiteral("from");
    case Field::To: return QStringLiteral("to");
    case Field::Direction: return QStringLiteral("direction");
    case Field::Start: return QStringLiteral("start_time");
    case Field::Duration: return QStringLiteral("duration_s");
    case Field::Talk: return QStringLiteral("talk_s");
    case Field::Billed: return QStringLiteral("billed_s");
    case Field::Cost: return QStringLiteral("cost");
    case Field::Currency: return QStringLiteral("currency");
    case Field::Status: return QStringLiteral("status");
    case Field::HangupCause: return QStringLiteral("hangup_cause");
    case Field::HangupCode: return QStringLiteral("hangup_code");
    case Field::HangupSource: return QStringLiteral("hangup_source");
    case Field::Codec: return QStringLiteral("codec");
    case Field::Mos: return QStringLiteral("mos");
    case Field::Jitter: return QStringLiteral("jitter_ms");
    case Field::Loss: return QStringLiteral("packet_loss_pct");
    case Field::Legs: return QStringLiteral("legs");
    case Field::Flaws: return QStringLiteral("flaws");
    case Field::SipCallId: return QStringLiteral("sip_call_id");
    }
    return {};
}

std::optional<CallExporter::Format> CallExporter::formatForPath(const QString &path)
{
    return OutputFormat::forPath(path, { Format::Csv, Format::NdJson });
}

QByteArray CallExporter::serialize(const CallStore &store, const std::vector<quint32> *rows, const Options &options)
{
    RowWriter w(store, options);
    QByteArray out;
    w.header(out);
    const quint32 n = rows ? quint32(rows->size()) : store.size();
    for (quint32 i = 0; i < n; ++i)
        w.row(out, rows ? (*rows)[i] : i);
    return out;
}

CallExporter::Result CallExporter::write(const QString &path, const CallStore &store, const std::vector<quint32> *rows,
                                         const Options &options, const std::atomic<bool> *cancel,
                                         const Progress &progress)
{
    Result result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QCoreApplication::translate("cdr::CallExporter", "%1: cannot write: %2").arg(path, file.errorString());
        return result;
    }
    RowWriter w(store, options);
    QByteArray buf;
    buf.reserve(1 << 20);
    w.header(buf);
    const quint32 n = rows ? quint32(rows->size()) : store.size();
    for (quint32 i = 0; i < n; ++i) {
        w.row(buf, rows ? (*rows)[i] : i);
        if (buf.size() >= (1 << 20) - 4096 || i + 1 == n) {
            if (file.write(buf) != buf.size()) {
                result.error = QCoreApplication::translate("cdr::CallExporter", "%1: write failed: %2")
                                   .arg(path, file.errorString());
                file.cancelWriting();
                return result;
            }
            result.bytes += buf.size();
            buf.clear();
        }
        if ((i & 0xFFF) == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                file.cancelWriting();
                result.canceled = true;
                return result;
            }
            if (progress)
                progress(i, n);
        }
        ++result.rows;
    }
    if (!buf.isEmpty()) {
        file.write(buf);
        result.bytes += buf.size();
    }
    if (!file.commit()) {
        result.error = QCoreApplication::translate("cdr::CallExporter", "%1: could not finish the file: %2")
                           .arg(path, file.errorString());
        return result;
    }
    if (progress)
        progress(n, n);
    return result;
}

} // namespace cdr
