// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PhoneRegion: the ISO 3166 alpha-2 region and the E.164 digits of a destination number, from
// Google's libphonenumber (wrapped here so nothing else includes it).
//
// - Digits are read as libphonenumber's Parse reads them ("+" numbers as international, others in
//   a default region, the account's region, a setting): which leading digits are a trunk prefix
//   to drop or where a country code goes is learnt once per key and applied to every number
//   with that key: the country code and the kInternationalReadingKeyDigits digits after it (a
//   "+" number), or the region and the first kNationalReadingKeyDigits digits, with the length (spaces, dashes, dots and
//   brackets are ignored; "tel:"/"sip:" user parts are read).
// - The region of the E.164 digits: a country calling code with one region gives that region
//   without further work. A shared code (+1 NANP, +7, +44, +61, ...) asks libphonenumber's
//   GetRegionCodeForNumber, cached per the country code, its first kSharedKeyDigits national
//   digits (NANP: kNanpKeyDigits, the area code and the first exchange digit) and the length,
//   which is where libphonenumber's region metadata makes its decisions (tested against the
//   uncached answer on numbers across the shared codes).
// - Anything else (a SIP user name, no digits, more than 15 digits) is "ZZ", CLDR's unknown
//   region, with no E.164 digits.
//
// Keys are packed into integers and the digits into a fixed buffer: a cached lookup allocates
// nothing (a libphonenumber parse costs about 16 us, its region lookup of a shared code up to 60).
// Not thread-safe: one object per thread (libphonenumber's own tables are shared and immutable).

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace cdr {

class PhoneRegion
{
public:
    static constexpr int kSharedKeyDigits = 5;
    static constexpr int kNanpKeyDigits = 4;
    static constexpr int kInternationalReadingKeyDigits = 2; ///< after the country code
    static constexpr int kNationalReadingKeyDigits = 4;

    struct Result
    {
        QString region = QStringLiteral("ZZ"); ///< alpha-2, or "ZZ" when unknown
        quint64 e164 = 0;                       ///< the E.164 digits as a number (never a leading 0)
        quint8 e164Digits = 0;                  ///< how many; 0 when unknown
        QByteArray e164Text() const;            ///< the digits without "+", empty when unknown
    };

    PhoneRegion();

    /// defaultRegion: alpha-2 for numbers without "+" (empty or invalid: those are "ZZ").
    Result resolve(QStringView number, const QString &defaultRegion);

    /// libphonenumber's answer without any caching (tests compare against it).
    static Result resolveUncached(const QString &number, const QString &defaultRegion);
    /// True when libphonenumber knows the alpha-2 region (e.g. "IN", "US").
    static bool isKnownRegion(const QString &region);

private:
    struct Reading
    {
        int drop = 0;         ///< leading written digits that are not in E.164
        QByteArray prefix;    ///< digits put in front (the country code)
        bool ok = false;
    };
    QString regionForE164(const char *digits, int n);

    std::vector<QString> m_singleRegion;  ///< country code -> its only region ("" shared or none)
    std::vector<char> m_isCode;           ///< country code -> exists
    QHash<quint64, QString> m_shared;      ///< (country code, leading digits, length) -> region
    QHash<quint64, Reading> m_reading;    ///< how written digits become E.164, per key
};

} // namespace cdr
