// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkimporter.h"

#include "hangupcatalog.h"
#include "logging.h"
#include "recordparser.h"
#include "timeparsing.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

#include <array>
#include <charconv>
#include <cstring>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cdr {

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

QString tr(const char *text)
{
    return QCoreApplication::translate("cdr::BulkImporter", text);
}

// Every key any provider reader looks at. One pass over a record's fields fills a slot per
// key, so aliases cost an array lookup instead of a scan of the object per alias.
enum Key : int {
    k_call_uuid, k_request_uuid, k_from_number, k_from, k_to_number, k_to, k_call_direction, k_direction,
    k_initiation_time, k_session_start, k_created_at, k_answer_time, k_answered_at, k_end_time, k_ended_at,
    k_call_duration, k_duration, k_bill_duration, k_billed_duration, k_total_amount, k_total_cost, k_currency,
    k_hangup_cause_name, k_hangup_cause, k_hangup_cause_code, k_hangup_source, k_call_state, k_call_status,
    k_status, k_uuid, k_id, k_caller_id_number, k_destination_number, k_start_time, k_billsec, k_cost, k_codec,
    k_mos, k_jitter, k_packet_loss, k_dr_sid, k_number_src, k_number_dst, k_date_start, k_date_talk, k_date_stop,
    k_duration_billing, k_price, k_sipcause, k_disconnect_originator, k_codec_src, k_codec_dst, k_xml_cdr_uuid,
    k_caller_destination, k_start_epoch, k_answer_epoch, k_end_epoch, k_call_flow, k_audio_stats, k_technical,
    k_error_log, k_hangup_disposition, k_resource_uri, k_Stir_attestation, k_provider, k_duration_s,
    k_account_id,
    KeyCount
};

const std::unordered_map<std::string_view, int> &keyList()
{
    static const std::unordered_map<std::string_view, int> table = {
        {"call_uuid", k_call_uuid}, {"request_uuid", k_request_uuid}, {"from_number", k_from_number},
        {"from", k_from}, {"to_number", k_to_number}, {"to", k_to}, {"call_direction", k_call_direction},
        {"direction", k_direction}, {"initiation_time", k_initiation_time}, {"session_start", k_session_start},
        {"created_at", k_created_at}, {"answer_time", k_answer_time}, {"answered_at", k_answered_at},
        {"end_time", k_end_time}, {"ended_at", k_ended_at}, {"call_duration", k_call_duration},
        {"duration", k_duration}, {"bill_duration", k_bill_duration}, {"billed_duration", k_billed_duration},
        {"total_amount", k_total_amount}, {"total_cost", k_total_cost}, {"currency", k_currency},
        {"hangup_cause_name", k_hangup_cause_name}, {"hangup_cause", k_hangup_cause},
        {"hangup_cause_code", k_hangup_cause_code}, {"hangup_source", k_hangup_source},
        {"call_state", k_call_state}, {"call_status", k_call_status}, {"status", k_status}, {"uuid", k_uuid},
        {"id", k_id}, {"caller_id_number", k_caller_id_number}, {"destination_number", k_destination_number},
        {"start_time", k_start_time}, {"billsec", k_billsec}, {"cost", k_cost}, {"codec", k_codec},
        {"mos", k_mos}, {"jitter", k_jitter}, {"packet_loss", k_packet_loss}, {"dr_sid", k_dr_sid},
        {"number_src", k_number_src}, {"number_dst", k_number_dst}, {"date_start", k_date_start},
        {"date_talk", k_date_talk}, {"date_stop", k_date_stop}, {"duration_billing", k_duration_billing},
        {"price", k_price}, {"sipcause", k_sipcause}, {"disconnect_originator", k_disconnect_originator},
        {"codec_src", k_codec_src}, {"codec_dst", k_codec_dst}, {"xml_cdr_uuid", k_xml_cdr_uuid},
        {"caller_destination", k_caller_destination}, {"start_epoch", k_start_epoch},
        {"answer_epoch", k_answer_epoch}, {"end_epoch", k_end_epoch}, {"call_flow", k_call_flow},
        {"audio_stats", k_audio_stats}, {"technical", k_technical}, {"error_log", k_error_log},
        {"hangup_disposition", k_hangup_disposition}, {"resource_uri", k_resource_uri},
        {"Stir_attestation", k_Stir_attestation}, {"provider", k_provider}, {"duration_s", k_duration_s},
        {"account_id", k_account_id},
    };
    return table;
}

// keyList() as an open-addressed table on FNV-1a: one short hash and one compare per field,
// no allocation and no bucket chains, since every record walks all of its keys through it.
class KeyTable
{
public:
    KeyTable()
    {
        for (const auto &[name, key] : keyList()) {
            size_t i = hash(name) & (kSlots - 1);
            while (m_slots[i].key >= 0)
                i = (i + 1) & (kSlots - 1);
            m_slots[i] = { name, key };
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
    static constexpr size_t kSlots = 512;
    // No loop over the key: its length and four of its bytes tell the ~70 known keys apart
    // well enough for linear probing, and the full compare settles it.
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

QByteArrayView view(std::string_view s)
{
    return QByteArrayView(s.data(), qsizetype(s.size()));
}

// A decimal number written plainly ("12", "-4.25015", "1e3"); anything else goes to Qt's own
// conversion so odd spellings are judged exactly as RecordParser judges them.
std::optional<double> plainNumber(std::string_view s, bool *plain)
{
    *plain = false;
    if (s.empty() || s.front() == '+' || isSpace(s.front()) || isSpace(s.back()))
        return std::nullopt;
    double v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(v))
        return std::nullopt;
    // from_chars accepts "inf"/"nan" spellings and hex floats never; digits only here.
    *plain = true;
    return v;
}

std::optional<double> qtStringNumber(std::string_view s)
{
    const QString q = QString::fromUtf8(s.data(), qsizetype(s.size())).trimmed();
    if (q.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double d = q.toDouble(&ok);
    if (ok && std::isfinite(d))
        return d;
    return std::nullopt;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * unsigned(m + (m > 2 ? -3 : 9)) + 2) / 5 + unsigned(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
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

// Heterogeneous lookup: a string_view finds a std::string key without building one.
struct TextHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

// Per-import state: caches of the low-cardinality conversions (status words, hangup codes,
// directions) so each distinct value goes through Qt and the hangup catalog once.
class Context
{
public:
    explicit Context(const ParseOptions &options) : m_options(options)
    {
        m_zoneIsUtc = options.zone == QTimeZone::utc()
            || (options.zone.isValid() && options.zone.id() == QByteArrayLiteral("UTC"));
        m_account = options.account.toUtf8();
    }

    const ParseOptions &options() const { return m_options; }
    QByteArrayView account() const { return m_account; }

    // TimeParsing::parseTimestamp, fast for the shapes providers send.
    qint64 timestamp(std::string_view s)
    {
        bool handled = false;
        const qint64 t = fastTimestamp(s, &handled);
        if (handled)
            return t;
        const QDateTime dt = TimeParsing::parseTimestamp(QString::fromUtf8(s.data(), qsizetype(s.size())),
                                                         m_options.zone);
        return dt.isValid() ? dt.toMSecsSinceEpoch() : BulkRow::kMissingTime;
    }

    // statusFromText of recordparser.cpp, once per distinct word.
    CallStatus statusFromText(std::string_view text)
    {
        auto it = m_statusWords.find(text);
        if (it != m_statusWords.end())
            return it->second;
        QString s = QString::fromUtf8(text.data(), qsizetype(text.size())).trimmed().toLower();
        s.replace(u'_', u'-');
        s.replace(u' ', u'-');
        CallStatus st = CallStatus::Unknown;
        if (s.isEmpty())
            st = CallStatus::Unknown;
        else if (s == QLatin1String("answer") || s == QLatin1String("answered") || s == QLatin1String("completed"))
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

    // QString::toInt on the code text.
    std::optional<int> code(std::string_view text)
    {
        auto it = m_codes.find(text);
        if (it != m_codes.end())
            return it->second;
        bool ok = false;
        const int v = QString::fromUtf8(text.data(), qsizetype(text.size())).toInt(&ok);
        const std::optional<int> r = ok ? std::optional<int>(v) : std::nullopt;
        m_codes.emplace(std::string(text), r);
        return r;
    }

    CallStatus freeSwitchStatus(std::string_view cause)
    {
        auto it = m_fsCauses.find(cause);
        if (it != m_fsCauses.end())
            return it->second;
        const CallStatus st = HangupCatalog::statusForFreeSwitchCause(
            QString::fromUtf8(cause.data(), qsizetype(cause.size())));
        m_fsCauses.emplace(std::string(cause), st);
        return st;
    }

    CallStatus plivoStatus(int code)
    {
        auto it = m_plivoCodes.find(code);
        if (it != m_plivoCodes.end())
            return it->second;
        const CallStatus st = HangupCatalog::statusForPlivoCode(code);
        m_plivoCodes.emplace(code, st);
        return st;
    }

    struct Sip
    {
        CallStatus status;
        QByteArray title;
    };
    const Sip &sip(int code)
    {
        auto it = m_sip.find(code);
        if (it == m_sip.end())
            it = m_sip.emplace(code, Sip{ HangupCatalog::statusForSipCode(code),
                                          HangupCatalog::explainSipCode(code).title.toUtf8() }).first;
        return it->second;
    }

    // lowerDirection: trimmed().toLower().
    QByteArrayView direction(std::string_view raw)
    {
        auto it = m_directions.find(raw);
        if (it == m_directions.end())
            it = m_directions.emplace(std::string(raw),
                                      QString::fromUtf8(raw.data(), qsizetype(raw.size())).trimmed().toLower().toUtf8()).first;
        return it->second;
    }

    // A codec pair joined as NexBro's reader joins it.
    QByteArrayView codecPair(std::string_view read, std::string_view write)
    {
        std::string key(read);
        key += '\0';
        key += write;
        auto it = m_codecs.find(key);
        if (it == m_codecs.end()) {
            QByteArray v;
            if (write.empty() || write == read)
                v = QByteArray(read.data(), qsizetype(read.size()));
            else if (read.empty())
                v = QByteArray(write.data(), qsizetype(write.size()));
            else
                v = QByteArray(read.data(), qsizetype(read.size())) + '/' + QByteArray(write.data(), qsizetype(write.size()));
            it = m_codecs.emplace(key, v).first;
        }
        return it->second;
    }

private:
    qint64 fastTimestamp(std::string_view s, bool *handled)
    {
        *handled = false;
        // YYYY-MM-DD[( |T)HH:MM[:SS[.fff]]][Z|+hh:mm|-hh:mm|+hhmm|+hh], nothing else.
        if (s.size() < 10 || s.size() > 40 || isSpace(s.front()) || isSpace(s.back()))
            return 0;
        const int y1 = twoDigits(s, 0), y2 = twoDigits(s, 2);
        const int month = twoDigits(s, 5), day = twoDigits(s, 8);
        if (y1 < 0 || y2 < 0 || month < 0 || day < 0 || s[4] != '-' || s[7] != '-')
            return 0;
        const int year = y1 * 100 + y2;
        static constexpr int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        if (month < 1 || month > 12 || day < 1)
            return 0;
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        if (day > mdays[month - 1] + (month == 2 && leap ? 1 : 0) || year == 0)
            return 0;
        int hour = 0, minute = 0, second = 0, msec = 0;
        size_t pos = 10;
        if (pos < s.size() && (s[pos] == ' ' || s[pos] == 'T' || s[pos] == 't')) {
            hour = twoDigits(s, pos + 1);
            if (hour < 0 || s.size() < pos + 6 || s[pos + 3] != ':')
                return 0;
            minute = twoDigits(s, pos + 4);
            if (minute < 0)
                return 0;
            pos += 6;
            if (pos < s.size() && s[pos] == ':') {
                second = twoDigits(s, pos + 1);
                if (second < 0)
                    return 0;
                pos += 3;
                if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
                    ++pos;
                    int scale = 100;
                    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                        msec += (s[pos] - '0') * scale;
                        scale /= 10;
                        ++pos;
                    }
                }
            }
        }
        if (hour > 23 || minute > 59 || second > 59)
            return 0;
        const std::string_view zone = s.substr(pos);
        qint64 offsetS = 0;
        if (zone.empty()) {
            if (!m_zoneIsUtc)
                return 0; // local time in a real zone: DST rules, leave it to QDateTime
        } else if (zone == "Z" || zone == "z" || zone == "UTC" || zone == "GMT") {
            offsetS = 0;
        } else if (zone[0] == '+' || zone[0] == '-') {
            int oh = -1, om = 0;
            if (zone.size() == 6 && zone[3] == ':') {
                oh = twoDigits(zone, 1);
                om = twoDigits(zone, 4);
            } else if (zone.size() == 5) {
                oh = twoDigits(zone, 1);
                om = twoDigits(zone, 3);
            } else if (zone.size() == 3) {
                oh = twoDigits(zone, 1);
            }
            if (oh < 0 || om < 0 || oh > 18 || om > 59)
                return 0;
            offsetS = (zone[0] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        } else {
            return 0;
        }
        *handled = true;
        const qint64 days = daysFromCivil(year, month, day);
        return ((days * 86400 + hour * 3600 + minute * 60 + second) - offsetS) * 1000 + msec;
    }

    const ParseOptions &m_options;
    bool m_zoneIsUtc = true;
    QByteArray m_account;
    template<typename V>
    using TextMap = std::unordered_map<std::string, V, TextHash, std::equal_to<>>;
    TextMap<CallStatus> m_statusWords;
    TextMap<std::optional<int>> m_codes;
    TextMap<CallStatus> m_fsCauses;
    std::unordered_map<int, CallStatus> m_plivoCodes;
    std::unordered_map<int, Sip> m_sip;
    TextMap<QByteArray> m_directions;
    std::unordered_map<std::string, QByteArray> m_codecs;
};

// Thrown-free signal that a record needs RecordParser (a value of a type the fast path does
// not mirror, e.g. an object where text was expected).
struct Slow
{
    bool needed = false;
};

// One record's fields, read once into slots.
class Fields
{
public:
    explicit Fields(const object &o)
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

    bool has(int k) const { return m_has[k]; }
    const element &at(int k) const { return m_slot[k]; }

    // FieldReader::value: the first alias present and not null.
    const element *value(std::initializer_list<int> keys) const
    {
        for (int k : keys) {
            if (m_has[k] && !m_slot[k].is_null())
                return &m_slot[k];
        }
        return nullptr;
    }

private:
    element m_slot[KeyCount];
    bool m_has[KeyCount] = {};
};

// Scratch space for strings that are not views into the document (numbers written as text).
QByteArray numberText(double d)
{
    if (std::floor(d) == d && std::fabs(d) < 1e15)
        return QByteArray::number(qint64(d));
    return QByteArray::number(d, 'g', 17);
}

struct Scratch
{
    // Numbers written as text (an id or code sent as a JSON number) land in small inline
    // buffers; longer text in QByteArrays, whose bytes stay put as the vector grows.
    char small[16][24];
    int used = 0;
    std::vector<QByteArray> buf;
    QByteArrayView keep(QByteArray s)
    {
        buf.push_back(std::move(s));
        return buf.back();
    }
    QByteArrayView number(double d)
    {
        if (used < 16 && std::floor(d) == d && std::fabs(d) < 1e15) {
            char *b = small[used++];
            const auto r = std::to_chars(b, b + 24, qint64(d));
            return QByteArrayView(b, r.ptr - b);
        }
        return keep(numberText(d));
    }
};

double asDouble(const element &e)
{
    switch (e.type()) {
    case element_type::INT64: return double(int64_t(e));
    case element_type::UINT64: return double(uint64_t(e));
    case element_type::DOUBLE: return double(e);
    default: return 0;
    }
}

bool isNumber(const element &e)
{
    const auto t = e.type();
    return t == element_type::INT64 || t == element_type::UINT64 || t == element_type::DOUBLE;
}

// FieldReader::str
QByteArrayView str(const element *e, Scratch &scratch, Slow &slow)
{
    if (!e)
        return {};
    if (e->is_string())
        return view(std::string_view(*e));
    if (isNumber(*e))
        return scratch.number(asDouble(*e));
    if (e->is_bool())
        return bool(*e) ? QByteArrayView("true") : QByteArrayView("false");
    slow.needed = true; // array/object: RecordParser writes it as JSON and warns
    return {};
}

std::string_view sv(QByteArrayView v)
{
    return std::string_view(v.data(), size_t(v.size()));
}

// FieldReader::num
double num(const element *e, Slow &slow)
{
    if (!e)
        return BulkRow::kMissing;
    if (isNumber(*e))
        return asDouble(*e);
    if (e->is_string()) {
        const std::string_view s(*e);
        bool plain = false;
        if (const auto v = plainNumber(s, &plain))
            return *v;
        if (trimmed(s).empty())
            return BulkRow::kMissing;
        if (const auto v = qtStringNumber(s))
            return *v;
        slow.needed = true; // unreadable text: RecordParser warns
        return BulkRow::kMissing;
    }
    slow.needed = true;
    return BulkRow::kMissing;
}

// FieldReader::duration
double duration(const element *e, Slow &slow)
{
    if (!e)
        return BulkRow::kMissing;
    if (isNumber(*e))
        return asDouble(*e);
    if (e->is_string()) {
        const std::string_view s(*e);
        bool plain = false;
        if (const auto v = plainNumber(s, &plain))
            return *v;
        // "HH:MM:SS" with plain two-part digits is the common NexBro shape.
        if (s.size() == 8 && s[2] == ':' && s[5] == ':') {
            const int h = twoDigits(s, 0), m = twoDigits(s, 3), sec = twoDigits(s, 6);
            if (h >= 0 && m >= 0 && sec >= 0)
                return (double(h) * 60 + m) * 60 + sec;
        }
        if (trimmed(s).empty())
            return BulkRow::kMissing;
        if (const auto d = TimeParsing::parseDuration(QString::fromUtf8(s.data(), qsizetype(s.size()))))
            return *d;
        slow.needed = true;
        return BulkRow::kMissing;
    }
    slow.needed = true;
    return BulkRow::kMissing;
}

// FieldReader::time
qint64 time(const element *e, Context &ctx, Slow &slow)
{
    if (!e)
        return BulkRow::kMissingTime;
    if (e->is_string()) {
        const std::string_view s(*e);
        if (trimmed(s).empty())
            return BulkRow::kMissingTime;
        const qint64 t = ctx.timestamp(s);
        if (t == BulkRow::kMissingTime)
            slow.needed = true; // RecordParser warns about it
        return t;
    }
    if (isNumber(*e)) {
        const double v = asDouble(*e);
        return qint64(v > 1e11 ? v : v * 1000);
    }
    slow.needed = true;
    return BulkRow::kMissingTime;
}

double secondsBetween(qint64 a, qint64 b)
{
    if (a == BulkRow::kMissingTime || b == BulkRow::kMissingTime)
        return BulkRow::kMissing;
    return (b - a) / 1000.0;
}

// ---- per provider, mirroring recordparser.cpp ------------------------------------------------

void plivoStyle(const Fields &f, Context &ctx, Scratch &sc, Slow &slow, BulkRow &row)
{
    row.id = str(f.value({ k_call_uuid, k_request_uuid }), sc, slow);
    row.from = str(f.value({ k_from_number, k_from }), sc, slow);
    row.to = str(f.value({ k_to_number, k_to }), sc, slow);
    row.direction = ctx.direction(sv(str(f.value({ k_call_direction, k_direction }), sc, slow)));
    row.startMs = time(f.value({ k_initiation_time, k_session_start, k_created_at }), ctx, slow);
    const qint64 answer = time(f.value({ k_answer_time, k_answered_at }), ctx, slow);
    const qint64 end = time(f.value({ k_end_time, k_ended_at }), ctx, slow);
    row.durationS = num(f.value({ k_call_duration, k_duration }), slow);
    row.talkS = num(f.value({ k_bill_duration }), slow);
    row.billedS = num(f.value({ k_billed_duration }), slow);
    row.cost = num(f.value({ k_total_amount, k_total_cost }), slow);
    row.currency = str(f.value({ k_currency }), sc, slow);
    row.hangupCause = str(f.value({ k_hangup_cause_name, k_hangup_cause }), sc, slow);
    row.hangupCode = str(f.value({ k_hangup_cause_code }), sc, slow);
    row.hangupSource = str(f.value({ k_hangup_source }), sc, slow);
    if (std::isnan(row.talkS) && answer != BulkRow::kMissingTime && end != BulkRow::kMissingTime)
        row.talkS = secondsBetween(answer, end);

    row.status = ctx.statusFromText(sv(str(f.value({ k_call_state, k_call_status, k_status }), sc, slow)));
    const auto code = ctx.code(sv(row.hangupCode));
    const bool answered = answer != BulkRow::kMissingTime || (!std::isnan(row.talkS) && row.talkS > 0);
    if (row.status == CallStatus::Unknown && code) {
        row.status = ctx.plivoStatus(*code);
        if (row.status == CallStatus::Answered && !answered)
            row.status = CallStatus::NoAnswer;
    }
    if (row.status == CallStatus::Unknown) {
        if (answered)
            row.status = CallStatus::Answered;
        else if (end != BulkRow::kMissingTime && f.has(k_answer_time))
            row.status = CallStatus::NoAnswer;
    }
}

void vobizCdr(const Fields &f, Context &ctx, Scratch &sc, Slow &slow, BulkRow &row)
{
    row.id = str(f.value({ k_uuid, k_call_uuid, k_id }), sc, slow);
    row.from = str(f.value({ k_caller_id_number, k_from_number, k_from }), sc, slow);
    row.to = str(f.value({ k_destination_number, k_to_number, k_to }), sc, slow);
    row.direction = ctx.direction(sv(str(f.value({ k_call_direction, k_direction }), sc, slow)));
    row.startMs = time(f.value({ k_start_time }), ctx, slow);
    const qint64 answer = time(f.value({ k_answer_time }), ctx, slow);
    const qint64 end = time(f.value({ k_end_time }), ctx, slow);
    row.durationS = num(f.value({ k_duration }), slow);
    row.talkS = num(f.value({ k_billsec }), slow);
    row.billedS = row.talkS;
    row.cost = num(f.value({ k_total_cost, k_cost }), slow);
    row.currency = str(f.value({ k_currency }), sc, slow);
    row.hangupCause = str(f.value({ k_hangup_cause, k_hangup_cause_name }), sc, slow);
    row.hangupCode = str(f.value({ k_hangup_cause_code }), sc, slow);
    row.hangupSource = str(f.value({ k_hangup_source }), sc, slow);
    row.codec = str(f.value({ k_codec }), sc, slow);
    if (row.account.isEmpty())
        row.account = str(f.value({ k_account_id }), sc, slow);

    const bool answered = answer != BulkRow::kMissingTime || (!std::isnan(row.talkS) && row.talkS > 0);
    if (answered) {
        row.status = CallStatus::Answered;
    } else {
        row.status = ctx.freeSwitchStatus(sv(row.hangupCause));
        const auto code = ctx.code(sv(row.hangupCode));
        if ((row.status == CallStatus::Unknown || row.status == CallStatus::Answered) && code)
            row.status = ctx.plivoStatus(*code);
        if (row.status == CallStatus::Answered || row.status == CallStatus::Unknown)
            row.status = end != BulkRow::kMissingTime ? CallStatus::NoAnswer : CallStatus::Unknown;
    }
    if (answered) {
        row.mos = num(f.value({ k_mos }), slow);
        if (!std::isnan(row.mos) && row.mos <= 0)
            row.mos = BulkRow::kMissing;
        row.jitterMs = num(f.value({ k_jitter }), slow);
        row.packetLossPct = num(f.value({ k_packet_loss }), slow);
    }
}

void carrierX(const Fields &f, Context &ctx, Scratch &sc, Slow &slow, BulkRow &row)
{
    row.id = str(f.value({ k_dr_sid }), sc, slow);
    row.from = str(f.value({ k_number_src }), sc, slow);
    row.to = str(f.value({ k_number_dst }), sc, slow);
    row.direction = ctx.direction(sv(str(f.value({ k_direction }), sc, slow)));
    row.startMs = time(f.value({ k_date_start }), ctx, slow);
    const qint64 answer = time(f.value({ k_date_talk }), ctx, slow);
    const qint64 end = time(f.value({ k_date_stop }), ctx, slow);
    row.durationS = duration(f.value({ k_duration }), slow);
    row.billedS = num(f.value({ k_duration_billing }), slow);
    if (answer != BulkRow::kMissingTime && end != BulkRow::kMissingTime)
        row.talkS = secondsBetween(answer, end);
    row.cost = num(f.value({ k_price }), slow);
    row.hangupCode = str(f.value({ k_sipcause }), sc, slow);
    row.hangupSource = str(f.value({ k_disconnect_originator }), sc, slow);
    if (const auto sip = ctx.code(sv(row.hangupCode))) {
        const Context::Sip &s = ctx.sip(*sip);
        row.status = s.status;
        row.hangupCause = s.title;
    } else {
        row.status = answer != BulkRow::kMissingTime ? CallStatus::Answered : CallStatus::Unknown;
    }
    row.codec = str(f.value({ k_codec_src, k_codec_dst }), sc, slow);
}

void nexBro(const Fields &f, Context &ctx, Scratch &sc, Slow &slow, BulkRow &row)
{
    row.id = str(f.value({ k_call_uuid, k_xml_cdr_uuid, k_uuid }), sc, slow);
    row.from = str(f.value({ k_caller_id_number }), sc, slow);
    row.to = str(f.value({ k_destination_number, k_caller_destination }), sc, slow);
    row.direction = ctx.direction(sv(str(f.value({ k_direction }), sc, slow)));
    row.startMs = time(f.value({ k_start_time, k_start_epoch }), ctx, slow);
    const qint64 answer = time(f.value({ k_answer_time, k_answer_epoch }), ctx, slow);
    const qint64 end = time(f.value({ k_end_time, k_end_epoch }), ctx, slow);
    row.durationS = duration(f.value({ k_duration }), slow);
    if (answer != BulkRow::kMissingTime && end != BulkRow::kMissingTime)
        row.talkS = secondsBetween(answer, end);
    row.hangupCause = str(f.value({ k_hangup_cause }), sc, slow);
    row.status = ctx.statusFromText(sv(str(f.value({ k_status }), sc, slow)));
    if (row.status == CallStatus::Unknown && answer != BulkRow::kMissingTime)
        row.status = CallStatus::Answered;

    // call_flow: RecordParser reads every leg; the table needs the count and the first leg's talk.
    if (f.has(k_call_flow) && !f.at(k_call_flow).is_null()) {
        const element &flow = f.at(k_call_flow);
        if (!flow.is_array()) {
            slow.needed = true;
        } else {
            bool first = true;
            for (element leg : simdjson::dom::array(flow)) {
                ++row.legs;
                if (!leg.is_object()) {
                    slow.needed = true; // RecordParser reads it as an empty leg
                    continue;
                }
                if (first && std::isnan(row.talkS)) {
                    element ad;
                    if (object(leg)["answer_duration"].get(ad) == simdjson::SUCCESS && !ad.is_null())
                        row.talkS = duration(&ad, slow);
                }
                first = false;
            }
        }
    }

    element stats;
    bool statsIsObject = false;
    if (f.has(k_audio_stats) && !f.at(k_audio_stats).is_null()) {
        stats = f.at(k_audio_stats);
        if (!stats.is_object())
            slow.needed = true;
        else
            statsIsObject = true;
    }
    bool logFound = false;
    if (statsIsObject) {
        element inbound;
        if (object(stats)["inbound"].get(inbound) == simdjson::SUCCESS && inbound.is_object()) {
            element mos;
            if (object(inbound)["mos"].get(mos) == simdjson::SUCCESS) {
                // audioDirection keeps only readable numbers; an unreadable one is a warning.
                if (isNumber(mos)) {
                    row.mos = asDouble(mos);
                } else if (mos.is_string()) {
                    bool plain = false;
                    const std::string_view s(mos);
                    if (const auto v = plainNumber(s, &plain))
                        row.mos = *v;
                    else if (const auto q = qtStringNumber(s))
                        row.mos = *q;
                    else if (!trimmed(s).empty())
                        slow.needed = true;
                } else if (!mos.is_null()) {
                    slow.needed = true;
                }
                if (!std::isnan(row.mos) && row.mos <= 0)
                    row.mos = BulkRow::kMissing;
            }
        }
        element log;
        if (object(stats)["error_log"].get(log) == simdjson::SUCCESS && log.is_array()
            && simdjson::dom::array(log).size() > 0)
            logFound = true;
    }
    element log;
    if (logFound) {
        log = object(stats)["error_log"];
    } else if (f.has(k_error_log) && f.at(k_error_log).is_array()) {
        log = f.at(k_error_log);
        logFound = true;
    }
    if (logFound) {
        for (element e : simdjson::dom::array(log)) {
            if (!e.is_object()) {
                slow.needed = true;
                continue;
            }
            element flaws;
            if (object(e)["flaws"].get(flaws) == simdjson::SUCCESS && !flaws.is_null()) {
                const double v = num(&flaws, slow);
                if (!std::isnan(v))
                    row.flaws += quint32(qMax(0, int(v)));
            }
        }
    }

    if (f.has(k_technical) && !f.at(k_technical).is_null()) {
        const element &tech = f.at(k_technical);
        if (!tech.is_object()) {
            slow.needed = true;
        } else {
            element rc, wc;
            const element *rp = nullptr, *wp = nullptr;
            if (object(tech)["read_codec"].get(rc) == simdjson::SUCCESS && !rc.is_null())
                rp = &rc;
            if (object(tech)["write_codec"].get(wc) == simdjson::SUCCESS && !wc.is_null())
                wp = &wc;
            const QByteArrayView r = str(rp, sc, slow);
            const QByteArray read = r.toByteArray(); // the scratch ring may reuse r's buffer
            const QByteArrayView w = str(wp, sc, slow);
            row.codec = ctx.codecPair(sv(read), sv(w));
        }
    }
}

// RecordParser::detect over the slots.
Provider detect(const Fields &f)
{
    if (f.has(k_dr_sid) || (f.has(k_sipcause) && f.has(k_number_src)) || f.has(k_date_start))
        return Provider::CarrierX;
    if (f.has(k_call_flow) || f.has(k_audio_stats) || f.has(k_xml_cdr_uuid) || f.has(k_caller_destination))
        return Provider::NexBro;
    if (f.has(k_duration) && f.at(k_duration).is_string()) {
        const std::string_view d(f.at(k_duration));
        if (std::count(d.begin(), d.end(), ':') == 2)
            return Provider::NexBro;
    }
    if (f.has(k_uuid) || f.has(k_billsec) || f.has(k_caller_id_number) || f.has(k_hangup_disposition))
        return Provider::Vobiz;
    if (f.has(k_resource_uri) && f.at(k_resource_uri).is_string()
        && std::string_view(f.at(k_resource_uri)).substr(0, 8) == "/api/v1/")
        return Provider::Vobiz;
    if (f.has(k_initiation_time) || f.has(k_from_number) || f.has(k_bill_duration) || f.has(k_call_state)
        || f.has(k_session_start) || f.has(k_call_status) || f.has(k_Stir_attestation))
        return Provider::Plivo;
    if (f.has(k_call_uuid) && (f.has(k_created_at) || f.has(k_answered_at) || f.has(k_total_cost)))
        return Provider::Vobiz;
    return Provider::Unknown;
}

QJsonObject toQJson(const element &e)
{
    const std::string text = simdjson::minify(e);
    return QJsonDocument::fromJson(QByteArray(text.data(), qsizetype(text.size()))).object();
}

// Walks envelopes as RecordParser's Reader does and feeds records to the sink.
class Walker
{
public:
    Walker(const ParseOptions &options, BulkSink &sink, BulkImportResult &result, const QString &source)
        : m_ctx(options), m_sink(sink), m_result(result), m_source(source.isEmpty() ? tr("input") : source),
          m_wantsRaw(sink.wantsRaw())
    {}

    // false: stop (error or cancel)
    bool value(const element &v, int depth = 0)
    {
        if (depth > 4) {
            m_result.error = tr("%1: envelope nested too deeply").arg(m_source);
            return false;
        }
        if (v.is_array()) {
            for (element e : simdjson::dom::array(v)) {
                if (e.is_object()) {
                    if (!record(e))
                        return false;
                } else {
                    ++m_index;
                    m_result.warnings << tr("%1: an array element is not a call record; skipped").arg(m_source);
                }
            }
            return true;
        }
        if (!v.is_object()) {
            m_result.error = tr("%1: expected a JSON object or array").arg(m_source);
            return false;
        }
        const object o(v);
        element x;
        const bool hasData = o["data"].get(x) == simdjson::SUCCESS;
        const element data = hasData ? x : element();
        // Error bodies and live-call lists: RecordParser knows them, and they hold no records.
        if (o["error"].get(x) == simdjson::SUCCESS || o["errors"].get(x) == simdjson::SUCCESS)
            return delegate(v);
        if (o["status"].get(x) == simdjson::SUCCESS && x.is_string()
            && QByteArrayView(view(std::string_view(x))).compare("error", Qt::CaseInsensitive) == 0)
            return delegate(v);
        if (o["success"].get(x) == simdjson::SUCCESS && x.is_bool() && !bool(x)
            && !(hasData && (data.is_array() || data.is_object())))
            return delegate(v);
        if (o["calls"].get(x) == simdjson::SUCCESS && x.is_array() && o["call_uuid"].error())
            return delegate(v);
        if (o["objects"].get(x) == simdjson::SUCCESS && x.is_array())
            return value(x, depth + 1);
        if (o["items"].get(x) == simdjson::SUCCESS && x.is_array())
            return value(x, depth + 1);
        if (hasData && data.is_array())
            return value(data, depth + 1);
        if (hasData && data.is_object()) {
            element inner;
            if (object(data)["data"].get(inner) == simdjson::SUCCESS && inner.is_array())
                return value(data, depth + 1);
            return record(data);
        }
        if (hasData && data.is_null())
            return delegate(v);
        return record(v);
    }

    bool record(const element &e)
    {
        ++m_index;
        const object o(e);
        const Fields f(o);
        if (f.has(k_provider) && f.at(k_provider).is_string() && f.has(k_id) && f.has(k_duration_s)
            && f.has(k_start_time))
            return slowRecord(e, true);
        Provider p = m_ctx.options().provider.value_or(Provider::Unknown);
        if (!m_ctx.options().provider) {
            p = detect(f);
            if (p == Provider::Unknown)
                return slowRecord(e, false);
        }
        BulkRow row;
        row.provider = p;
        row.account = m_ctx.account();
        Scratch scratch;
        Slow slow;
        switch (p) {
        case Provider::Vobiz:
            if (f.has(k_uuid) || f.has(k_billsec) || f.has(k_caller_id_number))
                vobizCdr(f, m_ctx, scratch, slow, row);
            else
                plivoStyle(f, m_ctx, scratch, slow, row);
            break;
        case Provider::CarrierX:
            carrierX(f, m_ctx, scratch, slow, row);
            break;
        case Provider::NexBro:
            nexBro(f, m_ctx, scratch, slow, row);
            break;
        case Provider::Plivo:
        case Provider::Unknown:
            plivoStyle(f, m_ctx, scratch, slow, row);
            break;
        }
        if (slow.needed || row.id.isEmpty())
            return slowRecord(e, false, p);
        std::string raw;
        if (m_wantsRaw) {
            raw = simdjson::minify(e);
            row.raw = view(raw);
        }
        ++m_result.rows;
        if (!m_sink.addRow(row)) {
            m_result.canceled = true;
            return false;
        }
        return true;
    }

    // The record as RecordParser reads it (with its warnings).
    bool slowRecord(const element &e, bool normalized, std::optional<Provider> known = std::nullopt)
    {
        const QJsonObject o = toQJson(e);
        QStringList w;
        Call c;
        if (normalized) {
            const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
            ParseResult r = RecordParser::parse(text, m_ctx.options(), m_source);
            if (r.calls.isEmpty())
                return true;
            c = r.calls.first();
            w = r.warnings;
        } else {
            Provider p = known.value_or(RecordParser::detect(o));
            if (!known && p == Provider::Unknown)
                w << tr("%1: record %2: could not tell which provider this record is from; kept with provider "
                        "\"unknown\" (use --provider)").arg(m_source).arg(m_index);
            c = RecordParser::normalize(p, o, m_ctx.options(), &w);
        }
        m_result.warnings += w;
        ++m_result.rows;
        ++m_result.slowRecords;
        if (!m_sink.addCall(c)) {
            m_result.canceled = true;
            return false;
        }
        return true;
    }

    // A piece RecordParser handles whole (error bodies, envelopes with no records).
    bool delegate(const element &e)
    {
        const std::string text = simdjson::minify(e);
        return delegateBytes(QByteArrayView(text.data(), qsizetype(text.size())));
    }

    bool delegateBytes(QByteArrayView text)
    {
        ParseResult r = RecordParser::parse(text, m_ctx.options(), m_source);
        m_result.warnings += r.warnings;
        for (const Call &c : std::as_const(r.calls)) {
            ++m_result.rows;
            ++m_result.slowRecords;
            if (!m_sink.addCall(c)) {
                m_result.canceled = true;
                return false;
            }
        }
        if (!r.ok()) {
            m_result.error = r.error;
            return false;
        }
        return true;
    }

    const QString &source() const { return m_source; }

private:
    Context m_ctx;
    BulkSink &m_sink;
    BulkImportResult &m_result;
    QString m_source;
    bool m_wantsRaw;
    qint64 m_index = 0;
};

// NDJSON: a line that ends a value followed by a line that starts one.
bool looksLikeNdjson(QByteArrayView data, qsizetype first)
{
    const qsizetype limit = qMin<qsizetype>(data.size(), first + (1 << 20));
    qsizetype lineStart = first;
    char lastNonSpace = 0;
    for (qsizetype i = first; i < limit; ++i) {
        const char c = data[i];
        if (c == '\n') {
            qsizetype j = i + 1;
            while (j < data.size() && isSpace(data[j]))
                ++j;
            if ((lastNonSpace == '}' || lastNonSpace == ']') && j < data.size() && (data[j] == '{' || data[j] == '['))
                return true;
            lineStart = i + 1;
        } else if (!isSpace(c)) {
            lastNonSpace = c;
        }
    }
    Q_UNUSED(lineStart);
    return false;
}

QString simdError(simdjson::error_code e)
{
    return QString::fromUtf8(simdjson::error_message(e));
}

// Parses bytes that already carry SIMDJSON_PADDING readable bytes after their end.
bool parsePadded(const char *data, qsizetype size, qsizetype offsetBase, Walker &walker, BulkImportResult &result,
                 const BulkImporter::Progress &progress, qint64 total, bool ndjson)
{
    // One parser per thread, reused: its buffers are sized for the largest body seen, and
    // allocating (and faulting in) them again for every page of a fetch is measurable.
    // Bodies past 64 MiB get a parser of their own, freed afterwards, so a thread does not keep
    // gigabytes after one big file.
    thread_local simdjson::dom::parser reused;
    simdjson::dom::parser big;
    simdjson::dom::parser &parser = (ndjson || size <= (qsizetype(64) << 20)) ? reused : big;
    if (!ndjson) {
        element root;
        const auto err = parser.parse(data, size_t(size), false).get(root);
        if (err) {
            // Malformed, or NDJSON the sniffing missed: RecordParser gives the precise message.
            return walker.delegateBytes(QByteArrayView(data, size));
        }
        const bool ok = walker.value(root);
        if (progress && !progress(offsetBase + size, total))
            result.canceled = true;
        return ok && !result.canceled;
    }
    simdjson::dom::document_stream stream;
    const size_t batch = size_t(1) << 22; // documents larger than this are rejected
    if (const auto err = parser.parse_many(data, size_t(size), batch).get(stream)) {
        result.error = tr("%1: %2").arg(walker.source(), simdError(err));
        return false;
    }
    qint64 lastReport = 0;
    for (auto it = stream.begin(); it != stream.end(); ++it) {
        element doc;
        if (const auto err = (*it).get(doc)) {
            const qsizetype at = qsizetype(it.current_index());
            const qsizetype line = 1 + std::count(data, data + qMin(at, size), '\n');
            result.error = tr("%1: malformed JSON near byte offset %2 (line %3): %4")
                               .arg(walker.source()).arg(offsetBase + at).arg(line).arg(simdError(err));
            return false;
        }
        if (!walker.value(doc))
            return false;
        if (progress) {
            const qint64 at = offsetBase + qint64(it.current_index());
            if (at - lastReport > (4 << 20)) {
                lastReport = at;
                if (!progress(at, total)) {
                    result.canceled = true;
                    return false;
                }
            }
        }
    }
    if (progress && !progress(offsetBase + size, total)) {
        result.canceled = true;
        return false;
    }
    if (stream.truncated_bytes() > 0) {
        result.error = tr("%1: the last %2 bytes are not a complete JSON value")
                           .arg(walker.source()).arg(stream.truncated_bytes());
        return false;
    }
    return true;
}

// A big top-level array is read in groups of elements of about kGroupBytes: simdjson's DOM
// needs several bytes of tape and index per input byte, so parsing a 1 GB array whole would
// need many GB. The splitter only tracks strings and nesting depth; simdjson still
// validates every group it is given.
constexpr qsizetype kGroupBytes = qsizetype(1) << 20;

bool parseArrayInGroups(QByteArrayView data, qsizetype first, Walker &walker, BulkImportResult &result,
                        const BulkImporter::Progress &progress)
{
    QByteArray group;
    group.reserve(kGroupBytes + (1 << 20));
    const char *p = data.data();
    const qsizetype n = data.size();
    qsizetype i = first + 1; // past '['
    qsizetype elementStart = i;
    int depth = 0;
    qint64 lastReport = 0;
    auto flush = [&](qsizetype end, bool last) {
        // group holds "[" + elements so far; close and parse it.
        group.append(']');
        group.reserve(group.size() + qsizetype(simdjson::SIMDJSON_PADDING));
        if (!parsePadded(group.constData(), group.size(), 0, walker, result, {}, 0, false))
            return false;
        group.resize(0); // keeps the capacity (clear() would free it)
        if (progress && (last || end - lastReport > (16 << 20))) {
            lastReport = end;
            if (!progress(end, n)) {
                result.canceled = true;
                return false;
            }
        }
        return true;
    };
    group.append('[');
    bool any = false;
    // 1: a byte the splitter must look at; everything else is skipped in a tight loop.
    static const auto structural = [] {
        std::array<quint8, 256> t{};
        for (char c : { '"', '{', '}', '[', ']', ',' })
            t[uchar(c)] = 1;
        return t;
    }();
    while (i < n) {
        while (i < n && !structural[uchar(p[i])])
            ++i;
        if (i >= n)
            break;
        const char c = p[i];
        if (c == '"') {
            // Skip the string: find the closing quote not escaped by an odd run of backslashes
            // (memchr is vectorised; strings are most of the bytes).
            qsizetype j = i + 1;
            for (;;) {
                const void *q = std::memchr(p + j, '"', size_t(n - j));
                if (!q) {
                    result.error = tr("%1: unterminated string near byte offset %2").arg(walker.source()).arg(i);
                    return false;
                }
                j = static_cast<const char *>(q) - p;
                qsizetype k = j - 1, slashes = 0;
                while (k > i && p[k] == '\\') {
                    ++slashes;
                    --k;
                }
                if (slashes % 2 == 0)
                    break;
                ++j;
            }
            i = j + 1;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0) { // the array's own ']'
                const QByteArrayView tail = QByteArrayView(p + elementStart, i - elementStart).trimmed();
                if (!tail.isEmpty()) {
                    if (any)
                        group.append(',');
                    group.append(tail);
                    any = true;
                }
                if (group.size() > 1 && !flush(i, true))
                    return false;
                for (qsizetype k = i + 1; k < n; ++k) {
                    if (!isSpace(p[k])) {
                        result.error = tr("%1: unexpected content after the array at byte offset %2")
                                           .arg(walker.source()).arg(k);
                        return false;
                    }
                }
                if (progress && !progress(n, n))
                    result.canceled = true;
                return !result.canceled;
            }
            --depth;
        } else if (c == ',' && depth == 0) {
            if (any)
                group.append(',');
            group.append(QByteArrayView(p + elementStart, i - elementStart));
            any = true;
            elementStart = i + 1;
            if (group.size() >= kGroupBytes) {
                if (!flush(i, false))
                    return false;
                group.append('[');
                any = false;
            }
        }
        ++i;
    }
    result.error = tr("%1: the array is not closed (the input ends at byte offset %2)").arg(walker.source()).arg(n);
    return false;
}

qsizetype firstNonSpace(QByteArrayView data)
{
    qsizetype first = 0;
    while (first < data.size() && QChar::isSpace(uchar(data[first])))
        ++first;
    return first;
}

} // namespace

bool BulkSink::wantsRaw() const
{
    return false;
}

BulkImportResult BulkImporter::importBytes(QByteArrayView data, const ParseOptions &options, BulkSink &sink,
                                           const QString &sourceName, const Progress &progress)
{
    BulkImportResult result;
    result.bytes = data.size();
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    Walker walker(options, sink, result, sourceName);
    const qsizetype first = firstNonSpace(data);
    if (first == data.size() || (data[first] != '{' && data[first] != '[')) {
        walker.delegateBytes(data); // CSV, empty, or not ours: RecordParser says which
        return result;
    }
    const bool ndjson = looksLikeNdjson(data, first);
    if (!ndjson && data[first] == '[' && data.size() > 2 * kGroupBytes) {
        parseArrayInGroups(data, first, walker, result, progress);
        return result;
    }
    simdjson::padded_string padded(data.data(), size_t(data.size()));
    parsePadded(padded.data(), data.size(), 0, walker, result, progress, data.size(), ndjson);
    return result;
}

BulkImportResult BulkImporter::importBytes(const QByteArray &data, const ParseOptions &options, BulkSink &sink,
                                           const QString &sourceName, const Progress &progress)
{
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: with that much spare
    // capacity the body is parsed where it lies, without a copy.
    if (data.capacity() - data.size() < qsizetype(simdjson::SIMDJSON_PADDING) || data.isEmpty()
        || data.startsWith("\xEF\xBB\xBF"))
        return importBytes(QByteArrayView(data), options, sink, sourceName, progress);
    BulkImportResult result;
    result.bytes = data.size();
    Walker walker(options, sink, result, sourceName);
    const qsizetype first = firstNonSpace(data);
    if (first == data.size() || (data[first] != '{' && data[first] != '[')) {
        walker.delegateBytes(data);
        return result;
    }
    const bool ndjson = looksLikeNdjson(data, first);
    if (!ndjson && data[first] == '[' && data.size() > 2 * kGroupBytes)
        parseArrayInGroups(data, first, walker, result, progress);
    else
        parsePadded(data.constData(), data.size(), 0, walker, result, progress, data.size(), ndjson);
    return result;
}

BulkImportResult BulkImporter::importFile(const QString &path, const ParseOptions &options, BulkSink &sink,
                                          const Progress &progress)
{
    BulkImportResult result;
    QFile file(path);
    const QString source = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1: cannot open: %2").arg(path, file.errorString());
        return result;
    }
    const qint64 total = file.size();
    result.bytes = total;
    // Sniff the start to choose between whole-file JSON and windowed NDJSON.
    const QByteArray head = file.peek(1 << 20);
    qsizetype skip = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype first = firstNonSpace(QByteArrayView(head).sliced(skip)) + skip;
    const bool json = first < head.size() && (head[first] == '{' || head[first] == '[');
    const bool ndjson = json && looksLikeNdjson(head, first);
    Walker walker(options, sink, result, source);
    if (json && !ndjson && head[first] == '[' && total > 2 * kGroupBytes) {
        // A big array: mapped, not read, so the input costs page cache rather than heap.
        if (uchar *mapped = file.map(0, total)) {
            parseArrayInGroups(QByteArrayView(reinterpret_cast<const char *>(mapped), total), first, walker, result,
                               progress);
            file.unmap(mapped);
            return result;
        }
    }
    constexpr qint64 kWindow = qint64(64) << 20;
    if (!json || !ndjson || total <= kWindow) {
        QByteArray all = file.readAll();
        if (file.error() != QFileDevice::NoError) {
            result.error = tr("%1: read error: %2").arg(path, file.errorString());
            return result;
        }
        all.reserve(all.size() + qsizetype(simdjson::SIMDJSON_PADDING)); // simdjson reads past the end
        QByteArrayView data(all);
        if (data.startsWith("\xEF\xBB\xBF"))
            data = data.sliced(3);
        const qsizetype f = firstNonSpace(data);
        if (f == data.size() || (data[f] != '{' && data[f] != '[')) {
            walker.delegateBytes(data);
            return result;
        }
        if (!ndjson && data[f] == '[' && data.size() > 2 * kGroupBytes)
            parseArrayInGroups(data, f, walker, result, progress);
        else
            parsePadded(data.data(), data.size(), 0, walker, result, progress, total, ndjson);
        return result;
    }
    // NDJSON larger than a window: read whole lines a window at a time, so memory stays at
    // one window whatever the file size.
    QByteArray window;
    QByteArray carry;
    qint64 base = 0;
    while (!file.atEnd()) {
        QByteArray chunk = file.read(kWindow);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError) {
            result.error = tr("%1: read error: %2").arg(path, file.errorString());
            return result;
        }
        window = carry + chunk;
        carry.clear();
        if (!file.atEnd()) {
            const qsizetype nl = window.lastIndexOf('\n');
            if (nl >= 0) {
                carry = window.mid(nl + 1);
                window.truncate(nl + 1);
            }
        }
        const qsizetype len = window.size();
        window.reserve(len + qsizetype(simdjson::SIMDJSON_PADDING));
        if (!parsePadded(window.constData(), len, base, walker, result, progress, total, true))
            return result;
        base += len;
    }
    if (!carry.trimmed().isEmpty()) {
        const qsizetype len = carry.size();
        carry.reserve(len + qsizetype(simdjson::SIMDJSON_PADDING));
        parsePadded(carry.constData(), len, base, walker, result, progress, total, true);
    }
    return result;
}

} // namespace cdr
