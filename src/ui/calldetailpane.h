// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The detail pane of one call: Summary (with the verdict and times in the display zone),
// the call-flow timeline with the audio-quality charts and the error-log table (a click on
// a row highlights its band; hovering the timeline or the flaws chart moves a shared
// cursor), and Technical (media details and the raw record as copyable JSON). Every chart
// and the timeline export to PNG 1x/2x, SVG, PDF and CSV, or to the clipboard; the whole
// call exports as a PDF report. The form is ui/calldetailpane.ui; painted parts are built
// in code. GUI thread only; the pane owns its children.

#include "actiontexts.h"

#include <core/call.h>
#include <core/qualitythresholds.h>

#include <QTimeZone>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
class QSortFilterProxyModel;
namespace Ui {
class CallDetailPane;
}
QT_END_NAMESPACE

namespace cdr {

class CallFlowTimeline;
class ChartRenderable;
class ErrorLogModel;
class QualityCharts;

class CallDetailPane : public QWidget
{
    Q_OBJECT
public:
    /// The exportable parts; their file base names in `report` are timeline, quality, errors.
    enum class Part : quint8 { Timeline, Quality, Errors };

    explicit CallDetailPane(QWidget *parent = nullptr);
    ~CallDetailPane() override;

    void setCall(const Call &call);
    /// Empties the pane; reason replaces "No call selected" (e.g. "hidden by the filter").
    void clear(const QString &reason = QString());
    void setThresholds(const QualityThresholds &thresholds);
    void setDisplayTimeZone(const QTimeZone &zone);

    bool hasCall() const { return m_hasCall; }
    const Call &call() const { return m_call; }
    QString verdictText() const;
    QString summaryText() const;   ///< the Summary tab as plain text
    QString technicalText() const; ///< the Technical table as plain text
    QString rawJsonText() const;

    CallFlowTimeline *timeline() const { return m_timeline; }
    QualityCharts *qualityCharts() const { return m_charts; }
    ErrorLogModel *errorLogModel() const { return m_errorModel; }
    /// Selects an error-log interval (source row) as a click on the table would.
    void selectInterval(int row);
    int highlightedInterval() const;

    /// Whether the call has data for that part (every call has a timeline).
    bool hasPart(Part part) const;
    /// A renderer of the part as it is shown (palette, zone): for export and tests.
    std::unique_ptr<ChartRenderable> renderable(Part part) const;
    /// Exports by file suffix (.png, .svg, .pdf, .csv); scale applies to PNG.
    bool exportPart(Part part, const QString &path, QString *error = nullptr, double scale = 1.0);
    bool exportReport(const QString &path, QString *error = nullptr);
    void copyPartImage(Part part);
    void copyRawJson();
    /// The Export menu (also behind the pane's Export button), for the main window's menu bar.
    QMenu *exportMenu() const { return m_exportMenu; }

    static QString partName(Part part); ///< "timeline", "quality", "errors"

Q_SIGNALS:
    /// One-line results of exports and copies, for the status bar.
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildExportMenu();
    void exportWithDialog(Part part, const QString &suffix, double scale);
    void exportReportWithDialog();
    void refreshText();
    void onIntervalActivated(int row);
    void alignChartsWithTimeline();

    std::unique_ptr<Ui::CallDetailPane> m_ui;
    ActionTexts m_texts; ///< the export menu's texts, for a language switch
    CallFlowTimeline *m_timeline = nullptr;
    QualityCharts *m_charts = nullptr;
    ErrorLogModel *m_errorModel = nullptr;
    QSortFilterProxyModel *m_errorProxy = nullptr;
    QMenu *m_exportMenu = nullptr;
    Call m_call;
    bool m_hasCall = false;
    QString m_emptyReason;
    QualityThresholds m_thresholds;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace cdr
