// SPDX-License-Identifier: GPL-3.0-or-later
// ChartExporter: every format through the one render path, validated by reading the files
// back (PNG decodes at the expected size, SVG parses and names the series, PDF page count
// from pdfinfo), plus the errors it must report.

#include "testcalls.h"

#include <charts/chartexporter.h>
#include <charts/chartsetrenderer.h>
#include <charts/qualitychartfactory.h>
#include <charts/timelinerenderer.h>

#include <QtCharts/QAbstractSeries>
#include <QtCharts/QChart>
#include <QtCharts/QValueAxis>

#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace cdr;
using namespace Qt::StringLiterals;
using Kind = QualityChartFactory::Kind;

namespace {

const QList<Kind> kQualityKinds = {Kind::Mos, Kind::Jitter, Kind::Counters, Kind::QualityPercent};

// Parses an SVG, returns all its text content (title, desc, <text>) or an error.
QString svgText(const QByteArray &svg, QString *error)
{
    QXmlStreamReader xml(svg);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text() + u'\n';
    }
    if (xml.hasError())
        *error = xml.errorString();
    return text;
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT
private:
    Call m_nexbro;
    QTemporaryDir m_dir;

    std::unique_ptr<TimelineRenderer> timeline(const Call &call)
    {
        auto r = std::make_unique<TimelineRenderer>();
        r->setData(TimelineData::fromCall(call));
        r->setCallTitle(call.id);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_nexbro = testcalls::parseOne(testcalls::seedBody(QStringLiteral("000")));
        QCOMPARE(m_nexbro.provider, Provider::NexBro);
        QVERIFY(m_dir.isValid());
    }

    void pngDecodesAtExpectedSize_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("2x") << 2.0;
    }
    void pngDecodesAtExpectedSize()
    {
        QFETCH(double, scale);
        auto r = timeline(m_nexbro);
        const QString path = m_dir.filePath(QStringLiteral("timeline-%1.png").arg(scale));
        QString error;
        QVERIFY2(ChartExporter::exportToFile(*r, path, &error, scale), qPrintable(error));
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), (r->exportSize() * scale).toSize());
        // Something was drawn: the talking green appears somewhere in the middle row.
        bool green = false;
        for (int x = 0; x < image.width() && !green; x += 2) {
            for (int y = 0; y < image.height() && !green; y += 2)
                green = image.pixelColor(x, y) == TimelineRenderer::segmentColor(SegmentKind::Talking);
        }
        QVERIFY(green);
    }

    void flawsPlotLinesUpUnderTheTimeline()
    {
        // As the report draws page 2: both at the same width, the flaws plot moved under the
        // timeline's plot, so one second is the same x on both.
        auto t = timeline(m_nexbro);
        const QRectF timelineRect(QPointF(0, 0), t->exportSize());
        const QRectF plot = t->layout(timelineRect).plot;
        ChartSetRenderer flaws(m_nexbro, {QualityChartFactory::Kind::Flaws}, QualityThresholds(), QPalette(), QString());
        const QRectF target(QPointF(0, 0), flaws.exportSize() * (timelineRect.width() / flaws.exportSize().width()));
        const QRectF unaligned = flaws.plotAreas(target).value(0);
        QVERIFY(!unaligned.isEmpty());
        flaws.setAlignX(plot.left() / timelineRect.width(), plot.right() / timelineRect.width());
        const QRectF aligned = flaws.plotAreas(target).value(0);
        QVERIFY2(std::abs(aligned.left() - plot.left()) <= 2.0 && std::abs(aligned.right() - plot.right()) <= 2.0,
                 qPrintable(QStringLiteral("timeline %1..%2, flaws %3..%4 (unaligned %5..%6)")
                                .arg(plot.left()).arg(plot.right()).arg(aligned.left()).arg(aligned.right())
                                .arg(unaligned.left()).arg(unaligned.right())));
    }

    void shortCallAxisLabelsDoNotOverlap_data()
    {
        QTest::addColumn<double>("width");
        QTest::newRow("pane 560") << 560.0;
        QTest::newRow("pane 680") << 680.0;
        QTest::newRow("export 960") << 960.0;
    }
    void shortCallAxisLabelsDoNotOverlap()
    {
        // The 4.25 s CarrierX seed: sub-second ticks, the widest wall-clock labels.
        QFETCH(double, width);
        const Call cx = testcalls::parseOne(testcalls::seedBody(QStringLiteral("002")));
        auto r = timeline(cx);
        const QRectF target(0, 0, width, 220);
        const QList<TimelineRenderer::AxisLabel> labels = r->axisLabels(target);
        QVERIFY(labels.size() >= 6);
        bool fromStart = false;
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const auto &a = labels.at(i);
            QVERIFY2(target.contains(a.rect), qPrintable(a.text));
            fromStart = fromStart || a.text == u"from start";
            for (qsizetype j = i + 1; j < labels.size(); ++j) {
                const auto &b = labels.at(j);
                if (a.row == b.row)
                    QVERIFY2(!a.rect.intersects(b.rect), qPrintable(a.text + u" / " + b.text));
            }
        }
        QVERIFY(fromStart); // the caption is whole, not "from st…"
        // The wall clock under 0 s is the start (15:32:15.589) rounded to the shown decimal.
        const auto zero = std::find_if(labels.cbegin(), labels.cend(), [](const auto &l) { return l.row == 2; });
        QVERIFY(zero != labels.cend());
        QCOMPARE(zero->text, zero->text.contains(u'.') ? QStringLiteral("15:32:15.6") : QStringLiteral("15:32:16"));
    }

    void emptyAndLiveTimelines()
    {
        // No call: nothing to draw, not an axis from 0 to 1 s.
        TimelineRenderer empty;
        empty.setData(TimelineData::fromCall(Call()));
        QVERIFY(empty.isEmpty());
        QVERIFY(empty.axisLabels(QRectF(0, 0, 600, 200)).isEmpty());
        // A live call (Vobiz live-call fixture, in progress): its bar has no end marker.
        const Call live = testcalls::parseOne(testcalls::fixture(QStringLiteral("vobiz_live_call_get_wiremock.json")));
        QCOMPARE(live.status, CallStatus::InProgress);
        const TimelineData d = TimelineData::fromCall(live);
        QVERIFY(!d.lanes.isEmpty());
        QVERIFY(d.lanes.first().ongoing);
        QVERIFY(!TimelineData::fromCall(m_nexbro).lanes.first().ongoing);
    }

    void axesHaveNoExponents()
    {
        // NexBro's packet counters run to tens of thousands: "3e+04" is not an axis label.
        Call call = m_nexbro;
        call.audio->inbound.counters[QStringLiteral("packet_count")] = 30000;
        for (const auto kind : QualityChartFactory::qualityKinds(call)) {
            std::unique_ptr<QChart> chart(QualityChartFactory::create(kind, call, QualityThresholds(), QPalette(), 45.0));
            for (QAbstractAxis *a : chart->axes()) {
                auto *axis = qobject_cast<QValueAxis *>(a);
                if (!axis)
                    continue;
                for (const double v : {axis->min(), axis->max(), (axis->min() + axis->max()) / 2}) {
                    const QString label = QString::asprintf(axis->labelFormat().toLatin1().constData(), v);
                    QVERIFY2(!label.contains(u'e'), qPrintable(QualityChartFactory::title(kind) + u": " + label));
                }
            }
        }
    }

    void svgParsesAndNamesTheSeries()
    {
        QString error;
        auto r = timeline(m_nexbro);
        const QByteArray svg = ChartExporter::toSvg(*r);
        const QString text = svgText(svg, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(text.contains(r->exportTitle()));
        QVERIFY(text.contains(u"8 error interval(s)"));          // the description
        QVERIFY(text.contains(u"8556900900"));                  // lane labels
        QVERIFY(text.contains(u"234"));
        QVERIFY(svg.contains("<title>") && svg.contains("<desc>"));

        ChartSetRenderer quality(m_nexbro, kQualityKinds, QualityThresholds(), QPalette(), QStringLiteral("Quality"));
        const QString q = svgText(ChartExporter::toSvg(quality), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const char *name : {"Inbound", "Outbound", "MOS", "Quality %", "4.46", "2210"})
            QVERIFY2(q.contains(QLatin1String(name)), name);

        ChartSetRenderer flaws(m_nexbro, {Kind::Flaws}, QualityThresholds(), QPalette(), QStringLiteral("Flaws"));
        const QString f = svgText(ChartExporter::toSvg(flaws), &error);
        QVERIFY(f.contains(QualityChartFactory::flawsSeriesName()));
    }

    void pdfHasOnePage()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdfinfo (poppler-utils) is not installed");
        for (const bool quality : {false, true}) {
            std::unique_ptr<ChartRenderable> r;
            if (quality)
                r = std::make_unique<ChartSetRenderer>(m_nexbro, kQualityKinds, QualityThresholds(), QPalette(), QString());
            else
                r = timeline(m_nexbro);
            const QString path = m_dir.filePath(QStringLiteral("chart-%1.pdf").arg(quality));
            QString error;
            QVERIFY2(ChartExporter::exportToFile(*r, path, &error), qPrintable(error));
            QCOMPARE(testcalls::pdfPages(path), 1);
        }
    }

    void csvHasTheData()
    {
        auto r = timeline(m_nexbro);
        const QStringList lines = r->toCsv().trimmed().split(u'\n');
        QCOMPARE(lines.size(), 1 + 5 + 8); // header, 5 segments, 8 bands
        QVERIFY(lines.first().startsWith(u"row,lane,kind"));
        QCOMPARE(lines.last(), QStringLiteral("error,,flaws,41.000,45.000,2026-01-16T12:15:00.000Z,2026-01-16T12:15:04.000Z,16"));
        const QString path = m_dir.filePath(QStringLiteral("t.csv"));
        QString error;
        QVERIFY(ChartExporter::exportToFile(*r, path, &error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()), r->toCsv());

        const QString flaws = QualityChartFactory::csv(Kind::Flaws, m_nexbro);
        QCOMPARE(flaws.trimmed().split(u'\n').size(), 9);
        QVERIFY(flaws.contains(u"6.000,9.000"));
    }

    void nexbroJitterVarianceIsNeverJitterInMs()
    {
        // NexBro's jitter_min/max_variance are variances: labelled ms², the source says so.
        const QualityChartFactory::Bars b = QualityChartFactory::bars(Kind::Jitter, m_nexbro);
        QCOMPARE(b.categories, (QStringList{u"Jitter min variance (ms²)"_s, u"Jitter max variance (ms²)"_s}));
        QCOMPARE(b.units, (QStringList{u"ms²"_s, u"ms²"_s}));
        // Loss and burst rates (%) are a chart of their own, on a % axis.
        const QualityChartFactory::Bars loss = QualityChartFactory::bars(Kind::Loss, m_nexbro);
        QCOMPARE(loss.categories, (QStringList{u"Loss rate"_s, u"Burst rate"_s}));
        QCOMPARE(loss.units, (QStringList{u"%"_s, u"%"_s}));
        QCOMPARE(b.values.value(0).value(1), std::optional<double>(114.35));
        QVERIFY(b.sources.value(0).value(1).endsWith(u"a variance in ms², not jitter in ms"));
        std::unique_ptr<QChart> chart(QualityChartFactory::create(Kind::Jitter, m_nexbro, QualityThresholds(), QPalette(), 1));
        QVERIFY(chart->title().contains(u"reported by NexBro (audio_stats): a variance in ms², not jitter in ms"));
        QCOMPARE(chart->axes(Qt::Vertical).value(0)->titleText(), u"ms²"_s);
        const QString csv = QualityChartFactory::csv(Kind::Jitter, m_nexbro);
        QVERIFY(!csv.contains(u"Jitter min ms") && !csv.contains(u"Jitter max ms"));
        QVERIFY(csv.contains(u",0.39,ms²,"));

        // Vobiz's per-call values: reported, in ms and %, and the title grades them.
        const Call vobiz = testcalls::parseOne(testcalls::fixture(u"vobiz_cdr_search_wiremock.json"_s));
        QCOMPARE(QualityChartFactory::csv(Kind::Jitter, vobiz),
                 u"chart,category,series,value,unit,source\n"
                 u"Jitter,Jitter,Call,0.2,ms,reported by Vobiz\n"_s);
        QCOMPARE(QualityChartFactory::csv(Kind::Loss, vobiz),
                 u"chart,category,series,value,unit,source\n"
                 u"Packet loss,Packet loss,Call,0.1,%,reported by Vobiz\n"_s);
        QCOMPARE(QualityChartFactory::csv(Kind::Mos, vobiz),
                 u"chart,category,series,value,unit,source\nMOS (per call),Call,MOS,4.5,,reported by Vobiz\n"_s);
        std::unique_ptr<QChart> perCall(QualityChartFactory::create(Kind::Jitter, vobiz, QualityThresholds(), QPalette(), 1));
        QVERIFY2(perCall->title().startsWith(u"Jitter per call: 0.2 ms (good)<br>"), qPrintable(perCall->title()));
        std::unique_ptr<QChart> perCallLoss(QualityChartFactory::create(Kind::Loss, vobiz, QualityThresholds(), QPalette(), 1));
        QVERIFY2(perCallLoss->title().startsWith(u"Packet loss per call: 0.1 % (good)<br>"), qPrintable(perCallLoss->title()));
        QVERIFY(perCall->title().contains(u"reported by Vobiz"));
    }

    void reportsErrorsAndLeavesNoFile()
    {
        auto r = timeline(m_nexbro);
        QString error;
        const QString unknown = m_dir.filePath(QStringLiteral("chart.bmpx"));
        QVERIFY(!ChartExporter::exportToFile(*r, unknown, &error));
        QVERIFY(error.contains(u"unknown file type"));
        QVERIFY(!QFileInfo::exists(unknown));
        error.clear();
        const QString missingDir = m_dir.filePath(QStringLiteral("no/such/dir/chart.png"));
        QVERIFY(!ChartExporter::exportToFile(*r, missingDir, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(missingDir));
    }

    void parsesFormatLists()
    {
        QString error;
        const auto f = ChartExporter::parseFormats(QStringLiteral("png, svg,pdf,png"), &error);
        QVERIFY(f);
        QCOMPARE(f->size(), 3);
        QVERIFY(!ChartExporter::parseFormats(QStringLiteral("png,gif"), &error));
        QVERIFY(error.contains(u"gif"));
        QVERIFY(!ChartExporter::parseFormats(QString(), &error));
    }

    void chartsHaveTheExpectedSeries()
    {
        const QualityThresholds t;
        std::unique_ptr<QChart> mos(QualityChartFactory::create(Kind::Mos, m_nexbro, t, QPalette(), 45));
        QCOMPARE(mos->series().size(), 4); // bars + three band legend entries
        std::unique_ptr<QChart> flaws(QualityChartFactory::create(Kind::Flaws, m_nexbro, t, QPalette(), 45));
        QCOMPARE(flaws->series().size(), 3); // flaws, highlight, cursor
        std::unique_ptr<QChart> counters(QualityChartFactory::create(Kind::Counters, m_nexbro, t, QPalette(), 45));
        QCOMPARE(counters->series().size(), 1);
        const auto bars = QualityChartFactory::bars(Kind::Counters, m_nexbro);
        QCOMPARE(bars.seriesNames, (QStringList{QStringLiteral("Inbound"), QStringLiteral("Outbound")}));
        QCOMPARE(bars.categories.size(), 6);
    }

    void providersWithoutQualitySaySo()
    {
        const Call carrierx = testcalls::parseOne(testcalls::seedBody(QStringLiteral("002")));
        QCOMPARE(carrierx.provider, Provider::CarrierX);
        QVERIFY(QualityChartFactory::qualityKinds(carrierx).isEmpty());
        ChartSetRenderer r(carrierx, kQualityKinds, QualityThresholds(), QPalette(), QString());
        QVERIFY(r.isEmpty());
        QString error;
        const QString text = svgText(ChartExporter::toSvg(r), &error);
        QVERIFY(text.contains(u"CarrierX does not report media quality"));
    }

    void vobizReportsPerCallQuality()
    {
        const Call vobiz = testcalls::parseOne(testcalls::fixture(QStringLiteral("vobiz_cdr_get_wiremock.json")));
        QCOMPARE(vobiz.provider, Provider::Vobiz);
        const QList<Kind> kinds = QualityChartFactory::qualityKinds(vobiz);
        QVERIFY(kinds.contains(Kind::Mos));
        QVERIFY(kinds.contains(Kind::Jitter));
        QVERIFY(!kinds.contains(Kind::Counters));
    }
};

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
