// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardinput.h"

#include "bulkrow.h"

#include <cmath>

namespace cdr {

namespace {

float toFloat(const std::optional<double> &v)
{
    return v && std::isfinite(*v) ? float(*v) : qQNaN();
}

} // namespace

ScorecardInput::ScorecardInput(Options options)
    : m_options(std::move(options))
{
}

quint16 ScorecardInput::intern(QHash<QString, quint16> &index, QStringList &list, const QString &value)
{
    if (const auto it = index.constFind(value); it != index.cend())
        return *it;
    // 65535 distinct values of one key are more than a table can show; the rest share the last.
    if (list.size() >= 0xffff)
        return quint16(0xfffe);
    const auto ix = quint16(list.size());
    list.append(value);
    index.insert(value, ix);
    return ix;
}

bool ScorecardInput::isImpaired(const Call &call, const QualityThresholds &t, bool *qualityKnown)
{
    return isImpaired(call, errorLogBits(call), t, qualityKnown);
}

bool ScorecardInput::isImpaired(const Call &call, quint8 logBits, const QualityThresholds &t, bool *qualityKnown)
{
    const QualityGrade reported = t.gradeCall(call);
    // The estimate stands in for a MOS only where the provider reported none.
    const QualityGrade estimated =
        (call.mos && *call.mos > 0) ? QualityGrade::None : t.gradeMos(call.mosEst);
    const bool hasLog = logBits & BulkRow::kLogHasFlaws;
    const bool sustained = logBits & BulkRow::kLogSustained;
    *qualityKnown = reported != QualityGrade::None || estimated != QualityGrade::None || hasLog;
    return reported == QualityGrade::Bad || estimated == QualityGrade::Bad || sustained;
}

void ScorecardInput::append(ScorecardInput &&other)
{
    auto remap = [](QHash<QString, quint16> &index, QStringList &list, const QStringList &theirs) {
        std::vector<quint16> map(size_t(theirs.size()));
        for (qsizetype i = 0; i < theirs.size(); ++i)
            map[size_t(i)] = intern(index, list, theirs.at(i));
        return map;
    };
    const auto accounts = remap(m_accountIx, m_accounts, other.m_accounts);
    const auto directions = remap(m_directionIx, m_directions, other.m_directions);
    const auto codecs = remap(m_codecIx, m_codecs, other.m_codecs);
    const auto countries = remap(m_countryIx, m_countries, other.m_countries);
    auto at = [](const std::vector<quint16> &map, quint16 ix) { return ix < map.size() ? map[ix] : quint16(0xfffe); };
    m_records.reserve(m_records.size() + other.m_records.size());
    for (Record r : other.m_records) {
        r.account = at(accounts, r.account);
        r.direction = at(directions, r.direction);
        r.codec = at(codecs, r.codec);
        r.country = at(countries, r.country);
        m_records.push_back(r);
    }
    m_skipped += other.m_skipped;
    other.m_records.clear();
}

void ScorecardInput::add(const Call &call, quint32 row)
{
    add(call, row, call.status == CallStatus::InProgress ? quint8(0) : errorLogBits(call));
}

void ScorecardInput::add(const Call &call, quint32 row, quint8 logBits)
{
    if (call.status == CallStatus::InProgress) {
        ++m_skipped;
        return;
    }
    Record r;
    r.row = row;
    r.startMs = call.startTime.isValid() ? call.startTime.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    r.talkS = toFloat(call.talkS);
    r.pddMs = toFloat(call.postDialDelayMs);
    r.mos = call.mos && *call.mos > 0 ? float(*call.mos) : qQNaN();
    r.mosEst = toFloat(call.mosEst);
    r.provider = call.provider;
    r.status = call.status;
    r.hangupClass = call.hangupClass;
    r.account = intern(m_accountIx, m_accounts, call.account);
    r.direction = intern(m_directionIx, m_directions, call.direction.toLower());
    r.codec = intern(m_codecIx, m_codecs, call.codec);
    const QString region = m_options.accountRegions.value(call.account, m_options.defaultRegion);
    const PhoneRegion::Result dest = m_phone.resolve(call.to, region);
    r.country = intern(m_countryIx, m_countries, dest.region);
    r.e164 = dest.e164;
    r.e164Digits = dest.e164Digits;
    r.impaired = isImpaired(call, logBits, m_options.thresholds, &r.qualityKnown);
    m_records.push_back(r);
}

} // namespace cdr
