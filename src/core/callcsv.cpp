// SPDX-License-Identifier: GPL-3.0-or-later
#include "callcsv.h"

#include "calljson.h"
#include "csvwriter.h"

#include <QJsonObject>
#include <QLocale>

#include <utility>

namespace cdr {

namespace {

/// The names CallJson::forEachScalar visits: all of them, or only the numeric ones.
struct ScalarKeys
{
    QStringList keys;
    bool numbersOnly = false;
    void operator()(const char *name, const std::optional<double> &) { keys << QString::fromLatin1(name); }
    template <typename... Text>
    void operator()(const char *name, const Text &...)
    {
        if (!numbersOnly)
            keys << QString::fromLatin1(name);
    }
};

/// CallJson::forEachScalar's values as one CSV row, formatted as CallJson formats them.
struct CsvFields
{
    QByteArray &out;
    bool first = true;
    void separate()
    {
        if (!std::exchange(first, false))
            out += ',';
    }
    void operator()(const char *, const QString &s, bool)
    {
        separate();
        CsvWriter::appendField(out, s);
    }
    void operator()(const char *, const QDateTime &t)
    {
        separate();
        CallJson::appendTime(out, t);
    }
    void operator()(const char *, const std::optional<double> &v)
    {
        separate();
        if (v)
            CallJson::appendNumber(out, *v);
    }
};

QStringList scalarKeys(bool numbersOnly)
{
    ScalarKeys names{{}, numbersOnly};
    CallJson::forEachScalar(Call(), names);
    return names.keys;
}

} // namespace

const QStringList &CallCsv::columns()
{
    static const QStringList cols = scalarKeys(false);
    return cols;
}

QByteArray CallCsv::headerLine()
{
    QByteArray line;
    CsvWriter(&line).row(columns());
    return line;
}

void CallCsv::appendRow(QByteArray &out, const Call &c)
{
    // The scalar keys of the JSON contract, in columns() order.
    CallJson::forEachScalar(c, CsvFields{out});
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
    static const QStringList numeric = scalarKeys(true);
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
