// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// CallSession: the app's one ingest path. Every call the app takes in (opened files, drag and
// drop, file arguments, fetch pages, the demo) comes through ingest(): one pass puts it in the
// archive (CallLibrary) and in the table (CallTableModel), so the two always hold the same
// normalized call. The archive is open before anything is ingested. MainWindow shows what the
// session reports; it does not wire writes itself. UI thread; the work runs off it.

#include "fileimportjob.h"

#include <core/call.h>

#include <storage/callarchive.h>

#include <QObject>
#include <QStringList>
#include <QTimeZone>

#include <memory>

namespace cdr {

class CallLibrary;
class CallTableModel;

class CallSession : public QObject
{
    Q_OBJECT

public:
    explicit CallSession(CallTableModel *model, QObject *parent = nullptr);
    ~CallSession() override;

    CallLibrary &library() const { return *m_library; }

    /// Opens (creates) an archive and loads its calls into the table; false with *error.
    bool openArchive(const QString &path, QString *error = nullptr);
    /// Opens a team archive (off the UI thread) and loads range into the table; archiveLoaded()
    /// or failed() tell how it went.
    void openTeamArchive(const QString &uri, const QString &password, const QString &author,
                         const CallArchive::Query &range);
    /// Archive and table, in one pass. Returns how many rows the table gained (a call it had
    /// already is replaced in place: the last occurrence wins).
    int ingest(const QList<Call> &calls, const QTimeZone &zone = QTimeZone::utc());

    /// Reads files off the UI thread and ingests what they hold, batch by batch.
    void importFiles(const QStringList &paths);
    void cancelImport();
    bool importRunning() const;

Q_SIGNALS:
    void archiveLoaded(qint64 rows);
    void importProgress(const QString &file, qint64 done, qint64 total);
    /// added: new table rows; calls: calls read (repeats included).
    void importFinished(qint64 calls, qint64 added, const QList<cdr::FileImportJob::FileProblem> &problems,
                        bool canceled);
    void callsIngested(int added);
    void failed(const QString &message);

private:
    CallTableModel *m_model;
    std::unique_ptr<CallLibrary> m_library;
    FileImportJob *m_import;
    qint64 m_importAdded = 0;
};

} // namespace cdr
