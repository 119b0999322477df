// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CallStoreSink: a BulkSink that appends rows into a CallStore, for CallReader's output and the
// archive loader. Use on the thread that owns (writes) the store, typically a worker that
// fills a fresh store before handing it to CallTableModel::setStore().

#include "callstore.h"

#include <atomic>

namespace cdr {

class CallStoreSink : public BulkSink
{
public:
    explicit CallStoreSink(CallStore &store, const std::atomic<bool> *cancel = nullptr)
        : m_store(store), m_cancel(cancel) {}
    bool addRow(const BulkRow &row) override
    {
        if (m_store.append(row) < 0)
            ++m_duplicates;
        return !(m_cancel && m_cancel->load(std::memory_order_relaxed));
    }
    void expect(qint64 rows) override
    {
        if (rows > 0 && rows < (qint64(1) << 28))
            m_store.reserve(quint32(m_store.size() + rows));
    }
    qint64 duplicates() const { return m_duplicates; }

private:
    CallStore &m_store;
    const std::atomic<bool> *m_cancel;
    qint64 m_duplicates = 0;
};

} // namespace cdr
