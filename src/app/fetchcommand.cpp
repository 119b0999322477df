// SPDX-License-Identifier: GPL-3.0-or-later
#include "fetchcommand.h"

#include <providers/fetchcli.h>

#include <QProcessEnvironment>
#include <QTextStream>

// The command lives in cdrproviders (cdr::FetchCli) so the tests can drive it against the
// fake provider server; this is only the app's entry point to it.
int FetchCommand::run(const QStringList &args)
{
    QTextStream err(stderr);
    return cdr::FetchCli::run(args, QProcessEnvironment::systemEnvironment(), err);
}
