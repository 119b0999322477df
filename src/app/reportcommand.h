// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

// `cdr-inspector report ...`: headless; see README for the contract. Main thread only.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    /// args excludes the program name and the command word. Returns the exit code.
    static int run(const QStringList &args);
};
