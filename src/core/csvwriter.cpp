// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include "calljson.h"

namespace cdr {

namespace {

bool isSpecial(char16_t ch)
{
    return ch == u',' || ch == u'"' || ch == u'\n' || ch == u'\r';
}

bool needsQuotes(QStringView text)
{
    for (const QChar ch : text) {
        if (isSpecial(ch.unicode()))
            return true;
    }
    return false;
}

bool needsQuotes(QByteArrayView text)
{
    for (const char ch : text) {
        if (isSpecial(char16_t(uchar(ch))))
            return true;
    }
    return false;
}

void appendQuoted(QByteArray &out, QByteArrayView utf8)
{
    out += '"';
    for (const char ch : utf8) {
        if (ch == '"')
            out += '"';
        out += ch;
    }
    out += '"';
}

} // namespace

CsvWriter::CsvWriter(QByteArray *out, QByteArrayView lineEnd)
    : m_out(out)
    , m_lineEnd(lineEnd)
{
}

void CsvWriter::separate()
{
    if (m_rowStarted)
        *m_out += ',';
    m_rowStarted = true;
}

CsvWriter &CsvWriter::field(QStringView text)
{
    separate();
    appendField(*m_out, text);
    return *this;
}

CsvWriter &CsvWriter::utf8Field(QByteArrayView text)
{
    separate();
    appendField(*m_out, text);
    return *this;
}

CsvWriter &CsvWriter::plainField(QByteArrayView text)
{
    separate();
    m_out->append(text);
    return *this;
}

CsvWriter &CsvWriter::row(const QStringList &fields)
{
    for (const QString &f : fields)
        field(f);
    return endRow();
}

CsvWriter &CsvWriter::endRow()
{
    m_out->append(m_lineEnd);
    m_rowStarted = false;
    return *this;
}

void CsvWriter::appendField(QByteArray &out, QStringView text)
{
    // Straight from UTF-16 when no quoting is needed (nearly always): this is on the convert path.
    if (!needsQuotes(text)) {
        CallJson::appendUtf8(out, text);
        return;
    }
    appendQuoted(out, text.toUtf8());
}

void CsvWriter::appendField(QByteArray &out, QByteArrayView utf8)
{
    if (!needsQuotes(utf8))
        out.append(utf8);
    else
        appendQuoted(out, utf8);
}

QString CsvWriter::quoted(const QString &text)
{
    if (!needsQuotes(text))
        return text;
    QByteArray out;
    appendQuoted(out, text.toUtf8());
    return QString::fromUtf8(out);
}

} // namespace cdr
