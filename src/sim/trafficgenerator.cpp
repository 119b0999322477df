// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficgenerator.h"

#include <QJsonArray>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <cmath>

using namespace Qt::StringLiterals;

namespace cdr {

namespace {

constexpr quint64 kGolden = 0x9E3779B97F4A7C15ULL;

quint64 mix64(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// splitmix64: tiny, fast and good enough for synthetic traffic; seeded per record so that
// random access needs no state.
struct Rng
{
    quint64 s;
    quint64 next() { return mix64(s += kGolden); }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double range(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int irange(int lo, int hiInclusive) { return lo + int(next() % quint64(hiInclusive - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
};

constexpr char kHex[] = "0123456789abcdef";

void appendHex(QString &out, quint64 v, int digits)
{
    for (int i = digits - 1; i >= 0; --i)
        out.append(QLatin1Char(kHex[(v >> (4 * i)) & 0xF]));
}

void put2(char *p, int v) { p[0] = char('0' + v / 10); p[1] = char('0' + v % 10); }

enum class TimeStyle { Plain, PlainMs, IsoZ, IsoMsZ, Offset0530 };

QString formatTime(qint64 utcMs, TimeStyle style)
{
    if (style == TimeStyle::Offset0530)
        utcMs += (5 * 3600 + 30 * 60) * 1000LL;
    // std::chrono's calendar, not QDateTime::toString: formatting by hand is ~20x cheaper, and
    // the generator must make >100k records/s.
    using namespace std::chrono;
    const sys_days day = floor<days>(sys_time<milliseconds>(milliseconds(utcMs)));
    const year_month_day ymd(day);
    const qint64 rest = utcMs - qint64(day.time_since_epoch().count()) * 86400000;
    const int ms = int(rest % 1000);
    const int sod = int(rest / 1000);
    const int y = int(ymd.year()), mo = int(unsigned(ymd.month())), d = int(unsigned(ymd.day()));
    char buf[32];
    buf[0] = char('0' + (y / 1000) % 10);
    buf[1] = char('0' + (y / 100) % 10);
    buf[2] = char('0' + (y / 10) % 10);
    buf[3] = char('0' + y % 10);
    buf[4] = '-';
    put2(buf + 5, mo);
    buf[7] = '-';
    put2(buf + 8, d);
    const bool iso = style == TimeStyle::IsoZ || style == TimeStyle::IsoMsZ;
    buf[10] = iso ? 'T' : ' ';
    put2(buf + 11, sod / 3600);
    buf[13] = ':';
    put2(buf + 14, (sod / 60) % 60);
    buf[16] = ':';
    put2(buf + 17, sod % 60);
    int n = 19;
    if (style == TimeStyle::PlainMs || style == TimeStyle::IsoMsZ) {
        buf[n++] = '.';
        buf[n++] = char('0' + ms / 100);
        buf[n++] = char('0' + (ms / 10) % 10);
        buf[n++] = char('0' + ms % 10);
    }
    if (iso)
        buf[n++] = 'Z';
    if (style == TimeStyle::Offset0530) {
        memcpy(buf + n, "+05:30", 6);
        n += 6;
    }
    return QString::fromLatin1(buf, n);
}

QString hms(double seconds)
{
    const qint64 s = qint64(std::llround(seconds));
    char buf[16];
    const qint64 h = s / 3600;
    int n = 0;
    if (h >= 100)
        buf[n++] = char('0' + (h / 100) % 10);
    buf[n++] = char('0' + (h / 10) % 10);
    buf[n++] = char('0' + h % 10);
    buf[n++] = ':';
    put2(buf + n, int((s / 60) % 60));
    n += 2;
    buf[n++] = ':';
    put2(buf + n, int(s % 60));
    n += 2;
    return QString::fromLatin1(buf, n);
}

QString fixed(double v, int decimals) { return QString::number(v, 'f', decimals); }
QString num(qint64 v) { return QString::number(v); }

QString digitsString(Rng &rng, int count)
{
    QString s;
    s.reserve(count);
    for (int i = 0; i < count; ++i)
        s.append(QLatin1Char(char('0' + rng.next() % 10)));
    return s;
}

QString indianMobile(Rng &rng) { return u"91" + QString(QLatin1Char(char('6' + rng.next() % 4))) + digitsString(rng, 9); }
QString usNumber(Rng &rng) { return u"1" + QString(QLatin1Char(char('2' + rng.next() % 8))) + digitsString(rng, 9); }

QString ip(Rng &rng, int a, int b)
{
    return num(a) + u'.' + num(b) + u'.' + num(rng.irange(0, 254)) + u'.' + num(rng.irange(1, 254));
}

// The shared facts of one call; each provider writes them in its own shape.
struct Facts
{
    TrafficGenerator::Truth t;
    Rng rng{0};
    QString id;
};

struct Cause
{
    int code;
    const char16_t *name;
    const char16_t *fsCause;
    int sip;
    const char16_t *sentence;
};

const Cause &causeFor(CallStatus status, Rng &rng)
{
    static const Cause normal{4000, u"Normal Hangup", u"NORMAL_CLEARING", 200,
                              u"Call was terminated normally by either party."};
    static const Cause noAnswer{3000, u"No Answer", u"NO_ANSWER", 480,
                                u"The called party did not answer."};
    static const Cause ringTimeout{6010, u"Ring Timeout Reached", u"NO_ANSWER", 408,
                                   u"The call was not answered before the ring timeout."};
    static const Cause busy{3010, u"Busy Line", u"USER_BUSY", 486, u"The called party is busy."};
    static const Cause canceled{1000, u"Canceled", u"ORIGINATOR_CANCEL", 487,
                                u"The caller cancelled the call before it was answered."};
    static const Cause failed[] = {
        {2000, u"Invalid Destination Address", u"UNALLOCATED_NUMBER", 404,
         u"The dialled number does not exist."},
        {5000, u"Network Error", u"NETWORK_OUT_OF_ORDER", 503,
         u"The call could not be completed because of a network failure."},
        {3090, u"Network congestion from carrier", u"SWITCH_CONGESTION", 503,
         u"The network is congested; try again later."},
        {3020, u"Rejected", u"CALL_REJECTED", 603, u"The called party rejected the call."},
        {6020, u"Media Timeout", u"MEDIA_TIMEOUT", 500, u"No media was received for too long."},
    };
    switch (status) {
    case CallStatus::Answered: return normal;
    case CallStatus::NoAnswer: return rng.chance(0.7) ? noAnswer : ringTimeout;
    case CallStatus::Busy: return busy;
    case CallStatus::Canceled: return canceled;
    default: break;
    }
    return failed[rng.next() % (sizeof(failed) / sizeof(failed[0]))];
}

QJsonValue timeOrNull(qint64 ms, TimeStyle style)
{
    return ms > 0 ? QJsonValue(formatTime(ms, style)) : QJsonValue(QJsonValue::Null);
}

// A bijection on 48 bits (multiplication by an odd constant modulo 2^48), so neighbouring
// indices do not give neighbouring ids, and its inverse (Newton's iteration for the inverse).
constexpr quint64 kMask48 = 0xFFFFFFFFFFFFULL;
constexpr quint64 kOdd48 = 0x5DEECE66DULL;
constexpr quint64 inverseOdd(quint64 c)
{
    quint64 inv = c;
    for (int i = 0; i < 6; ++i)
        inv *= 2 - c * inv;
    return inv;
}
constexpr quint64 kOdd48Inverse = inverseOdd(kOdd48);
static_assert(((kOdd48 * kOdd48Inverse) & kMask48) == 1);
quint64 scramble48(quint64 v) { return (v * kOdd48) & kMask48; }
quint64 unscramble48(quint64 v) { return (v * kOdd48Inverse) & kMask48; }

QString uuidFrom(quint64 a, quint64 b)
{
    QString s;
    s.reserve(36);
    appendHex(s, a >> 32, 8);
    s.append(u'-');
    appendHex(s, (a >> 16) & 0xFFFF, 4);
    s.append(u'-');
    appendHex(s, 0x4000 | (a & 0x0FFF), 4);
    s.append(u'-');
    appendHex(s, 0x8000 | ((b >> 48) & 0x3FFF), 4);
    s.append(u'-');
    appendHex(s, b & 0xFFFFFFFFFFFFULL, 12);
    return s;
}

} // namespace

TrafficGenerator::TrafficGenerator(quint64 seed, QDateTime rangeStart, QDateTime rangeEnd,
                                   qint64 callsPerProvider)
    : m_seed(seed)
    , m_startMs(rangeStart.toMSecsSinceEpoch())
    , m_spanMs(std::max<qint64>(1, rangeEnd.toMSecsSinceEpoch() - rangeStart.toMSecsSinceEpoch()))
    , m_count(std::clamp<qint64>(callsPerProvider, 0, (qint64(1) << 47)))
{
}

QDateTime TrafficGenerator::rangeStart() const { return QDateTime::fromMSecsSinceEpoch(m_startMs, Qt::UTC); }
QDateTime TrafficGenerator::rangeEnd() const { return QDateTime::fromMSecsSinceEpoch(m_startMs + m_spanMs, Qt::UTC); }

quint64 TrafficGenerator::streamKey(Provider provider) const
{
    return mix64(m_seed * kGolden + quint64(provider) * 0xD1B54A32D192ED03ULL);
}

qint64 TrafficGenerator::startMs(Provider provider, qint64 index) const
{
    // Index i owns the slot [span*i/n, span*(i+1)/n) and starts somewhere inside it, so
    // start times are non-decreasing without any state. 128-bit product: span*i overflows
    // 64 bits for long ranges with many calls.
    const qint64 n = std::max<qint64>(1, m_count);
    const auto slot = [&](qint64 i) { return qint64((__int128(m_spanMs) * i) / n); };
    const qint64 lo = slot(index);
    const qint64 width = std::max<qint64>(1, slot(index + 1) - lo);
    const quint64 h = mix64(streamKey(provider) ^ (quint64(index) * 0xA24BAED4963EE407ULL));
    return m_startMs + lo + qint64(h % quint64(width));
}

QDateTime TrafficGenerator::startTime(Provider provider, qint64 index) const
{
    return QDateTime::fromMSecsSinceEpoch(startMs(provider, index), Qt::UTC);
}

qint64 TrafficGenerator::firstIndexAtOrAfter(Provider provider, qint64 utcMs) const
{
    qint64 lo = 0, hi = m_count;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        if (startMs(provider, mid) < utcMs)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

qint64 TrafficGenerator::firstIndexAtOrAfter(Provider provider, const QDateTime &t) const
{
    return firstIndexAtOrAfter(provider, t.toMSecsSinceEpoch());
}

QString TrafficGenerator::callId(Provider provider, qint64 index) const
{
    // The last group carries the index (xored with a per-stream key so ids look random),
    // which makes indexForId an O(1) lookup for the fake server.
    const quint64 key = streamKey(provider);
    const quint64 a = mix64(key ^ (quint64(index) * 0x9FB21C651E98DF25ULL));
    const quint64 b = (mix64(a) & 0xFFFF000000000000ULL) | scramble48(quint64(index) ^ key);
    return uuidFrom(a, b);
}

std::optional<qint64> TrafficGenerator::indexForId(Provider provider, QStringView id) const
{
    if (id.size() != 36)
        return std::nullopt;
    bool ok = false;
    const quint64 low = id.mid(24, 12).toULongLong(&ok, 16);
    if (!ok)
        return std::nullopt;
    const qint64 index = qint64((unscramble48(low) ^ streamKey(provider)) & 0xFFFFFFFFFFFFULL);
    if (index < 0 || index >= m_count)
        return std::nullopt;
    if (id.compare(callId(provider, index), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return index;
}

TrafficGenerator::Truth TrafficGenerator::truth(Provider provider, qint64 index) const
{
    Rng rng{mix64(streamKey(provider) ^ (quint64(index) * 0xE7037ED1A0B428DBULL))};
    Truth t;
    t.startMs = startMs(provider, index);
    const double u = rng.uniform();
    t.status = u < 0.70 ? CallStatus::Answered
             : u < 0.82 ? CallStatus::NoAnswer
             : u < 0.90 ? CallStatus::Busy
             : u < 0.95 ? CallStatus::Failed
                        : CallStatus::Canceled;
    t.outbound = rng.chance(0.6);
    switch (t.status) {
    case CallStatus::Answered: t.ringS = rng.range(2, 20); break;
    case CallStatus::NoAnswer: t.ringS = rng.range(30, 45); break;
    case CallStatus::Busy: t.ringS = rng.range(0.3, 2); break;
    case CallStatus::Failed: t.ringS = rng.range(0.1, 3); break;
    default: t.ringS = rng.range(3, 20); break;
    }
    t.ringS = std::round(t.ringS);
    if (t.status == CallStatus::Answered) {
        // Talk time: mostly short calls with a long tail, capped at an hour.
        t.talkS = std::round(std::min(3600.0, 4 + -std::log(1 - rng.uniform()) * 110));
        const double q = rng.uniform();
        t.quality = q < 0.10 ? Quality::Bad : q < 0.25 ? Quality::Average : Quality::Good;
        switch (t.quality) {
        case Quality::Bad:
            t.mos = rng.range(1.8, 3.5);
            t.jitterMs = rng.range(30, 140);
            t.lossPct = rng.range(1.0, 9.0);
            break;
        case Quality::Average:
            t.mos = rng.range(3.6, 4.0);
            t.jitterMs = rng.range(10, 30);
            t.lossPct = rng.range(0.5, 0.9);
            break;
        default:
            t.mos = rng.range(4.0, 4.5);
            t.jitterMs = rng.range(0.5, 10);
            t.lossPct = rng.range(0, 0.45);
            break;
        }
        t.mos = std::round(t.mos * 100) / 100;
        t.jitterMs = std::round(t.jitterMs * 100) / 100;
        t.lossPct = std::round(t.lossPct * 100) / 100;
        t.answerMs = t.startMs + qint64(t.ringS * 1000);
        t.endMs = t.answerMs + qint64(t.talkS * 1000);
    } else {
        t.endMs = t.startMs + qint64(t.ringS * 1000);
    }
    const double l = rng.uniform();
    t.legs = l < 0.5 ? 1 : l < 0.8 ? 2 : l < 0.93 ? 3 : 4;
    if (t.status == CallStatus::Answered) {
        const int maxIntervals = int(t.talkS / 5);
        int n = 0;
        if (t.quality == Quality::Bad)
            n = rng.irange(3, 12);
        else if (t.quality == Quality::Average)
            n = rng.irange(0, 3);
        else
            n = rng.chance(0.1) ? 1 : 0;
        t.errorIntervals = std::min(n, maxIntervals);
    }
    return t;
}

namespace {

QJsonObject plivoShape(const TrafficGenerator::Truth &t, Rng &rng, const QString &id,
                       const QString &authId, bool vobizFlavour)
{
    const bool answered = t.status == CallStatus::Answered;
    const Cause &cause = causeFor(t.status, rng);
    const QString local = indianMobile(rng);
    const QString remote = rng.chance(0.5) ? indianMobile(rng) : usNumber(rng);
    QString from = t.outbound ? local : remote;
    QString to = t.outbound ? remote : local;
    // '+' on from, usually not on to, as in Plivo's own examples; sometimes a SIP URI.
    from = rng.chance(0.8) ? u'+' + from : from;
    if (rng.chance(0.03))
        to = u"sip:agent" + num(rng.irange(100, 999)) + u"@phone.plivo.com";
    const qint64 total = qint64(std::llround((t.endMs - t.startMs) / 1000.0));
    const qint64 talk = qint64(t.talkS);
    const qint64 billed = answered ? ((talk + 59) / 60) * 60 : 0;
    const double rate = rng.chance(0.5) ? 0.0085 : 0.0357;
    const TimeStyle style = vobizFlavour ? TimeStyle::Plain : TimeStyle::Offset0530;

    QJsonObject o;
    o.insert(u"answer_time", answered ? QJsonValue(formatTime(t.answerMs, style)) : QJsonValue(QJsonValue::Null));
    o.insert(u"bill_duration", talk);
    o.insert(u"billed_duration", billed);
    o.insert(u"call_direction", t.outbound ? u"outbound"_s : u"inbound"_s);
    o.insert(u"call_duration", total);
    o.insert(u"call_state", answered ? u"ANSWER"_s
                          : t.status == CallStatus::Busy ? u"BUSY"_s
                          : t.status == CallStatus::NoAnswer ? u"NOANSWER"_s
                          : t.status == CallStatus::Canceled ? u"CANCEL"_s
                                                             : u"FAILED"_s);
    o.insert(u"call_uuid", id);
    o.insert(u"end_time", formatTime(t.endMs, style));
    o.insert(u"from_number", from);
    o.insert(u"hangup_cause_code", cause.code);
    o.insert(u"hangup_cause_name", QString::fromUtf16(cause.name));
    o.insert(u"hangup_source", answered ? (rng.chance(0.5) ? u"Caller"_s : u"Callee"_s)
                             : t.status == CallStatus::Canceled ? u"Caller"_s
                             : t.status == CallStatus::Failed ? u"Carrier"_s
                                                              : u"Callee"_s);
    o.insert(u"initiation_time", formatTime(t.startMs, style));
    o.insert(u"parent_call_uuid", QJsonValue(QJsonValue::Null));
    o.insert(u"resource_uri", QString((vobizFlavour ? u"/api/v1/Account/"_s : u"/v1/Account/"_s) + authId
                                          + u"/Call/" + id + u'/'));
    o.insert(u"to_number", to);
    o.insert(u"total_amount", fixed(billed / 60.0 * rate, 5));
    o.insert(u"total_rate", fixed(rate, 5));
    o.insert(u"voice_network_group", rng.chance(0.5) ? u"India"_s : u"USA_Canada"_s);
    o.insert(u"source_ip", ip(rng, 103, 21));
    o.insert(u"stir_verification", t.outbound ? u"Not Applicable"_s
                                  : rng.chance(0.7) ? u"Verified"_s : u"Not Verified"_s);
    // Plivo's docs example spells it "Stir_attestation"; the SDKs read the lower-case key.
    const QString attestation = t.outbound ? QString() : QString(QLatin1Char("ABC"[rng.next() % 3]));
    o.insert(rng.chance(0.3) ? u"Stir_attestation" : u"stir_attestation", attestation);
    o.insert(u"cnam_lookup", u"disabled"_s);
    return o;
}

QJsonObject vobizCdr(const TrafficGenerator::Truth &t, Rng &rng, const QString &id, qint64 index)
{
    const bool answered = t.status == CallStatus::Answered;
    const Cause &cause = causeFor(t.status, rng);
    const QString local = u'+' + indianMobile(rng);
    const QString remote = u'+' + indianMobile(rng);
    const qint64 billsec = qint64(t.talkS);
    const double cost = answered ? std::round(((billsec + 59) / 60) * 0.45 * 100) / 100 : 0.0;
    static const char16_t *const codecs[] = {u"PCMU", u"PCMA", u"opus", u"G722"};
    static const char16_t *const dispositions[] = {u"send_bye", u"recv_bye"};

    QJsonObject o;
    o.insert(u"id", 18000000 + index);
    o.insert(u"uuid", id);
    o.insert(u"account_id", TrafficGenerator::vobizAuthId());
    o.insert(u"call_direction", t.outbound ? u"outbound"_s : u"inbound"_s);
    o.insert(u"caller_id_name", t.outbound ? u"Vobiz Campaign"_s : u"Unknown"_s);
    o.insert(u"caller_id_number", t.outbound ? local : remote);
    o.insert(u"destination_number", t.outbound ? remote : local);
    o.insert(u"duration", qint64(std::llround((t.endMs - t.startMs) / 1000.0)));
    o.insert(u"billsec", billsec);
    o.insert(u"ring_time", qint64(t.ringS));
    o.insert(u"answer_time", timeOrNull(t.answerMs, TimeStyle::IsoZ));
    o.insert(u"start_time", formatTime(t.startMs, TimeStyle::IsoZ));
    o.insert(u"end_time", formatTime(t.endMs, TimeStyle::IsoZ));
    o.insert(u"progress_time", formatTime(t.startMs + 1000, TimeStyle::IsoZ));
    o.insert(u"created_at", formatTime(t.endMs + 2000, TimeStyle::IsoZ));
    o.insert(u"updated_at", formatTime(t.endMs + 2000, TimeStyle::IsoZ));
    // Integers when whole, as in Vobiz's examples (`0`, not `0.0`).
    o.insert(u"cost", cost);
    o.insert(u"total_cost", cost);
    o.insert(u"streaming_cost", 0);
    o.insert(u"currency", u"INR"_s);
    o.insert(u"hangup_cause", QString::fromUtf16(cause.fsCause));
    o.insert(u"hangup_cause_code", cause.code);
    o.insert(u"hangup_cause_name", QString::fromUtf16(cause.name));
    o.insert(u"hangup_disposition", answered ? QString::fromUtf16(dispositions[rng.next() % 2])
                                  : t.status == CallStatus::Canceled ? u"send_cancel"_s
                                                                     : u"send_refuse"_s);
    o.insert(u"hangup_source", answered ? (rng.chance(0.5) ? u"Caller"_s : u"Callee"_s) : u"Callee"_s);
    o.insert(u"failure_code", answered ? QJsonValue(QJsonValue::Null) : QJsonValue(num(cause.sip)));
    o.insert(u"failure_reason", answered ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromUtf16(cause.name)));
    o.insert(u"bridge_uuid", answered ? QJsonValue(uuidFrom(rng.next(), rng.next())) : QJsonValue(QJsonValue::Null));
    o.insert(u"sip_call_id", uuidFrom(rng.next(), rng.next()));
    o.insert(u"sip_user_agent", u"Vobiz"_s);
    o.insert(u"codec", answered ? QJsonValue(QString::fromUtf16(codecs[rng.next() % 4])) : QJsonValue(QJsonValue::Null));
    // Vobiz writes 0 for "no media" on unanswered calls, not a missing value.
    o.insert(u"mos", answered ? t.mos : 0);
    o.insert(u"jitter", answered ? t.jitterMs : 0);
    o.insert(u"packet_loss", answered ? t.lossPct : 0);
    o.insert(u"network_addr", ip(rng, 10, 0));
    o.insert(u"carrier_ip", rng.chance(0.8) ? QJsonValue(ip(rng, 10, 0)) : QJsonValue(QJsonValue::Null));
    o.insert(u"context", u"voice-api"_s);
    o.insert(u"region", u"ap-south-1"_s);
    o.insert(u"origination_region", u"mumbai"_s);
    o.insert(u"campaign_id", QJsonValue(QJsonValue::Null));
    o.insert(u"customer_endpoint", QJsonValue(QJsonValue::Null));
    o.insert(u"trunk_id", QJsonValue(QJsonValue::Null));
    o.insert(u"terminated_to", QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject carrierxDr(const TrafficGenerator::Truth &t, Rng &rng, const QString &id)
{
    const bool answered = t.status == CallStatus::Answered;
    const Cause &cause = causeFor(t.status, rng);
    const QString a = usNumber(rng);
    const QString b = usNumber(rng);
    // Within one record the '+' prefix is inconsistent, exactly like CarrierX's example.
    const QString src = rng.chance(0.6) ? u'+' + a : a;
    const QString dst = rng.chance(0.3) ? u'+' + b : b;
    // Fractional seconds, as a decimal string.
    const double durationS = (t.endMs - t.startMs) / 1000.0 + rng.range(0, 0.99);
    const qint64 billing = answered ? ((qint64(t.talkS) + 59) / 60) * 60 : 0;
    const double rate = 0.0025;
    static const char16_t *const codecs[] = {u"amrwb", u"g722", u"pcmu", u"opus"};
    const qint64 startMs = t.startMs + rng.irange(0, 999);

    QJsonObject o;
    o.insert(u"cic", QJsonValue(QJsonValue::Null));
    o.insert(u"cic_original", QJsonValue(QJsonValue::Null));
    o.insert(u"cic_transformed", QJsonValue(QJsonValue::Null));
    o.insert(u"codec_dst", answered ? QJsonValue(QString::fromUtf16(codecs[rng.next() % 4])) : QJsonValue(QJsonValue::Null));
    o.insert(u"codec_src", QString::fromUtf16(codecs[rng.next() % 4]));
    o.insert(u"date_insert", formatTime(t.endMs + rng.irange(60000, 240000), TimeStyle::IsoMsZ));
    o.insert(u"date_start", formatTime(startMs, TimeStyle::IsoMsZ));
    o.insert(u"date_stop", formatTime(startMs + qint64(durationS * 1000), TimeStyle::IsoMsZ));
    o.insert(u"date_talk", answered ? QJsonValue(formatTime(t.answerMs + rng.irange(0, 999), TimeStyle::IsoMsZ))
                                    : QJsonValue(QJsonValue::Null));
    o.insert(u"direction", t.outbound ? u"outbound"_s : u"inbound"_s);
    o.insert(u"disconnect_originator", answered ? (rng.chance(0.5) ? u"SRC"_s : u"DST"_s)
                                     : t.status == CallStatus::Canceled ? u"SRC"_s : u"DST"_s);
    o.insert(u"diversion_dst", QJsonValue(QJsonValue::Null));
    o.insert(u"diversion_src", QJsonValue(QJsonValue::Null));
    o.insert(u"dr_sid", id);
    o.insert(u"duration", fixed(durationS, 5));
    o.insert(u"duration_billing", num(billing));
    o.insert(u"endpoint_sid_dst", uuidFrom(rng.next(), rng.next()));
    o.insert(u"endpoint_sid_src", uuidFrom(rng.next(), rng.next()));
    o.insert(u"identity", QJsonValue(QJsonValue::Null));
    o.insert(u"ip_dst", QString(ip(rng, 10, 222) + u":5060"));
    o.insert(u"ip_src", ip(rng, 162, 251));
    o.insert(u"number_billing", b);
    o.insert(u"number_dst", dst);
    o.insert(u"number_dst_original", QJsonValue(QJsonValue::Null));
    o.insert(u"number_dst_transformed", QJsonValue(QJsonValue::Null));
    o.insert(u"number_external", a);
    o.insert(u"number_src", src);
    o.insert(u"number_src_original", QJsonValue(QJsonValue::Null));
    o.insert(u"number_src_transformed", QJsonValue(QJsonValue::Null));
    o.insert(u"partner_sid", u"ed437757-002d-4ecc-aa5a-efdf5e50dba0"_s);
    o.insert(u"price", fixed(billing / 60.0 * rate, 4));
    o.insert(u"price_lcr_dst", fixed(billing / 60.0 * rate, 4));
    o.insert(u"price_lcr_src", QJsonValue(QJsonValue::Null));
    o.insert(u"rate", fixed(rate, 4));
    o.insert(u"rate_lcr_dst", u"0.005"_s);
    o.insert(u"rate_lcr_src", QJsonValue(QJsonValue::Null));
    QString callIdDst, callIdSrc;
    appendHex(callIdDst, rng.next(), 16);
    appendHex(callIdDst, rng.next(), 16);
    appendHex(callIdSrc, rng.next(), 16);
    appendHex(callIdSrc, rng.next(), 16);
    o.insert(u"sipcallid_dst", QString(callIdDst + u"@12.7.193.174"));
    o.insert(u"sipcallid_src", QString(callIdSrc + u"@162.251.180.24"));
    o.insert(u"sipcause", num(cause.sip));
    o.insert(u"stir_attest", t.outbound ? u"A"_s : QString(QLatin1Char("ABC"[rng.next() % 3])));
    o.insert(u"stir_identity", u"false"_s);
    o.insert(u"stir_orig_id", src);
    o.insert(u"stir_signing_entity", u"carrierX"_s);
    o.insert(u"stir_verstat", QJsonValue(QJsonValue::Null));
    o.insert(u"transcoded", rng.chance(0.4));
    o.insert(u"trunk_group_sid_dst", uuidFrom(rng.next(), rng.next()));
    o.insert(u"trunk_group_sid_src", QJsonValue(QJsonValue::Null));
    o.insert(u"trunk_sid_dst", uuidFrom(rng.next(), rng.next()));
    o.insert(u"trunk_sid_src", QJsonValue(QJsonValue::Null));
    o.insert(u"type", u"telecom"_s);
    o.insert(u"user_data", QJsonObject{{u"identity"_s, u"eyJ0eXAiOiJwYXNzcG9ydCIsImFsZyI6IkVTMjU2In0"_s}});
    o.insert(u"version", 2);
    return o;
}

QJsonObject nexbroData(const TrafficGenerator::Truth &t, Rng &rng, const QString &id)
{
    const bool answered = t.status == CallStatus::Answered;
    const Cause &cause = causeFor(t.status, rng);
    const QString extension = num(rng.irange(200, 299));
    const QString external = digitsString(rng, 10);
    const double dir = rng.uniform();
    const QString direction = dir < 0.1 ? u"local"_s : t.outbound ? u"outbound"_s : u"inbound"_s;
    const TimeStyle plain = TimeStyle::Plain;

    QJsonObject o;
    o.insert(u"call_uuid", id);
    o.insert(u"caller_id_number", t.outbound ? external.left(3) + digitsString(rng, 7) : external);
    o.insert(u"caller_id_name", t.outbound ? u"Outbound Call"_s : u"Inbound Caller"_s);
    o.insert(u"caller_destination", extension);
    const QString destination = t.outbound ? digitsString(rng, 10) : extension;
    o.insert(u"destination_number", destination);
    o.insert(u"direction", direction);
    o.insert(u"start_time", formatTime(t.startMs, plain));
    o.insert(u"answer_time", timeOrNull(t.answerMs, plain));
    o.insert(u"end_time", formatTime(t.endMs, plain));
    o.insert(u"duration", hms((t.endMs - t.startMs) / 1000.0));
    o.insert(u"status", answered ? u"ANSWERED"_s
                      : t.status == CallStatus::NoAnswer ? u"MISSED"_s
                      : t.status == CallStatus::Busy ? u"BUSY"_s
                      : t.status == CallStatus::Canceled ? u"CANCELLED"_s
                                                         : u"FAILED"_s);
    o.insert(u"hangup_cause", QString::fromUtf16(cause.sentence));

    // call_flow: the first leg spans the call; later legs are transfers or forwards that
    // join after it, some of them put on hold.
    QJsonArray flow;
    for (int leg = 0; leg < t.legs; ++leg) {
        const qint64 legStart = leg == 0 ? t.startMs
                              : t.startMs + qint64(rng.range(0, std::max(1.0, t.ringS + t.talkS * 0.5)) * 1000);
        const bool legAnswered = answered && (leg == 0 || rng.chance(0.8));
        const qint64 legAnswer = legAnswered ? std::max(legStart + 1000 * rng.irange(1, 12),
                                                        leg == 0 ? t.answerMs : legStart)
                                             : 0;
        const qint64 legEnd = std::max(t.endMs, legAnswer);
        QJsonObject l;
        l.insert(u"destination_number", leg == 0 ? destination : (rng.chance(0.5) ? num(rng.irange(200, 299)) : digitsString(rng, 10)));
        l.insert(u"forwarding_enabled", leg > 0 && rng.chance(0.4));
        l.insert(u"start_time", formatTime(legStart, plain));
        l.insert(u"answer_time", timeOrNull(legAnswer, plain));
        const bool hold = legAnswered && legEnd - legAnswer > 10000 && rng.chance(0.3);
        double holdS = 0;
        qint64 holdAt = 0;
        if (hold) {
            holdS = std::round(rng.range(2, std::min(120.0, (legEnd - legAnswer) / 2000.0)));
            holdAt = legAnswer + qint64(rng.range(1, (legEnd - legAnswer) / 1000.0 - holdS) * 1000);
        }
        l.insert(u"last_hold_time", hold ? QJsonValue(formatTime(holdAt, plain)) : QJsonValue(QJsonValue::Null));
        l.insert(u"end_time", formatTime(legEnd, plain));
        l.insert(u"duration", hms((legEnd - legStart) / 1000.0));
        l.insert(u"answer_duration", hms(legAnswered ? (legEnd - legAnswer) / 1000.0 : 0));
        l.insert(u"time_to_answer", hms(legAnswered ? (legAnswer - legStart) / 1000.0 : 0));
        l.insert(u"hold_duration", hold ? QJsonValue(hms(holdS)) : QJsonValue(QJsonValue::Null));
        flow.append(l);
    }
    o.insert(u"call_flow", flow);

    QJsonObject audio;
    QJsonArray errorLog;
    if (answered) {
        const qint64 packets = qint64(t.talkS * 50);
        const qint64 lost = qint64(packets * t.lossPct / 100);
        // error_log: non-overlapping flaw intervals inside the talk time, one per slot.
        int flawTotal = 0;
        if (t.errorIntervals > 0) {
            const double slot = t.talkS / t.errorIntervals;
            for (int i = 0; i < t.errorIntervals; ++i) {
                const double len = std::min(slot * 0.9, rng.range(2.0, 4.5));
                const double at = i * slot + rng.range(0, std::max(0.0, slot - len));
                const qint64 s = t.answerMs + qint64(at) * 1000;
                const qint64 e = s + qint64(std::ceil(len)) * 1000;
                const int flaws = t.quality == TrafficGenerator::Quality::Bad ? rng.irange(4, 20) : rng.irange(1, 6);
                flawTotal += flaws;
                errorLog.append(QJsonObject{
                    {u"start"_s, formatTime(s, TimeStyle::PlainMs)},
                    {u"stop"_s, formatTime(e, TimeStyle::PlainMs)},
                    {u"flaws"_s, num(flaws)},
                    {u"duration_seconds"_s, std::round(len * 1000) / 1000},
                });
            }
        }
        QJsonObject in;
        in.insert(u"mos", fixed(t.mos, 2));
        in.insert(u"raw_bytes", num(packets * 172));
        in.insert(u"flaw_total", num(flawTotal + rng.irange(0, 5)));
        in.insert(u"media_bytes", num((packets - lost) * 172));
        in.insert(u"packet_count", num(packets));
        in.insert(u"mean_interval", fixed(20 + rng.range(0, 0.6), 2));
        in.insert(u"largest_jb_size", num(t.quality == TrafficGenerator::Quality::Bad ? rng.irange(40, 200) : 0));
        in.insert(u"cng_packet_count", u"0"_s);
        in.insert(u"jitter_loss_rate", fixed(t.lossPct, 2));
        in.insert(u"dtmf_packet_count", num(rng.chance(0.2) ? rng.irange(1, 40) : 0));
        in.insert(u"jitter_burst_rate", fixed(t.quality == TrafficGenerator::Quality::Bad ? t.lossPct / 2 : 0, 2));
        in.insert(u"skip_packet_count", num(lost));
        in.insert(u"flush_packet_count", num(rng.irange(0, 12)));
        in.insert(u"media_packet_count", num(packets - lost));
        in.insert(u"quality_percentage", fixed(std::clamp((t.mos - 1) / 3.5 * 100, 0.0, 100.0), 2));
        in.insert(u"jitter_max_variance", fixed(t.jitterMs * rng.range(3, 12), 2));
        in.insert(u"jitter_min_variance", fixed(t.jitterMs * rng.range(0.02, 0.2), 2));
        in.insert(u"jitter_packet_count", num(t.quality == TrafficGenerator::Quality::Bad ? lost / 3 : 0));
        audio.insert(u"inbound", in);
        const qint64 outPackets = qint64(packets * rng.range(0.85, 1.0));
        QJsonObject out;
        out.insert(u"raw_bytes", num(outPackets * 172));
        out.insert(u"media_bytes", num(outPackets * 172));
        out.insert(u"packet_count", num(outPackets));
        out.insert(u"cng_packet_count", u"0"_s);
        out.insert(u"rtcp_octet_count", u"0"_s);
        out.insert(u"dtmf_packet_count", u"0"_s);
        out.insert(u"rtcp_packet_count", u"0"_s);
        out.insert(u"skip_packet_count", u"0"_s);
        out.insert(u"media_packet_count", num(outPackets));
        audio.insert(u"outbound", out);
    } else {
        audio.insert(u"inbound", QJsonObject());
        audio.insert(u"outbound", QJsonObject());
    }
    // Nested inside audio_stats, not at the top level, as in NexBro's example.
    audio.insert(u"error_log", errorLog);
    o.insert(u"audio_stats", audio);

    static const char16_t *const codecs[] = {u"PCMU", u"PCMA", u"G722", u"OPUS"};
    static const char16_t *const rates[] = {u"8000", u"8000", u"16000", u"48000"};
    const int c = int(rng.next() % 4);
    QJsonObject tech;
    tech.insert(u"dtmf_type", rng.chance(0.5) ? u"info"_s : u"rfc2833"_s);
    tech.insert(u"read_codec", QString::fromUtf16(codecs[c]));
    tech.insert(u"read_rate", QString::fromUtf16(rates[c]));
    tech.insert(u"write_codec", QString::fromUtf16(codecs[c]));
    tech.insert(u"write_rate", QString::fromUtf16(rates[c]));
    tech.insert(u"local_media_ip", ip(rng, 10, 1));
    tech.insert(u"local_media_port", num(rng.irange(16384, 32767)));
    tech.insert(u"remote_media_ip", ip(rng, 10, 1));
    tech.insert(u"remote_media_port", num(rng.irange(4000, 9000)));
    tech.insert(u"audio_media_flow", answered ? u"sendrecv"_s : u"inactive"_s);
    tech.insert(u"post_dial_delay", num(rng.irange(150, t.quality == TrafficGenerator::Quality::Bad ? 3000 : 900)));
    o.insert(u"technical", tech);
    return o;
}

} // namespace

QJsonObject TrafficGenerator::record(Provider provider, qint64 index) const
{
    if (index < 0 || index >= m_count || provider == Provider::Unknown)
        return {};
    const Truth t = truth(provider, index);
    // A second stream for the cosmetic details, independent of the truth draws.
    Rng rng{mix64(streamKey(provider) ^ (quint64(index) * 0x2545F4914F6CDD1DULL) ^ 0x5bd1e995ULL)};
    const QString id = callId(provider, index);
    switch (provider) {
    case Provider::Plivo: return plivoShape(t, rng, id, plivoAuthId(), false);
    case Provider::Vobiz: return vobizCdr(t, rng, id, index);
    case Provider::CarrierX: return carrierxDr(t, rng, id);
    case Provider::NexBro: return nexbroData(t, rng, id);
    case Provider::Unknown: break;
    }
    return {};
}

QJsonObject TrafficGenerator::vobizVoiceApiRecord(qint64 index) const
{
    if (index < 0 || index >= m_count)
        return {};
    const Truth t = truth(Provider::Vobiz, index);
    Rng rng{mix64(streamKey(Provider::Vobiz) ^ (quint64(index) * 0x2545F4914F6CDD1DULL) ^ 0x5bd1e995ULL)};
    return plivoShape(t, rng, callId(Provider::Vobiz, index), vobizAuthId(), true);
}

} // namespace cdr
