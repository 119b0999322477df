// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CsvWriter: the project's one CSV writer and its one quoting function (RFC 4180: a field
// holding a comma, a quote, CR or LF is quoted with its quotes doubled; UTF-8). Every CSV the
// app writes goes through it: the normalized CSV, the view export, the scorecard, chart and
// timeline data. It appends to a QByteArray the caller owns, so streaming writers can flush
// and reuse the buffer. A value type; one thread at a time (the static helpers: any thread).

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace cdr {

class CsvWriter
{
public:
    /// Rows end in lineEnd: "\r\n" (RFC 4180) unless a format documents "\n".
    explicit CsvWriter(QByteArray *out, QByteArrayView lineEnd = "\r\n");

    /// A text field, quoted when needed.
    CsvWriter &field(QStringView text);
    CsvWriter &field(const QString &text) { return field(QStringView(text)); }
    CsvWriter &field(const char *latin1) { return field(QString::fromLatin1(latin1)); }
    /// A text field already in UTF-8, quoted when needed.
    CsvWriter &utf8Field(QByteArrayView text);
    /// A field that needs no quoting (a number, an ISO time); empty for no value.
    CsvWriter &plainField(QByteArrayView text);
    /// Every text field of a row, then the row's end.
    CsvWriter &row(const QStringList &fields);
    CsvWriter &endRow();

    /// Appends one field to out, quoted when needed (no separator).
    static void appendField(QByteArray &out, QStringView text);
    static void appendField(QByteArray &out, QByteArrayView utf8);
    /// The field as CSV text, for callers that build a QString.
    static QString quoted(const QString &text);

private:
    void separate();

    QByteArray *m_out;
    QByteArrayView m_lineEnd;
    bool m_rowStarted = false;
};

} // namespace cdr
