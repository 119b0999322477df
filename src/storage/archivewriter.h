// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ArchiveWriter: what every archive back end's batch writer shares. Calls or table rows come
// in (BulkSink); each back end stores them in batches of batchRows, each batch all or nothing.
// addCall() is here once: the normalized call's JSON (stored whole, so reading never
// normalizes again) is made before its row is handed to the back end's addRow().
//
// Threading: a writer belongs to the thread of the archive it writes to.

#include <core/bulkrow.h>

#include <QTimeZone>

namespace cdr {

class ArchiveWriter : public BulkSink
{
public:
    ~ArchiveWriter() override;
    /// The normalized call (stored whole) with its table columns and raw record.
    bool addCall(const Call &call) final;
    bool wantsRaw() const final { return true; }
    /// Stores the open batch; false on error (see error()).
    virtual bool finish() = 0;
    qint64 written() const { return m_written; }
    QString error() const { return m_error; }

protected:
    ArchiveWriter(int batchRows, const QTimeZone &zone);

    int m_batchRows;
    QByteArray m_zone;     ///< the zone zone-less times were read in, kept to re-read the raw record
    QByteArray m_callJson; ///< the call being added by addCall(); empty for a bare row
    HangupClass m_hangupClass = HangupClass::Unknown; ///< the call's, by addCall(); Unknown for a bare row
    int m_inBatch = 0;
    qint64 m_written = 0;
    QString m_error;

private:
    BulkRowBuffer m_rowBuffer;
};

} // namespace cdr
