// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandinput.h"

#include <QCoreApplication>

#include <cstdio>

QString CommandInput::displayName(const QString &path)
{
    return path == QLatin1String("-") ? QStringLiteral("<stdin>") : path;
}

bool CommandInput::open(QFile &file, const QString &path, QString *error)
{
    if (path == QLatin1String("-")) {
        if (file.open(stdin, QIODevice::ReadOnly))
            return true;
        *error = QCoreApplication::translate("CommandInput", "cannot read standard input");
        return false;
    }
    file.setFileName(path);
    if (file.open(QIODevice::ReadOnly))
        return true;
    *error = path + QStringLiteral(": ") + file.errorString();
    return false;
}

bool CommandInput::parseOptions(const QString &provider, const QString &zone, cdr::ParseOptions *options, QString *error)
{
    if (!provider.isEmpty()) {
        const auto p = cdr::providerFromName(provider);
        if (!p || *p == cdr::Provider::Unknown) {
            *error = QCoreApplication::translate("CommandInput", "unknown provider \"%1\"; use plivo, vobiz, carrierx or nexbro")
                         .arg(provider);
            return false;
        }
        options->provider = p;
    }
    if (!zone.isEmpty()) {
        const QByteArray id = zone.toUtf8();
        options->zone = id.compare("UTC", Qt::CaseInsensitive) == 0 ? QTimeZone::utc() : QTimeZone(id);
        if (!options->zone.isValid()) {
            *error = QCoreApplication::translate("CommandInput", "unknown time zone \"%1\"").arg(zone);
            return false;
        }
    }
    return true;
}
