// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandinput.h"

#include "recovercommand.h"

#include <core/callwriter.h>
#include <storage/archivebackend.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandInput", text);
}

// The helpers below have no stream of the command's: each line goes out on one of its own.
void printLine(const QString &command, const QString &text)
{
    QTextStream err(stderr);
    CommandInput::fail(err, command, text, 0);
}

} // namespace

QCommandLineOption CommandInput::providerOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("provider"),
                              description.isEmpty()
                                  ? tr("Provider of the input: plivo, vobiz, carrierx or nexbro (default: detect).")
                                  : description,
                              tr("name"));
}

QCommandLineOption CommandInput::zoneOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("timezone"),
                              description.isEmpty() ? tr("IANA time zone for timestamps that carry none (default: UTC).")
                                                    : description,
                              tr("zone"));
}

QCommandLineOption CommandInput::archiveOption(const QString &purpose)
{
    return QCommandLineOption(QStringLiteral("archive"),
                              tr("%1: a file, or a team archive as postgresql://user@host:port/dbname "
                                 "(default: $CDR_ARCHIVE, else the app's own archive).")
                                  .arg(purpose),
                              tr("path"));
}

QCommandLineOption CommandInput::outputOption(const QString &description, const QString &valueName)
{
    return QCommandLineOption({ QStringLiteral("o"), QStringLiteral("output") }, description, valueName);
}

QCommandLineOption CommandInput::quietOption(const QString &description)
{
    return QCommandLineOption({ QStringLiteral("q"), QStringLiteral("quiet") }, description);
}

std::optional<int> CommandInput::parse(QCommandLineParser &parser, const QString &command, const QStringList &args,
                                       const QString &usage)
{
    const QString program = QStringLiteral("cdr-inspector ") + command;
    if (!parser.parse(QStringList{ program } + args)) {
        QTextStream(stderr) << program << ": " << parser.errorText() << '\n' << usage;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    return std::nullopt;
}

int CommandInput::fail(QTextStream &err, const QString &command, const QString &why, int exitCode)
{
    err << "cdr-inspector " << command << ": " << why << '\n';
    return exitCode;
}

bool CommandInput::parseOptions(const QCommandLineParser &parser, const QString &command, cdr::ParseOptions *options)
{
    QString why;
    if (parseOptions(parser.value(QStringLiteral("provider")), parser.value(QStringLiteral("timezone")), options, &why))
        return true;
    printLine(command, why);
    return false;
}

QString CommandInput::displayName(const QString &path)
{
    return path == QLatin1String("-") ? QStringLiteral("<stdin>") : path;
}

bool CommandInput::open(QFile &file, const QString &path, QString *error)
{
    if (path == QLatin1String("-")) {
        if (file.open(stdin, QIODevice::ReadOnly))
            return true;
        *error = tr("cannot read standard input");
        return false;
    }
    file.setFileName(path);
    if (file.open(QIODevice::ReadOnly))
        return true;
    *error = path + QStringLiteral(": ") + file.errorString();
    return false;
}

bool CommandInput::parseOptions(const QString &provider, const QString &zone, cdr::ParseOptions *options, QString *error)
{
    if (!provider.isEmpty()) {
        const auto p = cdr::providerFromName(provider);
        if (!p || *p == cdr::Provider::Unknown) {
            *error = tr("unknown provider \"%1\"; use plivo, vobiz, carrierx or nexbro")
                         .arg(provider);
            return false;
        }
        options->provider = p;
    }
    if (!zone.isEmpty()) {
        const QByteArray id = zone.toUtf8();
        options->zone = id.compare("UTC", Qt::CaseInsensitive) == 0 ? QTimeZone::utc() : QTimeZone(id);
        if (!options->zone.isValid()) {
            *error = tr("unknown time zone \"%1\"").arg(zone);
            return false;
        }
    }
    return true;
}

std::unique_ptr<cdr::ArchiveBackend> CommandInput::openArchive(const QCommandLineParser &parser,
                                                               const QCommandLineOption &archiveOpt,
                                                               const QString &command, bool mustExist)
{
    QString why;
    std::unique_ptr<cdr::ArchiveBackend> archive = cdr::ArchiveBackend::open(parser.value(archiveOpt), &why, mustExist);
    if (!archive) {
        const QString where = parser.isSet(archiveOpt) ? parser.value(archiveOpt) : cdr::ArchiveBackend::defaultLocation();
        printLine(command, why + RecoverCommand::damageHint(where, why));
    } else if (const QString notice = archive->notice(); !notice.isEmpty()) {
        printLine(command, notice);
    }
    return archive;
}

bool CommandInput::openWriter(cdr::CallWriter &writer, const QString &output, const QString &command)
{
    QString error;
    if (writer.open(output, &error))
        return true;
    printLine(command, error);
    return false;
}

bool CommandInput::finishWriter(cdr::CallWriter &writer, const QString &command)
{
    QString error;
    if (writer.finish(&error))
        return true;
    printLine(command, error);
    return false;
}
