// SPDX-License-Identifier: GPL-3.0-or-later
// PageWalk, the paging state machine of ProviderService, driven without a network: fan-out
// bounded by maxInFlight whatever total is claimed, impossible totals distrusted, a short
// window ended at its first empty page, stuck offset and cursor walks stopped with a reason,
// the per-run page cap, several windows in turn, and a saved position resumed after a restart.

#include <providers/pagewalk.h>

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace cdr;

namespace {

PageWalk::Settings settings(PageWalk::Scheme scheme, int maxInFlight = 4, qint64 maxPages = 100000)
{
    return PageWalk::Settings{scheme, 20, maxPages, maxInFlight, QStringLiteral("Plivo")};
}

QList<PageWalk::Window> windows(int n)
{
    QList<PageWalk::Window> w;
    const QDateTime start(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < n; ++i)
        w.append({start.addDays(i), start.addDays(i + 1)});
    return w;
}

QList<qint64> indices(const PageWalk::Step &step)
{
    QList<qint64> out;
    for (const auto &p : step.pages)
        out.append(p.index);
    return out;
}

PageWalk::PageResult full(qint64 total = -1, qsizetype fresh = 20)
{
    PageWalk::PageResult r;
    r.calls = 20;
    r.fresh = fresh;
    r.lastId = QStringLiteral("id");
    if (total >= 0)
        r.totalCount = total;
    return r;
}

} // namespace

class TestPageWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownTotalFansOutUpToMaxInFlight()
    {
        PageWalk w;
        w.reset(settings(PageWalk::Scheme::Offset), windows(1));
        QCOMPARE(indices(w.startWindow()), QList<qint64>{0});
        PageWalk::Step s = w.pageDone({0, {}}, full(100));
        QVERIFY(s.pages.isEmpty() && s.stuck.isEmpty() && !s.windowDone);
        QCOMPARE(w.windowPages(), 5);
        QCOMPARE(w.windowTotal(), 100);
        QCOMPARE(indices(w.fillFanOut(0)), (QList<qint64>{1, 2, 3, 4}));
        QVERIFY(w.fillFanOut(4).pages.isEmpty()); // all four outstanding: nothing more
        // Pages come back out of order; the window is done only when every page is.
        for (qint64 p : {3, 1, 4}) {
            s = w.pageDone({p, {}}, full(100));
            QVERIFY(!s.windowDone);
        }
        s = w.pageDone({2, {}}, full(100));
        QVERIFY(s.windowDone);
        QCOMPARE(w.pagesStartedRun(), 5);
    }

    void claimedHugeTotalNeverBecomesRequests()
    {
        PageWalk w;
        w.reset(settings(PageWalk::Scheme::Page, 3), windows(1));
        w.startWindow();
        w.pageDone({0, {}}, full(1000000000000LL)); // 10^12 calls = 5*10^10 pages claimed
        QCOMPARE(w.fillFanOut(0).pages.size(), 3);
        QCOMPARE(w.pagesStartedRun(), 4);

        // Beyond 2^53 (or negative: an out-of-range number upstream) the total is not believed.
        PageWalk v;
        v.reset(settings(PageWalk::Scheme::Offset), windows(1));
        v.startWindow();
        PageWalk::PageResult negative = full();
        negative.totalCount = -5;
        PageWalk::Step s = v.pageDone({0, {}}, negative);
        QCOMPARE(s.warnings.size(), 1);
        QVERIFY2(s.warnings.first().contains(QStringLiteral("impossible total")), qPrintable(s.warnings.first()));
        QCOMPARE(v.windowPages(), -1);
        QCOMPARE(indices(s), QList<qint64>{1}); // page by page instead
        s = v.pageDone({1, {}}, full(PageWalk::kMaxTrustedTotal + 1));
        QVERIFY(s.warnings.isEmpty()); // warned once per walk
        QCOMPARE(indices(s), QList<qint64>{2});
        PageWalk::PageResult last;
        last.calls = 7;
        last.fresh = 7;
        s = v.pageDone({2, {}}, last); // a short page ends the window
        QVERIFY(s.pages.isEmpty());
        QVERIFY(s.windowDone);
    }

    void emptyPageBeforeTheClaimedEndEndsTheWindow()
    {
        PageWalk w;
        w.reset(settings(PageWalk::Scheme::Offset), windows(1));
        w.startWindow();
        w.pageDone({0, {}}, full(100));
        QCOMPARE(indices(w.fillFanOut(0)), (QList<qint64>{1, 2, 3, 4}));
        PageWalk::PageResult empty;
        PageWalk::Step s = w.pageDone({2, {}}, empty);
        QCOMPARE(s.dropFrom, 2);
        QCOMPARE(w.windowPages(), 2);
        QCOMPARE(s.warnings.size(), 1);
        QVERIFY2(s.warnings.first().contains(QStringLiteral("page 3 came back empty")), qPrintable(s.warnings.first()));
        QVERIFY(!s.windowDone);
        s = w.pageDone({1, {}}, full());
        QVERIFY(s.windowDone);
    }

    void offsetPagesOfNothingNewStopTheWalk()
    {
        PageWalk w;
        w.reset(settings(PageWalk::Scheme::Offset), windows(1));
        w.startWindow();
        PageWalk::Step s = w.pageDone({0, {}}, full());
        for (qint64 p = 1; p <= PageWalk::kStalePageLimit; ++p) {
            QCOMPARE(indices(s), QList<qint64>{p});
            QVERIFY(s.stuck.isEmpty());
            s = w.pageDone({p, {}}, full(-1, 0)); // the same calls again: the server ignores the offset
        }
        QVERIFY2(s.stuck.contains(QStringLiteral("no progress")), qPrintable(s.stuck));
        QVERIFY(s.pages.isEmpty());
    }

    void cursorThatComesBackStopsTheWalk()
    {
        PageWalk w;
        w.reset(settings(PageWalk::Scheme::Cursor), windows(1));
        w.startWindow();
        PageWalk::PageResult r = full();
        r.lastId = QStringLiteral("a");
        r.hasMore = true;
        PageWalk::Step s = w.pageDone({0, {}}, r);
        QCOMPARE(s.pages.size(), 1);
        QCOMPARE(s.pages.first().cursor, QStringLiteral("a"));
        QVERIFY(w.fillFanOut(0).pages.isEmpty()); // cursors are sequential
        r.lastId = QStringLiteral("b");
        s = w.pageDone(s.pages.first(), r);
        QCOMPARE(s.pages.first().cursor, QStringLiteral("b"));
        r.lastId = QStringLiteral("a"); // back to an earlier cursor
        s = w.pageDone(s.pages.first(), r);
        QVERIFY2(s.stuck.contains(QStringLiteral("\"b\" ended at \"a\"")), qPrintable(s.stuck));
        QVERIFY(s.pages.isEmpty());

        // "More follows" with an empty page ends the window, with a warning.
        PageWalk v;
        v.reset(settings(PageWalk::Scheme::Cursor), windows(1));
        v.startWindow();
        PageWalk::PageResult empty;
        empty.hasMore = true;
        s = v.pageDone({0, {}}, empty);
        QVERIFY(s.windowDone);
        QCOMPARE(s.warnings.size(), 1);
    }

    void pageCapStopsARunAndAResumeStartsAnother()
    {
        PageWalk w;
        w.reset(settings(PageWalk::Scheme::Page, 4, 2), windows(1));
        w.startWindow();
        PageWalk::Step s = w.pageDone({0, {}}, full());
        QCOMPARE(indices(s), QList<qint64>{1});
        s = w.pageDone({1, {}}, full());
        QVERIFY(s.pages.isEmpty());
        QVERIFY(w.capReached());
        QCOMPARE(w.pagesStartedRun(), 2);
        w.beginRun();
        QVERIFY(!w.capReached());
        QCOMPARE(indices(w.resume(0)), QList<qint64>{2}); // where the walk stood
    }

    void windowsAreWalkedInTurn()
    {
        PageWalk w;
        w.reset(settings(PageWalk::Scheme::Offset), windows(2));
        QVERIFY(!w.isFinished());
        w.startWindow();
        PageWalk::PageResult few;
        few.calls = 3;
        few.fresh = 3;
        few.totalCount = 3;
        QVERIFY(w.pageDone({0, {}}, few).windowDone);
        w.nextWindow();
        QCOMPARE(w.windowIndex(), 1);
        QCOMPARE(w.window().since, windows(2).at(1).since);
        QCOMPARE(indices(w.startWindow()), QList<qint64>{0});
        QCOMPARE(w.windowPages(), -1); // the new window is unknown again
        QVERIFY(w.pageDone({0, {}}, few).windowDone);
        w.nextWindow();
        QVERIFY(w.isFinished());
    }

    void savedPositionResumesWithTheMissingPagesOnly()
    {
        PageWalk w;
        w.reset(settings(PageWalk::Scheme::Offset, 4), windows(3));
        w.nextWindow(); // the second window
        w.startWindow();
        w.pageDone({0, {}}, full(120)); // 6 pages
        w.fillFanOut(0);                // 1..4 requested
        w.pageDone({2, {}}, full(120));
        w.pageDone({4, {}}, full(120));
        QJsonObject state;
        w.saveState(&state);
        QCOMPARE(state.value(u"window").toInt(), 1);
        QCOMPARE(state.value(u"pagesDone").toArray().size(), 3);

        PageWalk restored;
        QVERIFY(restored.restoreState(state, settings(PageWalk::Scheme::Offset, 4), windows(3)));
        QCOMPARE(restored.windowIndex(), 1);
        QCOMPARE(restored.windowPages(), 6);
        QCOMPARE(restored.windowTotal(), 120);
        QCOMPARE(indices(restored.resume(0)), (QList<qint64>{1, 3, 5}));

        // A position that does not fit is refused, and changes nothing.
        const auto refused = [&](const char *key, const QJsonValue &value) {
            QJsonObject bad = state;
            bad.insert(QLatin1String(key), value);
            PageWalk p;
            return !p.restoreState(bad, settings(PageWalk::Scheme::Offset), windows(3)) && p.windows().isEmpty();
        };
        QVERIFY(refused("window", 7));
        QVERIFY(refused("window", -1));
        QVERIFY(refused("pagesDone", QJsonArray{0, 6}));      // beyond the window's pages
        QVERIFY(refused("windowTotal", 1e300));               // not an integer in range
        QVERIFY(refused("windowPages", double(PageWalk::kMaxTrustedTotal) * 4));
        QVERIFY(refused("nextPage", -3));
        PageWalk p;
        QVERIFY(!p.restoreState(state, settings(PageWalk::Scheme::Offset), {}));
    }

    void finishedWindowOnResumeMovesOn()
    {
        PageWalk w;
        w.reset(settings(PageWalk::Scheme::Page), windows(2));
        w.startWindow();
        w.pageDone({0, {}}, full(40));
        w.fillFanOut(0);
        w.pageDone({1, {}}, full(40));
        QJsonObject state;
        w.saveState(&state);
        PageWalk restored;
        QVERIFY(restored.restoreState(state, settings(PageWalk::Scheme::Page), windows(2)));
        const PageWalk::Step s = restored.resume(0);
        QVERIFY(s.windowDone);
        QVERIFY(s.pages.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPageWalk)
#include "tst_pagewalk.moc"
