// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivewriter.h"

#include <core/calljson.h>

namespace cdr {

ArchiveWriter::ArchiveWriter(int batchRows, const QTimeZone &zone)
    : m_batchRows(qMax(1, batchRows)), m_zone(zone.id())
{
}

ArchiveWriter::~ArchiveWriter() = default;

bool ArchiveWriter::addCall(const Call &call)
{
    m_callJson = CallJson::toJsonBytes(call, false);
    const bool ok = addRow(m_rowBuffer.set(call, true));
    m_callJson.clear();
    return ok;
}

} // namespace cdr
