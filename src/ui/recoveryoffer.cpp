// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveryoffer.h"

#include "mainwindow.h"
#include "noticebar.h"
#include "statusstrip.h"

#include <session/archiverecoveryjob.h>
#include <storage/archiverecovery.h>

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace cdr {

RecoveryOffer::RecoveryOffer(MainWindow *window, NoticeBar *bar, StatusStrip *status, QSettings &settings)
    : QObject(window)
    , m_window(window)
    , m_bar(bar)
    , m_status(status)
    , m_journal(settings)
    , m_job(new ArchiveRecoveryJob(this))
{
    connect(m_job, &ArchiveRecoveryJob::progress, this, [this](qint64 copied) {
        m_status->showProgress(tr("Recovering the archive: %Ln call(s) copied so far", nullptr, int(copied)), -1);
    });
    connect(m_job, &ArchiveRecoveryJob::finished, this,
            [this](const ArchiveRecovery::Result &r, const QString &damaged, const QString &newPath) {
        m_status->hideProgress();
        const QString from = QDir::toNativeSeparators(damaged);
        const QString to = QDir::toNativeSeparators(newPath);
        if (!r.ok()) {
            m_window->showMessage(tr("Recovery failed: %1").arg(r.error), true);
            offerRecovery(damaged, tr("Recovering %1 failed: %2").arg(from, r.error));
            return;
        }
        QString text = tr("Recovered %Ln call(s) from %1 into %2", nullptr, int(r.calls)).arg(from, to);
        text += QLatin1Char(' ') + (r.damagedRegions > 0
                                        ? tr("(%n damaged part(s) could not be read).", nullptr, r.damagedRegions)
                                        : tr("(no damage found)."));
        text += QLatin1Char(' ') + tr("%1 was not changed.").arg(from);
        m_window->showMessage(text, false);
        m_bar->showNotice(text,
                          {{tr("Open the recovered archive"), [this, newPath] { m_window->openArchive(newPath); }}},
                          false);
    });
}

void RecoveryOffer::offerRecovery(const QString &path, const QString &text)
{
    const QString target = ArchiveRecovery::suggestedPath(path);
    m_bar->showNotice(text,
                      {{tr("Recover into %1").arg(QFileInfo(target).fileName()),
                        [this, path] { recover(path, ArchiveRecovery::suggestedPath(path)); }}},
                      true);
}

void RecoveryOffer::archiveOpened(const QString &path, const std::optional<ArchiveMigrations::Interruption> &migration)
{
    if (!m_job->isRunning())
        m_bar->clearNotice();
    const auto e = m_journal.interrupted(path);
    if (migration && !e) {
        migrationInterrupted(path, *migration);
        return;
    }
    if (!e)
        return;
    QStringList names, missing;
    for (const QString &f : e->files) {
        names << QFileInfo(f).fileName();
        if (!QFileInfo::exists(f))
            missing << QFileInfo(f).fileName();
    }
    QString text = tr("The last import into this archive (%1, started %2) was interrupted before it ended; "
                      "calls it had read but not yet stored are missing.")
                       .arg(names.join(QStringLiteral(", ")),
                            QLocale().toString(e->started.toLocalTime(), QLocale::ShortFormat));
    QList<NoticeBar::Action> actions;
    if (missing.isEmpty()) {
        text += QLatin1Char(' ') + tr("Importing the files again adds what is missing; calls already archived are not doubled.");
        actions.append({tr("Import again"), [this, files = e->files] {
                            m_bar->clearNotice();
                            m_window->openFiles(files);
                        }});
    } else {
        text += QLatin1Char(' ') + tr("It cannot be run again: %1 no longer there.").arg(missing.join(QStringLiteral(", ")));
    }
    actions.append({tr("Dismiss"), [this] {
                        m_journal.end();
                        m_bar->clearNotice();
                    }});
    m_bar->showNotice(text, actions, true);
}

void RecoveryOffer::migrationInterrupted(const QString &path, const ArchiveMigrations::Interruption &m)
{
    QString text = m.started.isValid()
        ? tr("The upgrade of this archive to a newer format (schema %1 to %2, started %3) was cut short: the app "
             "was closed or crashed while it ran.")
              .arg(m.from)
              .arg(m.to)
              .arg(QLocale().toString(m.started.toLocalTime(), QLocale::ShortFormat))
        : tr("An upgrade of this archive to a newer format was cut short: the app was closed or crashed while it ran.");
    text += QLatin1Char(' ') + tr("It has now been completed. Each of its steps is stored whole or not at all, so no "
                                  "call that was archived before it is lost.");
    if (!m.backup.isEmpty())
        text += QLatin1Char(' ') + tr("A copy of the archive from before the upgrade is kept at %1.")
                                       .arg(QDir::toNativeSeparators(m.backup));
    const QString target = ArchiveRecovery::suggestedPath(path);
    m_bar->showNotice(text,
                      {{tr("Recover into %1").arg(QFileInfo(target).fileName()),
                        [this, path] { recover(path, ArchiveRecovery::suggestedPath(path)); }},
                       {tr("Dismiss"), [this] { m_bar->clearNotice(); }}},
                      true);
}

void RecoveryOffer::archiveUnreadable(const QString &path, const QString &error)
{
    if (!ArchiveRecovery::looksDamaged(error) || !QFileInfo(path).isFile())
        return;
    offerRecovery(path, tr("The archive %1 cannot be opened: it is damaged (%2). The calls that can still be read "
                           "can be copied into a new archive; this file is not changed.")
                            .arg(QDir::toNativeSeparators(path), error));
}

void RecoveryOffer::archiveDamaged(const QString &path, const QString &message, qint64 readable)
{
    Q_UNUSED(message)
    offerRecovery(path, tr("The archive %1 is damaged: %Ln call(s) could be read and are shown, but calls stored on its "
                           "damaged parts could not be read and may be missing. Recover the readable calls into a new "
                           "archive before adding to this one; this file is not changed.",
                           nullptr, int(readable))
                            .arg(QDir::toNativeSeparators(path)));
}

void RecoveryOffer::importStarted(const QString &archive, qint64 archivedBefore, const QStringList &files)
{
    QStringList absolute;
    for (const QString &f : files)
        absolute << QFileInfo(f).absoluteFilePath();
    m_journal.begin({archive, absolute, QDateTime::currentDateTimeUtc(), archivedBefore});
}

void RecoveryOffer::importEnded()
{
    m_journal.end();
}

void RecoveryOffer::recover(const QString &damaged, const QString &newPath)
{
    if (!m_job->start(damaged, newPath))
        return;
    m_bar->showNotice(tr("Recovering %1 into %2...").arg(QDir::toNativeSeparators(damaged), QDir::toNativeSeparators(newPath)),
                      {}, false);
    m_status->showProgress(tr("Recovering the archive..."), -1);
}

} // namespace cdr
