// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// QualityProvenance: where each quality number of a call comes from, in words and with its
// unit: "reported by Vobiz", "computed: E-model from loss 1.2 % and jitter 8 ms reported by
// Vobiz, delay assumed 40 ms, codec G.711 (PCMU)". The one place that words it: the detail
// pane, the quality charts (titles, category labels, CSV), the exports and the PDF report all
// take their text from here, so they cannot drift apart.
//
// NexBro's `jitter_min_variance` / `jitter_max_variance` are variances (ms²): they are labelled
// as such and never graded as jitter; a NexBro call has no jitter in ms.
//
// The estimate's assumed delay is read back from mos_est_basis (EModel::assumedDelayIn), so the
// words say what the stored estimate was computed with. Pure functions: any thread.

#include "call.h"
#include "qualitythresholds.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cdr {

/// One quality number of a call with its unit, grade and source.
struct QualityFact
{
    QString key;                  ///< normalized key: "mos", "jitter_ms", "audio.inbound.jitter_max_variance", ...
    QString label;                ///< translated: "MOS", "Jitter", "Jitter max variance (inbound)"
    std::optional<double> value;  ///< nullopt: the provider sent an impossible value, dropped (Call::invalid)
    QString unit;                 ///< "ms", "%", "ms²", "" for MOS and R
    QualityGrade grade = QualityGrade::None; ///< by the thresholds; None for what has no band
    QString source;               ///< "reported by Vobiz", "computed: E-model from ..."
    bool computed = false;        ///< true for r_factor and mos_est

    /// "8 ms", "1.2 %", "4.46", "114.35 ms²"; empty when value is nullopt.
    QString valueText() const;
    /// "8 ms (good), reported by Vobiz"; the grade only when there is one.
    QString text() const;
};

class QualityProvenance
{
    Q_DECLARE_TR_FUNCTIONS(cdr::QualityProvenance)
public:
    /// Every quality number the call carries, in display order: MOS, jitter, packet loss, the
    /// E-model R-factor and MOS estimate, then NexBro's jitter variances per direction. Values
    /// CallValidator dropped (mos, jitter_ms, packet_loss_pct) are listed with no value.
    static QList<QualityFact> facts(const Call &call, const QualityThresholds &thresholds);
    /// The fact of one key, or nullopt when the call has none.
    static std::optional<QualityFact> fact(const Call &call, const QualityThresholds &thresholds,
                                           const QString &key);

    /// "reported by Vobiz" (the provider of the call; "reported in the input" when unknown).
    static QString reportedBy(const Call &call);
    /// The source of the call's MOS: "reported by Vobiz", or for NexBro that it is the inbound
    /// audio_stats MOS, FreeSWITCH-style from the flaw ratio, not an E-model.
    static QString mosSource(const Call &call);
    /// "computed: E-model from loss 1.2 % and jitter 8 ms reported by Vobiz, delay assumed
    /// 40 ms, codec G.711 (PCMU)"; empty when the call has no estimate.
    static QString estimateSource(const Call &call);
    /// The source of an audio_stats counter of one direction ("inbound", "outbound"; empty: both),
    /// with what the value is when its name does not say it (MOS kind, variance).
    static QString audioSource(const Call &call, const QString &direction, const QString &key);

    /// "jitter variances are in ms², not jitter in ms": for a chart or table showing them.
    static QString varianceNote();

    /// Display name of an audio_stats key without its unit ("Jitter max variance", "Packets").
    static QString audioLabel(const QString &key);
    /// Unit of an audio_stats key: "ms²" for the jitter variances, "%" for rates and quality
    /// percentage, "packets" for packet counts, "" for MOS and what has none.
    static QString audioUnit(const QString &key);
    /// "Jitter max variance (ms²)": the label with its unit, for chart categories and CSV.
    static QString audioLabelWithUnit(const QString &key);

    /// "8 ms", "1.2 %", "4.46", "114.35 ms²" (no space before nothing).
    static QString withUnit(double value, const QString &unit, int maxDecimals = 2);
    /// Shortest fixed form with at most maxDecimals decimals: 3.60 -> "3.6", 40.0 -> "40".
    static QString formatNumber(double value, int maxDecimals = 2);
    /// "good", "average", "bad", translated; empty for None.
    static QString gradeText(QualityGrade grade);
};

} // namespace cdr
