// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivebackend.h"

#include "pgarchive.h"
#include "pgscorecard.h"

#include <QFileInfo>

namespace cdr {

namespace {

// What the two back ends do alike: they hand reads and writes to their archive object.
template<typename Archive>
class BackendOf : public ArchiveBackend
{
public:
    QString lastError() const override { return m_archive.lastError(); }
    qint64 count() const override { return m_archive.count(); }
    bool isOpen() const override { return m_archive.isOpen(); }
    bool forEachCall(const CallArchive::Query &query, const std::function<bool(Call &&)> &callback,
                     const std::atomic<bool> *cancel) override
    {
        return m_archive.forEachCall(query, callback, cancel);
    }
    std::unique_ptr<ArchiveWriter> writer(int batchRows, const QTimeZone &zone) override
    {
        return std::make_unique<typename Archive::Writer>(m_archive, batchRows, zone);
    }
    Archive m_archive;
};

class LocalBackend final : public BackendOf<CallArchive>
{
public:
    QString name() const override { return m_archive.path(); }
    QString notice() const override
    {
        QStringList said;
        // A kill -9 during an earlier upgrade: open() has finished it; say so, as the app does.
        if (const auto cut = m_archive.interruptedMigration())
            said << ArchiveBackend::tr("the last upgrade of the archive (schema %1 to %2, started %3) was cut short; "
                                       "it is now complete and no archived call was lost")
                        .arg(cut->from)
                        .arg(cut->to)
                        .arg(cut->started.toString(Qt::ISODate));
        if (!m_archive.backupPath().isEmpty())
            said << ArchiveBackend::tr("migrated the archive to schema %1; the old one is kept as %2")
                        .arg(CallArchive::kSchemaVersion)
                        .arg(m_archive.backupPath());
        return said.join(QStringLiteral("; "));
    }
    bool isLocalFile() const override { return true; }
};

class ServerBackend final : public BackendOf<PgArchive>
{
public:
    QString name() const override { return m_archive.name(); }
    bool isLocalFile() const override { return false; }
    Grouping scorecard(const ScorecardInput::Options &input, const Scorecard::Options &options, double assumedDelayMs,
                       GroupedScorecard *out) override
    {
        return PgScorecard::compute(m_archive, input, options, assumedDelayMs, out);
    }
};

} // namespace

bool ArchiveBackend::isServer(const QString &where)
{
    return PgArchive::isServerAddress(where);
}

QString ArchiveBackend::displayName(const QString &where)
{
    return isServer(where) ? PgArchive::displayName(where) : where;
}

std::unique_ptr<ArchiveBackend> ArchiveBackend::open(const QString &where, QString *error, bool mustExist)
{
    const QString location = where.isEmpty() ? defaultLocation() : where;
    if (mustExist && !isServer(location) && !QFileInfo::exists(location)) {
        if (error)
            *error = tr("%1: no archive there (import some calls first)").arg(location);
        return nullptr;
    }
    return open(location, QString(), error);
}

std::unique_ptr<ArchiveBackend> ArchiveBackend::open(const QString &where, const QString &password, QString *error)
{
    const QString location = where.isEmpty() ? defaultLocation() : where;
    if (isServer(location)) {
        auto backend = std::make_unique<ServerBackend>();
        if (!backend->m_archive.open(location, password, error))
            return nullptr;
        return backend;
    }
    auto backend = std::make_unique<LocalBackend>();
    if (!backend->m_archive.open(location, error))
        return nullptr;
    return backend;
}

} // namespace cdr
