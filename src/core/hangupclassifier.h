// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Sorts why a call ended into one class that compares across providers (normalized key
// `hangup_class`) and derives the Q.850 cause number where the provider's cause implies one
// (key `q850`). Reads Plivo/Vobiz numeric codes and names (Plivo Zentrunk's snake_case names
// too), Vobiz/FreeSWITCH cause names, Q.850 numbers, SIP final responses (RFC 3398's
// SIP-to-ISUP mapping) and NexBro's sentences. docs/normalized-format.md, section
// "Hangup class", is the table with its sources; the tests hold every row of it.
//
// The class agrees with the call's status: an answered call is never "busy" or "no_answer"
// whatever its code says, an unanswered one is never "normal"; with no usable cause the
// class follows the status. Pure functions over constant tables, plus a small per-thread memo
// of recent cause texts (ingest meets the same few on every record): any thread, no locks.

#include "call.h"

#include <optional>

namespace cdr {

struct HangupClassification
{
    HangupClass hangupClass = HangupClass::Unknown;
    std::optional<int> q850; ///< Q.850 cause number (1-127) of the cause the class came from

    friend bool operator==(const HangupClassification &, const HangupClassification &) = default;
};

class HangupClassifier
{
public:
    /// The class of a provider's cause text and code (Call::hangupCause / hangupCode), made
    /// consistent with the call's status.
    static HangupClassification classify(Provider provider, const QString &cause, const QString &code,
                                         CallStatus status);
    /// Sets call.hangupClass and call.q850 from its provider, cause, code and status.
    static void apply(Call &call);

    // The single sources, without the status rules (Unknown when the input is not known).
    static HangupClassification fromQ850(int cause);
    static HangupClassification fromSipCode(int code);
    static HangupClassification fromPlivoCode(int code);
    /// A cause name in any spelling: `NORMAL_CLEARING`, `Normal Hangup`, `normal_hangup`.
    static HangupClassification fromCauseName(const QString &name);
    /// Keywords of a free-text sentence (NexBro); never carries a Q.850 number.
    static HangupClassification fromSentence(const QString &sentence);
    /// The class in plain words for people ("Normal", "No answer", ...), translated.
    static QString displayName(HangupClass hangupClass);

    /// The class a status alone implies: answered normal, busy busy, no-answer no_answer,
    /// canceled canceled, anything else unknown.
    static HangupClass classForStatus(CallStatus status);
};

} // namespace cdr
