// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Masks phone numbers and IP addresses in a Call before it is exported or reported
// (`report --redact`): the party fields, leg destinations, technical media IPs and every
// string of the raw provider record. A phone number keeps its last two digits so analysts
// can still tell calls apart; an IPv4 address becomes "x.x.x.x". Pure, any thread.

#include <core/call.h>

namespace cdr {

class CallRedactor
{
public:
    static Call redact(const Call &call);
    /// Masks every phone number and IP address inside free text.
    static QString redactText(const QString &text);
    /// Masks the digits of a value known to be a phone number (keeps the last two).
    static QString maskPhone(const QString &number);
    static QJsonValue redactJson(const QJsonValue &value, const QString &key = QString());
};

} // namespace cdr
