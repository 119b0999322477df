// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretscrubber.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace cdr {

QString SecretScrubber::marker()
{
    return QCoreApplication::translate("cdr::SecretScrubber", "[secret removed]");
}

void SecretScrubber::addNeedle(const QString &needle)
{
    if (needle.isEmpty() || m_needles.contains(needle))
        return;
    m_needles.append(needle);
    std::stable_sort(m_needles.begin(), m_needles.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void SecretScrubber::addSent(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return;
    if (v.size() < 4) {
        if (!m_shortWords.contains(v))
            m_shortWords.append(v);
        return;
    }
    const QByteArray utf8 = v.toUtf8();
    addNeedle(v);
    // JSON escapes "/" as "\/" in some servers' output, and quotes as \".
    addNeedle(QString(v).replace(u'\\', QStringLiteral("\\\\")).replace(u'/', QStringLiteral("\\/")).replace(u'"', QStringLiteral("\\\"")));
    addNeedle(QString::fromLatin1(QUrl::toPercentEncoding(v)));
    for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        const QByteArray b64 = utf8.toBase64(options);
        addNeedle(QString::fromLatin1(b64));
        QByteArray bare = b64;
        while (bare.endsWith('='))
            bare.chop(1);
        addNeedle(QString::fromLatin1(bare));
    }
}

void SecretScrubber::addCredential(const QString &accountId, const QString &secret, const QList<QByteArray> &headerValues)
{
    addSent(secret);
    if (!accountId.isEmpty() && !secret.isEmpty())
        addSent(accountId + u':' + secret);
    for (const QByteArray &h : headerValues) {
        const QString value = QString::fromUtf8(h).trimmed();
        addSent(value);
        // "Basic <b64>" / "Bearer <token>": the part after the scheme on its own, and decoded.
        const qsizetype space = value.indexOf(u' ');
        if (space > 0) {
            const QString param = value.mid(space + 1).trimmed();
            addSent(param);
            const auto decoded = QByteArray::fromBase64Encoding(param.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (decoded && !decoded.decoded.isEmpty())
                addSent(QString::fromUtf8(decoded.decoded));
        }
    }
}

QString SecretScrubber::scrub(const QString &text) const
{
    QString out = text;
    for (const QString &needle : m_needles)
        out.replace(needle, marker(), Qt::CaseSensitive);
    for (const QString &word : m_shortWords) {
        const QRegularExpression re(QStringLiteral("(?<![A-Za-z0-9_\\-])%1(?![A-Za-z0-9_\\-])").arg(QRegularExpression::escape(word)));
        out.replace(re, marker());
    }
    return out;
}

} // namespace cdr
