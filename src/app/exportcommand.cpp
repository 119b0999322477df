// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"
#include "recovercommand.h"

#include "commandinput.h"

#include <core/callwriter.h>
#include <storage/archivebackend.h>
#include <core/callredactor.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QTextStream>
#include <QTimeZone>

namespace {

// A day given on the command line, as UTC ms at its start.
std::optional<qint64> dayStartMs(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

int ExportCommand::run(const QStringList &args)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write archived calls in the normalized format (.json, .ndjson or .csv)."));
    parser.addHelpOption();
    const QCommandLineOption archiveOpt = CommandInput::archiveOption(tr("Archive to read"));
    const QCommandLineOption providerOpt =
        CommandInput::providerOption(tr("Only this provider's calls: plivo, vobiz, carrierx or nexbro."));
    const QCommandLineOption sinceOpt(QStringLiteral("since"), tr("Only calls that started on or after this day (UTC)."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption untilOpt(QStringLiteral("until"), tr("Only calls that started on or before this day (UTC)."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption redactOpt(QStringLiteral("redact"), tr("Mask phone numbers and IP addresses."));
    const QCommandLineOption outOpt = CommandInput::outputOption(tr("Output file; .json, .ndjson or .csv."), tr("file"));
    const QCommandLineOption quietOpt = CommandInput::quietOption(tr("Print nothing on success."));
    parser.addOptions({ archiveOpt, providerOpt, sinceOpt, untilOpt, redactOpt, outOpt, quietOpt });
    if (const auto code = CommandInput::parse(parser, QStringLiteral("export"), args))
        return *code;
    if (!parser.isSet(outOpt) || !parser.positionalArguments().isEmpty()) {
        err << "usage: cdr-inspector export [--archive PATH] [--provider NAME] [--since YYYY-MM-DD] "
               "[--until YYYY-MM-DD] [--redact] -o OUTPUT(.json|.ndjson|.csv)\n";
        return 2;
    }
    const QString output = parser.value(outOpt);
    if (!cdr::CallWriter::formatForPath(output))
        return CommandInput::fail(err, QStringLiteral("export"),
                                  output + u": " + tr("unknown output format; use .json, .ndjson or .csv"), 2);
    cdr::CallArchive::Query query;
    if (parser.isSet(providerOpt)) {
        cdr::ParseOptions only;
        if (QString why; !CommandInput::parseOptions(parser.value(providerOpt), QString(), &only, &why))
            return CommandInput::fail(err, QStringLiteral("export"), why, 2);
        query.provider = only.provider;
    }
    if (parser.isSet(sinceOpt)) {
        query.sinceMs = dayStartMs(parser.value(sinceOpt));
        if (!query.sinceMs)
            return CommandInput::fail(err, QStringLiteral("export"),
                                      tr("--since expects a day as YYYY-MM-DD, not \"%1\"").arg(parser.value(sinceOpt)), 2);
    }
    if (parser.isSet(untilOpt)) {
        const auto until = dayStartMs(parser.value(untilOpt));
        if (!until)
            return CommandInput::fail(err, QStringLiteral("export"),
                                      tr("--until expects a day as YYYY-MM-DD, not \"%1\"").arg(parser.value(untilOpt)), 2);
        query.untilMs = *until + 86400000; // the whole day
    }
    const std::unique_ptr<cdr::ArchiveBackend> archive
        = CommandInput::openArchive(parser, archiveOpt, QStringLiteral("export"), /*mustExist=*/true);
    if (!archive)
        return 1;
    if (archive->isLocalFile() && QFileInfo(archive->name()).canonicalFilePath() == QFileInfo(output).canonicalFilePath())
        return CommandInput::fail(err, QStringLiteral("export"),
                                  tr("%1: the output is the archive itself; choose another output file").arg(output), 2);
    cdr::CallWriter writer;
    if (!CommandInput::openWriter(writer, output, QStringLiteral("export")))
        return 1;
    const bool redact = parser.isSet(redactOpt);
    const bool read = archive->forEachCall(query, [&](cdr::Call &&c) {
        return writer.write(redact ? cdr::CallRedactor::redact(c) : c);
    });
    if (!read) {
        const QString why = archive->lastError().isEmpty() ? writer.error() : archive->name() + u": " + archive->lastError();
        return CommandInput::fail(
            err, QStringLiteral("export"),
            why + (archive->isLocalFile() ? RecoverCommand::damageHint(archive->name(), why) : QString()), 1);
    }
    const qint64 count = writer.count();
    if (!CommandInput::finishWriter(writer, QStringLiteral("export")))
        return 1;
    if (!parser.isSet(quietOpt))
        err << QCoreApplication::translate("ExportCommand", "exported %n call(s)", nullptr, int(count)) << ' '
            << QCoreApplication::translate("ExportCommand", "from %1 to %2").arg(archive->name(), output) << '\n';
    return 0;
}
