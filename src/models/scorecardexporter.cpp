// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorecardexporter.h"

#include <core/csvwriter.h>
#include <core/displayformat.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace cdr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cdr::ScorecardExporter", text);
}

// A JSON string literal, escaped by Qt's own writer (QJsonObject would sort the keys, and the
// contract keeps the --by order first).
QByteArray jsonString(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

bool isMosKpi(ScorecardKpis::Kpi k)
{
    return k == ScorecardKpis::MosMean || k == ScorecardKpis::MosP5 || k == ScorecardKpis::MosEstMean
        || k == ScorecardKpis::MosEstP5;
}

} // namespace

std::optional<ScorecardExporter::Format> ScorecardExporter::formatForPath(const QString &path)
{
    return OutputFormat::forPath(path, { Format::Csv, Format::Json, Format::Pdf });
}

QStringList ScorecardExporter::columns(const QList<ScorecardKey> &keys)
{
    QStringList c;
    for (const ScorecardKey &k : keys)
        c << k.name();
    for (int i = 0; i < ScorecardKpis::KpiCount; ++i)
        c << Scorecard::kpiName(ScorecardKpis::Kpi(i));
    return c;
}

QString ScorecardExporter::formatValue(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}

QByteArray ScorecardExporter::csv(const ScorecardReport &report)
{
    QByteArray out;
    CsvWriter csv(&out);
    csv.row(columns(report.keys));
    for (const ScorecardGroup &g : report.groups) {
        for (const QString &k : g.keys)
            csv.field(k);
        for (int k = 0; k < ScorecardKpis::KpiCount; ++k)
            csv.plainField(formatValue(g.kpis.value(ScorecardKpis::Kpi(k))).toLatin1());
        csv.endRow();
    }
    return out;
}

QByteArray ScorecardExporter::json(const ScorecardReport &report)
{
    QByteArray out = "[";
    for (int gi = 0; gi < report.groups.size(); ++gi) {
        const ScorecardGroup &g = report.groups.at(gi);
        out += gi ? ",\n  {" : "\n  {";
        QList<QByteArray> fields;
        for (int i = 0; i < report.keys.size(); ++i) {
            const QString value = g.keys.value(i);
            fields << jsonString(report.keys.at(i).name()) + ':' + (value.isEmpty() ? QByteArray("null") : jsonString(value));
        }
        for (int k = 0; k < ScorecardKpis::KpiCount; ++k) {
            const auto v = g.kpis.value(ScorecardKpis::Kpi(k));
            fields << jsonString(Scorecard::kpiName(ScorecardKpis::Kpi(k))) + ':'
                    + (v ? formatValue(v).toLatin1() : QByteArray("null"));
        }
        out += fields.join(", ") + '}';
    }
    out += report.groups.isEmpty() ? "]\n" : "\n]\n";
    return out;
}

QByteArray ScorecardExporter::pdf(const ScorecardReport &report)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html;
    html += QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans', sans-serif;\">");
    html += QStringLiteral("<h2>%1</h2>").arg(esc(report.title));
    for (const QString &f : report.facts)
        html += QStringLiteral("<div style=\"color:#444\">%1</div>").arg(esc(f));
    html += QStringLiteral("<br/><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "style=\"border-collapse: collapse; border-color: #999;\" width=\"100%\"><tr>");
    for (QString c : columns(report.keys)) {
        // Long names may break only after an underscore ("impaired_call_" / "pct"), not mid-word.
        if (c.size() > 10)
            c.replace(u'_', QStringLiteral("_\u200b"));
        html += QStringLiteral("<th style=\"background:#e8e8e8; font-size: 7pt;\">%1</th>").arg(esc(c));
    }
    html += QStringLiteral("</tr>");
    for (int gi = 0; gi < report.groups.size(); ++gi) {
        const ScorecardGroup &g = report.groups.at(gi);
        html += QStringLiteral("<tr>");
        for (const QString &k : g.keys)
            html += QStringLiteral("<td style=\"font-size: 8pt;\">%1</td>").arg(esc(k.isEmpty() ? tr("(none)") : k));
        for (int k = 0; k < ScorecardKpis::KpiCount; ++k) {
            const auto kpi = ScorecardKpis::Kpi(k);
            const auto v = g.kpis.value(kpi);
            // A report to read: the chosen locale's numbers, as the table shows them.
            QString text = v ? DisplayFormat::number(*v, 2) : QStringLiteral("–");
            QString bg;
            if (isMosKpi(kpi) && v) {
                // Graded like the table: colour and a letter, so it survives a black-and-white print.
                switch (report.thresholds.gradeMos(v)) {
                case QualityGrade::Good: bg = QStringLiteral("#d7f0d7"); break;
                case QualityGrade::Average: bg = QStringLiteral("#fbefc7"); text += QStringLiteral(" ~"); break;
                case QualityGrade::Bad: bg = QStringLiteral("#f6d0d0"); text += QStringLiteral(" !"); break;
                case QualityGrade::None: break;
                }
            }
            html += QStringLiteral("<td align=\"right\" style=\"font-size: 8pt;%1\">%2</td>")
                        .arg(bg.isEmpty() ? QString() : QStringLiteral(" background:%1;").arg(bg), esc(text));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (report.groups.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No calls in the selection.")));
    html += QStringLiteral("<h3>%1</h3><table cellpadding=\"1\" style=\"font-size: 8pt;\">").arg(esc(tr("Definitions")));
    for (const ScorecardKey &k : report.keys)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k.name()), esc(Scorecard::keyDefinition(k)));
    for (int k = 0; k < ScorecardKpis::KpiCount; ++k)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(esc(Scorecard::kpiName(ScorecardKpis::Kpi(k))), esc(Scorecard::kpiDefinition(ScorecardKpis::Kpi(k))));
    html += QStringLiteral("</table><p style=\"font-size: 8pt;\">%1</p>")
                .arg(esc(tr("MOS columns are graded by the analyst's thresholds: good ≥ %1, bad < %2 (~ average, ! bad). "
                            "– means no data. Percentiles are nearest-rank.")
                             .arg(DisplayFormat::number(report.thresholds.mosGood, 2),
                                  DisplayFormat::number(report.thresholds.mosBad, 2))));
    html += QStringLiteral("</body></html>");

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("CDR Inspector"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                     QPageLayout::Millimeter));
    writer.setResolution(300);
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&writer);
    buffer.close();
    return bytes;
}

bool ScorecardExporter::write(const QString &path, const ScorecardReport &report, QString *error)
{
    const auto format = formatForPath(path);
    if (!format) {
        *error = tr("%1: unknown output format; use .csv, .json or .pdf").arg(path);
        return false;
    }
    const QByteArray bytes = *format == Format::Csv ? csv(report) : *format == Format::Json ? json(report) : pdf(report);
    return OutputFormat::writeFile(path, bytes, error);
}

} // namespace cdr
