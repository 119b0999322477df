// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputfile.h"

#include <QCoreApplication>

#include <cstdio>

QString InputFile::displayName(const QString &path)
{
    return path == QLatin1String("-") ? QStringLiteral("<stdin>") : path;
}

bool InputFile::open(QFile &file, const QString &path, QString *error)
{
    if (path == QLatin1String("-")) {
        if (file.open(stdin, QIODevice::ReadOnly))
            return true;
        *error = QCoreApplication::translate("InputFile", "cannot read standard input");
        return false;
    }
    file.setFileName(path);
    if (file.open(QIODevice::ReadOnly))
        return true;
    *error = path + QStringLiteral(": ") + file.errorString();
    return false;
}
