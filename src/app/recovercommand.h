// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// `cdr-inspector recover ARCHIVE -o NEW`: copies every readable call (and note, tag, batch and
// resume point) of a damaged archive file into a new archive (cdr::ArchiveRecovery); the
// damaged file is not changed. Headless. damageHint() is what the other archive commands add
// to an error that shows the archive file is damaged, so the user learns of this command. Main thread only.
class RecoverCommand
{
public:
    /// args excludes the program name and the command word. Returns the exit code.
    static int run(const QStringList &args);
    /// " The archive file looks damaged; ... cdr-inspector recover ..." when error is SQLite's
    /// word for a damaged file (malformed image, not a database) and archive is a file; else "".
    static QString damageHint(const QString &archive, const QString &error);
};
