// SPDX-License-Identifier: GPL-3.0-or-later
#include "providernormalizer.h"

#include "callvalidator.h"
#include "emodel.h"
#include "hangupcatalog.h"
#include "hangupclassifier.h"
#include "recordfields.h"

#include <QCoreApplication>

#include <algorithm>

namespace cdr {

namespace {

using namespace fk;

QString tr(const char *text)
{
    return QCoreApplication::translate("cdr::ProviderNormalizer", text);
}

std::optional<double> secondsBetween(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid() || !b.isValid())
        return std::nullopt;
    return a.msecsTo(b) / 1000.0;
}

// The listed keys of a record that are present and not null, as a compact JSON object in the
// listed order: the technical details the detail pane shows.
QByteArray technicalJson(const RecordFields &r, std::initializer_list<Key> keys)
{
    QByteArray out;
    for (Key k : keys) {
        if (!r.has(k) || r.at(k).is_null())
            continue;
        out += out.isEmpty() ? "{\"" : ",\"";
        out += name(k);
        out += "\":";
        const std::string value = simdjson::to_string(r.at(k));
        out.append(value.data(), qsizetype(value.size()));
    }
    if (!out.isEmpty())
        out += '}';
    return out;
}

// Talk and ring time from the call's times where the record does not state them.
void durationsFromTimes(Call &c)
{
    if (!c.talkS)
        c.talkS = secondsBetween(c.answerTime, c.endTime);
    if (!c.ringS)
        c.ringS = secondsBetween(c.startTime, c.answerTime);
}

// Where a provider's record keeps the fields every call has: for each, the keys it may be
// under, the first present one wins. An empty list: the provider does not send that field.
struct CallKeys
{
    std::initializer_list<Key> id, from, fromName, to, direction, start, answer, end;
};

// The fields every call has, in one order for every provider (the order of their warnings).
void readCommon(const RecordFields &r, const CallKeys &k, Call &c)
{
    c.id = r.str(k.id);
    c.from = r.str(k.from);
    c.fromName = r.str(k.fromName);
    c.to = r.str(k.to);
    c.direction = r.direction(k.direction);
    c.startTime = r.time(k.start);
    c.answerTime = r.time(k.answer);
    c.endTime = r.time(k.end);
}

bool answeredEvidence(const Call &c)
{
    return c.talkS.value_or(0) > 0 || (c.answerTime.isValid() && c.billedS.value_or(0) > 0);
}

// Status from evidence in this order: answer time with talk or billed time, then the provider's
// own state word, then its code (codeStatus), then what the times alone say.
void settleStatus(Call &c, CallStatus state, CallStatus codeStatus, bool answerTimeGivenAsNull)
{
    if (answeredEvidence(c)) {
        c.status = CallStatus::Answered;
        return;
    }
    if (state != CallStatus::Unknown) {
        c.status = state;
        return;
    }
    if (codeStatus != CallStatus::Unknown) {
        // A code that means "answered" without any answer evidence: the call rang out.
        if (codeStatus == CallStatus::Answered && !c.answerTime.isValid())
            c.status = c.endTime.isValid() ? CallStatus::NoAnswer : CallStatus::Unknown;
        else
            c.status = codeStatus;
        return;
    }
    if (c.answerTime.isValid())
        c.status = CallStatus::Answered;
    else if (c.endTime.isValid() && answerTimeGivenAsNull)
        c.status = CallStatus::NoAnswer;
}

// Plivo's Call object, also Vobiz's Plivo-compatible /Call shape, its flat seed shape and both
// providers' live-call shape: they differ only by key aliases.
constexpr CallKeys kPlivoKeys{ .id = { call_uuid, request_uuid }, .from = { from_number, from },
                               .fromName = { caller_name }, .to = { to_number, to },
                               .direction = { call_direction, direction },
                               .start = { initiation_time, session_start, created_at },
                               .answer = { answer_time, answered_at }, .end = { end_time, ended_at } };

void plivoStyle(const RecordFields &r, Call &c)
{
    readCommon(r, kPlivoKeys, c);
    c.durationS = r.num({ call_duration, duration });
    c.talkS = r.num({ bill_duration }); // despite its name, talk time
    c.billedS = r.num({ billed_duration });
    c.cost = r.num({ total_amount, total_cost });
    c.rate = r.num({ total_rate, call_rate });
    c.currency = r.label({ currency });
    c.hangupCause = r.label({ hangup_cause_name, hangup_cause });
    c.hangupCode = r.label({ hangup_cause_code });
    c.hangupSource = r.label({ hangup_source });
    c.stirAttestation = r.label({ stir_attestation, Stir_attestation });
    c.stirVerification = r.label({ stir_verification });
    durationsFromTimes(c);

    bool codeOk = false;
    const int code = c.hangupCode.toInt(&codeOk);
    settleStatus(c, r.state({ call_state, call_status, status }),
                 codeOk ? HangupCatalog::statusForPlivoCode(code) : CallStatus::Unknown,
                 r.has(answer_time));
}

constexpr CallKeys kVobizKeys{ .id = { uuid, call_uuid, id }, .from = { caller_id_number, from_number, from },
                               .fromName = { caller_id_name }, .to = { destination_number, to_number, to },
                               .direction = { call_direction, direction }, .start = { start_time },
                               .answer = { answer_time }, .end = { end_time } };

void vobizCdr(const RecordFields &r, Call &c)
{
    readCommon(r, kVobizKeys, c);
    c.durationS = r.num({ duration });
    c.talkS = r.num({ billsec });
    c.billedS = c.talkS; // Vobiz has no rounded billing field: billsec is what is billed
    c.ringS = r.num({ ring_time });
    c.cost = r.num({ total_cost, cost });
    c.currency = r.label({ currency });
    c.hangupCause = r.label({ hangup_cause, hangup_cause_name });
    c.hangupCode = r.label({ hangup_cause_code });
    c.hangupSource = r.label({ hangup_source });
    c.codec = r.label({ codec });
    c.sipCallId = r.str({ sip_call_id });
    if (c.account.isEmpty())
        c.account = r.label({ account_id });

    CallStatus codeStatus = HangupCatalog::statusForFreeSwitchCause(c.hangupCause);
    bool ok = false;
    const int code = c.hangupCode.toInt(&ok);
    if (codeStatus == CallStatus::Unknown && ok)
        codeStatus = HangupCatalog::statusForPlivoCode(code);
    const bool answered = c.answerTime.isValid() || c.talkS.value_or(0) > 0;
    if (answered) {
        c.status = CallStatus::Answered;
    } else {
        settleStatus(c, CallStatus::Unknown, codeStatus, false);
        if (c.status == CallStatus::Unknown && c.endTime.isValid())
            c.status = CallStatus::NoAnswer;
    }
    // mos 0 on an unanswered call means "no media", not a terrible call: store null.
    if (answered) {
        c.mos = r.num({ mos });
        if (c.mos && *c.mos <= 0)
            c.mos.reset();
        c.jitterMs = r.num({ jitter });
        c.packetLossPct = r.num({ packet_loss });
    }
    c.technical = technicalJson(r, { codec, network_addr, carrier_ip, sip_call_id, sip_user_agent,
                                     hangup_disposition, context, region, origination_region, trunk_id,
                                     bridge_uuid, terminated_to });
}

constexpr CallKeys kCarrierXKeys{ .id = { dr_sid }, .from = { number_src }, .fromName = {}, .to = { number_dst },
                                  .direction = { direction }, .start = { date_start }, .answer = { date_talk },
                                  .end = { date_stop } };

void carrierX(const RecordFields &r, Call &c)
{
    readCommon(r, kCarrierXKeys, c);
    c.durationS = r.duration({ duration });
    c.billedS = r.num({ duration_billing });
    durationsFromTimes(c);
    c.cost = r.num({ price });
    c.rate = r.num({ rate });
    c.hangupCode = r.label({ sipcause });
    c.hangupSource = r.label({ disconnect_originator });
    bool ok = false;
    const int sip = c.hangupCode.toInt(&ok);
    CallStatus codeStatus = CallStatus::Unknown;
    if (ok) {
        codeStatus = HangupCatalog::statusForSipCode(sip);
        // CarrierX has no cause text; the standard SIP reason phrase stands in for it.
        c.hangupCause = HangupCatalog::explainSipCode(sip).title;
    }
    settleStatus(c, CallStatus::Unknown, codeStatus, false);
    if (codeStatus == CallStatus::Answered && c.answerTime.isValid())
        c.status = CallStatus::Answered;
    c.codec = r.label({ codec_src, codec_dst });
    c.sipCallId = r.str({ sipcallid_src, sipcallid_dst });
    c.stirAttestation = r.label({ stir_attest });
    c.stirVerification = r.label({ stir_verstat });
    c.technical = technicalJson(r, { codec_src, codec_dst, transcoded, ip_src, ip_dst, sipcallid_src, sipcallid_dst,
                                     rate, duration_billing, type });
}

// Each entry of a nested array as a record of its own, whose warnings name it "name[i].field":
// visit(fields, entry, i), with null fields for an entry that is not an object.
template <typename Visit>
void forEachEntry(const RecordFields &r, const simdjson::dom::array &a, const char *name, Visit &&visit)
{
    int i = 0;
    for (const simdjson::dom::element entry : a) {
        if (entry.is_object()) {
            const RecordFields fields(simdjson::dom::object(entry), r.context(), r.warnings(),
                                      QLatin1String(name) + u'[' + QString::number(i) + QLatin1String("]."));
            visit(&fields, entry, i);
        } else {
            visit(nullptr, entry, i);
        }
        ++i;
    }
}

AudioDirection audioDirection(const simdjson::dom::object &o, const RecordFields &r, const char *side)
{
    AudioDirection d;
    for (auto field : o) {
        const QString key = QString::fromUtf8(field.key.data(), qsizetype(field.key.size()));
        const auto &v = field.value;
        std::optional<double> n;
        if (RecordFields::isNumber(v))
            n = RecordFields::asDouble(v);
        else if (v.is_string())
            n = RecordFields::parseNumber(std::string_view(v));
        if (n && std::isfinite(*n))
            d.counters.insert(key, *n);
        else if (!v.is_null() && !(v.is_string() && std::string_view(v).empty()) && r.warnings())
            r.warnings()->append(QCoreApplication::translate("cdr::ProviderNormalizer", "%1: field 'audio_stats.%2.%3' is not a number; ignored")
                                     .arg(QString(QChar(1)), QLatin1String(side), key));
    }
    return d;
}

constexpr CallKeys kNexBroKeys{ .id = { call_uuid, xml_cdr_uuid, uuid }, .from = { caller_id_number },
                                .fromName = { caller_id_name }, .to = { destination_number, caller_destination },
                                .direction = { direction }, .start = { start_time, start_epoch },
                                .answer = { answer_time, answer_epoch }, .end = { end_time, end_epoch } };

void nexBro(const RecordFields &r, Call &c)
{
    NormalizeContext &ctx = r.context();
    readCommon(r, kNexBroKeys, c);
    c.durationS = r.duration({ duration });
    durationsFromTimes(c);
    c.hangupCause = r.label({ hangup_cause });

    if (const auto flow = r.array(call_flow)) {
        forEachEntry(r, *flow, "call_flow", [&](const RecordFields *lr, const simdjson::dom::element &entry, int i) {
            CallLeg leg;
            if (lr) {
                leg.destination = lr->str({ destination_number });
                leg.forwarding = lr->boolean(forwarding_enabled).value_or(false);
                leg.startTime = lr->time({ start_time });
                leg.answerTime = lr->time({ answer_time });
                leg.holdTime = lr->time({ last_hold_time });
                leg.endTime = lr->time({ end_time });
                leg.durationS = lr->duration({ duration });
                leg.talkS = lr->duration({ answer_duration });
                leg.ringS = lr->duration({ time_to_answer });
                leg.holdS = lr->duration({ hold_duration });
            } else if (r.warnings()) {
                r.warnings()->append(QCoreApplication::translate("cdr::ProviderNormalizer", "%1: call_flow[%2] is a %3, not a leg; kept as an empty leg")
                                         .arg(QString(QChar(1))).arg(i)
                                         .arg(QLatin1String(RecordFields::typeName(entry))));
            }
            c.legs.append(leg);
        });
    }
    if (!c.talkS && !c.legs.isEmpty())
        c.talkS = c.legs.first().talkS;

    std::optional<simdjson::dom::array> log;
    if (const auto stats = r.object(audio_stats)) {
        AudioStats audio;
        simdjson::dom::object side;
        if ((*stats)["inbound"].get(side) == simdjson::SUCCESS)
            audio.inbound = audioDirection(side, r, "inbound");
        if ((*stats)["outbound"].get(side) == simdjson::SUCCESS)
            audio.outbound = audioDirection(side, r, "outbound");
        if (!audio.inbound.isEmpty() || !audio.outbound.isEmpty())
            c.audio = audio;
        c.mos = audio.inbound.value(QStringLiteral("mos"));
        if (c.mos && *c.mos <= 0)
            c.mos.reset();
        simdjson::dom::array a;
        if ((*stats)["error_log"].get(a) == simdjson::SUCCESS && a.size() > 0)
            log = a;
    }
    // error_log sits inside audio_stats in the documented record; accept it at the top too.
    if (!log)
        log = r.array(error_log);
    if (log) {
        forEachEntry(r, *log, "error_log", [&](const RecordFields *er, const simdjson::dom::element &, int) {
            ErrorInterval e;
            if (er) {
                e.start = er->time({ start });
                e.stop = er->time({ stop });
                const auto f = er->num({ flaws });
                e.flaws = f && *f > 0 ? int(std::min(*f, 2.0e9)) : 0;
                e.durationS = er->num({ duration_seconds });
                if (!e.durationS && e.start.isValid() && e.stop.isValid())
                    e.durationS = secondsBetween(e.start, e.stop);
            }
            c.errorLog.append(e);
        });
        std::stable_sort(c.errorLog.begin(), c.errorLog.end(),
                         [](const ErrorInterval &a, const ErrorInterval &b) { return a.start < b.start; });
    }

    if (const auto tech = r.object(technical)) {
        const std::string text = simdjson::to_string(*tech);
        c.technical = QByteArray(text.data(), qsizetype(text.size()));
        const RecordFields tr2(*tech, ctx, r.warnings(), QStringLiteral("technical."));
        const QString readCodec = tr2.str({ read_codec });
        const QString writeCodec = tr2.str({ write_codec });
        c.codec = (writeCodec.isEmpty() || writeCodec == readCodec) ? readCodec
                : readCodec.isEmpty() ? writeCodec : readCodec + QLatin1Char('/') + writeCodec;
        c.postDialDelayMs = tr2.num({ post_dial_delay });
    }

    settleStatus(c, r.state({ status }), CallStatus::Unknown, false);
}

} // namespace

Provider ProviderNormalizer::detect(const simdjson::dom::object &o)
{
    NormalizeContext ctx{ ParseOptions() };
    return detect(RecordFields(o, ctx, nullptr));
}

Provider ProviderNormalizer::detect(const RecordFields &f)
{
    if (f.has(dr_sid) || (f.has(sipcause) && f.has(number_src)) || f.has(date_start))
        return Provider::CarrierX;
    if (f.has(call_flow) || f.has(audio_stats) || f.has(xml_cdr_uuid) || f.has(caller_destination))
        return Provider::NexBro;
    if (f.has(duration) && f.at(duration).is_string()) {
        const std::string_view d(f.at(duration));
        if (std::count(d.begin(), d.end(), ':') == 2)
            return Provider::NexBro;
    }
    if (f.has(uuid) || f.has(billsec) || f.has(caller_id_number) || f.has(hangup_disposition))
        return Provider::Vobiz;
    if (f.has(resource_uri) && f.at(resource_uri).is_string()
        && std::string_view(f.at(resource_uri)).substr(0, 8) == "/api/v1/")
        return Provider::Vobiz;
    if (f.has(initiation_time) || f.has(from_number) || f.has(bill_duration) || f.has(call_state)
        || f.has(session_start) || f.has(call_status) || f.has(Stir_attestation))
        return Provider::Plivo;
    // Vobiz's flat /Call example: from, to, status, created_at, call_rate, total_cost.
    if (f.has(call_uuid) && (f.has(created_at) || f.has(answered_at) || f.has(call_rate) || f.has(total_cost)))
        return Provider::Vobiz;
    return Provider::Unknown;
}

bool ProviderNormalizer::isNormalizedCall(const simdjson::dom::object &o)
{
    simdjson::dom::element e;
    return o["provider"].get(e) == simdjson::SUCCESS && e.is_string() && o["id"].error() == simdjson::SUCCESS
        && o["duration_s"].error() == simdjson::SUCCESS && o["start_time"].error() == simdjson::SUCCESS;
}

bool ProviderNormalizer::isNormalizedCall(const RecordFields &f)
{
    return f.has(provider) && f.at(provider).is_string() && f.has(id) && f.has(duration_s) && f.has(start_time);
}

Call ProviderNormalizer::normalize(Provider provider, const simdjson::dom::object &record, QByteArray raw,
                                   NormalizeContext &ctx, QStringList *warnings)
{
    return normalize(provider, RecordFields(record, ctx, warnings), std::move(raw));
}

Call ProviderNormalizer::normalize(Provider provider, const RecordFields &r, QByteArray raw)
{
    NormalizeContext &ctx = r.context();
    QStringList *warnings = r.warnings();
    Call c;
    c.provider = provider;
    c.account = ctx.options().account;
    c.raw = std::move(raw);
    switch (provider) {
    case Provider::Vobiz:
        if (r.has(uuid) || r.has(billsec) || r.has(caller_id_number))
            vobizCdr(r, c);
        else
            plivoStyle(r, c);
        break;
    case Provider::CarrierX:
        carrierX(r, c);
        break;
    case Provider::NexBro:
        nexBro(r, c);
        break;
    case Provider::Plivo:
    case Provider::Unknown:
        plivoStyle(r, c);
        break;
    }
    if (c.id.isEmpty() && warnings)
        warnings->append(QString(QChar(1)) + tr(": the record has no call id"));
    finish(c, ctx.options(), warnings);
    return c;
}

void ProviderNormalizer::finish(Call &c, const ParseOptions &options, QStringList *warnings)
{
    // Impossible values are dropped (and said) before anything is derived from them; then what
    // every normalized call carries, whatever its provider: the cross-provider hangup class with
    // its Q.850 number, and the E-model estimate where loss is known.
    CallValidator::apply(c, warnings, QString(QChar(1)));
    HangupClassifier::apply(c);
    EModel::apply(c, options.assumedDelayMs);
}

} // namespace cdr
