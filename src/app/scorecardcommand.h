// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

// `cdr-inspector scorecard [INPUT...] [--archive PATH] [--provider NAME] [--timezone ZONE]
//  [--by KEY[,KEY...]] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--assume-delay-ms N]
//  -o OUTPUT(.csv|.json|.pdf)`: KPIs per group, headless. Reads the INPUT files, or the archive
// when there is none. Runs on the main thread of an offscreen QApplication (the PDF needs fonts).
class ScorecardCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardCommand)

public:
    /// args excludes the program name and the command word. Returns the exit code.
    static int run(const QStringList &args);
};
