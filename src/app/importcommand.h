// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

// `cdr-inspector import [--archive PATH] [--provider NAME] [--timezone ZONE] INPUT...`:
// normalizes inputs into the archive through the same path as the GUI (CallReader into
// CallArchive::Writer). Headless. Main thread only.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    /// args excludes the program name and the command word. Returns the exit code.
    static int run(const QStringList &args);
};
