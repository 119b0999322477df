// SPDX-License-Identifier: GPL-3.0-or-later
#include "convertcommand.h"

#include "core/callwriter.h"
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
    if (!cdr::CallWriter::formatForPath(output)) {
        err << "cdr-inspector convert: " << output << ": " << tr("unknown output format; use .json, .ndjson or .csv") << '\n';
        return 2;
    }

    cdr::ParseOptions options;
    if (parser.isSet(providerOpt)) {
        const auto p = cdr::providerFromName(parser.value(providerOpt));
        if (!p || *p == cdr::Provider::Unknown) {
            err << "cdr-inspector convert: " << tr("unknown provider \"%1\"; use plivo, vobiz, carrierx or nexbro")
                                                   .arg(parser.value(providerOpt)) << '\n';
            return 2;
        }
        options.provider = p;
    }
    if (parser.isSet(zoneOpt)) {
        const QByteArray id = parser.value(zoneOpt).toUtf8();
        options.zone = id.compare("UTC", Qt::CaseInsensitive) == 0 ? QTimeZone::utc() : QTimeZone(id);
        if (!options.zone.isValid()) {
            err << "cdr-inspector convert: " << tr("unknown time zone \"%1\"").arg(parser.value(zoneOpt)) << '\n';
            return 2;
        }
    }

    QList<cdr::Call> calls;
    int warnings = 0;
    for (const QString &input : inputs) {
        QFile file;
        QString name = input;
        if (input == QLatin1String("-")) {
            name = QStringLiteral("<stdin>");
            if (!file.open(stdin, QIODevice::ReadOnly)) {
                err << "cdr-inspector convert: " << tr("cannot read standard input") << '\n';
                return 1;
            }
        } else {
            file.setFileName(input);
            if (!file.open(QIODevice::ReadOnly)) {
                err << "cdr-inspector convert: " << input << ": " << file.errorString() << '\n';
                return 1;
            }
        }
        const QByteArray data = file.readAll();
        const cdr::ParseResult result = cdr::RecordParser::parse(data, options, name);
        warnings += int(result.warnings.size());
        if (!parser.isSet(quietOpt)) {
            for (const QString &w : result.warnings)
                err << "warning: " << w << '\n';
        }
        if (!result.ok()) {
            // Nothing is written: a partial conversion that looks complete is worse than none.
            err << "cdr-inspector convert: " << result.error << '\n';
            return 1;
        }
        calls += result.calls;
    }

    QString error;
    if (!cdr::CallWriter::write(output, calls, &error)) {
        err << "cdr-inspector convert: " << error << '\n';
        return 1;
    }
    if (!parser.isSet(quietOpt))
        err << QCoreApplication::translate("ConvertCommand", "converted %n call(s)", nullptr, int(calls.size())) << ' '
            << tr("from %1 file(s) to %2").arg(inputs.size()).arg(output)
            << (warnings ? tr(" (%1 warning(s))").arg(warnings) : QString()) << '\n';
    return 0;
}
