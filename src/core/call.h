// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one normalized call model every provider is read into.
//
// A Call is a plain value type (copyable, no QObject, no Gui): parsers produce it,
// the archive stores it, the table model flattens it into columns and the detail
// pane renders it. Every field the four providers expose has a home here; whatever
// has no home is still in `raw`, the provider's record as received, so nothing is lost.
//
// Times are UTC QDateTimes (invalid = unknown). Optional numbers are std::optional:
// "not reported" and "zero" are different things to an analyst (Vobiz sends mos 0 on
// unanswered calls, meaning "no media", not a terrible call). Any thread.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace cdr {

enum class Provider : quint8 { Unknown, Plivo, Vobiz, CarrierX, NexBro };

enum class CallStatus : quint8 { Unknown, Answered, NoAnswer, Busy, Failed, Canceled, InProgress };

/// Why a call ended, comparable across providers (normalized key `hangup_class`). Mapped from
/// the provider's own cause, code, Q.850 number or SIP response (docs/normalized-format.md).
enum class HangupClass : quint8 {
    Unknown,
    Normal,
    Busy,
    NoAnswer,
    Rejected,
    Unavailable,
    Canceled,
    InvalidNumber,
    NetworkFailure,
    MediaFailure,
};

/// One leg of a multi-leg call (NexBro `call_flow`).
struct CallLeg
{
    QString destination;
    QDateTime startTime;
    QDateTime answerTime;
    QDateTime endTime;
    QDateTime holdTime; ///< last_hold_time: when the last hold began
    std::optional<double> durationS;
    std::optional<double> talkS;
    std::optional<double> ringS;
    std::optional<double> holdS;
    bool forwarding = false;

    friend bool operator==(const CallLeg &, const CallLeg &) = default;
};

/// Media counters of one direction, every value as a number (NexBro sends strings).
/// Keys are the provider's own names (`mos`, `packet_count`, `jitter_max_variance`, ...).
struct AudioDirection
{
    QMap<QString, double> counters;
    std::optional<double> value(const QString &key) const
    {
        const auto it = counters.constFind(key);
        return it == counters.cend() ? std::nullopt : std::optional<double>(*it);
    }
    bool isEmpty() const { return counters.isEmpty(); }
    friend bool operator==(const AudioDirection &, const AudioDirection &) = default;
};

struct AudioStats
{
    AudioDirection inbound;
    AudioDirection outbound;
    friend bool operator==(const AudioStats &, const AudioStats &) = default;
};

/// A media flaw interval from the `error_log`.
struct ErrorInterval
{
    QDateTime start;
    QDateTime stop;
    int flaws = 0;
    std::optional<double> durationS;
    friend bool operator==(const ErrorInterval &, const ErrorInterval &) = default;
};

struct Call
{
    Provider provider = Provider::Unknown;
    QString id;            ///< call_uuid / Vobiz CDR uuid / dr_sid
    QString account;       ///< account the call was fetched under, when known
    QString from;          ///< as the provider wrote it
    QString to;            ///< as the provider wrote it
    QString fromName;      ///< caller id name, when the provider has one
    QString direction;     ///< inbound, outbound, or the provider's value in lower case

    QDateTime startTime;   ///< UTC
    QDateTime answerTime;  ///< UTC
    QDateTime endTime;     ///< UTC

    std::optional<double> durationS; ///< ring + talk
    std::optional<double> talkS;     ///< answer to end
    std::optional<double> billedS;   ///< rounded billed time
    std::optional<double> ringS;     ///< start to answer (or to end if unanswered)
    std::optional<double> cost;
    QString currency;
    std::optional<double> rate;      ///< per-minute rate, when reported

    CallStatus status = CallStatus::Unknown;
    QString hangupCause;   ///< text: provider name or sentence
    QString hangupCode;    ///< provider numeric code, or SIP code
    QString hangupSource;
    HangupClass hangupClass = HangupClass::Unknown;
    std::optional<int> q850;         ///< Q.850 cause number, when it can be derived
    QString codec;

    std::optional<double> mos;
    std::optional<double> jitterMs;
    std::optional<double> packetLossPct;
    // E-model estimate (simplified ITU-T G.107), present only when packet loss is known.
    std::optional<double> rFactor;   ///< 1 decimal
    std::optional<double> mosEst;    ///< 2 decimals
    QString mosEstBasis;             ///< which inputs were reported and which assumed

    QString stirAttestation;
    QString stirVerification;
    QString sipCallId;
    std::optional<double> postDialDelayMs;

    /// Normalized keys of values CallValidator dropped as impossible ("mos", "jitter_ms",
    /// "start_time", "audio.inbound.mos", "legs[1].end_time", ...): shown as "invalid", not "not reported".
    QStringList invalid;

    QList<CallLeg> legs;
    std::optional<AudioStats> audio;
    QList<ErrorInterval> errorLog; ///< sorted by start
    QByteArray technical;          ///< compact JSON object of the provider's technical details; empty = none
    QByteArray raw;                ///< the provider's record as received, as compact JSON text (key order kept)

    /// technical and raw as objects, for display (parses; not for bulk paths).
    QJsonObject technicalObject() const;
    QJsonObject rawObject() const;

    friend bool operator==(const Call &, const Call &) = default;
};

QString providerName(Provider p);            ///< "plivo", "vobiz", "carrierx", "nexbro", "unknown"
QString providerDisplayName(Provider p);     ///< "Plivo", "Vobiz", "CarrierX", "NexBro"
std::optional<Provider> providerFromName(const QString &name); ///< case-insensitive
QString statusName(CallStatus s);            ///< "answered", "no-answer", ... as in the JSON contract
std::optional<CallStatus> statusFromName(const QString &name);
QString hangupClassName(HangupClass c);      ///< "normal", "busy", "no_answer", ... as in the JSON contract
std::optional<HangupClass> hangupClassFromName(const QString &name);

} // namespace cdr

Q_DECLARE_METATYPE(cdr::Call)
