// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The normalized CSV form: one row per call, the scalar keys of the JSON contract as the
// header, RFC 4180 quoting (CsvWriter), UTF-8. Reading it back is lossless for those keys. Pure functions, any thread.

#include "call.h"

#include <QByteArray>
#include <QStringList>

namespace cdr {

class CallCsv
{
public:
    static const QStringList &columns();   ///< the scalar keys, in header order
    static QByteArray headerLine();        ///< with trailing CRLF
    static QByteArray row(const Call &call); ///< with trailing CRLF
    static void appendRow(QByteArray &out, const Call &call);
    /// Splits RFC 4180 text into records of fields. Returns false (and sets error with the
    /// line number) on an unterminated quote.
    static bool splitRecords(QByteArrayView text, QList<QStringList> *records, QString *error);
    /// Builds a call from a row of our own CSV, given its header.
    static Call fromRow(const QStringList &header, const QStringList &fields, QStringList *warnings);
};

} // namespace cdr
