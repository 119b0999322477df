// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Exports table rows (the current view, or every call) off the UI thread, with progress and
// cancel; a failed or canceled export leaves no file. JSON and NDJSON follow the normalized
// format (docs/normalized-format.md): the full call of each row (legs, audio, error_log, raw),
// read from the archive, written by the one CallWriter, so a re-import gives the same calls.
// CSV writes the table's visible columns (CallExporter). Start, cancel and signals: UI thread;
// one export at a time.

#include "calllibrary.h"
#include "sessionjob.h"

#include <models/callexporter.h>

#include <core/call.h>

#include <QHash>

#include <memory>
#include <vector>

namespace cdr {

class CallStore;

class ViewExportJob : public SessionJob
{
    Q_OBJECT

public:
    using SessionJob::SessionJob;
    using SessionJob::cancel;

    /// rows: store rows in output order; nullptr exports every row of the store.
    void start(const QString &path, std::shared_ptr<const CallStore> store,
               std::shared_ptr<const std::vector<quint32>> rows, const CallExporter::Options &options);
    /// Normalized calls (.json, .ndjson, .jsonl): each row's full call from the archive
    /// openArchive connects to (its own connection on the export thread: the local file or
    /// the team server, CallLibrary::readerFactory()), or from unwritten (calls not
    /// committed yet, keyed by CallLibrary::key()). A row whose call is in neither fails the
    /// export, naming the call: nothing is dropped silently.
    void startNormalized(const QString &path, CallLibrary::ReaderFactory openArchive, QHash<QString, Call> unwritten,
                         std::shared_ptr<const CallStore> store, std::shared_ptr<const std::vector<quint32>> rows,
                         bool redact);

Q_SIGNALS:
    void progress(const QString &text, int percent);
    void finished(bool ok, bool canceled, const QString &message);

private:
    /// Runs export(cancel flag, progress callback) as the one current job, then end().
    template <typename Export>
    void run(const QString &path, Export exportCalls);
    /// Back on the UI thread: the one-line result.
    void end(const CallExporter::Result &r, const QString &path);
};

} // namespace cdr
