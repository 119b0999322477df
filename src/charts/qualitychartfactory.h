// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds the Qt Charts of a call's audio quality: MOS against the good/average/bad bands,
// jitter (ms) and packet loss (%) on charts of their own, packet counters, quality percentage, and flaws over time from the error_log on the
// timeline's axis (seconds from call start). Each chart is created fresh (caller owns it) so
// the same code feeds the on-screen views, the exporter and the PDF report. Series are fed
// with replace(), never point by point. GUI thread only.

#include <core/call.h>
#include <core/qualitythresholds.h>

#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace cdr {

class QualityChartFactory
{
    Q_DECLARE_TR_FUNCTIONS(cdr::QualityChartFactory)
public:
    /// Loss is last so the numbers of the first five stay what saved exports and menus use.
    enum class Kind : quint8 { Mos, Jitter, Counters, QualityPercent, Flaws, Loss };

    /// A bar chart's data: categories on x, one value list per series (nullopt = not reported).
    struct Bars
    {
        QStringList categories;
        QStringList units;                          ///< per category: "ms", "%", "ms²", "packets", ""
        QList<QString> seriesNames;
        QList<QList<std::optional<double>>> values; ///< [series][category]
        QList<QStringList> sources;                 ///< [series][category]: QualityProvenance's words
        QStringList notReported;                    ///< "outbound MOS", ...
    };

    /// The media-quality charts that have data for this call (never includes Flaws).
    static QList<Kind> qualityKinds(const Call &call);
    static bool hasMediaQuality(const Call &call) { return !qualityKinds(call).isEmpty(); }
    static bool hasErrorLog(const Call &call) { return !call.errorLog.isEmpty(); }
    /// Why there are no quality charts, e.g. "CarrierX does not report media quality ...".
    static QString missingQualityText(const Call &call);

    static QString title(Kind kind);
    /// Where the chart's numbers come from (QualityProvenance), shown under its title:
    /// "reported by NexBro (audio_stats); jitter variances are in ms², not jitter in ms".
    static QString sourceText(Kind kind, const Call &call);
    static Bars bars(Kind kind, const Call &call);
    /// Creates the chart; spanS is the timeline's axis length (used by Flaws only).
    static QChart *create(Kind kind, const Call &call, const QualityThresholds &thresholds,
                          const QPalette &palette, double spanS);
    static void applyPalette(QChart *chart, const QPalette &palette);
    /// The chart's data as CSV (one header line): chart, category, series, value, unit, source.
    static QString csv(Kind kind, const Call &call);

    // Series names of the Flaws chart, so the pane can find them again.
    static QString flawsSeriesName();
    static QString highlightSeriesName();
    static QString cursorSeriesName();
};

} // namespace cdr
