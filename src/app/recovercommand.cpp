// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovercommand.h"

#include "commandinput.h"

#include <storage/archivebackend.h>
#include <storage/archiverecovery.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace {

// The (text, disambiguation, n) order of QObject::tr, which lupdate reads to mark plural forms.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("RecoverCommand", text, disambiguation, n);
}

} // namespace

QString RecoverCommand::damageHint(const QString &archive, const QString &error)
{
    if (!cdr::ArchiveRecovery::looksDamaged(error) || archive.isEmpty() || cdr::ArchiveBackend::isServer(archive))
        return QString();
    const QString suggested = cdr::ArchiveRecovery::suggestedPath(archive);
    return (error.trimmed().endsWith(u'.') ? QStringLiteral(" ") : QStringLiteral(". "))
        + tr("The archive file looks damaged; copy every call that can still be read into a new archive with: "
             "cdr-inspector recover %1 -o %2")
              .arg(QDir::toNativeSeparators(archive), QDir::toNativeSeparators(suggested));
}

int RecoverCommand::run(const QStringList &args)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Copy every readable call, note and tag of a damaged archive file into a new "
                                        "archive. The damaged file is not changed."));
    parser.addHelpOption();
    const QCommandLineOption outOpt = CommandInput::outputOption(tr("The new archive file (must not exist yet)."), tr("file"));
    const QCommandLineOption quietOpt = CommandInput::quietOption(tr("Print nothing on success."));
    parser.addOptions({outOpt, quietOpt});
    parser.addPositionalArgument(QStringLiteral("archive"), tr("The damaged archive file."));
    const QString command = QStringLiteral("recover");
    if (const auto code = CommandInput::parse(parser, command, args))
        return *code;
    if (!parser.isSet(outOpt) || parser.positionalArguments().size() != 1) {
        err << "usage: cdr-inspector recover ARCHIVE -o NEW.sqlite\n";
        return 2;
    }
    const QString damaged = parser.positionalArguments().constFirst();
    const QString output = parser.value(outOpt);
    if (cdr::ArchiveBackend::isServer(damaged))
        return CommandInput::fail(err, command,
                                  tr("%1 is a team archive on a server; recover works on archive files")
                                      .arg(cdr::ArchiveBackend::displayName(damaged)),
                                  2);
    if (!QFileInfo(damaged).isFile())
        return CommandInput::fail(err, command, tr("%1: no archive file there").arg(damaged), 2);
    if (QFileInfo::exists(output))
        return CommandInput::fail(err, command, tr("%1 already exists; give a new file name").arg(output), 2);
    const cdr::ArchiveRecovery::Result r = cdr::ArchiveRecovery::recover(damaged, output);
    if (!r.ok())
        return CommandInput::fail(err, command, r.error, 1);
    if (!parser.isSet(quietOpt)) {
        err << tr("recovered %n call(s)", nullptr, int(r.calls)) << ' '
            << tr("and %n other row(s) (notes, tags, batches, resume points)", nullptr, int(r.otherRows)) << ' '
            << tr("from %1 into %2").arg(damaged, output) << "; "
            << (r.damagedRegions > 0 ? tr("%n damaged part(s) could not be read", nullptr, r.damagedRegions)
                                     : tr("no damage found"));
        if (!r.skippedTables.isEmpty())
            err << "; " << tr("unreadable tables: %1").arg(r.skippedTables.join(QStringLiteral(", ")));
        err << "; " << tr("%1 was not changed").arg(damaged) << '\n';
    }
    return 0;
}
