// SPDX-License-Identifier: GPL-3.0-or-later
#include "writebacklog.h"

#include <chrono>

namespace cdr {

void WriteBacklog::add(qint64 calls)
{
    std::lock_guard lock(m_mutex);
    m_queued += calls;
    m_highWater = qMax(m_highWater, m_queued);
}

void WriteBacklog::done(qint64 calls)
{
    {
        std::lock_guard lock(m_mutex);
        m_queued -= calls;
    }
    m_room.notify_all();
}

qint64 WriteBacklog::queued() const
{
    std::lock_guard lock(m_mutex);
    return m_queued;
}

qint64 WriteBacklog::highWater() const
{
    std::lock_guard lock(m_mutex);
    return m_highWater;
}

bool WriteBacklog::waitForRoom(const std::function<bool()> &canceled) const
{
    std::unique_lock lock(m_mutex);
    // Cancel is a flag, not a notification: look at it between short waits.
    while (m_queued >= m_limit) {
        if (canceled())
            return false;
        m_room.wait_for(lock, std::chrono::milliseconds(50));
    }
    return !canceled();
}

WriteBacklog::Ticket::Ticket(std::shared_ptr<WriteBacklog> backlog, qint64 calls)
    : m_backlog(std::move(backlog)), m_calls(calls)
{
    if (m_backlog)
        m_backlog->add(m_calls);
}

WriteBacklog::Ticket::~Ticket()
{
    if (m_backlog)
        m_backlog->done(m_calls);
}

} // namespace cdr
