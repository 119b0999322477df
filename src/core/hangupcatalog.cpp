// SPDX-License-Identifier: GPL-3.0-or-later
#include "hangupcatalog.h"

#include <QCoreApplication>


namespace cdr {

namespace {

/// One numbered code: Plivo's hangup code with its cause name, or a SIP response with its
/// reason phrase; the meaning is translated (context "cdr::HangupCatalog").
struct CodeEntry
{
    int code;
    const char *label;
    const char *meaning;
};

// Plivo's hangup-cause table (Vobiz publishes the same one, rebranded); see
// docs/provider-apis.md section 5 for sources.
constexpr CodeEntry kPlivoCodes[] = {
    {0, "Unknown", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The reason is unknown.")},
    {1000, "Canceled", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "Canceled before answer by an API request.")},
    {1010, "Canceled (Out Of Credits)", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "Canceled because the account ran out of credit.")},
    {1020, "Canceled (Simultaneous dial limit)", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "Canceled because the simultaneous dial limit was reached.")},
    {2000, "Invalid Destination Address", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The destination number or SIP address is invalid.")},
    {2010, "Destination Out Of Service", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The destination is out of service.")},
    {2020, "Endpoint Not Registered", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The SIP endpoint dialled is not registered.")},
    {2030, "Destination Country Barred", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "Calls to this country are blocked by the account's geo permissions.")},
    {2040, "Destination Number Barred", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "Calls to this number are blocked.")},
    {2050, "Destination Prefix Barred", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "Calls to this prefix are blocked.")},
    {2060, "Loop Detected", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The B leg would dial the A leg: a call loop.")},
    {2070, "Violates Media Anchoring", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The call violates the India media-anchoring rule.")},
    {3000, "No Answer", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The callee did not answer.")},
    {3010, "Busy Line", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The callee's line was busy.")},
    {3020, "Rejected", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The callee declined the call.")},
    {3030, "Unknown Caller ID", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The caller ID is not owned by the account.")},
    {3040, "Forbidden", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The call was forbidden by the carrier.")},
    {3050, "Unallocated number", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The number is not in service.")},
    {3070, "Request timeout", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The carrier timed out; a retry may succeed.")},
    {3080, "Internal server error from carrier", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The carrier had an internal error; a retry may succeed.")},
    {3090, "Network congestion from carrier", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The carrier's network was congested; a retry may succeed.")},
    {3100, "Busy everywhere", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The carrier reported the callee busy everywhere.")},
    {3110, "Declined", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The carrier reported the call declined.")},
    {3120, "User does not exist anywhere", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The carrier reported that the user does not exist.")},
    {3130, "Spam block", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The carrier flagged the caller ID as spam.")},
    {3140, "DNO Caller ID", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The caller ID is on the Do-Not-Originate list.")},
    {4000, "Normal Hangup", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "One of the parties hung up normally.")},
    {4010, "End Of XML Instructions", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The call ended after the last XML instruction.")},
    {4020, "Multiparty Call Ended", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The multiparty call (conference) ended.")},
    {4030, "Kicked Out Of Multiparty Call", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The participant was removed from the multiparty call.")},
    {5000, "Network Error", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "A platform network error ended the call.")},
    {5010, "Internal Error", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "A platform internal error ended the call.")},
    {5020, "Routing Error", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The platform could not route the call.")},
    {5030, "Concurrency Limit Breached", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The account's concurrency limit (India) was breached.")},
    {6000, "Scheduled Hangup", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The call reached its scheduled maximum duration.")},
    {6010, "Ring Timeout Reached", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The call was not answered within the ring timeout.")},
    {6020, "Media Timeout", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "No RTP was received for 60 seconds.")},
    {7011, "Error Reaching Answer URL", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The answer webhook returned an error or timed out.")},
    {7012, "Error Reaching Action URL", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The action webhook returned an error or timed out.")},
    {7013, "Error Reaching Transfer URL", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The transfer webhook returned an error or timed out.")},
    {7014, "Error Reaching Redirect URL", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The redirect webhook returned an error or timed out.")},
    {7022, "Invalid Action URL", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The action URL is malformed.")},
    {7023, "Invalid Transfer URL", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The transfer URL is malformed.")},
    {7024, "Invalid Redirect URL", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The redirect URL is malformed.")},
    {7032, "Invalid Method For Action URL", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The action URL's HTTP method is neither GET nor POST.")},
    {7033, "Invalid Method For Transfer URL", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The transfer URL's HTTP method is neither GET nor POST.")},
    {7034, "Invalid Method For Redirect URL", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The redirect URL's HTTP method is neither GET nor POST.")},
    {8011, "Invalid Answer XML", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The answer webhook returned invalid XML.")},
    {8012, "Invalid Action XML", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The action webhook returned invalid XML.")},
    {8013, "Invalid Transfer XML", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The transfer webhook returned invalid XML.")},
    {8014, "Invalid Redirect XML", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The redirect webhook returned invalid XML.")},
    {9000, "Lost Race", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "Another leg of a parallel dial answered first.")},
    {9100, "Machine Detected", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "Answering-machine detection hung up the call.")},
    {9110, "Confirm Key Challenge Failed", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The callee did not press the confirm key.")},
};

struct Range
{
    int from;
    int to;
    const char *category;
    const char *meaning;
    CallStatus status;
};

constexpr Range kPlivoRanges[] = {
    {0, 999, "Unknown", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The reason is unknown."), CallStatus::Unknown},
    {1000, 1999, "Canceled", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The call was canceled before it was answered."), CallStatus::Canceled},
    {2000, 2999, "Destination", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The destination could not be reached or is barred."), CallStatus::Failed},
    {3000, 3999, "Callee", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The callee or the callee's carrier did not take the call."), CallStatus::NoAnswer},
    {4000, 4999, "Normal", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The call ended normally."), CallStatus::Answered},
    {5000, 5999, "Platform", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "A platform error ended the call."), CallStatus::Failed},
    {6000, 6999, "Timeout", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "A timer ended the call."), CallStatus::Unknown},
    {7000, 7999, "Webhook", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "A webhook URL could not be reached or was invalid."), CallStatus::Failed},
    {8000, 8999, "Webhook", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "A webhook returned invalid XML."), CallStatus::Failed},
    {9000, 9999, "Dialing", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The dialling logic ended this leg."), CallStatus::Canceled},
};

struct FsEntry
{
    const char *cause;
    const char *q850;
    const char *meaning;
    CallStatus status;
};

// Vobiz's text causes; Q.850 numbers from FreeSWITCH's hangup-cause table. Those that are not
// FreeSWITCH names (REJECTED, INVALID_NUMBER, SERVER_ERROR, UNKNOWN) carry no number.
constexpr FsEntry kFsCauses[] = {
    {"NORMAL_CLEARING", "16", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "One of the parties hung up normally."), CallStatus::Answered},
    {"USER_BUSY", "17", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The called party is busy."), CallStatus::Busy},
    {"NO_ANSWER", "19", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The called party did not answer within the timeout."), CallStatus::NoAnswer},
    {"ORIGINATOR_CANCEL", "487", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The caller cancelled before the call was answered (FreeSWITCH-internal code)."), CallStatus::Canceled},
    {"CALL_REJECTED", "21", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The destination explicitly rejected the call."), CallStatus::Failed},
    {"REJECTED", "", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The SIP endpoint refused the INVITE."), CallStatus::Failed},
    {"INVALID_NUMBER", "", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The dialled number format is invalid."), CallStatus::Failed},
    {"UNALLOCATED_NUMBER", "1", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The number is valid but not allocated to any subscriber."), CallStatus::Failed},
    {"SERVICE_UNAVAILABLE", "63", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The destination service is temporarily unavailable."), CallStatus::Failed},
    {"SERVER_ERROR", "", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "An internal server error occurred during call setup."), CallStatus::Failed},
    {"MEDIA_TIMEOUT", "", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "No RTP media was received: likely a firewall or network issue (FreeSWITCH-internal)."), CallStatus::Answered},
    {"PROTOCOL_ERROR", "111", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "A SIP protocol violation or malformed message."), CallStatus::Failed},
    {"NETWORK_OUT_OF_ORDER", "38", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "A severe network failure prevented routing."), CallStatus::Failed},
    {"DESTINATION_OUT_OF_ORDER", "27", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The destination endpoint cannot accept the call."), CallStatus::Failed},
    {"NORMAL_TEMPORARY_FAILURE", "41", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "A generic temporary failure; retrying may succeed."), CallStatus::Failed},
    {"SWITCH_CONGESTION", "42", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The SIP switch is at capacity."), CallStatus::Failed},
    {"UNKNOWN", "", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "An error not mapped to a standard cause."), CallStatus::Unknown},
};

constexpr CodeEntry kSipCodes[] = {
    {200, "OK", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The call was answered.")},
    {400, "Bad Request", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The request was malformed.")},
    {401, "Unauthorized", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The request needed authentication.")},
    {402, "Payment Required", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The account needs funds.")},
    {403, "Forbidden", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The destination or carrier refused the call.")},
    {404, "Not Found", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The number does not exist.")},
    {407, "Proxy Authentication Required", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The proxy needed authentication.")},
    {408, "Request Timeout", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "Nobody answered in time.")},
    {410, "Gone", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The number is no longer in service.")},
    {480, "Temporarily Unavailable", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The callee is not reachable now (often no answer).")},
    {481, "Call/Transaction Does Not Exist", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "A SIP dialog mismatch.")},
    {484, "Address Incomplete", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The number is incomplete.")},
    {486, "Busy Here", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The callee is busy.")},
    {487, "Request Terminated", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The caller cancelled before answer.")},
    {488, "Not Acceptable Here", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "No common codec or media.")},
    {500, "Server Internal Error", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The far end had an internal error.")},
    {502, "Bad Gateway", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "A gateway failed.")},
    {503, "Service Unavailable", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The far end is overloaded or down.")},
    {504, "Server Time-out", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "A gateway timed out.")},
    {600, "Busy Everywhere", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The callee is busy everywhere.")},
    {603, "Decline", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The callee declined the call.")},
    {604, "Does Not Exist Anywhere", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The number does not exist anywhere.")},
    {606, "Not Acceptable", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The call cannot be accepted.")},
    {183, "Session Progress", QT_TRANSLATE_NOOP("cdr::HangupCatalog", "The call was still in progress.")},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("cdr::HangupCatalog", text);
}

} // namespace

HangupExplanation HangupCatalog::explainPlivoCode(int code, const QString &providerName)
{
    HangupExplanation e;
    for (const auto &entry : kPlivoCodes) {
        if (entry.code == code) {
            e.title = providerName.isEmpty() ? QString::fromLatin1(entry.label) : providerName;
            e.explanation = tr(entry.meaning);
            e.known = true;
            break;
        }
    }
    for (const auto &r : kPlivoRanges) {
        if (code >= r.from && code <= r.to) {
            e.category = QString::fromLatin1(r.category);
            if (!e.known) {
                // Unlisted code (e.g. Vobiz's 4100 "No Answer"): keep the provider's own name
                // and explain by the category range it falls in.
                e.title = providerName.isEmpty() ? tr("Code %1").arg(code) : providerName;
                e.explanation = tr(r.meaning);
            }
            break;
        }
    }
    if (e.category.isEmpty()) {
        e.title = providerName.isEmpty() ? tr("Code %1").arg(code) : providerName;
        e.explanation = tr("This code is not in the provider's published table.");
        e.category = QStringLiteral("Unknown");
    }
    e.isNormal = code >= 4000 && code < 4100;
    return e;
}

CallStatus HangupCatalog::statusForPlivoCode(int code)
{
    switch (code) {
    case 3000: case 6010: return CallStatus::NoAnswer;
    case 3010: case 3100: return CallStatus::Busy;
    case 3020: case 3110: return CallStatus::Failed;
    default: break;
    }
    for (const auto &r : kPlivoRanges) {
        if (code >= r.from && code <= r.to)
            return r.status;
    }
    return CallStatus::Unknown;
}

HangupExplanation HangupCatalog::explainFreeSwitchCause(const QString &cause)
{
    HangupExplanation e;
    e.title = cause;
    const QString upper = cause.trimmed().toUpper();
    for (const auto &entry : kFsCauses) {
        if (upper == QLatin1String(entry.cause)) {
            e.explanation = tr(entry.meaning);
            e.q850 = QString::fromLatin1(entry.q850);
            e.known = true;
            e.isNormal = upper == QLatin1String("NORMAL_CLEARING");
            e.category = e.isNormal ? QStringLiteral("Normal") : QStringLiteral("Failure");
            return e;
        }
    }
    e.explanation = tr("A switch hangup cause not in Vobiz's published list.");
    e.category = QStringLiteral("Unknown");
    return e;
}

CallStatus HangupCatalog::statusForFreeSwitchCause(const QString &cause)
{
    const QString upper = cause.trimmed().toUpper();
    for (const auto &entry : kFsCauses) {
        if (upper == QLatin1String(entry.cause))
            return entry.status;
    }
    return CallStatus::Unknown;
}

HangupExplanation HangupCatalog::explainSipCode(int code)
{
    HangupExplanation e;
    for (const auto &entry : kSipCodes) {
        if (entry.code == code) {
            e.title = QStringLiteral("%1 %2").arg(code).arg(QLatin1String(entry.label));
            e.explanation = tr(entry.meaning);
            e.known = true;
            break;
        }
    }
    if (!e.known) {
        e.title = QStringLiteral("SIP %1").arg(code);
        if (code >= 200 && code < 300)
            e.explanation = tr("A success response: the call was answered.");
        else if (code >= 400 && code < 500)
            e.explanation = tr("A client-error response: the request could not be completed as sent.");
        else if (code >= 500 && code < 600)
            e.explanation = tr("A server-error response: the far end failed.");
        else if (code >= 600 && code < 700)
            e.explanation = tr("A global-failure response: no destination will take the call.");
        else
            e.explanation = tr("Not a SIP final response code.");
    }
    e.isNormal = code >= 200 && code < 300;
    e.category = code < 300 ? QStringLiteral("Normal") : code < 500 ? QStringLiteral("Callee")
               : code < 600 ? QStringLiteral("Carrier") : QStringLiteral("Callee");
    return e;
}

CallStatus HangupCatalog::statusForSipCode(int code)
{
    // General SIP classes; CarrierX documents nothing more specific.
    if (code >= 200 && code < 300)
        return CallStatus::Answered;
    if (code == 486 || code == 600)
        return CallStatus::Busy;
    if (code == 487)
        return CallStatus::Canceled;
    if (code == 408 || code == 480)
        return CallStatus::NoAnswer;
    if (code >= 100 && code < 200)
        return CallStatus::InProgress;
    if (code >= 300)
        return CallStatus::Failed;
    return CallStatus::Unknown;
}

HangupExplanation HangupCatalog::explain(const Call &call)
{
    bool isInt = false;
    const int code = call.hangupCode.toInt(&isInt);
    switch (call.provider) {
    case Provider::CarrierX:
        if (isInt) {
            HangupExplanation e = explainSipCode(code);
            if (!call.hangupSource.isEmpty())
                e.explanation += QLatin1Char(' ') + tr("Disconnected by %1.").arg(call.hangupSource);
            return e;
        }
        break;
    case Provider::Plivo:
    case Provider::Vobiz: {
        // Vobiz CDRs carry both a text cause and a numeric code: the text is more specific.
        if (!call.hangupCause.isEmpty() && call.hangupCause == call.hangupCause.toUpper()
            && call.hangupCause.contains(u'_') ) {
            HangupExplanation e = explainFreeSwitchCause(call.hangupCause);
            if (e.known)
                return e;
        }
        if (isInt)
            return explainPlivoCode(code, call.hangupCause);
        if (!call.hangupCause.isEmpty())
            return explainFreeSwitchCause(call.hangupCause);
        break;
    }
    case Provider::NexBro: {
        HangupExplanation e;
        e.title = call.hangupCause;
        e.explanation = call.hangupCause; // NexBro sends a sentence already; keep it as is.
        e.known = !call.hangupCause.isEmpty();
        e.isNormal = call.hangupCause.contains(QLatin1String("normally"), Qt::CaseInsensitive);
        e.category = e.isNormal ? QStringLiteral("Normal") : QStringLiteral("Unknown");
        return e;
    }
    case Provider::Unknown:
        break;
    }
    HangupExplanation e;
    e.title = call.hangupCause.isEmpty() ? call.hangupCode : call.hangupCause;
    e.explanation = e.title.isEmpty() ? tr("The provider reported no hangup cause.") : e.title;
    e.category = QStringLiteral("Unknown");
    return e;
}

} // namespace cdr
