// SPDX-License-Identifier: GPL-3.0-or-later
#include "calljson.h"

#include "timeparsing.h"
#include "timestampparser.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <utility>

namespace cdr {

namespace {

void key(QByteArray &out, const char *name, bool first = false)
{
    if (!first)
        out += ',';
    out += '"';
    out += name;
    out += "\":";
}

void optNumber(QByteArray &out, const char *name, const std::optional<double> &v, bool first = false)
{
    key(out, name, first);
    if (v)
        CallJson::appendNumber(out, *v);
    else
        out += "null";
}

void text(QByteArray &out, const char *name, const QString &s, bool nullWhenEmpty = true, bool first = false)
{
    key(out, name, first);
    if (s.isEmpty() && nullWhenEmpty)
        out += "null";
    else
        CallJson::appendString(out, s);
}

void time(QByteArray &out, const char *name, const QDateTime &t, bool first = false)
{
    key(out, name, first);
    if (!t.isValid()) {
        out += "null";
        return;
    }
    out += '"';
    CallJson::appendTime(out, t);
    out += '"';
}

/// name: a JSON array of the list's items, each written by item().
template <typename List, typename Item>
void array(QByteArray &out, const char *name, const List &list, Item item)
{
    key(out, name);
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            out += ',';
        item(list.at(i));
    }
    out += ']';
}

/// CallJson::forEachScalar's keys and values as the first members of a JSON object.
struct JsonMembers
{
    QByteArray &out;
    bool first = true;
    void operator()(const char *name, const QString &s, bool required)
    {
        text(out, name, s, !required, std::exchange(first, false));
    }
    void operator()(const char *name, const QDateTime &t) { time(out, name, t, std::exchange(first, false)); }
    void operator()(const char *name, const std::optional<double> &v)
    {
        optNumber(out, name, v, std::exchange(first, false));
    }
};

void audio(QByteArray &out, const char *name, const AudioDirection &d, bool first = false)
{
    key(out, name, first);
    if (d.isEmpty()) {
        out += "null";
        return;
    }
    out += '{';
    for (auto it = d.counters.cbegin(); it != d.counters.cend(); ++it) {
        if (it != d.counters.cbegin())
            out += ',';
        CallJson::appendString(out, it.key());
        out += ':';
        CallJson::appendNumber(out, it.value());
    }
    out += '}';
}

QDateTime timeFrom(const QJsonValue &v, const char *field, QStringList *warnings)
{
    if (v.isNull() || v.isUndefined())
        return {};
    static const TimestampParser parser; // our own form is always UTC
    const QDateTime t = parser.parse(v.toString());
    if (!t.isValid() && warnings)
        warnings->append(QStringLiteral("field '%1' is not an ISO 8601 time; ignored").arg(QLatin1String(field)));
    return t;
}

std::optional<double> numFrom(const QJsonValue &v, const char *field, QStringList *warnings)
{
    bool bad = false;
    const auto n = TimeParsing::number(v, &bad);
    if (bad && warnings)
        warnings->append(QStringLiteral("field '%1' is not a number; ignored").arg(QLatin1String(field)));
    return n;
}

AudioDirection audioFromJson(const QJsonValue &v)
{
    AudioDirection d;
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (const auto n = TimeParsing::number(it.value()))
            d.counters.insert(it.key(), *n);
    }
    return d;
}

// raw and technical as the bytes they were written with (minified): printing the parsed DOM
// again would respell numbers ("0.450" as 0.45, 1E2 as 100.0), and raw is documented to keep
// the provider's spelling. simdjson's On-Demand API hands out a value's source text. The first
// occurrence of a key counts, as in the DOM lookup that found it. Runs on a document the DOM
// parser has already accepted.
void readExactObjects(QByteArrayView json, Call *call)
{
    thread_local simdjson::ondemand::parser parser;
    const simdjson::padded_string padded(json.data(), size_t(json.size()));
    simdjson::ondemand::document doc;
    simdjson::ondemand::object top;
    if (parser.iterate(padded).get(doc) != simdjson::SUCCESS || doc.get_object().get(top) != simdjson::SUCCESS)
        return;
    bool rawSeen = false, technicalSeen = false;
    for (auto field : top) {
        std::string_view key;
        if (field.unescaped_key().get(key) != simdjson::SUCCESS)
            return;
        QByteArray *target = nullptr;
        if (key == "raw" && !rawSeen) {
            rawSeen = true;
            target = &call->raw;
        } else if (key == "technical" && !technicalSeen) {
            technicalSeen = true;
            target = &call->technical;
        } else {
            continue;
        }
        simdjson::ondemand::object value;
        std::string_view text;
        if (field.value().get_object().get(value) != simdjson::SUCCESS || value.raw_json().get(text) != simdjson::SUCCESS)
            continue; // not an object: neither was it for the DOM lookup
        QByteArray compact(qsizetype(text.size()), Qt::Uninitialized);
        size_t length = 0;
        if (simdjson::minify(text.data(), text.size(), compact.data(), length) != simdjson::SUCCESS)
            continue;
        compact.truncate(qsizetype(length));
        *target = std::move(compact);
    }
}

} // namespace

void CallJson::appendNumber(QByteArray &out, double value)
{
    if (!std::isfinite(value)) {
        out += "null"; // JSON has no NaN or infinity
        return;
    }
    if (value == 0)
        value = 0; // -0 as 0: every JSON reader we know (Qt's, simdjson's) reads "-0" as +0
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, r.ptr - buf);
}

void CallJson::appendUtf8(QByteArray &out, QStringView s, bool jsonEscape)
{
    // Straight from UTF-16 into the output: no temporary QByteArray per value, which on the
    // convert path cost more than the formatting itself.
    static const char hex[] = "0123456789abcdef";
    const qsizetype n = s.size();
    const char16_t *p = s.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = p[i];
        if (c < 0x80) {
            if (jsonEscape && (c < 0x20 || c == '"' || c == '\\')) {
                switch (c) {
                case '"': out += "\\\""; break;
                case '\\': out += "\\\\"; break;
                case '\n': out += "\\n"; break;
                case '\r': out += "\\r"; break;
                case '\t': out += "\\t"; break;
                case '\b': out += "\\b"; break;
                case '\f': out += "\\f"; break;
                default: {
                    const char esc[] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
                    out.append(esc, 6);
                }
                }
            } else {
                out += char(c);
            }
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            c = QChar::surrogateToUcs4(char16_t(c), p[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(c)) {
            c = 0xFFFD; // a lone surrogate is no character: write the replacement character
        }
        if (c < 0x800) {
            const char b[] = { char(0xC0 | (c >> 6)), char(0x80 | (c & 0x3F)) };
            out.append(b, 2);
        } else if (c < 0x10000) {
            const char b[] = { char(0xE0 | (c >> 12)), char(0x80 | ((c >> 6) & 0x3F)), char(0x80 | (c & 0x3F)) };
            out.append(b, 3);
        } else {
            const char b[] = { char(0xF0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3F)), char(0x80 | ((c >> 6) & 0x3F)),
                               char(0x80 | (c & 0x3F)) };
            out.append(b, 4);
        }
    }
}

void CallJson::appendString(QByteArray &out, QStringView s)
{
    out += '"';
    appendUtf8(out, s, true);
    out += '"';
}

void CallJson::appendTime(QByteArray &out, const QDateTime &t)
{
    if (t.isValid())
        appendTime(out, t.toMSecsSinceEpoch());
}

void CallJson::appendTime(QByteArray &out, qint64 ms)
{
    using namespace std::chrono;
    const sys_days day = floor<days>(sys_time<milliseconds>(milliseconds(ms)));
    const year_month_day ymd(day);
    const qint64 rest = ms - qint64(day.time_since_epoch().count()) * 86400000;
    const int year = int(ymd.year());
    auto two = [&out](int v) {
        const char b[] = { char('0' + v / 10), char('0' + v % 10) };
        out.append(b, 2);
    };
    if (year >= 0 && year <= 9999) {
        two(year / 100);
        two(year % 100);
    } else {
        out += QByteArray::number(year); // outside ISO 8601's four digits; readers reject it
    }
    out += '-';
    two(int(unsigned(ymd.month())));
    out += '-';
    two(int(unsigned(ymd.day())));
    out += 'T';
    two(int(rest / 3600000));
    out += ':';
    two(int(rest / 60000 % 60));
    out += ':';
    two(int(rest / 1000 % 60));
    if (const int msec = int(rest % 1000)) {
        out += '.';
        out += char('0' + msec / 100);
        two(msec % 100);
    }
    out += 'Z';
}

void CallJson::appendJson(QByteArray &out, const Call &c, bool withRaw)
{
    out += '{';
    CallJson::forEachScalar(c, JsonMembers{out});

    array(out, "legs", c.legs, [&out](const CallLeg &l) {
        out += '{';
        key(out, "destination", true);
        appendString(out, l.destination);
        time(out, "start_time", l.startTime);
        time(out, "answer_time", l.answerTime);
        time(out, "end_time", l.endTime);
        time(out, "hold_time", l.holdTime);
        optNumber(out, "duration_s", l.durationS);
        optNumber(out, "talk_s", l.talkS);
        optNumber(out, "ring_s", l.ringS);
        optNumber(out, "hold_s", l.holdS);
        key(out, "forwarding");
        out += l.forwarding ? "true" : "false";
        out += '}';
    });
    key(out, "audio");
    if (c.audio) {
        out += '{';
        audio(out, "inbound", c.audio->inbound, true);
        audio(out, "outbound", c.audio->outbound);
        out += '}';
    } else {
        out += "null";
    }
    array(out, "error_log", c.errorLog, [&out](const ErrorInterval &e) {
        out += '{';
        time(out, "start", e.start, true);
        time(out, "stop", e.stop);
        key(out, "flaws");
        appendNumber(out, e.flaws);
        optNumber(out, "duration_s", e.durationS);
        out += '}';
    });
    array(out, "invalid", c.invalid, [&out](const QString &s) { appendString(out, s); });
    key(out, "technical");
    out += c.technical.isEmpty() ? QByteArrayView("null") : QByteArrayView(c.technical);
    if (withRaw) {
        key(out, "raw");
        out += c.raw.isEmpty() ? QByteArrayView("null") : QByteArrayView(c.raw);
    }
    out += '}';
}

QByteArray CallJson::toJsonBytes(const Call &call, bool withRaw)
{
    QByteArray out;
    out.reserve(1024 + call.raw.size());
    appendJson(out, call, withRaw);
    return out;
}

QJsonObject CallJson::toJson(const Call &call)
{
    return QJsonDocument::fromJson(toJsonBytes(call)).object();
}

QJsonValue CallJson::timeToJson(const QDateTime &t)
{
    if (!t.isValid())
        return QJsonValue(QJsonValue::Null);
    QByteArray out;
    appendTime(out, t);
    return QString::fromLatin1(out);
}

Call CallJson::fromJson(const QJsonObject &o, QStringList *w)
{
    auto s = [&o](const char *k) { return TimeParsing::string(o.value(QLatin1String(k))); };
    auto n = [&o, w](const char *k) { return numFrom(o.value(QLatin1String(k)), k, w); };
    auto t = [&o, w](const char *k) { return timeFrom(o.value(QLatin1String(k)), k, w); };

    // A named value (provider, status, hangup class): Unknown, with a warning, when the name is not known.
    auto named = [&s, w]<typename Enum>(const char *k, std::optional<Enum> (*fromName)(const QString &),
                                        const char *what, bool warnWhenEmpty) {
        const QString v = s(k);
        const auto e = fromName(v);
        if (!e && (warnWhenEmpty || !v.isEmpty()) && w)
            w->append(QStringLiteral("field '%1' value \"%2\" is not a known %3")
                          .arg(QLatin1StringView(k), v, QLatin1StringView(what)));
        return e.value_or(Enum::Unknown);
    };

    Call c;
    c.provider = named("provider", providerFromName, "provider", true);
    c.id = s("id");
    c.account = s("account");
    c.from = s("from");
    c.to = s("to");
    c.fromName = s("from_name");
    c.direction = s("direction");
    c.startTime = t("start_time");
    c.answerTime = t("answer_time");
    c.endTime = t("end_time");
    c.durationS = n("duration_s");
    c.talkS = n("talk_s");
    c.billedS = n("billed_s");
    c.ringS = n("ring_s");
    c.cost = n("cost");
    c.currency = s("currency");
    c.rate = n("rate");
    c.status = named("status", statusFromName, "status", false);
    c.hangupCause = s("hangup_cause");
    c.hangupCode = s("hangup_code");
    c.hangupSource = s("hangup_source");
    c.hangupClass = named("hangup_class", hangupClassFromName, "class", false);
    if (const auto q = n("q850"))
        c.q850 = int(std::clamp(*q, -1.0, 1000.0));
    c.codec = s("codec");
    c.mos = n("mos");
    c.jitterMs = n("jitter_ms");
    c.packetLossPct = n("packet_loss_pct");
    c.rFactor = n("r_factor");
    c.mosEst = n("mos_est");
    c.mosEstBasis = s("mos_est_basis");
    c.stirAttestation = s("stir_attestation");
    c.stirVerification = s("stir_verification");
    c.sipCallId = s("sip_call_id");
    c.postDialDelayMs = n("post_dial_delay_ms");

    for (const QJsonValue &lv : o.value(QLatin1String("legs")).toArray()) {
        const QJsonObject lo = lv.toObject();
        CallLeg l;
        l.destination = TimeParsing::string(lo.value(QLatin1String("destination")));
        l.startTime = timeFrom(lo.value(QLatin1String("start_time")), "legs.start_time", w);
        l.answerTime = timeFrom(lo.value(QLatin1String("answer_time")), "legs.answer_time", w);
        l.endTime = timeFrom(lo.value(QLatin1String("end_time")), "legs.end_time", w);
        l.holdTime = timeFrom(lo.value(QLatin1String("hold_time")), "legs.hold_time", w);
        l.durationS = numFrom(lo.value(QLatin1String("duration_s")), "legs.duration_s", w);
        l.talkS = numFrom(lo.value(QLatin1String("talk_s")), "legs.talk_s", w);
        l.ringS = numFrom(lo.value(QLatin1String("ring_s")), "legs.ring_s", w);
        l.holdS = numFrom(lo.value(QLatin1String("hold_s")), "legs.hold_s", w);
        l.forwarding = lo.value(QLatin1String("forwarding")).toBool();
        c.legs.append(l);
    }
    const QJsonValue audioValue = o.value(QLatin1String("audio"));
    if (audioValue.isObject()) {
        AudioStats a;
        a.inbound = audioFromJson(audioValue.toObject().value(QLatin1String("inbound")));
        a.outbound = audioFromJson(audioValue.toObject().value(QLatin1String("outbound")));
        c.audio = a;
    }
    for (const QJsonValue &ev : o.value(QLatin1String("error_log")).toArray()) {
        const QJsonObject eo = ev.toObject();
        ErrorInterval e;
        e.start = timeFrom(eo.value(QLatin1String("start")), "error_log.start", w);
        e.stop = timeFrom(eo.value(QLatin1String("stop")), "error_log.stop", w);
        const auto f = numFrom(eo.value(QLatin1String("flaws")), "error_log.flaws", w).value_or(0);
        e.flaws = f > 0 ? int(std::min(f, 2.0e9)) : 0;
        e.durationS = numFrom(eo.value(QLatin1String("duration_s")), "error_log.duration_s", w);
        c.errorLog.append(e);
    }
    for (const QJsonValue &v : o.value(QLatin1String("invalid")).toArray())
        c.invalid << v.toString();
    const QJsonValue tech = o.value(QLatin1String("technical"));
    if (tech.isObject())
        c.technical = QJsonDocument(tech.toObject()).toJson(QJsonDocument::Compact);
    const QJsonValue raw = o.value(QLatin1String("raw"));
    if (raw.isObject())
        c.raw = QJsonDocument(raw.toObject()).toJson(QJsonDocument::Compact);
    return c;
}

bool CallJson::fromJsonBytes(QByteArrayView json, Call *call, QStringList *warnings, QString *error)
{
    // Scalars through the QJsonObject reader; raw and technical as their exact bytes, which
    // QJsonObject would re-sort.
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (const auto err = parser.parse(json.data(), size_t(json.size())).get(root); err || !root.is_object()) {
        if (error)
            *error = err ? QString::fromUtf8(simdjson::error_message(err)) : QStringLiteral("not a JSON object");
        return false;
    }
    const QJsonObject o = QJsonDocument::fromJson(json.toByteArray()).object();
    *call = fromJson(o, warnings);
    call->raw.clear();
    call->technical.clear();
    const simdjson::dom::object obj(root);
    simdjson::dom::element e;
    const bool hasRaw = obj["raw"].get(e) == simdjson::SUCCESS && e.is_object();
    const bool hasTechnical = obj["technical"].get(e) == simdjson::SUCCESS && e.is_object();
    if (hasRaw || hasTechnical)
        readExactObjects(json, call);
    return true;
}

} // namespace cdr
