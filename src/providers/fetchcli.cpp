// SPDX-License-Identifier: GPL-3.0-or-later
#include "fetchcli.h"

#include "servicefactory.h"

#include <core/callwriter.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <limits>

#include <unistd.h>

namespace cdr {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("cdr::FetchCli", text); }

QString envOr(const QProcessEnvironment &env, const char *name)
{
    return env.value(QString::fromLatin1(name)).trimmed();
}

// True when err writes to a terminal (progress then rewrites one line); false for files,
// pipes and strings.
bool isTerminal(const QTextStream &err)
{
    const auto *file = qobject_cast<const QFile *>(err.device());
    return file && file->handle() >= 0 && ::isatty(file->handle());
}

QString formatEta(qint64 ms)
{
    if (ms < 0)
        return QString();
    const qint64 s = (ms + 999) / 1000;
    return s >= 60 ? QCoreApplication::translate("cdr::FetchCli", ", about %1 min %2 s left").arg(s / 60).arg(s % 60) : QCoreApplication::translate("cdr::FetchCli", ", about %1 s left").arg(s);
}

} // namespace

int FetchCli::run(const QStringList &args, const QProcessEnvironment &env, QTextStream &err)
{
    const QString me = QStringLiteral("cdr-inspector fetch: ");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Fetches call detail records from a provider into normalized JSON, NDJSON or CSV."));
    const QCommandLineOption providerOpt(QStringLiteral("provider"), tr("plivo, vobiz, carrierx or nexbro."), QStringLiteral("name"));
    const QCommandLineOption baseOpt(QStringLiteral("base-url"),
                                     tr("Replaces the scheme, host and port of the provider's documented base URL."),
                                     QStringLiteral("url"));
    const QCommandLineOption accountOpt(QStringLiteral("account"), tr("Plivo/Vobiz auth id (default: PLIVO_AUTH_ID / VOBIZ_AUTH_ID)."),
                                        QStringLiteral("id"));
    const QCommandLineOption zoneOpt(QStringLiteral("timezone"),
                                     tr("IANA time zone for zone-less provider times (NexBro) and for --since/--until (default UTC)."),
                                     QStringLiteral("zone"));
    const QCommandLineOption callOpt(QStringLiteral("call"), tr("Fetch this call id (repeatable) instead of walking the list."),
                                     QStringLiteral("id"));
    const QCommandLineOption sinceOpt(QStringLiteral("since"), tr("First day, YYYY-MM-DD (default: 7 days ago)."), QStringLiteral("date"));
    const QCommandLineOption untilOpt(QStringLiteral("until"), tr("Last day, inclusive, YYYY-MM-DD (default: now)."), QStringLiteral("date"));
    const QCommandLineOption directionOpt(QStringLiteral("direction"), tr("inbound or outbound."), QStringLiteral("dir"));
    const QCommandLineOption maxOpt(QStringLiteral("max"), tr("Stop after N calls."), QStringLiteral("n"));
    const QCommandLineOption outOpt({QStringLiteral("o"), QStringLiteral("output")}, tr("Output file (.json, .ndjson or .csv)."),
                                    QStringLiteral("file"));
    const QCommandLineOption partialOpt(QStringLiteral("keep-partial"), tr("On failure, still write the calls fetched so far."));
    const QCommandLineOption quietOpt({QStringLiteral("q"), QStringLiteral("quiet")}, tr("No progress output."));
    parser.addOptions({providerOpt, baseOpt, accountOpt, zoneOpt, callOpt, sinceOpt, untilOpt, directionOpt, maxOpt, outOpt,
                       partialOpt, quietOpt});
    parser.addHelpOption();

    const auto usage = [&](const QString &message) {
        err << me << message << '\n' << tr("Usage: cdr-inspector fetch --provider NAME [options] -o OUTPUT; see --help.") << '\n';
        err.flush();
        return 2;
    };
    if (!parser.parse(QStringList{QStringLiteral("cdr-inspector fetch")} + args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        err << parser.helpText();
        err.flush();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    const auto provider = providerFromName(parser.value(providerOpt));
    if (!parser.isSet(providerOpt) || !provider || *provider == Provider::Unknown)
        return usage(tr("--provider must be plivo, vobiz, carrierx or nexbro"));
    const QString output = parser.value(outOpt);
    if (output.isEmpty())
        return usage(tr("-o OUTPUT is required"));
    if (!CallWriter::formatForPath(output))
        return usage(tr("%1: unknown output format; use .json, .ndjson or .csv").arg(output));

    ProviderService::Config config;
    QTimeZone zone = QTimeZone::utc();
    if (parser.isSet(zoneOpt)) {
        zone = QTimeZone(parser.value(zoneOpt).toUtf8());
        if (!zone.isValid())
            return usage(tr("unknown time zone \"%1\"").arg(parser.value(zoneOpt)));
    }
    config.zone = zone;
    QString baseUrl = parser.value(baseOpt);
    switch (*provider) {
    case Provider::Plivo:
    case Provider::Vobiz: {
        // Vobiz is Plivo's API rebranded: the same auth id and token, under its own names.
        const bool plivo = *provider == Provider::Plivo;
        config.accountId = parser.isSet(accountOpt) ? parser.value(accountOpt)
                                                    : envOr(env, plivo ? "PLIVO_AUTH_ID" : "VOBIZ_AUTH_ID");
        config.secret = envOr(env, plivo ? "PLIVO_AUTH_TOKEN" : "VOBIZ_AUTH_TOKEN");
        if (config.accountId.isEmpty() || config.secret.isEmpty())
            return usage(plivo ? tr("Plivo needs PLIVO_AUTH_ID (or --account) and PLIVO_AUTH_TOKEN in the environment")
                               : tr("Vobiz needs VOBIZ_AUTH_ID (or --account) and VOBIZ_AUTH_TOKEN in the environment"));
        break;
    }
    case Provider::CarrierX:
        config.secret = envOr(env, "CARRIERX_TOKEN");
        if (config.secret.isEmpty())
            return usage(tr("CarrierX needs CARRIERX_TOKEN in the environment"));
        break;
    case Provider::NexBro:
        config.secret = envOr(env, "NEXBRO_API_KEY");
        if (baseUrl.isEmpty())
            baseUrl = envOr(env, "NEXBRO_BASE_URL");
        if (config.secret.isEmpty())
            return usage(tr("NexBro needs NEXBRO_API_KEY in the environment"));
        if (baseUrl.isEmpty())
            return usage(tr("NexBro runs on your own domain: give --base-url or NEXBRO_BASE_URL"));
        break;
    case Provider::Unknown:
        break;
    }
    if (!baseUrl.isEmpty()) {
        config.baseUrl = QUrl(baseUrl, QUrl::StrictMode);
        if (!config.baseUrl.isValid() || config.baseUrl.host().isEmpty()
            || (config.baseUrl.scheme() != u"https" && config.baseUrl.scheme() != u"http"))
            return usage(tr("--base-url must be an http(s) URL with a host, e.g. https://pbx.example.com"));
    }

    FetchQuery query;
    const QStringList ids = parser.values(callOpt);
    const QDate today = QDateTime::currentDateTime().toTimeZone(zone).date();
    QDate sinceDay = today.addDays(-7);
    if (parser.isSet(sinceOpt)) {
        sinceDay = QDate::fromString(parser.value(sinceOpt), Qt::ISODate);
        if (!sinceDay.isValid())
            return usage(tr("--since expects YYYY-MM-DD, not \"%1\"").arg(parser.value(sinceOpt)));
    }
    query.since = QDateTime(sinceDay, QTime(0, 0), zone).toUTC();
    query.until = QDateTime::currentDateTimeUtc().addSecs(60);
    if (parser.isSet(untilOpt)) {
        const QDate untilDay = QDate::fromString(parser.value(untilOpt), Qt::ISODate);
        if (!untilDay.isValid())
            return usage(tr("--until expects YYYY-MM-DD, not \"%1\"").arg(parser.value(untilOpt)));
        query.until = QDateTime(untilDay.addDays(1), QTime(0, 0), zone).toUTC();
    }
    if (query.since >= query.until)
        return usage(tr("--since must be before --until"));
    if (parser.isSet(directionOpt)) {
        query.direction = parser.value(directionOpt).toLower();
        if (query.direction != u"inbound" && query.direction != u"outbound")
            return usage(tr("--direction must be inbound or outbound"));
    }
    if (parser.isSet(maxOpt)) {
        const QString max = parser.value(maxOpt).trimmed();
        static const QRegularExpression digits(QStringLiteral("^\\+?[0-9]+$"));
        if (!digits.match(max).hasMatch())
            return usage(tr("--max expects a whole number from 1 to %1, not \"%2\"").arg(std::numeric_limits<qint64>::max()).arg(max));
        bool ok = false;
        query.maxCalls = max.toLongLong(&ok);
        if (!ok)
            query.maxCalls = -1; // more digits than any archive holds: the same as no limit
        else if (query.maxCalls <= 0)
            return usage(tr("--max expects a whole number from 1 to %1, not \"%2\"").arg(std::numeric_limits<qint64>::max()).arg(max));
    }
    const bool quiet = parser.isSet(quietOpt);

    // Find out now, not after an hour-long walk, that the output cannot be written.
    const QFileInfo outInfo(output);
    const QString outDir = QDir::toNativeSeparators(outInfo.absolutePath());
    QString outProblem;
    if (outInfo.isDir())
        outProblem = tr("cannot write %1: it is a folder").arg(output);
    else if (!outInfo.absoluteDir().exists())
        outProblem = tr("cannot write %1: the folder %2 does not exist").arg(output, outDir);
    else if (outInfo.exists() && !outInfo.isWritable())
        outProblem = tr("cannot write %1: the file is read-only").arg(output);
    else if (QTemporaryFile probe(outInfo.absoluteDir().filePath(QStringLiteral(".cdr-fetch-XXXXXX"))); !probe.open())
        outProblem = tr("cannot write %1: the folder %2 is not writable (%3)").arg(output, outDir, probe.errorString());
    if (!outProblem.isEmpty()) {
        err << me << outProblem << '\n' << tr("nothing fetched.") << '\n';
        err.flush();
        return 2;
    }

    QNetworkAccessManager network;
    std::unique_ptr<ProviderService> service(ServiceFactory::create(*provider, config, &network));
    QList<Call> calls;
    FetchError error;
    bool failed = false;
    QEventLoop loop;
    QElapsedTimer sinceProgress; // invalid until the first update, which is always shown
    const bool interactive = isTerminal(err);
    bool progressShown = false;
    QObject::connect(service.get(), &ProviderService::callsReceived, &loop, [&](const QList<Call> &batch) { calls += batch; });
    QStringList warned;
    QObject::connect(service.get(), &ProviderService::warning, &loop, [&](const QString &w) {
        warned << w;
        if (progressShown && interactive)
            err << '\n';
        err << me << w << '\n';
        err.flush();
    });
    QObject::connect(service.get(), &ProviderService::progress, &loop, [&](const FetchProgress &p) {
        if (quiet || (sinceProgress.isValid() && sinceProgress.elapsed() < 250))
            return;
        sinceProgress.start();
        progressShown = true;
        // A terminal gets one line rewritten in place; a log file or pipe gets one line per update
        // (a "\r" there turns the whole fetch into one endless line).
        err << (interactive ? "\r" : "") << QCoreApplication::translate("cdr::FetchCli", "%n call(s)", nullptr, int(p.calls)) << ", "
            << (p.pagesTotal > 0 ? QCoreApplication::translate("cdr::FetchCli", "%1 of %n page(s)", nullptr, int(p.pagesTotal)).arg(p.pagesDone)
                                 : QCoreApplication::translate("cdr::FetchCli", "%n page(s)", nullptr, int(p.pagesDone)))
            << (p.windows > 1 ? tr(", window %1/%2").arg(p.window + 1).arg(p.windows) : QString())
            << (p.retries ? QCoreApplication::translate("cdr::FetchCli", ", %n retries", nullptr, int(p.retries)) : QString()) << formatEta(p.etaMs)
            << (interactive ? "   " : "\n");
        err.flush();
    });
    QObject::connect(service.get(), &ProviderService::finished, &loop, &QEventLoop::quit);
    QObject::connect(service.get(), &ProviderService::failed, &loop, [&](const FetchError &e) {
        failed = true;
        error = e;
        loop.quit();
    });
    if (ids.isEmpty())
        service->listCalls(query);
    else
        service->fetchCalls(ids);
    if (service->isRunning())
        loop.exec();
    if (progressShown && interactive)
        err << '\n';

    // A stable order for diffs and reports: by start time, then id.
    std::stable_sort(calls.begin(), calls.end(), [](const Call &a, const Call &b) {
        return a.startTime != b.startTime ? a.startTime < b.startTime : a.id < b.id;
    });
    if (failed) {
        // A single call not found was already said as a warning when it happened.
        if (!warned.contains(error.message))
            err << me << error.message << '\n';
        if (!parser.isSet(partialOpt)) {
            err << me << QCoreApplication::translate("cdr::FetchCli", "nothing written (%n call(s) fetched; --keep-partial writes them)", nullptr, int(calls.size())) << '\n';
            err.flush();
            return 1;
        }
    }
    QString writeError;
    if (!CallWriter::writeFile(output, calls, &writeError)) {
        err << me << writeError << '\n';
        err.flush();
        return 2;
    }
    err << me << QCoreApplication::translate("cdr::FetchCli", "wrote %n call(s) to %1", nullptr, int(calls.size())).arg(output) << (failed ? tr(" (partial)") : QString()) << '\n';
    err.flush();
    return failed ? 1 : 0;
}

} // namespace cdr
