// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordfields.h"

#include "timeparsing.h"

#include <QCoreApplication>

#include <array>
#include <charconv>
#include <chrono>
#include <cmath>

namespace cdr {

namespace {

const char *const kNames[fk::KeyCount] = {
    "call_uuid", "request_uuid", "from_number", "from", "to_number", "to", "call_direction", "direction",
    "initiation_time", "session_start", "created_at", "answer_time", "answered_at", "end_time", "ended_at",
    "call_duration", "duration", "bill_duration", "billed_duration", "total_amount", "total_cost",
    "currency", "hangup_cause_name", "hangup_cause", "hangup_cause_code", "hangup_source", "call_state",
    "call_status", "status", "uuid", "id", "caller_id_number", "caller_id_name", "caller_name",
    "destination_number", "start_time", "billsec", "ring_time", "cost", "codec", "mos", "jitter",
    "packet_loss", "dr_sid", "number_src", "number_dst", "date_start", "date_talk", "date_stop",
    "duration_billing", "price", "rate", "sipcause", "disconnect_originator", "codec_src", "codec_dst",
    "xml_cdr_uuid", "caller_destination", "start_epoch", "answer_epoch", "end_epoch", "call_flow",
    "audio_stats", "technical", "error_log", "hangup_disposition", "resource_uri", "Stir_attestation",
    "stir_attestation", "stir_verification", "stir_attest", "stir_verstat", "total_rate", "call_rate",
    "sip_call_id", "sipcallid_src", "sipcallid_dst", "account_id", "provider", "duration_s", "network_addr",
    "carrier_ip", "sip_user_agent", "context", "region", "origination_region", "trunk_id", "bridge_uuid",
    "terminated_to", "transcoded", "ip_src", "ip_dst", "type", "forwarding_enabled", "last_hold_time",
    "answer_duration", "time_to_answer", "hold_duration", "start", "stop", "flaws", "duration_seconds",
    "read_codec", "write_codec", "post_dial_delay", "inbound", "outbound", "raw",
};

// Open addressing on a hash of the key's length and four of its bytes: every record walks all
// of its keys through this table, so it must cost one short hash and one compare per key.
class KeyTable
{
public:
    KeyTable()
    {
        for (int k = 0; k < fk::KeyCount; ++k) {
            const std::string_view name(kNames[k]);
            size_t i = hash(name) & (kSlots - 1);
            while (m_slots[i].key >= 0)
                i = (i + 1) & (kSlots - 1);
            m_slots[i] = { name, k };
        }
    }
    int find(std::string_view name) const
    {
        size_t i = hash(name) & (kSlots - 1);
        while (m_slots[i].key >= 0) {
            if (m_slots[i].name == name)
                return m_slots[i].key;
            i = (i + 1) & (kSlots - 1);
        }
        return -1;
    }

private:
    static constexpr size_t kSlots = 1024;
    static size_t hash(std::string_view s)
    {
        const size_t n = s.size();
        if (n == 0)
            return 0;
        const quint32 a = uchar(s[0]), b = uchar(s[n - 1]), c = uchar(s[n / 2]), d = uchar(s[(n * 3) / 4]);
        const quint32 h = (quint32(n) * 0x9E3779B1u) ^ (a * 0x85EBCA77u) ^ (b * 0xC2B2AE3Du) ^ (c * 0x27D4EB2Fu)
            ^ (d * 0x165667B1u);
        return h ^ (h >> 13);
    }
    struct Slot
    {
        std::string_view name;
        int key = -1;
    };
    Slot m_slots[kSlots];
};

const KeyTable &keyTable()
{
    static const KeyTable table;
    return table;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

int twoDigits(std::string_view s, size_t pos)
{
    if (pos + 2 > s.size())
        return -1;
    const char a = s[pos], b = s[pos + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9')
        return -1;
    return (a - '0') * 10 + (b - '0');
}

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

const char *fk::name(Key k)
{
    return kNames[k];
}

// ---- NormalizeContext -------------------------------------------------------------------

NormalizeContext::NormalizeContext(const ParseOptions &options)
    : m_options(options)
    , m_timestamps(options.zone)
{
}

QString NormalizeContext::interned(std::string_view text)
{
    const auto it = m_interned.find(text);
    if (it != m_interned.end())
        return it->second;
    QString s = fromUtf8(text);
    if (m_interned.size() < kMaxInterned)
        m_interned.emplace(std::string(text), s);
    return s;
}

CallStatus NormalizeContext::statusWord(std::string_view text)
{
    const auto it = m_statusWords.find(text);
    if (it != m_statusWords.end())
        return it->second;
    QString s = fromUtf8(text).trimmed().toLower();
    s.replace(u'_', u'-');
    s.replace(u' ', u'-');
    CallStatus st = CallStatus::Unknown;
    if (s == QLatin1String("answer") || s == QLatin1String("answered") || s == QLatin1String("completed"))
        st = CallStatus::Answered;
    else if (s == QLatin1String("no-answer") || s == QLatin1String("noanswer") || s == QLatin1String("missed")
             || s == QLatin1String("unanswered"))
        st = CallStatus::NoAnswer;
    else if (s == QLatin1String("busy"))
        st = CallStatus::Busy;
    else if (s == QLatin1String("failed") || s == QLatin1String("failure") || s == QLatin1String("rejected"))
        st = CallStatus::Failed;
    else if (s == QLatin1String("canceled") || s == QLatin1String("cancelled") || s == QLatin1String("cancel"))
        st = CallStatus::Canceled;
    else if (s == QLatin1String("in-progress") || s == QLatin1String("ringing") || s == QLatin1String("queued")
             || s == QLatin1String("live") || s == QLatin1String("early-media"))
        st = CallStatus::InProgress;
    m_statusWords.emplace(std::string(text), st);
    return st;
}

QString NormalizeContext::direction(std::string_view text)
{
    auto it = m_directions.find(text);
    if (it == m_directions.end())
        it = m_directions.emplace(std::string(text), fromUtf8(text).trimmed().toLower()).first;
    return it->second;
}

// ---- RecordFields -----------------------------------------------------------------------

RecordFields::RecordFields(const simdjson::dom::object &o, NormalizeContext &ctx, QStringList *warnings,
                           const QString &prefix)
    : m_ctx(ctx), m_warnings(warnings), m_prefix(prefix)
{
    const KeyTable &table = keyTable();
    for (auto field : o) {
        const int k = table.find(field.key);
        if (k >= 0) {
            m_slot[k] = field.value;
            m_has[k] = true;
        }
    }
}

bool RecordFields::present(fk::Key k) const
{
    if (!m_has[k] || m_slot[k].is_null())
        return false;
    return !(m_slot[k].is_string() && std::string_view(m_slot[k]).empty());
}

const RecordFields::element *RecordFields::value(std::initializer_list<fk::Key> keys, fk::Key *which) const
{
    for (fk::Key k : keys) {
        if (m_has[k] && !m_slot[k].is_null()) {
            if (which)
                *which = k;
            return &m_slot[k];
        }
    }
    return nullptr;
}

const char *RecordFields::typeName(const element &e)
{
    switch (e.type()) {
    case simdjson::dom::element_type::NULL_VALUE: return "null";
    case simdjson::dom::element_type::BOOL: return "boolean";
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE: return "number";
    case simdjson::dom::element_type::STRING: return "string";
    case simdjson::dom::element_type::ARRAY: return "array";
    case simdjson::dom::element_type::OBJECT: return "object";
    }
    return "value";
}

bool RecordFields::isNumber(const element &e)
{
    const auto t = e.type();
    return t == simdjson::dom::element_type::INT64 || t == simdjson::dom::element_type::UINT64
        || t == simdjson::dom::element_type::DOUBLE;
}

double RecordFields::asDouble(const element &e)
{
    switch (e.type()) {
    case simdjson::dom::element_type::INT64: return double(int64_t(e));
    case simdjson::dom::element_type::UINT64: return double(uint64_t(e));
    case simdjson::dom::element_type::DOUBLE: return double(e) + 0.0; // -0.0 read as 0 (+0.0)
    default: return 0;
    }
}

QString RecordFields::text(const element &e)
{
    if (e.is_string())
        return fromUtf8(std::string_view(e));
    switch (e.type()) {
    case simdjson::dom::element_type::INT64: return QString::number(int64_t(e));
    case simdjson::dom::element_type::UINT64: return QString::number(uint64_t(e));
    case simdjson::dom::element_type::DOUBLE: {
        // An id or code sent as a number reads the same as one sent as a string.
        const double d = double(e);
        if (std::floor(d) == d && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case simdjson::dom::element_type::BOOL: return bool(e) ? QStringLiteral("true") : QStringLiteral("false");
    default: return QString();
    }
}

std::optional<double> RecordFields::parseNumber(std::string_view s)
{
    s = trimmed(s);
    if (s.empty())
        return std::nullopt;
    if (s.front() == '+')
        s.remove_prefix(1);
    double v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(v))
        return std::nullopt;
    return v + 0.0; // "-0" read as 0 (-0.0 + 0.0 is +0.0)
}

void RecordFields::warnType(fk::Key field, const element &got, const char *wanted) const
{
    if (m_warnings)
        m_warnings->append(QCoreApplication::translate("cdr::RecordFields", "%1: field '%2' is a %3 where a %4 was expected; ignored")
                               .arg(QString(QChar(1)), m_prefix + QLatin1String(fk::name(field)),
                                    QLatin1String(typeName(got)), QLatin1String(wanted)));
}

void RecordFields::warnText(fk::Key field, std::string_view text, const char *wanted) const
{
    if (m_warnings)
        m_warnings->append(QCoreApplication::translate("cdr::RecordFields", "%1: field '%2' value \"%3\" is not %4; ignored")
                               .arg(QString(QChar(1)), m_prefix + QLatin1String(fk::name(field)),
                                    fromUtf8(text).left(40), QLatin1String(wanted)));
}

QString RecordFields::textOf(fk::Key which, const element *e) const
{
    if (!e)
        return QString();
    if (e->is_array() || e->is_object()) {
        warnType(which, *e, "text");
        return QString();
    }
    return text(*e);
}

QString RecordFields::str(std::initializer_list<fk::Key> keys) const
{
    fk::Key which{};
    const element *e = value(keys, &which);
    return textOf(which, e);
}

QString RecordFields::label(std::initializer_list<fk::Key> keys) const
{
    fk::Key which{};
    const element *e = value(keys, &which);
    if (e && e->is_string())
        return m_ctx.interned(std::string_view(*e));
    return textOf(which, e);
}

std::optional<std::string_view> RecordFields::word(std::initializer_list<fk::Key> keys, std::string *buffer) const
{
    fk::Key which{};
    const element *e = value(keys, &which);
    if (!e)
        return std::nullopt;
    if (e->is_string())
        return std::string_view(*e);
    *buffer = textOf(which, e).toStdString();
    return std::string_view(*buffer);
}

QString RecordFields::direction(std::initializer_list<fk::Key> keys) const
{
    std::string buffer;
    return m_ctx.direction(word(keys, &buffer).value_or(std::string_view()));
}

CallStatus RecordFields::state(std::initializer_list<fk::Key> keys) const
{
    std::string buffer;
    const auto text = word(keys, &buffer);
    return text ? m_ctx.statusWord(*text) : CallStatus::Unknown;
}

std::optional<double> RecordFields::num(std::initializer_list<fk::Key> keys) const
{
    fk::Key which{};
    const element *e = value(keys, &which);
    if (!e)
        return std::nullopt;
    if (isNumber(*e)) {
        const double d = asDouble(*e);
        if (std::isfinite(d))
            return d;
        warnText(which, "non-finite", "a number");
        return std::nullopt;
    }
    if (e->is_string()) {
        const std::string_view s(*e);
        if (trimmed(s).empty())
            return std::nullopt;
        if (const auto v = parseNumber(s))
            return v;
        warnText(which, s, "a number");
        return std::nullopt;
    }
    warnType(which, *e, "number");
    return std::nullopt;
}

std::optional<double> RecordFields::duration(std::initializer_list<fk::Key> keys) const
{
    fk::Key which{};
    const element *e = value(keys, &which);
    if (!e)
        return std::nullopt;
    if (isNumber(*e))
        return asDouble(*e);
    if (e->is_string()) {
        const std::string_view s(*e);
        if (const auto v = parseNumber(s)) {
            if (*v < 0) {
                warnText(which, s, "a duration");
                return std::nullopt;
            }
            return v;
        }
        // "HH:MM:SS", the common NexBro shape, without a trip through QString.
        if (s.size() == 8 && s[2] == ':' && s[5] == ':') {
            const int h = twoDigits(s, 0), m = twoDigits(s, 3), sec = twoDigits(s, 6);
            if (h >= 0 && m >= 0 && sec >= 0)
                return (double(h) * 60 + m) * 60 + sec;
        }
        if (trimmed(s).empty())
            return std::nullopt;
        const auto d = TimeParsing::parseDuration(fromUtf8(s));
        if (!d)
            warnText(which, s, "a duration");
        return d;
    }
    warnType(which, *e, "duration");
    return std::nullopt;
}

QDateTime RecordFields::time(std::initializer_list<fk::Key> keys) const
{
    fk::Key which{};
    const element *e = value(keys, &which);
    if (!e)
        return {};
    std::optional<qint64> ms;
    if (e->is_string()) {
        const std::string_view s(*e);
        if (trimmed(s).empty())
            return {};
        ms = m_ctx.timestamps().parseMs(s);
        if (!ms) {
            warnText(which, s, "a timestamp");
            return {};
        }
    } else if (isNumber(*e)) {
        ms = TimestampParser::epochMs(asDouble(*e));
        if (!ms) {
            warnText(which, "out of range", "a timestamp");
            return {};
        }
    } else {
        warnType(which, *e, "timestamp");
        return {};
    }
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC); // Qt::UTC: no QTimeZone built per value
}

std::optional<bool> RecordFields::boolean(fk::Key key) const
{
    if (!m_has[key] || m_slot[key].is_null())
        return std::nullopt;
    const element &e = m_slot[key];
    if (e.is_bool())
        return bool(e);
    if (e.is_string()) {
        const QString s = fromUtf8(std::string_view(e)).trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes"))
            return true;
        if (s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("no") || s.isEmpty())
            return false;
    }
    if (isNumber(e))
        return asDouble(e) != 0;
    warnType(key, e, "boolean");
    return std::nullopt;
}

const RecordFields::element *RecordFields::typed(fk::Key key, simdjson::dom::element_type type, const char *wanted) const
{
    if (!m_has[key] || m_slot[key].is_null())
        return nullptr;
    if (m_slot[key].type() != type) {
        warnType(key, m_slot[key], wanted);
        return nullptr;
    }
    return &m_slot[key];
}

std::optional<simdjson::dom::object> RecordFields::object(fk::Key key) const
{
    const element *e = typed(key, simdjson::dom::element_type::OBJECT, "object");
    return e ? std::optional(simdjson::dom::object(*e)) : std::nullopt;
}

std::optional<simdjson::dom::array> RecordFields::array(fk::Key key) const
{
    const element *e = typed(key, simdjson::dom::element_type::ARRAY, "array");
    return e ? std::optional(simdjson::dom::array(*e)) : std::nullopt;
}

} // namespace cdr
