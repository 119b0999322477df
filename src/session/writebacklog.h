// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// WriteBacklog: how many calls are on their way to the archive (handed over, not yet stored),
// so a producer that outruns the archive writer waits instead of piling calls up in memory
// (issue 14: a 1 GB import held every call in the write queue). CallLibrary counts what add()
// queues and its worker releases it once stored; FileImportJob counts the batches it posted to
// the UI thread and not yet handed on (a Ticket), and waits for room before reading more.
// Thread-safe; waitForRoom() blocks, so never call it on the UI thread. Shared by shared_ptr.

#include <QtGlobal>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace cdr {

class WriteBacklog
{
public:
    /// Calls that may be in flight before producers wait: about 20 MB of normalized calls
    /// (2-3 KB each with their raw record), four import batches.
    static constexpr qint64 kDefaultLimit = 8000;

    explicit WriteBacklog(qint64 limit = kDefaultLimit) : m_limit(limit) {}

    void add(qint64 calls);
    void done(qint64 calls);
    qint64 queued() const;
    qint64 limit() const { return m_limit; }
    /// The most calls that were in flight at once (tests check the bound).
    qint64 highWater() const;

    /// Blocks until fewer than limit() calls are queued, or canceled() says stop (checked at
    /// least every 50 ms). Returns false when canceled. Not on the UI thread.
    bool waitForRoom(const std::function<bool()> &canceled) const;

    /// Counts `calls` as queued until it is destroyed: carried with a batch so a batch that is
    /// dropped on the way (a stale job) is released too.
    class Ticket
    {
    public:
        Ticket(std::shared_ptr<WriteBacklog> backlog, qint64 calls);
        ~Ticket();
        Ticket(const Ticket &) = delete;
        Ticket &operator=(const Ticket &) = delete;

    private:
        std::shared_ptr<WriteBacklog> m_backlog;
        qint64 m_calls;
    };

private:
    const qint64 m_limit;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_room;
    qint64 m_queued = 0;
    qint64 m_highWater = 0;
};

} // namespace cdr
