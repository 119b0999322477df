// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Explains hangup causes: Plivo/Vobiz numeric codes (exact code, else the category range,
// keeping the provider's own name), Vobiz FreeSWITCH-style text causes with their Q.850
// number, and SIP response codes (CarrierX). NexBro's sentence is kept as it is. Pure lookups, any thread.

#include "call.h"

namespace cdr {

struct HangupExplanation
{
    QString title;       ///< short name, e.g. "Normal Hangup", "486 Busy Here"
    QString explanation; ///< one plain-language sentence
    QString category;    ///< e.g. "Normal", "Canceled", "Callee", "Carrier", "Platform", "Webhook"
    QString q850;        ///< Q.850 number when known
    bool isNormal = false;
    bool known = false;  ///< false when only the range or nothing matched
};

class HangupCatalog
{
public:
    static HangupExplanation explain(const Call &call);
    static HangupExplanation explainPlivoCode(int code, const QString &providerName = QString());
    static HangupExplanation explainFreeSwitchCause(const QString &cause);
    static HangupExplanation explainSipCode(int code);
    /// Status implied by a SIP final response code (CarrierX has nothing else).
    static CallStatus statusForSipCode(int code);
    static CallStatus statusForPlivoCode(int code);
    static CallStatus statusForFreeSwitchCause(const QString &cause);
};

} // namespace cdr
