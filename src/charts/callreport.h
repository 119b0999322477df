// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The per-call report as a multi-page A4 PDF (QPdfWriter + QPainter), drawn through the same
// render paths as the pane and the exports: page 1 summary, verdict, thresholds, ids and
// generation time; page 2 the timeline and flaws over time; page 3 the quality charts (or
// why there are none); then the error-log table and the raw record. Written through
// QSaveFile. GUI thread only (fonts, Qt Charts); needs a QApplication (offscreen is fine).

#include <core/call.h>
#include <core/qualitythresholds.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QPalette>
#include <QTimeZone>

namespace cdr {

class CallReport
{
    Q_DECLARE_TR_FUNCTIONS(cdr::CallReport)
public:
    struct Options
    {
        QualityThresholds thresholds;
        QTimeZone zone = QTimeZone::utc();
        QDateTime generatedAt;   ///< invalid = now
        bool redacted = false;   ///< says so on the first page
    };

    /// The PDF bytes; *pages receives the number of pages written.
    static QByteArray toPdf(const Call &call, const Options &options, int *pages = nullptr);
    static bool writePdf(const QString &path, const Call &call, const Options &options, QString *error,
                         int *pages = nullptr);
    /// Error-log rows that fit on one page (for tests and page-count estimates).
    static int errorRowsPerPage();
    /// A palette for print: black on white whatever the screen theme is.
    static QPalette printPalette();
};

} // namespace cdr
