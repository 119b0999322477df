// SPDX-License-Identifier: GPL-3.0-or-later
// The detail pane rendered offscreen for every seed call and for synthetic extremes,
// asserting on what is drawn (lanes, bands, charts, series, messages), the table-to-band
// link, the exports and the PDF report's page count.

#include "../charts/testcalls.h"

#include <charts/callflowtimeline.h>
#include <charts/chartexporter.h>
#include <charts/chartrenderable.h>
#include <charts/qualitychartfactory.h>
#include <charts/qualitycharts.h>
#include <ui/calldetailpane.h>
#include <session/callfacts.h>
#include <charts/callreport.h>
#include <models/errorlogmodel.h>

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace cdr;

namespace {

Call seedCall(const QString &which)
{
    if (which == u"vobiz")
        return testcalls::parseOne(testcalls::fixture(QStringLiteral("vobiz_cdr_get_wiremock.json")));
    return testcalls::parseOne(testcalls::seedBody(which));
}

} // namespace

class TestCallDetailPane : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void rendersEveryCall_data()
    {
        QTest::addColumn<Call>("call");
        QTest::addColumn<int>("lanes");
        QTest::addColumn<int>("bands");
        QTest::addColumn<int>("qualityCharts");
        QTest::addColumn<bool>("flawsChart");
        QTest::addColumn<bool>("noQualityMessage");
        QTest::addColumn<int>("series");

        // Seeds: NexBro (legs, audio_stats, error_log), Vobiz /Call, CarrierX, Plivo, and the
        // Vobiz /cdr fixture that carries per-call mos/jitter/loss.
        QTest::newRow("seed nexbro") << seedCall(QStringLiteral("000")) << 2 << 8 << 5 << true << false
                                     << 3 + 4 + 1 + 1 + 1 + 1;
        QTest::newRow("seed vobiz call") << seedCall(QStringLiteral("001")) << 1 << 0 << 0 << false << true << 0;
        QTest::newRow("seed carrierx") << seedCall(QStringLiteral("002")) << 1 << 0 << 0 << false << true << 0;
        QTest::newRow("seed plivo") << seedCall(QStringLiteral("003")) << 1 << 0 << 0 << false << true << 0;
        QTest::newRow("fixture vobiz cdr") << seedCall(QStringLiteral("vobiz")) << 1 << 0 << 3 << false << false
                                           << 4 + 1 + 1;
        // Synthetic extremes.
        QTest::newRow("0 legs") << testcalls::synthetic(0, 8) << 1 << 8 << 4 << true << false << 3 + 4 + 1 + 1 + 1;
        QTest::newRow("20 legs") << testcalls::synthetic(20, 0) << 20 << 0 << 4 << false << false << 4 + 1 + 1 + 1;
        QTest::newRow("1000 intervals") << testcalls::synthetic(10, 1000) << 10 << 1000 << 4 << true << false
                                        << 3 + 4 + 1 + 1 + 1;
        QTest::newRow("unanswered") << testcalls::synthetic(2, 0, false, false) << 2 << 0 << 0 << false << true << 0;
        QTest::newRow("missing audio_stats") << testcalls::synthetic(1, 3, true, false) << 1 << 3 << 0 << true << true
                                             << 3;
    }
    void rendersEveryCall()
    {
        QFETCH(Call, call);
        QFETCH(int, lanes);
        QFETCH(int, bands);
        QFETCH(int, qualityCharts);
        QFETCH(bool, flawsChart);
        QFETCH(bool, noQualityMessage);
        QFETCH(int, series);
        QVERIFY(call.provider != Provider::Unknown);

        CallDetailPane pane;
        pane.resize(1100, 900);
        pane.setCall(call);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        QCOMPARE(pane.timeline()->laneCount(), lanes);
        QCOMPARE(pane.timeline()->bandCount(), bands);
        QCOMPARE(pane.qualityCharts()->qualityCharts().size(), qualityCharts);
        QCOMPARE(pane.qualityCharts()->flawsChart() != nullptr, flawsChart);
        QCOMPARE(pane.qualityCharts()->showsNoQualityMessage(), noQualityMessage);
        QCOMPARE(pane.qualityCharts()->seriesCount(), series);
        QCOMPARE(pane.errorLogModel()->rowCount(), bands);
        QVERIFY(!pane.verdictText().isEmpty());
        QVERIFY(pane.summaryText().contains(call.id));
        QVERIFY(pane.summaryText().contains(u"UTC")); // the zone is shown
        if (noQualityMessage)
            QVERIFY(!pane.qualityCharts()->messageText().isEmpty());

        // What is on screen really was painted: grab the pane and find the timeline's colours.
        pane.setDisplayTimeZone(QTimeZone("Asia/Kolkata"));
        const QImage shot = pane.timeline()->grab().toImage();
        QVERIFY(!shot.isNull());
        QCOMPARE(shot.size(), pane.timeline()->size() * pane.timeline()->devicePixelRatio());
        QVERIFY(pane.summaryText().contains(u"Asia/Kolkata"));
    }

    void carrierxAndPlivoSayTheyHaveNoQuality()
    {
        for (const char *seed : {"002", "003"}) {
            CallDetailPane pane;
            pane.setCall(seedCall(QLatin1String(seed)));
            QVERIFY(pane.qualityCharts()->messageText().contains(u"does not report media quality"));
            QVERIFY(pane.verdictText().contains(u"reports no media quality"));
            QVERIFY(!pane.hasPart(CallDetailPane::Part::Quality));
            QVERIFY(!pane.hasPart(CallDetailPane::Part::Errors));
            QVERIFY(pane.hasPart(CallDetailPane::Part::Timeline));
            QString error;
            QVERIFY(!pane.exportPart(CallDetailPane::Part::Quality, m_dir.filePath(QStringLiteral("q.png")), &error));
            QVERIFY(!error.isEmpty());
        }
    }

    void vobizWithoutMosIsNotExplainedAsMosZero()
    {
        QByteArray body = testcalls::fixture(QStringLiteral("vobiz_cdr_get_wiremock.json"));
        body.replace("\"mos\": 4.5,", "").replace("\"jitter\": 0,", "").replace("\"packet_loss\": 0,", "");
        const Call noMos = testcalls::parseOne(body);
        QVERIFY(!noMos.mos);
        QVERIFY(!QualityChartFactory::missingQualityText(noMos).contains(u"MOS 0"));
    }

    void clickingARowHighlightsItsBand()
    {
        CallDetailPane pane;
        pane.resize(1100, 900);
        pane.setCall(seedCall(QStringLiteral("000")));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *table = pane.findChild<QTableView *>(QStringLiteral("errorTable"));
        QVERIFY(table);
        // The pane opens on the timeline tab, so the timeline, the charts and the table are all laid out.
        QVERIFY(pane.timeline()->isVisible());
        QVERIFY(pane.timeline()->width() > 300);
        // Sort by flaws, descending: row 0 is now the 16-flaw interval, source row 7.
        table->sortByColumn(ErrorLogModel::FlawsColumn, Qt::DescendingOrder);
        table->setCurrentIndex(table->model()->index(0, 0));
        QCOMPARE(pane.highlightedInterval(), 7);
        auto *highlight = qobject_cast<QAreaSeries *>(pane.qualityCharts()->flawsChart()->series().at(1));
        QVERIFY(highlight);
        QCOMPARE(highlight->upperSeries()->count(), 4);
        QCOMPARE(highlight->upperSeries()->at(1).y(), 16.0);

        // And the other way: a click on a band selects its row.
        const TimelineRenderer::Geometry g = pane.timeline()->renderer().layout(QRectF(pane.timeline()->rect()));
        const QPointF band2(g.scale.xForSeconds(11.0), g.bandRow.center().y());
        QTest::mouseClick(pane.timeline(), Qt::LeftButton, {}, band2.toPoint());
        QCOMPARE(pane.highlightedInterval(), 1);
        const QModelIndex current = table->currentIndex();
        QCOMPARE(current.data(ErrorLogModel::IntervalIndexRole).toInt(), 1);
    }

    void cursorIsShared()
    {
        CallDetailPane pane;
        pane.resize(1100, 900);
        pane.setCall(seedCall(QStringLiteral("000")));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const TimelineRenderer::Geometry g = pane.timeline()->renderer().layout(QRectF(pane.timeline()->rect()));
        QVERIFY(pane.timeline()->isVisible());
        QVERIFY(pane.timeline()->width() > 300);
        QTest::mouseMove(pane.timeline(), QPointF(g.scale.xForSeconds(20.0), g.lanes.at(0).center().y()).toPoint());
        QVERIFY(pane.timeline()->renderer().cursorSeconds());
        QVERIFY(qAbs(*pane.timeline()->renderer().cursorSeconds() - 20.0) < 0.2);
        auto *cursor = qobject_cast<QLineSeries *>(pane.qualityCharts()->flawsChart()->series().at(2));
        QVERIFY(cursor);
        QCOMPARE(cursor->count(), 2);
        QVERIFY(qAbs(cursor->at(0).x() - 20.0) < 0.2);
    }

    // Replacing a shown call deletes the flaws view while its viewport still reports events to
    // QualityCharts::eventFilter(). Before the fix the filter called viewport() on the view being
    // destroyed (UBSan: member call on an address that is no longer a QAbstractScrollArea).
    void switchingCallsUnderTheMouseKeepsTheCursorWorking()
    {
        CallDetailPane pane;
        pane.resize(1100, 900);
        pane.setCall(seedCall(QStringLiteral("000")));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        for (const char *seed : {"000", "002", "000"}) {
            QChart *before = pane.qualityCharts()->flawsChart();
            if (before) {
                QWidget *viewport = before->scene()->views().first()->viewport();
                QTest::mouseMove(viewport, viewport->rect().center());
            }
            pane.setCall(seedCall(QLatin1String(seed)));
            QCoreApplication::processEvents();
        }
        // The last call has an error log: its new flaws chart follows the mouse again.
        QChart *chart = pane.qualityCharts()->flawsChart();
        QVERIFY(chart);
        QWidget *viewport = chart->scene()->views().first()->viewport();
        QTRY_VERIFY(chart->plotArea().width() > 50);
        const QPointF inPlot = chart->plotArea().center();
        const QPoint at = chart->scene()->views().first()->mapFromScene(chart->mapToScene(inPlot));
        QSignalSpy moved(pane.qualityCharts(), &QualityCharts::cursorMoved);
        QTest::mouseMove(viewport, at);
        QTRY_VERIFY(!moved.isEmpty());
        QVERIFY(moved.last().at(0).value<std::optional<double>>().has_value());
    }

    void flawsChartSharesTheTimelineAxis()
    {
        CallDetailPane pane;
        pane.resize(1100, 900);
        pane.setCall(seedCall(QStringLiteral("000")));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QChart *chart = pane.qualityCharts()->flawsChart();
        QVERIFY(chart);
        auto timelineX = [&](double x) { return pane.timeline()->mapTo(&pane, QPointF(x, 0)).x(); };
        auto chartX = [&](double x) {
            auto *view = qobject_cast<QWidget *>(chart->scene()->views().first()->viewport());
            return view->mapTo(&pane, QPointF(x, 0)).x();
        };
        const QRectF tp = pane.timeline()->plotRect();
        QTRY_VERIFY2(qAbs(chartX(chart->plotArea().left()) - timelineX(tp.left())) <= 1.0,
                     qPrintable(QStringLiteral("chart %1 timeline %2").arg(chartX(chart->plotArea().left())).arg(timelineX(tp.left()))));
        QTRY_VERIFY(qAbs(chartX(chart->plotArea().right()) - timelineX(tp.right())) <= 1.0);
        // And it follows a resize.
        pane.resize(900, 800);
        const QRectF tp2 = pane.timeline()->plotRect();
        QTRY_VERIFY(qAbs(chartX(chart->plotArea().right()) - timelineX(tp2.right())) <= 1.0);
    }

    void exportsEveryPart()
    {
        CallDetailPane pane;
        pane.setCall(seedCall(QStringLiteral("000")));
        for (const auto part : {CallDetailPane::Part::Timeline, CallDetailPane::Part::Quality, CallDetailPane::Part::Errors}) {
            const QString base = m_dir.filePath(CallDetailPane::partName(part));
            QString error;
            QVERIFY2(pane.exportPart(part, base + u".png", &error), qPrintable(error));
            QVERIFY2(pane.exportPart(part, base + u"@2x.png", &error, 2.0), qPrintable(error));
            QVERIFY2(pane.exportPart(part, base + u".svg", &error), qPrintable(error));
            QVERIFY2(pane.exportPart(part, base + u".pdf", &error), qPrintable(error));
            QVERIFY2(pane.exportPart(part, base + u".csv", &error), qPrintable(error));
            const QSizeF natural = pane.renderable(part)->exportSize();
            QCOMPARE(QImage(base + u".png").size(), natural.toSize());
            QCOMPARE(QImage(base + u"@2x.png").size(), (natural * 2).toSize());
            QFile svg(base + u".svg");
            QVERIFY(svg.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&svg);
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            if (!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
                QCOMPARE(testcalls::pdfPages(base + u".pdf"), 1);
        }
        QFile csv(m_dir.filePath(QStringLiteral("errors.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 9);
        QVERIFY(lines.first().contains("flaws_per_s"));
    }

    void eachChartExportsOnItsOwn()
    {
        CallDetailPane pane;
        pane.setCall(seedCall(QStringLiteral("000")));
        using Kind = QualityChartFactory::Kind;
        QCOMPARE(pane.qualityCharts()->shownKinds(),
                 (QList<Kind>{Kind::Flaws, Kind::Mos, Kind::Jitter, Kind::Loss, Kind::Counters, Kind::QualityPercent}));
        QString error;
        const QString svg = m_dir.filePath(QStringLiteral("mos.svg"));
        QVERIFY2(pane.qualityCharts()->exportChart(Kind::Mos, svg, &error), qPrintable(error));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("4.46"));
        QVERIFY(!bytes.contains("2210")); // the counters chart is not in it
        const QString png = m_dir.filePath(QStringLiteral("counters@2x.png"));
        QVERIFY2(pane.qualityCharts()->exportChart(Kind::Counters, png, &error, 2.0), qPrintable(error));
        QCOMPARE(QImage(png).size(), QSize(1920, 600));
        pane.setCall(seedCall(QStringLiteral("002")));
        QVERIFY(!pane.qualityCharts()->exportChart(Kind::Mos, m_dir.filePath(QStringLiteral("none.png")), &error));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none.png"))));
    }

    void everyQualityNumberSaysWhereItComesFrom()
    {
        // The pane's summary: units, grades and sources (QualityProvenance), NexBro's variance
        // as a variance.
        CallDetailPane pane;
        pane.setCall(seedCall(QStringLiteral("000")));
        const QString nexbro = pane.summaryText();
        QVERIFY2(nexbro.contains(u"4.46 (good), reported by NexBro (audio_stats, inbound): FreeSWITCH-style MOS"),
                 qPrintable(nexbro));
        QVERIFY(nexbro.contains(u"114.35 ms², reported by NexBro (audio_stats, inbound): a variance in ms², not jitter in ms"));
        int jitterRows = 0;
        for (const SummaryRow &row : CallFacts::summaryRows(seedCall(QStringLiteral("000")), QTimeZone::utc())) {
            if (!row.label.contains(u"itter"))
                continue;
            ++jitterRows; // every jitter number of a NexBro call is a variance, in ms²
            QVERIFY2(row.label.contains(u"variance") && row.value.contains(u" ms², "), qPrintable(row.value));
        }
        QCOMPARE(jitterRows, 2);
        pane.setCall(seedCall(QStringLiteral("vobiz")));
        const QString vobiz = pane.summaryText();
        QVERIFY2(vobiz.contains(u"4.5 (good), reported by Vobiz"), qPrintable(vobiz));
        QVERIFY(vobiz.contains(u"computed: E-model from loss 0 % and jitter 0 ms reported by Vobiz, delay assumed 40 ms, "
                               u"codec G.711 (PCMU)"));

        // Screenshots of the summary with its sources (kept next to the test binary; docs/screenshots
        // has copies).
        pane.resize(1200, 760);
        auto *tabs = pane.findChild<QTabWidget *>();
        QVERIFY(tabs);
        pane.setCall(seedCall(QStringLiteral("000")));
        tabs->setCurrentIndex(0); // Summary
        QVERIFY(pane.grab().save(QDir::current().filePath(QStringLiteral("detail-nexbro-provenance.png"))));
        pane.setCall(seedCall(QStringLiteral("vobiz")));
        tabs->setCurrentIndex(0);
        QVERIFY(pane.grab().save(QDir::current().filePath(QStringLiteral("detail-vobiz-provenance.png"))));

        // The exported quality charts: source under each title, units on the variance bars,
        // and the CSV's unit and source columns.
        pane.setCall(seedCall(QStringLiteral("000")));
        const QString base = m_dir.filePath(QStringLiteral("provenance"));
        QString error;
        QVERIFY2(pane.exportPart(CallDetailPane::Part::Quality, base + u".svg", &error), qPrintable(error));
        QVERIFY2(pane.exportPart(CallDetailPane::Part::Quality, base + u".csv", &error), qPrintable(error));
        QFile svg(base + u".svg");
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString svgText = QString::fromUtf8(svg.readAll());
        QVERIFY(svgText.contains(u"not jitter in ms"));
        QVERIFY(svgText.contains(u"(ms²)"));
        QVERIFY(!svgText.contains(u"Jitter min ms") && !svgText.contains(u"Jitter max ms"));
        QFile csv(base + u".csv");
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(csv.readAll());
        QVERIFY(csvText.startsWith(u"chart,category,series,value,unit,source\n"));
        QVERIFY2(csvText.contains(u"Jitter,Jitter max variance (ms²),Inbound,114.35,ms²,\"reported by NexBro "
                                  u"(audio_stats, inbound): a variance in ms², not jitter in ms\""),
                 qPrintable(csvText));
    }

    void reportHasTheExpectedPages_data()
    {
        QTest::addColumn<Call>("call");
        QTest::newRow("nexbro seed") << seedCall(QStringLiteral("000"));
        QTest::newRow("carrierx seed") << seedCall(QStringLiteral("002"));
        QTest::newRow("1000 intervals") << testcalls::synthetic(10, 1000);
        QTest::newRow("empty call") << Call();
    }
    void reportHasTheExpectedPages()
    {
        QFETCH(Call, call);
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdfinfo (poppler-utils) is not installed");
        const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        int pages = 0;
        QString error;
        QVERIFY2(CallReport::writePdf(path, call, CallReport::Options(), &error, &pages), qPrintable(error));
        QCOMPARE(testcalls::pdfPages(path), pages);
        // Summary, timeline, quality; then the error log; the raw record is counted by the writer.
        const int perPage = CallReport::errorRowsPerPage();
        const int errorPages = int((call.errorLog.size() + perPage - 1) / perPage);
        if (call.raw.isEmpty())
            QCOMPARE(pages, 3 + errorPages);
        else
            QVERIFY(pages > 3 + errorPages);
        if (call.errorLog.size() == 1000)
            QVERIFY(errorPages > 1);
    }

    void oddCallsDoNotCrash_data()
    {
        QTest::addColumn<Call>("call");
        const QDateTime t0 = testcalls::t0();
        Call reversed = testcalls::synthetic(2, 3);
        std::swap(reversed.errorLog[1].start, reversed.errorLog[1].stop); // stop before start
        reversed.errorLog[2].start = t0.addSecs(-30);                     // before the call
        reversed.errorLog[2].stop = QDateTime();                          // and no stop
        QTest::newRow("reversed and open intervals") << reversed;
        Call nan = testcalls::synthetic(1, 1);
        nan.ringS = std::numeric_limits<double>::quiet_NaN();
        nan.durationS = std::numeric_limits<double>::infinity();
        nan.legs[0].holdS = -5;
        nan.errorLog[0].durationS = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("nan and infinite numbers") << nan;
        Call noTimes;
        noTimes.provider = Provider::Plivo;
        noTimes.errorLog << ErrorInterval{};
        noTimes.legs << CallLeg{};
        QTest::newRow("no times at all") << noTimes;
        Call day = testcalls::synthetic(3, 5);
        day.endTime = day.startTime.addDays(1);
        day.durationS = 86400;
        QTest::newRow("a day long") << day;
    }
    void oddCallsDoNotCrash()
    {
        QFETCH(Call, call);
        CallDetailPane pane;
        pane.resize(1000, 800);
        pane.setCall(call);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(!pane.grab().isNull());
        QVERIFY(!pane.verdictText().isEmpty());
        for (const auto part : {CallDetailPane::Part::Timeline, CallDetailPane::Part::Quality, CallDetailPane::Part::Errors}) {
            if (!pane.hasPart(part))
                continue;
            QString error;
            QVERIFY2(pane.exportPart(part, m_dir.filePath(QStringLiteral("odd.svg")), &error), qPrintable(error));
            QVERIFY2(pane.exportPart(part, m_dir.filePath(QStringLiteral("odd.png")), &error), qPrintable(error));
        }
        QString error;
        QVERIFY2(pane.exportReport(m_dir.filePath(QStringLiteral("odd.pdf")), &error), qPrintable(error));
    }

    void chartsFollowThePalette()
    {
        CallDetailPane pane;
        pane.setCall(seedCall(QStringLiteral("000")));
        QPalette dark = pane.palette();
        dark.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
        dark.setColor(QPalette::Text, QColor(0xE6, 0xE6, 0xE6));
        pane.setPalette(dark);
        const QList<QChart *> charts = pane.qualityCharts()->qualityCharts() + QList<QChart *>{pane.qualityCharts()->flawsChart()};
        QCOMPARE(charts.size(), 6);
        for (QChart *chart : charts) {
            QCOMPARE(chart->backgroundBrush().color(), QColor(0x1E, 0x1E, 0x1E));
            QCOMPARE(chart->titleBrush().color(), QColor(0xE6, 0xE6, 0xE6));
        }
        // The exported timeline uses the same palette.
        const QImage image = ChartExporter::renderImage(*pane.renderable(CallDetailPane::Part::Timeline));
        QCOMPARE(image.pixelColor(image.width() - 2, image.height() - 2), QColor(0x1E, 0x1E, 0x1E));
    }

    void errorLogModelPassesTheTester()
    {
        ErrorLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCall(seedCall(QStringLiteral("000")));
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.columnCount(), int(ErrorLogModel::ColumnCount));
        QCOMPARE(model.index(0, ErrorLogModel::StartColumn).data().toString(), QStringLiteral("12:14:25.000 (+6 s)"));
        QCOMPARE(model.index(0, ErrorLogModel::DurationColumn).data().toString(), QStringLiteral("3.011 s"));
        QCOMPARE(model.index(7, ErrorLogModel::FlawsColumn).data(ErrorLogModel::SortRole).toInt(), 16);
        QCOMPARE(model.index(7, ErrorLogModel::FlawsPerSecondColumn).data().toString(), QStringLiteral("3.94"));
        model.setDisplayTimeZone(QTimeZone("Asia/Kolkata"));
        QCOMPARE(model.index(0, ErrorLogModel::StartColumn).data().toString(), QStringLiteral("17:44:25.000 (+6 s)"));
        model.setCall(testcalls::synthetic(0, 1000));
        QCOMPARE(model.rowCount(), 1000);
        model.setCall(Call());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestCallDetailPane)
#include "tst_calldetailpane.moc"
