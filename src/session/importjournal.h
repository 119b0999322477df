// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ImportJournal: notes in the settings file which files an import is reading into which archive,
// from its start until it ends (done, canceled or failed), so that an import cut short by a crash,
// a kill -9 or a power cut is known on the next start, and can be run again (imports replace
// calls already archived, so a second run doubles nothing). Written through at once (sync), since
// the process may die the next moment. Owns nothing; the QSettings outlives it. UI thread.

#include <QDateTime>
#include <QStringList>

#include <optional>

class QSettings;

namespace cdr {

class ImportJournal
{
public:
    struct Entry
    {
        QString archive;     ///< the archive the calls went into
        QStringList files;   ///< what was being read (absolute paths)
        QDateTime started;   ///< UTC
        qint64 archivedBefore = -1; ///< calls in the archive when it began (-1: unknown)
    };

    explicit ImportJournal(QSettings &settings);

    void begin(const Entry &entry);
    void end();
    /// The import that began and never ended, if it was into `archive`.
    std::optional<Entry> interrupted(const QString &archive) const;

private:
    QSettings &m_settings;
};

} // namespace cdr
