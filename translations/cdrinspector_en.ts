<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ConvertCommand</name>
        <message numerus="yes">
            <source>converted %n call(s)</source>
            <translation>
                <numerusform>converted %n call</numerusform>
                <numerusform>converted %n calls</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n file(s)</source>
            <translation>
                <numerusform>from %n file</numerusform>
                <numerusform>from %n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n warning(s))</source>
            <translation>
                <numerusform> (%n warning)</numerusform>
                <numerusform> (%n warnings)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n duplicate(s) merged (the last occurrence of a call is kept)</source>
            <translation>
                <numerusform>; %n duplicate merged (the last occurrence of a call is kept)</numerusform>
                <numerusform>; %n duplicates merged (the last occurrence of a call is kept)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n more warning(s) not shown</source>
            <translation>
                <numerusform>%1: %n more warning not shown</numerusform>
                <numerusform>%1: %n more warnings not shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message numerus="yes">
            <source>exported %n call(s)</source>
            <translation>
                <numerusform>exported %n call</numerusform>
                <numerusform>exported %n calls</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message numerus="yes">
            <source>imported %n call(s)</source>
            <translation>
                <numerusform>imported %n call</numerusform>
                <numerusform>imported %n calls</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n duplicate(s) merged (the last occurrence of a call is kept)</source>
            <translation>
                <numerusform>; %n duplicate merged (the last occurrence of a call is kept)</numerusform>
                <numerusform>; %n duplicates merged (the last occurrence of a call is kept)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: the %n call(s) read before the error are in the archive</source>
            <translation>
                <numerusform>%1: the %n call read before the error is in the archive</numerusform>
                <numerusform>%1: the %n calls read before the error are in the archive</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n file(s) into %1</source>
            <translation>
                <numerusform>from %n file into %1</numerusform>
                <numerusform>from %n files into %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n warning(s))</source>
            <translation>
                <numerusform> (%n warning)</numerusform>
                <numerusform> (%n warnings)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecoverCommand</name>
        <message numerus="yes">
            <source>recovered %n call(s)</source>
            <translation>
                <numerusform>recovered %n call</numerusform>
                <numerusform>recovered %n calls</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n other row(s) (notes, tags, batches, resume points)</source>
            <translation>
                <numerusform>and %n other row (notes, tags, batches, resume points)</numerusform>
                <numerusform>and %n other rows (notes, tags, batches, resume points)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n damaged part(s) could not be read</source>
            <translation>
                <numerusform>%n damaged part could not be read</numerusform>
                <numerusform>%n damaged parts could not be read</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReportCommand</name>
        <message numerus="yes">
            <source>no call with id "%1" among the %n call(s) in %2</source>
            <translation>
                <numerusform>no call with id "%1" among the %n call in %2</numerusform>
                <numerusform>no call with id "%1" among the %n calls in %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScorecardCommand</name>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n group</numerusform>
                <numerusform>%n groups</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n call(s)</source>
            <translation>
                <numerusform>from %n call</numerusform>
                <numerusform>from %n calls</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::AccountsDialog</name>
        <message numerus="yes">
            <source>Connected to %1: %Ln call(s) in the last 24 hours (the provider's count).</source>
            <translation>
                <numerusform>Connected to %1: %Ln call in the last 24 hours (the provider's count).</numerusform>
                <numerusform>Connected to %1: %Ln calls in the last 24 hours (the provider's count).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::ArchiveOpener</name>
        <message numerus="yes">
            <source>Team archive %1: no calls in the last %n day(s) of the chosen accounts (Preferences &gt; Archive).</source>
            <translation>
                <numerusform>Team archive %1: no calls in the last %n day of the chosen accounts (Preferences &gt; Archive).</numerusform>
                <numerusform>Team archive %1: no calls in the last %n days of the chosen accounts (Preferences &gt; Archive).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Team archive %1: %Ln call(s) of the last %2 day(s).</source>
            <translation>
                <numerusform>Team archive %1: %Ln call of the last %2 day(s).</numerusform>
                <numerusform>Team archive %1: %Ln calls of the last %2 day(s).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archive %1: %Ln call(s).</source>
            <translation>
                <numerusform>Archive %1: %Ln call.</numerusform>
                <numerusform>Archive %1: %Ln calls.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1

%Ln call(s) are kept in memory. Retry when the archive is reachable again.</source>
            <translation>
                <numerusform>%1

%Ln call is kept in memory. Retry when the archive is reachable again.</numerusform>
                <numerusform>%1

%Ln calls are kept in memory. Retry when the archive is reachable again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallArchive</name>
        <message numerus="yes">
            <source>The archive %1 is damaged (%2): %n call(s) could be read, calls on %3 damaged part(s) could not. Recover the readable calls into a new archive before writing to this one.</source>
            <translation>
                <numerusform>The archive %1 is damaged (%2): %n call could be read, calls on %3 damaged part(s) could not. Recover the readable calls into a new archive before writing to this one.</numerusform>
                <numerusform>The archive %1 is damaged (%2): %n calls could be read, calls on %3 damaged part(s) could not. Recover the readable calls into a new archive before writing to this one.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) belong to no batch</source>
            <translation>
                <numerusform>%n call belongs to no batch</numerusform>
                <numerusform>%n calls belong to no batch</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallDetailPane</name>
        <message numerus="yes">
            <source>%Ln error-log interval(s). Click a row to highlight its band on the timeline and in the flaws chart.</source>
            <translation>
                <numerusform>%Ln error-log interval. Click a row to highlight its band on the timeline and in the flaws chart.</numerusform>
                <numerusform>%Ln error-log intervals. Click a row to highlight its band on the timeline and in the flaws chart.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallFlowTimeline</name>
        <message numerus="yes">
            <source>%n flaw(s) from %1 to %2</source>
            <translation>
                <numerusform>%n flaw from %1 to %2</numerusform>
                <numerusform>%n flaws from %1 to %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallLibrary</name>
        <message numerus="yes">
            <source>The local archive could not store %n call(s): %1</source>
            <translation>
                <numerusform>The local archive could not store %n call: %1</numerusform>
                <numerusform>The local archive could not store %n calls: %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The team archive could not store %n call(s); they are kept in memory: %1</source>
            <translation>
                <numerusform>The team archive could not store %n call; it is kept in memory: %1</numerusform>
                <numerusform>The team archive could not store %n calls; they are kept in memory: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallReader</name>
        <message numerus="yes">
            <source>%1: no call record found (%n record(s) had no provider's keys and no call id)</source>
            <translation>
                <numerusform>%1: no call record found (%n record had no provider's keys and no call id)</numerusform>
                <numerusform>%1: no call record found (%n records had no provider's keys and no call id)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallReport</name>
        <message numerus="yes">
            <source>Error log (%n interval(s))</source>
            <translation>
                <numerusform>Error log (%n interval)</numerusform>
                <numerusform>Error log (%n intervals)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallVerdict</name>
        <message numerus="yes">
            <source>audio degraded from %1 s to %2 s: %3 flaws in %n interval(s)</source>
            <translation>
                <numerusform>audio degraded from %1 s to %2 s: %3 flaws in %n interval</numerusform>
                <numerusform>audio degraded from %1 s to %2 s: %3 flaws in %n intervals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CompareDialog</name>
        <message numerus="yes">
            <source>Compare %n call(s)</source>
            <translation>
                <numerusform>Compare %n call</numerusform>
                <numerusform>Compare %n calls</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::FetchCli</name>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n call</numerusform>
                <numerusform>%n calls</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n page(s)</source>
            <translation>
                <numerusform>%1 of %n page</numerusform>
                <numerusform>%1 of %n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n retries</source>
            <translation>
                <numerusform>, %n retry</numerusform>
                <numerusform>, %n retries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>nothing written (%n call(s) fetched; --keep-partial writes them)</source>
            <translation>
                <numerusform>nothing written (%n call fetched; --keep-partial writes it)</numerusform>
                <numerusform>nothing written (%n calls fetched; --keep-partial writes them)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wrote %n call(s) to %1</source>
            <translation>
                <numerusform>wrote %n call to %1</numerusform>
                <numerusform>wrote %n calls to %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::FetchController</name>
        <message numerus="yes">
            <source>%n retried</source>
            <translation>
                <numerusform>%n retried</numerusform>
                <numerusform>%n retried</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln call(s)</source>
            <translation>
                <numerusform>%Ln call</numerusform>
                <numerusform>%Ln calls</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: fetched %Ln call(s).</source>
            <translation>
                <numerusform>%1: fetched %Ln call.</numerusform>
                <numerusform>%1: fetched %Ln calls.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: fetch canceled after %Ln call(s); Resume continues from there.</source>
            <translation>
                <numerusform>%1: fetch canceled after %Ln call; Resume continues from there.</numerusform>
                <numerusform>%1: fetch canceled after %Ln calls; Resume continues from there.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::ImportProblemsDialog</name>
        <message numerus="yes">
            <source>… and %n more warning(s)</source>
            <translation>
                <numerusform>… and %n more warning</numerusform>
                <numerusform>… and %n more warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be read completely.</source>
            <translation>
                <numerusform>%n file could not be read completely.</numerusform>
                <numerusform>%n files could not be read completely.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln kept</source>
            <translation>
                <numerusform>%Ln kept</numerusform>
                <numerusform>%Ln kept</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The calls read before an error are kept (%Ln call(s)).</source>
            <translation>
                <numerusform>The calls read before an error are kept (%Ln call).</numerusform>
                <numerusform>The calls read before an error are kept (%Ln calls).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::MainWindow</name>
        <message numerus="yes">
            <source>%n file(s) could not be read</source>
            <translation>
                <numerusform>%n file could not be read</numerusform>
                <numerusform>%n files could not be read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s) (File &gt; Problems of the last open)</source>
            <translation>
                <numerusform>%n warning (File &gt; Problems of the last open)</numerusform>
                <numerusform>%n warnings (File &gt; Problems of the last open)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reading %n file(s)...</source>
            <translation>
                <numerusform>Reading %n file...</numerusform>
                <numerusform>Reading %n files...</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import canceled: %Ln new call(s) kept.</source>
            <translation>
                <numerusform>Import canceled: %Ln new call kept.</numerusform>
                <numerusform>Import canceled: %Ln new calls kept.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Opened %Ln new call(s)</source>
            <translation>
                <numerusform>Opened %Ln new call</numerusform>
                <numerusform>Opened %Ln new calls</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%Ln already there or repeated; the last occurrence is kept)</source>
            <translation>
                <numerusform> (%Ln already there or repeated; the last occurrence is kept)</numerusform>
                <numerusform> (%Ln already there or repeated; the last occurrence is kept)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo: %Ln call(s) across Plivo, Vobiz, CarrierX and NexBro.</source>
            <translation>
                <numerusform>Demo: %Ln call across Plivo, Vobiz, CarrierX and NexBro.</numerusform>
                <numerusform>Demo: %Ln calls across Plivo, Vobiz, CarrierX and NexBro.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::OverviewCharts</name>
        <message numerus="yes">
            <source>%1: %n call(s)</source>
            <translation>
                <numerusform>%1: %n call</numerusform>
                <numerusform>%1: %n calls</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more cause(s)</source>
            <translation>
                <numerusform>… and %n more cause</numerusform>
                <numerusform>… and %n more causes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::OverviewPage</name>
        <message numerus="yes">
            <source>%Ln call(s) in the current view. Click a bar to filter the table to it.</source>
            <translation>
                <numerusform>%Ln call in the current view. Click a bar to filter the table to it.</numerusform>
                <numerusform>%Ln calls in the current view. Click a bar to filter the table to it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::RecordParser</name>
        <message numerus="yes">
            <source>… and %n more warning(s)</source>
            <translation>
                <numerusform>… and %n more warning</numerusform>
                <numerusform>… and %n more warnings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::RecordSplitter</name>
        <message numerus="yes">
            <source>the input ends inside a JSON value (truncated?): %n bracket(s) left open at byte offset %1 (line %2)</source>
            <translation>
                <numerusform>the input ends inside a JSON value (truncated?): %n bracket left open at byte offset %1 (line %2)</numerusform>
                <numerusform>the input ends inside a JSON value (truncated?): %n brackets left open at byte offset %1 (line %2)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::RecoveryOffer</name>
        <message numerus="yes">
            <source>(%n damaged part(s) could not be read).</source>
            <translation>
                <numerusform>(%n damaged part could not be read).</numerusform>
                <numerusform>(%n damaged parts could not be read).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recovering the archive: %Ln call(s) copied so far</source>
            <translation>
                <numerusform>Recovering the archive: %Ln call copied so far</numerusform>
                <numerusform>Recovering the archive: %Ln calls copied so far</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recovered %Ln call(s) from %1 into %2</source>
            <translation>
                <numerusform>Recovered %Ln call from %1 into %2</numerusform>
                <numerusform>Recovered %Ln calls from %1 into %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The archive %1 is damaged: %Ln call(s) could be read and are shown, but calls stored on its damaged parts could not be read and may be missing. Recover the readable calls into a new archive before adding to this one; this file is not changed.</source>
            <translation>
                <numerusform>The archive %1 is damaged: %Ln call could be read and is shown, but calls stored on its damaged parts could not be read and may be missing. Recover the readable calls into a new archive before adding to this one; this file is not changed.</numerusform>
                <numerusform>The archive %1 is damaged: %Ln calls could be read and are shown, but calls stored on its damaged parts could not be read and may be missing. Recover the readable calls into a new archive before adding to this one; this file is not changed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::ScorecardPage</name>
        <message numerus="yes">
            <source>%n group(s) from %1</source>
            <translation>
                <numerusform>%n group from %1</numerusform>
                <numerusform>%n groups from %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln call(s)</source>
            <translation>
                <numerusform>%Ln call</numerusform>
                <numerusform>%Ln calls</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::StatusStrip</name>
        <message numerus="yes">
            <source>%Ln call(s)</source>
            <translation>
                <numerusform>%Ln call</numerusform>
                <numerusform>%Ln calls</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::TimelineRenderer</name>
        <message numerus="yes">
            <source>%n lane(s), %1 error interval(s) with %2 flaw(s), %3 s from call start; times in %4.</source>
            <translation>
                <numerusform>%n lane, %1 error interval(s) with %2 flaw(s), %3 s from call start; times in %4.</numerusform>
                <numerusform>%n lanes, %1 error interval(s) with %2 flaw(s), %3 s from call start; times in %4.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::TransferGuard</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::ViewExportJob</name>
        <message numerus="yes">
            <source>Exported %Ln call(s) to %1</source>
            <translation>
                <numerusform>Exported %Ln call to %1</numerusform>
                <numerusform>Exported %Ln calls to %1</numerusform>
            </translation>
        </message>
    </context>
</TS>
