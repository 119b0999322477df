// SPDX-License-Identifier: GPL-3.0-or-later
#include "convertcommand.h"

#include "commandinput.h"

#include "core/callreader.h"
#include "core/callwriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

int ConvertCommand::run(const QStringList &args)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Convert provider CDR bodies to normalized JSON, NDJSON or CSV."));
    parser.addHelpOption();
    const QCommandLineOption outOpt = CommandInput::outputOption(tr("Output file; .json, .ndjson or .csv."), tr("file"));
    const QCommandLineOption quietOpt = CommandInput::quietOption(tr("Do not print warnings."));
    parser.addOptions({ CommandInput::providerOption(), CommandInput::zoneOption(), outOpt, quietOpt });
    parser.addPositionalArgument(QStringLiteral("input"), tr("Provider response bodies or exports; - for stdin."),
                                 QStringLiteral("INPUT..."));
    if (const auto code = CommandInput::parse(parser, QStringLiteral("convert"), args))
        return *code;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty() || !parser.isSet(outOpt)) {
        err << "usage: cdr-inspector convert [--provider plivo|vobiz|carrierx|nexbro] [--timezone ZONE] INPUT... -o OUTPUT\n";
        return 2;
    }
    const QString output = parser.value(outOpt);
    if (!cdr::CallWriter::formatForPath(output))
        return CommandInput::fail(err, QStringLiteral("convert"),
                                  output + u": " + tr("unknown output format; use .json, .ndjson or .csv"), 2);

    cdr::ParseOptions options;
    if (!CommandInput::parseOptions(parser, QStringLiteral("convert"), &options))
        return 2;

    // Writing over an input would destroy it before it is read.
    const QFileInfo outInfo(output);
    for (const QString &input : inputs) {
        if (input != QLatin1String("-") && QFileInfo(input).exists()
            && QFileInfo(input).canonicalFilePath() == outInfo.canonicalFilePath())
            return CommandInput::fail(err, QStringLiteral("convert"),
                                      tr("%1: the output is also an input; choose another output file").arg(output), 2);
    }

    cdr::CallWriter writer;
    if (!CommandInput::openWriter(writer, output, QStringLiteral("convert")))
        return 1;
    // About one call per 512 input bytes (real records run 700 bytes to 2 KB): an estimate
    // that saves the duplicate index its rehashing.
    qint64 inputBytes = 0;
    for (const QString &input : inputs)
        inputBytes += QFileInfo(input).isFile() ? QFileInfo(input).size() : 0;
    writer.reserve(inputBytes / 512);
    qint64 warnings = 0;
    for (const QString &input : inputs) {
        // Calls are formatted on the normalizing threads; this thread only writes the bytes.
        const cdr::CallWriter::Format format = writer.outputFormat();
        const cdr::CallReader::Result result = cdr::CallReader::readFile(
            input, options,
            [format](cdr::CallReader::Batch &b) {
                cdr::CallWriter::format(format, b.calls, &b.bytes, &b.ends, &b.keys, &b.keyHashes);
                b.calls.clear();
            },
            [&writer](cdr::CallReader::Batch &&b) { return writer.writeFormatted(b.bytes, b.ends, b.keys, b.keyHashes); });
        warnings += result.warningCount;
        if (!parser.isSet(quietOpt)) {
            for (const QString &w : result.warnings)
                err << "warning: " << w << '\n';
            if (result.warningCount > result.warnings.size())
                err << "warning: " << QCoreApplication::translate("ConvertCommand", "%1: %n more warning(s) not shown", nullptr,
                                                                 int(result.warningCount - result.warnings.size()))
                                          .arg(CommandInput::displayName(input)) << '\n';
        }
        if (!writer.error().isEmpty())
            return CommandInput::fail(err, QStringLiteral("convert"), writer.error(), 1);
        // Nothing is written: a partial conversion that looks complete is worse than none.
        // (The writer is destroyed unfinished, which removes its temporary file.)
        if (!result.ok())
            return CommandInput::fail(err, QStringLiteral("convert"), result.error, 1);
    }
    const qint64 count = writer.count();
    const qint64 merged = writer.duplicatesMerged();
    if (!CommandInput::finishWriter(writer, QStringLiteral("convert")))
        return 1;
    if (!parser.isSet(quietOpt))
        err << QCoreApplication::translate("ConvertCommand", "converted %n call(s)", nullptr, int(count)) << ' '
            << QCoreApplication::translate("ConvertCommand", "from %n file(s)", nullptr, int(inputs.size())) << ' '
            << QCoreApplication::translate("ConvertCommand", "to %1").arg(output)
            << (warnings ? QCoreApplication::translate("ConvertCommand", " (%n warning(s))", nullptr, int(warnings)) : QString())
            << (merged ? QCoreApplication::translate("ConvertCommand", "; %n duplicate(s) merged (the last occurrence of a call is kept)", nullptr, int(merged)) : QString())
            << '\n';
    return 0;
}
