// SPDX-License-Identifier: GPL-3.0-or-later
#include "convertcommand.h"

#include "commandinput.h"

#include "core/bulkcallsink.h"
#include "core/bulkimporter.h"
#include "core/callstreamwriter.h"
#include "core/callvalidator.h"
#include "core/recordparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConvertCommand", text);
}

// Files above this size are streamed: simdjson splits them into records (BulkImporter) and
// each record is normalized and written on its own, so memory stays at one record plus
// BulkImporter's window instead of a QJsonDocument of the whole file.
qint64 streamThreshold()
{
    bool ok = false;
    const qint64 v = qEnvironmentVariableIntValue("CDR_CONVERT_STREAM_THRESHOLD", &ok);
    return ok ? v : 32 * 1024 * 1024;
}

} // namespace

int ConvertCommand::run(const QStringList &args)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Convert provider CDR bodies to normalized JSON, NDJSON or CSV."));
    parser.addHelpOption();
    const QCommandLineOption providerOpt(QStringLiteral("provider"),
                                         tr("Provider of the input: plivo, vobiz, carrierx or nexbro (default: detect)."),
                                         tr("name"));
    const QCommandLineOption zoneOpt(QStringLiteral("timezone"),
                                     tr("IANA time zone for timestamps that carry none (default: UTC)."), tr("zone"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Output file; .json, .ndjson or .csv."), tr("file"));
    const QCommandLineOption quietOpt({QStringLiteral("q"), QStringLiteral("quiet")}, tr("Do not print warnings."));
    parser.addOptions({providerOpt, zoneOpt, outOpt, quietOpt});
    parser.addPositionalArgument(QStringLiteral("input"), tr("Provider response bodies or exports; - for stdin."),
                                 QStringLiteral("INPUT..."));

    if (!parser.parse(QStringList{QStringLiteral("cdr-inspector convert")} + args)) {
        err << "cdr-inspector convert: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QStringLiteral("cdr-inspector convert"),
                                                          QStringLiteral("cdr-inspector convert"));
        return 0;
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty() || !parser.isSet(outOpt)) {
        err << "usage: cdr-inspector convert [--provider plivo|vobiz|carrierx|nexbro] [--timezone ZONE] INPUT... -o OUTPUT\n";
        return 2;
    }
    const QString output = parser.value(outOpt);
    if (!cdr::CallStreamWriter::formatForPath(output)) {
        err << "cdr-inspector convert: " << output << ": " << tr("unknown output format; use .json, .ndjson or .csv") << '\n';
        return 2;
    }

    cdr::ParseOptions options;
    if (QString why; !CommandInput::parseOptions(parser.value(providerOpt), parser.value(zoneOpt), &options, &why)) {
        err << "cdr-inspector convert: " << why << '\n';
        return 2;
    }

    cdr::CallStreamWriter writer;
    QString error;
    if (!writer.open(output, &error)) {
        err << "cdr-inspector convert: " << error << '\n';
        return 1;
    }
    int warnings = 0;
    auto report = [&](const QStringList &list) {
        warnings += int(list.size());
        if (!parser.isSet(quietOpt)) {
            for (const QString &w : list)
                err << "warning: " << w << '\n';
        }
    };
    for (const QString &input : inputs) {
        QFile file;
        const QString name = CommandInput::displayName(input);
        if (QString why; !CommandInput::open(file, input, &why)) {
            err << "cdr-inspector convert: " << why << '\n';
            return 1;
        }
        if (input != QLatin1String("-") && file.size() > streamThreshold()) {
            file.close();
            QStringList list;
            cdr::BulkCallSink sink(options, [&writer](cdr::Call &&c) { return writer.write(c); }, &list);
            const cdr::BulkImportResult result = cdr::BulkImporter::importFile(input, options, sink);
            report(result.warnings + list);
            if (!result.ok()) {
                // The writer is destroyed unfinished: nothing is left behind.
                err << "cdr-inspector convert: " << result.error << '\n';
                return 1;
            }
            continue;
        }
        const QByteArray data = file.readAll();
        if (QString why; !CommandInput::checkProvider(data, options, name, &why)) {
            err << "cdr-inspector convert: " << why << '\n';
            return 1;
        }
        cdr::ParseResult result = cdr::RecordParser::parse(data, options, name);
        report(result.warnings);
        // Until the normalizer applies it at ingest (idempotent, so applying it twice is harmless).
        for (cdr::Call &c : result.calls) {
            QStringList dropped;
            cdr::CallValidator::apply(c, &dropped, name + u": " + tr("record %1").arg(c.id));
            report(dropped);
        }
        if (!result.ok()) {
            // Nothing is written: a partial conversion that looks complete is worse than none.
            err << "cdr-inspector convert: " << result.error << '\n';
            return 1;
        }
        for (const cdr::Call &c : result.calls)
            writer.write(c);
    }
    const qint64 count = writer.count();
    if (!writer.finish(&error)) {
        err << "cdr-inspector convert: " << error << '\n';
        return 1;
    }
    if (!parser.isSet(quietOpt))
        err << QCoreApplication::translate("ConvertCommand", "converted %n call(s)", nullptr, int(count)) << ' '
            << QCoreApplication::translate("ConvertCommand", "from %n file(s)", nullptr, int(inputs.size())) << ' '
            << tr("to %1").arg(output)
            << (warnings ? QCoreApplication::translate("ConvertCommand", " (%n warning(s))", nullptr, warnings) : QString())
            << '\n';
    return 0;
}
