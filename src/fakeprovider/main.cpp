// SPDX-License-Identifier: GPL-3.0-or-later
// cdr-fake-provider: serves fake Plivo, Vobiz, CarrierX and NexBro APIs on loopback so the app
// and `cdr-inspector fetch` can be tried without an account. Prints its port, the fake
// credentials and example command lines.

#include "fakeproviderserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace cdr;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"cdr-fake-provider"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Fake Plivo/Vobiz/CarrierX/NexBro CDR APIs on 127.0.0.1, for trying CDR Inspector."_s);
    parser.addHelpOption();
    const QCommandLineOption portOpt(u"port"_s, u"Port to listen on (default: any free port)."_s, u"port"_s, u"0"_s);
    const QCommandLineOption callsOpt(u"calls"_s, u"Calls per provider (default 20000)."_s, u"n"_s, u"20000"_s);
    const QCommandLineOption daysOpt(u"days"_s, u"Spread the calls over the last N days (default 30)."_s, u"n"_s, u"30"_s);
    const QCommandLineOption seedOpt(u"seed"_s, u"Generator seed (default 1)."_s, u"n"_s, u"1"_s);
    const QCommandLineOption faultOpt(u"fault"_s,
        u"Inject a fault, repeatable: STATUS|slow|truncate|truncate-json|oversize|redirect|redirect-same|redirect-file|"
        "redirect-data|redirect-loop|echo-auth|stuck|drip|stall|hang|bad-chunked|gzip-bomb|html|wrong-shape|total=N|pad=BYTES, "
        "with options ';retry-after=S' (or a raw value such as 1e300) ';retry-after-date=S' ';reset=S' ';delay=MS' "
        "';interval=MS' ';length=BYTES' ';status=N' ';file=PATH' ';count=N' (-1 = forever) ';every=N' ';skip=N' "
        "';path=TEXT'. Example: --fault '503;every=5;count=-1'."_s, u"spec"_s);
    const QCommandLineOption rateOpt(u"rate-limit"_s,
        u"Per-provider rate limit REQUESTS/WINDOW_MS, e.g. 300/5000 (Plivo's documented limit)."_s, u"limit"_s);
    const QCommandLineOption logOpt(u"log"_s, u"Print one line per request served (status and path) on stdout."_s);
    parser.addOptions({portOpt, callsOpt, daysOpt, seedOpt, faultOpt, rateOpt, logOpt});
    parser.process(app);

    QTextStream err(stderr);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int days = std::max(1, parser.value(daysOpt).toInt());
    const TrafficGenerator generator(parser.value(seedOpt).toULongLong(), now.addDays(-days), now,
                                     std::max<qint64>(1, parser.value(callsOpt).toLongLong()));
    FakeProviderServer server(generator);
    for (const QString &spec : parser.values(faultOpt)) {
        QString error;
        const auto fault = FakeProviderServer::parseFault(spec, &error);
        if (!fault) {
            err << "cdr-fake-provider: " << error << "\n";
            return 2;
        }
        FakeProviderServer::Fault f = *fault;
        if (!spec.contains(u"count="))
            f.count = -1; // on the command line a fault lasts unless limited
        server.addFault(f);
    }
    if (parser.isSet(rateOpt)) {
        const QStringList rw = parser.value(rateOpt).split(u'/');
        if (rw.size() != 2 || rw[0].toInt() <= 0 || rw[1].toInt() <= 0) {
            err << "cdr-fake-provider: --rate-limit expects REQUESTS/WINDOW_MS, e.g. 300/5000\n";
            return 2;
        }
        for (Provider p : {Provider::Plivo, Provider::Vobiz, Provider::CarrierX, Provider::NexBro})
            server.setRateLimit(p, rw[0].toInt(), rw[1].toInt());
    }
    if (parser.isSet(logOpt)) {
        QObject::connect(&server, &FakeProviderServer::requestHandled, &server, [](int status, const QString &path) {
            QTextStream log(stdout);
            log << status << ' ' << path << '\n';
        });
    }
    const quint16 port = server.listenLoopback(quint16(parser.value(portOpt).toUInt()));
    if (!port) {
        err << "cdr-fake-provider: cannot listen on 127.0.0.1:" << parser.value(portOpt) << "\n";
        return 1;
    }
    const auto &c = server.credentials();
    const QString base = u"http://127.0.0.1:%1"_s.arg(port);
    const QString since = now.addDays(-std::min(days, 7)).date().toString(Qt::ISODate);
    QTextStream out(stdout);
    out << "cdr-fake-provider listening on " << base << " (port " << port << ")\n"
        << generator.callCount() << " calls per provider between "
        << generator.rangeStart().toString(Qt::ISODate) << " and " << generator.rangeEnd().toString(Qt::ISODate) << "\n\n"
        << "Try:\n"
        << "  PLIVO_AUTH_ID=" << c.plivoAuthId << " PLIVO_AUTH_TOKEN=" << c.plivoToken
        << " cdr-inspector fetch --provider plivo --base-url " << base << " --since " << since << " -o plivo.json\n"
        << "  VOBIZ_AUTH_ID=" << c.vobizAuthId << " VOBIZ_AUTH_TOKEN=" << c.vobizToken
        << " cdr-inspector fetch --provider vobiz --base-url " << base << " --since " << since << " -o vobiz.csv\n"
        << "  CARRIERX_TOKEN=" << c.carrierxToken
        << " cdr-inspector fetch --provider carrierx --base-url " << base << " --max 5000 -o carrierx.ndjson\n"
        << "  NEXBRO_API_KEY=" << c.nexbroKey << " NEXBRO_BASE_URL=" << base
        << " cdr-inspector fetch --provider nexbro --call " << generator.callId(Provider::NexBro, 0) << " -o one.json\n\n"
        << "One call per provider: plivo " << generator.callId(Provider::Plivo, 0) << ", vobiz "
        << generator.callId(Provider::Vobiz, 0) << ", carrierx " << generator.callId(Provider::CarrierX, 0) << "\n"
        << "Per-request faults: add ?fault=503 or the header 'X-Fake-Fault: 429;retry-after=2'.\n";
    out.flush();
    return app.exec();
}
