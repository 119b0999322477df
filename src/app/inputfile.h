// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Opens a command's input: a path, or "-" for standard input. Shared by convert and report.

#include <QFile>
#include <QString>

class InputFile
{
public:
    /// Opens path into file; returns false with *error set ("path: reason") when it cannot.
    static bool open(QFile &file, const QString &path, QString *error);
    /// How messages name the input: the path, or "<stdin>".
    static QString displayName(const QString &path);
};
