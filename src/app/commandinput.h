// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the headless commands share: the options they spell alike (--provider, --timezone,
// --archive, -o, -q), parsing the command line with its error and help output, and how a
// command reads its input: the file (a path, or "-" for standard input) and the parse options
// given as --provider and --timezone, and opening the archive or the output file with the
// error printed, and the one shape of an error line. Used by convert, import, export, report,
// scorecard and recover;
// the command's own thread (the main thread) only.

#include <core/parseoptions.h>

#include <QCommandLineOption>
#include <QFile>
#include <QString>

#include <memory>
#include <optional>

class QCommandLineParser;
class QTextStream;

namespace cdr {
class ArchiveBackend;
class CallWriter;
}

class CommandInput
{
public:
    /// --provider NAME; an empty description is the one for reading input ("default: detect").
    static QCommandLineOption providerOption(const QString &description = {});
    /// --timezone ZONE; an empty description is the one for reading zone-less timestamps.
    static QCommandLineOption zoneOption(const QString &description = {});
    /// --archive PATH, described as purpose (what the command does with it: "Archive to read")
    /// followed by what PATH may be and its default.
    static QCommandLineOption archiveOption(const QString &purpose);
    static QCommandLineOption outputOption(const QString &description, const QString &valueName);
    static QCommandLineOption quietOption(const QString &description);

    /// Parses args as "cdr-inspector <command> ...". Prints the parser's error (then usage, when
    /// given) to stderr or the help to stdout; returns the exit code to stop with (2 after an
    /// error, 0 after --help), or nullopt to go on.
    static std::optional<int> parse(QCommandLineParser &parser, const QString &command, const QStringList &args,
                                    const QString &usage = {});
    /// Prints "cdr-inspector <command>: <why>" as a line on err and returns exitCode, for
    /// `return CommandInput::fail(...)` where a command stops.
    static int fail(QTextStream &err, const QString &command, const QString &why, int exitCode);
    /// Fills options from the parser's --provider and --timezone (not given = detect, UTC);
    /// prints "cdr-inspector <command>: unknown provider ..." and returns false when one is not valid.
    static bool parseOptions(const QCommandLineParser &parser, const QString &command, cdr::ParseOptions *options);
    /// The same from the option values (empty = not given); false with *error.
    static bool parseOptions(const QString &provider, const QString &zone, cdr::ParseOptions *options, QString *error);
    /// Opens path into file; returns false with *error set ("path: reason") when it cannot.
    static bool open(QFile &file, const QString &path, QString *error);
    /// Opens the archive --archive names (default: $CDR_ARCHIVE, else the app's own). On
    /// failure prints "cdr-inspector <command>: <why>" (with the recover hint when the file is
    /// damaged) and returns nullptr.
    static std::unique_ptr<cdr::ArchiveBackend> openArchive(const QCommandLineParser &parser,
                                                            const QCommandLineOption &archiveOpt,
                                                            const QString &command, bool mustExist);
    /// Opens writer on output; on failure prints "cdr-inspector <command>: <error>" and returns false.
    static bool openWriter(cdr::CallWriter &writer, const QString &output, const QString &command);
    /// Finishes writer (the file appears whole); on failure prints as openWriter and returns false.
    static bool finishWriter(cdr::CallWriter &writer, const QString &command);
    /// How messages name the input: the path, or "<stdin>".
    static QString displayName(const QString &path);
};
