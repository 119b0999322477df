// SPDX-License-Identifier: GPL-3.0-or-later
#include "hangupclassifier.h"

#include "hangupcatalog.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace cdr {

namespace {

using C = HangupClass;

// ---- Q.850 (ITU-T Q.850 cause values; class per cause, see docs/normalized-format.md) ----

struct Q850Entry
{
    int cause;
    HangupClass cls;
};

constexpr Q850Entry kQ850[] = {
    {1, C::InvalidNumber},   // unallocated (unassigned) number
    {2, C::InvalidNumber},   // no route to specified transit network (RFC 3398: 404)
    {3, C::InvalidNumber},   // no route to destination (RFC 3398: 404)
    {4, C::InvalidNumber},   // send special information tone
    {5, C::InvalidNumber},   // misdialled trunk prefix
    {6, C::NetworkFailure},  // channel unacceptable
    {7, C::Normal},          // call awarded and being delivered in an established channel
    {8, C::NetworkFailure},  // preemption
    {9, C::NetworkFailure},  // preemption, circuit reserved for reuse
    {16, C::Normal},         // normal call clearing
    {17, C::Busy},           // user busy
    {18, C::NoAnswer},       // no user responding
    {19, C::NoAnswer},       // no answer from user (user alerted)
    {20, C::Unavailable},    // subscriber absent
    {21, C::Rejected},       // call rejected
    {22, C::InvalidNumber},  // number changed
    {23, C::InvalidNumber},  // redirection to new destination
    {25, C::NetworkFailure}, // exchange routing error
    {26, C::Canceled},       // non-selected user clearing (answered elsewhere)
    {27, C::Unavailable},    // destination out of order
    {28, C::InvalidNumber},  // invalid number format (address incomplete)
    {29, C::Rejected},       // facility rejected
    {30, C::Normal},         // response to STATUS ENQUIRY
    {31, C::Normal},         // normal, unspecified
    {49, C::MediaFailure},   // quality of service not available
    {50, C::Rejected},       // requested facility not subscribed
    {52, C::Rejected},       // outgoing calls barred
    {53, C::Rejected},       // outgoing calls barred within CUG
    {54, C::Rejected},       // incoming calls barred
    {55, C::Rejected},       // incoming calls barred within CUG
    {57, C::Rejected},       // bearer capability not authorized
    {58, C::MediaFailure},   // bearer capability not presently available
    {62, C::Rejected},       // inconsistency in outgoing access information and subscriber class
    {65, C::MediaFailure},   // bearer capability not implemented
    {66, C::MediaFailure},   // channel type not implemented
    {70, C::MediaFailure},   // only restricted digital information bearer capability available
    {87, C::Rejected},       // user not member of CUG
    {88, C::MediaFailure},   // incompatible destination
};

// ---- SIP final responses: RFC 3398 section 7.2.4.1 gives the Q.850 cause; the class follows
// that cause, except where the SIP code says more (marked). ----

struct SipEntry
{
    int code;
    int q850; ///< 0: RFC 3398 gives none
    HangupClass cls;
};

constexpr SipEntry kSip[] = {
    {400, 41, C::NetworkFailure},  {401, 21, C::Rejected},        {402, 21, C::Rejected},
    {403, 21, C::Rejected},        {404, 1, C::InvalidNumber},    {405, 63, C::NetworkFailure},
    {406, 79, C::NetworkFailure},  {407, 21, C::Rejected},
    {408, 102, C::NoAnswer},       // marked: no final answer in time; the project reads it as no answer
    {410, 22, C::InvalidNumber},   {413, 127, C::NetworkFailure}, {414, 127, C::NetworkFailure},
    {415, 79, C::NetworkFailure},  {416, 127, C::NetworkFailure}, {420, 127, C::NetworkFailure},
    {421, 127, C::NetworkFailure}, {423, 127, C::NetworkFailure}, {480, 18, C::NoAnswer},
    {481, 41, C::NetworkFailure},  {482, 25, C::NetworkFailure},  {483, 25, C::NetworkFailure},
    {484, 28, C::InvalidNumber},   {485, 1, C::InvalidNumber},    {486, 17, C::Busy},
    {487, 0, C::Canceled},         // marked: CANCEL before answer; RFC 3398 has no cause
    {488, 0, C::MediaFailure},     // marked: no acceptable media; RFC 3398: "by Warning header"
    {500, 41, C::NetworkFailure},  {501, 79, C::NetworkFailure},  {502, 38, C::NetworkFailure},
    {503, 41, C::NetworkFailure},  {504, 102, C::NetworkFailure}, {505, 127, C::NetworkFailure},
    {513, 127, C::NetworkFailure}, {600, 17, C::Busy},            {603, 21, C::Rejected},
    {604, 1, C::InvalidNumber},
    {606, 0, C::MediaFailure},     // marked: session description not acceptable anywhere
    {607, 0, C::Rejected},         // Unwanted (RFC 8197)
    {608, 0, C::Rejected},         // Rejected by an intermediary (RFC 8688)
};

// ---- Plivo / Vobiz hangup_cause_code (docs/provider-apis.md section 5) ----

struct PlivoEntry
{
    int code;
    HangupClass cls;
    int q850; ///< 0: none implied
};

constexpr PlivoEntry kPlivo[] = {
    {0, C::Unknown, 0},
    {1000, C::Canceled, 0},        {1010, C::Canceled, 0},       {1020, C::Canceled, 0},
    {2000, C::InvalidNumber, 0},   {2010, C::Unavailable, 27},   {2020, C::Unavailable, 0},
    {2030, C::Rejected, 52},       {2040, C::Rejected, 52},      {2050, C::Rejected, 52},
    {2060, C::NetworkFailure, 25}, {2070, C::Rejected, 0},
    {3000, C::NoAnswer, 19},       {3010, C::Busy, 17},          {3020, C::Rejected, 21},
    {3030, C::Rejected, 0},        {3040, C::Rejected, 21},      {3050, C::InvalidNumber, 1},
    {3070, C::NetworkFailure, 102}, {3080, C::NetworkFailure, 41}, {3090, C::NetworkFailure, 0},
    {3100, C::Busy, 17},           {3110, C::Rejected, 21},      {3120, C::InvalidNumber, 1},
    {3130, C::Rejected, 0},        {3140, C::Rejected, 0},
    {4000, C::Normal, 16},         {4010, C::Normal, 16},        {4020, C::Normal, 16},
    {4030, C::Normal, 16},
    {5000, C::NetworkFailure, 0},  {5010, C::NetworkFailure, 0}, {5020, C::NetworkFailure, 0},
    {5030, C::NetworkFailure, 0},
    {6000, C::Normal, 0},          {6010, C::NoAnswer, 19},      {6020, C::MediaFailure, 0},
    {7011, C::NetworkFailure, 0},  {7012, C::NetworkFailure, 0}, {7013, C::NetworkFailure, 0},
    {7014, C::NetworkFailure, 0},  {7022, C::NetworkFailure, 0}, {7023, C::NetworkFailure, 0},
    {7024, C::NetworkFailure, 0},  {7032, C::NetworkFailure, 0}, {7033, C::NetworkFailure, 0},
    {7034, C::NetworkFailure, 0},
    {8011, C::NetworkFailure, 0},  {8012, C::NetworkFailure, 0}, {8013, C::NetworkFailure, 0},
    {8014, C::NetworkFailure, 0},
    {9000, C::Canceled, 26},       {9100, C::Normal, 0},         {9110, C::Normal, 0},
};

/// Codes the table does not list fall back to their category range (Vobiz uses 4100 "No
/// Answer"): the range's class, no Q.850 number.
HangupClass plivoRangeClass(int code)
{
    switch (code / 1000) {
    case 1: return C::Canceled;
    case 2: return C::Unavailable;
    case 4: return C::Normal;
    case 5: case 7: case 8: return C::NetworkFailure;
    default: return C::Unknown;
    }
}

// ---- cause names: FreeSWITCH (Vobiz hangup_cause), Vobiz's own, Plivo Zentrunk ----

struct NameEntry
{
    const char *name; ///< normalized: upper case, words joined by '_'
    HangupClass cls;
    int q850;         ///< 0: none (FreeSWITCH-internal numbers above 127 are not Q.850)
};

constexpr NameEntry kNames[] = {
    // FreeSWITCH switch_call_cause_t names carrying a Q.850 value
    {"UNALLOCATED_NUMBER", C::InvalidNumber, 1},
    {"NO_ROUTE_TRANSIT_NET", C::InvalidNumber, 2},
    {"NO_ROUTE_DESTINATION", C::InvalidNumber, 3},
    {"CHANNEL_UNACCEPTABLE", C::NetworkFailure, 6},
    {"CALL_AWARDED_DELIVERED", C::Normal, 7},
    {"NORMAL_CLEARING", C::Normal, 16},
    {"USER_BUSY", C::Busy, 17},
    {"NO_USER_RESPONSE", C::NoAnswer, 18},
    {"NO_ANSWER", C::NoAnswer, 19},
    {"SUBSCRIBER_ABSENT", C::Unavailable, 20},
    {"CALL_REJECTED", C::Rejected, 21},
    {"NUMBER_CHANGED", C::InvalidNumber, 22},
    {"REDIRECTION_TO_NEW_DESTINATION", C::InvalidNumber, 23},
    {"EXCHANGE_ROUTING_ERROR", C::NetworkFailure, 25},
    {"DESTINATION_OUT_OF_ORDER", C::Unavailable, 27},
    {"INVALID_NUMBER_FORMAT", C::InvalidNumber, 28},
    {"FACILITY_REJECTED", C::Rejected, 29},
    {"RESPONSE_TO_STATUS_ENQUIRY", C::Normal, 30},
    {"NORMAL_UNSPECIFIED", C::Normal, 31},
    {"NORMAL_CIRCUIT_CONGESTION", C::NetworkFailure, 34},
    {"NETWORK_OUT_OF_ORDER", C::NetworkFailure, 38},
    {"NORMAL_TEMPORARY_FAILURE", C::NetworkFailure, 41},
    {"SWITCH_CONGESTION", C::NetworkFailure, 42},
    {"ACCESS_INFO_DISCARDED", C::NetworkFailure, 43},
    {"REQUESTED_CHAN_UNAVAIL", C::NetworkFailure, 44},
    {"PRE_EMPTED", C::NetworkFailure, 45},
    {"FACILITY_NOT_SUBSCRIBED", C::Rejected, 50},
    {"OUTGOING_CALL_BARRED", C::Rejected, 52},
    {"INCOMING_CALL_BARRED", C::Rejected, 54},
    {"BEARERCAPABILITY_NOTAUTH", C::Rejected, 57},
    {"BEARERCAPABILITY_NOTAVAIL", C::MediaFailure, 58},
    {"SERVICE_UNAVAILABLE", C::NetworkFailure, 63},
    {"BEARERCAPABILITY_NOTIMPL", C::MediaFailure, 65},
    {"CHAN_NOT_IMPLEMENTED", C::MediaFailure, 66},
    {"FACILITY_NOT_IMPLEMENTED", C::NetworkFailure, 69},
    {"SERVICE_NOT_IMPLEMENTED", C::NetworkFailure, 79},
    {"INVALID_CALL_REFERENCE", C::NetworkFailure, 81},
    {"INCOMPATIBLE_DESTINATION", C::MediaFailure, 88},
    {"INVALID_MSG_UNSPECIFIED", C::NetworkFailure, 95},
    {"MANDATORY_IE_MISSING", C::NetworkFailure, 96},
    {"MESSAGE_TYPE_NONEXIST", C::NetworkFailure, 97},
    {"WRONG_MESSAGE", C::NetworkFailure, 98},
    {"IE_NONEXIST", C::NetworkFailure, 99},
    {"INVALID_IE_CONTENTS", C::NetworkFailure, 100},
    {"WRONG_CALL_STATE", C::NetworkFailure, 101},
    {"RECOVERY_ON_TIMER_EXPIRE", C::NetworkFailure, 102},
    {"MANDATORY_IE_LENGTH_ERROR", C::NetworkFailure, 103},
    {"PROTOCOL_ERROR", C::NetworkFailure, 111},
    {"INTERWORKING", C::NetworkFailure, 127},
    // FreeSWITCH-internal causes (numbers above 127: no Q.850 value)
    {"ORIGINATOR_CANCEL", C::Canceled, 0},
    {"LOSE_RACE", C::Canceled, 0},
    {"PICKED_OFF", C::Canceled, 0},
    {"MEDIA_TIMEOUT", C::MediaFailure, 0},
    {"USER_NOT_REGISTERED", C::Unavailable, 0},
    {"PROGRESS_TIMEOUT", C::NoAnswer, 0},
    {"GATEWAY_DOWN", C::NetworkFailure, 0},
    {"INVALID_GATEWAY", C::NetworkFailure, 0},
    {"SYSTEM_SHUTDOWN", C::NetworkFailure, 0},
    {"CRASH", C::NetworkFailure, 0},
    {"MANAGER_REQUEST", C::Normal, 0},
    {"BLIND_TRANSFER", C::Normal, 0},
    {"ATTENDED_TRANSFER", C::Normal, 0},
    {"ALLOTTED_TIMEOUT", C::Normal, 0},
    {"USER_CHALLENGE", C::Rejected, 0},
    // Vobiz's names that are not FreeSWITCH's (seed 004)
    {"REJECTED", C::Rejected, 21},
    {"INVALID_NUMBER", C::InvalidNumber, 28},
    {"SERVER_ERROR", C::NetworkFailure, 0},
    {"UNKNOWN", C::Unknown, 0},
    // Plivo Zentrunk (SIP trunking) names; their codes reuse the Voice API's numbers with other
    // meanings (3000 is a normal hangup there), so the name is read before the code.
    {"NORMAL_HANGUP", C::Normal, 16},
    {"RTP_TIMEOUT", C::MediaFailure, 0},
    {"INSUFFICIENT_PLIVO_CREDITS", C::Canceled, 0},
    {"ABNORMAL_HANGUP_DUE_TO_REINVITE", C::NetworkFailure, 0},
    {"BAD_REQUEST", C::NetworkFailure, 41},
    {"CALL_REJECTED_UNAUTHORIZED", C::Rejected, 21},
    {"CALL_REJECTED_UNAUTHORIZED_BY_CARRIER", C::Rejected, 21},
};

HangupClassification make(HangupClass c, int q850)
{
    HangupClassification r;
    r.hangupClass = c;
    if (q850 > 0)
        r.q850 = q850;
    return r;
}

QString normalizedName(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool gap = false;
    for (const QChar ch : text) {
        if (ch.isLetterOrNumber()) {
            if (gap && !out.isEmpty())
                out += u'_';
            gap = false;
            out += ch.toUpper();
        } else {
            gap = true;
        }
    }
    // Plivo's pages spell both "Canceled" and "Cancelled".
    out.replace(QLatin1String("CANCELLED"), QLatin1String("CANCELED"));
    return out;
}

/// Every name: the table above plus Plivo's code names (taken from HangupCatalog, which owns
/// them), normalized. Built once; read-only afterwards.
const QHash<QString, HangupClassification> &nameTable()
{
    static const QHash<QString, HangupClassification> table = [] {
        QHash<QString, HangupClassification> t;
        // Each name under its normalized key and as providers spell it ("Normal Hangup",
        // Zentrunk's "normal_hangup"), so the common lookups need no normalizing.
        for (const PlivoEntry &e : kPlivo) {
            const HangupExplanation ex = HangupCatalog::explainPlivoCode(e.code);
            if (ex.known) {
                t.insert(normalizedName(ex.title), make(e.cls, e.q850));
                t.insert(ex.title, make(e.cls, e.q850));
            }
        }
        // The switch names win over a Plivo name that normalizes the same (NO_ANSWER, UNKNOWN).
        for (const NameEntry &e : kNames) {
            t.insert(QString::fromLatin1(e.name), make(e.cls, e.q850));
            t.insert(QString::fromLatin1(e.name).toLower(), make(e.cls, e.q850));
        }
        return t;
    }();
    return table;
}

struct Phrases
{
    HangupClass cls;
    std::array<const char *, 16> words; ///< lower case; nullptr ends the list
};

// Checked in this order: the first class with a phrase in the sentence wins. Media and network
// come first so "media timeout" or "normal temporary failure" are not read as no answer or normal.
constexpr Phrases kSentencePhrases[] = {
    {C::MediaFailure, {"media", "rtp", "codec", "bearer", "incompatible destination"}},
    {C::NetworkFailure, {"network", "congestion", "congested", "capacity", "temporary failure", "protocol",
                         "server error", "internal error", "routing", "gateway", "service unavailable",
                         "service is unavailable", "service is temporarily unavailable"}},
    {C::Busy, {"busy"}},
    {C::NoAnswer, {"no answer", "not answer", "n't answer", "unanswered", "no response", "not respond",
                   "not picked up", "ring timeout", "missed"}},
    {C::Canceled, {"cancel", "abandon", "hung up before", "answered elsewhere", "lost race"}},
    {C::Rejected, {"reject", "declin", "refus", "barred", "forbidden", "blocked", "unauthori", "spam"}},
    {C::InvalidNumber, {"unallocated", "not allocated", "invalid number", "number is invalid", "number format",
                        "invalid destination", "does not exist", "doesn't exist", "not in service",
                        "number changed", "address incomplete", "incomplete number", "wrong number",
                        "no route to destination"}},
    {C::Unavailable, {"unavailable", "unreachable", "not reachable", "out of order", "out of service",
                      "not registered", "absent", "cannot accept", "can't accept", "offline"}},
    {C::Normal, {"normal", "completed", "hung up", "hangup", "ended by", "terminated by"}},
};

/// "486 Busy Here" (our CarrierX cause text), "SIP 486", "Q.850;cause=16" (a SIP Reason header).
HangupClassification fromStructuredText(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype q = t.indexOf(QLatin1String("cause="), 0, Qt::CaseInsensitive);
    if (q >= 0 && t.startsWith(QLatin1String("Q.850"), Qt::CaseInsensitive)) {
        qsizetype end = q + 6;
        while (end < t.size() && t.at(end).isDigit())
            ++end;
        bool ok = false;
        const int n = t.mid(q + 6, end - q - 6).toInt(&ok);
        if (ok)
            return HangupClassifier::fromQ850(n);
    }
    QString digits = t;
    if (digits.startsWith(QLatin1String("SIP"), Qt::CaseInsensitive))
        digits = digits.mid(3).trimmed();
    if (digits.size() >= 3 && digits.at(0).isDigit() && digits.at(1).isDigit() && digits.at(2).isDigit()
        && (digits.size() == 3 || !digits.at(3).isDigit())) {
        const int n = digits.left(3).toInt();
        if (n >= 200 && n < 700)
            return HangupClassifier::fromSipCode(n);
    }
    return {};
}

/// A numeric code read the way its provider means it; codes in another family's range are read
/// in that family (1-127 Q.850, 200-699 SIP, 1000-9999 Plivo).
HangupClassification fromCode(Provider provider, const QString &code)
{
    bool ok = false;
    const int n = code.trimmed().toInt(&ok);
    if (!ok)
        return fromStructuredText(code);
    if (provider == Provider::CarrierX && n >= 100 && n < 700)
        return HangupClassifier::fromSipCode(n);
    if (n >= 1 && n <= 127)
        return HangupClassifier::fromQ850(n);
    if (n >= 200 && n < 700)
        return HangupClassifier::fromSipCode(n);
    if (n == 0 || (n >= 1000 && n <= 9999))
        return HangupClassifier::fromPlivoCode(n);
    return {};
}

bool connectedClass(HangupClass c)
{
    // A call that was answered can still end these ways.
    return c == C::Normal || c == C::NetworkFailure || c == C::MediaFailure;
}

HangupClass matchSentence(const QString &sentence)
{
    if (sentence.isEmpty())
        return C::Unknown;
    QString text = sentence.toLower();
    text.replace(u'_', u' ');
    for (const Phrases &p : kSentencePhrases) {
        for (const char *w : p.words) {
            if (!w)
                break;
            if (text.contains(QLatin1String(w)))
                return p.cls;
        }
    }
    return C::Unknown;
}

/// What a cause text says, read as a name (or a SIP/Q.850 text) and read as a sentence.
struct TextEvidence
{
    HangupClassification named;
    HangupClassification sentence;
};

TextEvidence textEvidence(const QString &cause)
{
    if (cause.isEmpty())
        return {};
    // Ingest meets the same few cause texts on every record, and reading a sentence costs
    // microseconds: remember recent answers, per thread so no lock is needed, bounded so odd
    // text cannot grow it.
    constexpr qsizetype kMemoLimit = 1024;
    thread_local QHash<QString, TextEvidence> memo;
    const auto hit = memo.constFind(cause);
    if (hit != memo.cend())
        return *hit;
    TextEvidence e;
    e.named = HangupClassifier::fromCauseName(cause);
    if (e.named.hangupClass == C::Unknown)
        e.named = fromStructuredText(cause);
    e.sentence = HangupClassifier::fromSentence(cause);
    if (memo.size() >= kMemoLimit)
        memo.clear();
    memo.insert(cause, e);
    return e;
}

} // namespace

HangupClassification HangupClassifier::fromQ850(int cause)
{
    for (const Q850Entry &e : kQ850) {
        if (e.cause == cause)
            return make(e.cls, cause);
    }
    // Q.850's classes: 32-47 resource unavailable, 48-63 service or option not available,
    // 64-79 not implemented, 80-95 invalid message, 96-111 protocol error, 112-127 interworking.
    if (cause >= 32 && cause <= 127)
        return make(C::NetworkFailure, cause);
    if (cause >= 1 && cause <= 31)
        return make(C::Unknown, cause);
    return {};
}

HangupClassification HangupClassifier::fromSipCode(int code)
{
    if (code >= 200 && code < 300)
        return make(C::Normal, 16);
    for (const SipEntry &e : kSip) {
        if (e.code == code)
            return make(e.cls, e.q850);
    }
    if (code >= 500 && code < 600)
        return make(C::NetworkFailure, 0);
    if (code >= 600 && code < 700)
        return make(C::Rejected, 0);
    return {}; // 1xx, 3xx and unlisted 4xx say nothing about why the call ended
}

HangupClassification HangupClassifier::fromPlivoCode(int code)
{
    for (const PlivoEntry &e : kPlivo) {
        if (e.code == code)
            return make(e.cls, e.q850);
    }
    return make(plivoRangeClass(code), 0);
}

HangupClassification HangupClassifier::fromCauseName(const QString &name)
{
    if (name.isEmpty())
        return {};
    const auto &table = nameTable();
    auto it = table.constFind(name);
    if (it == table.cend())
        it = table.constFind(normalizedName(name));
    return it == table.cend() ? HangupClassification() : *it;
}

HangupClassification HangupClassifier::fromSentence(const QString &sentence)
{
    return make(matchSentence(sentence), 0);
}


HangupClass HangupClassifier::classForStatus(CallStatus status)
{
    switch (status) {
    case CallStatus::Answered: return C::Normal;
    case CallStatus::Busy: return C::Busy;
    case CallStatus::NoAnswer: return C::NoAnswer;
    case CallStatus::Canceled: return C::Canceled;
    case CallStatus::Failed:     // failed says nothing about why
    case CallStatus::InProgress: // not ended yet
    case CallStatus::Unknown: break;
    }
    return C::Unknown;
}

HangupClassification HangupClassifier::classify(Provider provider, const QString &cause, const QString &code,
                                                CallStatus status)
{
    // Evidence in the order the provider's fields are most specific: CarrierX's SIP code is its
    // only evidence (the cause text is the reason phrase made from it); elsewhere the name beats
    // the code (Vobiz NO_ANSWER with the unlisted 4100, Zentrunk normal_hangup with 3000).
    HangupClassification found;
    std::optional<int> firstQ850;
    auto take = [&](const HangupClassification &c) {
        if (!firstQ850)
            firstQ850 = c.q850;
        if (c.hangupClass == C::Unknown)
            return false;
        found = c;
        return true;
    };
    std::optional<TextEvidence> text; // read only when needed: CarrierX's code usually decides
    auto named = [&] {
        if (!text)
            text = textEvidence(cause);
        return text->named;
    };
    auto sentence = [&] {
        if (!text)
            text = textEvidence(cause);
        return text->sentence;
    };
    const bool done = provider == Provider::CarrierX
        ? (take(fromCode(provider, code)) || take(named()) || take(sentence()))
        : (take(named()) || take(fromCode(provider, code)) || take(sentence()));

    const HangupClass byStatus = classForStatus(status);
    if (!done)
        return make(byStatus, firstQ850.value_or(0));

    // The status was judged from stronger evidence (answer time, talk or billed time, the
    // provider's state): a cause that contradicts it gives way, and so does its Q.850 number.
    const bool answered = status == CallStatus::Answered;
    const bool ended = status == CallStatus::NoAnswer || status == CallStatus::Busy
        || status == CallStatus::Canceled || status == CallStatus::Failed;
    if (answered && !connectedClass(found.hangupClass))
        return make(C::Normal, 0);
    if (ended && found.hangupClass == C::Normal)
        return make(byStatus, 0);
    return found;
}

QString HangupClassifier::displayName(HangupClass hangupClass)
{
    const char *text = QT_TRANSLATE_NOOP("cdr::HangupClassifier", "Unknown");
    switch (hangupClass) {
    case C::Normal: text = QT_TRANSLATE_NOOP("cdr::HangupClassifier", "Normal"); break;
    case C::Busy: text = QT_TRANSLATE_NOOP("cdr::HangupClassifier", "Busy"); break;
    case C::NoAnswer: text = QT_TRANSLATE_NOOP("cdr::HangupClassifier", "No answer"); break;
    case C::Rejected: text = QT_TRANSLATE_NOOP("cdr::HangupClassifier", "Rejected"); break;
    case C::Unavailable: text = QT_TRANSLATE_NOOP("cdr::HangupClassifier", "Unavailable"); break;
    case C::Canceled: text = QT_TRANSLATE_NOOP("cdr::HangupClassifier", "Canceled"); break;
    case C::InvalidNumber: text = QT_TRANSLATE_NOOP("cdr::HangupClassifier", "Invalid number"); break;
    case C::NetworkFailure: text = QT_TRANSLATE_NOOP("cdr::HangupClassifier", "Network failure"); break;
    case C::MediaFailure: text = QT_TRANSLATE_NOOP("cdr::HangupClassifier", "Media failure"); break;
    case C::Unknown: break;
    }
    return QCoreApplication::translate("cdr::HangupClassifier", text);
}

void HangupClassifier::apply(Call &call)
{
    const HangupClassification c = classify(call.provider, call.hangupCause, call.hangupCode, call.status);
    call.hangupClass = c.hangupClass;
    call.q850 = c.q850;
}

} // namespace cdr
