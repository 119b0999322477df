// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Numbers, money and times as a person reads them, in the default QLocale (the language chosen
// in Preferences, see cdr::Translators): "1.234,5" in German, "1,234.5" in English. For the
// screen and the PDF report only; the normalized JSON/CSV exports and the CLI's machine output
// never come here (they write C-locale numbers and ISO times). Under the C locale (no language
// chosen on a C system, as in the tests) numbers and times read as before: "1234.5",
// "2026-01-16 12:14:19". Pure functions; any thread.

#include <QDateTime>
#include <QString>

namespace cdr {

class DisplayFormat
{
public:
    /// At most maxDecimals decimals, trailing zeros dropped ("4.5", "12", "0.25").
    static QString number(double value, int maxDecimals = 2);
    /// Exactly decimals decimals ("12.50").
    static QString fixed(double value, int decimals);
    static QString integer(qint64 value);
    /// An amount in a currency given by its ISO 4217 code: the locale's own symbol and layout
    /// when it is the locale's currency ("₹1.25" in India), else the number and the code
    /// ("1,25 USD" in German). An empty code gives the number alone.
    static QString money(double amount, const QString &currencyCode, int decimals = 2);
    /// Date and time to the second (milliseconds when showMs), the date in the locale's short
    /// form with a four-digit year ("16.01.2026 12:14:19"), or ISO under the C locale.
    static QString dateTime(const QDateTime &local, bool showMs = false);
    /// The date alone, as dateTime() writes it.
    static QString date(const QDate &date);
    /// The pattern date() writes, for the date pickers (QDateEdit::setDisplayFormat).
    static QString datePattern();
};

} // namespace cdr
