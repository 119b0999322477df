// SPDX-License-Identifier: GPL-3.0-or-later
#include "callreader.h"

#include "callcsv.h"
#include "calljson.h"
#include "providernormalizer.h"
#include "recordfields.h"
#include "recordsplitter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>

#include <simdjson.h>

#include <atomic>
#include <cmath>
#include <limits>
#include <deque>
#include <memory>

namespace cdr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdr::CallReader", text);
}

// Small batches keep each worker's simdjson tape and call list inside the cache and spare the
// first-touch page faults a megabyte-sized batch costs (measured: convert 10-15 % faster than
// with 1 MiB batches, a third fewer page faults).
constexpr qsizetype kBatchBytes = qsizetype(128) << 10;
constexpr qint64 kReadPiece = qint64(4) << 20;

QString recordLabel(const QString &source, qint64 index, const QString &id)
{
    QString label = source.isEmpty() ? tr("record %1").arg(index + 1) : tr("%1: record %2").arg(source).arg(index + 1);
    if (!id.isEmpty())
        label += QStringLiteral(" (") + id + QLatin1Char(')');
    return label;
}

QString sourceLabel(const QString &source)
{
    return source.isEmpty() ? tr("input") : source;
}

QString simdMessage(simdjson::error_code e)
{
    return QString::fromUtf8(simdjson::error_message(e));
}

// The provider's own error bodies: {error}, {errors:[...]}, {status:"error", error:{code, message}},
// {success:false}. A record that happens to carry an "error" field is still a record.
bool looksLikeApiError(const QJsonObject &o, QString *message)
{
    const QJsonValue status = o.value(QLatin1String("status"));
    const QJsonValue error = o.value(QLatin1String("error"));
    const QJsonValue errors = o.value(QLatin1String("errors"));
    const bool statusError = status.isString() && status.toString().compare(QLatin1String("error"), Qt::CaseInsensitive) == 0;
    const bool successFalse = o.value(QLatin1String("success")).isBool() && !o.value(QLatin1String("success")).toBool()
        && !o.value(QLatin1String("data")).isArray() && !o.value(QLatin1String("data")).isObject();
    if (!statusError && error.isUndefined() && errors.isUndefined() && !successFalse)
        return false;
    for (const char *k : { "from_number", "to_number", "from", "to", "caller_id_number", "number_src", "call_flow",
                           "initiation_time", "call_duration", "date_start", "objects", "items" }) {
        if (o.contains(QLatin1String(k)))
            return false;
    }
    auto str = [](const QJsonValue &v) {
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble());
        if (v.isObject() || v.isArray())
            return QString::fromUtf8(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                                  : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        return QString();
    };
    QStringList parts;
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        const QString code = str(e.value(QLatin1String("code")));
        const QString msg = str(e.value(QLatin1String("message")));
        parts << (code.isEmpty() ? msg : msg.isEmpty() ? code : code + QStringLiteral(": ") + msg);
    } else if (error.isString()) {
        parts << error.toString();
    } else if (errors.isArray()) {
        for (const QJsonValue &e : errors.toArray())
            parts << (e.isObject() ? str(e.toObject().value(QLatin1String("message"))) : str(e));
    } else if (errors.isObject() || errors.isString()) {
        parts << str(errors);
    }
    const QString msg = str(o.value(QLatin1String("message")));
    if (!msg.isEmpty() && !parts.contains(msg))
        parts << msg;
    for (const char *k : { "call_uuid", "api_id", "requestId" }) {
        const QString v = str(o.value(QLatin1String(k)));
        if (!v.isEmpty())
            parts << QStringLiteral("%1 %2").arg(QLatin1String(k), v);
    }
    parts.removeAll(QString());
    *message = parts.isEmpty() ? tr("the provider returned an error without a message") : parts.join(QStringLiteral("; "));
    return true;
}

bool mayBeApiError(const simdjson::dom::object &o)
{
    simdjson::dom::element e;
    if (o["error"].error() == simdjson::SUCCESS || o["errors"].error() == simdjson::SUCCESS)
        return true;
    if (o["status"].get(e) == simdjson::SUCCESS && e.is_string()
        && QByteArrayView(std::string_view(e).data(), qsizetype(std::string_view(e).size())).compare("error", Qt::CaseInsensitive) == 0)
        return true;
    return o["success"].get(e) == simdjson::SUCCESS && e.is_bool() && !bool(e);
}

QJsonObject toQJson(const simdjson::dom::element &e)
{
    const std::string text = simdjson::to_string(e);
    return QJsonDocument::fromJson(QByteArray(text.data(), qsizetype(text.size()))).object();
}

QByteArray compactText(QByteArrayView bytes)
{
    QByteArray out(bytes.size(), Qt::Uninitialized);
    size_t len = 0;
    if (simdjson::minify(bytes.data(), size_t(bytes.size()), out.data(), len) != simdjson::SUCCESS)
        return bytes.toByteArray();
    out.truncate(qsizetype(len));
    return out;
}

struct ItemInfo
{
    RecordSplitter::Kind kind;
    qint64 offset;
    qint64 line;
    qint64 index;   ///< record number in the input (Record and Value items)
    qint64 records; ///< Envelope: records it held
    qsizetype from; ///< in Job::text
    qsizetype size;
};

struct Job
{
    // input
    QByteArray text;
    std::vector<ItemInfo> items;
    bool csv = false;
    qint64 csvFirstLine = 0;
    // output
    QList<Call> calls;
    CallReader::Batch prepared; ///< filled by Setup::prepare, when there is one
    QStringList warnings;
    qint64 skipped = 0; ///< records that were no call at all
    QString error;
    bool apiError = false;
    std::optional<qint64> totalCount;
    std::optional<bool> hasMore;
    QString nextUrl;
    std::atomic<bool> done{ false };
};

// What a job needs to know about its input; shared read-only by the workers.
struct Setup
{
    ParseOptions options;
    CallReader::Prepare prepare;
    QString source;
    QStringList csvHeader;
    bool csvOurs = false;
};

class JobRunner
{
public:
    JobRunner(const Setup &setup, Job &job) : m_setup(setup), m_job(job), m_ctx(setup.options) {}

    void run()
    {
        if (m_job.csv)
            runCsv();
        else
            runJson();
        if (m_setup.prepare) {
            // A swap, not a move: the job's (recycled) list keeps its capacity for the next batch.
            m_job.prepared.calls.clear();
            m_job.prepared.calls.swap(m_job.calls);
            m_setup.prepare(m_job.prepared);
        }
    }

private:
    void warn(const QString &text) { m_job.warnings << text; }

    void addCall(Call &&c, QStringList &w, qint64 index)
    {
        if (!w.isEmpty()) {
            const QString label = recordLabel(m_setup.source, index, c.id);
            for (QString &s : w) {
                if (s.contains(QChar(1)))
                    warn(s.replace(QChar(1), label));
                else
                    warn(label + QStringLiteral(": ") + s);
            }
        }
        m_job.calls.append(std::move(c));
    }

    void record(const simdjson::dom::object &o, QByteArray raw, qint64 index)
    {
        QStringList w;
        // The record's keys are indexed once, for detection and normalization alike.
        const RecordFields fields(o, m_ctx, &w);
        if (ProviderNormalizer::isNormalizedCall(fields)) {
            Call c;
            QString error;
            // raw is this object's own text: its "raw" keeps the provider's number spelling,
            // which printing the DOM again (simdjson::to_string) would not.
            if (CallJson::fromJsonBytes(raw, &c, &w, &error)) {
                // Files written before these keys existed get them; present ones are kept.
                if (o["hangup_class"].error())
                    ProviderNormalizer::finish(c, m_setup.options, &w);
                addCall(std::move(c), w, index);
            }
            return;
        }
        Provider p = m_setup.options.provider.value_or(Provider::Unknown);
        if (m_setup.options.provider && p != Provider::Unknown) {
            // A provider given for a body that is plainly another's would make empty calls.
            // Vobiz serves Plivo's API shape, so the two are one family here.
            const Provider seen = ProviderNormalizer::detect(fields);
            const auto family = [](Provider x) { return x == Provider::Vobiz ? Provider::Plivo : x; };
            if (seen != Provider::Unknown && family(seen) != family(p)) {
                m_job.error = tr("%1: record %2 looks like a %3 record, not %4 (leave out --provider to detect it, "
                                 "or give --provider %5)")
                                  .arg(sourceLabel(m_setup.source)).arg(index + 1)
                                  .arg(providerDisplayName(seen), providerDisplayName(p), providerName(seen));
                m_stopRecords = true;
                return;
            }
        }
        if (!m_setup.options.provider) {
            p = ProviderNormalizer::detect(fields);
            if (p == Provider::Unknown)
                w << tr("%1: could not tell which provider this record is from; kept with provider \"unknown\" "
                        "(use --provider)").arg(QString(QChar(1)));
        }
        Call c = ProviderNormalizer::normalize(p, fields, std::move(raw));
        simdjson::dom::element idValue;
        if (p == Provider::Unknown && c.id.isEmpty() && o["id"].get(idValue) == simdjson::SUCCESS)
            c.id = RecordFields::text(idValue);
        if (p == Provider::Unknown && c.id.isEmpty()) {
            // No provider's keys and no call id: this is not a call, and a blank "unknown call"
            // in the table would only mislead.
            ++m_job.skipped;
            warn(tr("%1: record %2 is not a call record (no provider's keys, no call id); skipped")
                     .arg(sourceLabel(m_setup.source)).arg(index + 1));
            return;
        }
        addCall(std::move(c), w, index);
    }

    // false: stop (an error body)
    bool value(const simdjson::dom::element &v, QByteArrayView bytes, const ItemInfo &info)
    {
        if (!v.is_object()) {
            m_job.error = tr("%1: expected a JSON object or array").arg(sourceLabel(m_setup.source));
            return false;
        }
        const simdjson::dom::object o(v);
        if (mayBeApiError(o)) {
            QString message;
            if (looksLikeApiError(toQJson(v), &message)) {
                m_job.error = tr("%1: the provider answered with an error: %2").arg(sourceLabel(m_setup.source), message);
                m_job.apiError = true;
                return false;
            }
        }
        simdjson::dom::element x;
        if (o["calls"].get(x) == simdjson::SUCCESS && x.is_array() && o["call_uuid"].error()) {
            // Plivo/Vobiz live-call list: ids only, each needs its own GET.
            warn(tr("%1: a live-call list holds only call ids (%2); fetch each call to see it")
                     .arg(sourceLabel(m_setup.source)).arg(simdjson::dom::array(x).size()));
            return true;
        }
        const bool hasData = o["data"].get(x) == simdjson::SUCCESS;
        if (hasData && x.is_null() && o["message"].error() == simdjson::SUCCESS && o.size() <= 3) {
            simdjson::dom::element m = o["message"];
            m_job.error = tr("%1: the provider returned no record: %2")
                              .arg(sourceLabel(m_setup.source), RecordFields::text(m));
            m_job.apiError = true;
            return false;
        }
        if (hasData && x.is_object()) {
            // {message, data:{record}} (NexBro) and {data:{record}, success} (Vobiz /cdr/{id}).
            const std::string text = simdjson::to_string(x);
            record(simdjson::dom::object(x), QByteArray(text.data(), qsizetype(text.size())), info.index);
            return true;
        }
        record(o, compactText(bytes), info.index);
        return true;
    }

    void envelope(const simdjson::dom::element &v, const ItemInfo &info)
    {
        if (!v.is_object())
            return; // a bare array's "[]"
        const QJsonObject o = toQJson(v);
        QString message;
        QJsonObject bare = o; // an empty record list beside an error is still an error
        for (const char *k : { "objects", "items", "data" }) {
            if (bare.value(QLatin1String(k)).isArray())
                bare.remove(QLatin1String(k));
        }
        if (info.records == 0 && looksLikeApiError(bare, &message)) {
            m_job.error = tr("%1: the provider answered with an error: %2").arg(sourceLabel(m_setup.source), message);
            m_job.apiError = true;
            return;
        }
        auto number = [](const QJsonValue &n) -> std::optional<qint64> {
            const double d = n.isString() ? n.toString().toDouble() : n.toDouble(-1);
            if (std::isnan(d) || d < 0)
                return std::nullopt;
            // A total past any real count saturates (no undefined conversion); the provider
            // services refuse to trust it and say so.
            if (d >= 9.0e18)
                return std::numeric_limits<qint64>::max();
            return qint64(d);
        };
        if (o.value(QLatin1String("objects")).isArray()) { // Plivo {api_id, meta, objects}
            const QJsonObject meta = o.value(QLatin1String("meta")).toObject();
            m_job.totalCount = number(meta.value(QLatin1String("total_count")));
            const QJsonValue next = meta.value(QLatin1String("next"));
            m_job.nextUrl = next.isString() ? next.toString() : QString();
            if (meta.contains(QLatin1String("next")))
                m_job.hasMore = !m_job.nextUrl.isEmpty();
        } else if (o.value(QLatin1String("items")).isArray()) { // CarrierX {count, has_more, items}
            if (o.value(QLatin1String("has_more")).isBool())
                m_job.hasMore = o.value(QLatin1String("has_more")).toBool();
            m_job.totalCount = number(o.value(QLatin1String("total")));
            const QJsonValue next = o.value(QLatin1String("pagination")).toObject().value(QLatin1String("next"));
            if (next.isString())
                m_job.nextUrl = next.toString();
        } else {
            QJsonObject page = o;
            if (o.value(QLatin1String("data")).isObject()) // NexBro {message, data:{current_page, data[]}}
                page = o.value(QLatin1String("data")).toObject();
            const QJsonObject pg = o.value(QLatin1String("pagination")).toObject();
            if (!pg.isEmpty()) { // Vobiz {data, pagination, summary}
                if (pg.value(QLatin1String("has_next")).isBool())
                    m_job.hasMore = pg.value(QLatin1String("has_next")).toBool();
                m_job.totalCount = number(pg.value(QLatin1String("total")));
            } else if (page.contains(QLatin1String("current_page"))) {
                const auto cur = number(page.value(QLatin1String("current_page")));
                const auto last = number(page.value(QLatin1String("last_page")));
                m_job.totalCount = number(page.value(QLatin1String("total")));
                const QJsonValue next = page.value(QLatin1String("next_page_url"));
                if (next.isString())
                    m_job.nextUrl = next.toString();
                if (cur && last)
                    m_job.hasMore = *cur < *last;
                else if (page.contains(QLatin1String("next_page_url")))
                    m_job.hasMore = next.isString() && !next.toString().isEmpty();
            }
        }
    }

    // false: stop
    bool item(const simdjson::dom::element &e, const ItemInfo &info)
    {
        const QByteArrayView bytes(m_job.text.constData() + info.from, info.size);
        switch (info.kind) {
        case RecordSplitter::Kind::Record:
            if (!e.is_object()) {
                warn(tr("%1: record %2 is a %3, not a call record; skipped")
                         .arg(sourceLabel(m_setup.source)).arg(info.index + 1)
                         .arg(QLatin1String(RecordFields::typeName(e))));
                return true;
            }
            record(simdjson::dom::object(e), compactText(bytes), info.index);
            return !m_stopRecords;
        case RecordSplitter::Kind::Value: {
            const bool go = value(e, bytes, info);
            return go && !m_stopRecords;
        }
        case RecordSplitter::Kind::Envelope:
            envelope(e, info);
            return m_job.error.isEmpty();
        }
        return true;
    }

    void runJson()
    {
        m_job.calls.reserve(qsizetype(m_job.items.size()));
        thread_local simdjson::dom::parser parser;
        simdjson::dom::element root;
        const auto err = parser.parse(m_job.text.constData(), size_t(m_job.text.size()), false).get(root);
        if (!err) {
            const simdjson::dom::array all(root);
            size_t i = 0;
            for (simdjson::dom::element e : all) {
                if (!item(e, m_job.items[i++]))
                    return;
            }
            return;
        }
        // Something in the batch is malformed: read the items one by one to name it, keeping
        // the calls before it.
        for (const ItemInfo &info : m_job.items) {
            const simdjson::padded_string one(m_job.text.constData() + info.from, size_t(info.size));
            simdjson::dom::parser single;
            simdjson::dom::element e;
            if (const auto itemErr = single.parse(one).get(e)) {
                m_job.error = info.kind == RecordSplitter::Kind::Envelope
                    ? tr("%1: malformed JSON in the value starting on line %2: %3")
                          .arg(sourceLabel(m_setup.source)).arg(info.line).arg(simdMessage(itemErr))
                    : tr("%1: malformed JSON in record %2 at byte offset %3 (line %4): %5")
                          .arg(sourceLabel(m_setup.source)).arg(info.index + 1).arg(info.offset).arg(info.line)
                          .arg(simdMessage(itemErr));
                return;
            }
            if (!item(e, info))
                return;
        }
        m_job.error = tr("%1: malformed JSON: %2").arg(sourceLabel(m_setup.source), simdMessage(err));
    }

    void runCsv()
    {
        // Decoding the fields turns bytes that are not UTF-8 into U+FFFD; say where, so that no
        // byte is changed unannounced. ('\n' never occurs inside a UTF-8 sequence.)
        if (!simdjson::validate_utf8(m_job.text.constData(), size_t(m_job.text.size()))) {
            qint64 line = m_job.csvFirstLine;
            for (qsizetype from = 0; from < m_job.text.size(); ++line) {
                qsizetype end = m_job.text.indexOf('\n', from);
                if (end < 0)
                    end = m_job.text.size();
                if (!simdjson::validate_utf8(m_job.text.constData() + from, size_t(end - from)))
                    warn(tr("%1: line %2 is not valid UTF-8; its invalid bytes were read as U+FFFD")
                             .arg(sourceLabel(m_setup.source)).arg(line));
                from = end + 1;
            }
        }
        QList<QStringList> rows;
        QString error;
        if (!CallCsv::splitRecords(m_job.text, &rows, &error)) {
            m_job.error = sourceLabel(m_setup.source) + QStringLiteral(": ") + error;
            return;
        }
        const QStringList &header = m_setup.csvHeader;
        qint64 line = m_job.csvFirstLine;
        for (const QStringList &fields : std::as_const(rows)) {
            const qint64 here = line++;
            if (fields.size() == 1 && fields.first().isEmpty())
                continue; // blank line
            if (fields.size() != header.size())
                warn(tr("%1: line %2 has %3 fields where the header has %4; missing fields read as empty")
                         .arg(sourceLabel(m_setup.source)).arg(here).arg(fields.size()).arg(header.size()));
            QStringList w;
            if (m_setup.csvOurs) {
                Call c = CallCsv::fromRow(header, fields, &w);
                for (const QString &s : std::as_const(w))
                    warn(tr("%1: line %2: %3").arg(sourceLabel(m_setup.source)).arg(here).arg(s));
                m_job.calls.append(std::move(c));
                continue;
            }
            // A provider CSV export (Vobiz /cdr/export): the header names the CDR fields. The row
            // becomes the JSON record it stands for, which is also its raw record.
            QByteArray json = "{";
            for (qsizetype k = 0; k < header.size(); ++k) {
                if (k)
                    json += ',';
                CallJson::appendString(json, header.at(k).trimmed());
                json += ':';
                if (k < fields.size())
                    CallJson::appendString(json, fields.at(k));
                else
                    json += "null";
            }
            json += '}';
            const simdjson::padded_string padded(json.constData(), size_t(json.size()));
            simdjson::dom::parser parser;
            simdjson::dom::element e;
            if (parser.parse(padded).get(e) || !e.is_object())
                continue;
            const simdjson::dom::object o(e);
            const Provider p = m_setup.options.provider.value_or(ProviderNormalizer::detect(o));
            Call c = ProviderNormalizer::normalize(p, o, json, m_ctx, &w);
            const QString label = tr("%1: line %2").arg(sourceLabel(m_setup.source)).arg(here);
            for (QString &s : w)
                warn(s.replace(QChar(1), label));
            m_job.calls.append(std::move(c));
        }
    }

    const Setup &m_setup;
    Job &m_job;
    NormalizeContext m_ctx;
    bool m_stopRecords = false; ///< an error in a record: the rest of the batch is not read
};

// A pool of its own: readers are often called from the global pool's threads, and waiting there
// for jobs queued behind them on the same pool could starve it.
QThreadPool &normalizerPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
        p->setExpiryTimeout(30000);
        return p;
    }();
    return *pool;
}

class Pipeline
{
public:
    Pipeline(Setup setup, const CallReader::BatchSink &sink, CallReader::Result &result, bool parallel)
        : m_setup(std::move(setup)), m_sink(sink), m_result(result), m_parallel(parallel)
    {
        m_maxInFlight = qMax(2, normalizerPool().maxThreadCount() * 2 + 1);
    }
    ~Pipeline() { drain(false); }

    Setup &setup() { return m_setup; }

    bool addJsonItem(const RecordSplitter::Item &item, QByteArrayView bytes)
    {
        Job &job = pending();
        job.text += job.items.empty() ? '[' : ',';
        const qsizetype from = job.text.size();
        job.text.append(bytes.data(), bytes.size());
        const bool counted = item.kind != RecordSplitter::Kind::Envelope;
        job.items.push_back({ item.kind, item.offset, item.line, counted ? m_nextIndex : -1, item.records, from,
                              bytes.size() });
        if (counted)
            ++m_nextIndex;
        if (job.text.size() >= kBatchBytes)
            return submit();
        return !m_stop;
    }

    bool addCsvRecords(QByteArrayView text, qint64 firstLine)
    {
        Job &job = pending();
        job.csv = true;
        job.text.resize(0);
        job.text.append(text.data(), text.size());
        job.csvFirstLine = firstLine;
        return submit();
    }

    bool submit()
    {
        if (!m_pending)
            return !m_stop;
        std::shared_ptr<Job> job = std::move(m_pending);
        m_pending.reset();
        if (!job->csv) {
            job->text += ']';
            job->text.reserve(job->text.size() + qsizetype(simdjson::SIMDJSON_PADDING));
        }
        if (!m_parallel) {
            JobRunner(m_setup, *job).run();
            job->done = true;
            const bool ok = deliver(*job);
            recycle(std::move(job));
            return ok;
        }
        m_inFlight.push_back(job);
        // A plain pointer: m_inFlight keeps the job alive until it is done (the destructor
        // drains), and the job can be reused as soon as it is handed out.
        normalizerPool().start([this, job = job.get()] {
            JobRunner(m_setup, *job).run();
            QMutexLocker lock(&m_mutex);
            job->done = true;
            m_cond.wakeAll();
        });
        // Hand out what is done, in order; wait when too much is in flight.
        while (!m_inFlight.empty()) {
            const bool full = qsizetype(m_inFlight.size()) >= m_maxInFlight;
            if (!m_inFlight.front()->done) {
                if (!full)
                    break;
                QMutexLocker lock(&m_mutex);
                while (!m_inFlight.front()->done)
                    m_cond.wait(&m_mutex);
            }
            std::shared_ptr<Job> front = m_inFlight.front();
            m_inFlight.pop_front();
            if (!deliver(*front))
                return false;
            recycle(std::move(front));
        }
        return !m_stop;
    }

    bool finish()
    {
        if (!submit())
            return false;
        return drain(true);
    }

    bool stopped() const { return m_stop; }
    qint64 skipped() const { return m_skipped; }

private:
    // Jobs are reused with their buffers' capacity. A fresh megabyte per batch is soon carved up
    // by the small allocations of normalizing, so the next batch would fault in new pages: that
    // was a fifth of convert's time (perf, page-faults event).
    void recycle(std::shared_ptr<Job> job)
    {
        if (job.use_count() != 1 || m_spare.size() >= size_t(m_maxInFlight) + 1)
            return;
        job->text.resize(0);
        job->items.clear();
        job->csv = false;
        job->csvFirstLine = 0;
        job->calls.clear();
        job->prepared.calls.clear();
        job->prepared.bytes.resize(0);
        job->prepared.ends.resize(0);
        job->prepared.keys.clear();
        job->prepared.keyHashes.clear();
        job->warnings.clear();
        job->skipped = 0;
        job->error.clear();
        job->apiError = false;
        job->totalCount.reset();
        job->hasMore.reset();
        job->nextUrl.clear();
        job->done = false;
        m_spare.push_back(std::move(job));
    }

    Job &pending()
    {
        if (!m_pending && !m_spare.empty()) {
            m_pending = std::move(m_spare.back());
            m_spare.pop_back();
        }
        if (!m_pending) {
            m_pending = std::make_shared<Job>();
            m_pending->text.reserve(kBatchBytes + (64 << 10));
        }
        return *m_pending;
    }

    // Waits for every job in flight; hands them out when deliverResults.
    bool drain(bool deliverResults)
    {
        while (!m_inFlight.empty()) {
            {
                QMutexLocker lock(&m_mutex);
                while (!m_inFlight.front()->done)
                    m_cond.wait(&m_mutex);
            }
            std::shared_ptr<Job> front = m_inFlight.front();
            m_inFlight.pop_front();
            if (deliverResults && !m_stop)
                deliver(*front);
            recycle(std::move(front));
        }
        return !m_stop;
    }

    bool deliver(Job &job)
    {
        if (m_stop)
            return false;
        for (const QString &w : std::as_const(job.warnings)) {
            ++m_result.warningCount;
            if (m_result.warnings.size() < CallReader::kMaxWarnings)
                m_result.warnings << w;
        }
        m_skipped += job.skipped;
        if (job.totalCount)
            m_result.totalCount = job.totalCount;
        if (job.hasMore)
            m_result.hasMore = job.hasMore;
        if (!job.nextUrl.isEmpty())
            m_result.nextUrl = job.nextUrl;
        if (!m_setup.prepare)
            job.prepared.calls = std::move(job.calls);
        const qint64 n = qMax(job.prepared.calls.size(), qMax(job.prepared.keys.size(), job.prepared.ends.size()));
        if (n > 0) {
            if (!m_sink(std::move(job.prepared))) {
                m_result.canceled = true;
                m_stop = true;
                return false;
            }
            m_result.calls += n;
        }
        if (!job.error.isEmpty()) {
            m_result.error = job.error;
            m_result.apiError = job.apiError;
            m_stop = true;
            return false;
        }
        return true;
    }

    Setup m_setup;
    const CallReader::BatchSink &m_sink;
    CallReader::Result &m_result;
    bool m_parallel;
    qsizetype m_maxInFlight = 3;
    std::shared_ptr<Job> m_pending;
    std::deque<std::shared_ptr<Job>> m_inFlight;
    std::vector<std::shared_ptr<Job>> m_spare;
    QMutex m_mutex;
    QWaitCondition m_cond;
    qint64 m_nextIndex = 0;
    qint64 m_skipped = 0;
    bool m_stop = false;
};

// Pulls pieces of input; returns an empty array at the end. error set on a read error.
using PieceSource = std::function<QByteArray(QString *error)>;

// CSV records are cut at line ends outside quotes, a batch at a time.
class CsvCutter
{
public:
    explicit CsvCutter(Pipeline &pipeline) : m_pipeline(pipeline) {}

    bool feed(QByteArrayView piece)
    {
        m_buf.append(piece.data(), piece.size());
        qsizetype lastEnd = -1;
        qint64 lines = 0, linesAtLastEnd = 0;
        for (qsizetype i = m_scanned; i < m_buf.size(); ++i) {
            const char c = m_buf[i];
            if (c == '"') {
                m_inQuotes = !m_inQuotes;
            } else if (c == '\n') {
                ++lines;
                if (!m_inQuotes) {
                    lastEnd = i + 1;
                    linesAtLastEnd = lines;
                }
            }
        }
        m_scanned = m_buf.size();
        if (lastEnd < 0)
            return true;
        if (!m_headerDone) {
            const qsizetype headerEnd = m_buf.indexOf('\n') + 1;
            if (!readHeader(QByteArrayView(m_buf).first(headerEnd)))
                return false;
            m_buf.remove(0, headerEnd);
            lastEnd -= headerEnd;
            m_scanned -= headerEnd;
            m_line = 2;
            linesAtLastEnd -= 1;
        }
        if (lastEnd < kBatchBytes && m_buf.size() < 4 * kBatchBytes)
            return true; // wait for a bigger batch
        const bool ok = m_pipeline.addCsvRecords(QByteArrayView(m_buf).first(lastEnd), m_line);
        m_line += linesAtLastEnd;
        m_buf.remove(0, lastEnd);
        m_scanned -= lastEnd;
        return ok;
    }

    bool finish(QString *error)
    {
        if (m_inQuotes) {
            *error = tr("%1: unterminated quoted field in the CSV after line %2")
                         .arg(sourceLabel(m_pipeline.setup().source)).arg(m_line);
            // What came before the open quote is still read.
        }
        if (!m_headerDone) {
            if (!readHeader(m_buf))
                return false;
            m_buf.clear();
        }
        if (m_inQuotes) {
            const qsizetype cut = m_buf.lastIndexOf('\n', m_buf.indexOf('"')) + 1;
            m_buf.truncate(qMax<qsizetype>(0, cut));
        }
        if (!m_buf.trimmed().isEmpty())
            return m_pipeline.addCsvRecords(m_buf, m_line) && !m_inQuotes;
        return !m_inQuotes;
    }

    QString headerError() const { return m_headerError; }

private:
    bool readHeader(QByteArrayView line)
    {
        m_headerDone = true;
        QList<QStringList> records;
        QString error;
        if (!CallCsv::splitRecords(line, &records, &error) || records.isEmpty()
            || (records.first().size() == 1 && records.first().first().trimmed().isEmpty())) {
            m_headerError = tr("%1: the CSV file has no header").arg(sourceLabel(m_pipeline.setup().source));
            return false;
        }
        QStringList header = records.first();
        for (QString &h : header)
            h = h.trimmed();
        m_pipeline.setup().csvHeader = header;
        m_pipeline.setup().csvOurs = header.contains(QLatin1String("provider")) && header.contains(QLatin1String("id"))
            && header.contains(QLatin1String("start_time")) && header.contains(QLatin1String("duration_s"));
        return true;
    }

    Pipeline &m_pipeline;
    QByteArray m_buf;
    qsizetype m_scanned = 0;
    bool m_inQuotes = false;
    bool m_headerDone = false;
    qint64 m_line = 1;
    QString m_headerError;
};

CallReader::Result readPieces(const PieceSource &next, qint64 total, const ParseOptions &options,
                              const QString &source, const CallReader::Prepare &prepare,
                              const CallReader::BatchSink &sink,
                              const CallReader::Progress &progress, bool parallel)
{
    CallReader::Result result;
    QString readError;
    QByteArray piece = next(&readError);
    if (!readError.isEmpty()) {
        result.error = readError;
        return result;
    }
    if (piece.startsWith("\xEF\xBB\xBF"))
        piece.remove(0, 3);
    // Sniff: the first byte that is not white space tells JSON from CSV.
    qsizetype first = 0;
    while (first < piece.size() && QChar::isSpace(uchar(piece.at(first))))
        ++first;
    const QString label = sourceLabel(source);
    while (first == piece.size()) {
        const qint64 seen = piece.size();
        QByteArray more = next(&readError);
        if (more.isEmpty()) {
            result.bytes = seen;
            result.error = readError.isEmpty() ? (seen == 0 ? CallReader::tr("%1: the file is empty (0 bytes)").arg(label)
                                                            : CallReader::tr("%1: the file holds only white space").arg(label))
                                               : readError;
            return result;
        }
        piece += more;
        while (first < piece.size() && QChar::isSpace(uchar(piece.at(first))))
            ++first;
    }
    Setup setup;
    setup.options = options;
    setup.source = source;
    setup.prepare = prepare;
    const char c0 = piece.at(first);
    const bool json = c0 == '{' || c0 == '[';
    if (!json) {
        const QByteArrayView head = QByteArrayView(piece).first(qMin<qsizetype>(piece.size(), 1 << 16));
        if (head.indexOf(',') < 0 || head.indexOf('\0') >= 0) {
            result.error = CallReader::tr("%1: not JSON, NDJSON or CSV (starts with byte 0x%2 at offset %3)")
                               .arg(label).arg(uchar(c0), 2, 16, QLatin1Char('0')).arg(first);
            return result;
        }
    }
    Pipeline pipeline(setup, sink, result, parallel);
    RecordSplitter splitter([&pipeline](const RecordSplitter::Item &item, QByteArrayView bytes) {
        return pipeline.addJsonItem(item, bytes);
    });
    CsvCutter csv(pipeline);
    qint64 done = 0;
    while (!piece.isEmpty()) {
        done += piece.size();
        const bool ok = json ? splitter.feed(piece) : csv.feed(piece);
        if (!ok) {
            if (pipeline.stopped())
                return result;
            pipeline.finish();
            if (result.error.isEmpty())
                result.error = json ? label + QStringLiteral(": ") + splitter.error() : csv.headerError();
            result.bytes = done;
            return result;
        }
        if (progress && !progress(done, total)) {
            result.canceled = true;
            return result;
        }
        piece = QByteArray(); // let go first: the source may refill the same buffer
        piece = next(&readError);
        if (!readError.isEmpty()) {
            pipeline.finish();
            result.error = readError;
            result.bytes = done;
            return result;
        }
    }
    result.bytes = done;
    QString csvError;
    const bool ended = json ? splitter.finish() : csv.finish(&csvError);
    if (!pipeline.finish())
        return result;
    if (!ended && result.error.isEmpty()) {
        if (json)
            result.error = label + QStringLiteral(": ") + splitter.error();
        else
            result.error = csvError.isEmpty() ? csv.headerError() : csvError;
    }
    if (result.error.isEmpty() && result.calls == 0 && pipeline.skipped() > 0)
        result.error = CallReader::tr("%1: no call record found (%n record(s) had no provider's keys and no call id)",
                                      nullptr, int(qMin<qint64>(pipeline.skipped(), INT_MAX))).arg(label);
    return result;
}

} // namespace

CallReader::Result CallReader::readBytes(QByteArrayView data, const ParseOptions &options, const QString &sourceName,
                                         const Sink &sink, const Progress &progress)
{
    qsizetype at = 0;
    const qsizetype total = data.size();
    PieceSource next = [&](QString *) {
        if (at >= total)
            return QByteArray();
        const qsizetype n = qMin<qsizetype>(kReadPiece, total - at);
        QByteArray piece(data.data() + at, n);
        at += n;
        return piece;
    };
    return readPieces(next, total, options, sourceName, {}, [&sink](Batch &&b) { return sink(std::move(b.calls)); },
                      progress, total > 2 * kBatchBytes);
}

CallReader::Result CallReader::readFile(const QString &path, const ParseOptions &options, const Sink &sink,
                                        const Progress &progress)
{
    return readFile(path, options, Prepare(), [&sink](Batch &&b) { return sink(std::move(b.calls)); }, progress);
}

CallReader::Result CallReader::readFile(const QString &path, const ParseOptions &options, const Prepare &prepare,
                                        const BatchSink &sink, const Progress &progress)
{
    QFile file;
    QString source;
    if (path == QLatin1String("-")) {
        source = tr("standard input");
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            Result r;
            r.error = tr("cannot read standard input: %1").arg(file.errorString());
            return r;
        }
    } else {
        const QFileInfo info(path);
        source = path; // as the user gave it, so messages point at the very file
        if (info.isDir()) {
            Result r;
            r.error = tr("%1: is a directory, not a file").arg(path);
            return r;
        }
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            Result r;
            r.error = tr("%1: cannot open: %2").arg(path, file.errorString());
            return r;
        }
    }
    const qint64 total = file.isSequential() ? 0 : file.size();
    // One buffer for every piece: the caller lets go of a piece before asking for the next,
    // so it is refilled in place instead of faulting in fresh pages each time.
    QByteArray buffer;
    PieceSource next = [&file, &path, &buffer](QString *error) {
        buffer.resize(kReadPiece);
        const qint64 n = file.read(buffer.data(), kReadPiece);
        buffer.resize(qMax<qint64>(n, 0));
        if (n <= 0 && file.error() != QFileDevice::NoError)
            *error = tr("%1: read error: %2").arg(path, file.errorString());
        return buffer;
    };
    // Small files are read on this thread alone: the pool would cost more than it gives.
    return readPieces(next, total, options, source, prepare, sink, progress, total == 0 || total > 2 * kBatchBytes);
}

} // namespace cdr
