// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjournal.h"

#include <QFileInfo>
#include <QSettings>

namespace cdr {

namespace {
const QString kArchive = QStringLiteral("importJournal/archive");
const QString kFiles = QStringLiteral("importJournal/files");
const QString kStarted = QStringLiteral("importJournal/started");
const QString kBefore = QStringLiteral("importJournal/archivedBefore");

QString canonical(const QString &path)
{
    const QString c = QFileInfo(path).canonicalFilePath();
    return c.isEmpty() ? QFileInfo(path).absoluteFilePath() : c;
}
} // namespace

ImportJournal::ImportJournal(QSettings &settings)
    : m_settings(settings)
{
}

void ImportJournal::begin(const Entry &entry)
{
    m_settings.setValue(kArchive, canonical(entry.archive));
    m_settings.setValue(kFiles, entry.files);
    m_settings.setValue(kStarted, entry.started.toUTC().toString(Qt::ISODate));
    m_settings.setValue(kBefore, entry.archivedBefore);
    m_settings.sync(); // on disk before the first call is read: the process may be killed any time
}

void ImportJournal::end()
{
    if (!m_settings.contains(kArchive))
        return;
    m_settings.remove(QStringLiteral("importJournal"));
    m_settings.sync();
}

std::optional<ImportJournal::Entry> ImportJournal::interrupted(const QString &archive) const
{
    const QString recorded = m_settings.value(kArchive).toString();
    if (recorded.isEmpty() || recorded != canonical(archive))
        return std::nullopt;
    Entry e;
    e.archive = recorded;
    e.files = m_settings.value(kFiles).toStringList();
    e.started = QDateTime::fromString(m_settings.value(kStarted).toString(), Qt::ISODate);
    e.archivedBefore = m_settings.value(kBefore, -1).toLongLong();
    return e;
}

} // namespace cdr
