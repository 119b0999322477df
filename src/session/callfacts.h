// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Summary and Technical sections of one call as (label, value) rows, with times in the
// display time zone (the zone is named) and "not reported" for what a provider does not send.
// Pure functions shared by the detail pane and the PDF report. Any thread.

#include <core/call.h>
#include <core/qualitythresholds.h>

#include <QCoreApplication>
#include <QTimeZone>

namespace cdr {

struct SummaryRow
{
    QString label;
    QString value;
};

class CallFacts
{
    Q_DECLARE_TR_FUNCTIONS(cdr::CallFacts)
public:
    /// Quality rows (MOS, jitter, loss, the E-model estimate, NexBro's jitter variance) carry
    /// their unit, grade by thresholds and source (QualityProvenance).
    static QList<SummaryRow> summaryRows(const Call &call, const QTimeZone &zone,
                                         const QualityThresholds &thresholds = QualityThresholds());
    static QList<SummaryRow> technicalRows(const Call &call);
    /// "2026-01-16 12:14:19 UTC" in the zone, or "not reported".
    static QString formatTime(const QDateTime &utc, const QTimeZone &zone);
    /// "45 s (0:45)", or "not reported".
    static QString formatSeconds(std::optional<double> s);
    static QString notReported();
    /// "350 ms", "1500 ms (1.5 s)".
    static QString formatMilliseconds(double ms);
    /// " (transcoded: amrwb → g722)" when the two sides' codecs differ, else empty.
    static QString transcodedNote(const Call &call);
    /// The codec with the transcoding note.
    static QString codecText(const Call &call);
    /// What a value CallValidator dropped as impossible reads as.
    static QString invalid();
    /// The caption of an exported chart: "Vobiz · call ID · 2026-03-25 10:00:00 UTC".
    static QString exportCaption(const Call &call, const QTimeZone &zone);
    /// Rows as a two-column HTML table (escaped), for QTextBrowser.
    static QString toHtml(const QList<SummaryRow> &rows);
    /// Raw record as indented JSON.
    static QString rawJson(const Call &call);
};

} // namespace cdr
