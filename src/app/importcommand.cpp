// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "commandinput.h"
#include "recovercommand.h"

#include <core/callkey.h>
#include <core/callreader.h>
#include <storage/archivebackend.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>
#include <QTextStream>

int ImportCommand::run(const QStringList &args)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Normalize provider CDR bodies and exports into the call archive."));
    parser.addHelpOption();
    const QCommandLineOption archiveOpt = CommandInput::archiveOption(tr("Archive to import into"));
    const QCommandLineOption quietOpt = CommandInput::quietOption(tr("Do not print warnings."));
    parser.addOptions({ archiveOpt, CommandInput::providerOption(), CommandInput::zoneOption(), quietOpt });
    parser.addPositionalArgument(QStringLiteral("input"), tr("Provider response bodies or exports; - for stdin."),
                                 QStringLiteral("INPUT..."));
    if (const auto code = CommandInput::parse(parser, QStringLiteral("import"), args))
        return *code;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty()) {
        err << "usage: cdr-inspector import [--archive PATH] [--provider NAME] [--timezone ZONE] INPUT...\n";
        return 2;
    }
    cdr::ParseOptions options;
    if (!CommandInput::parseOptions(parser, QStringLiteral("import"), &options))
        return 2;
    const std::unique_ptr<cdr::ArchiveBackend> archive
        = CommandInput::openArchive(parser, archiveOpt, QStringLiteral("import"), /*mustExist=*/false);
    if (!archive)
        return 1;
    // Never the URI itself: it may carry a password.
    const QString path = archive->name();

    qint64 imported = 0, duplicates = 0, warnings = 0;
    for (const QString &input : inputs) {
        const std::unique_ptr<cdr::ArchiveWriter> out = archive->writer(5000, options.zone);
        cdr::ArchiveWriter &writer = *out;
        QSet<cdr::CallKey> seen;
        const cdr::CallReader::Result result = cdr::CallReader::readFile(
            input, options, [&](QList<cdr::Call> &&calls) {
                for (const cdr::Call &c : std::as_const(calls)) {
                    const cdr::CallKey key = cdr::CallKey::of(c);
                    if (seen.contains(key))
                        ++duplicates;
                    else
                        seen.insert(key);
                    if (!writer.addCall(c))
                        return false;
                }
                return true;
            });
        // Every batch committed so far stays: a later error loses nothing that was read.
        const bool written = writer.finish();
        imported += writer.written();
        warnings += result.warningCount;
        if (!parser.isSet(quietOpt)) {
            for (const QString &w : result.warnings)
                err << "warning: " << w << '\n';
        }
        if (!written)
            return CommandInput::fail(err, QStringLiteral("import"),
                                      tr("%1: writing to the archive %2 failed: %3")
                                              .arg(CommandInput::displayName(input), path, writer.error())
                                          + (archive->isLocalFile() ? RecoverCommand::damageHint(path, writer.error())
                                                                    : QString()),
                                      1);
        if (!result.ok()) {
            err << "cdr-inspector import: " << result.error << '\n'
                << QCoreApplication::translate("ImportCommand", "%1: the %n call(s) read before the error are in the archive",
                                               nullptr, int(writer.written()))
                       .arg(CommandInput::displayName(input)) << '\n';
            return 1;
        }
    }
    if (!parser.isSet(quietOpt))
        err << QCoreApplication::translate("ImportCommand", "imported %n call(s)", nullptr, int(imported)) << ' '
            << QCoreApplication::translate("ImportCommand", "from %n file(s) into %1", nullptr, int(inputs.size())).arg(path)
            << (duplicates ? QCoreApplication::translate("ImportCommand", "; %n duplicate(s) merged (the last occurrence of a call is kept)", nullptr, int(duplicates)) : QString())
            << (warnings ? QCoreApplication::translate("ImportCommand", " (%n warning(s))", nullptr, int(warnings)) : QString()) << '\n';
    return 0;
}
