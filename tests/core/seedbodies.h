// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pulls the example JSON bodies out of the providers' documentation pages in shared/seeds/,
// so tests parse the real examples rather than copies that could drift.

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QList>
#include <QString>

namespace testutil {

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline QString seedPath(const char *name)
{
    return QStringLiteral(CDR_SHARED_DIR "/seeds/") + QLatin1String(name);
}

inline QString fixturePath(const char *name)
{
    return QStringLiteral(CDR_SHARED_DIR "/fixtures/public/") + QLatin1String(name);
}

/// Every top-level, balanced {...} in the text that parses as a JSON object, in order.
inline QList<QByteArray> jsonBodies(const QByteArray &text)
{
    QList<QByteArray> out;
    qsizetype i = 0;
    while ((i = text.indexOf('{', i)) >= 0) {
        int depth = 0;
        bool inString = false;
        qsizetype j = i;
        for (; j < text.size(); ++j) {
            const char c = text[j];
            if (inString) {
                if (c == '\\')
                    ++j;
                else if (c == '\x22')
                    inString = false;
                continue;
            }
            if (c == '\x22')
                inString = true;
            else if (c == '{')
                ++depth;
            else if (c == '}' && --depth == 0)
                break;
        }
        if (j >= text.size())
            break;
        const QByteArray candidate = text.mid(i, j - i + 1);
        QJsonParseError err;
        QJsonDocument::fromJson(candidate, &err);
        if (err.error == QJsonParseError::NoError) {
            out << candidate;
            i = j + 1;
        } else {
            i = i + 1;
        }
    }
    return out;
}

inline QByteArray seedBody(const char *name, int index = 0)
{
    const QList<QByteArray> bodies = jsonBodies(readFile(seedPath(name)));
    return index < bodies.size() ? bodies.at(index) : QByteArray();
}

} // namespace testutil
