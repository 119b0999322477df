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
    m_hangupClass = call.hangupClass;
    const bool ok = addRow(m_rowBuffer.set(call, true));
    m_callJson.clear();
    m_hangupClass = HangupClass::Unknown;
    return ok;
}

} // namespace cdr
