// SPDX-License-Identifier: GPL-3.0-or-later
#include "calldetailpane.h"
#include "ui_calldetailpane.h"

#include <charts/callreport.h>
#include <session/callfacts.h>
#include <session/callverdict.h>
#include <models/errorlogmodel.h>
#include "uilogging.h"

#include <charts/callflowtimeline.h>
#include <charts/captionedchart.h>
#include <charts/chartexporter.h>
#include <charts/chartsetrenderer.h>
#include <charts/qualitycharts.h>

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace cdr {

CallDetailPane::CallDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CallDetailPane>())
    , m_texts(staticMetaObject.className())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_ui->titleLabel->setFont(titleFont);

    m_timeline = new CallFlowTimeline(m_ui->chartsContainer);
    m_charts = new QualityCharts(m_ui->chartsContainer);
    m_ui->chartsLayout->addWidget(m_timeline);
    m_ui->chartsLayout->addWidget(m_charts, 1);

    m_errorModel = new ErrorLogModel(this);
    m_errorProxy = new QSortFilterProxyModel(this);
    m_errorProxy->setSourceModel(m_errorModel);
    m_errorProxy->setSortRole(ErrorLogModel::SortRole);
    m_ui->errorTable->setModel(m_errorProxy);
    m_ui->errorTable->sortByColumn(ErrorLogModel::StartColumn, Qt::AscendingOrder);
    m_ui->errorTable->verticalHeader()->hide();
    // Widths from the longest text each column can hold: ResizeToContents would measure every
    // row of a 1,000-interval log on each reset, which dominated the pane's first render.
    {
        const QFontMetrics fm(m_ui->errorTable->font());
        const int pad = 24;
        QHeaderView *header = m_ui->errorTable->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        const int timeWidth = fm.horizontalAdvance(u"00:00:00.000 (+0000.0 s)"_s) + pad;
        header->resizeSection(ErrorLogModel::StartColumn, timeWidth);
        header->resizeSection(ErrorLogModel::StopColumn, timeWidth);
        header->resizeSection(ErrorLogModel::DurationColumn, fm.horizontalAdvance(u"0000.000 s"_s) + pad);
        header->resizeSection(ErrorLogModel::FlawsColumn, fm.horizontalAdvance(u"Flaws 0000"_s) + pad);
        header->setStretchLastSection(true);
    }
    m_ui->timelineSplitter->setStretchFactor(0, 3);
    m_ui->timelineSplitter->setStretchFactor(1, 1);
    // Charts get three quarters of the height; sizes are proportions until the first layout.
    m_ui->timelineSplitter->setSizes({3000, 1000});

    // The cursor follows the mouse across the timeline and the flaws chart alike.
    connect(m_timeline, &CallFlowTimeline::cursorMoved, m_charts, &QualityCharts::setCursorSeconds);
    connect(m_charts, &QualityCharts::cursorMoved, m_timeline, &CallFlowTimeline::setCursorSeconds);
    connect(m_timeline, &CallFlowTimeline::bandClicked, this, [this](int band) { selectInterval(band); });
    connect(m_ui->errorTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    onIntervalActivated(m_errorProxy->mapToSource(current).row());
            });
    connect(m_ui->copyJsonButton, &QPushButton::clicked, this, &CallDetailPane::copyRawJson);
    connect(m_charts, &QualityCharts::statusMessage, this, &CallDetailPane::statusMessage);
    // The flaws chart's plot follows the timeline's plot, so both share one time axis on screen.
    m_timeline->installEventFilter(this);

    buildExportMenu();
    clear();
}

CallDetailPane::~CallDetailPane() = default;

QString CallDetailPane::partName(Part part)
{
    switch (part) {
    case Part::Timeline: return u"timeline"_s;
    case Part::Quality: return u"quality"_s;
    case Part::Errors: return u"errors"_s;
    }
    return QString();
}

void CallDetailPane::buildExportMenu()
{
    m_exportMenu = new QMenu(this);
    const std::pair<Part, const char *> parts[] = {{Part::Timeline, QT_TR_NOOP("Timeline")},
                                                   {Part::Quality, QT_TR_NOOP("Quality charts")},
                                                   {Part::Errors, QT_TR_NOOP("Flaws over time")}};
    for (const auto &[part, label] : parts) {
        QMenu *sub = m_texts.text(m_exportMenu->addMenu(QString()), label);
        const Part pt = part;
        m_texts.text(sub->addAction(QString(), this, [this, pt] { exportWithDialog(pt, u"png"_s, 1.0); }), QT_TR_NOOP("PNG…"));
        m_texts.text(sub->addAction(QString(), this, [this, pt] { exportWithDialog(pt, u"png"_s, 2.0); }), QT_TR_NOOP("PNG at 2x…"));
        m_texts.text(sub->addAction(QString(), this, [this, pt] { exportWithDialog(pt, u"svg"_s, 1.0); }), QT_TR_NOOP("SVG…"));
        m_texts.text(sub->addAction(QString(), this, [this, pt] { exportWithDialog(pt, u"pdf"_s, 1.0); }), QT_TR_NOOP("PDF…"));
        m_texts.text(sub->addAction(QString(), this, [this, pt] { exportWithDialog(pt, u"csv"_s, 1.0); }), QT_TR_NOOP("Data as CSV…"));
        m_texts.text(sub->addAction(QString(), this, [this, pt] { copyPartImage(pt); }), QT_TR_NOOP("Copy image"));
        connect(m_exportMenu, &QMenu::aboutToShow, sub, [this, sub, pt] { sub->setEnabled(hasPart(pt)); });
    }
    m_exportMenu->addSeparator();
    m_texts.text(m_exportMenu->addAction(QString(), this, &CallDetailPane::exportReportWithDialog), QT_TR_NOOP("Report (PDF)…"));
    m_texts.text(m_exportMenu->addAction(QString(), this, &CallDetailPane::copyRawJson), QT_TR_NOOP("Copy raw JSON"));
    m_ui->exportButton->setMenu(m_exportMenu);
}

void CallDetailPane::clear(const QString &reason)
{
    m_call = Call();
    m_hasCall = false;
    m_emptyReason = reason;
    m_timeline->setCall(m_call);
    m_charts->setCall(m_call);
    m_errorModel->setCall(m_call);
    m_ui->exportButton->setEnabled(false);
    refreshText();
}

void CallDetailPane::setCall(const Call &call)
{
    m_call = call;
    m_hasCall = true;
    m_timeline->setCall(call);
    m_charts->setThresholds(m_thresholds);
    m_charts->setCall(call);
    m_errorModel->setCall(call);
    m_ui->exportButton->setEnabled(true);
    refreshText();
    alignChartsWithTimeline();
}

void CallDetailPane::alignChartsWithTimeline()
{
    if (!m_timeline->isVisible()) {
        m_charts->alignPlotX(std::nullopt);
        return;
    }
    const QRectF plot = m_timeline->plotRect();
    QWidget *top = window();
    m_charts->alignPlotX(std::make_pair(m_timeline->mapTo(top, QPointF(plot.left(), 0)).x(),
                                        m_timeline->mapTo(top, QPointF(plot.right(), 0)).x()));
}

bool CallDetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_timeline
        && (event->type() == QEvent::Resize || event->type() == QEvent::Move || event->type() == QEvent::Show))
        alignChartsWithTimeline();
    return QWidget::eventFilter(watched, event);
}

void CallDetailPane::setThresholds(const QualityThresholds &thresholds)
{
    m_thresholds = thresholds;
    m_charts->setThresholds(thresholds);
    refreshText();
}

void CallDetailPane::setDisplayTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_timeline->setDisplayTimeZone(m_zone);
    m_errorModel->setDisplayTimeZone(m_zone);
    refreshText();
}

void CallDetailPane::refreshText()
{
    if (!m_hasCall) {
        m_ui->titleLabel->setText(m_emptyReason.isEmpty() ? tr("No call selected") : m_emptyReason);
        m_ui->verdictLabel->clear();
        m_ui->summaryBrowser->clear();
        m_ui->technicalBrowser->clear();
        m_ui->rawJsonEdit->clear();
        m_ui->errorHint->clear();
        return;
    }
    m_ui->titleLabel->setText(tr("%1 call %2").arg(providerDisplayName(m_call.provider), m_call.id));
    m_ui->verdictLabel->setText(CallVerdict::headline(m_call, m_thresholds));
    m_ui->summaryBrowser->setHtml(u"<p><b>"_s + CallVerdict::text(m_call, m_thresholds).toHtmlEscaped() + u"</b></p>"
                                  + CallFacts::toHtml(CallFacts::summaryRows(m_call, m_zone, m_thresholds)));
    m_ui->technicalBrowser->setHtml(CallFacts::toHtml(CallFacts::technicalRows(m_call)));
    m_ui->rawJsonEdit->setPlainText(CallFacts::rawJson(m_call));
    // Without intervals the table would be an empty box: keep only the sentence saying so.
    m_ui->errorTable->setVisible(!m_call.errorLog.isEmpty());
    m_ui->timelineSplitter->setSizes({3000, m_call.errorLog.isEmpty() ? 1 : 1000});
    m_ui->errorHint->setText(m_call.errorLog.isEmpty()
                                 ? tr("No error-log intervals: %1 reports none for this call.")
                                       .arg(providerDisplayName(m_call.provider))
                                 : tr("%Ln error-log interval(s). Click a row to highlight its band on the timeline "
                                      "and in the flaws chart.", nullptr, int(m_call.errorLog.size())));
}

QString CallDetailPane::verdictText() const
{
    return m_ui->verdictLabel->text();
}

QString CallDetailPane::summaryText() const
{
    return m_ui->summaryBrowser->toPlainText();
}

QString CallDetailPane::technicalText() const
{
    return m_ui->technicalBrowser->toPlainText();
}

QString CallDetailPane::rawJsonText() const
{
    return m_ui->rawJsonEdit->toPlainText();
}

void CallDetailPane::selectInterval(int row)
{
    if (row < 0 || row >= m_errorModel->rowCount())
        return;
    const QModelIndex proxyIndex = m_errorProxy->mapFromSource(m_errorModel->index(row, 0));
    m_ui->errorTable->setCurrentIndex(proxyIndex); // emits currentRowChanged -> onIntervalActivated
    m_ui->errorTable->scrollTo(proxyIndex);
    onIntervalActivated(row);
}

void CallDetailPane::onIntervalActivated(int row)
{
    m_timeline->setHighlightedBand(row);
    m_charts->setHighlightedInterval(row);
}

int CallDetailPane::highlightedInterval() const
{
    return m_timeline->renderer().highlightedBand();
}

bool CallDetailPane::hasPart(Part part) const
{
    if (!m_hasCall)
        return false;
    switch (part) {
    case Part::Timeline: return true;
    case Part::Quality: return QualityChartFactory::hasMediaQuality(m_call);
    case Part::Errors: return QualityChartFactory::hasErrorLog(m_call);
    }
    return false;
}

std::unique_ptr<ChartRenderable> CallDetailPane::renderable(Part part) const
{
    std::shared_ptr<ChartRenderable> inner;
    switch (part) {
    case Part::Timeline: {
        auto r = std::make_shared<TimelineRenderer>(m_timeline->renderer());
        r->setCursorSeconds(std::nullopt); // the hover cursor is not part of an export
        inner = r;
        break;
    }
    case Part::Quality:
        inner = std::make_shared<ChartSetRenderer>(
            m_call,
            QList<QualityChartFactory::Kind>{QualityChartFactory::Kind::Mos, QualityChartFactory::Kind::Jitter,
                                             QualityChartFactory::Kind::Loss,
                                             QualityChartFactory::Kind::Counters,
                                             QualityChartFactory::Kind::QualityPercent},
            m_thresholds, palette(), tr("Audio quality: %1").arg(m_call.id));
        break;
    case Part::Errors:
        inner = std::make_shared<ChartSetRenderer>(m_call, QList<QualityChartFactory::Kind>{QualityChartFactory::Kind::Flaws},
                                                   m_thresholds, palette(), tr("Flaws over time: %1").arg(m_call.id));
        break;
    }
    if (!inner)
        return nullptr;
    // A file pasted into a ticket still says which call it shows.
    return std::make_unique<CaptionedChart>(inner, CallFacts::exportCaption(m_call, m_zone), palette());
}

bool CallDetailPane::exportPart(Part part, const QString &path, QString *error, double scale)
{
    if (!hasPart(part)) {
        if (error)
            *error = tr("this call has no %1 data to export").arg(partName(part));
        return false;
    }
    std::unique_ptr<ChartRenderable> r = renderable(part);
    QString err;
    // The error log's CSV is the table itself, with flaws per second.
    const bool ok = part == Part::Errors && ChartExporter::formatForPath(path) == ChartExporter::Format::Csv
                        ? ChartExporter::writeFile(path, m_errorModel->toCsv().toUtf8(), &err)
                        : ChartExporter::exportToFile(*r, path, &err, scale);
    Q_EMIT statusMessage(ok ? tr("Exported %1").arg(path) : err);
    if (!ok) {
        qCWarning(lcUi) << "export failed:" << err;
        if (error)
            *error = err;
    }
    return ok;
}

bool CallDetailPane::exportReport(const QString &path, QString *error)
{
    if (!m_hasCall) {
        if (error)
            *error = tr("no call selected");
        return false;
    }
    CallReport::Options options;
    options.thresholds = m_thresholds;
    options.zone = m_zone;
    QString err;
    const bool ok = CallReport::writePdf(path, m_call, options, &err);
    Q_EMIT statusMessage(ok ? tr("Report written to %1").arg(path) : err);
    if (!ok && error)
        *error = err;
    return ok;
}

void CallDetailPane::copyPartImage(Part part)
{
    if (!hasPart(part))
        return;
    std::unique_ptr<ChartRenderable> r = renderable(part);
    ChartExporter::copyToClipboard(*r, devicePixelRatioF());
    Q_EMIT statusMessage(tr("Copied the %1 image").arg(partName(part)));
}

void CallDetailPane::copyRawJson()
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(rawJsonText());
    Q_EMIT statusMessage(tr("Copied the raw record"));
}

void CallDetailPane::exportWithDialog(Part part, const QString &suffix, double scale)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = partName(part) + u'-' + m_call.id.left(12);
    if (scale > 1.0)
        name += u"@2x"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(partName(part)),
                                                      dir + u'/' + name + u'.' + suffix,
                                                      tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!path.isEmpty())
        exportPart(part, path, nullptr, scale);
}

void CallDetailPane::exportReportWithDialog()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export report"),
                                                      dir + u"/report-" + m_call.id.left(12) + u".pdf",
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportReport(path);
}

void CallDetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_texts.retranslate();
        refreshText(); // the title, verdict, summary and technical facts are worded in code
    }
}

} // namespace cdr
