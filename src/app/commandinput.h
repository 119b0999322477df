// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How a headless command reads its input: the file (a path, or "-" for standard input) and
// the parse options given as --provider and --timezone. Shared by convert and report.

#include <core/parseoptions.h>

#include <QByteArrayView>
#include <QFile>
#include <QString>

class CommandInput
{
public:
    /// Fills options from the --provider and --timezone values (empty = not given); false with
    /// *error ("unknown provider ...") when one is not valid.
    static bool parseOptions(const QString &provider, const QString &zone, cdr::ParseOptions *options, QString *error);
    /// Opens path into file; returns false with *error set ("path: reason") when it cannot.
    static bool open(QFile &file, const QString &path, QString *error);
    /// When --provider was given, reads data again with detection and refuses (false, *error
    /// naming the provider the records look like) when a record is recognisably another
    /// provider's: forcing CarrierX onto a Plivo body would write an empty CarrierX call.
    static bool checkProvider(QByteArrayView data, const cdr::ParseOptions &options, const QString &sourceName,
                              QString *error);
    /// How messages name the input: the path, or "<stdin>".
    static QString displayName(const QString &path);
};
