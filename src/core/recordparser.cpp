// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordparser.h"

#include "callcsv.h"
#include "calljson.h"
#include "hangupcatalog.h"
#include "timeparsing.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace cdr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdr::RecordParser", text);
}

const char *jsonTypeName(QJsonValue::Type t)
{
    switch (t) {
    case QJsonValue::Null: return "null";
    case QJsonValue::Bool: return "boolean";
    case QJsonValue::Double: return "number";
    case QJsonValue::String: return "string";
    case QJsonValue::Array: return "array";
    case QJsonValue::Object: return "object";
    case QJsonValue::Undefined: break;
    }
    return "missing";
}

// Reads one record's fields leniently and collects a warning for each value that had to be
// dropped because its type made no sense, naming the record and the field.
class FieldReader
{
public:
    FieldReader(const QJsonObject &o, const QString &label, const QTimeZone &zone, QStringList *warnings)
        : m_o(o), m_label(label), m_zone(zone), m_warnings(warnings) {}

    bool has(QLatin1String key) const { return m_o.contains(key); }
    bool present(QLatin1String key) const
    {
        const QJsonValue v = m_o.value(key);
        return !v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().isEmpty());
    }

    // First present key among the aliases.
    QJsonValue value(std::initializer_list<QLatin1String> keys, QLatin1String *which = nullptr) const
    {
        for (QLatin1String k : keys) {
            const QJsonValue v = m_o.value(k);
            if (!v.isUndefined() && !v.isNull()) {
                if (which)
                    *which = k;
                return v;
            }
        }
        return QJsonValue(QJsonValue::Undefined);
    }

    QString str(std::initializer_list<QLatin1String> keys) const
    {
        QLatin1String which;
        const QJsonValue v = value(keys, &which);
        if (v.isArray() || v.isObject())
            warn(which, v.type(), "text");
        return TimeParsing::string(v);
    }

    std::optional<double> num(std::initializer_list<QLatin1String> keys) const
    {
        QLatin1String which;
        const QJsonValue v = value(keys, &which);
        bool bad = false;
        const auto n = TimeParsing::number(v, &bad);
        if (bad) {
            warn(which, v.type(), "number");
            return std::nullopt;
        }
        return n;
    }

    std::optional<double> duration(std::initializer_list<QLatin1String> keys) const
    {
        QLatin1String which;
        const QJsonValue v = value(keys, &which);
        if (v.isDouble())
            return v.toDouble();
        if (v.isString()) {
            if (v.toString().trimmed().isEmpty())
                return std::nullopt;
            const auto d = TimeParsing::parseDuration(v.toString());
            if (!d)
                warnText(which, v.toString(), "a duration");
            return d;
        }
        if (!v.isUndefined() && !v.isNull())
            warn(which, v.type(), "duration");
        return std::nullopt;
    }

    QDateTime time(std::initializer_list<QLatin1String> keys) const
    {
        QLatin1String which;
        const QJsonValue v = value(keys, &which);
        if (v.isString()) {
            const QString s = v.toString();
            if (s.trimmed().isEmpty())
                return {};
            const QDateTime t = TimeParsing::parseTimestamp(s, m_zone);
            if (!t.isValid())
                warnText(which, s, "a timestamp");
            return t;
        }
        if (v.isDouble()) // an epoch number: seconds, or milliseconds when it is that large
            return QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble() > 1e11 ? v.toDouble() : v.toDouble() * 1000),
                                                  QTimeZone::utc());
        if (!v.isUndefined() && !v.isNull())
            warn(which, v.type(), "timestamp");
        return {};
    }

    std::optional<bool> boolean(QLatin1String key) const
    {
        const QJsonValue v = m_o.value(key);
        if (v.isBool())
            return v.toBool();
        if (v.isString()) {
            const QString s = v.toString().trimmed().toLower();
            if (s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes"))
                return true;
            if (s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("no") || s.isEmpty())
                return false;
        }
        if (v.isDouble())
            return v.toDouble() != 0;
        if (!v.isUndefined() && !v.isNull())
            warn(key, v.type(), "boolean");
        return std::nullopt;
    }

    QJsonObject object(QLatin1String key) const
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isObject() && !v.isUndefined() && !v.isNull())
            warn(key, v.type(), "object");
        return v.toObject();
    }

    QJsonArray array(QLatin1String key) const
    {
        const QJsonValue v = m_o.value(key);
        if (!v.isArray() && !v.isUndefined() && !v.isNull())
            warn(key, v.type(), "array");
        return v.toArray();
    }

    void warn(QLatin1String field, QJsonValue::Type got, const char *wanted) const
    {
        if (m_warnings)
            m_warnings->append(tr("%1: field '%2' is a %3 where a %4 was expected; ignored")
                                   .arg(m_label, field, QLatin1String(jsonTypeName(got)), QLatin1String(wanted)));
    }
    void warnText(QLatin1String field, const QString &text, const char *wanted) const
    {
        if (m_warnings)
            m_warnings->append(tr("%1: field '%2' value \"%3\" is not %4; ignored")
                                   .arg(m_label, field, text.left(40), QLatin1String(wanted)));
    }

    const QTimeZone &zone() const { return m_zone; }
    const QString &label() const { return m_label; }
    QStringList *warnings() const { return m_warnings; }

private:
    const QJsonObject &m_o;
    QString m_label;
    QTimeZone m_zone;
    QStringList *m_warnings;
};

std::optional<double> secondsBetween(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid() || !b.isValid())
        return std::nullopt;
    return a.msecsTo(b) / 1000.0;
}

QString lowerDirection(const QString &d)
{
    return d.trimmed().toLower();
}

CallStatus statusFromText(const QString &text)
{
    QString s = text.trimmed().toLower();
    s.replace(u'_', u'-');
    s.replace(u' ', u'-');
    if (s.isEmpty())
        return CallStatus::Unknown;
    if (s == QLatin1String("answer") || s == QLatin1String("answered") || s == QLatin1String("completed"))
        return CallStatus::Answered;
    if (s == QLatin1String("no-answer") || s == QLatin1String("noanswer") || s == QLatin1String("missed")
        || s == QLatin1String("unanswered"))
        return CallStatus::NoAnswer;
    if (s == QLatin1String("busy"))
        return CallStatus::Busy;
    if (s == QLatin1String("failed") || s == QLatin1String("failure") || s == QLatin1String("rejected"))
        return CallStatus::Failed;
    if (s == QLatin1String("canceled") || s == QLatin1String("cancelled") || s == QLatin1String("cancel"))
        return CallStatus::Canceled;
    if (s == QLatin1String("in-progress") || s == QLatin1String("ringing") || s == QLatin1String("queued")
        || s == QLatin1String("live") || s == QLatin1String("early-media"))
        return CallStatus::InProgress;
    return CallStatus::Unknown;
}

QString recordLabel(const QString &sourceName, int index, const QString &id)
{
    QString label = sourceName.isEmpty() ? tr("record %1").arg(index + 1)
                                         : tr("%1: record %2").arg(sourceName).arg(index + 1);
    if (!id.isEmpty())
        label += QStringLiteral(" (") + id + QLatin1Char(')');
    return label;
}

// ---- per provider -------------------------------------------------------------------------

// Plivo's Call object, also Vobiz's Plivo-compatible /Call shape, its flat seed shape and
// both providers' live-call shape: they differ only by key aliases.
void normalizePlivoStyle(const FieldReader &r, Call &c)
{
    using L = QLatin1String;
    c.id = r.str({L("call_uuid"), L("request_uuid")});
    c.from = r.str({L("from_number"), L("from")});
    c.to = r.str({L("to_number"), L("to")});
    c.fromName = r.str({L("caller_name")});
    c.direction = lowerDirection(r.str({L("call_direction"), L("direction")}));
    c.startTime = r.time({L("initiation_time"), L("session_start"), L("created_at")});
    c.answerTime = r.time({L("answer_time"), L("answered_at")});
    c.endTime = r.time({L("end_time"), L("ended_at")});
    c.durationS = r.num({L("call_duration"), L("duration")});
    c.talkS = r.num({L("bill_duration")}); // despite its name, talk time
    c.billedS = r.num({L("billed_duration")});
    c.cost = r.num({L("total_amount"), L("total_cost")});
    c.rate = r.num({L("total_rate"), L("call_rate")});
    c.currency = r.str({L("currency")});
    c.hangupCause = r.str({L("hangup_cause_name"), L("hangup_cause")});
    c.hangupCode = r.str({L("hangup_cause_code")});
    c.hangupSource = r.str({L("hangup_source")});
    c.stirAttestation = r.str({L("stir_attestation"), L("Stir_attestation")});
    c.stirVerification = r.str({L("stir_verification")});
    if (c.answerTime.isValid() && c.startTime.isValid())
        c.ringS = secondsBetween(c.startTime, c.answerTime);
    if (!c.talkS && c.answerTime.isValid() && c.endTime.isValid())
        c.talkS = secondsBetween(c.answerTime, c.endTime);

    c.status = statusFromText(r.str({L("call_state"), L("call_status"), L("status")}));
    bool codeOk = false;
    const int code = c.hangupCode.toInt(&codeOk);
    const bool answered = c.answerTime.isValid() || c.talkS.value_or(0) > 0;
    if (c.status == CallStatus::Unknown && codeOk) {
        c.status = HangupCatalog::statusForPlivoCode(code);
        if (c.status == CallStatus::Answered && !answered)
            c.status = CallStatus::NoAnswer;
    }
    if (c.status == CallStatus::Unknown) {
        if (answered)
            c.status = CallStatus::Answered;
        else if (c.endTime.isValid() && r.has(L("answer_time")))
            c.status = CallStatus::NoAnswer; // ended with answer_time explicitly null
    }
}

void normalizeVobizCdr(const FieldReader &r, const QJsonObject &o, Call &c)
{
    using L = QLatin1String;
    c.id = r.str({L("uuid"), L("call_uuid"), L("id")});
    c.from = r.str({L("caller_id_number"), L("from_number"), L("from")});
    c.fromName = r.str({L("caller_id_name")});
    c.to = r.str({L("destination_number"), L("to_number"), L("to")});
    c.direction = lowerDirection(r.str({L("call_direction"), L("direction")}));
    c.startTime = r.time({L("start_time")});
    c.answerTime = r.time({L("answer_time")});
    c.endTime = r.time({L("end_time")});
    c.durationS = r.num({L("duration")});
    c.talkS = r.num({L("billsec")});
    c.billedS = c.talkS; // Vobiz has no rounded billing field: billsec is what is billed
    c.ringS = r.num({L("ring_time")});
    c.cost = r.num({L("total_cost"), L("cost")});
    c.currency = r.str({L("currency")});
    c.hangupCause = r.str({L("hangup_cause"), L("hangup_cause_name")});
    c.hangupCode = r.str({L("hangup_cause_code")});
    c.hangupSource = r.str({L("hangup_source")});
    c.codec = r.str({L("codec")});
    c.sipCallId = r.str({L("sip_call_id")});
    if (c.account.isEmpty())
        c.account = r.str({L("account_id")});

    const bool answered = c.answerTime.isValid() || c.talkS.value_or(0) > 0;
    if (answered) {
        c.status = CallStatus::Answered;
    } else {
        c.status = HangupCatalog::statusForFreeSwitchCause(c.hangupCause);
        bool ok = false;
        const int code = c.hangupCode.toInt(&ok);
        if ((c.status == CallStatus::Unknown || c.status == CallStatus::Answered) && ok)
            c.status = HangupCatalog::statusForPlivoCode(code);
        if (c.status == CallStatus::Answered || c.status == CallStatus::Unknown)
            c.status = c.endTime.isValid() ? CallStatus::NoAnswer : CallStatus::Unknown;
    }
    // mos 0 on an unanswered call means "no media", not a terrible call: store null.
    if (answered) {
        c.mos = r.num({L("mos")});
        if (c.mos && *c.mos <= 0)
            c.mos.reset();
        c.jitterMs = r.num({L("jitter")});
        c.packetLossPct = r.num({L("packet_loss")});
    }
    QJsonObject tech;
    for (const char *k : {"codec", "network_addr", "carrier_ip", "sip_call_id", "sip_user_agent", "hangup_disposition",
                          "context", "region", "origination_region", "trunk_id", "bridge_uuid", "terminated_to"}) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (!v.isUndefined() && !v.isNull())
            tech.insert(QLatin1String(k), v);
    }
    c.technical = tech;
}

void normalizeCarrierX(const FieldReader &r, const QJsonObject &o, Call &c)
{
    using L = QLatin1String;
    c.id = r.str({L("dr_sid")});
    c.from = r.str({L("number_src")});
    c.to = r.str({L("number_dst")});
    c.direction = lowerDirection(r.str({L("direction")}));
    c.startTime = r.time({L("date_start")});
    c.answerTime = r.time({L("date_talk")});
    c.endTime = r.time({L("date_stop")});
    c.durationS = r.duration({L("duration")});
    c.billedS = r.num({L("duration_billing")});
    if (c.answerTime.isValid() && c.endTime.isValid())
        c.talkS = secondsBetween(c.answerTime, c.endTime);
    if (c.answerTime.isValid() && c.startTime.isValid())
        c.ringS = secondsBetween(c.startTime, c.answerTime);
    c.cost = r.num({L("price")});
    c.rate = r.num({L("rate")});
    c.hangupCode = r.str({L("sipcause")});
    c.hangupSource = r.str({L("disconnect_originator")});
    bool ok = false;
    const int sip = c.hangupCode.toInt(&ok);
    if (ok) {
        c.status = HangupCatalog::statusForSipCode(sip);
        // CarrierX has no cause text; the standard SIP reason phrase stands in for it.
        c.hangupCause = HangupCatalog::explainSipCode(sip).title;
    } else {
        c.status = c.answerTime.isValid() ? CallStatus::Answered : CallStatus::Unknown;
    }
    c.codec = r.str({L("codec_src"), L("codec_dst")});
    c.sipCallId = r.str({L("sipcallid_src"), L("sipcallid_dst")});
    c.stirAttestation = r.str({L("stir_attest")});
    c.stirVerification = r.str({L("stir_verstat")});
    QJsonObject tech;
    for (const char *k : {"codec_src", "codec_dst", "transcoded", "ip_src", "ip_dst", "sipcallid_src", "sipcallid_dst",
                          "rate", "duration_billing", "type"}) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (!v.isUndefined() && !v.isNull())
            tech.insert(QLatin1String(k), v);
    }
    c.technical = tech;
}

AudioDirection audioDirection(const QJsonObject &o, const FieldReader &r, const QString &side)
{
    AudioDirection d;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        bool bad = false;
        const auto n = TimeParsing::number(it.value(), &bad);
        if (n)
            d.counters.insert(it.key(), *n);
        else if (bad && r.warnings())
            r.warnings()->append(tr("%1: field 'audio_stats.%2.%3' is not a number; ignored")
                                     .arg(r.label(), side, it.key()));
    }
    return d;
}

void normalizeNexBro(const FieldReader &r, const QJsonObject &o, Call &c)
{
    using L = QLatin1String;
    c.id = r.str({L("call_uuid"), L("xml_cdr_uuid"), L("uuid")});
    c.from = r.str({L("caller_id_number")});
    c.fromName = r.str({L("caller_id_name")});
    c.to = r.str({L("destination_number"), L("caller_destination")});
    c.direction = lowerDirection(r.str({L("direction")}));
    c.startTime = r.time({L("start_time"), L("start_epoch")});
    c.answerTime = r.time({L("answer_time"), L("answer_epoch")});
    c.endTime = r.time({L("end_time"), L("end_epoch")});
    c.durationS = r.duration({L("duration")});
    if (c.answerTime.isValid() && c.endTime.isValid())
        c.talkS = secondsBetween(c.answerTime, c.endTime);
    if (c.answerTime.isValid() && c.startTime.isValid())
        c.ringS = secondsBetween(c.startTime, c.answerTime);
    c.hangupCause = r.str({L("hangup_cause")});
    c.status = statusFromText(r.str({L("status")}));
    if (c.status == CallStatus::Unknown && c.answerTime.isValid())
        c.status = CallStatus::Answered;

    const QJsonArray flow = r.array(L("call_flow"));
    for (int i = 0; i < flow.size(); ++i) {
        const QJsonObject lo = flow.at(i).toObject();
        const FieldReader lr(lo, r.label() + QStringLiteral(" call_flow[%1]").arg(i), r.zone(), r.warnings());
        CallLeg leg;
        leg.destination = lr.str({L("destination_number")});
        leg.forwarding = lr.boolean(L("forwarding_enabled")).value_or(false);
        leg.startTime = lr.time({L("start_time")});
        leg.answerTime = lr.time({L("answer_time")});
        leg.holdTime = lr.time({L("last_hold_time")});
        leg.endTime = lr.time({L("end_time")});
        leg.durationS = lr.duration({L("duration")});
        leg.talkS = lr.duration({L("answer_duration")});
        leg.ringS = lr.duration({L("time_to_answer")});
        leg.holdS = lr.duration({L("hold_duration")});
        c.legs.append(leg);
    }
    if (!c.talkS && !c.legs.isEmpty())
        c.talkS = c.legs.first().talkS;

    const QJsonObject stats = r.object(L("audio_stats"));
    if (!stats.isEmpty()) {
        AudioStats audio;
        audio.inbound = audioDirection(stats.value(L("inbound")).toObject(), r, QStringLiteral("inbound"));
        audio.outbound = audioDirection(stats.value(L("outbound")).toObject(), r, QStringLiteral("outbound"));
        if (!audio.inbound.isEmpty() || !audio.outbound.isEmpty())
            c.audio = audio;
        c.mos = audio.inbound.value(QStringLiteral("mos"));
        if (c.mos && *c.mos <= 0)
            c.mos.reset();
    }
    // error_log sits inside audio_stats in the documented record; accept it at the top too.
    QJsonArray log = stats.value(L("error_log")).toArray();
    if (log.isEmpty())
        log = o.value(L("error_log")).toArray();
    for (int i = 0; i < log.size(); ++i) {
        const QJsonObject eo = log.at(i).toObject();
        const FieldReader er(eo, r.label() + QStringLiteral(" error_log[%1]").arg(i), r.zone(), r.warnings());
        ErrorInterval e;
        e.start = er.time({L("start")});
        e.stop = er.time({L("stop")});
        e.flaws = int(er.num({L("flaws")}).value_or(0));
        e.durationS = er.num({L("duration_seconds")});
        if (!e.durationS && e.start.isValid() && e.stop.isValid())
            e.durationS = secondsBetween(e.start, e.stop);
        c.errorLog.append(e);
    }
    std::stable_sort(c.errorLog.begin(), c.errorLog.end(),
                     [](const ErrorInterval &a, const ErrorInterval &b) { return a.start < b.start; });

    c.technical = r.object(L("technical"));
    const FieldReader tr2(c.technical, r.label() + QStringLiteral(" technical"), r.zone(), r.warnings());
    const QString readCodec = tr2.str({L("read_codec")});
    const QString writeCodec = tr2.str({L("write_codec")});
    c.codec = (writeCodec.isEmpty() || writeCodec == readCodec) ? readCodec
            : readCodec.isEmpty() ? writeCodec : readCodec + QLatin1Char('/') + writeCodec;
    c.postDialDelayMs = tr2.num({L("post_dial_delay")});
}

QJsonObject unwrapSingle(const QJsonObject &o)
{
    // {message, data:{record}} (NexBro) and {data:{record}, success} (Vobiz /cdr/{id}).
    const QJsonValue data = o.value(QLatin1String("data"));
    if (data.isObject())
        return data.toObject();
    return o;
}

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
    // A record that happens to have an "error" field is still a record.
    for (const char *k : {"from_number", "to_number", "from", "to", "caller_id_number", "number_src", "call_flow",
                          "initiation_time", "call_duration", "date_start", "objects", "items"}) {
        if (o.contains(QLatin1String(k)))
            return false;
    }
    QStringList parts;
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        const QString code = TimeParsing::string(e.value(QLatin1String("code")));
        const QString msg = TimeParsing::string(e.value(QLatin1String("message")));
        parts << (code.isEmpty() ? msg : msg.isEmpty() ? code : code + QStringLiteral(": ") + msg);
    } else if (error.isString()) {
        parts << error.toString();
    } else if (errors.isArray()) {
        for (const QJsonValue &e : errors.toArray())
            parts << (e.isObject() ? TimeParsing::string(e.toObject().value(QLatin1String("message"))) : TimeParsing::string(e));
    } else if (errors.isObject() || errors.isString()) {
        parts << TimeParsing::string(errors);
    }
    const QString msg = TimeParsing::string(o.value(QLatin1String("message")));
    if (!msg.isEmpty() && !parts.contains(msg))
        parts << msg;
    for (const char *k : {"call_uuid", "api_id", "requestId"}) {
        const QString v = TimeParsing::string(o.value(QLatin1String(k)));
        if (!v.isEmpty())
            parts << QStringLiteral("%1 %2").arg(QLatin1String(k), v);
    }
    parts.removeAll(QString());
    *message = parts.isEmpty() ? tr("the provider returned an error without a message") : parts.join(QStringLiteral("; "));
    return true;
}

class Reader
{
public:
    Reader(const ParseOptions &options, const QString &source, ParseResult &result)
        : m_options(options), m_source(source), m_result(result) {}

    void record(const QJsonObject &o)
    {
        const int index = m_index++;
        if (RecordParser::isNormalizedCall(o)) {
            QStringList w;
            Call c = CallJson::fromJson(o, &w);
            for (const QString &s : std::as_const(w))
                m_result.warnings << recordLabel(m_source, index, c.id) + QStringLiteral(": ") + s;
            m_result.calls.append(std::move(c));
            return;
        }
        Provider p = m_options.provider.value_or(Provider::Unknown);
        if (!m_options.provider) {
            p = RecordParser::detect(o);
            if (p == Provider::Unknown) {
                m_result.warnings << tr("%1: could not tell which provider this record is from; "
                                        "kept with provider \"unknown\" (use --provider)")
                                         .arg(recordLabel(m_source, index, QString()));
            }
        }
        QStringList w;
        Call c = RecordParser::normalize(p, m_options, o, &w, RecordParser::Marked{});
        const QString label = recordLabel(m_source, index, c.id);
        for (QString &s : w)
            m_result.warnings << s.replace(QChar(1), label);
        m_result.calls.append(std::move(c));
    }

    bool value(const QJsonValue &v, int depth = 0)
    {
        if (depth > 4) {
            m_result.error = tr("%1: envelope nested too deeply").arg(sourceLabel());
            return false;
        }
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (int i = 0; i < a.size(); ++i) {
                const QJsonValue e = a.at(i);
                if (e.isObject())
                    record(e.toObject());
                else {
                    ++m_index;
                    m_result.warnings << tr("%1: element %2 is a %3, not a call record; skipped")
                                             .arg(sourceLabel()).arg(i + 1).arg(QLatin1String(jsonTypeName(e.type())));
                }
            }
            return true;
        }
        if (!v.isObject()) {
            m_result.error = tr("%1: expected a JSON object or array, found a %2")
                                 .arg(sourceLabel(), QLatin1String(jsonTypeName(v.type())));
            return false;
        }
        const QJsonObject o = v.toObject();
        QString apiMessage;
        if (looksLikeApiError(o, &apiMessage)) {
            m_result.error = tr("%1: the provider answered with an error: %2").arg(sourceLabel(), apiMessage);
            m_result.apiError = true;
            return false;
        }
        // Plivo / Vobiz-/Call list: {api_id, meta{...}, objects[]}
        if (o.value(QLatin1String("objects")).isArray()) {
            const QJsonObject meta = o.value(QLatin1String("meta")).toObject();
            if (const auto t = TimeParsing::number(meta.value(QLatin1String("total_count"))))
                m_result.totalCount = qint64(*t);
            const QJsonValue next = meta.value(QLatin1String("next"));
            m_result.nextUrl = next.isString() ? next.toString() : QString();
            if (meta.contains(QLatin1String("next")))
                m_result.hasMore = !m_result.nextUrl.isEmpty();
            return value(o.value(QLatin1String("objects")), depth + 1);
        }
        // CarrierX list: {count, has_more, items[]}
        if (o.value(QLatin1String("items")).isArray()) {
            if (o.value(QLatin1String("has_more")).isBool())
                m_result.hasMore = o.value(QLatin1String("has_more")).toBool();
            if (const auto t = TimeParsing::number(o.value(QLatin1String("total"))))
                m_result.totalCount = qint64(*t);
            const QJsonValue next = o.value(QLatin1String("pagination")).toObject().value(QLatin1String("next"));
            if (next.isString())
                m_result.nextUrl = next.toString();
            return value(o.value(QLatin1String("items")), depth + 1);
        }
        // Vobiz /cdr list/search/recent: {data[], pagination{}, summary{}, success}; and the
        // Laravel paginator NexBro lists use inside {message, data:{current_page, data[]}}.
        const QJsonValue data = o.value(QLatin1String("data"));
        if (data.isArray()) {
            const QJsonObject pg = o.value(QLatin1String("pagination")).toObject();
            if (!pg.isEmpty()) {
                if (pg.value(QLatin1String("has_next")).isBool())
                    m_result.hasMore = pg.value(QLatin1String("has_next")).toBool();
                if (const auto t = TimeParsing::number(pg.value(QLatin1String("total"))))
                    m_result.totalCount = qint64(*t);
            } else if (o.contains(QLatin1String("current_page"))) {
                const auto cur = TimeParsing::number(o.value(QLatin1String("current_page")));
                const auto last = TimeParsing::number(o.value(QLatin1String("last_page")));
                if (const auto t = TimeParsing::number(o.value(QLatin1String("total"))))
                    m_result.totalCount = qint64(*t);
                const QJsonValue next = o.value(QLatin1String("next_page_url"));
                if (next.isString())
                    m_result.nextUrl = next.toString();
                if (cur && last)
                    m_result.hasMore = *cur < *last;
                else if (o.contains(QLatin1String("next_page_url")))
                    m_result.hasMore = next.isString() && !next.toString().isEmpty();
            }
            return value(data, depth + 1);
        }
        if (data.isObject() && data.toObject().value(QLatin1String("data")).isArray())
            return value(data, depth + 1);
        if (o.value(QLatin1String("calls")).isArray() && !o.contains(QLatin1String("call_uuid"))) {
            // Plivo/Vobiz live-call list: ids only, each needs its own GET.
            m_result.warnings << tr("%1: a live-call list holds only call ids (%2); fetch each call to see it")
                                     .arg(sourceLabel()).arg(o.value(QLatin1String("calls")).toArray().size());
            return true;
        }
        if (data.isNull() && o.contains(QLatin1String("message")) && o.size() <= 3) {
            m_result.error = tr("%1: the provider returned no record: %2")
                                 .arg(sourceLabel(), TimeParsing::string(o.value(QLatin1String("message"))));
            m_result.apiError = true;
            return false;
        }
        record(unwrapSingle(o));
        return true;
    }

    QString sourceLabel() const { return m_source.isEmpty() ? tr("input") : m_source; }

private:
    const ParseOptions &m_options;
    QString m_source;
    ParseResult &m_result;
    int m_index = 0;
};

QString jsonErrorMessage(const QString &source, const QByteArrayView data, qsizetype base, const QJsonParseError &e)
{
    const qsizetype offset = base + e.offset;
    // Line numbers help with pretty-printed files; byte offsets with minified ones.
    const qsizetype line = 1 + std::count(data.begin(), data.begin() + std::min(offset, data.size()), '\n');
    return QCoreApplication::translate("cdr::RecordParser", "%1: malformed JSON at byte offset %2 (line %3): %4")
        .arg(source).arg(offset).arg(line).arg(e.errorString());
}

bool parseCsv(QByteArrayView data, const ParseOptions &options, const QString &source, ParseResult &result)
{
    QList<QStringList> records;
    QString error;
    if (!CallCsv::splitRecords(data, &records, &error)) {
        result.error = source + QStringLiteral(": ") + error;
        return false;
    }
    if (records.isEmpty()) {
        result.error = tr("%1: the CSV file has no header").arg(source);
        return false;
    }
    const QStringList header = records.takeFirst();
    const bool ours = header.contains(QLatin1String("provider")) && header.contains(QLatin1String("id"))
        && header.contains(QLatin1String("start_time")) && header.contains(QLatin1String("duration_s"));
    for (int i = 0; i < records.size(); ++i) {
        const QStringList &fields = records.at(i);
        if (fields.size() == 1 && fields.first().isEmpty())
            continue; // blank line
        if (fields.size() != header.size()) {
            result.warnings << tr("%1: line %2 has %3 fields where the header has %4; missing fields read as empty")
                                   .arg(source).arg(i + 2).arg(fields.size()).arg(header.size());
        }
        if (ours) {
            QStringList w;
            Call c = CallCsv::fromRow(header, fields, &w);
            for (const QString &s : std::as_const(w))
                result.warnings << tr("%1: line %2: %3").arg(source).arg(i + 2).arg(s);
            result.calls.append(std::move(c));
        } else {
            // A provider CSV export (Vobiz /cdr/export): the header names the CDR fields.
            QJsonObject o;
            for (int k = 0; k < header.size(); ++k)
                o.insert(header.at(k).trimmed(), k < fields.size() ? QJsonValue(fields.at(k)) : QJsonValue());
            ParseOptions opts = options;
            Provider p = options.provider.value_or(RecordParser::detect(o));
            QStringList w;
            Call c = RecordParser::normalize(p, o, opts, &w);
            for (const QString &s : std::as_const(w))
                result.warnings << tr("%1: line %2: %3").arg(source).arg(i + 2).arg(s);
            result.calls.append(std::move(c));
        }
    }
    return true;
}

} // namespace

bool RecordParser::isNormalizedCall(const QJsonObject &o)
{
    return o.value(QLatin1String("provider")).isString() && o.contains(QLatin1String("id"))
        && o.contains(QLatin1String("duration_s")) && o.contains(QLatin1String("start_time"));
}

Provider RecordParser::detect(const QJsonObject &o)
{
    auto has = [&o](const char *k) { return o.contains(QLatin1String(k)); };
    if (has("dr_sid") || (has("sipcause") && has("number_src")) || has("date_start"))
        return Provider::CarrierX;
    if (has("call_flow") || has("audio_stats") || has("xml_cdr_uuid") || has("caller_destination"))
        return Provider::NexBro;
    const QJsonValue duration = o.value(QLatin1String("duration"));
    if (duration.isString() && duration.toString().count(u':') == 2)
        return Provider::NexBro;
    if (has("uuid") || has("billsec") || has("caller_id_number") || has("hangup_disposition"))
        return Provider::Vobiz;
    const QString uri = o.value(QLatin1String("resource_uri")).toString();
    if (uri.startsWith(QLatin1String("/api/v1/")))
        return Provider::Vobiz;
    if (has("initiation_time") || has("from_number") || has("bill_duration") || has("call_state")
        || has("session_start") || has("call_status") || has("Stir_attestation"))
        return Provider::Plivo;
    // Vobiz's flat /Call example: from, to, status, created_at, call_rate, total_cost.
    if (has("call_uuid") && (has("created_at") || has("answered_at") || has("call_rate") || has("total_cost")))
        return Provider::Vobiz;
    return Provider::Unknown;
}

Call RecordParser::normalize(Provider provider, const QJsonObject &record, const ParseOptions &options,
                             QStringList *warnings)
{
    QStringList local;
    Call c = normalize(provider, options, record, &local, Marked{});
    const QString label = c.id.isEmpty() ? tr("record without id") : tr("record %1").arg(c.id);
    if (warnings) {
        for (QString &w : local)
            warnings->append(w.replace(QChar(1), label));
    }
    return c;
}

Call RecordParser::normalize(Provider provider, const ParseOptions &options, const QJsonObject &record,
                             QStringList *local, Marked)
{
    Call c;
    c.provider = provider;
    c.account = options.account;
    c.raw = record;
    {
        // The record's label is known only once its id is read: warnings carry a \x01 marker in
        // its place, which the caller replaces.
        const FieldReader r(record, QString(QChar(1)), options.zone, local);
        switch (provider) {
        case Provider::Plivo:
            normalizePlivoStyle(r, c);
            break;
        case Provider::Vobiz:
            if (record.contains(QLatin1String("uuid")) || record.contains(QLatin1String("billsec"))
                || record.contains(QLatin1String("caller_id_number")))
                normalizeVobizCdr(r, record, c);
            else
                normalizePlivoStyle(r, c);
            break;
        case Provider::CarrierX:
            normalizeCarrierX(r, record, c);
            break;
        case Provider::NexBro:
            normalizeNexBro(r, record, c);
            break;
        case Provider::Unknown:
            normalizePlivoStyle(r, c);
            break;
        }
    }
    if (c.id.isEmpty())
        local->append(QString(QChar(1)) + tr(": the record has no call id"));
    return c;
}

ParseResult RecordParser::parse(QByteArrayView data, const ParseOptions &options, const QString &sourceName)
{
    ParseResult result;
    const QString source = sourceName.isEmpty() ? tr("input") : sourceName;
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    qsizetype first = 0;
    while (first < data.size() && QChar::isSpace(uchar(data[first])))
        ++first;
    if (first == data.size()) {
        result.error = data.isEmpty() ? tr("%1: the file is empty (0 bytes)").arg(source)
                                      : tr("%1: the file holds only white space").arg(source);
        return result;
    }
    Reader reader(options, sourceName, result);
    const char c0 = data[first];
    if (c0 != '{' && c0 != '[') {
        if (data.indexOf(',') >= 0 && data.indexOf('\0') < 0) {
            parseCsv(data, options, source, result);
        } else {
            result.error = tr("%1: not JSON, NDJSON or CSV (starts with byte 0x%2 at offset %3)")
                               .arg(source).arg(uchar(c0), 2, 16, QLatin1Char('0')).arg(first);
        }
        return result;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(data.toByteArray(), &err);
    if (err.error == QJsonParseError::NoError) {
        reader.value(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        return result;
    }
    if (err.error != QJsonParseError::GarbageAtEnd) {
        result.error = jsonErrorMessage(source, data, 0, err);
        return result;
    }
    // NDJSON: one JSON value per line.
    qsizetype pos = 0;
    int line = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        ++line;
        const QByteArrayView text = data.sliced(pos, end - pos).trimmed();
        if (!text.isEmpty()) {
            QJsonParseError le;
            const QJsonDocument ld = QJsonDocument::fromJson(text.toByteArray(), &le);
            if (le.error != QJsonParseError::NoError) {
                result.error = tr("%1: line %2: malformed JSON at byte offset %3 (column %4): %5")
                                   .arg(source).arg(line).arg(pos + le.offset).arg(le.offset + 1).arg(le.errorString());
                return result;
            }
            if (!reader.value(ld.isArray() ? QJsonValue(ld.array()) : QJsonValue(ld.object())))
                return result;
        }
        pos = end + 1;
    }
    return result;
}

} // namespace cdr
