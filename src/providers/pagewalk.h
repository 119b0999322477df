// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// PageWalk: where a list walk stands and which page comes next, with no network in it.
// ProviderService (the HTTP transport) asks it what to request and tells it what each page
// held; the walk answers with a Step: pages to request, warnings, or why it cannot go on.
//
// - A walk covers time windows one after another (Plivo splits long ranges); each window is
//   paged by offset, page number or cursor (Scheme).
// - Offset/page windows whose size is known are fanned out: at most maxInFlight pages
//   outstanding, queued in order, never derived from the claimed total alone (a page claiming
//   10^12 calls must not become 5*10^10 requests). Unknown sizes and cursors go page by page.
// - It stops with a reason when the paging makes no progress (the same cursor again, or
//   kStalePageLimit pages holding only calls already received), distrusts impossible totals,
//   ends a window at an empty page, and refuses pages beyond maxPagesPerRun in one run.
// - saveState()/restoreState() carry the position (window, pages done, cursor) across restarts.
//
// Threading: a plain value; use it from one thread at a time (the service's).

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace cdr {

class PageWalk
{
public:
    enum class Scheme { Offset, Page, Cursor };

    struct Window
    {
        QDateTime since; ///< UTC
        QDateTime until; ///< UTC, exclusive
    };

    struct Settings
    {
        Scheme scheme = Scheme::Offset;
        int pageSize = 1;
        qint64 maxPagesPerRun = 100000;
        int maxInFlight = 4;
        QString label; ///< the provider's name, for messages
    };

    /// A list page of the current window to request.
    struct Page
    {
        qint64 index = 0; ///< 0-based (offset = index * pageSize)
        QString cursor;   ///< cursor scheme: continue after this id
    };

    /// What one page held, as far as paging goes.
    struct PageResult
    {
        qsizetype calls = 0;       ///< records on the page
        qsizetype fresh = 0;       ///< of them, calls not delivered before in this walk
        QString lastId;            ///< the id of the page's last call (the next cursor)
        std::optional<bool> hasMore;
        std::optional<qint64> totalCount;
    };

    /// What the transport does next.
    struct Step
    {
        QList<Page> pages;    ///< request these, in this order
        QStringList warnings; ///< for the user, not fatal
        QString stuck;        ///< non-empty: the walk cannot go on (not resumable)
        bool windowDone = false; ///< the current window is walked: drop what is on the wire, go on
        qint64 dropFrom = -1;    ///< >= 0: forget queued pages of this index and beyond
    };

    /// Totals beyond this (2^53, where doubles stop counting exactly) are not believed.
    static constexpr qint64 kMaxTrustedTotal = qint64(1) << 53;
    /// Consecutive pages of nothing new after which an offset walk is declared stuck.
    static constexpr int kStalePageLimit = 3;

    /// A new walk over `windows`: first window, nothing done, no warnings given yet.
    void reset(const Settings &settings, const QList<Window> &windows);
    /// A run (the first or a resume) starts: the page cap counts from here.
    void beginRun();

    bool isFinished() const { return m_windowIndex >= m_windows.size(); }
    /// Starts the current window: its first page (none when the page cap is reached).
    Step startWindow();
    void nextWindow() { ++m_windowIndex; }
    /// Continues a stopped run where it stood (`outstanding`: pages queued or in flight, 0 here).
    Step resume(int outstanding);
    /// One list page came back readable; see Step. Call fillFanOut() after applying its drop.
    Step pageDone(const Page &page, const PageResult &result);
    /// Pages to request so that at most maxInFlight are `outstanding`; only for fanned-out windows.
    Step fillFanOut(int outstanding);

    const Settings &settings() const { return m_settings; }
    const QList<Window> &windows() const { return m_windows; }
    int windowIndex() const { return m_windowIndex; }
    const Window &window() const { return m_windows.at(m_windowIndex); }
    qint64 windowTotal() const { return m_windowTotal; }
    qint64 windowPages() const { return m_windowPages; }
    qint64 pagesDoneInWindow() const { return m_pagesDone.size(); }
    qint64 pagesStartedRun() const { return m_pagesStartedRun; }
    /// A page could not be requested in this run because of maxPagesPerRun.
    bool capReached() const { return m_capReached; }

    /// The position (window, pages done, cursor) into `state`.
    void saveState(QJsonObject *state) const;
    /// Takes a position written by saveState() for a walk over `windows`; false (and nothing
    /// changed) when it is out of range or inconsistent.
    bool restoreState(const QJsonObject &state, const Settings &settings, const QList<Window> &windows);

private:
    bool request(Step *step, qint64 index, const QString &cursor = QString());
    void resetWindow();

    Settings m_settings;
    QList<Window> m_windows;
    int m_windowIndex = 0;
    qint64 m_windowTotal = -1;       ///< calls in the current window, when the provider says
    qint64 m_windowPages = -1;       ///< pages in the current window, when known
    QSet<qint64> m_pagesDone;        ///< offset/page schemes: pages of the current window done
    qint64 m_contiguousDone = 0;     ///< the first page of the window not done yet
    qint64 m_nextFanOut = 0;         ///< known-size windows: the next page to consider requesting
    qint64 m_nextSequentialPage = 0; ///< when the total is unknown: the next page to ask for
    QString m_cursor;                ///< cursor scheme: continue after this id
    QSet<QString> m_cursorsSeen;     ///< cursor scheme: a cursor coming back means no progress
    int m_stalePages = 0;            ///< consecutive pages that held only calls already delivered
    qint64 m_pagesStartedRun = 0;    ///< list pages requested in this run (the page cap)
    bool m_capReached = false;
    bool m_totalWarned = false;
};

} // namespace cdr
