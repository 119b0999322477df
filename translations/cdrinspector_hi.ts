<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Provider accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Production Plivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account &amp;ID:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Base URL:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Secret:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stored in the system keychain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CallDetailPane</name>
        <message>
            <source>No call selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the timeline, the charts, the error log or a PDF report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline &amp;&amp; quality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Technical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raw provider record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy JSON</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommandInput</name>
        <message>
            <source>cannot read standard input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown provider "%1"; use plivo, vobiz, carrierx or nexbro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown time zone "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: record %2 looks like a %3 record, not %4; nothing written (leave out --provider to detect it, or give --provider %5)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Convert provider CDR bodies and exports to normalized JSON, NDJSON or CSV.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetch call records from Plivo, Vobiz, CarrierX or NexBro into a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write one call's timeline, quality charts and PDF report into a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import call record files into the local archive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export calls from the local archive to JSON, NDJSON or CSV.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write KPIs (ASR, NER, ACD, PDD, MOS) per provider, country, ... to CSV, JSON or PDF.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the bundled demo data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select this call id once loaded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start on the Overview page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: cdr-inspector [options] [FILE...]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>       cdr-inspector COMMAND [options]   (run `cdr-inspector COMMAND --help` for its options)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inspect call detail records from Plivo, Vobiz, CarrierX and NexBro.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commands (headless, no display needed):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Options of the window (no command):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call record files to open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show this help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cdr-inspector: unknown command "%1"; the commands are %2 (see cdr-inspector --help)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cdr-inspector %1: this command is not part of this build yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConvertCommand</name>
        <message>
            <source>Convert provider CDR bodies to normalized JSON, NDJSON or CSV.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider of the input: plivo, vobiz, carrierx or nexbro (default: detect).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IANA time zone for timestamps that carry none (default: UTC).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output file; .json, .ndjson or .csv.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not print warnings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider response bodies or exports; - for stdin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown output format; use .json, .ndjson or .csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the output is also an input; choose another output file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 more warning(s) not shown</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>converted %n call(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n file(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>to %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source> (%n warning(s))</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n duplicate(s) merged (the last occurrence of a call is kept)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <source>Write archived calls in the normalized format (.json, .ndjson or .csv).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive to read (default: $CDR_ARCHIVE, else the app's own archive).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only this provider's calls: plivo, vobiz, carrierx or nexbro.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only calls that started on or after this day (UTC).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only calls that started on or before this day (UTC).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mask phone numbers and IP addresses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output file; .json, .ndjson or .csv.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print nothing on success.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown output format; use .json, .ndjson or .csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown provider "%1"; use plivo, vobiz, carrierx or nexbro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--since expects a day as YYYY-MM-DD, not "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--until expects a day as YYYY-MM-DD, not "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: no archive there (import some calls first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the output is the archive itself; choose another output file</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>exported %n call(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>from %1 to %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <source>Normalize provider CDR bodies and exports into the call archive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive to import into (default: $CDR_ARCHIVE, else the app's own archive).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider of the input: plivo, vobiz, carrierx or nexbro (default: detect).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IANA time zone for timestamps that carry none (default: UTC).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not print warnings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider response bodies or exports; - for stdin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>migrated the archive to schema %1; the old one is kept as %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: writing to the archive %2 failed: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the %2 call(s) read before the error are in the archive</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>imported %n call(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>from %1 file(s) into %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>; %n duplicate(s) merged (the last occurrence of a call is kept)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source> (%1 warning(s))</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>General</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Display &amp;time zone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redact phone numbers and IPs in exports by default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numbers without + are in re&amp;gion:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Default region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ISO 3166 code, e.g. IN or US (empty: unknown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-model assumed &amp;delay:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assumed one-way delay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-way network delay the MOS estimate assumes, besides 20 ms packetization and the jitter buffer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quality thresholds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Profile:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threshold profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MOS good at least / bad below:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MOS good threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MOS bad threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jitter (ms) good up to / bad from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jitter good threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jitter bad threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Packet loss (%) good below / bad from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loss good threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loss bad threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore &amp;defaults</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportCommand</name>
        <message>
            <source>Write the call-flow timeline, quality charts, error log and a PDF report of one call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider of the input: plivo, vobiz, carrierx or nexbro (default: detect).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Id of the call to report (default: the first).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comma-separated formats of the chart files: png, svg, pdf, csv (default: png,svg,pdf).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mask phone numbers and IP addresses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IANA time zone for reading zone-less timestamps and for display (default: UTC).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG scale factor, 1 to 4 (default: 1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not print progress.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A provider response body or export, or a normalized JSON/NDJSON/CSV file; - for stdin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--scale must be a number from 1 to 4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: no call records found</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>no call with id "%1" among the %n call(s) in %2</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Audio quality: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flaws over time: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 exists and is not a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write in %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot move %1 into %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>report of %1 call %2 written to %3: %4</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScorecardCommand</name>
        <message>
            <source>%1: no archive there (import or fetch calls first, or give INPUT files)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 of %3 archived calls could not be read back; run `cdr-inspector import` again or recover the archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KPIs (ASR, NER, ACD, short calls, PDD, MOS, E-model estimate, impaired calls) per group of calls, to CSV, JSON or PDF. Reads the INPUT files, or the local archive when none is given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive to read when there is no INPUT (default: $CDR_ARCHIVE, else the app's archive).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider of the input (plivo, vobiz, carrierx or nexbro); only that provider's calls are scored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IANA time zone for zone-less timestamps, for day and hour, and for --since and --until (default: UTC).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group keys, comma-separated: provider, account, direction, codec, hangup_class, day, hour, country, prefix:N (default: provider).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First day (inclusive).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last day (inclusive).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One-way network delay the E-model assumes (default: 40).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output file: .csv, .json or .pdf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not print warnings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider bodies, exports or normalized files; - for stdin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown output format; use .csv, .json or .pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--assume-delay-ms must be a number of milliseconds from 0 to 1000</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a date; use YYYY-MM-DD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--until is before --since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>archive %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scorecard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scorecard by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period: %1 to %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>last call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-model: one-way delay assumed %1 ms; in-progress calls left out (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numbers without + read in region: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none (set in Preferences)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n call(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>to %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::AccountProfile</name>
        <message>
            <source>Choose a provider.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 needs the account's auth id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NexBro runs on your own domain: enter its base URL, e.g. https://pbx.example.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The base URL must start with https:// (or http:// for a local test server).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown time zone "%1".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::AccountsDialog</name>
        <message>
            <source>Saved. The secret is in the system keychain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved, but the system keychain could not store the secret (%1). It is kept in memory for this session only: not written anywhere, gone when the app quits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>goes to the system keychain (or, without one, this session's memory)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Auth ID, e.g. MA...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not used by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>required: https://your-nexbro-domain.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>optional: documented URL by default</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Auth &amp;token:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bearer &amp;token:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown time zone "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving the secret to the system keychain...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the secret from the keychain...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testing %1...</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Connected to %1: %n call(s) in the last 24 hours (the provider's count).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Connected to %1: the credentials work and there are calls in the last 24 hours (%1 gives no total; the test reads only the first).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to %1: the credentials work; no calls in the last 24 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>kept for this session only (no system keychain)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>leave empty to keep the current secret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::ArchiveRecovery</name>
        <message>
            <source>Cannot copy %1 to read it: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already exists; recover into a new file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No call of %1 could be read: its table of calls is damaged beyond reading</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::CallArchive</name>
        <message>
            <source>Cannot create the folder %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the archive %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SQLite driver gives no handle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a readable archive: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot set up the archive %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The archive was written by a newer version (schema %1, this build knows %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Migrating the archive to schema %1 failed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The archive is not open</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The archive %1 is damaged (%2): %n call(s) could be read, calls on %3 damaged part(s) could not. Recover the readable calls into a new archive before writing to this one.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Reading the archive failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot back up the archive to %1 before migrating it: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>batch %1 holds %2 rows but recorded %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 calls belong to no batch</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::CallDetailPane</name>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quality charts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flaws over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG at 2x…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data as CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy raw JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No call selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 call %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No error-log intervals: %1 reports none for this call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 error-log intervals. Click a row to highlight its band on the timeline and in the flaws chart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audio quality: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flaws over time: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this call has no %1 data to export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no call selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report written to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied the %1 image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied the raw record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 files (*.%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::CallExporter</name>
        <message>
            <source>%1: cannot write: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: write failed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: could not finish the file: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::CallFacts</name>
        <message>
            <source>not reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>invalid (an impossible value was dropped)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ms (%2 s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(transcoded: %1 → %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (from the start and %2 times)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ring</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Talk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Billed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(%1 counts the duration from the answer; the %2 of ringing come before it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rate %1/min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>code %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hangup cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explanation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hangup source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>STIR/SHAKEN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SIP Call-ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Post-dial delay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error-log intervals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Media details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 reports no technical media details; see the raw record below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codecs (source / destination)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codecs (read / write)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rates (read / write)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local media</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remote media</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Media flow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DTMF type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · call %2 · %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>without id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>start time not reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no raw record: the call was read from a normalized file or built by hand)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::CallFilter</name>
        <message>
            <source>%1 %2 to %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 at least %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 at most %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text: "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direction: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start: %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MOS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jitter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bad quality only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hangup cause: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hangup class: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chosen calls (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::CallFlowTimeline</name>
        <message>
            <source>Call-flow timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 from %2 to %3 (%4 s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>forwarding enabled</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n flaw(s) from %1 to %2</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallLibrary</name>
        <message numerus="yes">
            <source>The local archive could not store %n call(s): %1</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The local archive could not be read: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note could not be saved: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::CallNotesWidget</name>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>comma-separated, e.g. escalated, carrier-issue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Local note on this call (kept on this computer only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::CallReader</name>
        <message>
            <source>record %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: record %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the provider returned an error without a message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: record %2 looks like a %3 record, not %4 (leave out --provider to detect it, or give --provider %5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: could not tell which provider this record is from; kept with provider "unknown" (use --provider)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: record %2 is not a call record (no provider's keys, no call id); skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: expected a JSON object or array</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the provider answered with an error: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: a live-call list holds only call ids (%2); fetch each call to see it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the provider returned no record: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: record %2 is a %3, not a call record; skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: malformed JSON in the value starting on line %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: malformed JSON in record %2 at byte offset %3 (line %4): %5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: malformed JSON: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: line %2 is not valid UTF-8; its invalid bytes were read as U+FFFD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: line %2 has %3 fields where the header has %4; missing fields read as empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: line %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: line %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: unterminated quoted field in the CSV after line %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the CSV file has no header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the file is empty (0 bytes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the file holds only white space</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: not JSON, NDJSON or CSV (starts with byte 0x%2 at offset %3)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1: no call record found (%n record(s) had no provider's keys and no call id)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>standard input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot read standard input: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: is a directory, not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: cannot open: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: read error: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::CallReport</name>
        <message>
            <source>page %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call report %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 call %2 · generated %3%4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> · redacted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider: %1    Call id: %2
Generated: %3%4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>    (phone numbers and IP addresses redacted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thresholds used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MOS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>good ≥ %1, bad &lt; %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jitter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>good ≤ %1 ms, bad ≥ %2 ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Packet loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>good &lt; %1 %, bad ≥ %2 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Technical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call-flow timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flaws over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audio quality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error log (%1 intervals)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raw provider record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the report could not be rendered</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::CallTableModel</name>
        <message>
            <source>
Q.850 cause %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>
Hung up by: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration (s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Talk (s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Billed (s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hangup cause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Codec</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SIP Call-ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MOS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jitter (ms)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loss (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flaws</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::CallTableView</name>
        <message>
            <source>Calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::CallValidator</name>
        <message>
            <source>between 1990 and 2100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 %3 is impossible (expected %4); dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0 or more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 to 5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>0 to 100 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a finite number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at most the call's duration of %1 s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::CallVerdict</name>
        <message>
            <source>good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not answered after %1 s of ringing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>busy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>canceled by the caller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>still in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ended abnormally: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>audio degraded from %1 s to %2 s: %3 flaws in %4 interval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>audio degraded from %1 s to %2 s: %3 flaws in %4 intervals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>inbound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>outbound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 MOS %2%3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MOS %1%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>jitter %1 ms%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>packet loss %1 %%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 reports no media quality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no media quality reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answered, %1 s of talk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no outcome or quality reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quality %1: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::CallWriter</name>
        <message>
            <source>%1: unknown output format (use .json, .ndjson or .csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the folder %2 does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: is a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: cannot write in %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: cannot write: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: cannot read back the temporary output: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::ChartExporter</name>
        <message>
            <source>unknown format "%1" (use png, svg, pdf or csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no format given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: unknown file type (use .png, .svg, .pdf or .csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: rendering produced no data</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::CompareDialog</name>
        <message numerus="yes">
            <source>Compare %n call(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Timeline of call %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::CredentialStore</name>
        <message>
            <source>No system keychain is available on this machine (for example a headless Linux session without a Secret Service such as GNOME Keyring or KWallet), so secrets cannot be stored. For the command line, set PLIVO_AUTH_TOKEN, VOBIZ_AUTH_TOKEN, CARRIERX_TOKEN or NEXBRO_API_KEY instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No secret is stored for this account yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Access to the keychain was denied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keychain error: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::ErrorLogModel</name>
        <message>
            <source>unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (+%2 s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flaws</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flaws/s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::FetchBar</name>
        <message>
            <source>Fetch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account to fetch from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To date (inclusive)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates are days in this time zone, for queries and display; change it in Preferences.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both directions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inbound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outbound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetch filters...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numbers and minimum duration the next fetch asks the provider for (not a filter of the table)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetch filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minimum duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> s min (Vobiz)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only Vobiz filters by duration on the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> Fetch only: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No account: add one (Fetch &gt; Accounts)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetch only from: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetch only to: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetch only calls of %1 s or more</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::FetchCli</name>
        <message>
            <source>, about %1 min %2 s left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, about %1 s left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetches call detail records from a provider into normalized JSON, NDJSON or CSV.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>plivo, vobiz, carrierx or nexbro.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replaces the scheme, host and port of the provider's documented base URL.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plivo/Vobiz auth id (default: PLIVO_AUTH_ID / VOBIZ_AUTH_ID).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IANA time zone for zone-less provider times (NexBro) and for --since/--until (default UTC).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetch this call id (repeatable) instead of walking the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First day, YYYY-MM-DD (default: 7 days ago).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last day, inclusive, YYYY-MM-DD (default: now).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>inbound or outbound.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop after N calls.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Output file (.json, .ndjson or .csv).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On failure, still write the calls fetched so far.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No progress output.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usage: cdr-inspector fetch --provider NAME [options] -o OUTPUT; see --help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unexpected argument "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--provider must be plivo, vobiz, carrierx or nexbro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>-o OUTPUT is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: unknown output format; use .json, .ndjson or .csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown time zone "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plivo needs PLIVO_AUTH_ID (or --account) and PLIVO_AUTH_TOKEN in the environment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vobiz needs VOBIZ_AUTH_ID (or --account) and VOBIZ_AUTH_TOKEN in the environment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CarrierX needs CARRIERX_TOKEN in the environment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NexBro needs NEXBRO_API_KEY in the environment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NexBro runs on your own domain: give --base-url or NEXBRO_BASE_URL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--base-url must be an http(s) URL with a host, e.g. https://pbx.example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--since expects YYYY-MM-DD, not "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--until expects YYYY-MM-DD, not "%1"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--since must be before --until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--direction must be inbound or outbound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--max expects a whole number from 1 to %1, not "%2"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write %1: it is a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write %1: the folder %2 does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write %1: the file is read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cannot write %1: the folder %2 is not writable (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing fetched.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n page(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>, window %1/%2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>, %n retries</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>nothing written (%n call(s) fetched; --keep-partial writes them)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>wrote %n call(s) to %1</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source> (partial)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::FetchController</name>
        <message>
            <source>%1: cannot read the secret: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>page %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>page %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>window %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about %1 min %2 s left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about %1 s left</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n retried</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: fetched %n call(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: fetch canceled after %n call(s); Resume continues from there.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1: the interrupted fetch could not be resumed; start a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: resuming the interrupted fetch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the %1 secret from the keychain...</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::FilterChipsBar</name>
        <message>
            <source>Filtered by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove every filter (Ctrl+Shift+Backspace)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove filter %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::HangupCatalog</name>
        <message>
            <source>The reason is unknown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Canceled before answer by an API request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Canceled because the account ran out of credit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Canceled because the simultaneous dial limit was reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The destination number or SIP address is invalid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The destination is out of service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SIP endpoint dialled is not registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calls to this country are blocked by the account's geo permissions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calls to this number are blocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calls to this prefix are blocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The B leg would dial the A leg: a call loop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The call violates the India media-anchoring rule.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The callee did not answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The callee's line was busy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The callee declined the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The caller ID is not owned by the account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The call was forbidden by the carrier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number is not in service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The carrier timed out; a retry may succeed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The carrier had an internal error; a retry may succeed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The carrier's network was congested; a retry may succeed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The carrier reported the callee busy everywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The carrier reported the call declined.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The carrier reported that the user does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The carrier flagged the caller ID as spam.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The caller ID is on the Do-Not-Originate list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One of the parties hung up normally.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The call ended after the last XML instruction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The multiparty call (conference) ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The participant was removed from the multiparty call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A platform network error ended the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A platform internal error ended the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The platform could not route the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The account's concurrency limit (India) was breached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The call reached its scheduled maximum duration.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The call was not answered within the ring timeout.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No RTP was received for 60 seconds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer webhook returned an error or timed out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The action webhook returned an error or timed out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The transfer webhook returned an error or timed out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The redirect webhook returned an error or timed out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The action URL is malformed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The transfer URL is malformed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The redirect URL is malformed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The action URL's HTTP method is neither GET nor POST.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The transfer URL's HTTP method is neither GET nor POST.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The redirect URL's HTTP method is neither GET nor POST.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The answer webhook returned invalid XML.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The action webhook returned invalid XML.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The transfer webhook returned invalid XML.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The redirect webhook returned invalid XML.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another leg of a parallel dial answered first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answering-machine detection hung up the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The callee did not press the confirm key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The call was canceled before it was answered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The destination could not be reached or is barred.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The callee or the callee's carrier did not take the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The call ended normally.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A platform error ended the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A timer ended the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A webhook URL could not be reached or was invalid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A webhook returned invalid XML.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The dialling logic ended this leg.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The called party is busy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The called party did not answer within the timeout.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The caller cancelled before the call was answered (FreeSWITCH-internal code).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The destination explicitly rejected the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SIP endpoint refused the INVITE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The dialled number format is invalid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number is valid but not allocated to any subscriber.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The destination service is temporarily unavailable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An internal server error occurred during call setup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No RTP media was received: likely a firewall or network issue (FreeSWITCH-internal).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A SIP protocol violation or malformed message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A severe network failure prevented routing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The destination endpoint cannot accept the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A generic temporary failure; retrying may succeed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The SIP switch is at capacity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An error not mapped to a standard cause.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The call was answered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The request was malformed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The request needed authentication.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The account needs funds.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The destination or carrier refused the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The proxy needed authentication.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody answered in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number is no longer in service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The callee is not reachable now (often no answer).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A SIP dialog mismatch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number is incomplete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The callee is busy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The caller cancelled before answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No common codec or media.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The far end had an internal error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A gateway failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The far end is overloaded or down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A gateway timed out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The callee is busy everywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number does not exist anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The call cannot be accepted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The call was still in progress.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This code is not in the provider's published table.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A switch hangup cause not in Vobiz's published list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A success response: the call was answered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A client-error response: the request could not be completed as sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A server-error response: the far end failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A global-failure response: no destination will take the call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a SIP final response code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disconnected by %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The provider reported no hangup cause.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::HangupClassifier</name>
        <message>
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Busy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unavailable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Canceled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invalid number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network failure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Media failure</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::ImportProblemsDialog</name>
        <message>
            <source>Problems opening files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calls read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy list</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n kept</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more warning(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be read completely.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Every file was read, with warnings.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The calls read before an error are kept (%n call(s)).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::MainWindow</name>
        <message>
            <source>CDR Inspector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No system keychain: the account's secret is kept in memory for this session only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archive %1 is empty: open files (Ctrl+O) or fetch (F5).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Archive %1: %n call(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Scorecard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Showing the calls of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading %1: %2 of %3 MB</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Import canceled: %n new call(s) kept.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Opened %n new call(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n already there or repeated; the last occurrence is kept)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1 could not be read completely</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be read</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s) (File &gt; Problems of the last open)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Resume the interrupted fetch of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (Fetch &gt; Resume).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open files...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Problems of the last open...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export the view...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The filtered, sorted calls with the visible columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export &amp;all calls...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export this &amp;call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy rows as CS&amp;V</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Filter...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;lear all filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go to call...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save filter as...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved fi&amp;lters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter "%1" applied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none saved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Preferences...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next bad call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Previous bad call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Compare selected calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;olumns...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;etch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Fetch calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetch &amp;new calls (since the newest archived)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Accounts...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Documentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About CDR Inspector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CDR Inspector %1: call detail records from Plivo, Vobiz, CarrierX and NexBro.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quick filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter: number, call id, cause, provider, status (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a provider account first (Fetch &gt; Accounts).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fetching %1 calls since %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The selected call is hidden by the filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every filter removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That call is hidden by the current filter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No call with id "%1" in the current view.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No bad call below this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No bad call above this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select 2 to 4 calls to compare (Ctrl+click).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the archive %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading the archive...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CDR Inspector - demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Building the demo data...</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Demo: %n call(s) across Plivo, Vobiz, CarrierX and NexBro.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Reading %n file(s)...</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Open call records</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call records (*.json *.ndjson *.jsonl *.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export: use a .csv, .json or .ndjson file name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV, the visible columns (*.csv);;NDJSON, whole calls (*.ndjson);;JSON, whole calls (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call id:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter saved as "%1".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::OverviewCharts</name>
        <message>
            <source>MOS distribution by direction (click a bar to filter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calls and answered calls over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hangup classes (hover for the provider causes, click to filter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mean MOS over time</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1: %n call(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1 · %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no cause given)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more cause(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Inbound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outbound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MOS (bin start)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calls per hour: answered and not answered (click to filter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calls per day: answered and not answered (click to filter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mean MOS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MOS</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::OverviewPage</name>
        <message numerus="yes">
            <source>%n call(s) in the current view. Click a bar to filter the table to it.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::PlivoService</name>
        <message>
            <source>Plivo keeps only the last %1 days of call records; the range %2 to %3 is older than that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plivo keeps only the last %1 days of call records; fetching from %2 instead of %3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::PreferencesDialog</name>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error: each "good" threshold must be on the good side of its "bad" one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error: unknown time zone "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error: "%1" is not a region code (two letters, e.g. IN or US).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::ProviderNormalizer</name>
        <message>
            <source>%1: field 'audio_stats.%2.%3' is not a number; ignored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: call_flow[%2] is a %3, not a leg; kept as an empty leg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>: the record has no call id</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::ProviderService</name>
        <message>
            <source>more than a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the time range is empty or invalid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: nothing to fetch.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: stopped after %2 pages, the limit for one run; resume to continue, or fetch a shorter range.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 sent a response larger than %2 MB; stopped reading it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 refused access (HTTP %2): the credentials are wrong or expired, or this machine's IP address is not on the key's whitelist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: call %2: not found, or not available yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: page %2 of the call list was not found (HTTP 404); %3 calls arrived before it, and the walk can be resumed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HTTP %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 rejected the request (HTTP %2): %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 sent an oversize response.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: not an API response: %2 answered HTTP %3 with an HTML page%4. Check the base URL, or a proxy or login portal in the way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> ("%1")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>timed out: the response took longer than %1 (%2 bytes received)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>timed out waiting for the rest of the response: no data for %1 after %2 bytes (HTTP %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>timed out waiting for the response headers (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: could not find the host "%2" (DNS lookup failed); check the base URL and the network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the TLS handshake with %2 failed: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connection refused by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the transfer broke off after %1 bytes (HTTP %2): %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the connection to %1 failed before an answer: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the response could not be read (HTTP %2): its compressed body inflates far beyond its size (a decompression bomb), so it was not unpacked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the response could not be read (HTTP %2, after %3 bytes): %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: redirected to %2 (HTTP %3), which is not the configured host %4 over http(s); not followed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an invalid address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: too many redirects (%2), the last to %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: gave up after %2 attempts (%3).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 asked to wait %2 before retrying (%3); waiting %4 instead, the cap for one wait.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 returned an error: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unreadable response: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: not a call list: the answer to %2 has none of the paging fields of a %1 call list%3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the answer for call %2 holds no call record%3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 said more calls follow but sent an empty page; this time window ends there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the walk made no progress: the page after "%2" ended at "%3" again; stopped after %4 pages. The provider's paging is broken; calls after that point were not fetched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the walk made no progress: the last %2 pages held only calls already received; stopped after %3 pages. The provider ignores the paging; calls beyond were not fetched.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 reported an impossible total of calls (%2); the walk goes page by page instead of trusting it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>negative or out of range</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 claimed a total of %2 calls, but page %3 came back empty; the walk ends there and does not trust the total.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: stopped after %2 pages, the limit for one run (%3 calls so far); resume to continue, or fetch a shorter range.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 calls not found, or not available yet: %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::QualityChartFactory</name>
        <message>
            <source>Inbound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outbound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not reported: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flaws per interval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selected interval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cursor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 does not report media quality (no MOS, jitter or packet loss in its call records).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vobiz sent a MOS outside 1 to 5 for this call; it was dropped as invalid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This call was not answered, so it carried no audio to grade.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vobiz sent no MOS, jitter or packet loss for this call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NexBro sent no audio_stats for this call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This record has no media quality data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MOS, inbound vs outbound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jitter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Packet loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Packet counters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quality percentage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flaws over time (error log)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MOS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quality %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MOS (per call)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Good ≥ %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Average %1–%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bad below %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jitter per call: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Packet loss per call: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>packets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, worst per %2 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>seconds from call start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>flaws</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::QualityCharts</name>
        <message>
            <source>%1: this call has no such chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 files (*.%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export PNG at 2x…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export SVG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export data as CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied the chart image</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::QualityProvenance</name>
        <message>
            <source>MOS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jitter min variance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jitter max variance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loss rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Burst rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Packets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Media</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flush</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CNG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DTMF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jitter-buffer packets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RTCP packets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mean packet interval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raw bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Media bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RTCP octets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flaws</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>outbound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>inbound</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2</source>
            <comment>number and unit</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2</source>
            <comment>value, source</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reported in the input</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reported by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reported by %1 (audio_stats)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reported by %1 (audio_stats, %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: FreeSWITCH-style MOS from the flaw ratio, not an E-model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: a variance in ms², not jitter in ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>jitter variances are in ms², not jitter in ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>computed: E-model (inputs not recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>loss %1 and jitter %2 %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>loss %1 %2 (jitter not reported, 0 ms used)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delay assumed %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>delay assumed (value not recorded)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>codec %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>codec not reported, G.711 values used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no G.113 value, G.711 values used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>computed: E-model from %1, %2, %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>packets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>flaws</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>label (unit)</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MOS (inbound)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MOS (outbound)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jitter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Packet loss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R-factor (estimate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MOS estimate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>label (direction)</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::QualityThresholds</name>
        <message>
            <source>Default (common VoIP bands: MOS 4.0 / 3.6, jitter 10 / 30 ms, loss 0.5 / 0.9 %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strict (contact centre, wideband)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lenient (mobile, long-haul)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::RecordFields</name>
        <message>
            <source>%1: field '%2' is a %3 where a %4 was expected; ignored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: field '%2' value "%3" is not %4; ignored</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::RecordParser</name>
        <message numerus="yes">
            <source>… and %n more warning(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>record without id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>record %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::RecordSplitter</name>
        <message>
            <source>a JSON value outside the record arrays is larger than %1 MiB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a record at byte offset %1 is larger than %2 MiB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>expected a JSON object or array at byte offset %1 (line %2), found %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON nested deeper than %1 levels at byte offset %2 (line %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unexpected '%1' at byte offset %2 (line %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>malformed JSON: '%1' closes a '%2' at byte offset %3 (line %4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the input ends inside a JSON value (truncated?): %1 bracket(s) left open at byte offset %2 (line %3)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::Scorecard</name>
        <message>
            <source>"%1": prefix needs a digit count from 1 to 15, e.g. prefix:3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown group key "%1"; use provider, account, direction, codec, hangup_class, day, hour, country or prefix:N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>group key "%1" is given twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at most %1 group keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>calls in the group; in-progress calls are left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>calls with status answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answer-seizure ratio (ITU-T E.411): 100 × answered / calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>network effectiveness ratio (ITU-T E.425, GSMA IR.42): 100 × (answered + calls ended busy, no answer, rejected or unavailable) / calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>average call duration: total talk time of answered calls / answered calls, in seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>100 × answered calls with less than 10 s of talk / answered calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>median post-dial delay (nearest rank), in ms, where it is known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>95th percentile of post-dial delay (nearest rank), in ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mean MOS as reported by the provider (Vobiz: per call; NexBro: inbound audio_stats, FreeSWITCH-style from the flaw ratio, not an E-model), so not comparable across providers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5th percentile of reported MOS: the value at rank ⌈0.05·n⌉ in ascending order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mean E-model estimate (simplified ITU-T G.107), computed from reported loss and jitter and the codec, one-way delay assumed; the same model for every provider</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5th percentile (nearest rank) of the E-model estimate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>100 × impaired calls / calls with quality data; impaired: graded bad on reported MOS, jitter or loss (or on the estimate where no MOS is reported), or 3 of 5 consecutive 10 s intervals with flaws</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>provider, lower-case name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>account the call was fetched under</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>call direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>codec as the provider reports it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>why the call ended, comparable across providers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>day of the start, in the report's time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hour of day of the start (00-23), in the report's time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>destination country, ISO 3166 alpha-2 (libphonenumber); ZZ: unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>first %1 digits of the E.164 destination</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::ScorecardChart</name>
        <message>
            <source>%1 per group (first %2 of %3 groups, in table order)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 per group</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::ScorecardExporter</name>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No calls in the selection.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Definitions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MOS columns are graded by the analyst's thresholds: good ≥ %1, bad &lt; %2 (~ average, ! bad). – means no data. Percentiles are nearest-rank.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: unknown output format; use .csv, .json or .pdf</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::ScorecardModel</name>
        <message>
            <source>all calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grade: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other period: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no data</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::ScorecardPage</name>
        <message>
            <source>compare with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group keys, comma-separated: provider, account, direction, codec, hangup_class, day, hour, country, prefix:N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All loaded calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 7 days vs the 7 before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 30 days vs the 30 before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Custom ranges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scorecard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open or fetch calls to see their scorecard.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n group(s) from %1 call(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>, %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (changes against %1 in brackets)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>. Double-click a group to see its calls.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>scorecard group %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export scorecard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scorecard by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period: all loaded calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time zone: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compared in the app with %1; this table holds the period above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E-model: one-way delay assumed %1 ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scorecard written to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::SecretScrubber</name>
        <message>
            <source>[secret removed]</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::ServiceFactory</name>
        <message>
            <source>No secret (token or API key) for account "%1".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::SessionCredentialStore</name>
        <message>
            <source>Enter the secret in Fetch &gt; Accounts to use it for this session, or set %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No keychain.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Menu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the call table the arrow keys move through the calls and the pane follows; each filter chip above the table has its own remove button.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The full documentation: &lt;a href="%1"&gt;%1&lt;/a&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::StatusStrip</name>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>%1 of %2 calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sorting/filtering...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>answered %1%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>avg %1 s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cost %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no currency)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MOS mean %1, 5th pct %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>top cause: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::TimelineData</name>
        <message>
            <source>Call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leg %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cdr::TimelineRenderer</name>
        <message>
            <source>Flaws</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No call times to draw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ringing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Talking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Holding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flaws (darker = more)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▼ answer   ┃ end   ↪ forwarding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call-flow timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call-flow timeline: %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n lane(s), %1 error interval(s) with %2 flaw(s), %3 s from call start; times in %4.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::ViewExportJob</name>
        <message>
            <source>Exporting %1: %2 of %3 calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export canceled; %1 was not written.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Exported %n call(s) to %1</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: the %2 call %3 is not in the archive; nothing was written</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Inspect call detail records from Plivo, Vobiz, CarrierX and NexBro.
Headless commands: convert, fetch, report (run `cdr-inspector COMMAND --help`).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call record files to open.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
