// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `cdr-inspector fetch ...`: headless; see README for the contract. Main thread only.
class FetchCommand
{
public:
    /// args excludes the program name and the command word. Returns the exit code.
    static int run(const QStringList &args);
};
