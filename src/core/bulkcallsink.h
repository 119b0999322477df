// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A BulkSink that turns BulkImporter's rows back into full Calls, one at a time: simdjson
// splits a large file into records (fast, bounded memory) and each record's own JSON text is
// normalized by RecordParser, so nothing of the record is lost. Used where the whole call is
// needed (convert's output, the app's archive) rather than only the table's columns.
// Runs on the import's thread; the callback returning false cancels the import.

#include "bulkrow.h"
#include "parseoptions.h"

#include <QStringList>

#include <functional>

namespace cdr {

class BulkCallSink : public BulkSink
{
public:
    using Callback = std::function<bool(Call &&call)>;
    BulkCallSink(const ParseOptions &options, Callback callback, QStringList *warnings);

    bool wantsRaw() const override { return true; }
    bool addRow(const BulkRow &row) override;
    bool addCall(const Call &call) override;

private:
    ParseOptions m_options;
    Callback m_callback;
    QStringList *m_warnings;
};

} // namespace cdr
