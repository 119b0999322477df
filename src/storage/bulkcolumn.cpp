// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkcolumn.h"

#include <type_traits>

namespace cdr {

namespace {

using Kind = BulkColumn::Kind;

constexpr BulkColumn text(const char *local, const char *team, QByteArrayView BulkRow::*field, Kind kind = Kind::Text)
{
    return {local, team, kind, field};
}
// A column of the same name in both archives.
constexpr BulkColumn text(const char *name, QByteArrayView BulkRow::*field, Kind kind = Kind::Text)
{
    return text(name, name, field, kind);
}

constexpr BulkColumn real(const char *local, const char *team, double BulkRow::*field)
{
    return {local, team, Kind::Real, nullptr, field};
}
constexpr BulkColumn real(const char *name, double BulkRow::*field)
{
    return real(name, name, field);
}

// An integer-like field (an enum, a count, the start time) read and written as qint64.
template <auto Field>
constexpr BulkColumn integer(const char *local, const char *team, Kind kind)
{
    using T = std::remove_cvref_t<decltype(std::declval<BulkRow &>().*Field)>;
    return {local, team, kind, nullptr, nullptr, [](const BulkRow &r) { return qint64(r.*Field); },
            [](BulkRow &r, qint64 v) { r.*Field = static_cast<T>(v); }};
}
template <auto Field>
constexpr BulkColumn integer(const char *name, Kind kind)
{
    return integer<Field>(name, name, kind);
}

// In the order of the archives' column lists (the local archive's table was made in this order,
// and its loader reads by position).
constexpr BulkColumn kColumns[] = {
    integer<&BulkRow::provider>("provider", Kind::SmallInt),
    text("account", &BulkRow::account, Kind::Key),
    text("id", &BulkRow::id, Kind::Key),
    integer<&BulkRow::startMs>("start_ms", Kind::Time),
    text("from_n", "from_number", &BulkRow::from),
    text("to_n", "to_number", &BulkRow::to),
    text("direction", &BulkRow::direction),
    integer<&BulkRow::status>("status", Kind::SmallInt),
    real("duration", "duration_s", &BulkRow::durationS),
    real("talk", "talk_s", &BulkRow::talkS),
    real("billed", "billed_s", &BulkRow::billedS),
    real("cost", &BulkRow::cost),
    text("currency", &BulkRow::currency),
    text("hangup_cause", &BulkRow::hangupCause),
    text("hangup_code", &BulkRow::hangupCode),
    text("hangup_source", &BulkRow::hangupSource),
    text("codec", &BulkRow::codec),
    real("mos", &BulkRow::mos),
    real("jitter", "jitter_ms", &BulkRow::jitterMs),
    real("loss", "packet_loss_pct", &BulkRow::packetLossPct),
    integer<&BulkRow::legs>("legs", Kind::Integer),
    integer<&BulkRow::flaws>("flaws", Kind::Integer),
    real("pdd", "post_dial_delay_ms", &BulkRow::postDialDelayMs),
    integer<&BulkRow::errorLog>("log_flags", "error_log", Kind::SmallInt),
    text("sip_call_id", &BulkRow::sipCallId),
};

QByteArray joined(const char *BulkColumn::*name)
{
    QByteArray out;
    for (const BulkColumn &c : kColumns) {
        if (!out.isEmpty())
            out += ", ";
        out += c.*name;
    }
    return out;
}

} // namespace

std::span<const BulkColumn> BulkColumn::all()
{
    return kColumns;
}

QByteArray BulkColumn::localList()
{
    return joined(&BulkColumn::local);
}

QByteArray BulkColumn::teamList()
{
    return joined(&BulkColumn::team);
}

} // namespace cdr
