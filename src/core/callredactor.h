// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one redactor: masks phone numbers and IP addresses in a Call, or in text, before it is
// exported (the GUI's CSV/NDJSON export) or reported (`report --redact`): the party fields,
// leg destinations, technical media IPs and every string of the raw provider record. A phone
// number keeps its last two digits so analysts can still tell calls apart (+xxxxxxxxx30); a
// SIP user name is masked too; an IPv4 address becomes "x.x.x.x", an IPv6 one "x:x:x:x";
// times such as 12:14:19 are left alone. Pure, any thread.

#include "call.h"

namespace cdr {

class CallRedactor
{
public:
    static Call redact(const Call &call);
    /// Masks every phone number and IP address inside free text.
    static QString redactText(const QString &text);
    /// Masks IPv4 and IPv6 addresses only (free text that holds no numbers to mask).
    static QString redactAddresses(const QString &text);
    /// Masks the digits of a value known to be a phone number (keeps the last two), the
    /// letters of a SIP user part and any IP address in it.
    static QString maskPhone(const QString &number);
    static QJsonValue redactJson(const QJsonValue &value, const QString &key = QString());
};

} // namespace cdr
