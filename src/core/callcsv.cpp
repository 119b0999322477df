// SPDX-License-Identifier: GPL-3.0-or-later
#include "callcsv.h"

#include "calljson.h"

#include <QJsonObject>
#include <QLocale>

namespace cdr {

const QStringList &CallCsv::columns()
{
    static const QStringList cols = {
        QStringLiteral("provider"), QStringLiteral("id"), QStringLiteral("account"), QStringLiteral("from"),
        QStringLiteral("to"), QStringLiteral("from_name"), QStringLiteral("direction"), QStringLiteral("start_time"),
        QStringLiteral("answer_time"), QStringLiteral("end_time"), QStringLiteral("duration_s"), QStringLiteral("talk_s"),
        QStringLiteral("billed_s"), QStringLiteral("ring_s"), QStringLiteral("cost"), QStringLiteral("currency"),
        QStringLiteral("rate"), QStringLiteral("status"), QStringLiteral("hangup_cause"), QStringLiteral("hangup_code"),
        QStringLiteral("hangup_source"), QStringLiteral("codec"), QStringLiteral("mos"), QStringLiteral("jitter_ms"),
        QStringLiteral("packet_loss_pct"), QStringLiteral("stir_attestation"), QStringLiteral("stir_verification"),
        QStringLiteral("sip_call_id"), QStringLiteral("post_dial_delay_ms"),
    };
    return cols;
}

QByteArray CallCsv::escape(const QString &field)
{
    QByteArray utf8 = field.toUtf8();
    bool quote = false;
    for (char ch : std::as_const(utf8)) {
        if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

QByteArray CallCsv::headerLine()
{
    QByteArray line;
    for (const QString &c : columns()) {
        if (!line.isEmpty())
            line += ',';
        line += escape(c);
    }
    return line + "\r\n";
}

QByteArray CallCsv::row(const Call &call)
{
    // One path for JSON and CSV: the CSV row is the scalar part of the JSON object.
    const QJsonObject o = CallJson::toJson(call);
    QByteArray line;
    bool first = true;
    for (const QString &c : columns()) {
        if (!first)
            line += ',';
        first = false;
        const QJsonValue v = o.value(c);
        if (v.isDouble())
            line += QByteArray::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
        else if (v.isString())
            line += escape(v.toString());
    }
    return line + "\r\n";
}

bool CallCsv::splitRecords(QByteArrayView text, QList<QStringList> *records, QString *error)
{
    QStringList fields;
    QByteArray field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char ch = text[i];
        if (inQuotes) {
            if (ch == '"') {
                if (i + 1 < n && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (ch == '\n')
                    ++line;
                field += ch;
            }
            continue;
        }
        switch (ch) {
        case '"':
            inQuotes = true;
            quoteLine = line;
            fieldStarted = true;
            break;
        case ',':
            fields << QString::fromUtf8(field);
            field.clear();
            fieldStarted = true;
            break;
        case '\r':
            break;
        case '\n':
            fields << QString::fromUtf8(field);
            field.clear();
            records->append(fields);
            fields.clear();
            fieldStarted = false;
            ++line;
            break;
        default:
            field += ch;
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        *error = QStringLiteral("unterminated quoted field starting on line %1").arg(quoteLine);
        return false;
    }
    if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
        fields << QString::fromUtf8(field);
        records->append(fields);
    }
    return true;
}

Call CallCsv::fromRow(const QStringList &header, const QStringList &fields, QStringList *warnings)
{
    QJsonObject o;
    static const QStringList numeric = {
        QStringLiteral("duration_s"), QStringLiteral("talk_s"), QStringLiteral("billed_s"), QStringLiteral("ring_s"),
        QStringLiteral("cost"), QStringLiteral("rate"), QStringLiteral("mos"), QStringLiteral("jitter_ms"),
        QStringLiteral("packet_loss_pct"), QStringLiteral("post_dial_delay_ms"),
    };
    for (int i = 0; i < header.size(); ++i) {
        const QString key = header.at(i);
        const QString value = i < fields.size() ? fields.at(i) : QString();
        if (value.isEmpty()) {
            o.insert(key, QJsonValue(QJsonValue::Null));
        } else if (numeric.contains(key)) {
            bool ok = false;
            const double d = value.toDouble(&ok);
            o.insert(key, ok ? QJsonValue(d) : QJsonValue(value)); // fromJson warns on the bad one
        } else {
            o.insert(key, value);
        }
    }
    Call c = CallJson::fromJson(o, warnings);
    // The CSV row itself is the record as received.
    QJsonObject raw;
    for (int i = 0; i < header.size(); ++i)
        raw.insert(header.at(i), i < fields.size() ? fields.at(i) : QString());
    if (c.raw.isEmpty())
        c.raw = raw;
    return c;
}

} // namespace cdr
