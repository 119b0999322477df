// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

// `cdr-inspector convert ...`: headless; see README for the contract. Main thread only.
class ConvertCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConvertCommand)

public:
    /// args excludes the program name and the command word. Returns the exit code.
    static int run(const QStringList &args);
};
