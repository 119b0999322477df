// SPDX-License-Identifier: GPL-3.0-or-later
// BackgroundJob, the one helper that runs work off the thread and brings the result back:
// results arrive on the main thread, stale jobs (superseded, dropped) and jobs of a destroyed
// context are dropped, and the work can see that it was canceled.

#include <core/backgroundjob.h>

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace cdr;

class TstBackgroundJob : public QObject
{
    Q_OBJECT

    // Runs the event loop until every job on the pool has ended and its posts were delivered.
    static void drain()
    {
        QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
    }

private Q_SLOTS:
    void resultArrivesOnTheMainThread()
    {
        QObject context;
        BackgroundJob job(&context);
        std::atomic<QThread *> workThread = nullptr;
        QThread *doneThread = nullptr;
        int result = 0;
        const quint64 id = job.start(
            [&] {
                workThread = QThread::currentThread();
                return 6 * 7;
            },
            [&](int r) {
                doneThread = QThread::currentThread();
                result = r;
            });
        QCOMPARE(job.currentId(), id);
        QTRY_COMPARE(result, 42);
        QCOMPARE(doneThread, QThread::currentThread());
        QVERIFY(workThread.load() != QThread::currentThread());
    }

    void supersededJobIsDropped()
    {
        QObject context;
        BackgroundJob job(&context);
        QSemaphore started, release;
        std::atomic<bool> firstComputed = false;
        QStringList delivered;
        job.start(
            [&] {
                started.release();
                release.acquire(); // holds the first job until the second one was started
                firstComputed = true;
                return QStringLiteral("first");
            },
            [&](QString r) { delivered << r; });
        started.acquire(); // (a job made stale before it starts never runs)
        const quint64 second = job.start([] { return QStringLiteral("second"); }, [&](QString r) { delivered << r; });
        release.release();
        drain();
        QVERIFY(firstComputed);
        QCOMPARE(delivered, QStringList{QStringLiteral("second")});
        QVERIFY(job.isCurrent(second));
    }

    void cancelTellsTheWorkAndStillDelivers()
    {
        QObject context;
        BackgroundJob job(&context);
        QSemaphore started, release;
        bool delivered = false;
        job.start(
            [&](const BackgroundJob::Handle &canceled) {
                started.release();
                release.acquire();
                return canceled(); // a canceled import still reports what it kept
            },
            [&](bool sawCancel) { delivered = sawCancel; });
        started.acquire();
        job.cancel();
        release.release();
        QTRY_VERIFY(delivered);
    }

    void dropTellsTheWorkAndDropsTheResult()
    {
        QObject context;
        BackgroundJob job(&context);
        QSemaphore started, release;
        std::atomic<bool> sawCancel = false;
        bool delivered = false;
        job.start(
            [&](const BackgroundJob::Handle &canceled) {
                started.release();
                release.acquire();
                sawCancel = canceled();
                return 1;
            },
            [&](int) { delivered = true; });
        started.acquire();
        job.drop();
        release.release();
        drain();
        QVERIFY(sawCancel);
        QVERIFY(!delivered);
    }

    void destroyedContextGetsNoResult()
    {
        auto context = std::make_unique<QObject>();
        QSemaphore release;
        bool delivered = false;
        // run(): the one-shot form, guarded by the context alone.
        BackgroundJob::run(
            context.get(),
            [&] {
                release.acquire();
                return 1;
            },
            [&](int) { delivered = true; });
        context.reset();
        release.release();
        drain();
        QVERIFY(!delivered);
    }

    void runDeliversWhileTheContextLives()
    {
        QObject context;
        bool delivered = false;
        BackgroundJob::run(&context, [] { return QByteArray("x"); }, [&](QByteArray b) { delivered = b == "x"; });
        QTRY_VERIFY(delivered);
    }

    void postIsDroppedOnceStale()
    {
        QObject context;
        BackgroundJob job(&context);
        QList<int> progress;
        bool done = false;
        QSemaphore posted, release;
        const quint64 id = job.start(
            [&](const BackgroundJob::Handle &self) {
                self.post([&] { progress << 1; }); // from the pool thread
                posted.release();
                release.acquire();
                return 0;
            },
            [&](int) { done = true; });
        posted.acquire();
        job.handle(id).post([&] { progress << 2; }); // still current: delivered
        QCoreApplication::sendPostedEvents();
        job.drop();
        job.handle(id).post([&] { progress << 3; }); // stale: dropped
        release.release();
        drain();
        QCOMPARE(progress, (QList<int>{1, 2}));
        QVERIFY(!done); // the dropped job's result too
    }

    void voidWorkCallsDone()
    {
        QObject context;
        BackgroundJob job(&context);
        std::atomic<int> ran = 0;
        bool done = false;
        job.start([&] { ++ran; }, [&] { done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(ran.load(), 1);
    }
};

QTEST_GUILESS_MAIN(TstBackgroundJob)
#include "tst_backgroundjob.moc"
