// SPDX-License-Identifier: GPL-3.0-or-later
#include "fetchcommand.h"

#include <QTextStream>

// Placeholder until the fetch issue lands: says so and fails, never pretends to work.
int FetchCommand::run(const QStringList &)
{
    QTextStream(stderr) << "cdr-inspector fetch: not available in this build yet\n";
    return 2;
}
