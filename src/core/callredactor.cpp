// SPDX-License-Identifier: GPL-3.0-or-later
#include "callredactor.h"

#include <QJsonDocument>

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cdr {

namespace {

const QRegularExpression &ipv4()
{
    static const QRegularExpression re(uR"((?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]))"_s);
    return re;
}

const QRegularExpression &ipv6()
{
    // Full form (eight groups) or compressed with "::" ("2001:db8::1", "::1"); a time such as
    // 12:14:19 has neither, so it is left alone.
    static const QRegularExpression re(
        uR"((?<![\w:.])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){0,6}:(?::?[0-9A-Fa-f]{1,4}){1,7}|(?:[0-9A-Fa-f]{1,4}:){1,7}:)(?![\w:]))"_s);
    return re;
}

const QRegularExpression &phone()
{
    // 7 to 15 digits, optionally with a leading +, not part of a longer word (UUIDs,
    // hex ids) or of a decimal/time value.
    static const QRegularExpression re(uR"((?<![\w.:\-])\+?\d{7,15}(?![\w.:\-]))"_s);
    return re;
}

// Keys whose value is a phone number or an address even when it is short or oddly written.
bool isPartyKey(const QString &key)
{
    static const QStringList parts = {u"number"_s, u"from"_s, u"_to"_s, u"caller"_s, u"destination"_s,
                                      u"diversion"_s, u"stir_orig"_s, u"identity"_s};
    const QString k = key.toLower();
    if (k == u"to" || k == u"from" || k.startsWith(u"to_"))
        return true;
    for (const QString &p : parts) {
        if (k.contains(p))
            return true;
    }
    return false;
}

bool isAddressKey(const QString &key)
{
    const QString k = key.toLower();
    return k.endsWith(u"_ip") || k.contains(u"ip_") || k == u"ip" || k.contains(u"addr");
}

} // namespace

QString CallRedactor::maskPhone(const QString &number)
{
    QString out = redactAddresses(number);
    int digits = 0;
    for (const QChar c : out)
        digits += c.isDigit() ? 1 : 0;
    // A SIP user part can be a name ("sip:alice@..."): its letters go too.
    const bool sip = out.startsWith(u"sip:"_s, Qt::CaseInsensitive) || out.startsWith(u"sips:"_s, Qt::CaseInsensitive);
    const qsizetype userStart = sip ? out.indexOf(u':') + 1 : 0;
    const qsizetype userEnd = sip ? out.indexOf(u'@') : -1;
    int seen = 0;
    for (qsizetype i = 0; i < out.size(); ++i) {
        QChar &c = out[i];
        if (c.isDigit()) {
            if (++seen <= digits - 2)
                c = u'x';
        } else if (sip && c.isLetter() && i >= userStart && (userEnd < 0 || i < userEnd)) {
            c = u'x';
        }
    }
    return out;
}

QString CallRedactor::redactAddresses(const QString &text)
{
    if (!text.contains(u'.') && !text.contains(u':'))
        return text;
    QString out = text;
    out.replace(ipv4(), u"x.x.x.x"_s);
    out.replace(ipv6(), u"x:x:x:x"_s);
    return out;
}

QString CallRedactor::redactText(const QString &text)
{
    QString out = redactAddresses(text);
    // Replace from the end so earlier match offsets stay valid.
    QList<QRegularExpressionMatch> matches;
    auto it = phone().globalMatch(out);
    while (it.hasNext())
        matches << it.next();
    for (auto m = matches.crbegin(); m != matches.crend(); ++m)
        out.replace(m->capturedStart(), m->capturedLength(), maskPhone(m->captured()));
    return out;
}

QJsonValue CallRedactor::redactJson(const QJsonValue &value, const QString &key)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = redactJson(it.value(), it.key());
        return o;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = redactJson(a.at(i), key);
        return a;
    }
    if (value.isString()) {
        const QString s = value.toString();
        if (isAddressKey(key))
            return redactText(s).replace(QRegularExpression(u"[0-9]"_s), u"x"_s);
        if (isPartyKey(key))
            return maskPhone(redactText(s));
        return redactText(s);
    }
    if (value.isDouble() && (isPartyKey(key) || isAddressKey(key)))
        return maskPhone(QString::number(value.toDouble(), 'f', 0));
    return value;
}

Call CallRedactor::redact(const Call &call)
{
    Call c = call;
    c.from = maskPhone(redactText(c.from));
    c.to = maskPhone(redactText(c.to));
    c.fromName = redactText(c.fromName);
    c.sipCallId = redactText(c.sipCallId);
    c.hangupCause = redactText(c.hangupCause);
    for (CallLeg &leg : c.legs)
        leg.destination = maskPhone(redactText(leg.destination));
    if (!c.technical.isEmpty())
        c.technical = QJsonDocument(redactJson(c.technicalObject()).toObject()).toJson(QJsonDocument::Compact);
    if (!c.raw.isEmpty())
        c.raw = QJsonDocument(redactJson(c.rawObject()).toObject()).toJson(QJsonDocument::Compact);
    return c;
}

} // namespace cdr
