// SPDX-License-Identifier: GPL-3.0-or-later
#include "calljson.h"

#include "timeparsing.h"

#include <QJsonArray>

namespace cdr {

namespace {

QJsonValue opt(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue audioToJson(const AudioDirection &d)
{
    if (d.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonObject o;
    for (auto it = d.counters.cbegin(); it != d.counters.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
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

QDateTime timeFrom(const QJsonValue &v, const char *field, QStringList *warnings)
{
    if (v.isNull() || v.isUndefined())
        return {};
    const QDateTime t = TimeParsing::parseTimestamp(v.toString(), QTimeZone::utc());
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

} // namespace

QJsonValue CallJson::timeToJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(TimeParsing::toIsoUtc(t)) : QJsonValue(QJsonValue::Null);
}

QJsonObject CallJson::toJson(const Call &c)
{
    QJsonObject o;
    o.insert(QLatin1String("provider"), providerName(c.provider));
    o.insert(QLatin1String("id"), c.id);
    o.insert(QLatin1String("account"), text(c.account));
    o.insert(QLatin1String("from"), c.from);
    o.insert(QLatin1String("to"), c.to);
    o.insert(QLatin1String("from_name"), text(c.fromName));
    o.insert(QLatin1String("direction"), text(c.direction));
    o.insert(QLatin1String("start_time"), timeToJson(c.startTime));
    o.insert(QLatin1String("answer_time"), timeToJson(c.answerTime));
    o.insert(QLatin1String("end_time"), timeToJson(c.endTime));
    o.insert(QLatin1String("duration_s"), opt(c.durationS));
    o.insert(QLatin1String("talk_s"), opt(c.talkS));
    o.insert(QLatin1String("billed_s"), opt(c.billedS));
    o.insert(QLatin1String("ring_s"), opt(c.ringS));
    o.insert(QLatin1String("cost"), opt(c.cost));
    o.insert(QLatin1String("currency"), text(c.currency));
    o.insert(QLatin1String("rate"), opt(c.rate));
    o.insert(QLatin1String("status"), statusName(c.status));
    o.insert(QLatin1String("hangup_cause"), text(c.hangupCause));
    o.insert(QLatin1String("hangup_code"), text(c.hangupCode));
    o.insert(QLatin1String("hangup_source"), text(c.hangupSource));
    o.insert(QLatin1String("codec"), text(c.codec));
    o.insert(QLatin1String("mos"), opt(c.mos));
    o.insert(QLatin1String("jitter_ms"), opt(c.jitterMs));
    o.insert(QLatin1String("packet_loss_pct"), opt(c.packetLossPct));
    o.insert(QLatin1String("stir_attestation"), text(c.stirAttestation));
    o.insert(QLatin1String("stir_verification"), text(c.stirVerification));
    o.insert(QLatin1String("sip_call_id"), text(c.sipCallId));
    o.insert(QLatin1String("post_dial_delay_ms"), opt(c.postDialDelayMs));

    QJsonArray legs;
    for (const CallLeg &l : c.legs) {
        QJsonObject lo;
        lo.insert(QLatin1String("destination"), l.destination);
        lo.insert(QLatin1String("start_time"), timeToJson(l.startTime));
        lo.insert(QLatin1String("answer_time"), timeToJson(l.answerTime));
        lo.insert(QLatin1String("end_time"), timeToJson(l.endTime));
        lo.insert(QLatin1String("hold_time"), timeToJson(l.holdTime));
        lo.insert(QLatin1String("duration_s"), opt(l.durationS));
        lo.insert(QLatin1String("talk_s"), opt(l.talkS));
        lo.insert(QLatin1String("ring_s"), opt(l.ringS));
        lo.insert(QLatin1String("hold_s"), opt(l.holdS));
        lo.insert(QLatin1String("forwarding"), l.forwarding);
        legs.append(lo);
    }
    o.insert(QLatin1String("legs"), legs);

    if (c.audio) {
        QJsonObject a;
        a.insert(QLatin1String("inbound"), audioToJson(c.audio->inbound));
        a.insert(QLatin1String("outbound"), audioToJson(c.audio->outbound));
        o.insert(QLatin1String("audio"), a);
    } else {
        o.insert(QLatin1String("audio"), QJsonValue(QJsonValue::Null));
    }

    QJsonArray log;
    for (const ErrorInterval &e : c.errorLog) {
        QJsonObject eo;
        eo.insert(QLatin1String("start"), timeToJson(e.start));
        eo.insert(QLatin1String("stop"), timeToJson(e.stop));
        eo.insert(QLatin1String("flaws"), e.flaws);
        eo.insert(QLatin1String("duration_s"), opt(e.durationS));
        log.append(eo);
    }
    o.insert(QLatin1String("error_log"), log);
    o.insert(QLatin1String("technical"), c.technical.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.technical));
    o.insert(QLatin1String("raw"), c.raw);
    return o;
}

Call CallJson::fromJson(const QJsonObject &o, QStringList *w)
{
    auto s = [&o](const char *k) { return TimeParsing::string(o.value(QLatin1String(k))); };
    auto n = [&o, w](const char *k) { return numFrom(o.value(QLatin1String(k)), k, w); };
    auto t = [&o, w](const char *k) { return timeFrom(o.value(QLatin1String(k)), k, w); };

    Call c;
    const auto p = providerFromName(s("provider"));
    if (!p && w)
        w->append(QStringLiteral("field 'provider' value \"%1\" is not a known provider").arg(s("provider")));
    c.provider = p.value_or(Provider::Unknown);
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
    const QString st = s("status");
    const auto status = statusFromName(st);
    if (!status && !st.isEmpty() && w)
        w->append(QStringLiteral("field 'status' value \"%1\" is not a known status").arg(st));
    c.status = status.value_or(CallStatus::Unknown);
    c.hangupCause = s("hangup_cause");
    c.hangupCode = s("hangup_code");
    c.hangupSource = s("hangup_source");
    c.codec = s("codec");
    c.mos = n("mos");
    c.jitterMs = n("jitter_ms");
    c.packetLossPct = n("packet_loss_pct");
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
    const QJsonValue audio = o.value(QLatin1String("audio"));
    if (audio.isObject()) {
        AudioStats a;
        a.inbound = audioFromJson(audio.toObject().value(QLatin1String("inbound")));
        a.outbound = audioFromJson(audio.toObject().value(QLatin1String("outbound")));
        c.audio = a;
    }
    for (const QJsonValue &ev : o.value(QLatin1String("error_log")).toArray()) {
        const QJsonObject eo = ev.toObject();
        ErrorInterval e;
        e.start = timeFrom(eo.value(QLatin1String("start")), "error_log.start", w);
        e.stop = timeFrom(eo.value(QLatin1String("stop")), "error_log.stop", w);
        e.flaws = int(numFrom(eo.value(QLatin1String("flaws")), "error_log.flaws", w).value_or(0));
        e.durationS = numFrom(eo.value(QLatin1String("duration_s")), "error_log.duration_s", w);
        c.errorLog.append(e);
    }
    c.technical = o.value(QLatin1String("technical")).toObject();
    c.raw = o.value(QLatin1String("raw")).toObject();
    return c;
}

} // namespace cdr
