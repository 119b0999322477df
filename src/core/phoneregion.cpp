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

// The digits of a number as people and providers write them: "+1 (415) 555-0123",
// "tel:+14155550123", "sip:+14155550123@host". Returns false when something else is in it
// (letters of a SIP user name, say).
bool extractDigits(QStringView number, QByteArray *digits, bool *plus)
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
    *plus = s.startsWith(u'+');
    if (*plus)
        s = s.mid(1);
    digits->clear();
    for (QChar c : s) {
        if (c.isDigit() && c.unicode() < 128)
            digits->append(char(c.unicode()));
        else if (c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')')
            return false;
    }
    return !digits->isEmpty() && digits->size() <= kMaxE164Digits + 4;
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
    QByteArray digits;
    bool plus = false;
    if (!extractDigits(number, &digits, &plus))
        return r;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber pn;
    const std::string text = (plus ? "+" : "") + digits.toStdString();
    const std::string region = plus ? std::string("ZZ") : defaultRegion.toUpper().toStdString();
    if (util->Parse(text, region, &pn) != PhoneNumberUtil::NO_PARSING_ERROR)
        return r;
    std::string e164;
    util->Format(pn, PhoneNumberUtil::E164, &e164);
    if (e164.size() < 2 || e164.size() > kMaxE164Digits + 1)
        return r;
    r.e164 = QByteArray::fromStdString(e164.substr(1));
    std::string rc;
    util->GetRegionCodeForNumber(pn, &rc);
    r.region = rc.empty() || rc == "001" ? QStringLiteral("ZZ") : QString::fromStdString(rc);
    return r;
}

QString PhoneRegion::regionForE164(const QByteArray &digits)
{
    int cc = 0;
    int ccLen = 0;
    for (int len = 1; len <= 3 && len < digits.size(); ++len) {
        const int candidate = digits.left(len).toInt();
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
    const int keyLen = ccLen + (cc == 1 ? kNanpKeyDigits : kSharedKeyDigits);
    QByteArray key = digits.left(keyLen);
    key.append(':').append(QByteArray::number(digits.size()));
    if (const auto it = m_shared.constFind(key); it != m_shared.cend())
        return *it;
    PhoneNumber pn;
    pn.set_country_code(cc);
    const QByteArray national = digits.mid(ccLen);
    pn.set_national_number(national.toULongLong());
    int zeros = 0;
    while (zeros < national.size() - 1 && national.at(zeros) == '0')
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
    QByteArray digits;
    bool plus = false;
    if (!extractDigits(number, &digits, &plus))
        return r;
    // How a written number reads as E.164 (a trunk prefix to drop, "+44 (0)20 ...", or a country
    // code to add to a national number) is decided by its leading digits and its length: learn it
    // from libphonenumber's Parse once per key, then apply it to the digits.
    QByteArray key = plus ? QByteArray("+") : defaultRegion.toUpper().toLatin1();
    key.append(':').append(digits.left(kReadingKeyDigits)).append(':').append(QByteArray::number(digits.size()));
    auto it = m_reading.constFind(key);
    if (it == m_reading.cend()) {
        Reading n;
        const Result full = resolveUncached((plus ? QStringLiteral("+") : QString()) + QString::fromLatin1(digits),
                                            defaultRegion);
        // The E.164 form is <prefix><the written digits after `drop`>; find the split.
        for (int drop = 0; drop <= digits.size() && !full.e164.isEmpty(); ++drop) {
            const QByteArray tail = digits.mid(drop);
            if (full.e164.endsWith(tail) && full.e164.size() - tail.size() <= 3) {
                n.drop = drop;
                n.prefix = full.e164.left(full.e164.size() - tail.size());
                n.ok = true;
                break;
            }
        }
        it = m_reading.insert(key, n);
    }
    if (!it->ok)
        return r;
    digits = it->prefix + digits.mid(it->drop);
    if (digits.size() < 2 || digits.size() > kMaxE164Digits)
        return r;
    r.e164 = digits;
    r.region = regionForE164(digits);
    return r;
}

} // namespace cdr
