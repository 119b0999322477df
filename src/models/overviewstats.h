// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Aggregates behind the overview page, over the filtered view: MOS histogram per direction,
// calls and answer rate per hour or day, hangup classes with the provider causes behind each,
// and mean MOS over time. A pure function of the store rows: compute it off the UI thread.

#include "callstore.h"

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QTimeZone>

#include <vector>

namespace cdr {

struct OverviewStats
{
    static constexpr double kMosMin = 1.0;
    static constexpr double kMosBin = 0.25;
    static constexpr int kMosBins = 16; ///< 1.00-1.25, ..., 4.75-5.00

    struct Bucket
    {
        qint64 startMs = 0;   ///< UTC epoch ms of the bucket's start (local midnight or hour)
        qint64 calls = 0;
        qint64 answered = 0;
        qint64 mosCount = 0;
        double mosSum = 0;
        double meanMos() const { return mosCount ? mosSum / double(mosCount) : 0.0; }
    };

    QList<qint64> mosInbound = QList<qint64>(kMosBins, 0);
    QList<qint64> mosOutbound = QList<qint64>(kMosBins, 0);
    QList<qint64> mosOther = QList<qint64>(kMosBins, 0);
    QList<Bucket> buckets;
    bool hourly = false;           ///< buckets are hours (range up to 3 days) or days
    /// One provider cause behind a hangup class: the provider's cause text (its code when it
    /// sent no text; empty when it sent neither) and how many calls carried it.
    struct CauseCount
    {
        Provider provider = Provider::Unknown;
        QString cause;
        qint64 calls = 0;
        friend bool operator==(const CauseCount &, const CauseCount &) = default;
    };
    struct ClassCount
    {
        HangupClass hangupClass = HangupClass::Unknown;
        qint64 calls = 0;
        QList<CauseCount> causes; ///< most frequent first, every one
    };
    QList<ClassCount> classes; ///< every class that occurs, most frequent first
    qint64 calls = 0;

    /// Bin index of a MOS value (clamped to the histogram).
    static int mosBin(double mos);
    static OverviewStats compute(const CallStore &store, const std::vector<quint32> &rows, const QTimeZone &zone);
};

} // namespace cdr

Q_DECLARE_METATYPE(cdr::OverviewStats)
