// SPDX-License-Identifier: GPL-3.0-or-later
// Prints (never asserts) the detail pane's timings for a call with 10 legs and 1,000 error
// intervals: first render (setCall + paint of everything), PNG/SVG/PDF export times and sizes,
// the PDF report, and the naive baseline measured in the same run (QLineSeries::append per
// point instead of replace()). Runs offscreen; goals in ../shared/docs/targets.md (P7), beside the repository.

#include <charts/callflowtimeline.h>
#include <charts/chartexporter.h>
#include <charts/qualitycharts.h>
#include <charts/chartrenderable.h>
#include <charts/qualitychartfactory.h>
#include <core/timelinedata.h>
#include <ui/calldetailpane.h>
#include <charts/callreport.h>

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace cdr;

namespace {

Call benchCall(int legs, int intervals)
{
    const QDateTime t0(QDate(2026, 1, 16), QTime(12, 0, 0), QTimeZone::utc());
    Call c;
    c.provider = Provider::NexBro;
    c.id = QStringLiteral("bench-call");
    c.from = QStringLiteral("7087033114");
    c.to = QStringLiteral("8556900900");
    c.status = CallStatus::Answered;
    const double length = intervals * 0.5 + 10.0;
    c.startTime = t0;
    c.answerTime = t0.addSecs(5);
    c.endTime = t0.addMSecs(qint64(length * 1000));
    c.durationS = length;
    c.talkS = length - 5;
    c.ringS = 5;
    for (int i = 0; i < legs; ++i) {
        CallLeg leg;
        leg.destination = QStringLiteral("leg-%1").arg(i + 1);
        leg.startTime = t0.addMSecs(i * 500);
        leg.answerTime = leg.startTime.addSecs(2 + i % 8);
        leg.endTime = c.endTime.addMSecs(-i * 200);
        if (i % 2 == 0) {
            leg.holdTime = t0.addSecs(60);
            leg.holdS = 30;
        }
        leg.forwarding = i % 3 == 2;
        c.legs << leg;
    }
    for (int i = 0; i < intervals; ++i) {
        ErrorInterval e;
        e.start = t0.addMSecs(6000 + qint64(i) * 500);
        e.stop = e.start.addMSecs(300);
        e.durationS = 0.3;
        e.flaws = 1 + (i * 7) % 20;
        c.errorLog << e;
    }
    AudioStats a;
    a.inbound.counters = {{QStringLiteral("mos"), 3.9}, {QStringLiteral("packet_count"), 40000},
                          {QStringLiteral("media_packet_count"), 39800}, {QStringLiteral("skip_packet_count"), 120},
                          {QStringLiteral("flush_packet_count"), 11}, {QStringLiteral("jitter_min_variance"), 0.4},
                          {QStringLiteral("jitter_max_variance"), 114.35}, {QStringLiteral("jitter_loss_rate"), 0.2},
                          {QStringLiteral("quality_percentage"), 91}};
    a.outbound.counters = {{QStringLiteral("mos"), 4.3}, {QStringLiteral("packet_count"), 39000},
                           {QStringLiteral("media_packet_count"), 39000}};
    c.audio = a;
    c.mos = 3.9;
    return c;
}

double timeMs(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0.0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = 5;
    const Call call = benchCall(10, 1000);
    out << "cdr-detail-bench: call with " << call.legs.size() << " legs and " << call.errorLog.size()
        << " error intervals, " << runs << " runs each (median, first)\n\n";

    // First render: a fresh pane, setCall, then paint every child once (grab() renders the
    // whole widget tree offscreen exactly as a first expose would).
    {
        QList<double> setCall, paint, total, timelinePaint, chartsPaint;
        for (int i = 0; i < runs; ++i) {
            CallDetailPane pane;
            pane.resize(1280, 900);
            pane.show();
            QCoreApplication::processEvents(); // bench only: settle the empty pane before timing
            double a = timeMs([&] { pane.setCall(call); });
            double b = timeMs([&] {
                QPixmap shot = pane.grab();
                Q_UNUSED(shot);
            });
            setCall << a;
            paint << b;
            total << a + b;
            // Breakdown on the same (now laid-out) pane: repaint of each part on its own.
            timelinePaint << timeMs([&] { QPixmap p = pane.timeline()->grab(); Q_UNUSED(p); });
            chartsPaint << timeMs([&] { QPixmap p = pane.qualityCharts()->grab(); Q_UNUSED(p); });
        }
        out << QStringLiteral("pane first render (setCall + paint)  median %1 ms  first %2 ms  [goal <= 50 ms]\n")
                   .arg(median(total), 0, 'f', 1)
                   .arg(total.first(), 0, 'f', 1);
        out << QStringLiteral("  of which setCall                   median %1 ms; paint median %2 ms\n\n")
                   .arg(median(setCall), 0, 'f', 1)
                   .arg(median(paint), 0, 'f', 1).chopped(1);
        out << QStringLiteral("  repaint alone: timeline %1 ms, all charts (incl. below the fold) %2 ms\n\n")
                   .arg(median(timelinePaint), 0, 'f', 1)
                   .arg(median(chartsPaint), 0, 'f', 1);
    }

    // Exports of each part.
    CallDetailPane pane;
    pane.resize(1280, 900);
    pane.setCall(call);
    const std::pair<CallDetailPane::Part, const char *> parts[] = {{CallDetailPane::Part::Timeline, "timeline"},
                                                                   {CallDetailPane::Part::Quality, "quality"},
                                                                   {CallDetailPane::Part::Errors, "errors"}};
    out << "export                 time (median)   size      goal\n";
    for (const auto &[part, name] : parts) {
        std::unique_ptr<ChartRenderable> r = pane.renderable(part);
        struct Fmt
        {
            const char *label;
            std::function<QByteArray()> make;
            const char *goal;
        };
        const Fmt formats[] = {
            {"png 1x", [&] { return ChartExporter::toPng(*r, 1.0); }, "<= 200 ms"},
            {"png 2x", [&] { return ChartExporter::toPng(*r, 2.0); }, "<= 200 ms"},
            {"svg", [&] { return ChartExporter::toSvg(*r); }, "<= 500 ms, <= 5 MB"},
            {"pdf", [&] { return ChartExporter::toPdf(*r); }, "<= 500 ms, <= 5 MB"},
        };
        for (const Fmt &f : formats) {
            QList<double> times;
            qsizetype size = 0;
            for (int i = 0; i < runs; ++i)
                times << timeMs([&] { size = f.make().size(); });
            out << QStringLiteral("%1 %2 %3 ms   %4 KB   %5\n")
                       .arg(QString::fromLatin1(name), -8)
                       .arg(QString::fromLatin1(f.label), -7)
                       .arg(median(times), 8, 'f', 1)
                       .arg(size / 1024.0, 8, 'f', 1)
                       .arg(QString::fromLatin1(f.goal));
        }
    }
    {
        QList<double> times;
        int pages = 0;
        qsizetype size = 0;
        for (int i = 0; i < runs; ++i)
            times << timeMs([&] { size = CallReport::toPdf(call, CallReport::Options(), &pages).size(); });
        out << QStringLiteral("report.pdf       %1 ms   %2 KB   %3 pages\n\n")
                   .arg(median(times), 8, 'f', 1)
                   .arg(size / 1024.0, 8, 'f', 1)
                   .arg(pages);
    }

    // Naive baseline in the same run: the flaws series (4 points per interval) fed point by
    // point into a chart that is shown, against one replace() of the whole list.
    {
        QList<QPointF> points;
        const TimelineData d = TimelineData::fromCall(call);
        for (const TimelineBand &b : d.bands)
            points << QPointF(b.startS, 0) << QPointF(b.startS, b.flaws) << QPointF(b.stopS, b.flaws)
                   << QPointF(b.stopS, 0);
        auto measure = [&](bool naive) {
            auto *chart = new QChart;
            auto *series = new QLineSeries;
            chart->addSeries(series);
            chart->createDefaultAxes();
            QChartView view(chart);
            view.resize(900, 300);
            view.show();
            QCoreApplication::processEvents();
            return timeMs([&] {
                if (naive) {
                    for (const QPointF &p : std::as_const(points))
                        series->append(p);
                } else {
                    series->replace(points);
                }
                QPixmap shot = view.grab();
                Q_UNUSED(shot);
            });
        };
        const double naive = measure(true);
        const double good = measure(false);
        out << QStringLiteral("baseline: %1 points into a shown QLineSeries + paint: append() per point %2 ms, "
                              "replace() %3 ms (%4x)\n")
                   .arg(points.size())
                   .arg(naive, 0, 'f', 1)
                   .arg(good, 0, 'f', 1)
                   .arg(good > 0 ? naive / good : 0.0, 0, 'f', 1);
    }
    return 0;
}
