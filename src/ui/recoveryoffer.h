// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// RecoveryOffer: what the main window tells and offers when its archive is damaged or the last
// import was cut short (issue 14). A damaged archive: what could be read is shown, the notice
// says that calls on the damaged parts may be missing and offers to copy every readable call
// into a new archive (ArchiveRecoveryJob, the code of `cdr-inspector recover`, off the UI thread
// with its progress in the status bar), then to open that one. An import that began and never
// ended (ImportJournal): the next start says so and offers to run it again. A schema migration
// cut short (a kill -9 while the archive was being upgraded): the next open finishes it, and the
// notice says what happened, that no archived call was lost (each step is all or nothing), where
// the copy from before it is, and offers to copy every readable call into a new archive. UI thread only.

#include <session/importjournal.h>
#include <storage/archivemigrations.h>

#include <QObject>
#include <QPointer>

class QSettings;

namespace cdr {

class ArchiveRecoveryJob;
class MainWindow;
class NoticeBar;
class StatusStrip;

class RecoveryOffer : public QObject
{
    Q_OBJECT

public:
    RecoveryOffer(MainWindow *window, NoticeBar *bar, StatusStrip *status, QSettings &settings);

    /// An archive was opened: offers to re-run an import into it that never ended, and tells of
    /// a migration of it that was cut short (CallLibrary::interruptedMigration()).
    void archiveOpened(const QString &path,
                       const std::optional<ArchiveMigrations::Interruption> &migration = std::nullopt);
    /// Opening failed; when the error shows a damaged file, offers recovery.
    void archiveUnreadable(const QString &path, const QString &error);
    /// Its load handed over `readable` calls and found damaged parts (CallLibrary::damaged).
    void archiveDamaged(const QString &path, const QString &message, qint64 readable);

    void importStarted(const QString &archive, qint64 archivedBefore, const QStringList &files);
    void importEnded();

    /// Copies the readable calls of `damaged` into `newPath` off the UI thread (the notice's button
    /// uses ArchiveRecovery::suggestedPath()).
    void recover(const QString &damaged, const QString &newPath);
    ArchiveRecoveryJob *job() const { return m_job; }

private:
    void offerRecovery(const QString &path, const QString &text);
    void migrationInterrupted(const QString &path, const ArchiveMigrations::Interruption &migration);

    MainWindow *m_window;
    NoticeBar *m_bar;
    StatusStrip *m_status;
    ImportJournal m_journal;
    ArchiveRecoveryJob *m_job;
};

} // namespace cdr
