// SPDX-License-Identifier: GPL-3.0-or-later
#include "phoneregion.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <list>
#include <string>

namespace cdr {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr int kMaxE164Digits = 15;
constexpr int kMaxWritten = 20;

// The digits of a number as people and providers write them: "+1 (415) 555-0123",
// "tel:+14155550123", "sip:+14155550123@host", into a fixed buffer (this runs once per call).
// Returns false when something else is in it (letters of a SIP user name, say).
struct Written
{
    char d[kMaxWritten];
    int n = 0;
    bool plus = false;
};

bool extractDigits(QStringView number, Written *w)
{
    QStringView s = number.trimmed();
    if (s.startsWith(u"tel:", Qt::CaseInsensitive) || s.startsWith(u"sip:", Qt::CaseInsensitive))
        s = s.mid(4);
    else if (s.startsWith(u"sips:", Qt::CaseInsensitive))
        s = s.mid(5);
    if (const qsizetype at = s.indexOf(u'@'); at >= 0)
        s = s.left(at);
    if (const qsizetype semi = s.indexOf(u';'); semi >= 0)
        s = s.left(semi);
    w->plus = s.startsWith(u'+');
    if (w->plus)
        s = s.mid(1);
    w->n = 0;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            if (w->n == kMaxWritten)
                return false;
            w->d[w->n++] = char(u);
        } else if (u != u' ' && u != u'-' && u != u'.' && u != u'(' && u != u')') {
            return false;
        }
    }
    return w->n > 0;
}

quint64 digitValue(const char *p, int n)
{
    quint64 v = 0;
    for (int i = 0; i < n; ++i)
        v = v * 10 + quint64(p[i] - '0');
    return v;
}

// Two letters in 10 bits; 1023 for "no region".
quint64 regionBits(const QString &region)
{
    if (region.size() != 2)
        return 1023;
    const auto letter = [](QChar c) { return quint64(c.toUpper().unicode() - u'A') & 31; };
    return letter(region.at(0)) * 32 + letter(region.at(1));
}

} // namespace

PhoneRegion::PhoneRegion()
    : m_singleRegion(1000)
    , m_isCode(1000, 0)
{
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    for (int cc = 1; cc < 1000; ++cc) {
        std::list<std::string> regions;
        util->GetRegionCodesForCountryCallingCode(cc, &regions);
        if (regions.empty())
            continue;
        m_isCode[size_t(cc)] = 1;
        // "001" is libphonenumber's non-geographic entity (+800, +882, ...): no country.
        if (regions.size() == 1)
            m_singleRegion[size_t(cc)] = regions.front() == "001" ? QStringLiteral("ZZ")
                                                                 : QString::fromStdString(regions.front());
    }
}

bool PhoneRegion::isKnownRegion(const QString &region)
{
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region.toUpper().toStdString()) != 0;
}

PhoneRegion::Result PhoneRegion::resolveUncached(const QString &number, const QString &defaultRegion)
{
    Result r;
    Written w;
    if (!extractDigits(number, &w))
        return r;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber pn;
    const std::string text = (w.plus ? "+" : "") + std::string(w.d, size_t(w.n));
    const std::string region = w.plus ? std::string("ZZ") : defaultRegion.toUpper().toStdString();
    if (util->Parse(text, region, &pn) != PhoneNumberUtil::NO_PARSING_ERROR)
        return r;
    std::string e164;
    util->Format(pn, PhoneNumberUtil::E164, &e164);
    if (e164.size() < 3 || e164.size() > kMaxE164Digits + 1)
        return r;
    r.e164 = digitValue(e164.data() + 1, int(e164.size()) - 1);
    r.e164Digits = quint8(e164.size() - 1);
    std::string rc;
    util->GetRegionCodeForNumber(pn, &rc);
    r.region = rc.empty() || rc == "001" ? QStringLiteral("ZZ") : QString::fromStdString(rc);
    return r;
}

QString PhoneRegion::regionForE164(const char *digits, int n)
{
    int cc = 0;
    int ccLen = 0;
    for (int len = 1; len <= 3 && len < n; ++len) {
        const int candidate = int(digitValue(digits, len));
        if (m_isCode[size_t(candidate)]) {
            cc = candidate;
            ccLen = len;
            break;
        }
    }
    if (!cc)
        return QStringLiteral("ZZ");
    if (const QString &single = m_singleRegion[size_t(cc)]; !single.isEmpty())
        return single;
    const int keyLen = std::min(n - ccLen, cc == 1 ? kNanpKeyDigits : kSharedKeyDigits);
    const quint64 key = ((digitValue(digits + ccLen, keyLen) * 8 + quint64(keyLen)) * 32 + quint64(n)) * 1024 + quint64(cc);
    if (const auto it = m_shared.constFind(key); it != m_shared.cend())
        return *it;
    PhoneNumber pn;
    pn.set_country_code(cc);
    pn.set_national_number(digitValue(digits + ccLen, n - ccLen));
    int zeros = 0;
    while (zeros < n - ccLen - 1 && digits[ccLen + zeros] == '0')
        ++zeros;
    if (zeros) {
        pn.set_italian_leading_zero(true);
        pn.set_number_of_leading_zeros(zeros);
    }
    std::string rc;
    PhoneNumberUtil::GetInstance()->GetRegionCodeForNumber(pn, &rc);
    const QString region = rc.empty() || rc == "001" ? QStringLiteral("ZZ") : QString::fromStdString(rc);
    m_shared.insert(key, region);
    return region;
}

PhoneRegion::Result PhoneRegion::resolve(QStringView number, const QString &defaultRegion)
{
    Result r;
    Written w;
    if (!extractDigits(number, &w))
        return r;
    // How a written number reads as E.164 (a trunk prefix to drop, "+44 (0)20 ...", or a country
    // code to add to a national number) is decided by its leading digits and its length: learn it
    // from libphonenumber's Parse once per key, then apply it to the digits.
    // International: the country code and the two digits after it (where a trunk prefix would
    // be); national: the region and the first kNationalReadingKeyDigits digits.
    int keyLen = kNationalReadingKeyDigits;
    if (w.plus) {
        keyLen = 3 + kInternationalReadingKeyDigits;
        for (int len = 1; len <= 3 && len < w.n; ++len) {
            if (m_isCode[size_t(digitValue(w.d, len))]) {
                keyLen = len + kInternationalReadingKeyDigits;
                break;
            }
        }
    }
    keyLen = std::min(keyLen, w.n);
    const quint64 key = (((digitValue(w.d, keyLen) * 8 + quint64(keyLen)) * 32 + quint64(w.n)) * 1024
                         + (w.plus ? 1022 : regionBits(defaultRegion))) * 2 + (w.plus ? 1 : 0);
    auto it = m_reading.constFind(key);
    if (it == m_reading.cend()) {
        Reading reading;
        const Result full = resolveUncached((w.plus ? QStringLiteral("+") : QString())
                                                + QString::fromLatin1(w.d, w.n),
                                            defaultRegion);
        // The E.164 form is <prefix><the written digits after `drop`>; find the split.
        const QByteArray e164 = full.e164Text();
        const QByteArray written(w.d, w.n);
        for (int drop = 0; drop <= w.n && !e164.isEmpty(); ++drop) {
            const QByteArray tail = written.mid(drop);
            if (e164.endsWith(tail) && e164.size() - tail.size() <= 3) {
                reading.drop = drop;
                reading.prefix = e164.left(e164.size() - tail.size());
                reading.ok = true;
                break;
            }
        }
        it = m_reading.insert(key, reading);
    }
    if (!it->ok)
        return r;
    char e[kMaxWritten + 4];
    int m = 0;
    for (char c : it->prefix)
        e[m++] = c;
    for (int i = it->drop; i < w.n; ++i)
        e[m++] = w.d[i];
    if (m < 3 || m > kMaxE164Digits)
        return r;
    r.e164 = digitValue(e, m);
    r.e164Digits = quint8(m);
    r.region = regionForE164(e, m);
    return r;
}

QByteArray PhoneRegion::Result::e164Text() const
{
    return e164Digits ? QByteArray::number(e164) : QByteArray();
}

} // namespace cdr
