// SPDX-License-Identifier: GPL-3.0-or-later
// cdr-app-bench: the application's responsiveness (targets P9, P10), each beside the naive Qt
// way measured in the same run. Prints one JSON object; asserts nothing.
//
//   startup_ms            QApplication to main window exposed (empty archive)
//   idle_rss_mb           resident memory once idle
//   demo_open_ms          open the 3,600-call demo until its rows are in the table
//   naive_demo_open_ms    the same calls into QStandardItemModel + QSortFilterProxyModel (sorted)
//   fetch_calls, fetch_s  a fetch through the UI's FetchController from the fake server
//   fetch_max_stall_ms    longest event-loop stall during that fetch (5 ms probe timer)
//   naive_fetch_max_stall_ms  the same pages parsed once with QJsonDocument, read field by
//                         field and appended to a QStandardItemModel on the UI thread, as a
//                         naive client would
//
// Usage: cdr-app-bench [--calls N] (N per provider on the fake server, default 20000)

#include <benchserver.h>

#include <models/calltablemodel.h>
#include <sim/trafficgenerator.h>
#include <session/appsettings.h>
#include <session/demodata.h>
#include <session/fetchcontroller.h>
#include <ui/mainwindow.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace cdr;

namespace {

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Measures the longest gap between ticks of a 5 ms timer: how long the event loop was blocked.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_max = std::max(m_max, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = -1;
        m_max = 0;
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_max / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_max = 0;
};

bool waitUntil(const std::function<bool()> &ready, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!ready() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return ready();
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    qint64 callsPerProvider = 20000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--calls")); i >= 0 && i + 1 < args.size())
        callsPerProvider = args.at(i + 1).toLongLong();

    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    QJsonObject out;

    // ---- startup and idle memory ----
    auto window = std::make_unique<MainWindow>(settings);
    window->openArchive(dir.filePath(QStringLiteral("empty.sqlite")));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    out.insert(QStringLiteral("startup_ms"), double(startup.elapsed()));
    QTest::qWait(300);
    out.insert(QStringLiteral("idle_rss_mb"), rssMb());

    // ---- opening the demo: ours vs QStandardItemModel + proxy ----
    {
        QElapsedTimer t;
        t.start();
        window->openDemo();
        waitUntil([&] { return window->model()->rowCount() == 3600 && !window->model()->isBusy(); }, 60000);
        out.insert(QStringLiteral("demo_open_ms"), double(t.elapsed()));

        t.restart();
        const QList<Call> calls = DemoData::calls();
        QStandardItemModel naive(0, CallTableModel::ColumnCount);
        for (const Call &c : calls) {
            QList<QStandardItem *> row;
            row << new QStandardItem(providerDisplayName(c.provider)) << new QStandardItem(c.startTime.toString())
                << new QStandardItem(c.from) << new QStandardItem(c.to) << new QStandardItem(c.direction)
                << new QStandardItem(statusName(c.status)) << new QStandardItem(QString::number(c.durationS.value_or(0)))
                << new QStandardItem(QString::number(c.talkS.value_or(0))) << new QStandardItem(QString::number(c.billedS.value_or(0)))
                << new QStandardItem(QString::number(c.cost.value_or(0))) << new QStandardItem(c.hangupCause)
                << new QStandardItem(c.codec) << new QStandardItem(QString::number(c.mos.value_or(0)))
                << new QStandardItem(QString::number(c.jitterMs.value_or(0))) << new QStandardItem(QString::number(c.packetLossPct.value_or(0)))
                << new QStandardItem(QString::number(c.legs.size())) << new QStandardItem(QString::number(c.errorLog.size()));
            naive.appendRow(row);
        }
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&naive);
        QTableView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(1, Qt::AscendingOrder);
        view.resize(800, 600);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            qWarning("naive view not exposed");
        out.insert(QStringLiteral("naive_demo_open_ms"), double(t.elapsed()));
    }

    // ---- fetch responsiveness: the app's FetchController vs a naive UI-thread client ----
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const TrafficGenerator gen(3, end.addDays(-6), end, callsPerProvider);
    // The server runs on its own thread so its work never counts as the UI's stall.
    BenchServer server(gen);
    if (!server.isListening())
        qWarning("fake server: cannot listen");
    const QString base = server.baseUrl().toString();
    AccountProfile profile;
    profile.id = QStringLiteral("bench");
    profile.name = QStringLiteral("bench");
    profile.provider = Provider::CarrierX;
    profile.baseUrl = QUrl(base);
    FetchQuery query;
    query.since = end.addDays(-7);
    query.until = end;
    {
        StallProbe probe;
        window->fetchController()->setSecretOverride(QStringLiteral("fake-carrierx-token"));
        qint64 calls = 0;
        QObject::connect(window->fetchController(), &FetchController::callsReceived, window.get(),
                         [&calls](const QList<Call> &batch) { calls += batch.size(); });
        QElapsedTimer t;
        probe.start();
        t.start();
        window->fetchController()->start(profile, query);
        waitUntil([&] {
            const auto s = window->fetchController()->state();
            return s == FetchController::State::Finished || s == FetchController::State::Failed;
        }, 600000);
        out.insert(QStringLiteral("fetch_max_stall_ms"), probe.stop());
        out.insert(QStringLiteral("fetch_s"), t.elapsed() / 1000.0);
        out.insert(QStringLiteral("fetch_calls"), double(calls));
    }
    {
        // Naive: one page at a time, parsed with QJsonDocument and appended row by row to a
        // sorted QStandardItemModel, all on the UI thread.
        QNetworkAccessManager nam;
        QStandardItemModel naive(0, 6);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&naive);
        proxy.sort(1);
        StallProbe probe;
        QElapsedTimer t;
        probe.start();
        t.start();
        QString after;
        bool more = true;
        qint64 calls = 0;
        while (more) {
            QUrl url(base + QStringLiteral("/core/v2/calls/call_drs"));
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
            q.addQueryItem(QStringLiteral("order"), QStringLiteral("date_stop asc"));
            if (!after.isEmpty())
                q.addQueryItem(QStringLiteral("after"), after);
            url.setQuery(q);
            QNetworkRequest req(url);
            req.setRawHeader("Authorization", "Bearer fake-carrierx-token");
            QNetworkReply *reply = nam.get(req);
            waitUntil([reply] { return reply->isFinished(); }, 60000);
            // Parsed once, with QJsonDocument, and read field by field, as a naive client does.
            const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            const QJsonArray items = page.value(QStringLiteral("items")).toArray();
            for (const QJsonValue &v : items) {
                const QJsonObject c = v.toObject();
                naive.appendRow({new QStandardItem(c.value(QStringLiteral("dr_sid")).toString()),
                                 new QStandardItem(QDateTime::fromString(c.value(QStringLiteral("date_start")).toString(),
                                                                         Qt::ISODateWithMs).toString()),
                                 new QStandardItem(c.value(QStringLiteral("number_src")).toString()),
                                 new QStandardItem(c.value(QStringLiteral("number_dst")).toString()),
                                 new QStandardItem(c.value(QStringLiteral("date_talk")).isNull() ? QStringLiteral("no answer")
                                                                                                  : QStringLiteral("answered")),
                                 new QStandardItem(QString::number(c.value(QStringLiteral("duration")).toVariant().toDouble()))});
            }
            calls += items.size();
            more = page.value(QStringLiteral("has_more")).toBool() && !items.isEmpty();
            if (!items.isEmpty())
                after = items.last().toObject().value(QStringLiteral("dr_sid")).toString();
            QCoreApplication::processEvents();
        }
        out.insert(QStringLiteral("naive_fetch_max_stall_ms"), probe.stop());
        out.insert(QStringLiteral("naive_fetch_s"), t.elapsed() / 1000.0);
        out.insert(QStringLiteral("naive_fetch_calls"), double(calls));
    }
    window.reset();
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
