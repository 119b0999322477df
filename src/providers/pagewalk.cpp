// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagewalk.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace cdr {

namespace {

// The messages reach the user as the service's own (warning(), failed()): same context.
QString tr(const char *text) { return QCoreApplication::translate("cdr::PageWalk", text); }

} // namespace

void PageWalk::reset(const Settings &settings, const QList<Window> &windows)
{
    m_settings = settings;
    m_settings.pageSize = std::max(1, settings.pageSize);
    m_windows = windows;
    m_windowIndex = 0;
    m_totalWarned = false;
    m_pagesStartedRun = 0;
    m_capReached = false;
    resetWindow();
}

void PageWalk::beginRun()
{
    m_pagesStartedRun = 0;
    m_capReached = false;
}

void PageWalk::resetWindow()
{
    m_windowTotal = -1;
    m_windowPages = -1;
    m_pagesDone.clear();
    m_contiguousDone = 0;
    m_nextFanOut = 0;
    m_nextSequentialPage = 0;
    m_cursor.clear();
    m_cursorsSeen.clear();
    m_stalePages = 0;
}

bool PageWalk::request(Step *step, qint64 index, const QString &cursor)
{
    if (m_pagesStartedRun >= m_settings.maxPagesPerRun) {
        m_capReached = true;
        return false;
    }
    ++m_pagesStartedRun;
    step->pages.append(Page{index, cursor});
    return true;
}

PageWalk::Step PageWalk::startWindow()
{
    resetWindow();
    Step step;
    request(&step, 0);
    return step;
}

PageWalk::Step PageWalk::resume(int outstanding)
{
    Step step;
    if (m_settings.scheme == Scheme::Cursor) {
        request(&step, m_pagesDone.size(), m_cursor);
    } else if (m_windowPages >= 0) {
        while (m_pagesDone.contains(m_contiguousDone))
            ++m_contiguousDone;
        if (m_contiguousDone >= m_windowPages) {
            step.windowDone = true;
            return step;
        }
        m_nextFanOut = m_contiguousDone;
        step = fillFanOut(outstanding);
    } else {
        request(&step, m_nextSequentialPage);
    }
    return step;
}

PageWalk::Step PageWalk::fillFanOut(int outstanding)
{
    Step step;
    // Never request from the total alone: only up to maxInFlight pages are ever outstanding.
    if (m_settings.scheme == Scheme::Cursor || m_windowPages < 0)
        return step;
    const int limit = std::max(1, m_settings.maxInFlight);
    while (outstanding + step.pages.size() < limit && m_nextFanOut < m_windowPages) {
        const qint64 page = m_nextFanOut;
        if (!m_pagesDone.contains(page) && !request(&step, page))
            return step;
        ++m_nextFanOut;
    }
    return step;
}

PageWalk::Step PageWalk::pageDone(const Page &page, const PageResult &result)
{
    Step step;
    const QString &label = m_settings.label;
    const int ps = m_settings.pageSize;
    m_pagesDone.insert(page.index);
    while (m_pagesDone.contains(m_contiguousDone))
        ++m_contiguousDone;
    const bool empty = result.calls == 0;
    if (m_settings.scheme == Scheme::Cursor) {
        const QString next = empty ? QString() : result.lastId;
        const bool more = result.hasMore.value_or(result.calls >= ps);
        if (!next.isEmpty())
            m_cursor = next;
        if (more && empty) {
            step.warnings.append(tr("%1 said more calls follow but sent an empty page; this time window ends there.").arg(label));
            step.windowDone = true;
        } else if (more && (next == page.cursor || m_cursorsSeen.contains(next))) {
            step.stuck = tr("%1: the walk made no progress: the page after \"%2\" ended at \"%3\" again; stopped after %4 "
                            "pages. The provider's paging is broken; calls after that point were not fetched.")
                             .arg(label, page.cursor, next).arg(m_pagesStartedRun);
        } else if (more) {
            m_cursorsSeen.insert(next);
            request(&step, page.index + 1, next);
        } else {
            step.windowDone = true;
        }
        return step;
    }

    if (!empty && result.fresh == 0)
        ++m_stalePages;
    else if (result.fresh > 0)
        m_stalePages = 0;
    if (m_stalePages >= kStalePageLimit) {
        step.stuck = tr("%1: the walk made no progress: the last %2 pages held only calls already received; stopped "
                        "after %3 pages. The provider ignores the paging; calls beyond were not fetched.")
                         .arg(label).arg(m_stalePages).arg(m_pagesStartedRun);
    } else {
        if (m_windowPages < 0 && result.totalCount) {
            const qint64 total = *result.totalCount;
            if (total < 0 || total > kMaxTrustedTotal) {
                if (!m_totalWarned) {
                    m_totalWarned = true;
                    // A negative total is what an out-of-range number (1e300) became upstream.
                    step.warnings.append(tr("%1 reported an impossible total of calls (%2); the walk goes page by page "
                                            "instead of trusting it.")
                                             .arg(label, total < 0 ? tr("negative or out of range") : QString::number(total)));
                }
            } else {
                m_windowTotal = total;
                m_windowPages = std::max<qint64>(1, total / ps + (total % ps ? 1 : 0));
                m_nextFanOut = 0;
            }
        }
        if (m_windowPages >= 0) {
            if (empty && page.index < m_windowPages) {
                // The total promised more pages than there are: the first empty page ends the window.
                if (!m_totalWarned && page.index + 1 < m_windowPages) {
                    m_totalWarned = true;
                    step.warnings.append(tr("%1 claimed a total of %2 calls, but page %3 came back empty; the walk "
                                            "ends there and does not trust the total.")
                                             .arg(label).arg(m_windowTotal).arg(page.index + 1));
                }
                m_windowPages = std::max<qint64>(1, page.index);
                step.dropFrom = m_windowPages;
            }
        } else {
            const bool more = result.hasMore.value_or(result.calls >= ps) && !empty;
            if (more) {
                m_nextSequentialPage = page.index + 1;
                request(&step, m_nextSequentialPage);
            } else {
                m_windowPages = page.index + 1;
            }
        }
    }
    step.windowDone = m_windowPages >= 0 && m_contiguousDone >= m_windowPages;
    return step;
}

void PageWalk::saveState(QJsonObject *state) const
{
    QJsonArray done;
    for (qint64 p : m_pagesDone)
        done.append(p);
    state->insert(QStringLiteral("window"), m_windowIndex);
    state->insert(QStringLiteral("windowPages"), m_windowPages);
    state->insert(QStringLiteral("windowTotal"), m_windowTotal);
    state->insert(QStringLiteral("pagesDone"), done);
    state->insert(QStringLiteral("nextPage"), m_nextSequentialPage);
    state->insert(QStringLiteral("cursor"), m_cursor);
}

bool PageWalk::restoreState(const QJsonObject &s, const Settings &settings, const QList<Window> &windows)
{
    // The state comes from a file: every number is read without a float-to-integer conversion
    // out of range (toInteger() gives the default instead), and checked before it is used.
    const auto integer = [&s](QStringView key, qint64 def) { return s.value(key).toInteger(def); };
    const qint64 window = integer(u"window", -1);
    const qint64 windowPages = integer(u"windowPages", -2);
    const qint64 windowTotal = integer(u"windowTotal", -2);
    const qint64 nextPage = integer(u"nextPage", -1);
    QSet<qint64> pagesDone;
    for (const QJsonValue &v : s.value(u"pagesDone").toArray()) {
        const qint64 page = v.toInteger(-1);
        if (page < 0 || (windowPages >= 0 && page >= windowPages))
            return false;
        pagesDone.insert(page);
    }
    if (windows.isEmpty() || window < 0 || window > windows.size() || windowPages < -1 || windowPages > kMaxTrustedTotal
        || windowTotal < -1 || windowTotal > kMaxTrustedTotal || nextPage < 0)
        return false;
    reset(settings, windows);
    m_windowIndex = int(window);
    m_windowPages = windowPages;
    m_windowTotal = windowTotal;
    m_pagesDone = pagesDone;
    m_nextSequentialPage = nextPage;
    m_cursor = s.value(u"cursor").toString();
    return true;
}

} // namespace cdr
