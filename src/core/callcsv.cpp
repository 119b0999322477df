// SPDX-License-Identifier: GPL-3.0-or-later
#include "callcsv.h"

#include "calljson.h"
#include "csvwriter.h"

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
        QStringLiteral("sip_call_id"), QStringLiteral("post_dial_delay_ms"), QStringLiteral("hangup_class"),
        QStringLiteral("q850"), QStringLiteral("r_factor"), QStringLiteral("mos_est"), QStringLiteral("mos_est_basis"),
    };
    return cols;
}

QByteArray CallCsv::headerLine()
{
    QByteArray line;
    CsvWriter(&line).row(columns());
    return line;
}

namespace {

void field(QByteArray &out, const QString &s)
{
    out += ',';
    CsvWriter::appendField(out, s);
}

void number(QByteArray &out, const std::optional<double> &v)
{
    out += ',';
    if (v)
        CallJson::appendNumber(out, *v);
}

void time(QByteArray &out, const QDateTime &t)
{
    out += ',';
    CallJson::appendTime(out, t);
}

} // namespace

void CallCsv::appendRow(QByteArray &out, const Call &c)
{
    // The scalar keys of the JSON contract, in columns() order, formatted as CallJson formats them.
    CsvWriter::appendField(out, providerName(c.provider));
    field(out, c.id);
    field(out, c.account);
    field(out, c.from);
    field(out, c.to);
    field(out, c.fromName);
    field(out, c.direction);
    time(out, c.startTime);
    time(out, c.answerTime);
    time(out, c.endTime);
    number(out, c.durationS);
    number(out, c.talkS);
    number(out, c.billedS);
    number(out, c.ringS);
    number(out, c.cost);
    field(out, c.currency);
    number(out, c.rate);
    field(out, statusName(c.status));
    field(out, c.hangupCause);
    field(out, c.hangupCode);
    field(out, c.hangupSource);
    field(out, c.codec);
    number(out, c.mos);
    number(out, c.jitterMs);
    number(out, c.packetLossPct);
    field(out, c.stirAttestation);
    field(out, c.stirVerification);
    field(out, c.sipCallId);
    number(out, c.postDialDelayMs);
    field(out, hangupClassName(c.hangupClass));
    number(out, c.q850 ? std::optional<double>(*c.q850) : std::nullopt);
    number(out, c.rFactor);
    number(out, c.mosEst);
    field(out, c.mosEstBasis);
    out += "\r\n";
}

QByteArray CallCsv::row(const Call &call)
{
    QByteArray line;
    line.reserve(512);
    appendRow(line, call);
    return line;
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
        QStringLiteral("packet_loss_pct"), QStringLiteral("post_dial_delay_ms"), QStringLiteral("q850"),
        QStringLiteral("r_factor"), QStringLiteral("mos_est"),
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
    // The CSV row itself is the record as received, in the header's order.
    QByteArray raw = "{";
    for (int i = 0; i < header.size(); ++i) {
        if (i)
            raw += ',';
        CallJson::appendString(raw, header.at(i));
        raw += ':';
        CallJson::appendString(raw, i < fields.size() ? fields.at(i) : QString());
    }
    raw += '}';
    c.raw = raw;
    return c;
}

} // namespace cdr
