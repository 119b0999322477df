// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivebackend.h"

#include "pgarchive.h"

#include <QFileInfo>

namespace cdr {

namespace {

// Both back ends' writers have the same shape; one adapter serves them.
template<typename Archive>
class WriterOf final : public ArchiveWriter
{
public:
    WriterOf(Archive &archive, int batchRows, const QTimeZone &zone) : m_writer(archive, batchRows, zone) {}
    bool addRow(const BulkRow &row) override { return m_writer.addRow(row); }
    bool addCall(const Call &call) override { return m_writer.addCall(call); }
    bool wantsRaw() const override { return m_writer.wantsRaw(); }
    bool finish() override { return m_writer.finish(); }
    qint64 written() const override { return m_writer.written(); }
    QString error() const override { return m_writer.error(); }

private:
    typename Archive::Writer m_writer;
};

class LocalBackend final : public ArchiveBackend
{
public:
    QString name() const override { return m_archive.path(); }
    QString lastError() const override { return m_archive.lastError(); }
    QString notice() const override
    {
        if (m_archive.backupPath().isEmpty())
            return {};
        return ArchiveBackend::tr("migrated the archive to schema %1; the old one is kept as %2")
            .arg(CallArchive::kSchemaVersion)
            .arg(m_archive.backupPath());
    }
    bool isLocalFile() const override { return true; }
    qint64 count() const override { return m_archive.count(); }
    bool forEachCall(const CallArchive::Query &query, const std::function<bool(Call &&)> &callback,
                     const std::atomic<bool> *cancel) override
    {
        return m_archive.forEachCall(query, callback, cancel);
    }
    std::unique_ptr<ArchiveWriter> writer(int batchRows, const QTimeZone &zone) override
    {
        return std::make_unique<WriterOf<CallArchive>>(m_archive, batchRows, zone);
    }
    CallArchive m_archive;
};

class ServerBackend final : public ArchiveBackend
{
public:
    QString name() const override { return m_archive.name(); }
    QString lastError() const override { return m_archive.lastError(); }
    bool isLocalFile() const override { return false; }
    qint64 count() const override { return m_archive.count(); }
    bool forEachCall(const CallArchive::Query &query, const std::function<bool(Call &&)> &callback,
                     const std::atomic<bool> *cancel) override
    {
        return m_archive.forEachCall(query, callback, cancel);
    }
    std::unique_ptr<ArchiveWriter> writer(int batchRows, const QTimeZone &zone) override
    {
        return std::make_unique<WriterOf<PgArchive>>(m_archive, batchRows, zone);
    }
    PgArchive m_archive;
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
    if (isServer(location)) {
        auto backend = std::make_unique<ServerBackend>();
        if (!backend->m_archive.open(location, error))
            return nullptr;
        return backend;
    }
    if (mustExist && !QFileInfo::exists(location)) {
        if (error)
            *error = tr("%1: no archive there (import some calls first)").arg(location);
        return nullptr;
    }
    auto backend = std::make_unique<LocalBackend>();
    if (!backend->m_archive.open(location, error))
        return nullptr;
    return backend;
}

} // namespace cdr
