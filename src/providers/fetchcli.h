// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The `cdr-inspector fetch` command, as a function so tests can drive it against the fake
// server without starting the app:
//
//   fetch --provider NAME [--base-url URL] [--account ID] [--timezone ZONE] [--call ID]...
//         [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--direction inbound|outbound] [--max N]
//         [--keep-partial] -o OUTPUT(.json|.ndjson|.csv)
//
// Secrets come only from the environment (PLIVO_AUTH_ID/PLIVO_AUTH_TOKEN, VOBIZ_AUTH_ID/
// VOBIZ_AUTH_TOKEN, CARRIERX_TOKEN, NEXBRO_API_KEY and NEXBRO_BASE_URL). Progress goes to
// `err`. Exit codes: 0 done, 1 the fetch failed (auth, not found, retries exhausted; with
// --keep-partial the calls fetched so far are still written), 2 bad arguments or output.
// Needs a Q(Core)Application; runs its own local event loop in the calling thread.

#include <QProcessEnvironment>
#include <QStringList>

class QTextStream;

namespace cdr {

class FetchCli
{
public:
    /// args excludes the program name and the command word.
    static int run(const QStringList &args, const QProcessEnvironment &env, QTextStream &err);
};

} // namespace cdr
