// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ScorecardExporter: a computed scorecard as CSV, JSON or a report-ready PDF, the same for the
// `scorecard` command and the Scorecard tab. Columns: the group keys named as in --by, then the
// KPIs (Scorecard::kpiName order). JSON is an array of objects in that key order, a KPI without
// data is null; CSV has the same columns, an empty field for no data. The PDF is an A4
// landscape table (MOS columns graded by the analyst's thresholds, in text as well as colour)
// with every definition printed under it. The format follows the file suffix. Files are written
// through QSaveFile: a failure leaves nothing behind.
//
// Pure functions; the PDF needs a QGuiApplication (fonts). Any thread that may paint (QPdfWriter
// is safe off the UI thread).

#include <core/outputformat.h>
#include <core/qualitythresholds.h>
#include <core/scorecard.h>

#include <QByteArray>
#include <QString>

#include <optional>

namespace cdr {

struct ScorecardReport
{
    QList<ScorecardKey> keys;
    QList<ScorecardGroup> groups;
    QString title;                ///< e.g. "Scorecard by provider, country"
    QStringList facts;            ///< lines under the title: period, zone, source, delay assumed
    QualityThresholds thresholds;
};

class ScorecardExporter
{
public:
    using Format = OutputFormat::Format; ///< Csv, Json or Pdf
    static std::optional<Format> formatForPath(const QString &path);

    static QStringList columns(const QList<ScorecardKey> &keys);
    static QByteArray csv(const ScorecardReport &report);
    static QByteArray json(const ScorecardReport &report);
    static QByteArray pdf(const ScorecardReport &report);
    /// Writes in the format of the suffix; false with *error naming the file and the cause.
    static bool write(const QString &path, const ScorecardReport &report, QString *error);
    /// A KPI value as the exports write it ("97.5", "4.26"), empty for no data.
    static QString formatValue(std::optional<double> value);
};

} // namespace cdr
