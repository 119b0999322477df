// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The normalized JSON form of a Call: the public contract documented in
// docs/normalized-format.md. One writer (toJsonBytes) serves convert, export, the archive and
// the GUI's exports, so they can never differ; fromJsonBytes reads it back exactly (raw and
// technical keep their bytes). Pure functions, any thread.

#include "call.h"

#include <QJsonObject>

namespace cdr {

class CallJson
{
public:
    /// One call as a compact JSON object (keys in the documented order), no trailing newline.
    static QByteArray toJsonBytes(const Call &call, bool withRaw = true);
    static void appendJson(QByteArray &out, const Call &call, bool withRaw = true);
    /// Reads our own normalized form back, exactly. Unknown keys are ignored; warnings name
    /// bad fields. Returns false (with *error) when the text is not a JSON object.
    static bool fromJsonBytes(QByteArrayView json, Call *call, QStringList *warnings = nullptr,
                              QString *error = nullptr);

    /// Adapters for code that holds QJsonObjects (display, tests). Not for bulk paths.
    static QJsonObject toJson(const Call &call);
    static Call fromJson(const QJsonObject &object, QStringList *warnings = nullptr);

    /// ISO 8601 in UTC ending in Z, with milliseconds when non-zero; null for invalid.
    static QJsonValue timeToJson(const QDateTime &t);

    /// The shortest decimal text that reads back as the same double (integers without ".0").
    static void appendNumber(QByteArray &out, double value);
    /// UTF-16 text as UTF-8 onto out; with jsonEscape, escaped for inside a JSON string.
    static void appendUtf8(QByteArray &out, QStringView text, bool jsonEscape = false);
    /// A JSON string literal, quoted and escaped.
    static void appendString(QByteArray &out, QStringView text);
    /// "2024-05-01T10:00:00Z" / "...00.250Z"; appends nothing for an invalid time.
    static void appendTime(QByteArray &out, const QDateTime &t);
    /// The same for UTC milliseconds since the epoch (bulk paths that hold no QDateTime).
    static void appendTime(QByteArray &out, qint64 utcMs);

    /// The scalar keys of the normalized format in their documented order, each handed to
    /// `visit` once: visit(key, QString, required) for text (required: never null, even when
    /// empty; provider, status and hangup class by name), visit(key, QDateTime) for times and
    /// visit(key, std::optional<double>) for numbers. The one list behind the JSON writer and
    /// the normalized CSV's columns and rows (CallCsv), so the two cannot drift apart.
    template <typename Visit>
    static void forEachScalar(const Call &c, Visit &&visit)
    {
        visit("provider", providerName(c.provider), true);
        visit("id", c.id, true);
        visit("account", c.account, false);
        visit("from", c.from, true);
        visit("to", c.to, true);
        visit("from_name", c.fromName, false);
        visit("direction", c.direction, false);
        visit("start_time", c.startTime);
        visit("answer_time", c.answerTime);
        visit("end_time", c.endTime);
        visit("duration_s", c.durationS);
        visit("talk_s", c.talkS);
        visit("billed_s", c.billedS);
        visit("ring_s", c.ringS);
        visit("cost", c.cost);
        visit("currency", c.currency, false);
        visit("rate", c.rate);
        visit("status", statusName(c.status), false);
        visit("hangup_cause", c.hangupCause, false);
        visit("hangup_code", c.hangupCode, false);
        visit("hangup_source", c.hangupSource, false);
        visit("codec", c.codec, false);
        visit("mos", c.mos);
        visit("jitter_ms", c.jitterMs);
        visit("packet_loss_pct", c.packetLossPct);
        visit("stir_attestation", c.stirAttestation, false);
        visit("stir_verification", c.stirVerification, false);
        visit("sip_call_id", c.sipCallId, false);
        visit("post_dial_delay_ms", c.postDialDelayMs);
        visit("hangup_class", hangupClassName(c.hangupClass), false);
        visit("q850", c.q850 ? std::optional<double>(*c.q850) : std::nullopt);
        visit("r_factor", c.rFactor);
        visit("mos_est", c.mosEst);
        visit("mos_est_basis", c.mosEstBasis, false);
    }
};

} // namespace cdr
