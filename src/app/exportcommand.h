// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

// `cdr-inspector export [--archive PATH] [--provider NAME] [--since YYYY-MM-DD]
// [--until YYYY-MM-DD] [--redact] -o OUTPUT`: writes archived calls in the normalized format,
// byte for byte what convert writes for the same input. Headless. Main thread only.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    /// args excludes the program name and the command word. Returns the exit code.
    static int run(const QStringList &args);
};
