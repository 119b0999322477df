// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayformat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace cdr {

namespace {

bool isC(const QLocale &l)
{
    return l.language() == QLocale::C;
}

// The default locale; on a C system (LANG=C.UTF-8) Qt's system locale still groups thousands
// ("3,600"), where the C locale proper does not: numbers then read as they always did.
QLocale displayLocale()
{
    const QLocale l;
    return isC(l) ? QLocale::c() : l;
}

// The locale's short date with the year in full: "dd.MM.yy" -> "dd.MM.yyyy", "M/d/yy" -> "M/d/yyyy".
QString dateFormat(const QLocale &l)
{
    if (isC(l))
        return u"yyyy-MM-dd"_s;
    QString f = l.dateFormat(QLocale::ShortFormat);
    if (!f.contains(u"yyyy"_s))
        f.replace(u"yy"_s, u"yyyy"_s);
    return f;
}

// The locale's short time with seconds: "HH:mm" -> "HH:mm:ss", "h:mm AP" -> "h:mm:ss AP".
QString timeFormat(const QLocale &l, bool showMs)
{
    QString f = isC(l) ? u"HH:mm"_s : l.timeFormat(QLocale::ShortFormat);
    if (!f.contains(u"ss"_s))
        f.replace(u"mm"_s, u"mm:ss"_s);
    if (showMs)
        f.replace(u"ss"_s, u"ss.zzz"_s);
    return f;
}

} // namespace

QString DisplayFormat::number(double value, int maxDecimals)
{
    const QLocale l = displayLocale();
    QString s = l.toString(value, 'f', maxDecimals);
    const QString point = l.decimalPoint();
    if (maxDecimals > 0 && s.contains(point)) {
        const QString zero = l.zeroDigit();
        while (s.endsWith(zero))
            s.chop(zero.size());
        if (s.endsWith(point))
            s.chop(point.size());
    }
    if (s == l.negativeSign() + l.zeroDigit())
        s = l.zeroDigit();
    return s;
}

QString DisplayFormat::fixed(double value, int decimals)
{
    return displayLocale().toString(value, 'f', decimals);
}

QString DisplayFormat::integer(qint64 value)
{
    return displayLocale().toString(value);
}

QString DisplayFormat::money(double amount, const QString &currencyCode, int decimals)
{
    const QLocale l = displayLocale();
    if (currencyCode.isEmpty())
        return fixed(amount, decimals);
    if (!isC(l) && l.currencySymbol(QLocale::CurrencyIsoCode) == currencyCode)
        return l.toCurrencyString(amount, l.currencySymbol(QLocale::CurrencySymbol), decimals);
    return fixed(amount, decimals) + u' ' + currencyCode;
}

QString DisplayFormat::dateTime(const QDateTime &local, bool showMs)
{
    const QLocale l = displayLocale();
    return l.toString(local, dateFormat(l) + u' ' + timeFormat(l, showMs));
}

QString DisplayFormat::date(const QDate &date)
{
    const QLocale l = displayLocale();
    return l.toString(date, dateFormat(l));
}

QString DisplayFormat::datePattern()
{
    return dateFormat(displayLocale());
}

} // namespace cdr
