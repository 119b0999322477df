// SPDX-License-Identifier: GPL-3.0-or-later
// cdr-bench-data: writes each provider's list export in its real envelope, for the ingest
// benchmark: Vobiz {data, pagination, summary}, Plivo {api_id, meta, objects}, CarrierX
// {count, has_more, items} and NexBro's Laravel page {message, data:{current_page, data}}.
// Records come from the traffic generator (each provider's real field shapes and quirks).

#include <sim/trafficgenerator.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimeZone>

using namespace cdr;

namespace {

bool writeEnvelope(const QString &path, const QByteArray &head, const QByteArray &tail, Provider provider,
                   qint64 count, const TrafficGenerator &gen)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(head);
    for (qint64 i = 0; i < count; ++i) {
        if (i)
            f.write(",");
        f.write(QJsonDocument(gen.record(provider, i)).toJson(QJsonDocument::Compact));
    }
    f.write(tail);
    return f.error() == QFileDevice::NoError;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        err << "usage: cdr-bench-data OUTDIR [SCALE]\n";
        return 2;
    }
    const QDir out(args.at(1));
    QDir().mkpath(out.path());
    const double scale = args.size() > 2 ? args.at(2).toDouble() : 1.0;
    auto n = [scale](qint64 full) { return qMax<qint64>(1, qint64(double(full) * scale)); };
    const qint64 vobiz = n(300000), plivo = n(100000), carrierx = n(100000), nexbro = n(50000);
    const TrafficGenerator gen(20261130, QDateTime(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::utc()),
                               QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()), vobiz);
    bool ok = writeEnvelope(out.filePath(QStringLiteral("vobiz.json")), "{\"success\":true,\"data\":[",
                            "],\"pagination\":{\"page\":1,\"per_page\":" + QByteArray::number(vobiz) + ",\"total\":"
                                + QByteArray::number(vobiz) + ",\"has_next\":false},\"summary\":{\"total_calls\":"
                                + QByteArray::number(vobiz) + "}}",
                            Provider::Vobiz, vobiz, gen);
    ok = ok && writeEnvelope(out.filePath(QStringLiteral("plivo.json")),
                             "{\"api_id\":\"bench\",\"meta\":{\"limit\":20,\"next\":null,\"offset\":0,\"previous\":null,"
                             "\"total_count\":" + QByteArray::number(plivo) + "},\"objects\":[",
                             "]}", Provider::Plivo, plivo, gen);
    ok = ok && writeEnvelope(out.filePath(QStringLiteral("carrierx.json")),
                             "{\"count\":" + QByteArray::number(carrierx) + ",\"has_more\":false,\"items\":[", "]}",
                             Provider::CarrierX, carrierx, gen);
    ok = ok && writeEnvelope(out.filePath(QStringLiteral("nexbro.json")),
                             "{\"message\":\"ok\",\"data\":{\"current_page\":1,\"data\":[",
                             "],\"last_page\":1,\"per_page\":" + QByteArray::number(nexbro) + ",\"total\":"
                                 + QByteArray::number(nexbro) + "}}",
                             Provider::NexBro, nexbro, gen);
    if (!ok) {
        err << "cdr-bench-data: cannot write into " << out.path() << '\n';
        return 1;
    }
    return 0;
}
