// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardcommand.h"

#include "commandinput.h"
#include "recovercommand.h"

#include <core/emodel.h>
#include <core/hangupclassifier.h>
#include <core/phoneregion.h>
#include <core/recordparser.h>
#include <core/scorecard.h>
#include <models/scorecardexporter.h>
#include <storage/archivebackend.h>
#include <session/appsettings.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <functional>

namespace {

const char *const kUsage = "usage: cdr-inspector scorecard [INPUT...] [--archive PATH] [--provider NAME] "
                           "[--timezone ZONE] [--by KEY[,KEY...]] [--since YYYY-MM-DD] [--until YYYY-MM-DD] "
                           "[--assume-delay-ms N] -o OUTPUT(.csv|.json|.pdf)\n";

// The archive at where, or nullptr with *error saying why (and how to recover a damaged file).
std::unique_ptr<cdr::ArchiveBackend> openArchive(const QString &where, QString *error)
{
    std::unique_ptr<cdr::ArchiveBackend> archive = cdr::ArchiveBackend::open(where, error, /*mustExist=*/true);
    if (!archive) {
        if (!cdr::ArchiveBackend::isServer(where) && !QFileInfo::exists(where))
            *error = QCoreApplication::translate("ScorecardCommand", "%1: no archive there (import or fetch calls first, or give INPUT files)").arg(where);
        else
            *error += RecoverCommand::damageHint(where, *error);
    }
    return archive;
}

QString unreadableCalls(const QString &path, qint64 stored, qint64 read)
{
    return QCoreApplication::translate("ScorecardCommand", "%1: %2 of %3 archived calls could not be read back; run `cdr-inspector import` again or "
                "recover the archive")
        .arg(path)
        .arg(stored - read)
        .arg(stored);
}

// Every archived call, normalized as it was at ingest, to `each`, through the archive's one
// reader (CallArchive::forEachCall). A call that cannot be read back is an error, not a gap.
bool readArchive(cdr::ArchiveBackend &archive, const std::function<void(cdr::Call &&)> &each, QString *error)
{
    const QString path = archive.name();
    qint64 read = 0;
    const bool ok = archive.forEachCall(cdr::CallArchive::Query(), [&](cdr::Call &&call) {
        ++read;
        each(std::move(call));
        return true;
    });
    if (!ok) {
        *error = path + QStringLiteral(": ") + archive.lastError();
        if (archive.isLocalFile())
            *error += RecoverCommand::damageHint(path, archive.lastError());
        return false;
    }
    if (const qint64 stored = archive.count(); stored != read) {
        *error = unreadableCalls(path, stored, read);
        return false;
    }
    return true;
}

std::optional<QDate> parseDay(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d.isValid() && text.size() == 10 ? std::optional<QDate>(d) : std::nullopt;
}

} // namespace

int ScorecardCommand::run(const QStringList &args)
{
    using namespace cdr;
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("KPIs (ASR, NER, ACD, short calls, PDD, MOS, E-model estimate, impaired calls) per group of calls, "
           "to CSV, JSON or PDF. Reads the INPUT files, or the local archive when none is given."));
    parser.addHelpOption();
    const QCommandLineOption archiveOpt = CommandInput::archiveOption(tr("Archive to read when there is no INPUT"));
    const QCommandLineOption providerOpt = CommandInput::providerOption(
        tr("Provider of the input (plivo, vobiz, carrierx or nexbro); only that provider's calls are scored."));
    const QCommandLineOption zoneOpt = CommandInput::zoneOption(
        tr("IANA time zone for zone-less timestamps, for day and hour, and for --since and --until (default: UTC)."));
    const QCommandLineOption byOpt(QStringLiteral("by"),
                                   tr("Group keys, comma-separated: provider, account, direction, codec, "
                                      "hangup_class, day, hour, country, prefix:N (default: provider)."),
                                   tr("keys"), QStringLiteral("provider"));
    const QCommandLineOption sinceOpt(QStringLiteral("since"), tr("First day (inclusive)."), tr("YYYY-MM-DD"));
    const QCommandLineOption untilOpt(QStringLiteral("until"), tr("Last day (inclusive)."), tr("YYYY-MM-DD"));
    const QCommandLineOption delayOpt(QStringLiteral("assume-delay-ms"),
                                      tr("One-way network delay the E-model assumes (default: 40)."), tr("ms"));
    const QCommandLineOption outOpt = CommandInput::outputOption(tr("Output file: .csv, .json or .pdf."), tr("file"));
    const QCommandLineOption quietOpt = CommandInput::quietOption(tr("Do not print warnings."));
    parser.addOptions({archiveOpt, providerOpt, zoneOpt, byOpt, sinceOpt, untilOpt, delayOpt, outOpt, quietOpt});
    parser.addPositionalArgument(QStringLiteral("input"),
                                 tr("Provider bodies, exports or normalized files; - for stdin."),
                                 QStringLiteral("[INPUT...]"));

    const QString command = QStringLiteral("scorecard");
    if (const auto code = CommandInput::parse(parser, command, args, QString::fromLatin1(kUsage)))
        return *code;
    if (!parser.isSet(outOpt)) {
        err << kUsage;
        return 2;
    }
    const QString output = parser.value(outOpt);
    if (!ScorecardExporter::formatForPath(output))
        return CommandInput::fail(err, command, output + u": " + tr("unknown output format; use .csv, .json or .pdf"), 2);
    QString why;
    const auto keys = Scorecard::parseKeys(parser.value(byOpt), &why);
    if (!keys)
        return CommandInput::fail(err, command, u"--by: " + why, 2);
    ParseOptions options;
    if (!CommandInput::parseOptions(parser, command, &options))
        return 2;
    AppSettings settings;
    double delayMs = settings.assumedDelayMs();
    if (parser.isSet(delayOpt)) {
        bool ok = false;
        delayMs = parser.value(delayOpt).toDouble(&ok);
        if (!ok || delayMs < 0 || delayMs > 1000)
            return CommandInput::fail(err, command,
                                      tr("--assume-delay-ms must be a number of milliseconds from 0 to 1000"), 2);
    }
    Scorecard::Options sc;
    sc.keys = *keys;
    sc.zone = options.zone;
    sc.provider = options.provider;
    std::optional<QDate> since, until;
    for (const auto &[opt, day] : {std::pair{&sinceOpt, &since}, std::pair{&untilOpt, &until}}) {
        if (!parser.isSet(*opt))
            continue;
        *day = parseDay(parser.value(*opt));
        if (!*day)
            return CommandInput::fail(err, command,
                                      u"--" + opt->names().constFirst() + u": "
                                          + tr("\"%1\" is not a date; use YYYY-MM-DD").arg(parser.value(*opt)),
                                      2);
    }
    if (since && until && *until < *since)
        return CommandInput::fail(err, command, tr("--until is before --since"), 2);
    if (since)
        sc.fromMs = QDateTime(*since, QTime(0, 0), sc.zone).toMSecsSinceEpoch();
    if (until)
        sc.toMs = QDateTime(until->addDays(1), QTime(0, 0), sc.zone).toMSecsSinceEpoch();

    ScorecardInput::Options inputOptions;
    inputOptions.thresholds = settings.thresholds();
    inputOptions.defaultRegion = settings.defaultRegion();
    ScorecardInput input(inputOptions);
    quint32 row = 0;
    // The normalizer will set hangup_class and the estimate at ingest; the estimate is computed
    // again here so --assume-delay-ms holds for every call.
    auto take = [&](Call &&c) {
        if (c.hangupClass == HangupClass::Unknown)
            HangupClassifier::apply(c);
        EModel::apply(c, delayMs);
        input.add(c, row++);
    };
    QStringList warnings;
    std::optional<GroupedScorecard> grouped;
    const QStringList inputs = parser.positionalArguments();
    QString source;
    if (inputs.isEmpty()) {
        QString path = parser.value(archiveOpt);
        if (path.isEmpty())
            path = ArchiveBackend::defaultLocation(); // $CDR_ARCHIVE, else the app's own
        const std::unique_ptr<ArchiveBackend> archive = openArchive(path, &why);
        if (!archive)
            return CommandInput::fail(err, command, why, 1);
        if (const QString notice = archive->notice(); !notice.isEmpty())
            err << "cdr-inspector scorecard: " << notice << '\n';
        // A team archive groups on its server (PgScorecard): only the groups travel.
        GroupedScorecard serverSide;
        switch (archive->scorecard(inputOptions, sc, delayMs, &serverSide)) {
        case ArchiveBackend::Grouping::Done:
            if (serverSide.stored != serverSide.readable)
                return CommandInput::fail(err, command,
                                          unreadableCalls(archive->name(), serverSide.stored, serverSide.readable), 1);
            grouped = std::move(serverSide);
            break;
        case ArchiveBackend::Grouping::Failed:
            return CommandInput::fail(err, command, archive->name() + u": " + archive->lastError(), 1);
        case ArchiveBackend::Grouping::NotHere:
            if (!readArchive(*archive, take, &why))
                return CommandInput::fail(err, command, why, 1);
            break;
        }
        source = tr("archive %1").arg(cdr::ArchiveBackend::displayName(path));
    } else {
        for (const QString &in : inputs) {
            QFile file;
            const QString name = CommandInput::displayName(in);
            if (!CommandInput::open(file, in, &why))
                return CommandInput::fail(err, command, why, 1);
            const QByteArray data = file.readAll();
            ParseResult result = RecordParser::parse(data, options, name);
            warnings += result.warnings;
            if (!result.ok())
                return CommandInput::fail(err, command, result.error, 1);
            for (Call &c : result.calls)
                take(std::move(c));
        }
        QStringList names;
        for (const QString &in : inputs)
            names << QFileInfo(CommandInput::displayName(in)).fileName();
        source = names.join(QStringLiteral(", "));
    }
    if (!parser.isSet(quietOpt)) {
        for (const QString &w : warnings)
            err << "warning: " << w << '\n';
    }

    ScorecardReport report;
    report.keys = sc.keys;
    report.groups = grouped ? std::move(grouped->groups) : Scorecard::compute(input, sc);
    const qint64 scored = grouped ? grouped->scored : qint64(input.records().size());
    const qint64 skipped = grouped ? grouped->skipped : input.skipped();
    report.thresholds = inputOptions.thresholds;
    QStringList keyNames;
    for (const ScorecardKey &k : sc.keys)
        keyNames << k.name();
    report.title = keyNames.isEmpty() ? tr("Scorecard") : tr("Scorecard by %1").arg(keyNames.join(QStringLiteral(", ")));
    report.facts << tr("Source: %1").arg(source)
                 << tr("Period: %1 to %2 (%3)")
                        .arg(since ? since->toString(Qt::ISODate) : tr("first call"),
                             until ? until->toString(Qt::ISODate) : tr("last call"), QString::fromUtf8(sc.zone.id()))
                 << tr("E-model: one-way delay assumed %1 ms; in-progress calls left out (%2)")
                        .arg(delayMs)
                        .arg(skipped);
    if (sc.provider)
        report.facts << tr("Provider: %1").arg(providerDisplayName(*sc.provider));
    if (!report.keys.isEmpty() && std::any_of(report.keys.cbegin(), report.keys.cend(), [](const ScorecardKey &k) {
            return k.kind == ScorecardKey::Kind::Country || k.kind == ScorecardKey::Kind::Prefix;
        }))
        report.facts << tr("Numbers without + read in region: %1")
                            .arg(inputOptions.defaultRegion.isEmpty() ? tr("none (set in Preferences)")
                                                                      : inputOptions.defaultRegion);
    if (!ScorecardExporter::write(output, report, &why))
        return CommandInput::fail(err, command, why, 1);
    if (!parser.isSet(quietOpt))
        err << QCoreApplication::translate("ScorecardCommand", "%n group(s)", nullptr, int(report.groups.size())) << ' '
            << QCoreApplication::translate("ScorecardCommand", "from %n call(s)", nullptr, int(scored))
            << ' ' << QCoreApplication::translate("ScorecardCommand", "to %1").arg(output) << '\n';
    return 0;
}
