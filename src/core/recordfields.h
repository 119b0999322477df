// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RecordFields: one provider record (a simdjson DOM object) read leniently, field by field.
//
// Every key any provider normalizer looks at has a slot; one pass over the record's keys fills
// them, so an alias list costs array lookups, not a scan per alias. The typed readers convert
// what a provider sends (numbers as strings, strings as numbers, "HH:MM:SS", epoch numbers)
// and add a warning naming the field for every value they had to drop. Warnings carry a \x01
// marker where the record's label goes: the label (source, index, id) is known only later.
//
// NormalizeContext holds the per-input caches (status words, codes, directions) and the
// options. Both are internal to cdrcore (they expose simdjson types) and belong to one thread.

#include "call.h"
#include "parseoptions.h"
#include "timestampparser.h"

#include <QStringList>

#include <simdjson.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace cdr {

namespace fk {
// Keys of provider records (and of nested legs, error-log intervals and technical blocks).
enum Key : int {
    call_uuid, request_uuid, from_number, from, to_number, to, call_direction, direction, initiation_time,
    session_start, created_at, answer_time, answered_at, end_time, ended_at, call_duration, duration,
    bill_duration, billed_duration, total_amount, total_cost, currency, hangup_cause_name, hangup_cause,
    hangup_cause_code, hangup_source, call_state, call_status, status, uuid, id, caller_id_number,
    caller_id_name, caller_name, destination_number, start_time, billsec, ring_time, cost, codec, mos, jitter,
    packet_loss, dr_sid, number_src, number_dst, date_start, date_talk, date_stop, duration_billing, price,
    rate, sipcause, disconnect_originator, codec_src, codec_dst, xml_cdr_uuid, caller_destination,
    start_epoch, answer_epoch, end_epoch, call_flow, audio_stats, technical, error_log, hangup_disposition,
    resource_uri, Stir_attestation, stir_attestation, stir_verification, stir_attest, stir_verstat,
    total_rate, call_rate, sip_call_id, sipcallid_src, sipcallid_dst, account_id, provider, duration_s,
    network_addr, carrier_ip, sip_user_agent, context, region, origination_region, trunk_id, bridge_uuid,
    terminated_to, transcoded, ip_src, ip_dst, type, forwarding_enabled, last_hold_time, answer_duration,
    time_to_answer, hold_duration, start, stop, flaws, duration_seconds, read_codec, write_codec,
    post_dial_delay, inbound, outbound, raw,
    KeyCount
};
const char *name(Key k);
} // namespace fk

class NormalizeContext
{
public:
    explicit NormalizeContext(const ParseOptions &options);
    const ParseOptions &options() const { return m_options; }

    const TimestampParser &timestamps() const { return m_timestamps; }
    CallStatus statusWord(std::string_view text);
    QString direction(std::string_view text);
    /// The same QString (shared, no allocation) for every repeat of a low-cardinality value:
    /// causes, codes, currencies, codecs. Bounded: past kMaxInterned values it stops caching.
    QString interned(std::string_view text);
    static constexpr size_t kMaxInterned = 4096;

private:
    struct TextHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };
    template<typename V>
    using TextMap = std::unordered_map<std::string, V, TextHash, std::equal_to<>>;

    ParseOptions m_options;
    TimestampParser m_timestamps;
    TextMap<CallStatus> m_statusWords;
    TextMap<QString> m_directions;
    TextMap<QString> m_interned;
};

class RecordFields
{
public:
    using element = simdjson::dom::element;

    RecordFields(const simdjson::dom::object &o, NormalizeContext &ctx, QStringList *warnings,
                 const QString &prefix = QString());

    bool has(fk::Key k) const { return m_has[k]; }
    /// Present, not null, and not an empty string.
    bool present(fk::Key k) const;
    const element &at(fk::Key k) const { return m_slot[k]; }
    /// The first alias present and not null; nullptr when none is.
    const element *value(std::initializer_list<fk::Key> keys, fk::Key *which = nullptr) const;

    QString str(std::initializer_list<fk::Key> keys) const;
    /// str() for low-cardinality values (causes, codes, codecs, currencies): shared strings.
    QString label(std::initializer_list<fk::Key> keys) const;
    /// The direction in lower case, trimmed ("outbound", "inbound", ...).
    QString direction(std::initializer_list<fk::Key> keys) const;
    /// The provider's state word as a status (Unknown when none or not one).
    CallStatus state(std::initializer_list<fk::Key> keys) const;
    std::optional<double> num(std::initializer_list<fk::Key> keys) const;
    std::optional<double> duration(std::initializer_list<fk::Key> keys) const;
    QDateTime time(std::initializer_list<fk::Key> keys) const;
    std::optional<bool> boolean(fk::Key key) const;
    /// The object or array under key; nullopt (with a warning when of another type) otherwise.
    std::optional<simdjson::dom::object> object(fk::Key key) const;
    std::optional<simdjson::dom::array> array(fk::Key key) const;

    NormalizeContext &context() const { return m_ctx; }
    QStringList *warnings() const { return m_warnings; }
    const QString &prefix() const { return m_prefix; }

    void warnType(fk::Key field, const element &got, const char *wanted) const;
    /// e (found as field `which`) as text; empty for none, and with a warning for an array or object.
    QString textOf(fk::Key which, const element *e) const;
    void warnText(fk::Key field, std::string_view text, const char *wanted) const;
    /// The first alias present as text for one of the context's word tables: a JSON string as
    /// it is (no copy), another value as textOf() kept in *buffer; nullopt when none is present.
    std::optional<std::string_view> word(std::initializer_list<fk::Key> keys, std::string *buffer) const;
    /// The value under key when it is of this type; nullptr when absent or null, and with a
    /// warning when of another type.
    const element *typed(fk::Key key, simdjson::dom::element_type type, const char *wanted) const;

    static const char *typeName(const element &e);
    static bool isNumber(const element &e);
    static double asDouble(const element &e);
    /// A JSON string or number as text (integral numbers without ".0", as ids need).
    static QString text(const element &e);
    /// Plain decimal text to a finite double ("12", "-4.25", " 3 "); nullopt otherwise.
    static std::optional<double> parseNumber(std::string_view s);

private:
    element m_slot[fk::KeyCount];
    bool m_has[fk::KeyCount] = {};
    NormalizeContext &m_ctx;
    QStringList *m_warnings;
    QString m_prefix; ///< "call_flow[2] " for nested records
};

} // namespace cdr
