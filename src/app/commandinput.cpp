// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandinput.h"

#include <core/recordparser.h>

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

bool CommandInput::checkProvider(QByteArrayView data, const cdr::ParseOptions &options, const QString &sourceName,
                                 QString *error)
{
    if (!options.provider || *options.provider == cdr::Provider::Unknown)
        return true;
    cdr::ParseOptions detect = options;
    detect.provider.reset();
    const cdr::ParseResult detected = cdr::RecordParser::parse(data, detect, sourceName);
    // Vobiz serves Plivo's API shape (the same record keys), so the two are one family here:
    // forcing one onto the other is the analyst's call to make, not a mistake we can see.
    const auto family = [](cdr::Provider p) { return p == cdr::Provider::Vobiz ? cdr::Provider::Plivo : p; };
    for (qsizetype i = 0; i < detected.calls.size(); ++i) {
        const cdr::Provider p = detected.calls.at(i).provider;
        if (p == cdr::Provider::Unknown || family(p) == family(*options.provider))
            continue;
        *error = QCoreApplication::translate("CommandInput",
                                             "%1: record %2 looks like a %3 record, not %4; nothing written "
                                             "(leave out --provider to detect it, or give --provider %5)")
                     .arg(sourceName)
                     .arg(i + 1)
                     .arg(cdr::providerDisplayName(p), cdr::providerDisplayName(*options.provider), cdr::providerName(p));
        return false;
    }
    return true;
}
