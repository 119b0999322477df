// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include "commandinput.h"

#include "charts/chartexporter.h"
#include "core/callvalidator.h"
#include "core/recordparser.h"
#include "core/callredactor.h"
#include <session/callfacts.h>
#include <charts/callreport.h>
#include <session/appsettings.h>

#include <charts/captionedchart.h>
#include <charts/chartrenderable.h>
#include <charts/chartsetrenderer.h>
#include <charts/timelinerenderer.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <filesystem>
#include <functional>
#include <memory>

// `cdr-inspector report INPUT [--provider NAME] [--call ID] [--format png,svg,pdf] [--redact] -o DIR`
//
// Renders without a display (main() selects the offscreen platform). Everything is written
// into a temporary folder inside DIR first and renamed into place only when every file
// succeeded, so bad input, an unknown call or a full disk leave nothing half-written.

namespace {

struct Output
{
    QString name; ///< file name inside DIR
    std::function<bool(const QString &path, QString *error)> write;
};

} // namespace

int ReportCommand::run(const QStringList &args)
{
    using namespace cdr;
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the call-flow timeline, quality charts, error log and a PDF report of one call."));
    parser.addHelpOption();
    const QCommandLineOption callOpt(QStringLiteral("call"), tr("Id of the call to report (default: the first)."),
                                     tr("id"));
    const QCommandLineOption formatOpt(QStringLiteral("format"),
                                       tr("Comma-separated formats of the chart files: png, svg, pdf, csv "
                                          "(default: png,svg,pdf)."),
                                       tr("list"), QStringLiteral("png,svg,pdf"));
    const QCommandLineOption redactOpt(QStringLiteral("redact"), tr("Mask phone numbers and IP addresses."));
    const QCommandLineOption zoneOpt = CommandInput::zoneOption(
        tr("IANA time zone for reading zone-less timestamps and for display (default: UTC)."));
    const QCommandLineOption scaleOpt(QStringLiteral("scale"), tr("PNG scale factor, 1 to 4 (default: 1)."),
                                      tr("factor"), QStringLiteral("1"));
    const QCommandLineOption outOpt = CommandInput::outputOption(tr("Output folder."), tr("dir"));
    const QCommandLineOption quietOpt = CommandInput::quietOption(tr("Do not print progress."));
    parser.addOptions({ CommandInput::providerOption(), callOpt, formatOpt, redactOpt, zoneOpt, scaleOpt, outOpt, quietOpt });
    parser.addPositionalArgument(QStringLiteral("input"),
                                 tr("A provider response body or export, or a normalized JSON/NDJSON/CSV file; - for stdin."),
                                 QStringLiteral("INPUT"));

    const QString usage = QStringLiteral("usage: cdr-inspector report INPUT [--provider NAME] [--call ID] "
                                         "[--format png,svg,pdf] [--redact] -o DIR\n");
    const QString command = QStringLiteral("report");
    if (const auto code = CommandInput::parse(parser, command, args, usage))
        return *code;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1 || !parser.isSet(outOpt)) {
        err << usage;
        return 2;
    }
    QString formatError;
    const auto formats = ChartExporter::parseFormats(parser.value(formatOpt), &formatError);
    if (!formats)
        return CommandInput::fail(err, command, formatError, 2);
    bool scaleOk = false;
    const double scale = parser.value(scaleOpt).toDouble(&scaleOk);
    if (!scaleOk || scale < 1.0 || scale > 4.0)
        return CommandInput::fail(err, command, tr("--scale must be a number from 1 to 4"), 2);

    ParseOptions options;
    if (!CommandInput::parseOptions(parser, command, &options))
        return 2;

    // Read and pick the call before touching the output folder.
    const QString input = inputs.constFirst();
    QFile file;
    const QString sourceName = CommandInput::displayName(input);
    if (QString why; !CommandInput::open(file, input, &why))
        return CommandInput::fail(err, command, why, 1);
    const QByteArray data = file.readAll();
    // A --provider that a record plainly contradicts is the reader's error (nothing written).
    ParseResult result = RecordParser::parse(data, options, sourceName);
    // Impossible values (MOS 1000, a call in 1970) were dropped by the normalizer, each with a
    // warning naming the field and the record.
    for (const QString &w : std::as_const(result.warnings))
        err << "warning: " << w << '\n';
    if (!result.ok())
        return CommandInput::fail(err, command, result.error, 1);
    if (result.calls.isEmpty())
        return CommandInput::fail(err, command, tr("%1: no call records found").arg(sourceName), 1);
    Call call = result.calls.constFirst();
    if (parser.isSet(callOpt)) {
        const QString wanted = parser.value(callOpt);
        const auto it = std::find_if(result.calls.cbegin(), result.calls.cend(), [&wanted](const Call &c) {
            return c.id.compare(wanted, Qt::CaseInsensitive) == 0;
        });
        if (it == result.calls.cend())
            return CommandInput::fail(err, command,
                                      tr("no call with id \"%1\" among the %n call(s) in %2", nullptr,
                                         int(result.calls.size()))
                                          .arg(wanted, sourceName),
                                      1);
        call = *it;
    }
    const bool redact = parser.isSet(redactOpt);
    if (redact)
        call = CallRedactor::redact(call);

    // What to write: each part where the call has that data, in each format, plus report.pdf.
    const QTimeZone zone = options.zone;
    // The analyst's own bands from Preferences, so a report grades calls as the app does.
    const QualityThresholds thresholds = cdr::AppSettings().thresholds();
    const QPalette palette = CallReport::printPalette();
    auto timeline = std::make_shared<TimelineRenderer>();
    timeline->setData(TimelineData::fromCall(call));
    timeline->setDisplayTimeZone(zone);
    timeline->setPalette(palette);
    timeline->setCallTitle(call.id);
    std::shared_ptr<ChartRenderable> quality;
    if (QualityChartFactory::hasMediaQuality(call))
        quality = std::make_shared<ChartSetRenderer>(
            call,
            QList<QualityChartFactory::Kind>{QualityChartFactory::Kind::Mos, QualityChartFactory::Kind::Jitter,
                                             QualityChartFactory::Kind::Counters,
                                             QualityChartFactory::Kind::QualityPercent},
            thresholds, palette, tr("Audio quality: %1").arg(call.id));
    std::shared_ptr<ChartRenderable> errors;
    if (QualityChartFactory::hasErrorLog(call))
        errors = std::make_shared<ChartSetRenderer>(call, QList<QualityChartFactory::Kind>{QualityChartFactory::Kind::Flaws},
                                                    thresholds, palette, tr("Flaws over time: %1").arg(call.id));

    QList<Output> outputs;
    const std::pair<QString, std::shared_ptr<ChartRenderable>> parts[] = {
        {QStringLiteral("timeline"), timeline}, {QStringLiteral("quality"), quality}, {QStringLiteral("errors"), errors}};
    // Each chart file says which call it shows (provider, id, start time) in a caption.
    const QString caption = CallFacts::exportCaption(call, zone);
    for (const auto &[base, renderable] : parts) {
        if (!renderable)
            continue;
        auto captioned = std::make_shared<CaptionedChart>(renderable, caption, palette);
        for (const ChartExporter::Format f : *formats) {
            std::shared_ptr<ChartRenderable> r = captioned;
            outputs.append({base + u'.' + ChartExporter::suffix(f), [r, scale](const QString &path, QString *error) {
                                return ChartExporter::exportToFile(*r, path, error, scale);
                            }});
        }
    }
    CallReport::Options reportOptions;
    reportOptions.thresholds = thresholds;
    reportOptions.zone = zone;
    reportOptions.redacted = redact;
    outputs.append({QStringLiteral("report.pdf"), [call, reportOptions](const QString &path, QString *error) {
                        return CallReport::writePdf(path, call, reportOptions, error);
                    }});

    const QString outDir = parser.value(outOpt);
    const bool existed = QFileInfo::exists(outDir);
    if (existed && !QFileInfo(outDir).isDir())
        return CommandInput::fail(err, command, tr("%1 exists and is not a folder").arg(outDir), 1);
    if (!QDir().mkpath(outDir))
        return CommandInput::fail(err, command, tr("cannot create the folder %1").arg(outDir), 1);
    QTemporaryDir staging(QDir(outDir).filePath(QStringLiteral(".cdr-report-XXXXXX")));
    if (!staging.isValid()) {
        if (!existed)
            QDir().rmdir(outDir);
        return CommandInput::fail(err, command, tr("cannot write in %1: %2").arg(outDir, staging.errorString()), 1);
    }
    for (const Output &o : std::as_const(outputs)) {
        QString error;
        if (!o.write(staging.filePath(o.name), &error)) {
            staging.remove();
            if (!existed)
                QDir().rmdir(outDir);
            return CommandInput::fail(err, command, error, 1);
        }
    }
    // rename(2) replaces an existing file atomically, so a reader never sees a partial file.
    for (const Output &o : std::as_const(outputs)) {
        std::error_code ec;
        std::filesystem::rename(QFile::encodeName(staging.filePath(o.name)).toStdString(),
                                QFile::encodeName(QDir(outDir).filePath(o.name)).toStdString(), ec);
        if (ec)
            return CommandInput::fail(
                err, command,
                tr("cannot move %1 into %2: %3").arg(o.name, outDir, QString::fromStdString(ec.message())), 1);
    }
    if (!parser.isSet(quietOpt)) {
        QStringList names;
        for (const Output &o : std::as_const(outputs))
            names << o.name;
        err << tr("report of %1 call %2 written to %3: %4")
                   .arg(providerDisplayName(call.provider), call.id, outDir, names.join(QStringLiteral(", ")))
            << '\n';
    }
    return 0;
}
