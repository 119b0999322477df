// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommand.h"

#include <QTextStream>

// Placeholder until the report issue lands: says so and fails, never pretends to work.
int ReportCommand::run(const QStringList &)
{
    QTextStream(stderr) << "cdr-inspector report: not available in this build yet\n";
    return 2;
}
