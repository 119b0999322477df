// SPDX-License-Identifier: GPL-3.0-or-later
// cdr-bench: the call table at N rows (default 1,000,000). Prints one JSON object on stdout,
// each metric beside the naive Qt baseline measured in this same run; progress on stderr.
// It asserts nothing: numbers are for notes and for people.
//
//   cdr-bench [--rows N] [--baseline-rows M] [--json]

#include <models/callexporter.h>
#include <models/callstoresink.h>
#include <models/calltablemodel.h>
#include <storage/callarchive.h>

#include <core/callreader.h>
#include <core/recordparser.h>
#include <sim/trafficgenerator.h>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QThreadPool>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <cstdio>
#include <ctime>

using namespace cdr;

namespace {

void note(const QString &s)
{
    std::fprintf(stderr, "cdr-bench: %s\n", qPrintable(s));
}

size_t heapInUse()
{
#ifdef __GLIBC__
    const struct mallinfo2 mi = mallinfo2();
    return mi.uordblks + mi.hblkhd;
#else
    return 0;
#endif
}

// The naive model: a QVariantMap per call, the way a first version would hold them.
class MapModel : public QAbstractTableModel
{
public:
    explicit MapModel(QList<QVariantMap> rows) : m_rows(std::move(rows)) {}
    int rowCount(const QModelIndex &p = {}) const override { return p.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &p = {}) const override { return p.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &i, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        const QVariantMap &m = m_rows.at(i.row());
        return i.column() == 0 ? m.value(QStringLiteral("duration_s")) : m.value(QStringLiteral("from"));
    }

private:
    QList<QVariantMap> m_rows;
};

QVariantMap mapRow(const CallStore &s, quint32 r)
{
    QVariantMap m;
    const Call c = s.call(r);
    m.insert(QStringLiteral("provider"), providerName(c.provider));
    m.insert(QStringLiteral("id"), c.id);
    m.insert(QStringLiteral("from"), c.from);
    m.insert(QStringLiteral("to"), c.to);
    m.insert(QStringLiteral("direction"), c.direction);
    m.insert(QStringLiteral("start_time"), c.startTime);
    m.insert(QStringLiteral("status"), statusName(c.status));
    m.insert(QStringLiteral("duration_s"), c.durationS.value_or(0));
    m.insert(QStringLiteral("talk_s"), c.talkS.value_or(0));
    m.insert(QStringLiteral("billed_s"), c.billedS.value_or(0));
    m.insert(QStringLiteral("cost"), c.cost.value_or(0));
    m.insert(QStringLiteral("currency"), c.currency);
    m.insert(QStringLiteral("hangup_cause"), c.hangupCause);
    m.insert(QStringLiteral("codec"), c.codec);
    m.insert(QStringLiteral("mos"), c.mos.value_or(0));
    m.insert(QStringLiteral("jitter_ms"), c.jitterMs.value_or(0));
    m.insert(QStringLiteral("packet_loss_pct"), c.packetLossPct.value_or(0));
    m.insert(QStringLiteral("legs"), int(s.legs(r)));
    m.insert(QStringLiteral("flaws"), int(s.flaws(r)));
    return m;
}

// CPU time of this thread: on a shared machine, wall time also counts other people's builds.
double threadCpuNs()
{
#ifdef CLOCK_THREAD_CPUTIME_ID
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e9 + double(ts.tv_nsec);
#else
    return 0;
#endif
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double round1(double v)
{
    return std::round(v * 10) / 10;
}

// Waits for the model's running job to land, without a processEvents() loop on a timer.
void waitForView(CallTableModel &m)
{
    while (m.isBusy()) {
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
    }
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CDR Inspector table benchmark"));
    parser.addHelpOption();
    QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Calls to generate (default 1000000)."),
                               QStringLiteral("N"), QStringLiteral("1000000"));
    QCommandLineOption baseOpt(QStringLiteral("baseline-rows"),
                               QStringLiteral("Rows for the proxy baselines (default: same as --rows)."), QStringLiteral("M"));
    QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("Print one JSON object (the default and only format)."));
    parser.addOptions({ rowsOpt, baseOpt, jsonOpt });
    parser.process(app);
    bool ok = false;
    const qint64 n = parser.value(rowsOpt).toLongLong(&ok);
    if (!ok || n < 1000 || n > 50000000) {
        std::fprintf(stderr, "cdr-bench: --rows must be a number between 1000 and 50000000\n");
        return 2;
    }
    const qint64 baseRows = parser.isSet(baseOpt) ? qBound<qint64>(1000, parser.value(baseOpt).toLongLong(), n) : n;
    QJsonObject out;
    out.insert(u"rows", double(n));

    // ---- import: each provider's real list envelope, 50k records a body, fully normalized into
    // the table's store (the path File > Open and convert take; archive writes are timed below)
    const qint64 chunk = 50000;
    // Chunks go to the providers in turn: the busiest provider gets this many records. The
    // generator wraps past the count it is sized for, so a smaller size would repeat calls.
    const qint64 perProvider = ((n + chunk - 1) / chunk + 3) / 4 * chunk;
    const TrafficGenerator gen(2026, QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()),
                               QDateTime(QDate(2026, 4, 1), QTime(0, 0), QTimeZone::utc()), perProvider);
    auto store = std::make_shared<CallStore>();
    CallStoreSink sink(*store);
    double importNs = 0, qjsonNs = 0, parserNs = 0, parseOnlyNs = 0, importCpuNs = 0, qjsonCpuNs = 0, pythonNs = 0;
    qint64 bytes = 0, qjsonBytes = 0, parserBytes = 0, pythonBytes = 0;
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QTemporaryDir pythonDir;
    const size_t heapBefore = heapInUse();
    size_t peakExtra = 0;
    note(QStringLiteral("generating and importing %1 calls").arg(n));
    for (qint64 start = 0; start < n; start += chunk) {
        const Provider p = Provider(1 + (start / chunk) % 4);
        QByteArray records;
        for (qint64 i = start; i < qMin(n, start + chunk); ++i) {
            if (i > start)
                records += ',';
            // Each provider's chunks hold its next records: no call repeats (a repeated CallKey
            // would replace a row and leave the store smaller than --rows).
            const qint64 ofProvider = (start / chunk) / 4 * chunk + (i - start);
            records += QJsonDocument(gen.record(p, ofProvider)).toJson(QJsonDocument::Compact);
        }
        QByteArray body;
        switch (p) {
        case Provider::Plivo: body = "{\"api_id\":\"b\",\"meta\":{\"next\":null},\"objects\":[" + records + "]}"; break;
        case Provider::Vobiz: body = "{\"success\":true,\"data\":[" + records + "],\"pagination\":{\"has_next\":false}}"; break;
        case Provider::CarrierX: body = "{\"count\":1,\"has_more\":false,\"items\":[" + records + "]}"; break;
        default: body = "{\"message\":\"ok\",\"data\":{\"current_page\":1,\"data\":[" + records + "],\"last_page\":1}}";
        }
        records.clear();
        const size_t beforeImport = heapInUse();
        QElapsedTimer t;
        const double cpu0 = threadCpuNs();
        t.start();
        // The provider is named, as a fetch does: the generator's Vobiz records use Plivo's /Call
        // shape, which detection alone reads as Plivo (and the same ids would then merge).
        ParseOptions options;
        options.provider = p;
        const CallReader::Result r = CallReader::readBytes(body, options, QString(), [&sink](QList<Call> &&calls) {
            for (const Call &c : calls)
                sink.addCall(c);
            return true;
        });
        importNs += double(t.nsecsElapsed());
        importCpuNs += threadCpuNs() - cpu0;
        peakExtra = qMax(peakExtra, heapInUse() > beforeImport ? heapInUse() - beforeImport : 0);
        if (!r.ok()) {
            note(QStringLiteral("import failed: ") + r.error);
            return 1;
        }
        bytes += body.size();
        if (qjsonBytes < 200LL << 20) { // the baselines on the first ~200 MB
            const double c0 = threadCpuNs();
            t.restart();
            const QJsonDocument d = QJsonDocument::fromJson(body);
            qjsonNs += double(t.nsecsElapsed());
            qjsonCpuNs += threadCpuNs() - c0;
            qjsonBytes += body.size();
            Q_UNUSED(d);
            t.restart();
            CallReader::readBytes(body, options, QString(), [](QList<Call> &&) { return true; });
            parseOnlyNs += double(t.nsecsElapsed());
            // The naive Qt path: the whole body as a QJsonDocument, then each record normalized.
            t.restart();
            const QJsonDocument whole = QJsonDocument::fromJson(body);
            const QJsonObject env = whole.object();
            QJsonArray list = env.value(QLatin1String("objects")).toArray();
            if (list.isEmpty())
                list = env.value(QLatin1String("items")).toArray();
            if (list.isEmpty())
                list = env.value(QLatin1String("data")).isArray() ? env.value(QLatin1String("data")).toArray()
                                                                 : env.value(QLatin1String("data")).toObject().value(QLatin1String("data")).toArray();
            qint64 naiveCalls = 0;
            for (const QJsonValue &v : std::as_const(list))
                naiveCalls += RecordParser::normalize(p, v.toObject(), ParseOptions()).id.isEmpty() ? 0 : 1;
            parserNs += double(t.nsecsElapsed());
            Q_UNUSED(naiveCalls);
            parserBytes += body.size();
            // python3 with json and csv (bench/ingest/naive_convert.py) on the very same body.
            if (!python.isEmpty() && pythonDir.isValid()) {
                const QString in = pythonDir.filePath(QStringLiteral("body.json"));
                QFile f(in);
                if (f.open(QIODevice::WriteOnly) && f.write(body) == body.size()) {
                    f.close();
                    t.restart();
                    const int rc = QProcess::execute(python, { QStringLiteral(CDR_NAIVE_CONVERT), in,
                                                               pythonDir.filePath(QStringLiteral("out.csv")) });
                    if (rc == 0) {
                        pythonNs += double(t.nsecsElapsed());
                        pythonBytes += body.size();
                    }
                }
            }
        }
    }
    out.insert(u"import_mb_s", round1(double(bytes) / (1 << 20) / (importNs / 1e9)));
    out.insert(u"qjsondocument_mb_s", round1(double(qjsonBytes) / (1 << 20) / (qjsonNs / 1e9)));
    if (importCpuNs > 0 && qjsonCpuNs > 0) {
        out.insert(u"import_cpu_mb_s", round1(double(bytes) / (1 << 20) / (importCpuNs / 1e9)));
        out.insert(u"qjsondocument_cpu_mb_s", round1(double(qjsonBytes) / (1 << 20) / (qjsonCpuNs / 1e9)));
    }
    out.insert(u"normalize_only_mb_s", round1(double(qjsonBytes) / (1 << 20) / (parseOnlyNs / 1e9)));
    out.insert(u"naive_qjson_normalize_mb_s", round1(double(parserBytes) / (1 << 20) / (parserNs / 1e9)));
    if (pythonBytes > 0)
        out.insert(u"python_stdlib_mb_s", round1(double(pythonBytes) / (1 << 20) / (pythonNs / 1e9)));
    out.insert(u"import_input_mb", round1(double(bytes) / (1 << 20)));
    Q_UNUSED(heapBefore);

    // ---- memory per row ------------------------------------------------------------------
    CallTableModel model;
    model.setTimeZone(QTimeZone::utc());
    model.setStore(store);
    waitForView(model);
    const double storeBytes = double(store->bytes()) + double(model.viewRows().capacity()) * 4;
    out.insert(u"bytes_per_row", round1(storeBytes / double(store->size())));
    out.insert(u"store_rows", double(store->size()));
    out.insert(u"import_peak_extra_mb", round1(double(peakExtra) / (1 << 20)));
    out.insert(u"model_mb", round1(storeBytes / (1 << 20)));
    {
        const quint32 sample = quint32(qMin<qint64>(20000, store->size()));
        const size_t before = heapInUse();
        QList<QVariantMap> maps;
        maps.reserve(sample);
        for (quint32 r = 0; r < sample; ++r)
            maps.append(mapRow(*store, r));
        const size_t after = heapInUse();
        out.insert(u"qvariantmap_bytes_per_row", round1(double(after - before) / sample));
    }

    // ---- sort, reverse, filter through the model ------------------------------------------
    auto timeSort = [&](int column) {
        QElapsedTimer t;
        t.start();
        model.sort(column, Qt::AscendingOrder);
        waitForView(model);
        return ms(t);
    };
    out.insert(u"sort_numeric_ms", round1(timeSort(CallTableModel::DurationColumn)));
    out.insert(u"sort_time_ms", round1(timeSort(CallTableModel::StartColumn)));
    out.insert(u"sort_text_ms", round1(timeSort(CallTableModel::FromColumn)));
    out.insert(u"sort_cause_ms", round1(timeSort(CallTableModel::HangupCauseColumn)));
    {
        QElapsedTimer t;
        t.start();
        model.sort(CallTableModel::HangupCauseColumn, Qt::DescendingOrder);
        out.insert(u"reverse_ms", round1(ms(t)));
    }
    {
        // Typing "+9198" one key at a time: UI-thread work is starting the job plus applying
        // its result; the scan itself runs on the pool.
        CallFilter f;
        double worstUi = 0, lastResult = 0;
        for (const char *typed : { "9", "98", "987", "9876" }) {
            f.text = QLatin1String(typed);
            QElapsedTimer total;
            total.start();
            QElapsedTimer ui;
            ui.start();
            model.setFilter(f);
            double uiMs = ms(ui);
            QThreadPool::globalInstance()->waitForDone();
            ui.restart();
            QCoreApplication::processEvents(); // delivers and applies the result
            uiMs += ms(ui);
            waitForView(model);
            worstUi = qMax(worstUi, uiMs);
            lastResult = ms(total);
        }
        out.insert(u"filter_keystroke_ms", round1(worstUi));
        out.insert(u"filter_result_ms", round1(lastResult));
        out.insert(u"filter_rows", model.rowCount());
        model.setFilter(CallFilter());
        waitForView(model);
    }

    // ---- the proxy baselines ----------------------------------------------------------------
    {
        note(QStringLiteral("proxy baselines over %1 QVariantMap rows").arg(baseRows));
        QList<QVariantMap> maps;
        maps.reserve(baseRows);
        for (quint32 r = 0; r < quint32(qMin<qint64>(baseRows, store->size())); ++r) {
            QVariantMap m;
            m.insert(QStringLiteral("duration_s"), double(store->durationS(r)));
            m.insert(QStringLiteral("from"), store->from(r));
            maps.append(std::move(m));
        }
        MapModel naive(std::move(maps));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&naive);
        QElapsedTimer t;
        t.start();
        proxy.sort(0);
        out.insert(u"proxy_sort_numeric_ms", round1(ms(t)));
        t.restart();
        proxy.sort(1);
        out.insert(u"proxy_sort_text_ms", round1(ms(t)));
        proxy.sort(-1);
        proxy.setFilterKeyColumn(1);
        t.restart();
        proxy.setFilterFixedString(QStringLiteral("9876"));
        out.insert(u"proxy_filter_ms", round1(ms(t)));
        out.insert(u"proxy_baseline_rows", double(baseRows));
    }

    // ---- export -------------------------------------------------------------------------------
    QTemporaryDir dir;
    {
        CallExporter::Options opt;
        QElapsedTimer t;
        t.start();
        const auto r = CallExporter::write(dir.filePath(QStringLiteral("all.csv")), *store, nullptr, opt);
        const double s = ms(t) / 1000;
        out.insert(u"csv_export_mb_s", round1(double(r.bytes) / (1 << 20) / s));
        out.insert(u"csv_export_mb", round1(double(r.bytes) / (1 << 20)));
        QFile::remove(dir.filePath(QStringLiteral("all.csv")));
    }

    // ---- archive: write (untimed), then reopen into a fresh model and sort -------------------
    {
        note(QStringLiteral("writing the archive"));
        const QString path = dir.filePath(QStringLiteral("archive.sqlite"));
        {
            CallArchive a;
            QString error;
            if (!a.open(path, &error)) {
                note(error);
                return 1;
            }
            CallArchive::Writer w(a, 50000);
            QElapsedTimer t;
            t.start();
            BulkRow row;
            for (quint32 r = 0; r < store->size(); ++r) {
                QByteArray ib, fb, tb;
                BulkRowBuffer buf;
                w.addRow(buf.set(store->call(r)));
            }
            w.finish();
            out.insert(u"archive_write_rows_s", round1(double(store->size()) / (ms(t) / 1000)));
        }
        QElapsedTimer t;
        t.start();
        CallArchive a;
        a.open(path);
        auto reopened = std::make_shared<CallStore>();
        reopened->reserve(quint32(n));
        CallStoreSink s2(*reopened);
        a.load(s2);
        CallTableModel m2;
        m2.setStore(reopened);
        waitForView(m2);
        out.insert(u"archive_reopen_ms", round1(ms(t)));
        m2.sort(CallTableModel::StartColumn, Qt::DescendingOrder);
        waitForView(m2);
        out.insert(u"archive_sortable_ms", round1(ms(t)));
        out.insert(u"archive_rows", double(m2.rowCount()));
    }

    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    return 0;
}
