// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerjob.h"

#include "callcsv.h"
#include "calljson.h"
#include "providernormalizer.h"
#include "recordfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

#include <cmath>
#include <limits>

namespace cdr {

namespace {

QString recordLabel(const QString &source, qint64 index, const QString &id)
{
    QString label = source.isEmpty() ? CallReader::tr("record %1").arg(index + 1) : CallReader::tr("%1: record %2").arg(source).arg(index + 1);
    if (!id.isEmpty())
        label += QStringLiteral(" (") + id + QLatin1Char(')');
    return label;
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
    *message = parts.isEmpty() ? CallReader::tr("the provider returned an error without a message") : parts.join(QStringLiteral("; "));
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

class JobRunner
{
    // Its messages are cdr::CallReader's (the context the translations are filed under).
    Q_DECLARE_TR_FUNCTIONS(cdr::CallReader)
public:
    JobRunner(const ReaderJob::Setup &setup, ReaderJob &job) : m_setup(setup), m_job(job), m_ctx(setup.options) {}

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
                                  .arg(ReaderJob::sourceLabel(m_setup.source)).arg(index + 1)
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
                     .arg(ReaderJob::sourceLabel(m_setup.source)).arg(index + 1));
            return;
        }
        addCall(std::move(c), w, index);
    }

    // false: stop (an error body)
    bool value(const simdjson::dom::element &v, QByteArrayView bytes, const ReaderJob::Item &info)
    {
        if (!v.is_object()) {
            m_job.error = tr("%1: expected a JSON object or array").arg(ReaderJob::sourceLabel(m_setup.source));
            return false;
        }
        const simdjson::dom::object o(v);
        if (mayBeApiError(o)) {
            QString message;
            if (looksLikeApiError(toQJson(v), &message)) {
                m_job.error = tr("%1: the provider answered with an error: %2").arg(ReaderJob::sourceLabel(m_setup.source), message);
                m_job.apiError = true;
                return false;
            }
        }
        simdjson::dom::element x;
        if (o["calls"].get(x) == simdjson::SUCCESS && x.is_array() && o["call_uuid"].error()) {
            // Plivo/Vobiz live-call list: ids only, each needs its own GET.
            warn(tr("%1: a live-call list holds only call ids (%2); fetch each call to see it")
                     .arg(ReaderJob::sourceLabel(m_setup.source)).arg(simdjson::dom::array(x).size()));
            return true;
        }
        const bool hasData = o["data"].get(x) == simdjson::SUCCESS;
        if (hasData && x.is_null() && o["message"].error() == simdjson::SUCCESS && o.size() <= 3) {
            simdjson::dom::element m = o["message"];
            m_job.error = tr("%1: the provider returned no record: %2")
                              .arg(ReaderJob::sourceLabel(m_setup.source), RecordFields::text(m));
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

    void envelope(const simdjson::dom::element &v, const ReaderJob::Item &info)
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
            m_job.error = tr("%1: the provider answered with an error: %2").arg(ReaderJob::sourceLabel(m_setup.source), message);
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
    bool item(const simdjson::dom::element &e, const ReaderJob::Item &info)
    {
        const QByteArrayView bytes(m_job.text.constData() + info.from, info.size);
        switch (info.kind) {
        case RecordSplitter::Kind::Record:
            if (!e.is_object()) {
                warn(tr("%1: record %2 is a %3, not a call record; skipped")
                         .arg(ReaderJob::sourceLabel(m_setup.source)).arg(info.index + 1)
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
        for (const ReaderJob::Item &info : m_job.items) {
            const simdjson::padded_string one(m_job.text.constData() + info.from, size_t(info.size));
            simdjson::dom::parser single;
            simdjson::dom::element e;
            if (const auto itemErr = single.parse(one).get(e)) {
                m_job.error = info.kind == RecordSplitter::Kind::Envelope
                    ? tr("%1: malformed JSON in the value starting on line %2: %3")
                          .arg(ReaderJob::sourceLabel(m_setup.source)).arg(info.line).arg(simdMessage(itemErr))
                    : tr("%1: malformed JSON in record %2 at byte offset %3 (line %4): %5")
                          .arg(ReaderJob::sourceLabel(m_setup.source)).arg(info.index + 1).arg(info.offset).arg(info.line)
                          .arg(simdMessage(itemErr));
                return;
            }
            if (!item(e, info))
                return;
        }
        m_job.error = tr("%1: malformed JSON: %2").arg(ReaderJob::sourceLabel(m_setup.source), simdMessage(err));
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
                             .arg(ReaderJob::sourceLabel(m_setup.source)).arg(line));
                from = end + 1;
            }
        }
        QList<QStringList> rows;
        QString error;
        if (!CallCsv::splitRecords(m_job.text, &rows, &error)) {
            m_job.error = ReaderJob::sourceLabel(m_setup.source) + QStringLiteral(": ") + error;
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
                         .arg(ReaderJob::sourceLabel(m_setup.source)).arg(here).arg(fields.size()).arg(header.size()));
            QStringList w;
            if (m_setup.csvOurs) {
                Call c = CallCsv::fromRow(header, fields, &w);
                for (const QString &s : std::as_const(w))
                    warn(tr("%1: line %2: %3").arg(ReaderJob::sourceLabel(m_setup.source)).arg(here).arg(s));
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
            const QString label = tr("%1: line %2").arg(ReaderJob::sourceLabel(m_setup.source)).arg(here);
            for (QString &s : w)
                warn(s.replace(QChar(1), label));
            m_job.calls.append(std::move(c));
        }
    }

    const ReaderJob::Setup &m_setup;
    ReaderJob &m_job;
    NormalizeContext m_ctx;
    bool m_stopRecords = false; ///< an error in a record: the rest of the batch is not read
};

} // namespace

QString ReaderJob::sourceLabel(const QString &source)
{
    return source.isEmpty() ? CallReader::tr("input") : source;
}

void ReaderJob::run(const Setup &setup)
{
    JobRunner(setup, *this).run();
}

void ReaderJob::clear()
{
    text.resize(0);
    items.clear();
    csv = false;
    csvFirstLine = 0;
    calls.clear();
    prepared.calls.clear();
    prepared.bytes.resize(0);
    prepared.ends.resize(0);
    prepared.keys.clear();
    prepared.keyHashes.clear();
    warnings.clear();
    skipped = 0;
    error.clear();
    apiError = false;
    totalCount.reset();
    hasMore.reset();
    nextUrl.clear();
    done = false;
}

} // namespace cdr
