// SPDX-License-Identifier: GPL-3.0-or-later
#include "callsession.h"

#include "calllibrary.h"
#include "fileimportjob.h"

#include <models/callstore.h>
#include <models/calltablemodel.h>

namespace cdr {

CallSession::CallSession(CallTableModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_library(std::make_unique<CallLibrary>())
    , m_import(new FileImportJob(this))
{
    m_model->setCallLookup([this](const Call &c) { return m_library->lookup(c); });
    m_import->setWriteBacklog(m_library->writeBacklog());
    connect(m_library.get(), &CallLibrary::loaded, this, [this](std::shared_ptr<CallStore> store, qint64 rows) {
        m_model->setStore(std::move(store));
        Q_EMIT archiveLoaded(rows);
    });
    connect(m_library.get(), &CallLibrary::failed, this, &CallSession::failed);
    connect(m_library.get(), &CallLibrary::opened, this, [this] { m_library->load(); });
    connect(m_import, &FileImportJob::callsReady, this, [this](const QList<Call> &calls) {
        m_importAdded += ingest(calls);
    });
    connect(m_import, &FileImportJob::progress, this, &CallSession::importProgress);
    connect(m_import, &FileImportJob::finished, this,
            [this](qint64 calls, const QList<FileImportJob::FileProblem> &problems, bool canceled) {
        Q_EMIT importFinished(calls, m_importAdded, problems, canceled);
    });
}

CallSession::~CallSession()
{
    m_import->cancel();
}

bool CallSession::openArchive(const QString &path, QString *error)
{
    if (!m_library->open(path, error))
        return false;
    m_model->clear();
    // -1: the calls could not be counted (a damaged archive); load() reads what it can.
    if (m_library->count() != 0)
        m_library->load();
    else
        Q_EMIT archiveLoaded(0);
    return true;
}

void CallSession::openTeamArchive(const QString &uri, const QString &password, const QString &author,
                                  const CallArchive::Query &range)
{
    m_model->clear();
    m_library->openTeam(uri, password, author, range);
}

int CallSession::ingest(const QList<Call> &calls, const QTimeZone &zone)
{
    if (calls.isEmpty())
        return 0;
    m_library->add(calls, zone);
    const int added = m_model->appendCalls(calls);
    Q_EMIT callsIngested(added);
    return added;
}

void CallSession::importFiles(const QStringList &paths)
{
    m_importAdded = 0;
    m_import->start(paths);
}

void CallSession::cancelImport()
{
    m_import->cancel();
}

bool CallSession::importRunning() const
{
    return m_import->isRunning();
}

} // namespace cdr
