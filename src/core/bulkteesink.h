// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// BulkTeeSink: hands every row to two sinks, e.g. the table's CallStoreSink and the archive's
// Writer, so one pass of BulkImporter fills both. Stops when either asks to stop.

#include "bulkrow.h"

namespace cdr {

class BulkTeeSink : public BulkSink
{
public:
    BulkTeeSink(BulkSink &first, BulkSink &second) : m_first(first), m_second(second) {}
    bool addRow(const BulkRow &row) override
    {
        const bool a = m_first.addRow(row);
        const bool b = m_second.addRow(row);
        return a && b;
    }
    bool wantsRaw() const override { return m_first.wantsRaw() || m_second.wantsRaw(); }
    void expect(qint64 rows) override
    {
        m_first.expect(rows);
        m_second.expect(rows);
    }

private:
    BulkSink &m_first;
    BulkSink &m_second;
};

} // namespace cdr
