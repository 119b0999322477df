// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ScorecardInput: the calls a scorecard is computed over, reduced to what the KPIs and the
// group keys need (about 56 bytes a call, strings interned), so a million calls group in a
// fraction of a second and a set can be regrouped without going back to the Calls.
//
// Built once from Calls (add()); each record remembers the caller's row number, so a group can
// name exactly its calls (the table's drill-down). The destination's country and E.164 digits
// come from PhoneRegion when the call is added; whether the call is impaired is decided then by
// the analyst's thresholds (see Scorecard for the definition).
//
// Not thread-safe while being built; const access from any thread once built.

#include "call.h"
#include "phoneregion.h"
#include "qualitythresholds.h"

#include <QHash>
#include <QStringList>

#include <limits>
#include <vector>

namespace cdr {

class ScorecardInput
{
public:
    struct Record
    {
        qint64 startMs = std::numeric_limits<qint64>::min(); ///< UTC epoch ms; min = unknown
        quint64 e164 = 0;       ///< destination digits as a number (0 = unknown)
        float talkS = qQNaN();  ///< NaN = unknown, as for the other floats
        float pddMs = qQNaN();
        float mos = qQNaN();    ///< reported MOS (> 0)
        float mosEst = qQNaN();
        quint32 row = 0;        ///< the caller's row number
        quint16 account = 0, direction = 0, codec = 0, country = 0; ///< indexes into the string tables
        Provider provider = Provider::Unknown;
        CallStatus status = CallStatus::Unknown;
        HangupClass hangupClass = HangupClass::Unknown;
        quint8 e164Digits = 0;
        bool qualityKnown = false; ///< some MOS, jitter, loss, estimate or error-log flaw
        bool impaired = false;
    };

    struct Options
    {
        QualityThresholds thresholds;
        QString defaultRegion;                  ///< alpha-2 for numbers without "+"
        QHash<QString, QString> accountRegions; ///< account -> alpha-2, overrides defaultRegion
    };

    ScorecardInput() = default;
    explicit ScorecardInput(Options options);

    /// Adds one call as the caller's row `row`. Calls with status in-progress are kept out.
    void add(const Call &call, quint32 row);
    /// The same for a call whose error log is known only as BulkRow::errorLog bits (the table's
    /// store keeps those, not the intervals); call.errorLog is not read.
    void add(const Call &call, quint32 row, quint8 errorLogBits);
    void reserve(qsizetype calls) { m_records.reserve(size_t(calls)); }
    /// Appends another input's records after this one's (its strings re-interned here), so parts
    /// built on several threads become one; equal to having added its calls here.
    void append(ScorecardInput &&other);

    const std::vector<Record> &records() const { return m_records; }
    const QStringList &accounts() const { return m_accounts; }
    const QStringList &directions() const { return m_directions; }
    const QStringList &codecs() const { return m_codecs; }
    const QStringList &countries() const { return m_countries; }
    const Options &options() const { return m_options; }
    /// Calls add() left out (in-progress).
    qint64 skipped() const { return m_skipped; }

    /// The impairment rule on one call (exposed for tests and the detail pane).
    static bool isImpaired(const Call &call, const QualityThresholds &thresholds, bool *qualityKnown);
    /// The same with the error log given as BulkRow::errorLog bits.
    static bool isImpaired(const Call &call, quint8 errorLogBits, const QualityThresholds &thresholds,
                           bool *qualityKnown);

private:
    static quint16 intern(QHash<QString, quint16> &index, QStringList &list, const QString &value);

    Options m_options;
    std::vector<Record> m_records;
    QHash<QString, quint16> m_accountIx, m_directionIx, m_codecIx, m_countryIx;
    QStringList m_accounts, m_directions, m_codecs, m_countries;
    PhoneRegion m_phone;
    qint64 m_skipped = 0;
};

} // namespace cdr
