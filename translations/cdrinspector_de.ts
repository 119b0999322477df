<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Provider accounts</source>
            <translation>Provider-Konten</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Konten</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>e.g. Production Plivo</source>
            <translation>z. B. Plivo Produktion</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Provider:</translation>
        </message>
        <message>
            <source>Account &amp;ID:</source>
            <translation>Konto-&amp;ID:</translation>
        </message>
        <message>
            <source>&amp;Base URL:</source>
            <translation>&amp;Basis-URL:</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Zeitzone:</translation>
        </message>
        <message>
            <source>&amp;Secret:</source>
            <translation>&amp;Geheimnis:</translation>
        </message>
        <message>
            <source>stored in the system keychain</source>
            <translation>im Schlüsselbund des Systems gespeichert</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Verbindung &amp;testen</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
    </context>
    <context>
        <name>ArchiveBackend</name>
        <message>
            <source>migrated the archive to schema %1; the old one is kept as %2</source>
            <translation>Archiv auf Schema %1 migriert; das alte bleibt als %2 erhalten</translation>
        </message>
        <message>
            <source>%1: no archive there (import some calls first)</source>
            <translation>%1: dort ist kein Archiv (importieren Sie zuerst Anrufe)</translation>
        </message>
        <message>
            <source>the last upgrade of the archive (schema %1 to %2, started %3) was cut short; it is now complete and no archived call was lost</source>
            <translation>die letzte Umstellung des Archivs (Schema %1 auf %2, begonnen %3) wurde abgebrochen; sie ist jetzt abgeschlossen, und kein archivierter Anruf ging verloren</translation>
        </message>
    </context>
    <context>
        <name>CallDetailPane</name>
        <message>
            <source>No call selected</source>
            <translation>Kein Anruf ausgewählt</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>Export the timeline, the charts, the error log or a PDF report</source>
            <translation>Zeitachse, Diagramme, Fehlerprotokoll oder einen PDF-Bericht exportieren</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Timeline &amp;&amp; quality</source>
            <translation>Zeitachse &amp;&amp; Qualität</translation>
        </message>
        <message>
            <source>Technical</source>
            <translation>Technik</translation>
        </message>
        <message>
            <source>Raw provider record</source>
            <translation>Roher Provider-Datensatz</translation>
        </message>
        <message>
            <source>Copy JSON</source>
            <translation>JSON kopieren</translation>
        </message>
    </context>
    <context>
        <name>CallNotesWidget</name>
        <message>
            <source>Tags:</source>
            <translation>Tags:</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>comma-separated, e.g. escalated, carrier-issue</source>
            <translation>kommagetrennt, z. B. eskaliert, carrier-problem</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Notiz:</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
    </context>
    <context>
        <name>CallsPage</name>
        <message>
            <source>Quick filter</source>
            <translation>Schnellfilter</translation>
        </message>
        <message>
            <source>Filter: number, call id, cause, provider, status (Ctrl+F)</source>
            <translation>Filter: Nummer, Anruf-ID, Grund, Provider, Status (Strg+F)</translation>
        </message>
    </context>
    <context>
        <name>CommandInput</name>
        <message>
            <source>cannot read standard input</source>
            <translation>Standardeingabe kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>unknown provider "%1"; use plivo, vobiz, carrierx or nexbro</source>
            <translation>unbekannter Provider "%1"; verwenden Sie plivo, vobiz, carrierx oder nexbro</translation>
        </message>
        <message>
            <source>unknown time zone "%1"</source>
            <translation>unbekannte Zeitzone "%1"</translation>
        </message>
        <message>
            <source>Provider of the input: plivo, vobiz, carrierx or nexbro (default: detect).</source>
            <translation>Provider der Eingabe: plivo, vobiz, carrierx oder nexbro (Standard: erkennen).</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>IANA time zone for timestamps that carry none (default: UTC).</source>
            <translation>IANA-Zeitzone für Zeitstempel ohne Zeitzone (Standard: UTC).</translation>
        </message>
        <message>
            <source>zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <source>path</source>
            <translation>Pfad</translation>
        </message>
        <message>
            <source>%1: a file, or a team archive as postgresql://user@host:port/dbname (default: $CDR_ARCHIVE, else the app's own archive).</source>
            <translation>%1: eine Datei oder ein Team-Archiv als postgresql://user@host:port/dbname (Standard: $CDR_ARCHIVE, sonst das eigene Archiv der App).</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Convert provider CDR bodies and exports to normalized JSON, NDJSON or CSV.</source>
            <translation>Provider-CDR-Antworten und -Exporte in normalisiertes JSON, NDJSON oder CSV umwandeln.</translation>
        </message>
        <message>
            <source>Fetch call records from Plivo, Vobiz, CarrierX or NexBro into a file.</source>
            <translation>Anrufdatensätze von Plivo, Vobiz, CarrierX oder NexBro in eine Datei abrufen.</translation>
        </message>
        <message>
            <source>Write one call's timeline, quality charts and PDF report into a folder.</source>
            <translation>Zeitachse, Qualitätsdiagramme und PDF-Bericht eines Anrufs in einen Ordner schreiben.</translation>
        </message>
        <message>
            <source>Import call record files into the local archive.</source>
            <translation>Anrufdatensatz-Dateien in das lokale Archiv importieren.</translation>
        </message>
        <message>
            <source>Export calls from the local archive to JSON, NDJSON or CSV.</source>
            <translation>Anrufe aus dem lokalen Archiv als JSON, NDJSON oder CSV exportieren.</translation>
        </message>
        <message>
            <source>Write KPIs (ASR, NER, ACD, PDD, MOS) per provider, country, ... to CSV, JSON or PDF.</source>
            <translation>KPIs (ASR, NER, ACD, PDD, MOS) je Provider, Land, ... als CSV, JSON oder PDF schreiben.</translation>
        </message>
        <message>
            <source>Open the bundled demo data.</source>
            <translation>Die mitgelieferten Demodaten öffnen.</translation>
        </message>
        <message>
            <source>Select this call id once loaded.</source>
            <translation>Diese Anruf-ID nach dem Laden auswählen.</translation>
        </message>
        <message>
            <source>Start on the Overview page.</source>
            <translation>Auf der Seite „Überblick“ starten.</translation>
        </message>
        <message>
            <source>Usage: cdr-inspector [options] [FILE...]</source>
            <translation>Aufruf: cdr-inspector [Optionen] [DATEI...]</translation>
        </message>
        <message>
            <source>       cdr-inspector COMMAND [options]   (run `cdr-inspector COMMAND --help` for its options)</source>
            <translation>       cdr-inspector BEFEHL [Optionen]   (`cdr-inspector BEFEHL --help` zeigt seine Optionen)</translation>
        </message>
        <message>
            <source>Inspect call detail records from Plivo, Vobiz, CarrierX and NexBro.</source>
            <translation>Anrufdatensätze (CDRs) von Plivo, Vobiz, CarrierX und NexBro untersuchen.</translation>
        </message>
        <message>
            <source>Commands (headless, no display needed):</source>
            <translation>Befehle (ohne Oberfläche, keine Anzeige nötig):</translation>
        </message>
        <message>
            <source>Options of the window (no command):</source>
            <translation>Optionen des Fensters (ohne Befehl):</translation>
        </message>
        <message>
            <source>Call record files to open.</source>
            <translation>Zu öffnende Anrufdatensätze.</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Diese Hilfe anzeigen.</translation>
        </message>
        <message>
            <source>Show the version.</source>
            <translation>Die Version anzeigen.</translation>
        </message>
        <message>
            <source>cdr-inspector: unknown command "%1"; the commands are %2 (see cdr-inspector --help)</source>
            <translation>cdr-inspector: unbekannter Befehl "%1"; die Befehle sind %2 (siehe cdr-inspector --help)</translation>
        </message>
        <message>
            <source>cdr-inspector %1: this command is not part of this build yet</source>
            <translation>cdr-inspector %1: dieser Befehl ist in diesem Build noch nicht enthalten</translation>
        </message>
        <message>
            <source>Copy the readable calls of a damaged archive file into a new archive.</source>
            <translation>Die lesbaren Anrufe einer beschädigten Archivdatei in ein neues Archiv kopieren.</translation>
        </message>
    </context>
    <context>
        <name>ConvertCommand</name>
        <message>
            <source>Convert provider CDR bodies to normalized JSON, NDJSON or CSV.</source>
            <translation>Provider-CDR-Antworten in normalisiertes JSON, NDJSON oder CSV umwandeln.</translation>
        </message>
        <message>
            <source>Output file; .json, .ndjson or .csv.</source>
            <translation>Ausgabedatei; .json, .ndjson oder .csv.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Do not print warnings.</source>
            <translation>Keine Warnungen ausgeben.</translation>
        </message>
        <message>
            <source>Provider response bodies or exports; - for stdin.</source>
            <translation>Provider-Antworten oder Exporte; - für die Standardeingabe.</translation>
        </message>
        <message>
            <source>unknown output format; use .json, .ndjson or .csv</source>
            <translation>unbekanntes Ausgabeformat; verwenden Sie .json, .ndjson oder .csv</translation>
        </message>
        <message>
            <source>%1: the output is also an input; choose another output file</source>
            <translation>%1: die Ausgabe ist auch eine Eingabe; wählen Sie eine andere Ausgabedatei</translation>
        </message>
        <message numerus="yes">
            <source>converted %n call(s)</source>
            <translation>
                <numerusform>%n Anruf umgewandelt</numerusform>
                <numerusform>%n Anrufe umgewandelt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n file(s)</source>
            <translation>
                <numerusform>aus %n Datei</numerusform>
                <numerusform>aus %n Dateien</numerusform>
            </translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>nach %1</translation>
        </message>
        <message numerus="yes">
            <source> (%n warning(s))</source>
            <translation>
                <numerusform> (%n Warnung)</numerusform>
                <numerusform> (%n Warnungen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n duplicate(s) merged (the last occurrence of a call is kept)</source>
            <translation>
                <numerusform>; %n Duplikat zusammengeführt (das letzte Vorkommen eines Anrufs bleibt)</numerusform>
                <numerusform>; %n Duplikate zusammengeführt (das letzte Vorkommen eines Anrufs bleibt)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n more warning(s) not shown</source>
            <translation>
                <numerusform>%1: %n weitere Warnung nicht angezeigt</numerusform>
                <numerusform>%1: %n weitere Warnungen nicht angezeigt</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <source>Write archived calls in the normalized format (.json, .ndjson or .csv).</source>
            <translation>Archivierte Anrufe im normalisierten Format schreiben (.json, .ndjson oder .csv).</translation>
        </message>
        <message>
            <source>Only this provider's calls: plivo, vobiz, carrierx or nexbro.</source>
            <translation>Nur die Anrufe dieses Providers: plivo, vobiz, carrierx oder nexbro.</translation>
        </message>
        <message>
            <source>Only calls that started on or after this day (UTC).</source>
            <translation>Nur Anrufe, die an oder nach diesem Tag begannen (UTC).</translation>
        </message>
        <message>
            <source>Only calls that started on or before this day (UTC).</source>
            <translation>Nur Anrufe, die an oder vor diesem Tag begannen (UTC).</translation>
        </message>
        <message>
            <source>Mask phone numbers and IP addresses.</source>
            <translation>Rufnummern und IP-Adressen maskieren.</translation>
        </message>
        <message>
            <source>Output file; .json, .ndjson or .csv.</source>
            <translation>Ausgabedatei; .json, .ndjson oder .csv.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Print nothing on success.</source>
            <translation>Bei Erfolg nichts ausgeben.</translation>
        </message>
        <message>
            <source>unknown output format; use .json, .ndjson or .csv</source>
            <translation>unbekanntes Ausgabeformat; verwenden Sie .json, .ndjson oder .csv</translation>
        </message>
        <message>
            <source>--since expects a day as YYYY-MM-DD, not "%1"</source>
            <translation>--since erwartet einen Tag als JJJJ-MM-TT, nicht "%1"</translation>
        </message>
        <message>
            <source>--until expects a day as YYYY-MM-DD, not "%1"</source>
            <translation>--until erwartet einen Tag als JJJJ-MM-TT, nicht "%1"</translation>
        </message>
        <message>
            <source>%1: the output is the archive itself; choose another output file</source>
            <translation>%1: die Ausgabe ist das Archiv selbst; wählen Sie eine andere Ausgabedatei</translation>
        </message>
        <message numerus="yes">
            <source>exported %n call(s)</source>
            <translation>
                <numerusform>%n Anruf exportiert</numerusform>
                <numerusform>%n Anrufe exportiert</numerusform>
            </translation>
        </message>
        <message>
            <source>from %1 to %2</source>
            <translation>aus %1 nach %2</translation>
        </message>
        <message>
            <source>Archive to read</source>
            <translation>Zu lesendes Archiv</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <source>Normalize provider CDR bodies and exports into the call archive.</source>
            <translation>Provider-CDR-Antworten und -Exporte normalisiert in das Anrufarchiv übernehmen.</translation>
        </message>
        <message>
            <source>Do not print warnings.</source>
            <translation>Keine Warnungen ausgeben.</translation>
        </message>
        <message>
            <source>Provider response bodies or exports; - for stdin.</source>
            <translation>Provider-Antworten oder Exporte; - für die Standardeingabe.</translation>
        </message>
        <message>
            <source>%1: writing to the archive %2 failed: %3</source>
            <translation>%1: Schreiben in das Archiv %2 fehlgeschlagen: %3</translation>
        </message>
        <message numerus="yes">
            <source>imported %n call(s)</source>
            <translation>
                <numerusform>%n Anruf importiert</numerusform>
                <numerusform>%n Anrufe importiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n duplicate(s) merged (the last occurrence of a call is kept)</source>
            <translation>
                <numerusform>; %n Duplikat zusammengeführt (das letzte Vorkommen eines Anrufs bleibt)</numerusform>
                <numerusform>; %n Duplikate zusammengeführt (das letzte Vorkommen eines Anrufs bleibt)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: the %n call(s) read before the error are in the archive</source>
            <translation>
                <numerusform>%1: der %n vor dem Fehler gelesene Anruf ist im Archiv</numerusform>
                <numerusform>%1: die %n vor dem Fehler gelesenen Anrufe sind im Archiv</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n file(s) into %1</source>
            <translation>
                <numerusform>aus %n Datei in %1</numerusform>
                <numerusform>aus %n Dateien in %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n warning(s))</source>
            <translation>
                <numerusform> (%n Warnung)</numerusform>
                <numerusform> (%n Warnungen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Archive to import into</source>
            <translation>Archiv, in das importiert wird</translation>
        </message>
    </context>
    <context>
        <name>PgArchive</name>
        <message>
            <source>Team archive %1: %2</source>
            <translation>Team-Archiv %1: %2</translation>
        </message>
        <message>
            <source>cannot connect: %1</source>
            <translation>Verbindung nicht möglich: %1</translation>
        </message>
        <message>
            <source>the archive has schema version %1, newer than this CDR Inspector knows (%2); update the app to use it</source>
            <translation>das Archiv hat die Schemaversion %1, neuer als dieser CDR Inspector kennt (%2); aktualisieren Sie die App, um es zu verwenden</translation>
        </message>
        <message>
            <source>not connected</source>
            <translation>nicht verbunden</translation>
        </message>
        <message>
            <source>the connection to the server was lost during an import; the batch in progress was not stored (run the import again to complete it): %1</source>
            <translation>die Verbindung zum Server brach während eines Imports ab; der laufende Stapel wurde nicht gespeichert (führen Sie den Import erneut aus, um ihn zu vervollständigen): %1</translation>
        </message>
        <message>
            <source>a stored call cannot be read: %1</source>
            <translation>ein gespeicherter Anruf kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>PostgreSQL %1 is too old; the team archive needs PostgreSQL 15 or later</source>
            <translation>PostgreSQL %1 ist zu alt; das Team-Archiv braucht PostgreSQL 15 oder neuer</translation>
        </message>
        <message>
            <source>connected (PostgreSQL %1); no team archive there yet: it is created on first use</source>
            <translation>verbunden (PostgreSQL %1); dort gibt es noch kein Team-Archiv: es wird bei der ersten Nutzung angelegt</translation>
        </message>
        <message>
            <source>connected (PostgreSQL %1), team archive schema version %2</source>
            <translation>verbunden (PostgreSQL %1), Team-Archiv mit Schema-Version %2</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>Display &amp;time zone:</source>
            <translation>Anzeige-&amp;Zeitzone:</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>&amp;Design:</translation>
        </message>
        <message>
            <source>&amp;Redact phone numbers and IPs in exports by default</source>
            <translation>Rufnummern und IPs beim Export standardmäßig &amp;schwärzen</translation>
        </message>
        <message>
            <source>Numbers without + are in re&amp;gion:</source>
            <translation>Nummern ohne + gehören zur Re&amp;gion:</translation>
        </message>
        <message>
            <source>Default region</source>
            <translation>Standardregion</translation>
        </message>
        <message>
            <source>ISO 3166 code, e.g. IN or US (empty: unknown)</source>
            <translation>ISO-3166-Code, z. B. IN oder US (leer: unbekannt)</translation>
        </message>
        <message>
            <source>E-model assumed &amp;delay:</source>
            <translation>Angenommene E-Modell-&amp;Verzögerung:</translation>
        </message>
        <message>
            <source>Assumed one-way delay</source>
            <translation>Angenommene Einwegverzögerung</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>One-way network delay the MOS estimate assumes, besides 20 ms packetization and the jitter buffer</source>
            <translation>Einweg-Netzverzögerung, die die MOS-Schätzung zusätzlich zu 20 ms Paketierung und dem Jitter-Puffer annimmt</translation>
        </message>
        <message>
            <source>Quality thresholds</source>
            <translation>Qualitätsschwellen</translation>
        </message>
        <message>
            <source>&amp;Profile:</source>
            <translation>&amp;Profil:</translation>
        </message>
        <message>
            <source>Threshold profile</source>
            <translation>Schwellenprofil</translation>
        </message>
        <message>
            <source>MOS good at least / bad below:</source>
            <translation>MOS gut ab / schlecht unter:</translation>
        </message>
        <message>
            <source>MOS good threshold</source>
            <translation>MOS-Schwelle gut</translation>
        </message>
        <message>
            <source>MOS bad threshold</source>
            <translation>MOS-Schwelle schlecht</translation>
        </message>
        <message>
            <source>Jitter (ms) good up to / bad from:</source>
            <translation>Jitter (ms) gut bis / schlecht ab:</translation>
        </message>
        <message>
            <source>Jitter good threshold</source>
            <translation>Jitter-Schwelle gut</translation>
        </message>
        <message>
            <source>Jitter bad threshold</source>
            <translation>Jitter-Schwelle schlecht</translation>
        </message>
        <message>
            <source>Packet loss (%) good below / bad from:</source>
            <translation>Paketverlust (%) gut unter / schlecht ab:</translation>
        </message>
        <message>
            <source>Loss good threshold</source>
            <translation>Verlust-Schwelle gut</translation>
        </message>
        <message>
            <source>Loss bad threshold</source>
            <translation>Verlust-Schwelle schlecht</translation>
        </message>
        <message>
            <source>Restore &amp;defaults</source>
            <translation>&amp;Standardwerte wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>RecoverCommand</name>
        <message>
            <source>The archive file looks damaged; copy every call that can still be read into a new archive with: cdr-inspector recover %1 -o %2</source>
            <translation>Die Archivdatei scheint beschädigt; kopieren Sie jeden noch lesbaren Anruf in ein neues Archiv mit: cdr-inspector recover %1 -o %2</translation>
        </message>
        <message>
            <source>Copy every readable call, note and tag of a damaged archive file into a new archive. The damaged file is not changed.</source>
            <translation>Jeden lesbaren Anruf, jede Notiz und jedes Tag einer beschädigten Archivdatei in ein neues Archiv kopieren. Die beschädigte Datei wird nicht verändert.</translation>
        </message>
        <message>
            <source>The new archive file (must not exist yet).</source>
            <translation>Die neue Archivdatei (darf noch nicht existieren).</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Print nothing on success.</source>
            <translation>Bei Erfolg nichts ausgeben.</translation>
        </message>
        <message>
            <source>The damaged archive file.</source>
            <translation>Die beschädigte Archivdatei.</translation>
        </message>
        <message>
            <source>%1 is a team archive on a server; recover works on archive files</source>
            <translation>%1 ist ein Team-Archiv auf einem Server; recover arbeitet mit Archivdateien</translation>
        </message>
        <message>
            <source>%1: no archive file there</source>
            <translation>%1: dort ist keine Archivdatei</translation>
        </message>
        <message>
            <source>%1 already exists; give a new file name</source>
            <translation>%1 existiert bereits; geben Sie einen neuen Dateinamen an</translation>
        </message>
        <message numerus="yes">
            <source>recovered %n call(s)</source>
            <translation>
                <numerusform>%n Anruf wiederhergestellt</numerusform>
                <numerusform>%n Anrufe wiederhergestellt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n other row(s) (notes, tags, batches, resume points)</source>
            <translation>
                <numerusform>und %n weitere Zeile (Notizen, Tags, Stapel, Fortsetzungspunkte)</numerusform>
                <numerusform>und %n weitere Zeilen (Notizen, Tags, Stapel, Fortsetzungspunkte)</numerusform>
            </translation>
        </message>
        <message>
            <source>from %1 into %2</source>
            <translation>aus %1 in %2</translation>
        </message>
        <message numerus="yes">
            <source>%n damaged part(s) could not be read</source>
            <translation>
                <numerusform>%n beschädigter Teil konnte nicht gelesen werden</numerusform>
                <numerusform>%n beschädigte Teile konnten nicht gelesen werden</numerusform>
            </translation>
        </message>
        <message>
            <source>no damage found</source>
            <translation>keine Beschädigung gefunden</translation>
        </message>
        <message>
            <source>unreadable tables: %1</source>
            <translation>unlesbare Tabellen: %1</translation>
        </message>
        <message>
            <source>%1 was not changed</source>
            <translation>%1 wurde nicht verändert</translation>
        </message>
    </context>
    <context>
        <name>ReportCommand</name>
        <message>
            <source>Write the call-flow timeline, quality charts, error log and a PDF report of one call.</source>
            <translation>Call-Flow-Zeitachse, Qualitätsdiagramme, Fehlerprotokoll und einen PDF-Bericht eines Anrufs schreiben.</translation>
        </message>
        <message>
            <source>Id of the call to report (default: the first).</source>
            <translation>ID des zu berichtenden Anrufs (Standard: der erste).</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Comma-separated formats of the chart files: png, svg, pdf, csv (default: png,svg,pdf).</source>
            <translation>Kommagetrennte Formate der Diagrammdateien: png, svg, pdf, csv (Standard: png,svg,pdf).</translation>
        </message>
        <message>
            <source>list</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>Mask phone numbers and IP addresses.</source>
            <translation>Rufnummern und IP-Adressen maskieren.</translation>
        </message>
        <message>
            <source>IANA time zone for reading zone-less timestamps and for display (default: UTC).</source>
            <translation>IANA-Zeitzone zum Lesen von Zeitstempeln ohne Zone und für die Anzeige (Standard: UTC).</translation>
        </message>
        <message>
            <source>PNG scale factor, 1 to 4 (default: 1).</source>
            <translation>PNG-Skalierungsfaktor, 1 bis 4 (Standard: 1).</translation>
        </message>
        <message>
            <source>factor</source>
            <translation>Faktor</translation>
        </message>
        <message>
            <source>Output folder.</source>
            <translation>Ausgabeordner.</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>Do not print progress.</source>
            <translation>Keinen Fortschritt ausgeben.</translation>
        </message>
        <message>
            <source>A provider response body or export, or a normalized JSON/NDJSON/CSV file; - for stdin.</source>
            <translation>Eine Provider-Antwort oder ein Export oder eine normalisierte JSON/NDJSON/CSV-Datei; - für die Standardeingabe.</translation>
        </message>
        <message>
            <source>--scale must be a number from 1 to 4</source>
            <translation>--scale muss eine Zahl von 1 bis 4 sein</translation>
        </message>
        <message>
            <source>%1: no call records found</source>
            <translation>%1: keine Anrufdatensätze gefunden</translation>
        </message>
        <message numerus="yes">
            <source>no call with id "%1" among the %n call(s) in %2</source>
            <translation>
                <numerusform>kein Anruf mit der ID "%1" unter dem %n Anruf in %2</numerusform>
                <numerusform>kein Anruf mit der ID "%1" unter den %n Anrufen in %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Audio quality: %1</source>
            <translation>Audioqualität: %1</translation>
        </message>
        <message>
            <source>Flaws over time: %1</source>
            <translation>Störungen im Zeitverlauf: %1</translation>
        </message>
        <message>
            <source>%1 exists and is not a folder</source>
            <translation>%1 existiert und ist kein Ordner</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>der Ordner %1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>cannot write in %1: %2</source>
            <translation>in %1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>cannot move %1 into %2: %3</source>
            <translation>%1 kann nicht nach %2 verschoben werden: %3</translation>
        </message>
        <message>
            <source>report of %1 call %2 written to %3: %4</source>
            <translation>Bericht zu %1-Anruf %2 nach %3 geschrieben: %4</translation>
        </message>
    </context>
    <context>
        <name>ScorecardCommand</name>
        <message>
            <source>%1: no archive there (import or fetch calls first, or give INPUT files)</source>
            <translation>%1: dort ist kein Archiv (importieren oder rufen Sie zuerst Anrufe ab, oder geben Sie EINGABE-Dateien an)</translation>
        </message>
        <message>
            <source>%1: %2 of %3 archived calls could not be read back; run `cdr-inspector import` again or recover the archive</source>
            <translation>%1: %2 von %3 archivierten Anrufen konnten nicht zurückgelesen werden; führen Sie `cdr-inspector import` erneut aus oder stellen Sie das Archiv wieder her</translation>
        </message>
        <message>
            <source>KPIs (ASR, NER, ACD, short calls, PDD, MOS, E-model estimate, impaired calls) per group of calls, to CSV, JSON or PDF. Reads the INPUT files, or the local archive when none is given.</source>
            <translation>KPIs (ASR, NER, ACD, Kurzanrufe, PDD, MOS, E-Modell-Schätzung, beeinträchtigte Anrufe) je Anrufgruppe als CSV, JSON oder PDF. Liest die EINGABE-Dateien oder, wenn keine angegeben ist, das lokale Archiv.</translation>
        </message>
        <message>
            <source>Provider of the input (plivo, vobiz, carrierx or nexbro); only that provider's calls are scored.</source>
            <translation>Provider der Eingabe (plivo, vobiz, carrierx oder nexbro); nur die Anrufe dieses Providers werden bewertet.</translation>
        </message>
        <message>
            <source>IANA time zone for zone-less timestamps, for day and hour, and for --since and --until (default: UTC).</source>
            <translation>IANA-Zeitzone für Zeitstempel ohne Zone, für Tag und Stunde sowie für --since und --until (Standard: UTC).</translation>
        </message>
        <message>
            <source>Group keys, comma-separated: provider, account, direction, codec, hangup_class, day, hour, country, prefix:N (default: provider).</source>
            <translation>Gruppierungsschlüssel, kommagetrennt: provider, account, direction, codec, hangup_class, day, hour, country, prefix:N (Standard: provider).</translation>
        </message>
        <message>
            <source>keys</source>
            <translation>Schlüssel</translation>
        </message>
        <message>
            <source>First day (inclusive).</source>
            <translation>Erster Tag (einschließlich).</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>Last day (inclusive).</source>
            <translation>Letzter Tag (einschließlich).</translation>
        </message>
        <message>
            <source>One-way network delay the E-model assumes (default: 40).</source>
            <translation>Einweg-Netzverzögerung, die das E-Modell annimmt (Standard: 40).</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <source>Output file: .csv, .json or .pdf.</source>
            <translation>Ausgabedatei: .csv, .json oder .pdf.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Do not print warnings.</source>
            <translation>Keine Warnungen ausgeben.</translation>
        </message>
        <message>
            <source>Provider bodies, exports or normalized files; - for stdin.</source>
            <translation>Provider-Antworten, Exporte oder normalisierte Dateien; - für die Standardeingabe.</translation>
        </message>
        <message>
            <source>unknown output format; use .csv, .json or .pdf</source>
            <translation>unbekanntes Ausgabeformat; verwenden Sie .csv, .json oder .pdf</translation>
        </message>
        <message>
            <source>--assume-delay-ms must be a number of milliseconds from 0 to 1000</source>
            <translation>--assume-delay-ms muss eine Anzahl Millisekunden von 0 bis 1000 sein</translation>
        </message>
        <message>
            <source>"%1" is not a date; use YYYY-MM-DD</source>
            <translation>"%1" ist kein Datum; verwenden Sie JJJJ-MM-TT</translation>
        </message>
        <message>
            <source>--until is before --since</source>
            <translation>--until liegt vor --since</translation>
        </message>
        <message>
            <source>archive %1</source>
            <translation>Archiv %1</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Scorecard</translation>
        </message>
        <message>
            <source>Scorecard by %1</source>
            <translation>Scorecard nach %1</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Quelle: %1</translation>
        </message>
        <message>
            <source>Period: %1 to %2 (%3)</source>
            <translation>Zeitraum: %1 bis %2 (%3)</translation>
        </message>
        <message>
            <source>first call</source>
            <translation>erster Anruf</translation>
        </message>
        <message>
            <source>last call</source>
            <translation>letzter Anruf</translation>
        </message>
        <message>
            <source>E-model: one-way delay assumed %1 ms; in-progress calls left out (%2)</source>
            <translation>E-Modell: angenommene Einwegverzögerung %1 ms; laufende Anrufe ausgelassen (%2)</translation>
        </message>
        <message>
            <source>Provider: %1</source>
            <translation>Provider: %1</translation>
        </message>
        <message>
            <source>Numbers without + read in region: %1</source>
            <translation>Nummern ohne + gelesen in Region: %1</translation>
        </message>
        <message>
            <source>none (set in Preferences)</source>
            <translation>keine (in den Einstellungen festlegen)</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n Gruppe</numerusform>
                <numerusform>%n Gruppen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n call(s)</source>
            <translation>
                <numerusform>aus %n Anruf</numerusform>
                <numerusform>aus %n Anrufen</numerusform>
            </translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>nach %1</translation>
        </message>
        <message>
            <source>Archive to read when there is no INPUT</source>
            <translation>Zu lesendes Archiv, wenn keine EINGABE angegeben ist</translation>
        </message>
    </context>
    <context>
        <name>ScorecardPage</name>
        <message>
            <source>Group by:</source>
            <translation>Gruppieren nach:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Zeitraum:</translation>
        </message>
        <message>
            <source>compare with</source>
            <translation>vergleichen mit</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Scorecard</translation>
        </message>
        <message>
            <source>Chart:</source>
            <translation>Diagramm:</translation>
        </message>
    </context>
    <context>
        <name>cdr::AccountProfile</name>
        <message>
            <source>Choose a provider.</source>
            <translation>Wählen Sie einen Provider.</translation>
        </message>
        <message>
            <source>%1 needs the account's auth id.</source>
            <translation>%1 benötigt die Auth-ID des Kontos.</translation>
        </message>
        <message>
            <source>NexBro runs on your own domain: enter its base URL, e.g. https://pbx.example.com.</source>
            <translation>NexBro läuft auf Ihrer eigenen Domain: geben Sie die Basis-URL ein, z. B. https://pbx.example.com.</translation>
        </message>
        <message>
            <source>The base URL must start with https:// (or http:// for a local test server).</source>
            <translation>Die Basis-URL muss mit https:// beginnen (oder http:// für einen lokalen Testserver).</translation>
        </message>
        <message>
            <source>Unknown time zone "%1".</source>
            <translation>Unbekannte Zeitzone "%1".</translation>
        </message>
    </context>
    <context>
        <name>cdr::AccountsDialog</name>
        <message>
            <source>Saved. The secret is in the system keychain.</source>
            <translation>Gespeichert. Das Geheimnis liegt im Schlüsselbund des Systems.</translation>
        </message>
        <message>
            <source>Saved, but the system keychain could not store the secret (%1). It is kept in memory for this session only: not written anywhere, gone when the app quits.</source>
            <translation>Gespeichert, aber der Schlüsselbund des Systems konnte das Geheimnis nicht speichern (%1). Es wird nur für diese Sitzung im Speicher gehalten: nirgends geschrieben, beim Beenden der App verworfen.</translation>
        </message>
        <message>
            <source>goes to the system keychain (or, without one, this session's memory)</source>
            <translation>kommt in den Schlüsselbund des Systems (oder, ohne einen solchen, in den Speicher dieser Sitzung)</translation>
        </message>
        <message>
            <source>Auth ID, e.g. MA...</source>
            <translation>Auth-ID, z. B. MA...</translation>
        </message>
        <message>
            <source>not used by %1</source>
            <translation>von %1 nicht verwendet</translation>
        </message>
        <message>
            <source>required: https://your-nexbro-domain.com</source>
            <translation>erforderlich: https://ihre-nexbro-domain.com</translation>
        </message>
        <message>
            <source>optional: documented URL by default</source>
            <translation>optional: standardmäßig die dokumentierte URL</translation>
        </message>
        <message>
            <source>Auth &amp;token:</source>
            <translation>Auth-&amp;Token:</translation>
        </message>
        <message>
            <source>Bearer &amp;token:</source>
            <translation>Bearer-&amp;Token:</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>API-&amp;Schlüssel:</translation>
        </message>
        <message>
            <source>Unknown time zone "%1".</source>
            <translation>Unbekannte Zeitzone "%1".</translation>
        </message>
        <message>
            <source>Saving the secret to the system keychain...</source>
            <translation>Geheimnis wird im Schlüsselbund des Systems gespeichert...</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>Konto entfernt.</translation>
        </message>
        <message>
            <source>Reading the secret from the keychain...</source>
            <translation>Geheimnis wird aus dem Schlüsselbund gelesen...</translation>
        </message>
        <message>
            <source>Testing %1...</source>
            <translation>%1 wird getestet...</translation>
        </message>
        <message>
            <source>Connected to %1: the credentials work and there are calls in the last 24 hours (%1 gives no total; the test reads only the first).</source>
            <translation>Verbunden mit %1: die Zugangsdaten funktionieren und es gibt Anrufe in den letzten 24 Stunden (%1 nennt keine Gesamtzahl; der Test liest nur die erste Seite).</translation>
        </message>
        <message>
            <source>Connected to %1: the credentials work; no calls in the last 24 hours.</source>
            <translation>Verbunden mit %1: die Zugangsdaten funktionieren; keine Anrufe in den letzten 24 Stunden.</translation>
        </message>
        <message>
            <source>kept for this session only (no system keychain)</source>
            <translation>nur für diese Sitzung gehalten (kein Schlüsselbund im System)</translation>
        </message>
        <message>
            <source>leave empty to keep the current secret</source>
            <translation>leer lassen, um das aktuelle Geheimnis zu behalten</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Fehler: %1</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message numerus="yes">
            <source>Connected to %1: %Ln call(s) in the last 24 hours (the provider's count).</source>
            <translation>
                <numerusform>Verbunden mit %1: %Ln Anruf in den letzten 24 Stunden (Zählung des Providers).</numerusform>
                <numerusform>Verbunden mit %1: %Ln Anrufe in den letzten 24 Stunden (Zählung des Providers).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::ArchiveMigrations</name>
        <message>
            <source>The archive was written by a newer version (schema %1, this build knows %2)</source>
            <translation>Das Archiv wurde von einer neueren Version geschrieben (Schema %1, dieser Build kennt %2)</translation>
        </message>
        <message>
            <source>Migrating the archive to schema %1 failed: %2</source>
            <translation>Migration des Archivs auf Schema %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>Cannot back up the archive to %1 before migrating it: %2</source>
            <translation>Das Archiv kann vor der Migration nicht nach %1 gesichert werden: %2</translation>
        </message>
        <message>
            <source>Cannot write %1 before migrating the archive: %2</source>
            <translation>%1 kann vor der Umstellung des Archivs nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>cdr::ArchiveOpener</name>
        <message>
            <source>Cannot open the archive %1: %2</source>
            <translation>Das Archiv %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>Loading the archive...</source>
            <translation>Archiv wird geladen...</translation>
        </message>
        <message>
            <source>Opening the team archive %1...</source>
            <translation>Öffne das Team-Archiv %1 ...</translation>
        </message>
        <message numerus="yes">
            <source>Team archive %1: no calls in the last %n day(s) of the chosen accounts (Preferences &gt; Archive).</source>
            <translation>
                <numerusform>Team-Archiv %1: keine Anrufe am letzten %n Tag in den gewählten Konten (Einstellungen &gt; Archiv).</numerusform>
                <numerusform>Team-Archiv %1: keine Anrufe in den letzten %n Tagen in den gewählten Konten (Einstellungen &gt; Archiv).</numerusform>
            </translation>
        </message>
        <message>
            <source>Archive %1 is empty: open files (Ctrl+O) or fetch (F5).</source>
            <translation>Archiv %1 ist leer: öffnen Sie Dateien (Strg+O) oder rufen Sie Anrufe ab (F5).</translation>
        </message>
        <message>
            <source>Calls not stored</source>
            <translation>Anrufe nicht gespeichert</translation>
        </message>
        <message numerus="yes">
            <source>Team archive %1: %Ln call(s) of the last %2 day(s).</source>
            <translation>
                <numerusform>Team-Archiv %1: %Ln Anruf der letzten %2 Tag(e).</numerusform>
                <numerusform>Team-Archiv %1: %Ln Anrufe der letzten %2 Tag(e).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archive %1: %Ln call(s).</source>
            <translation>
                <numerusform>Archiv %1: %Ln Anruf.</numerusform>
                <numerusform>Archiv %1: %Ln Anrufe.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1

%Ln call(s) are kept in memory. Retry when the archive is reachable again.</source>
            <translation>
                <numerusform>%1

%Ln Anruf bleibt im Speicher. Versuchen Sie es erneut, wenn das Archiv wieder erreichbar ist.</numerusform>
                <numerusform>%1

%Ln Anrufe bleiben im Speicher. Versuchen Sie es erneut, wenn das Archiv wieder erreichbar ist.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::ArchiveRecovery</name>
        <message>
            <source>Cannot copy %1 to read it: %2</source>
            <translation>%1 kann zum Lesen nicht kopiert werden: %2</translation>
        </message>
        <message>
            <source>%1 already exists; recover into a new file</source>
            <translation>%1 existiert bereits; stellen Sie in eine neue Datei wieder her</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>No call of %1 could be read: its table of calls is damaged beyond reading</source>
            <translation>Kein Anruf aus %1 konnte gelesen werden: seine Anruftabelle ist unlesbar beschädigt</translation>
        </message>
    </context>
    <context>
        <name>cdr::ArchiveSettingsPage</name>
        <message>
            <source>&amp;Local archive on this computer (SQLite file)</source>
            <translation>&amp;Lokales Archiv auf diesem Computer (SQLite-Datei)</translation>
        </message>
        <message>
            <source>&amp;Team archive on a PostgreSQL server</source>
            <translation>&amp;Team-Archiv auf einem PostgreSQL-Server</translation>
        </message>
        <message>
            <source>Test &amp;connection</source>
            <translation>&amp;Verbindung testen</translation>
        </message>
        <message>
            <source>Archive file</source>
            <translation>Archivdatei</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Serveradresse</translation>
        </message>
        <message>
            <source>Server password</source>
            <translation>Server-Passwort</translation>
        </message>
        <message>
            <source>kept in the system keychain; empty: ~/.pgpass or PGPASSWORD</source>
            <translation>wird im Schlüsselbund des Systems gespeichert; leer: ~/.pgpass oder PGPASSWORD</translation>
        </message>
        <message>
            <source>Your name on notes and tags</source>
            <translation>Ihr Name bei Notizen und Tags</translation>
        </message>
        <message>
            <source>shown to the team beside your notes and tags</source>
            <translation>wird dem Team neben Ihren Notizen und Tags gezeigt</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>Days of calls to load</source>
            <translation>Tage an Anrufen, die geladen werden</translation>
        </message>
        <message>
            <source>Accounts to load</source>
            <translation>Zu ladende Konten</translation>
        </message>
        <message>
            <source>comma-separated account ids; empty: every account</source>
            <translation>Konto-IDs, durch Kommas getrennt; leer: alle Konten</translation>
        </message>
        <message>
            <source>Where the calls are kept</source>
            <translation>Wo die Anrufe gespeichert werden</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Datei:</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>Team archive</source>
            <translation>Team-Archiv</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Ihr &amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Load the last:</source>
            <translation>&amp;Laden der letzten:</translation>
        </message>
        <message>
            <source>Error: the team archive's address must be a PostgreSQL URI (postgresql://user@host:port/dbname).</source>
            <translation>Fehler: Die Adresse des Team-Archivs muss eine PostgreSQL-URI sein (postgresql://user@host:port/dbname).</translation>
        </message>
        <message>
            <source>Error: a team archive needs your name for notes and tags.</source>
            <translation>Fehler: Ein Team-Archiv braucht Ihren Namen für Notizen und Tags.</translation>
        </message>
        <message>
            <source>Connecting to %1...</source>
            <translation>Verbinde mit %1 ...</translation>
        </message>
        <message>
            <source>Of acc&amp;ounts:</source>
            <translation>Von &amp;Konten:</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallArchive</name>
        <message>
            <source>Cannot create the folder %1</source>
            <translation>Der Ordner %1 kann nicht angelegt werden</translation>
        </message>
        <message>
            <source>Cannot open the archive %1: %2</source>
            <translation>Das Archiv %1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>The SQLite driver gives no handle</source>
            <translation>Der SQLite-Treiber liefert kein Handle</translation>
        </message>
        <message>
            <source>%1 is not a readable archive: %2</source>
            <translation>%1 ist kein lesbares Archiv: %2</translation>
        </message>
        <message>
            <source>Cannot set up the archive %1: %2</source>
            <translation>Das Archiv %1 kann nicht eingerichtet werden: %2</translation>
        </message>
        <message>
            <source>The archive is not open</source>
            <translation>Das Archiv ist nicht geöffnet</translation>
        </message>
        <message numerus="yes">
            <source>The archive %1 is damaged (%2): %n call(s) could be read, calls on %3 damaged part(s) could not. Recover the readable calls into a new archive before writing to this one.</source>
            <translation>
                <numerusform>Das Archiv %1 ist beschädigt (%2): %n Anruf konnte gelesen werden, Anrufe in %3 beschädigten Teil(en) nicht. Stellen Sie die lesbaren Anrufe in ein neues Archiv wieder her, bevor Sie in dieses schreiben.</numerusform>
                <numerusform>Das Archiv %1 ist beschädigt (%2): %n Anrufe konnten gelesen werden, Anrufe in %3 beschädigten Teil(en) nicht. Stellen Sie die lesbaren Anrufe in ein neues Archiv wieder her, bevor Sie in dieses schreiben.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the archive failed: %1</source>
            <translation>Lesen des Archivs fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>batch %1 holds %2 rows but recorded %3</source>
            <translation>Stapel %1 enthält %2 Zeilen, verzeichnet aber %3</translation>
        </message>
        <message>
            <source>%1 is a team archive on a PostgreSQL server; this part of CDR Inspector opens only local archive files (the import, export and scorecard commands open both)</source>
            <translation>%1 ist ein Team-Archiv auf einem PostgreSQL-Server; dieser Teil von CDR Inspector öffnet nur lokale Archivdateien (die Befehle import, export und scorecard öffnen beides)</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) belong to no batch</source>
            <translation>
                <numerusform>%n Anruf gehört zu keinem Stapel</numerusform>
                <numerusform>%n Anrufe gehören zu keinem Stapel</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallDetailPane</name>
        <message>
            <source>Timeline</source>
            <translation>Zeitachse</translation>
        </message>
        <message>
            <source>Quality charts</source>
            <translation>Qualitätsdiagramme</translation>
        </message>
        <message>
            <source>Flaws over time</source>
            <translation>Störungen im Zeitverlauf</translation>
        </message>
        <message>
            <source>PNG…</source>
            <translation>PNG…</translation>
        </message>
        <message>
            <source>PNG at 2x…</source>
            <translation>PNG in 2x…</translation>
        </message>
        <message>
            <source>SVG…</source>
            <translation>SVG…</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <source>Data as CSV…</source>
            <translation>Daten als CSV…</translation>
        </message>
        <message>
            <source>Copy image</source>
            <translation>Bild kopieren</translation>
        </message>
        <message>
            <source>Report (PDF)…</source>
            <translation>Bericht (PDF)…</translation>
        </message>
        <message>
            <source>Copy raw JSON</source>
            <translation>Rohes JSON kopieren</translation>
        </message>
        <message>
            <source>No call selected</source>
            <translation>Kein Anruf ausgewählt</translation>
        </message>
        <message>
            <source>%1 call %2</source>
            <translation>%1-Anruf %2</translation>
        </message>
        <message>
            <source>No error-log intervals: %1 reports none for this call.</source>
            <translation>Keine Fehlerprotokoll-Intervalle: %1 meldet keine für diesen Anruf.</translation>
        </message>
        <message>
            <source>Audio quality: %1</source>
            <translation>Audioqualität: %1</translation>
        </message>
        <message>
            <source>Flaws over time: %1</source>
            <translation>Störungen im Zeitverlauf: %1</translation>
        </message>
        <message>
            <source>this call has no %1 data to export</source>
            <translation>dieser Anruf hat keine %1-Daten zum Exportieren</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>%1 exportiert</translation>
        </message>
        <message>
            <source>no call selected</source>
            <translation>kein Anruf ausgewählt</translation>
        </message>
        <message>
            <source>Report written to %1</source>
            <translation>Bericht nach %1 geschrieben</translation>
        </message>
        <message>
            <source>Copied the %1 image</source>
            <translation>Bild %1 kopiert</translation>
        </message>
        <message>
            <source>Copied the raw record</source>
            <translation>Rohdatensatz kopiert</translation>
        </message>
        <message>
            <source>Export %1</source>
            <translation>%1 exportieren</translation>
        </message>
        <message>
            <source>%1 files (*.%2)</source>
            <translation>%1-Dateien (*.%2)</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Bericht exportieren</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln error-log interval(s). Click a row to highlight its band on the timeline and in the flaws chart.</source>
            <translation>
                <numerusform>%Ln Fehlerprotokoll-Intervall. Klicken Sie auf die Zeile, um sein Band in der Zeitachse und im Störungsdiagramm hervorzuheben.</numerusform>
                <numerusform>%Ln Fehlerprotokoll-Intervalle. Klicken Sie auf eine Zeile, um ihr Band in der Zeitachse und im Störungsdiagramm hervorzuheben.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallExporter</name>
        <message>
            <source>%1: cannot write: %2</source>
            <translation>%1: kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>%1: write failed: %2</source>
            <translation>%1: Schreiben fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>%1: could not finish the file: %2</source>
            <translation>%1: die Datei konnte nicht abgeschlossen werden: %2</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallFacts</name>
        <message>
            <source>not reported</source>
            <translation>nicht gemeldet</translation>
        </message>
        <message>
            <source>invalid (an impossible value was dropped)</source>
            <translation>ungültig (ein unmöglicher Wert wurde verworfen)</translation>
        </message>
        <message>
            <source>%1 ms (%2 s)</source>
            <translation>%1 ms (%2 s)</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>(transcoded: %1 → %2)</source>
            <translation>(transkodiert: %1 → %2)</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>Call id</source>
            <translation>Anruf-ID</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>An</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Annahme</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>nicht angenommen</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>%1 (from the start and %2 times)</source>
            <translation>%1 (ab Beginn und %2-Zeiten)</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>Annahme</translation>
        </message>
        <message>
            <source>end</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Ring</source>
            <translation>Klingeln</translation>
        </message>
        <message>
            <source>Talk</source>
            <translation>Gespräch</translation>
        </message>
        <message>
            <source>Billed</source>
            <translation>Abgerechnet</translation>
        </message>
        <message>
            <source>(%1 counts the duration from the answer; the %2 of ringing come before it)</source>
            <translation>(%1 zählt die Dauer ab der Annahme; die %2 Klingeln liegen davor)</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>rate %1/min</source>
            <translation>Tarif %1/min</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>code %1</source>
            <translation>Code %1</translation>
        </message>
        <message>
            <source>Hangup cause</source>
            <translation>Auslösegrund</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Erklärung</translation>
        </message>
        <message>
            <source>Hangup source</source>
            <translation>Auslösende Seite</translation>
        </message>
        <message>
            <source>Codec</source>
            <translation>Codec</translation>
        </message>
        <message>
            <source>STIR/SHAKEN</source>
            <translation>STIR/SHAKEN</translation>
        </message>
        <message>
            <source>SIP Call-ID</source>
            <translation>SIP-Call-ID</translation>
        </message>
        <message>
            <source>Post-dial delay</source>
            <translation>Rufaufbauverzögerung (PDD)</translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>Legs</translation>
        </message>
        <message>
            <source>Error-log intervals</source>
            <translation>Fehlerprotokoll-Intervalle</translation>
        </message>
        <message>
            <source>Media details</source>
            <translation>Mediendetails</translation>
        </message>
        <message>
            <source>%1 reports no technical media details; see the raw record below.</source>
            <translation>%1 meldet keine technischen Mediendetails; siehe den Rohdatensatz unten.</translation>
        </message>
        <message>
            <source>Codecs (source / destination)</source>
            <translation>Codecs (Quelle / Ziel)</translation>
        </message>
        <message>
            <source>Codecs (read / write)</source>
            <translation>Codecs (Lesen / Schreiben)</translation>
        </message>
        <message>
            <source>Rates (read / write)</source>
            <translation>Raten (Lesen / Schreiben)</translation>
        </message>
        <message>
            <source>Local media</source>
            <translation>Lokale Medien</translation>
        </message>
        <message>
            <source>Remote media</source>
            <translation>Entfernte Medien</translation>
        </message>
        <message>
            <source>Media flow</source>
            <translation>Medienfluss</translation>
        </message>
        <message>
            <source>DTMF type</source>
            <translation>DTMF-Typ</translation>
        </message>
        <message>
            <source>%1 · call %2 · %3</source>
            <translation>%1 · Anruf %2 · %3</translation>
        </message>
        <message>
            <source>without id</source>
            <translation>ohne ID</translation>
        </message>
        <message>
            <source>start time not reported</source>
            <translation>Startzeit nicht gemeldet</translation>
        </message>
        <message>
            <source>(no raw record: the call was read from a normalized file or built by hand)</source>
            <translation>(kein Rohdatensatz: der Anruf wurde aus einer normalisierten Datei gelesen oder von Hand erstellt)</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallFilter</name>
        <message>
            <source>%1 %2 to %3</source>
            <translation>%1 %2 bis %3</translation>
        </message>
        <message>
            <source>%1 at least %2</source>
            <translation>%1 mindestens %2</translation>
        </message>
        <message>
            <source>%1 at most %2</source>
            <translation>%1 höchstens %2</translation>
        </message>
        <message>
            <source>Text: "%1"</source>
            <translation>Text: "%1"</translation>
        </message>
        <message>
            <source>Provider: %1</source>
            <translation>Provider: %1</translation>
        </message>
        <message>
            <source>Direction: %1</source>
            <translation>Richtung: %1</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Start: %1 to %2</source>
            <translation>Beginn: %1 bis %2</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>MOS</source>
            <translation>MOS</translation>
        </message>
        <message>
            <source>Jitter</source>
            <translation>Jitter</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Verlust</translation>
        </message>
        <message>
            <source>Bad quality only</source>
            <translation>Nur schlechte Qualität</translation>
        </message>
        <message>
            <source>Hangup cause: %1</source>
            <translation>Auslösegrund: %1</translation>
        </message>
        <message>
            <source>Hangup class: %1</source>
            <translation>Auslöseklasse: %1</translation>
        </message>
        <message>
            <source>Chosen calls (%1)</source>
            <translation>Ausgewählte Anrufe (%1)</translation>
        </message>
        <message>
            <source>Group: %1</source>
            <translation>Gruppe: %1</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallFlowTimeline</name>
        <message>
            <source>Call-flow timeline</source>
            <translation>Call-Flow-Zeitachse</translation>
        </message>
        <message>
            <source>%1 from %2 to %3 (%4 s)</source>
            <translation>%1 von %2 bis %3 (%4 s)</translation>
        </message>
        <message>
            <source>forwarding enabled</source>
            <translation>Weiterleitung aktiviert</translation>
        </message>
        <message numerus="yes">
            <source>%n flaw(s) from %1 to %2</source>
            <translation>
                <numerusform>%n Störung von %1 bis %2</numerusform>
                <numerusform>%n Störungen von %1 bis %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallLibrary</name>
        <message numerus="yes">
            <source>The local archive could not store %n call(s): %1</source>
            <translation>
                <numerusform>Das lokale Archiv konnte %n Anruf nicht speichern: %1</numerusform>
                <numerusform>Das lokale Archiv konnte %n Anrufe nicht speichern: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The local archive could not be read: %1</source>
            <translation>Das lokale Archiv konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>The note could not be saved: %1</source>
            <translation>Die Notiz konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>The team archive could not be opened: %1</source>
            <translation>Das Team-Archiv konnte nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>no archive is open</source>
            <translation>kein Archiv ist geöffnet</translation>
        </message>
        <message numerus="yes">
            <source>The team archive could not store %n call(s); they are kept in memory: %1</source>
            <translation>
                <numerusform>Das Team-Archiv konnte %n Anruf nicht speichern; er bleibt im Speicher: %1</numerusform>
                <numerusform>Das Team-Archiv konnte %n Anrufe nicht speichern; sie bleiben im Speicher: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The team archive could not be read: %1</source>
            <translation>Das Team-Archiv konnte nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>Your note replaced one %1 saved at %2 that you had not seen; theirs is kept in the note's history</source>
            <translation>Ihre Notiz hat eine ersetzt, die %1 um %2 gespeichert hatte und die Sie nicht gesehen hatten; diese bleibt im Verlauf der Notiz</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallNotesWidget</name>
        <message>
            <source>Local note on this call (kept on this computer only)</source>
            <translation>Lokale Notiz zu diesem Anruf (nur auf diesem Computer gespeichert)</translation>
        </message>
        <message>
            <source>Note on this call, shared with the team archive</source>
            <translation>Notiz zu diesem Anruf, mit dem Team-Archiv geteilt</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallReader</name>
        <message>
            <source>record %1</source>
            <translation>Datensatz %1</translation>
        </message>
        <message>
            <source>%1: record %2</source>
            <translation>%1: Datensatz %2</translation>
        </message>
        <message>
            <source>input</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>the provider returned an error without a message</source>
            <translation>der Provider meldete einen Fehler ohne Meldungstext</translation>
        </message>
        <message>
            <source>%1: record %2 looks like a %3 record, not %4 (leave out --provider to detect it, or give --provider %5)</source>
            <translation>%1: Datensatz %2 sieht nach einem %3-Datensatz aus, nicht nach %4 (lassen Sie --provider weg, um ihn zu erkennen, oder geben Sie --provider %5 an)</translation>
        </message>
        <message>
            <source>%1: could not tell which provider this record is from; kept with provider "unknown" (use --provider)</source>
            <translation>%1: der Provider dieses Datensatzes ist nicht erkennbar; behalten mit Provider "unknown" (verwenden Sie --provider)</translation>
        </message>
        <message>
            <source>%1: record %2 is not a call record (no provider's keys, no call id); skipped</source>
            <translation>%1: Datensatz %2 ist kein Anrufdatensatz (keine Provider-Schlüssel, keine Anruf-ID); übersprungen</translation>
        </message>
        <message>
            <source>%1: expected a JSON object or array</source>
            <translation>%1: JSON-Objekt oder -Array erwartet</translation>
        </message>
        <message>
            <source>%1: the provider answered with an error: %2</source>
            <translation>%1: der Provider antwortete mit einem Fehler: %2</translation>
        </message>
        <message>
            <source>%1: a live-call list holds only call ids (%2); fetch each call to see it</source>
            <translation>%1: eine Liste laufender Anrufe enthält nur Anruf-IDs (%2); rufen Sie jeden Anruf einzeln ab</translation>
        </message>
        <message>
            <source>%1: the provider returned no record: %2</source>
            <translation>%1: der Provider lieferte keinen Datensatz: %2</translation>
        </message>
        <message>
            <source>%1: record %2 is a %3, not a call record; skipped</source>
            <translation>%1: Datensatz %2 ist ein %3, kein Anrufdatensatz; übersprungen</translation>
        </message>
        <message>
            <source>%1: malformed JSON in the value starting on line %2: %3</source>
            <translation>%1: fehlerhaftes JSON im Wert ab Zeile %2: %3</translation>
        </message>
        <message>
            <source>%1: malformed JSON in record %2 at byte offset %3 (line %4): %5</source>
            <translation>%1: fehlerhaftes JSON in Datensatz %2 bei Byte-Offset %3 (Zeile %4): %5</translation>
        </message>
        <message>
            <source>%1: malformed JSON: %2</source>
            <translation>%1: fehlerhaftes JSON: %2</translation>
        </message>
        <message>
            <source>%1: line %2 is not valid UTF-8; its invalid bytes were read as U+FFFD</source>
            <translation>%1: Zeile %2 ist kein gültiges UTF-8; ihre ungültigen Bytes wurden als U+FFFD gelesen</translation>
        </message>
        <message>
            <source>%1: line %2 has %3 fields where the header has %4; missing fields read as empty</source>
            <translation>%1: Zeile %2 hat %3 Felder, die Kopfzeile hat %4; fehlende Felder als leer gelesen</translation>
        </message>
        <message>
            <source>%1: line %2: %3</source>
            <translation>%1: Zeile %2: %3</translation>
        </message>
        <message>
            <source>%1: line %2</source>
            <translation>%1: Zeile %2</translation>
        </message>
        <message>
            <source>%1: unterminated quoted field in the CSV after line %2</source>
            <translation>%1: nicht abgeschlossenes Feld in Anführungszeichen in der CSV nach Zeile %2</translation>
        </message>
        <message>
            <source>%1: the CSV file has no header</source>
            <translation>%1: die CSV-Datei hat keine Kopfzeile</translation>
        </message>
        <message>
            <source>%1: the file is empty (0 bytes)</source>
            <translation>%1: die Datei ist leer (0 Bytes)</translation>
        </message>
        <message>
            <source>%1: the file holds only white space</source>
            <translation>%1: die Datei enthält nur Leerraum</translation>
        </message>
        <message>
            <source>%1: not JSON, NDJSON or CSV (starts with byte 0x%2 at offset %3)</source>
            <translation>%1: weder JSON noch NDJSON noch CSV (beginnt mit Byte 0x%2 bei Offset %3)</translation>
        </message>
        <message numerus="yes">
            <source>%1: no call record found (%n record(s) had no provider's keys and no call id)</source>
            <translation>
                <numerusform>%1: kein Anrufdatensatz gefunden (%n Datensatz hatte keine Provider-Schlüssel und keine Anruf-ID)</numerusform>
                <numerusform>%1: kein Anrufdatensatz gefunden (%n Datensätze hatten keine Provider-Schlüssel und keine Anruf-ID)</numerusform>
            </translation>
        </message>
        <message>
            <source>standard input</source>
            <translation>Standardeingabe</translation>
        </message>
        <message>
            <source>cannot read standard input: %1</source>
            <translation>Standardeingabe kann nicht gelesen werden: %1</translation>
        </message>
        <message>
            <source>%1: is a directory, not a file</source>
            <translation>%1: ist ein Verzeichnis, keine Datei</translation>
        </message>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1: kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>%1: read error: %2</source>
            <translation>%1: Lesefehler: %2</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallReport</name>
        <message>
            <source>page %1</source>
            <translation>Seite %1</translation>
        </message>
        <message>
            <source>Call report %1</source>
            <translation>Anrufbericht %1</translation>
        </message>
        <message>
            <source>%1 call %2 · generated %3%4</source>
            <translation>%1-Anruf %2 · erstellt %3%4</translation>
        </message>
        <message>
            <source> · redacted</source>
            <translation> · geschwärzt</translation>
        </message>
        <message>
            <source>Call report</source>
            <translation>Anrufbericht</translation>
        </message>
        <message>
            <source>Provider: %1    Call id: %2
Generated: %3%4</source>
            <translation>Provider: %1    Anruf-ID: %2
Erstellt: %3%4</translation>
        </message>
        <message>
            <source>    (phone numbers and IP addresses redacted)</source>
            <translation>    (Rufnummern und IP-Adressen geschwärzt)</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Thresholds used</source>
            <translation>Verwendete Schwellen</translation>
        </message>
        <message>
            <source>MOS</source>
            <translation>MOS</translation>
        </message>
        <message>
            <source>good ≥ %1, bad &lt; %2</source>
            <translation>gut ≥ %1, schlecht &lt; %2</translation>
        </message>
        <message>
            <source>Jitter</source>
            <translation>Jitter</translation>
        </message>
        <message>
            <source>good ≤ %1 ms, bad ≥ %2 ms</source>
            <translation>gut ≤ %1 ms, schlecht ≥ %2 ms</translation>
        </message>
        <message>
            <source>Packet loss</source>
            <translation>Paketverlust</translation>
        </message>
        <message>
            <source>good &lt; %1 %, bad ≥ %2 %</source>
            <translation>gut &lt; %1 %, schlecht ≥ %2 %</translation>
        </message>
        <message>
            <source>Technical</source>
            <translation>Technik</translation>
        </message>
        <message>
            <source>Call-flow timeline</source>
            <translation>Call-Flow-Zeitachse</translation>
        </message>
        <message>
            <source>Flaws over time</source>
            <translation>Störungen im Zeitverlauf</translation>
        </message>
        <message>
            <source>Audio quality</source>
            <translation>Audioqualität</translation>
        </message>
        <message>
            <source>Raw provider record</source>
            <translation>Roher Provider-Datensatz</translation>
        </message>
        <message>
            <source>%1: the report could not be rendered</source>
            <translation>%1: der Bericht konnte nicht erstellt werden</translation>
        </message>
        <message numerus="yes">
            <source>Error log (%n interval(s))</source>
            <translation>
                <numerusform>Fehlerprotokoll (%n Intervall)</numerusform>
                <numerusform>Fehlerprotokoll (%n Intervalle)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallTableModel</name>
        <message>
            <source>
Q.850 cause %1</source>
            <translation>
Q.850-Grund %1</translation>
        </message>
        <message>
            <source>
Hung up by: %1</source>
            <translation>
Aufgelegt von: %1</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Provider</translation>
        </message>
        <message>
            <source>Start (%1)</source>
            <translation>Beginn (%1)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>An</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Duration (s)</source>
            <translation>Dauer (s)</translation>
        </message>
        <message>
            <source>Talk (s)</source>
            <translation>Gespräch (s)</translation>
        </message>
        <message>
            <source>Billed (s)</source>
            <translation>Abgerechnet (s)</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <source>Hangup cause</source>
            <translation>Auslösegrund</translation>
        </message>
        <message>
            <source>Codec</source>
            <translation>Codec</translation>
        </message>
        <message>
            <source>Call id</source>
            <translation>Anruf-ID</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>SIP Call-ID</source>
            <translation>SIP-Call-ID</translation>
        </message>
        <message>
            <source>MOS</source>
            <translation>MOS</translation>
        </message>
        <message>
            <source>Jitter (ms)</source>
            <translation>Jitter (ms)</translation>
        </message>
        <message>
            <source>Loss (%)</source>
            <translation>Verlust (%)</translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>Legs</translation>
        </message>
        <message>
            <source>Flaws</source>
            <translation>Störungen</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallTableView</name>
        <message>
            <source>Calls</source>
            <translation>Anrufe</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Spalten</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallValidator</name>
        <message>
            <source>between 1990 and 2100</source>
            <translation>zwischen 1990 und 2100</translation>
        </message>
        <message>
            <source>%1: %2 %3 is impossible (expected %4); dropped</source>
            <translation>%1: %2 %3 ist unmöglich (erwartet %4); verworfen</translation>
        </message>
        <message>
            <source>0 or more</source>
            <translation>0 oder mehr</translation>
        </message>
        <message>
            <source>1 to 5</source>
            <translation>1 bis 5</translation>
        </message>
        <message>
            <source>0 to 100 %</source>
            <translation>0 bis 100 %</translation>
        </message>
        <message>
            <source>a finite number</source>
            <translation>eine endliche Zahl</translation>
        </message>
        <message>
            <source>at most the call's duration of %1 s</source>
            <translation>höchstens die Anrufdauer von %1 s</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallVerdict</name>
        <message>
            <source>good</source>
            <translation>gut</translation>
        </message>
        <message>
            <source>average</source>
            <translation>mittel</translation>
        </message>
        <message>
            <source>bad</source>
            <translation>schlecht</translation>
        </message>
        <message>
            <source>not answered after %1 s of ringing</source>
            <translation>nach %1 s Klingeln nicht angenommen</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>nicht angenommen</translation>
        </message>
        <message>
            <source>busy</source>
            <translation>besetzt</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>canceled by the caller</source>
            <translation>vom Anrufer abgebrochen</translation>
        </message>
        <message>
            <source>still in progress</source>
            <translation>noch im Gange</translation>
        </message>
        <message>
            <source>ended abnormally: %1</source>
            <translation>abnormal beendet: %1</translation>
        </message>
        <message>
            <source>inbound</source>
            <translation>eingehend</translation>
        </message>
        <message>
            <source>outbound</source>
            <translation>ausgehend</translation>
        </message>
        <message>
            <source>%1 MOS %2%3</source>
            <translation>%1 MOS %2%3</translation>
        </message>
        <message>
            <source>MOS %1%2</source>
            <translation>MOS %1%2</translation>
        </message>
        <message>
            <source>jitter %1 ms%2</source>
            <translation>Jitter %1 ms%2</translation>
        </message>
        <message>
            <source>packet loss %1 %%2</source>
            <translation>Paketverlust %1 %%2</translation>
        </message>
        <message>
            <source>%1 reports no media quality</source>
            <translation>%1 meldet keine Medienqualität</translation>
        </message>
        <message>
            <source>no media quality reported</source>
            <translation>keine Medienqualität gemeldet</translation>
        </message>
        <message>
            <source>answered, %1 s of talk</source>
            <translation>angenommen, %1 s Gespräch</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>angenommen</translation>
        </message>
        <message>
            <source>no outcome or quality reported</source>
            <translation>weder Ergebnis noch Qualität gemeldet</translation>
        </message>
        <message>
            <source>Quality %1: %2</source>
            <translation>Qualität %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>audio degraded from %1 s to %2 s: %3 flaws in %n interval(s)</source>
            <translation>
                <numerusform>Audio beeinträchtigt von %1 s bis %2 s: %3 Störungen in %n Intervall</numerusform>
                <numerusform>Audio beeinträchtigt von %1 s bis %2 s: %3 Störungen in %n Intervallen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallWriter</name>
        <message>
            <source>%1: unknown output format (use .json, .ndjson or .csv)</source>
            <translation>%1: unbekanntes Ausgabeformat (verwenden Sie .json, .ndjson oder .csv)</translation>
        </message>
        <message>
            <source>%1: the folder %2 does not exist</source>
            <translation>%1: der Ordner %2 existiert nicht</translation>
        </message>
        <message>
            <source>%1: is a folder</source>
            <translation>%1: ist ein Ordner</translation>
        </message>
        <message>
            <source>%1: cannot write in %2: %3</source>
            <translation>%1: in %2 kann nicht geschrieben werden: %3</translation>
        </message>
        <message>
            <source>%1: cannot write: %2</source>
            <translation>%1: kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>not open</source>
            <translation>nicht geöffnet</translation>
        </message>
        <message>
            <source>%1: cannot read back the temporary output: %2</source>
            <translation>%1: die temporäre Ausgabe kann nicht zurückgelesen werden: %2</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallsPage</name>
        <message>
            <source>Filter "%1" applied.</source>
            <translation>Filter "%1" angewendet.</translation>
        </message>
        <message>
            <source>The selected call is hidden by the filter</source>
            <translation>Der ausgewählte Anruf ist durch den Filter ausgeblendet</translation>
        </message>
        <message>
            <source>Every filter removed.</source>
            <translation>Alle Filter entfernt.</translation>
        </message>
        <message>
            <source>That call is hidden by the current filter.</source>
            <translation>Dieser Anruf ist durch den aktuellen Filter ausgeblendet.</translation>
        </message>
        <message>
            <source>No call with id "%1" in the current view.</source>
            <translation>Kein Anruf mit der ID "%1" in der aktuellen Ansicht.</translation>
        </message>
        <message>
            <source>No bad call below this one.</source>
            <translation>Kein schlechter Anruf unterhalb dieses Anrufs.</translation>
        </message>
        <message>
            <source>No bad call above this one.</source>
            <translation>Kein schlechter Anruf oberhalb dieses Anrufs.</translation>
        </message>
        <message>
            <source>Select 2 to 4 calls to compare (Ctrl+click).</source>
            <translation>Wählen Sie 2 bis 4 Anrufe zum Vergleichen aus (Strg+Klick).</translation>
        </message>
        <message>
            <source>Go to call</source>
            <translation>Gehe zu Anruf</translation>
        </message>
        <message>
            <source>Call id:</source>
            <translation>Anruf-ID:</translation>
        </message>
        <message>
            <source>Save filter</source>
            <translation>Filter speichern</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Filter saved as "%1".</source>
            <translation>Filter gespeichert als "%1".</translation>
        </message>
        <message>
            <source>Revision %1 by %2, %3: %4</source>
            <translation>Revision %1 von %2, %3: %4</translation>
        </message>
        <message>
            <source>Edited by %1, %2 (revision %3; hover for the history)</source>
            <translation>Bearbeitet von %1, %2 (Revision %3; Verlauf beim Darüberfahren)</translation>
        </message>
    </context>
    <context>
        <name>cdr::ChartExporter</name>
        <message>
            <source>unknown format "%1" (use png, svg, pdf or csv)</source>
            <translation>unbekanntes Format "%1" (verwenden Sie png, svg, pdf oder csv)</translation>
        </message>
        <message>
            <source>no format given</source>
            <translation>kein Format angegeben</translation>
        </message>
        <message>
            <source>%1: unknown file type (use .png, .svg, .pdf or .csv)</source>
            <translation>%1: unbekannter Dateityp (verwenden Sie .png, .svg, .pdf oder .csv)</translation>
        </message>
        <message>
            <source>%1: rendering produced no data</source>
            <translation>%1: das Rendern ergab keine Daten</translation>
        </message>
    </context>
    <context>
        <name>cdr::CompareDialog</name>
        <message numerus="yes">
            <source>Compare %n call(s)</source>
            <translation>
                <numerusform>%n Anruf vergleichen</numerusform>
                <numerusform>%n Anrufe vergleichen</numerusform>
            </translation>
        </message>
        <message>
            <source>Timeline of call %1</source>
            <translation>Zeitachse von Anruf %1</translation>
        </message>
    </context>
    <context>
        <name>cdr::CredentialStore</name>
        <message>
            <source>No system keychain is available on this machine (for example a headless Linux session without a Secret Service such as GNOME Keyring or KWallet), so secrets cannot be stored. For the command line, set PLIVO_AUTH_TOKEN, VOBIZ_AUTH_TOKEN, CARRIERX_TOKEN or NEXBRO_API_KEY instead.</source>
            <translation>Auf diesem Rechner ist kein Schlüsselbund verfügbar (zum Beispiel eine Linux-Sitzung ohne Oberfläche und ohne Secret Service wie GNOME Keyring oder KWallet), daher können keine Geheimnisse gespeichert werden. Setzen Sie für die Kommandozeile stattdessen PLIVO_AUTH_TOKEN, VOBIZ_AUTH_TOKEN, CARRIERX_TOKEN oder NEXBRO_API_KEY.</translation>
        </message>
        <message>
            <source>No secret is stored for this account yet.</source>
            <translation>Für dieses Konto ist noch kein Geheimnis gespeichert.</translation>
        </message>
        <message>
            <source>Access to the keychain was denied.</source>
            <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
        </message>
        <message>
            <source>Keychain error: %1</source>
            <translation>Schlüsselbund-Fehler: %1</translation>
        </message>
    </context>
    <context>
        <name>cdr::ErrorLogModel</name>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>%1 (+%2 s)</source>
            <translation>%1 (+%2 s)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Ende</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Flaws</source>
            <translation>Störungen</translation>
        </message>
        <message>
            <source>Flaws/s</source>
            <translation>Störungen/s</translation>
        </message>
    </context>
    <context>
        <name>cdr::FetchBar</name>
        <message>
            <source>Fetch</source>
            <translation>Abrufen</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Account to fetch from</source>
            <translation>Konto, von dem abgerufen wird</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Von Datum</translation>
        </message>
        <message>
            <source>To date (inclusive)</source>
            <translation>Bis Datum (einschließlich)</translation>
        </message>
        <message>
            <source>Dates are days in this time zone, for queries and display; change it in Preferences.</source>
            <translation>Datumsangaben sind Tage in dieser Zeitzone, für Abfragen und Anzeige; ändern Sie sie in den Einstellungen.</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>Both directions</source>
            <translation>Beide Richtungen</translation>
        </message>
        <message>
            <source>Inbound</source>
            <translation>Eingehend</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>Ausgehend</translation>
        </message>
        <message>
            <source>Fetch filters...</source>
            <translation>Abruffilter...</translation>
        </message>
        <message>
            <source>Numbers and minimum duration the next fetch asks the provider for (not a filter of the table)</source>
            <translation>Nummern und Mindestdauer, die der nächste Abruf beim Provider anfragt (kein Filter der Tabelle)</translation>
        </message>
        <message>
            <source>Fetch filters</source>
            <translation>Abruffilter</translation>
        </message>
        <message>
            <source>From number</source>
            <translation>Von-Nummer</translation>
        </message>
        <message>
            <source>from number</source>
            <translation>Von-Nummer</translation>
        </message>
        <message>
            <source>To number</source>
            <translation>An-Nummer</translation>
        </message>
        <message>
            <source>to number</source>
            <translation>An-Nummer</translation>
        </message>
        <message>
            <source>Minimum duration</source>
            <translation>Mindestdauer</translation>
        </message>
        <message>
            <source> s min (Vobiz)</source>
            <translation> s min. (Vobiz)</translation>
        </message>
        <message>
            <source>Only Vobiz filters by duration on the server.</source>
            <translation>Nur Vobiz filtert serverseitig nach Dauer.</translation>
        </message>
        <message>
            <source> Fetch only: </source>
            <translation> Nur abrufen: </translation>
        </message>
        <message>
            <source>No account: add one (Fetch &gt; Accounts)</source>
            <translation>Kein Konto (Abrufen &gt; Konten)</translation>
        </message>
        <message>
            <source>(%1)</source>
            <translation>(%1)</translation>
        </message>
        <message>
            <source>Fetch only from: %1</source>
            <translation>Nur abrufen von: %1</translation>
        </message>
        <message>
            <source>Fetch only to: %1</source>
            <translation>Nur abrufen an: %1</translation>
        </message>
        <message>
            <source>Fetch only calls of %1 s or more</source>
            <translation>Nur Anrufe ab %1 s abrufen</translation>
        </message>
    </context>
    <context>
        <name>cdr::FetchCli</name>
        <message>
            <source>, about %1 min %2 s left</source>
            <translation>, noch etwa %1 min %2 s</translation>
        </message>
        <message>
            <source>, about %1 s left</source>
            <translation>, noch etwa %1 s</translation>
        </message>
        <message>
            <source>Fetches call detail records from a provider into normalized JSON, NDJSON or CSV.</source>
            <translation>Ruft Anrufdatensätze von einem Provider ab und schreibt sie als normalisiertes JSON, NDJSON oder CSV.</translation>
        </message>
        <message>
            <source>plivo, vobiz, carrierx or nexbro.</source>
            <translation>plivo, vobiz, carrierx oder nexbro.</translation>
        </message>
        <message>
            <source>Replaces the scheme, host and port of the provider's documented base URL.</source>
            <translation>Ersetzt Schema, Host und Port der dokumentierten Basis-URL des Providers.</translation>
        </message>
        <message>
            <source>Plivo/Vobiz auth id (default: PLIVO_AUTH_ID / VOBIZ_AUTH_ID).</source>
            <translation>Plivo/Vobiz-Auth-ID (Standard: PLIVO_AUTH_ID / VOBIZ_AUTH_ID).</translation>
        </message>
        <message>
            <source>IANA time zone for zone-less provider times (NexBro) and for --since/--until (default UTC).</source>
            <translation>IANA-Zeitzone für Provider-Zeiten ohne Zone (NexBro) und für --since/--until (Standard UTC).</translation>
        </message>
        <message>
            <source>Fetch this call id (repeatable) instead of walking the list.</source>
            <translation>Diese Anruf-ID abrufen (wiederholbar), statt die Liste zu durchlaufen.</translation>
        </message>
        <message>
            <source>First day, YYYY-MM-DD (default: 7 days ago).</source>
            <translation>Erster Tag, JJJJ-MM-TT (Standard: vor 7 Tagen).</translation>
        </message>
        <message>
            <source>Last day, inclusive, YYYY-MM-DD (default: now).</source>
            <translation>Letzter Tag, einschließlich, JJJJ-MM-TT (Standard: jetzt).</translation>
        </message>
        <message>
            <source>inbound or outbound.</source>
            <translation>inbound oder outbound.</translation>
        </message>
        <message>
            <source>Stop after N calls.</source>
            <translation>Nach N Anrufen aufhören.</translation>
        </message>
        <message>
            <source>Output file (.json, .ndjson or .csv).</source>
            <translation>Ausgabedatei (.json, .ndjson oder .csv).</translation>
        </message>
        <message>
            <source>On failure, still write the calls fetched so far.</source>
            <translation>Bei einem Fehler die bis dahin abgerufenen Anrufe trotzdem schreiben.</translation>
        </message>
        <message>
            <source>No progress output.</source>
            <translation>Keine Fortschrittsausgabe.</translation>
        </message>
        <message>
            <source>Usage: cdr-inspector fetch --provider NAME [options] -o OUTPUT; see --help.</source>
            <translation>Aufruf: cdr-inspector fetch --provider NAME [Optionen] -o AUSGABE; siehe --help.</translation>
        </message>
        <message>
            <source>unexpected argument "%1"</source>
            <translation>unerwartetes Argument "%1"</translation>
        </message>
        <message>
            <source>--provider must be plivo, vobiz, carrierx or nexbro</source>
            <translation>--provider muss plivo, vobiz, carrierx oder nexbro sein</translation>
        </message>
        <message>
            <source>-o OUTPUT is required</source>
            <translation>-o AUSGABE ist erforderlich</translation>
        </message>
        <message>
            <source>%1: unknown output format; use .json, .ndjson or .csv</source>
            <translation>%1: unbekanntes Ausgabeformat; verwenden Sie .json, .ndjson oder .csv</translation>
        </message>
        <message>
            <source>unknown time zone "%1"</source>
            <translation>unbekannte Zeitzone "%1"</translation>
        </message>
        <message>
            <source>Plivo needs PLIVO_AUTH_ID (or --account) and PLIVO_AUTH_TOKEN in the environment</source>
            <translation>Plivo benötigt PLIVO_AUTH_ID (oder --account) und PLIVO_AUTH_TOKEN in der Umgebung</translation>
        </message>
        <message>
            <source>Vobiz needs VOBIZ_AUTH_ID (or --account) and VOBIZ_AUTH_TOKEN in the environment</source>
            <translation>Vobiz benötigt VOBIZ_AUTH_ID (oder --account) und VOBIZ_AUTH_TOKEN in der Umgebung</translation>
        </message>
        <message>
            <source>CarrierX needs CARRIERX_TOKEN in the environment</source>
            <translation>CarrierX benötigt CARRIERX_TOKEN in der Umgebung</translation>
        </message>
        <message>
            <source>NexBro needs NEXBRO_API_KEY in the environment</source>
            <translation>NexBro benötigt NEXBRO_API_KEY in der Umgebung</translation>
        </message>
        <message>
            <source>NexBro runs on your own domain: give --base-url or NEXBRO_BASE_URL</source>
            <translation>NexBro läuft auf Ihrer eigenen Domain: geben Sie --base-url oder NEXBRO_BASE_URL an</translation>
        </message>
        <message>
            <source>--base-url must be an http(s) URL with a host, e.g. https://pbx.example.com</source>
            <translation>--base-url muss eine http(s)-URL mit Host sein, z. B. https://pbx.example.com</translation>
        </message>
        <message>
            <source>--since expects YYYY-MM-DD, not "%1"</source>
            <translation>--since erwartet JJJJ-MM-TT, nicht "%1"</translation>
        </message>
        <message>
            <source>--until expects YYYY-MM-DD, not "%1"</source>
            <translation>--until erwartet JJJJ-MM-TT, nicht "%1"</translation>
        </message>
        <message>
            <source>--since must be before --until</source>
            <translation>--since muss vor --until liegen</translation>
        </message>
        <message>
            <source>--direction must be inbound or outbound</source>
            <translation>--direction muss inbound oder outbound sein</translation>
        </message>
        <message>
            <source>--max expects a whole number from 1 to %1, not "%2"</source>
            <translation>--max erwartet eine ganze Zahl von 1 bis %1, nicht "%2"</translation>
        </message>
        <message>
            <source>cannot write %1: it is a folder</source>
            <translation>%1 kann nicht geschrieben werden: es ist ein Ordner</translation>
        </message>
        <message>
            <source>cannot write %1: the folder %2 does not exist</source>
            <translation>%1 kann nicht geschrieben werden: der Ordner %2 existiert nicht</translation>
        </message>
        <message>
            <source>cannot write %1: the file is read-only</source>
            <translation>%1 kann nicht geschrieben werden: die Datei ist schreibgeschützt</translation>
        </message>
        <message>
            <source>cannot write %1: the folder %2 is not writable (%3)</source>
            <translation>%1 kann nicht geschrieben werden: der Ordner %2 ist nicht beschreibbar (%3)</translation>
        </message>
        <message>
            <source>nothing fetched.</source>
            <translation>nichts abgerufen.</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n Anruf</numerusform>
                <numerusform>%n Anrufe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n page(s)</source>
            <translation>
                <numerusform>%1 von %n Seite</numerusform>
                <numerusform>%1 von %n Seiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <source>, window %1/%2</source>
            <translation>, Zeitfenster %1/%2</translation>
        </message>
        <message numerus="yes">
            <source>, %n retries</source>
            <translation>
                <numerusform>, %n Wiederholung</numerusform>
                <numerusform>, %n Wiederholungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>nothing written (%n call(s) fetched; --keep-partial writes them)</source>
            <translation>
                <numerusform>nichts geschrieben (%n Anruf abgerufen; --keep-partial schreibt ihn)</numerusform>
                <numerusform>nichts geschrieben (%n Anrufe abgerufen; --keep-partial schreibt sie)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wrote %n call(s) to %1</source>
            <translation>
                <numerusform>%n Anruf nach %1 geschrieben</numerusform>
                <numerusform>%n Anrufe nach %1 geschrieben</numerusform>
            </translation>
        </message>
        <message>
            <source> (partial)</source>
            <translation> (unvollständig)</translation>
        </message>
    </context>
    <context>
        <name>cdr::FetchController</name>
        <message>
            <source>%1: cannot read the secret: %2</source>
            <translation>%1: das Geheimnis kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>page %1 of %2</source>
            <translation>Seite %1 von %2</translation>
        </message>
        <message>
            <source>page %1</source>
            <translation>Seite %1</translation>
        </message>
        <message>
            <source>window %1 of %2</source>
            <translation>Zeitfenster %1 von %2</translation>
        </message>
        <message>
            <source>about %1 min %2 s left</source>
            <translation>noch etwa %1 min %2 s</translation>
        </message>
        <message>
            <source>about %1 s left</source>
            <translation>noch etwa %1 s</translation>
        </message>
        <message numerus="yes">
            <source>%n retried</source>
            <translation>
                <numerusform>%n wiederholt</numerusform>
                <numerusform>%n wiederholt</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: the interrupted fetch could not be resumed; start a new one.</source>
            <translation>%1: der unterbrochene Abruf konnte nicht fortgesetzt werden; starten Sie einen neuen.</translation>
        </message>
        <message>
            <source>%1: resuming the interrupted fetch.</source>
            <translation>%1: der unterbrochene Abruf wird fortgesetzt.</translation>
        </message>
        <message>
            <source>Reading the %1 secret from the keychain...</source>
            <translation>Das %1-Geheimnis wird aus dem Schlüsselbund gelesen...</translation>
        </message>
        <message numerus="yes">
            <source>%Ln call(s)</source>
            <translation>
                <numerusform>%Ln Anruf</numerusform>
                <numerusform>%Ln Anrufe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: fetched %Ln call(s).</source>
            <translation>
                <numerusform>%1: %Ln Anruf abgerufen.</numerusform>
                <numerusform>%1: %Ln Anrufe abgerufen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: fetch canceled after %Ln call(s); Resume continues from there.</source>
            <translation>
                <numerusform>%1: Abruf nach %Ln Anruf abgebrochen; „Fortsetzen“ macht dort weiter.</numerusform>
                <numerusform>%1: Abruf nach %Ln Anrufen abgebrochen; „Fortsetzen“ macht dort weiter.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::FilterChipsBar</name>
        <message>
            <source>Filtered by:</source>
            <translation>Gefiltert nach:</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>Alle entfernen</translation>
        </message>
        <message>
            <source>Remove every filter (Ctrl+Shift+Backspace)</source>
            <translation>Alle Filter entfernen (Strg+Umschalt+Rücktaste)</translation>
        </message>
        <message>
            <source>Remove this filter</source>
            <translation>Diesen Filter entfernen</translation>
        </message>
        <message>
            <source>Remove filter %1</source>
            <translation>Filter %1 entfernen</translation>
        </message>
    </context>
    <context>
        <name>cdr::HangupCatalog</name>
        <message>
            <source>The reason is unknown.</source>
            <translation>Der Grund ist unbekannt.</translation>
        </message>
        <message>
            <source>Canceled before answer by an API request.</source>
            <translation>Vor der Annahme durch eine API-Anfrage abgebrochen.</translation>
        </message>
        <message>
            <source>Canceled because the account ran out of credit.</source>
            <translation>Abgebrochen, weil das Guthaben des Kontos aufgebraucht war.</translation>
        </message>
        <message>
            <source>Canceled because the simultaneous dial limit was reached.</source>
            <translation>Abgebrochen, weil das Limit gleichzeitiger Wählvorgänge erreicht war.</translation>
        </message>
        <message>
            <source>The destination number or SIP address is invalid.</source>
            <translation>Die Zielrufnummer oder SIP-Adresse ist ungültig.</translation>
        </message>
        <message>
            <source>The destination is out of service.</source>
            <translation>Das Ziel ist außer Betrieb.</translation>
        </message>
        <message>
            <source>The SIP endpoint dialled is not registered.</source>
            <translation>Der angewählte SIP-Endpunkt ist nicht registriert.</translation>
        </message>
        <message>
            <source>Calls to this country are blocked by the account's geo permissions.</source>
            <translation>Anrufe in dieses Land sind durch die Geo-Berechtigungen des Kontos gesperrt.</translation>
        </message>
        <message>
            <source>Calls to this number are blocked.</source>
            <translation>Anrufe an diese Nummer sind gesperrt.</translation>
        </message>
        <message>
            <source>Calls to this prefix are blocked.</source>
            <translation>Anrufe an diese Vorwahl sind gesperrt.</translation>
        </message>
        <message>
            <source>The B leg would dial the A leg: a call loop.</source>
            <translation>Das B-Leg würde das A-Leg anwählen: eine Anrufschleife.</translation>
        </message>
        <message>
            <source>The call violates the India media-anchoring rule.</source>
            <translation>Der Anruf verstößt gegen die indische Media-Anchoring-Regel.</translation>
        </message>
        <message>
            <source>The callee did not answer.</source>
            <translation>Der Angerufene hat nicht angenommen.</translation>
        </message>
        <message>
            <source>The callee's line was busy.</source>
            <translation>Der Anschluss des Angerufenen war besetzt.</translation>
        </message>
        <message>
            <source>The callee declined the call.</source>
            <translation>Der Angerufene hat den Anruf abgelehnt.</translation>
        </message>
        <message>
            <source>The caller ID is not owned by the account.</source>
            <translation>Die Anrufer-ID gehört nicht zum Konto.</translation>
        </message>
        <message>
            <source>The call was forbidden by the carrier.</source>
            <translation>Der Anruf wurde vom Carrier untersagt.</translation>
        </message>
        <message>
            <source>The number is not in service.</source>
            <translation>Die Nummer ist nicht in Betrieb.</translation>
        </message>
        <message>
            <source>The carrier timed out; a retry may succeed.</source>
            <translation>Zeitüberschreitung beim Carrier; ein erneuter Versuch kann gelingen.</translation>
        </message>
        <message>
            <source>The carrier had an internal error; a retry may succeed.</source>
            <translation>Interner Fehler beim Carrier; ein erneuter Versuch kann gelingen.</translation>
        </message>
        <message>
            <source>The carrier's network was congested; a retry may succeed.</source>
            <translation>Das Netz des Carriers war überlastet; ein erneuter Versuch kann gelingen.</translation>
        </message>
        <message>
            <source>The carrier reported the callee busy everywhere.</source>
            <translation>Der Carrier meldete den Angerufenen überall besetzt.</translation>
        </message>
        <message>
            <source>The carrier reported the call declined.</source>
            <translation>Der Carrier meldete den Anruf als abgelehnt.</translation>
        </message>
        <message>
            <source>The carrier reported that the user does not exist.</source>
            <translation>Der Carrier meldete, dass der Teilnehmer nicht existiert.</translation>
        </message>
        <message>
            <source>The carrier flagged the caller ID as spam.</source>
            <translation>Der Carrier hat die Anrufer-ID als Spam markiert.</translation>
        </message>
        <message>
            <source>The caller ID is on the Do-Not-Originate list.</source>
            <translation>Die Anrufer-ID steht auf der Do-Not-Originate-Liste.</translation>
        </message>
        <message>
            <source>One of the parties hung up normally.</source>
            <translation>Einer der Teilnehmer hat normal aufgelegt.</translation>
        </message>
        <message>
            <source>The call ended after the last XML instruction.</source>
            <translation>Der Anruf endete nach der letzten XML-Anweisung.</translation>
        </message>
        <message>
            <source>The multiparty call (conference) ended.</source>
            <translation>Die Mehrparteienverbindung (Konferenz) endete.</translation>
        </message>
        <message>
            <source>The participant was removed from the multiparty call.</source>
            <translation>Der Teilnehmer wurde aus der Mehrparteienverbindung entfernt.</translation>
        </message>
        <message>
            <source>A platform network error ended the call.</source>
            <translation>Ein Netzwerkfehler der Plattform beendete den Anruf.</translation>
        </message>
        <message>
            <source>A platform internal error ended the call.</source>
            <translation>Ein interner Fehler der Plattform beendete den Anruf.</translation>
        </message>
        <message>
            <source>The platform could not route the call.</source>
            <translation>Die Plattform konnte den Anruf nicht routen.</translation>
        </message>
        <message>
            <source>The account's concurrency limit (India) was breached.</source>
            <translation>Das Parallelitätslimit des Kontos (Indien) wurde überschritten.</translation>
        </message>
        <message>
            <source>The call reached its scheduled maximum duration.</source>
            <translation>Der Anruf erreichte seine geplante Höchstdauer.</translation>
        </message>
        <message>
            <source>The call was not answered within the ring timeout.</source>
            <translation>Der Anruf wurde nicht innerhalb des Klingel-Timeouts angenommen.</translation>
        </message>
        <message>
            <source>No RTP was received for 60 seconds.</source>
            <translation>60 Sekunden lang wurde kein RTP empfangen.</translation>
        </message>
        <message>
            <source>The answer webhook returned an error or timed out.</source>
            <translation>Der Answer-Webhook lieferte einen Fehler oder eine Zeitüberschreitung.</translation>
        </message>
        <message>
            <source>The action webhook returned an error or timed out.</source>
            <translation>Der Action-Webhook lieferte einen Fehler oder eine Zeitüberschreitung.</translation>
        </message>
        <message>
            <source>The transfer webhook returned an error or timed out.</source>
            <translation>Der Transfer-Webhook lieferte einen Fehler oder eine Zeitüberschreitung.</translation>
        </message>
        <message>
            <source>The redirect webhook returned an error or timed out.</source>
            <translation>Der Redirect-Webhook lieferte einen Fehler oder eine Zeitüberschreitung.</translation>
        </message>
        <message>
            <source>The action URL is malformed.</source>
            <translation>Die Action-URL ist fehlerhaft.</translation>
        </message>
        <message>
            <source>The transfer URL is malformed.</source>
            <translation>Die Transfer-URL ist fehlerhaft.</translation>
        </message>
        <message>
            <source>The redirect URL is malformed.</source>
            <translation>Die Redirect-URL ist fehlerhaft.</translation>
        </message>
        <message>
            <source>The action URL's HTTP method is neither GET nor POST.</source>
            <translation>Die HTTP-Methode der Action-URL ist weder GET noch POST.</translation>
        </message>
        <message>
            <source>The transfer URL's HTTP method is neither GET nor POST.</source>
            <translation>Die HTTP-Methode der Transfer-URL ist weder GET noch POST.</translation>
        </message>
        <message>
            <source>The redirect URL's HTTP method is neither GET nor POST.</source>
            <translation>Die HTTP-Methode der Redirect-URL ist weder GET noch POST.</translation>
        </message>
        <message>
            <source>The answer webhook returned invalid XML.</source>
            <translation>Der Answer-Webhook lieferte ungültiges XML.</translation>
        </message>
        <message>
            <source>The action webhook returned invalid XML.</source>
            <translation>Der Action-Webhook lieferte ungültiges XML.</translation>
        </message>
        <message>
            <source>The transfer webhook returned invalid XML.</source>
            <translation>Der Transfer-Webhook lieferte ungültiges XML.</translation>
        </message>
        <message>
            <source>The redirect webhook returned invalid XML.</source>
            <translation>Der Redirect-Webhook lieferte ungültiges XML.</translation>
        </message>
        <message>
            <source>Another leg of a parallel dial answered first.</source>
            <translation>Ein anderes Leg einer Parallelwahl hat zuerst angenommen.</translation>
        </message>
        <message>
            <source>Answering-machine detection hung up the call.</source>
            <translation>Die Anrufbeantworter-Erkennung hat den Anruf beendet.</translation>
        </message>
        <message>
            <source>The callee did not press the confirm key.</source>
            <translation>Der Angerufene hat die Bestätigungstaste nicht gedrückt.</translation>
        </message>
        <message>
            <source>The call was canceled before it was answered.</source>
            <translation>Der Anruf wurde vor der Annahme abgebrochen.</translation>
        </message>
        <message>
            <source>The destination could not be reached or is barred.</source>
            <translation>Das Ziel war nicht erreichbar oder ist gesperrt.</translation>
        </message>
        <message>
            <source>The callee or the callee's carrier did not take the call.</source>
            <translation>Der Angerufene oder sein Carrier hat den Anruf nicht angenommen.</translation>
        </message>
        <message>
            <source>The call ended normally.</source>
            <translation>Der Anruf endete normal.</translation>
        </message>
        <message>
            <source>A platform error ended the call.</source>
            <translation>Ein Plattformfehler beendete den Anruf.</translation>
        </message>
        <message>
            <source>A timer ended the call.</source>
            <translation>Ein Timer beendete den Anruf.</translation>
        </message>
        <message>
            <source>A webhook URL could not be reached or was invalid.</source>
            <translation>Eine Webhook-URL war nicht erreichbar oder ungültig.</translation>
        </message>
        <message>
            <source>A webhook returned invalid XML.</source>
            <translation>Ein Webhook lieferte ungültiges XML.</translation>
        </message>
        <message>
            <source>The dialling logic ended this leg.</source>
            <translation>Die Wähllogik beendete dieses Leg.</translation>
        </message>
        <message>
            <source>The called party is busy.</source>
            <translation>Der angerufene Teilnehmer ist besetzt.</translation>
        </message>
        <message>
            <source>The called party did not answer within the timeout.</source>
            <translation>Der angerufene Teilnehmer hat nicht innerhalb des Timeouts angenommen.</translation>
        </message>
        <message>
            <source>The caller cancelled before the call was answered (FreeSWITCH-internal code).</source>
            <translation>Der Anrufer hat vor der Annahme abgebrochen (FreeSWITCH-interner Code).</translation>
        </message>
        <message>
            <source>The destination explicitly rejected the call.</source>
            <translation>Das Ziel hat den Anruf ausdrücklich abgelehnt.</translation>
        </message>
        <message>
            <source>The SIP endpoint refused the INVITE.</source>
            <translation>Der SIP-Endpunkt hat das INVITE abgewiesen.</translation>
        </message>
        <message>
            <source>The dialled number format is invalid.</source>
            <translation>Das Format der gewählten Nummer ist ungültig.</translation>
        </message>
        <message>
            <source>The number is valid but not allocated to any subscriber.</source>
            <translation>Die Nummer ist gültig, aber keinem Teilnehmer zugeteilt.</translation>
        </message>
        <message>
            <source>The destination service is temporarily unavailable.</source>
            <translation>Der Zieldienst ist vorübergehend nicht verfügbar.</translation>
        </message>
        <message>
            <source>An internal server error occurred during call setup.</source>
            <translation>Beim Verbindungsaufbau trat ein interner Serverfehler auf.</translation>
        </message>
        <message>
            <source>No RTP media was received: likely a firewall or network issue (FreeSWITCH-internal).</source>
            <translation>Es wurden keine RTP-Medien empfangen: vermutlich ein Firewall- oder Netzwerkproblem (FreeSWITCH-intern).</translation>
        </message>
        <message>
            <source>A SIP protocol violation or malformed message.</source>
            <translation>Ein Verstoß gegen das SIP-Protokoll oder eine fehlerhafte Nachricht.</translation>
        </message>
        <message>
            <source>A severe network failure prevented routing.</source>
            <translation>Ein schwerer Netzausfall verhinderte das Routing.</translation>
        </message>
        <message>
            <source>The destination endpoint cannot accept the call.</source>
            <translation>Der Zielendpunkt kann den Anruf nicht annehmen.</translation>
        </message>
        <message>
            <source>A generic temporary failure; retrying may succeed.</source>
            <translation>Ein allgemeiner vorübergehender Fehler; ein erneuter Versuch kann gelingen.</translation>
        </message>
        <message>
            <source>The SIP switch is at capacity.</source>
            <translation>Die SIP-Vermittlung ist ausgelastet.</translation>
        </message>
        <message>
            <source>An error not mapped to a standard cause.</source>
            <translation>Ein Fehler, der keinem Standardgrund zugeordnet ist.</translation>
        </message>
        <message>
            <source>The call was answered.</source>
            <translation>Der Anruf wurde angenommen.</translation>
        </message>
        <message>
            <source>The request was malformed.</source>
            <translation>Die Anfrage war fehlerhaft.</translation>
        </message>
        <message>
            <source>The request needed authentication.</source>
            <translation>Die Anfrage erforderte eine Authentifizierung.</translation>
        </message>
        <message>
            <source>The account needs funds.</source>
            <translation>Das Konto benötigt Guthaben.</translation>
        </message>
        <message>
            <source>The destination or carrier refused the call.</source>
            <translation>Das Ziel oder der Carrier hat den Anruf abgewiesen.</translation>
        </message>
        <message>
            <source>The number does not exist.</source>
            <translation>Die Nummer existiert nicht.</translation>
        </message>
        <message>
            <source>The proxy needed authentication.</source>
            <translation>Der Proxy erforderte eine Authentifizierung.</translation>
        </message>
        <message>
            <source>Nobody answered in time.</source>
            <translation>Niemand hat rechtzeitig angenommen.</translation>
        </message>
        <message>
            <source>The number is no longer in service.</source>
            <translation>Die Nummer ist nicht mehr in Betrieb.</translation>
        </message>
        <message>
            <source>The callee is not reachable now (often no answer).</source>
            <translation>Der Angerufene ist derzeit nicht erreichbar (oft keine Annahme).</translation>
        </message>
        <message>
            <source>A SIP dialog mismatch.</source>
            <translation>Eine Unstimmigkeit im SIP-Dialog.</translation>
        </message>
        <message>
            <source>The number is incomplete.</source>
            <translation>Die Nummer ist unvollständig.</translation>
        </message>
        <message>
            <source>The callee is busy.</source>
            <translation>Der Angerufene ist besetzt.</translation>
        </message>
        <message>
            <source>The caller cancelled before answer.</source>
            <translation>Der Anrufer hat vor der Annahme abgebrochen.</translation>
        </message>
        <message>
            <source>No common codec or media.</source>
            <translation>Kein gemeinsamer Codec bzw. keine gemeinsamen Medien.</translation>
        </message>
        <message>
            <source>The far end had an internal error.</source>
            <translation>Die Gegenstelle hatte einen internen Fehler.</translation>
        </message>
        <message>
            <source>A gateway failed.</source>
            <translation>Ein Gateway ist ausgefallen.</translation>
        </message>
        <message>
            <source>The far end is overloaded or down.</source>
            <translation>Die Gegenstelle ist überlastet oder ausgefallen.</translation>
        </message>
        <message>
            <source>A gateway timed out.</source>
            <translation>Zeitüberschreitung bei einem Gateway.</translation>
        </message>
        <message>
            <source>The callee is busy everywhere.</source>
            <translation>Der Angerufene ist überall besetzt.</translation>
        </message>
        <message>
            <source>The number does not exist anywhere.</source>
            <translation>Die Nummer existiert nirgends.</translation>
        </message>
        <message>
            <source>The call cannot be accepted.</source>
            <translation>Der Anruf kann nicht angenommen werden.</translation>
        </message>
        <message>
            <source>The call was still in progress.</source>
            <translation>Der Anruf war noch im Gange.</translation>
        </message>
        <message>
            <source>Code %1</source>
            <translation>Code %1</translation>
        </message>
        <message>
            <source>This code is not in the provider's published table.</source>
            <translation>Dieser Code steht nicht in der veröffentlichten Tabelle des Providers.</translation>
        </message>
        <message>
            <source>A switch hangup cause not in Vobiz's published list.</source>
            <translation>Ein Auslösegrund der Vermittlung, der nicht in der veröffentlichten Liste von Vobiz steht.</translation>
        </message>
        <message>
            <source>A success response: the call was answered.</source>
            <translation>Eine Erfolgsantwort: der Anruf wurde angenommen.</translation>
        </message>
        <message>
            <source>A client-error response: the request could not be completed as sent.</source>
            <translation>Eine Client-Fehlerantwort: die Anfrage konnte so nicht ausgeführt werden.</translation>
        </message>
        <message>
            <source>A server-error response: the far end failed.</source>
            <translation>Eine Server-Fehlerantwort: die Gegenstelle ist ausgefallen.</translation>
        </message>
        <message>
            <source>A global-failure response: no destination will take the call.</source>
            <translation>Eine globale Fehlerantwort: kein Ziel nimmt den Anruf an.</translation>
        </message>
        <message>
            <source>Not a SIP final response code.</source>
            <translation>Kein endgültiger SIP-Antwortcode.</translation>
        </message>
        <message>
            <source>Disconnected by %1.</source>
            <translation>Getrennt durch %1.</translation>
        </message>
        <message>
            <source>The provider reported no hangup cause.</source>
            <translation>Der Provider hat keinen Auslösegrund gemeldet.</translation>
        </message>
    </context>
    <context>
        <name>cdr::HangupClassifier</name>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Busy</source>
            <translation>Besetzt</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Keine Annahme</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Unavailable</source>
            <translation>Nicht erreichbar</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Abgebrochen</translation>
        </message>
        <message>
            <source>Invalid number</source>
            <translation>Ungültige Nummer</translation>
        </message>
        <message>
            <source>Network failure</source>
            <translation>Netzfehler</translation>
        </message>
        <message>
            <source>Media failure</source>
            <translation>Medienfehler</translation>
        </message>
    </context>
    <context>
        <name>cdr::ImportProblemsDialog</name>
        <message>
            <source>Problems opening files</source>
            <translation>Probleme beim Öffnen von Dateien</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Calls read</source>
            <translation>Gelesene Anrufe</translation>
        </message>
        <message>
            <source>Copy list</source>
            <translation>Liste kopieren</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Warnung: %1</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more warning(s)</source>
            <translation>
                <numerusform>… und %n weitere Warnung</numerusform>
                <numerusform>… und %n weitere Warnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be read completely.</source>
            <translation>
                <numerusform>%n Datei konnte nicht vollständig gelesen werden.</numerusform>
                <numerusform>%n Dateien konnten nicht vollständig gelesen werden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every file was read, with warnings.</source>
            <translation>Jede Datei wurde gelesen, mit Warnungen.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln kept</source>
            <translation>
                <numerusform>%Ln behalten</numerusform>
                <numerusform>%Ln behalten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The calls read before an error are kept (%Ln call(s)).</source>
            <translation>
                <numerusform>Die vor einem Fehler gelesenen Anrufe bleiben erhalten (%Ln Anruf).</numerusform>
                <numerusform>Die vor einem Fehler gelesenen Anrufe bleiben erhalten (%Ln Anrufe).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::MainWindow</name>
        <message>
            <source>CDR Inspector</source>
            <translation>CDR Inspector</translation>
        </message>
        <message>
            <source>No system keychain: the account's secret is kept in memory for this session only.</source>
            <translation>Kein Schlüsselbund im System: das Geheimnis des Kontos wird nur für diese Sitzung im Speicher gehalten.</translation>
        </message>
        <message>
            <source>&amp;Calls</source>
            <translation>An&amp;rufe</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>Über&amp;blick</translation>
        </message>
        <message>
            <source>&amp;Scorecard</source>
            <translation>&amp;Scorecard</translation>
        </message>
        <message>
            <source>Showing the calls of %1.</source>
            <translation>Angezeigt werden die Anrufe von %1.</translation>
        </message>
        <message>
            <source>Reading %1: %2 of %3 MB</source>
            <translation>%1 wird gelesen: %2 von %3 MB</translation>
        </message>
        <message>
            <source>%1 could not be read completely</source>
            <translation>%1 konnte nicht vollständig gelesen werden</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be read</source>
            <translation>
                <numerusform>%n Datei konnte nicht gelesen werden</numerusform>
                <numerusform>%n Dateien konnten nicht gelesen werden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s) (File &gt; Problems of the last open)</source>
            <translation>
                <numerusform>%n Warnung (Datei &gt; Probleme beim letzten Öffnen)</numerusform>
                <numerusform>%n Warnungen (Datei &gt; Probleme beim letzten Öffnen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume the interrupted fetch of %1</source>
            <translation>Den unterbrochenen Abruf von %1 fortsetzen</translation>
        </message>
        <message>
            <source> (Fetch &gt; Resume).</source>
            <translation> (Abrufen &gt; Fortsetzen).</translation>
        </message>
        <message>
            <source>Add a provider account first (Fetch &gt; Accounts).</source>
            <translation>Fügen Sie zuerst ein Provider-Konto hinzu (Abrufen &gt; Konten).</translation>
        </message>
        <message>
            <source>Fetching %1 calls since %2.</source>
            <translation>Anrufe von %1 seit %2 werden abgerufen.</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>Das Startdatum liegt nach dem Enddatum.</translation>
        </message>
        <message>
            <source>CDR Inspector - demo data</source>
            <translation>CDR Inspector - Demodaten</translation>
        </message>
        <message>
            <source>Building the demo data...</source>
            <translation>Demodaten werden erstellt...</translation>
        </message>
        <message numerus="yes">
            <source>Reading %n file(s)...</source>
            <translation>
                <numerusform>%n Datei wird gelesen...</numerusform>
                <numerusform>%n Dateien werden gelesen...</numerusform>
            </translation>
        </message>
        <message>
            <source>Open call records</source>
            <translation>Anrufdatensätze öffnen</translation>
        </message>
        <message>
            <source>Call records (*.json *.ndjson *.jsonl *.csv);;All files (*)</source>
            <translation>Anrufdatensätze (*.json *.ndjson *.jsonl *.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Exporting...</source>
            <translation>Exportieren...</translation>
        </message>
        <message>
            <source>Export: use a .csv, .json or .ndjson file name.</source>
            <translation>Export: verwenden Sie einen Dateinamen auf .csv, .json oder .ndjson.</translation>
        </message>
        <message>
            <source>unknown format</source>
            <translation>unbekanntes Format</translation>
        </message>
        <message>
            <source>Export calls</source>
            <translation>Anrufe exportieren</translation>
        </message>
        <message>
            <source>CSV, the visible columns (*.csv);;NDJSON, whole calls (*.ndjson);;JSON, whole calls (*.json)</source>
            <translation>CSV, die sichtbaren Spalten (*.csv);;NDJSON, ganze Anrufe (*.ndjson);;JSON, ganze Anrufe (*.json)</translation>
        </message>
        <message numerus="yes">
            <source>Import canceled: %Ln new call(s) kept.</source>
            <translation>
                <numerusform>Import abgebrochen: %Ln neuer Anruf behalten.</numerusform>
                <numerusform>Import abgebrochen: %Ln neue Anrufe behalten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Opened %Ln new call(s)</source>
            <translation>
                <numerusform>%Ln neuer Anruf geöffnet</numerusform>
                <numerusform>%Ln neue Anrufe geöffnet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%Ln already there or repeated; the last occurrence is kept)</source>
            <translation>
                <numerusform> (%Ln bereits vorhanden oder wiederholt; das letzte Vorkommen bleibt)</numerusform>
                <numerusform> (%Ln bereits vorhanden oder wiederholt; das letzte Vorkommen bleibt)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo: %Ln call(s) across Plivo, Vobiz, CarrierX and NexBro.</source>
            <translation>
                <numerusform>Demo: %Ln Anruf über Plivo, Vobiz, CarrierX und NexBro.</numerusform>
                <numerusform>Demo: %Ln Anrufe über Plivo, Vobiz, CarrierX und NexBro.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::MainWindowActions</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>Über&amp;blick</translation>
        </message>
        <message>
            <source>&amp;Open files...</source>
            <translation>Dateien ö&amp;ffnen...</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>Open &amp;demo data</source>
            <translation>&amp;Demodaten öffnen</translation>
        </message>
        <message>
            <source>&amp;Problems of the last open...</source>
            <translation>&amp;Probleme beim letzten Öffnen...</translation>
        </message>
        <message>
            <source>&amp;Export the view...</source>
            <translation>Ansicht &amp;exportieren...</translation>
        </message>
        <message>
            <source>The filtered, sorted calls with the visible columns</source>
            <translation>Die gefilterten, sortierten Anrufe mit den sichtbaren Spalten</translation>
        </message>
        <message>
            <source>Export &amp;all calls...</source>
            <translation>&amp;Alle Anrufe exportieren...</translation>
        </message>
        <message>
            <source>Export this &amp;call</source>
            <translation>Diesen &amp;Anruf exportieren</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Copy rows</source>
            <translation>Zeilen &amp;kopieren</translation>
        </message>
        <message>
            <source>Copy rows as CS&amp;V</source>
            <translation>Zeilen als CS&amp;V kopieren</translation>
        </message>
        <message>
            <source>&amp;Filter...</source>
            <translation>&amp;Filtern...</translation>
        </message>
        <message>
            <source>C&amp;lear all filters</source>
            <translation>Alle Filter ent&amp;fernen</translation>
        </message>
        <message>
            <source>&amp;Go to call...</source>
            <translation>&amp;Gehe zu Anruf...</translation>
        </message>
        <message>
            <source>&amp;Save filter as...</source>
            <translation>Filter &amp;speichern unter...</translation>
        </message>
        <message>
            <source>Saved fi&amp;lters</source>
            <translation>Gespeicherte Fi&amp;lter</translation>
        </message>
        <message>
            <source>(none saved)</source>
            <translation>(keine gespeichert)</translation>
        </message>
        <message>
            <source>&amp;Preferences...</source>
            <translation>&amp;Einstellungen...</translation>
        </message>
        <message>
            <source>&amp;Next bad call</source>
            <translation>&amp;Nächster schlechter Anruf</translation>
        </message>
        <message>
            <source>&amp;Previous bad call</source>
            <translation>&amp;Vorheriger schlechter Anruf</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Vor</translation>
        </message>
        <message>
            <source>&amp;Compare selected calls</source>
            <translation>Ausgewählte Anrufe &amp;vergleichen</translation>
        </message>
        <message>
            <source>C&amp;olumns...</source>
            <translation>&amp;Spalten...</translation>
        </message>
        <message>
            <source>F&amp;etch</source>
            <translation>Ab&amp;rufen</translation>
        </message>
        <message>
            <source>&amp;Fetch calls</source>
            <translation>Anrufe &amp;abrufen</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>Abb&amp;rechen</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <source>Fetch &amp;new calls (since the newest archived)</source>
            <translation>&amp;Neue Anrufe abrufen (seit dem neuesten archivierten)</translation>
        </message>
        <message>
            <source>&amp;Accounts...</source>
            <translation>&amp;Konten...</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;Documentation</source>
            <translation>&amp;Dokumentation</translation>
        </message>
        <message>
            <source>&amp;About CDR Inspector</source>
            <translation>&amp;Über CDR Inspector</translation>
        </message>
        <message>
            <source>CDR Inspector %1: call detail records from Plivo, Vobiz, CarrierX and NexBro.</source>
            <translation>CDR Inspector %1: Anrufdatensätze von Plivo, Vobiz, CarrierX und NexBro.</translation>
        </message>
    </context>
    <context>
        <name>cdr::NoticeBar</name>
        <message>
            <source>Close this notice</source>
            <translation>Diesen Hinweis schließen</translation>
        </message>
    </context>
    <context>
        <name>cdr::OutputFormat</name>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>cdr::OverviewCharts</name>
        <message>
            <source>MOS distribution by direction (click a bar to filter)</source>
            <translation>MOS-Verteilung nach Richtung (Balken anklicken zum Filtern)</translation>
        </message>
        <message>
            <source>Calls and answered calls over time</source>
            <translation>Anrufe und angenommene Anrufe im Zeitverlauf</translation>
        </message>
        <message>
            <source>Hangup classes (hover for the provider causes, click to filter)</source>
            <translation>Auslöseklassen (Mauszeiger darüber für die Provider-Gründe, anklicken zum Filtern)</translation>
        </message>
        <message>
            <source>Mean MOS over time</source>
            <translation>Mittlerer MOS im Zeitverlauf</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n call(s)</source>
            <translation>
                <numerusform>%1: %n Anruf</numerusform>
                <numerusform>%1: %n Anrufe</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2: %3</source>
            <translation>%1 · %2: %3</translation>
        </message>
        <message>
            <source>(no cause given)</source>
            <translation>(kein Grund angegeben)</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more cause(s)</source>
            <translation>
                <numerusform>… und %n weiterer Grund</numerusform>
                <numerusform>… und %n weitere Gründe</numerusform>
            </translation>
        </message>
        <message>
            <source>Inbound</source>
            <translation>Eingehend</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>Ausgehend</translation>
        </message>
        <message>
            <source>MOS (bin start)</source>
            <translation>MOS (Klassenbeginn)</translation>
        </message>
        <message>
            <source>calls</source>
            <translation>Anrufe</translation>
        </message>
        <message>
            <source>Calls per hour: answered and not answered (click to filter)</source>
            <translation>Anrufe pro Stunde: angenommen und nicht angenommen (anklicken zum Filtern)</translation>
        </message>
        <message>
            <source>Calls per day: answered and not answered (click to filter)</source>
            <translation>Anrufe pro Tag: angenommen und nicht angenommen (anklicken zum Filtern)</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Angenommen</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Nicht angenommen</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Anrufe</translation>
        </message>
        <message>
            <source>Mean MOS</source>
            <translation>Mittlerer MOS</translation>
        </message>
        <message>
            <source>MOS</source>
            <translation>MOS</translation>
        </message>
    </context>
    <context>
        <name>cdr::OverviewPage</name>
        <message numerus="yes">
            <source>%Ln call(s) in the current view. Click a bar to filter the table to it.</source>
            <translation>
                <numerusform>%Ln Anruf in der aktuellen Ansicht. Klicken Sie auf einen Balken, um die Tabelle danach zu filtern.</numerusform>
                <numerusform>%Ln Anrufe in der aktuellen Ansicht. Klicken Sie auf einen Balken, um die Tabelle danach zu filtern.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::PageWalk</name>
        <message>
            <source>%1 said more calls follow but sent an empty page; this time window ends there.</source>
            <translation>%1 kündigte weitere Anrufe an, sendete aber eine leere Seite; dieses Zeitfenster endet dort.</translation>
        </message>
        <message>
            <source>%1: the walk made no progress: the page after "%2" ended at "%3" again; stopped after %4 pages. The provider's paging is broken; calls after that point were not fetched.</source>
            <translation>%1: der Durchlauf kam nicht voran: die Seite nach "%2" endete erneut bei "%3"; nach %4 Seiten angehalten. Das Paging des Providers ist defekt; Anrufe nach dieser Stelle wurden nicht abgerufen.</translation>
        </message>
        <message>
            <source>%1: the walk made no progress: the last %2 pages held only calls already received; stopped after %3 pages. The provider ignores the paging; calls beyond were not fetched.</source>
            <translation>%1: der Durchlauf kam nicht voran: die letzten %2 Seiten enthielten nur bereits empfangene Anrufe; nach %3 Seiten angehalten. Der Provider ignoriert das Paging; weitere Anrufe wurden nicht abgerufen.</translation>
        </message>
        <message>
            <source>%1 reported an impossible total of calls (%2); the walk goes page by page instead of trusting it.</source>
            <translation>%1 meldete eine unmögliche Gesamtzahl an Anrufen (%2); der Durchlauf geht Seite für Seite vor, statt ihr zu trauen.</translation>
        </message>
        <message>
            <source>negative or out of range</source>
            <translation>negativ oder außerhalb des Bereichs</translation>
        </message>
        <message>
            <source>%1 claimed a total of %2 calls, but page %3 came back empty; the walk ends there and does not trust the total.</source>
            <translation>%1 gab eine Gesamtzahl von %2 Anrufen an, aber Seite %3 kam leer zurück; der Durchlauf endet dort und traut der Gesamtzahl nicht.</translation>
        </message>
    </context>
    <context>
        <name>cdr::PgArchiveWatcher</name>
        <message>
            <source>Team archive %1: the connection to the server was lost; shared notes no longer update live</source>
            <translation>Team-Archiv %1: die Verbindung zum Server ist abgebrochen; gemeinsame Notizen werden nicht mehr live aktualisiert</translation>
        </message>
    </context>
    <context>
        <name>cdr::PlivoService</name>
        <message>
            <source>Plivo keeps only the last %1 days of call records; the range %2 to %3 is older than that.</source>
            <translation>Plivo bewahrt Anrufdatensätze nur für die letzten %1 Tage auf; der Zeitraum %2 bis %3 ist älter.</translation>
        </message>
        <message>
            <source>Plivo keeps only the last %1 days of call records; fetching from %2 instead of %3.</source>
            <translation>Plivo bewahrt Anrufdatensätze nur für die letzten %1 Tage auf; Abruf ab %2 statt ab %3.</translation>
        </message>
    </context>
    <context>
        <name>cdr::PreferencesDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>Dem System folgen</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Benutzerdefiniert</translation>
        </message>
        <message>
            <source>Error: each "good" threshold must be on the good side of its "bad" one.</source>
            <translation>Fehler: jede „gut“-Schwelle muss auf der guten Seite ihrer „schlecht“-Schwelle liegen.</translation>
        </message>
        <message>
            <source>Error: unknown time zone "%1".</source>
            <translation>Fehler: unbekannte Zeitzone "%1".</translation>
        </message>
        <message>
            <source>Error: "%1" is not a region code (two letters, e.g. IN or US).</source>
            <translation>Fehler: "%1" ist kein Regionscode (zwei Buchstaben, z. B. IN oder US).</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archiv</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
    </context>
    <context>
        <name>cdr::ProviderNormalizer</name>
        <message>
            <source>%1: field 'audio_stats.%2.%3' is not a number; ignored</source>
            <translation>%1: Feld 'audio_stats.%2.%3' ist keine Zahl; ignoriert</translation>
        </message>
        <message>
            <source>%1: call_flow[%2] is a %3, not a leg; kept as an empty leg</source>
            <translation>%1: call_flow[%2] ist ein %3, kein Leg; als leeres Leg behalten</translation>
        </message>
        <message>
            <source>: the record has no call id</source>
            <translation>: der Datensatz hat keine Anruf-ID</translation>
        </message>
    </context>
    <context>
        <name>cdr::ProviderService</name>
        <message>
            <source>%1: the time range is empty or invalid.</source>
            <translation>%1: der Zeitraum ist leer oder ungültig.</translation>
        </message>
        <message>
            <source>%1: nothing to fetch.</source>
            <translation>%1: nichts abzurufen.</translation>
        </message>
        <message>
            <source>%1: stopped after %2 pages, the limit for one run; resume to continue, or fetch a shorter range.</source>
            <translation>%1: nach %2 Seiten angehalten, dem Limit für einen Lauf; setzen Sie fort oder rufen Sie einen kürzeren Zeitraum ab.</translation>
        </message>
        <message>
            <source>%1 sent a response larger than %2 MB; stopped reading it.</source>
            <translation>%1 sendete eine Antwort größer als %2 MB; Lesen abgebrochen.</translation>
        </message>
        <message>
            <source>%1 refused access (HTTP %2): the credentials are wrong or expired, or this machine's IP address is not on the key's whitelist.</source>
            <translation>%1 verweigerte den Zugriff (HTTP %2): die Zugangsdaten sind falsch oder abgelaufen, oder die IP-Adresse dieses Rechners steht nicht auf der Whitelist des Schlüssels.</translation>
        </message>
        <message>
            <source>%1: call %2: not found, or not available yet.</source>
            <translation>%1: Anruf %2: nicht gefunden oder noch nicht verfügbar.</translation>
        </message>
        <message>
            <source>%1: page %2 of the call list was not found (HTTP 404); %3 calls arrived before it, and the walk can be resumed.</source>
            <translation>%1: Seite %2 der Anrufliste wurde nicht gefunden (HTTP 404); %3 Anrufe kamen davor an, der Durchlauf kann fortgesetzt werden.</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>%1 rejected the request (HTTP %2): %3</source>
            <translation>%1 wies die Anfrage ab (HTTP %2): %3</translation>
        </message>
        <message>
            <source>%1 sent an oversize response.</source>
            <translation>%1 sendete eine übergroße Antwort.</translation>
        </message>
        <message>
            <source>%1: not an API response: %2 answered HTTP %3 with an HTML page%4. Check the base URL, or a proxy or login portal in the way.</source>
            <translation>%1: keine API-Antwort: %2 antwortete mit HTTP %3 und einer HTML-Seite%4. Prüfen Sie die Basis-URL oder ob ein Proxy oder Anmeldeportal dazwischenliegt.</translation>
        </message>
        <message>
            <source> ("%1")</source>
            <translation> ("%1")</translation>
        </message>
        <message>
            <source>%1: redirected to %2 (HTTP %3), which is not the configured host %4 over http(s); not followed.</source>
            <translation>%1: umgeleitet nach %2 (HTTP %3), das nicht der konfigurierte Host %4 über http(s) ist; nicht gefolgt.</translation>
        </message>
        <message>
            <source>an invalid address</source>
            <translation>eine ungültige Adresse</translation>
        </message>
        <message>
            <source>%1: too many redirects (%2), the last to %3.</source>
            <translation>%1: zu viele Umleitungen (%2), die letzte nach %3.</translation>
        </message>
        <message>
            <source>%1: gave up after %2 attempts (%3).</source>
            <translation>%1: nach %2 Versuchen aufgegeben (%3).</translation>
        </message>
        <message>
            <source>%1 asked to wait %2 before retrying (%3); waiting %4 instead, the cap for one wait.</source>
            <translation>%1 bat, %2 vor einem erneuten Versuch zu warten (%3); stattdessen wird %4 gewartet, die Obergrenze für eine Wartezeit.</translation>
        </message>
        <message>
            <source>%1 returned an error: %2</source>
            <translation>%1 lieferte einen Fehler: %2</translation>
        </message>
        <message>
            <source>unreadable response: %1</source>
            <translation>unlesbare Antwort: %1</translation>
        </message>
        <message>
            <source>%1: not a call list: the answer to %2 has none of the paging fields of a %1 call list%3.</source>
            <translation>%1: keine Anrufliste: die Antwort auf %2 hat keines der Paging-Felder einer %1-Anrufliste%3.</translation>
        </message>
        <message>
            <source> (%1)</source>
            <translation> (%1)</translation>
        </message>
        <message>
            <source>%1: the answer for call %2 holds no call record%3.</source>
            <translation>%1: die Antwort für Anruf %2 enthält keinen Anrufdatensatz%3.</translation>
        </message>
        <message>
            <source>%1: stopped after %2 pages, the limit for one run (%3 calls so far); resume to continue, or fetch a shorter range.</source>
            <translation>%1: nach %2 Seiten angehalten, dem Limit für einen Lauf (bisher %3 Anrufe); setzen Sie fort oder rufen Sie einen kürzeren Zeitraum ab.</translation>
        </message>
        <message>
            <source>%1: %2 calls not found, or not available yet: %3</source>
            <translation>%1: %2 Anrufe nicht gefunden oder noch nicht verfügbar: %3</translation>
        </message>
    </context>
    <context>
        <name>cdr::QualityChartFactory</name>
        <message>
            <source>Inbound</source>
            <translation>Eingehend</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>Ausgehend</translation>
        </message>
        <message>
            <source>not reported: %1</source>
            <translation>nicht gemeldet: %1</translation>
        </message>
        <message>
            <source>Flaws per interval</source>
            <translation>Störungen pro Intervall</translation>
        </message>
        <message>
            <source>Selected interval</source>
            <translation>Ausgewähltes Intervall</translation>
        </message>
        <message>
            <source>Cursor</source>
            <translation>Cursor</translation>
        </message>
        <message>
            <source>%1 does not report media quality (no MOS, jitter or packet loss in its call records).</source>
            <translation>%1 meldet keine Medienqualität (kein MOS, Jitter oder Paketverlust in seinen Anrufdatensätzen).</translation>
        </message>
        <message>
            <source>Vobiz sent a MOS outside 1 to 5 for this call; it was dropped as invalid.</source>
            <translation>Vobiz sendete für diesen Anruf einen MOS außerhalb von 1 bis 5; er wurde als ungültig verworfen.</translation>
        </message>
        <message>
            <source>This call was not answered, so it carried no audio to grade.</source>
            <translation>Dieser Anruf wurde nicht angenommen und trug daher kein Audio, das zu bewerten wäre.</translation>
        </message>
        <message>
            <source>Vobiz sent no MOS, jitter or packet loss for this call.</source>
            <translation>Vobiz sendete für diesen Anruf weder MOS noch Jitter noch Paketverlust.</translation>
        </message>
        <message>
            <source>NexBro sent no audio_stats for this call.</source>
            <translation>NexBro sendete für diesen Anruf keine audio_stats.</translation>
        </message>
        <message>
            <source>This record has no media quality data.</source>
            <translation>Dieser Datensatz enthält keine Daten zur Medienqualität.</translation>
        </message>
        <message>
            <source>MOS, inbound vs outbound</source>
            <translation>MOS, eingehend vs. ausgehend</translation>
        </message>
        <message>
            <source>Jitter</source>
            <translation>Jitter</translation>
        </message>
        <message>
            <source>Packet loss</source>
            <translation>Paketverlust</translation>
        </message>
        <message>
            <source>Packet counters</source>
            <translation>Paketzähler</translation>
        </message>
        <message>
            <source>Quality percentage</source>
            <translation>Qualität in Prozent</translation>
        </message>
        <message>
            <source>Flaws over time (error log)</source>
            <translation>Störungen im Zeitverlauf (Fehlerprotokoll)</translation>
        </message>
        <message>
            <source>MOS</source>
            <translation>MOS</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Anruf</translation>
        </message>
        <message>
            <source>Quality %</source>
            <translation>Qualität %</translation>
        </message>
        <message>
            <source>MOS (per call)</source>
            <translation>MOS (pro Anruf)</translation>
        </message>
        <message>
            <source>Good ≥ %1</source>
            <translation>Gut ≥ %1</translation>
        </message>
        <message>
            <source>Average %1–%2</source>
            <translation>Mittel %1–%2</translation>
        </message>
        <message>
            <source>Bad below %1</source>
            <translation>Schlecht unter %1</translation>
        </message>
        <message>
            <source>Jitter per call: %1 (%2)</source>
            <translation>Jitter pro Anruf: %1 (%2)</translation>
        </message>
        <message>
            <source>Packet loss per call: %1 (%2)</source>
            <translation>Paketverlust pro Anruf: %1 (%2)</translation>
        </message>
        <message>
            <source>packets</source>
            <translation>Pakete</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>%1, worst per %2 s</source>
            <translation>%1, schlechtester Wert je %2 s</translation>
        </message>
        <message>
            <source>seconds from call start</source>
            <translation>Sekunden ab Anrufbeginn</translation>
        </message>
        <message>
            <source>flaws</source>
            <translation>Störungen</translation>
        </message>
    </context>
    <context>
        <name>cdr::QualityCharts</name>
        <message>
            <source>%1: this call has no such chart</source>
            <translation>%1: dieser Anruf hat kein solches Diagramm</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>%1 exportiert</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Diagramm exportieren</translation>
        </message>
        <message>
            <source>%1 files (*.%2)</source>
            <translation>%1-Dateien (*.%2)</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>Als PNG exportieren…</translation>
        </message>
        <message>
            <source>Export PNG at 2x…</source>
            <translation>Als PNG in 2x exportieren…</translation>
        </message>
        <message>
            <source>Export SVG…</source>
            <translation>Als SVG exportieren…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Als PDF exportieren…</translation>
        </message>
        <message>
            <source>Export data as CSV…</source>
            <translation>Daten als CSV exportieren…</translation>
        </message>
        <message>
            <source>Copy image</source>
            <translation>Bild kopieren</translation>
        </message>
        <message>
            <source>Copied the chart image</source>
            <translation>Diagrammbild kopiert</translation>
        </message>
    </context>
    <context>
        <name>cdr::QualityProvenance</name>
        <message>
            <source>MOS</source>
            <translation>MOS</translation>
        </message>
        <message>
            <source>Jitter min variance</source>
            <translation>Jitter-Varianz min.</translation>
        </message>
        <message>
            <source>Jitter max variance</source>
            <translation>Jitter-Varianz max.</translation>
        </message>
        <message>
            <source>Loss rate</source>
            <translation>Verlustrate</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Burst-Rate</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualität</translation>
        </message>
        <message>
            <source>Packets</source>
            <translation>Pakete</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Medien</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>Flush</source>
            <translation>Verworfen (Flush)</translation>
        </message>
        <message>
            <source>CNG</source>
            <translation>CNG</translation>
        </message>
        <message>
            <source>DTMF</source>
            <translation>DTMF</translation>
        </message>
        <message>
            <source>Jitter-buffer packets</source>
            <translation>Jitter-Puffer-Pakete</translation>
        </message>
        <message>
            <source>RTCP packets</source>
            <translation>RTCP-Pakete</translation>
        </message>
        <message>
            <source>Mean packet interval</source>
            <translation>Mittlerer Paketabstand</translation>
        </message>
        <message>
            <source>Raw bytes</source>
            <translation>Rohbytes</translation>
        </message>
        <message>
            <source>Media bytes</source>
            <translation>Medienbytes</translation>
        </message>
        <message>
            <source>RTCP octets</source>
            <translation>RTCP-Oktette</translation>
        </message>
        <message>
            <source>Flaws</source>
            <translation>Störungen</translation>
        </message>
        <message>
            <source>outbound</source>
            <translation>ausgehend</translation>
        </message>
        <message>
            <source>inbound</source>
            <translation>eingehend</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>number and unit</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>good</source>
            <translation>gut</translation>
        </message>
        <message>
            <source>average</source>
            <translation>mittel</translation>
        </message>
        <message>
            <source>bad</source>
            <translation>schlecht</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <comment>value, source</comment>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>reported in the input</source>
            <translation>in der Eingabe gemeldet</translation>
        </message>
        <message>
            <source>reported by %1</source>
            <translation>gemeldet von %1</translation>
        </message>
        <message>
            <source>the provider</source>
            <translation>der Provider</translation>
        </message>
        <message>
            <source>reported by %1 (audio_stats)</source>
            <translation>gemeldet von %1 (audio_stats)</translation>
        </message>
        <message>
            <source>reported by %1 (audio_stats, %2)</source>
            <translation>gemeldet von %1 (audio_stats, %2)</translation>
        </message>
        <message>
            <source>%1: FreeSWITCH-style MOS from the flaw ratio, not an E-model</source>
            <translation>%1: MOS nach FreeSWITCH-Art aus dem Störungsanteil, kein E-Modell</translation>
        </message>
        <message>
            <source>%1: a variance in ms², not jitter in ms</source>
            <translation>%1: eine Varianz in ms², kein Jitter in ms</translation>
        </message>
        <message>
            <source>jitter variances are in ms², not jitter in ms</source>
            <translation>Jitter-Varianzen sind in ms², kein Jitter in ms</translation>
        </message>
        <message>
            <source>computed: E-model (inputs not recorded)</source>
            <translation>berechnet: E-Modell (Eingangswerte nicht gespeichert)</translation>
        </message>
        <message>
            <source>loss %1 and jitter %2 %3</source>
            <translation>Verlust %1 und Jitter %2 %3</translation>
        </message>
        <message>
            <source>loss %1 %2 (jitter not reported, 0 ms used)</source>
            <translation>Verlust %1 %2 (Jitter nicht gemeldet, 0 ms verwendet)</translation>
        </message>
        <message>
            <source>delay assumed %1</source>
            <translation>Verzögerung angenommen %1</translation>
        </message>
        <message>
            <source>delay assumed (value not recorded)</source>
            <translation>Verzögerung angenommen (Wert nicht gespeichert)</translation>
        </message>
        <message>
            <source>codec %1 (%2)</source>
            <translation>Codec %1 (%2)</translation>
        </message>
        <message>
            <source>codec not reported, G.711 values used</source>
            <translation>Codec nicht gemeldet, G.711-Werte verwendet</translation>
        </message>
        <message>
            <source>%1 has no G.113 value, G.711 values used</source>
            <translation>%1 hat keinen G.113-Wert, G.711-Werte verwendet</translation>
        </message>
        <message>
            <source>computed: E-model from %1, %2, %3</source>
            <translation>berechnet: E-Modell aus %1, %2, %3</translation>
        </message>
        <message>
            <source>packets</source>
            <translation>Pakete</translation>
        </message>
        <message>
            <source>bytes</source>
            <translation>Bytes</translation>
        </message>
        <message>
            <source>flaws</source>
            <translation>Störungen</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>label (unit)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>MOS (inbound)</source>
            <translation>MOS (eingehend)</translation>
        </message>
        <message>
            <source>MOS (outbound)</source>
            <translation>MOS (ausgehend)</translation>
        </message>
        <message>
            <source>Jitter</source>
            <translation>Jitter</translation>
        </message>
        <message>
            <source>Packet loss</source>
            <translation>Paketverlust</translation>
        </message>
        <message>
            <source>R-factor (estimate)</source>
            <translation>R-Faktor (Schätzung)</translation>
        </message>
        <message>
            <source>MOS estimate</source>
            <translation>MOS-Schätzung</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>label (direction)</comment>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>cdr::QualityThresholds</name>
        <message>
            <source>Default (common VoIP bands: MOS 4.0 / 3.6, jitter 10 / 30 ms, loss 0.5 / 0.9 %)</source>
            <translation>Standard (übliche VoIP-Bänder: MOS 4,0 / 3,6, Jitter 10 / 30 ms, Verlust 0,5 / 0,9 %)</translation>
        </message>
        <message>
            <source>Strict (contact centre, wideband)</source>
            <translation>Streng (Contact Center, Breitband)</translation>
        </message>
        <message>
            <source>Lenient (mobile, long-haul)</source>
            <translation>Tolerant (Mobilfunk, Langstrecke)</translation>
        </message>
    </context>
    <context>
        <name>cdr::RecordFields</name>
        <message>
            <source>%1: field '%2' is a %3 where a %4 was expected; ignored</source>
            <translation>%1: Feld '%2' ist ein %3, wo ein %4 erwartet wurde; ignoriert</translation>
        </message>
        <message>
            <source>%1: field '%2' value "%3" is not %4; ignored</source>
            <translation>%1: Feld '%2' mit dem Wert "%3" ist nicht %4; ignoriert</translation>
        </message>
    </context>
    <context>
        <name>cdr::RecordParser</name>
        <message numerus="yes">
            <source>… and %n more warning(s)</source>
            <translation>
                <numerusform>… und %n weitere Warnung</numerusform>
                <numerusform>… und %n weitere Warnungen</numerusform>
            </translation>
        </message>
        <message>
            <source>record without id</source>
            <translation>Datensatz ohne ID</translation>
        </message>
        <message>
            <source>record %1</source>
            <translation>Datensatz %1</translation>
        </message>
    </context>
    <context>
        <name>cdr::RecordSplitter</name>
        <message>
            <source>a JSON value outside the record arrays is larger than %1 MiB</source>
            <translation>ein JSON-Wert außerhalb der Datensatz-Arrays ist größer als %1 MiB</translation>
        </message>
        <message>
            <source>a record at byte offset %1 is larger than %2 MiB</source>
            <translation>ein Datensatz bei Byte-Offset %1 ist größer als %2 MiB</translation>
        </message>
        <message>
            <source>expected a JSON object or array at byte offset %1 (line %2), found %3</source>
            <translation>JSON-Objekt oder -Array bei Byte-Offset %1 (Zeile %2) erwartet, gefunden: %3</translation>
        </message>
        <message>
            <source>JSON nested deeper than %1 levels at byte offset %2 (line %3)</source>
            <translation>JSON tiefer als %1 Ebenen verschachtelt bei Byte-Offset %2 (Zeile %3)</translation>
        </message>
        <message>
            <source>unexpected '%1' at byte offset %2 (line %3)</source>
            <translation>unerwartetes '%1' bei Byte-Offset %2 (Zeile %3)</translation>
        </message>
        <message>
            <source>malformed JSON: '%1' closes a '%2' at byte offset %3 (line %4)</source>
            <translation>fehlerhaftes JSON: '%1' schließt ein '%2' bei Byte-Offset %3 (Zeile %4)</translation>
        </message>
        <message numerus="yes">
            <source>the input ends inside a JSON value (truncated?): %n bracket(s) left open at byte offset %1 (line %2)</source>
            <translation>
                <numerusform>die Eingabe endet innerhalb eines JSON-Werts (abgeschnitten?): %n Klammer offen bei Byte-Offset %1 (Zeile %2)</numerusform>
                <numerusform>die Eingabe endet innerhalb eines JSON-Werts (abgeschnitten?): %n Klammern offen bei Byte-Offset %1 (Zeile %2)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::RecoveryOffer</name>
        <message>
            <source>Recovery failed: %1</source>
            <translation>Wiederherstellung fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>Recovering %1 failed: %2</source>
            <translation>Die Wiederherstellung von %1 ist fehlgeschlagen: %2</translation>
        </message>
        <message numerus="yes">
            <source>(%n damaged part(s) could not be read).</source>
            <translation>
                <numerusform>(%n beschädigter Teil war nicht lesbar).</numerusform>
                <numerusform>(%n beschädigte Teile waren nicht lesbar).</numerusform>
            </translation>
        </message>
        <message>
            <source>(no damage found).</source>
            <translation>(keine Beschädigung gefunden).</translation>
        </message>
        <message>
            <source>%1 was not changed.</source>
            <translation>%1 wurde nicht verändert.</translation>
        </message>
        <message>
            <source>Open the recovered archive</source>
            <translation>Wiederhergestelltes Archiv öffnen</translation>
        </message>
        <message>
            <source>Recover into %1</source>
            <translation>In %1 wiederherstellen</translation>
        </message>
        <message>
            <source>The last import into this archive (%1, started %2) was interrupted before it ended; calls it had read but not yet stored are missing.</source>
            <translation>Der letzte Import in dieses Archiv (%1, begonnen %2) wurde vor seinem Ende unterbrochen; Anrufe, die gelesen, aber noch nicht gespeichert waren, fehlen.</translation>
        </message>
        <message>
            <source>Importing the files again adds what is missing; calls already archived are not doubled.</source>
            <translation>Ein erneuter Import der Dateien ergänzt, was fehlt; bereits archivierte Anrufe werden nicht verdoppelt.</translation>
        </message>
        <message>
            <source>Import again</source>
            <translation>Erneut importieren</translation>
        </message>
        <message>
            <source>It cannot be run again: %1 no longer there.</source>
            <translation>Er kann nicht erneut laufen: %1 nicht mehr vorhanden.</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>The archive %1 cannot be opened: it is damaged (%2). The calls that can still be read can be copied into a new archive; this file is not changed.</source>
            <translation>Das Archiv %1 lässt sich nicht öffnen: es ist beschädigt (%2). Die noch lesbaren Anrufe können in ein neues Archiv kopiert werden; diese Datei wird nicht verändert.</translation>
        </message>
        <message>
            <source>Recovering %1 into %2...</source>
            <translation>%1 wird in %2 wiederhergestellt …</translation>
        </message>
        <message>
            <source>Recovering the archive...</source>
            <translation>Archiv wird wiederhergestellt …</translation>
        </message>
        <message numerus="yes">
            <source>Recovering the archive: %Ln call(s) copied so far</source>
            <translation>
                <numerusform>Archiv wird wiederhergestellt: bisher %Ln Anruf kopiert</numerusform>
                <numerusform>Archiv wird wiederhergestellt: bisher %Ln Anrufe kopiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recovered %Ln call(s) from %1 into %2</source>
            <translation>
                <numerusform>%Ln Anruf aus %1 in %2 wiederhergestellt</numerusform>
                <numerusform>%Ln Anrufe aus %1 in %2 wiederhergestellt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The archive %1 is damaged: %Ln call(s) could be read and are shown, but calls stored on its damaged parts could not be read and may be missing. Recover the readable calls into a new archive before adding to this one; this file is not changed.</source>
            <translation>
                <numerusform>Das Archiv %1 ist beschädigt: %Ln Anruf war lesbar und wird angezeigt, aber Anrufe auf den beschädigten Teilen waren nicht lesbar und fehlen womöglich. Stellen Sie die lesbaren Anrufe in einem neuen Archiv wieder her, bevor Sie diesem etwas hinzufügen; diese Datei wird nicht verändert.</numerusform>
                <numerusform>Das Archiv %1 ist beschädigt: %Ln Anrufe waren lesbar und werden angezeigt, aber Anrufe auf den beschädigten Teilen waren nicht lesbar und fehlen womöglich. Stellen Sie die lesbaren Anrufe in einem neuen Archiv wieder her, bevor Sie diesem etwas hinzufügen; diese Datei wird nicht verändert.</numerusform>
            </translation>
        </message>
        <message>
            <source>The upgrade of this archive to a newer format (schema %1 to %2, started %3) was cut short: the app was closed or crashed while it ran.</source>
            <translation>Die Umstellung dieses Archivs auf ein neueres Format (Schema %1 auf %2, begonnen %3) wurde abgebrochen: Die App wurde währenddessen beendet oder ist abgestürzt.</translation>
        </message>
        <message>
            <source>An upgrade of this archive to a newer format was cut short: the app was closed or crashed while it ran.</source>
            <translation>Eine Umstellung dieses Archivs auf ein neueres Format wurde abgebrochen: Die App wurde währenddessen beendet oder ist abgestürzt.</translation>
        </message>
        <message>
            <source>It has now been completed. Each of its steps is stored whole or not at all, so no call that was archived before it is lost.</source>
            <translation>Sie wurde jetzt abgeschlossen. Jeder ihrer Schritte wird ganz oder gar nicht gespeichert, daher ist kein zuvor archivierter Anruf verloren.</translation>
        </message>
        <message>
            <source>A copy of the archive from before the upgrade is kept at %1.</source>
            <translation>Eine Kopie des Archivs von vor der Umstellung liegt unter %1.</translation>
        </message>
    </context>
    <context>
        <name>cdr::Scorecard</name>
        <message>
            <source>"%1": prefix needs a digit count from 1 to 15, e.g. prefix:3</source>
            <translation>"%1": prefix benötigt eine Ziffernanzahl von 1 bis 15, z. B. prefix:3</translation>
        </message>
        <message>
            <source>unknown group key "%1"; use provider, account, direction, codec, hangup_class, day, hour, country or prefix:N</source>
            <translation>unbekannter Gruppierungsschlüssel "%1"; verwenden Sie provider, account, direction, codec, hangup_class, day, hour, country oder prefix:N</translation>
        </message>
        <message>
            <source>group key "%1" is given twice</source>
            <translation>Gruppierungsschlüssel "%1" ist doppelt angegeben</translation>
        </message>
        <message>
            <source>at most %1 group keys</source>
            <translation>höchstens %1 Gruppierungsschlüssel</translation>
        </message>
        <message>
            <source>calls in the group; in-progress calls are left out</source>
            <translation>Anrufe in der Gruppe; laufende Anrufe sind ausgelassen</translation>
        </message>
        <message>
            <source>calls with status answered</source>
            <translation>Anrufe mit Status „angenommen“</translation>
        </message>
        <message>
            <source>answer-seizure ratio (ITU-T E.411): 100 × answered / calls</source>
            <translation>Answer-Seizure-Ratio (ITU-T E.411): 100 × angenommen / Anrufe</translation>
        </message>
        <message>
            <source>network effectiveness ratio (ITU-T E.425, GSMA IR.42): 100 × (answered + calls ended busy, no answer, rejected or unavailable) / calls</source>
            <translation>Network-Effectiveness-Ratio (ITU-T E.425, GSMA IR.42): 100 × (angenommen + Anrufe, die besetzt, ohne Annahme, abgelehnt oder nicht erreichbar endeten) / Anrufe</translation>
        </message>
        <message>
            <source>average call duration: total talk time of answered calls / answered calls, in seconds</source>
            <translation>mittlere Gesprächsdauer: gesamte Gesprächszeit angenommener Anrufe / angenommene Anrufe, in Sekunden</translation>
        </message>
        <message>
            <source>100 × answered calls with less than 10 s of talk / answered calls</source>
            <translation>100 × angenommene Anrufe mit weniger als 10 s Gespräch / angenommene Anrufe</translation>
        </message>
        <message>
            <source>median post-dial delay (nearest rank), in ms, where it is known</source>
            <translation>Median der Rufaufbauverzögerung (Nearest Rank), in ms, wo bekannt</translation>
        </message>
        <message>
            <source>95th percentile of post-dial delay (nearest rank), in ms</source>
            <translation>95. Perzentil der Rufaufbauverzögerung (Nearest Rank), in ms</translation>
        </message>
        <message>
            <source>mean MOS as reported by the provider (Vobiz: per call; NexBro: inbound audio_stats, FreeSWITCH-style from the flaw ratio, not an E-model), so not comparable across providers</source>
            <translation>mittlerer MOS laut Provider (Vobiz: pro Anruf; NexBro: eingehende audio_stats, nach FreeSWITCH-Art aus dem Störungsanteil, kein E-Modell), daher nicht zwischen Providern vergleichbar</translation>
        </message>
        <message>
            <source>5th percentile of reported MOS: the value at rank ⌈0.05·n⌉ in ascending order</source>
            <translation>5. Perzentil des gemeldeten MOS: der Wert an Rang ⌈0,05·n⌉ in aufsteigender Reihenfolge</translation>
        </message>
        <message>
            <source>mean E-model estimate (simplified ITU-T G.107), computed from reported loss and jitter and the codec, one-way delay assumed; the same model for every provider</source>
            <translation>mittlere E-Modell-Schätzung (vereinfachtes ITU-T G.107), berechnet aus gemeldetem Verlust und Jitter und dem Codec, bei angenommener Einwegverzögerung; dasselbe Modell für jeden Provider</translation>
        </message>
        <message>
            <source>5th percentile (nearest rank) of the E-model estimate</source>
            <translation>5. Perzentil (Nearest Rank) der E-Modell-Schätzung</translation>
        </message>
        <message>
            <source>100 × impaired calls / calls with quality data; impaired: graded bad on reported MOS, jitter or loss (or on the estimate where no MOS is reported), or 3 of 5 consecutive 10 s intervals with flaws</source>
            <translation>100 × beeinträchtigte Anrufe / Anrufe mit Qualitätsdaten; beeinträchtigt: als schlecht bewertet nach gemeldetem MOS, Jitter oder Verlust (oder nach der Schätzung, wo kein MOS gemeldet ist), oder 3 von 5 aufeinanderfolgenden 10-s-Intervallen mit Störungen</translation>
        </message>
        <message>
            <source>provider, lower-case name</source>
            <translation>Provider, Name in Kleinbuchstaben</translation>
        </message>
        <message>
            <source>account the call was fetched under</source>
            <translation>Konto, unter dem der Anruf abgerufen wurde</translation>
        </message>
        <message>
            <source>call direction</source>
            <translation>Anrufrichtung</translation>
        </message>
        <message>
            <source>codec as the provider reports it</source>
            <translation>Codec, wie der Provider ihn meldet</translation>
        </message>
        <message>
            <source>why the call ended, comparable across providers</source>
            <translation>warum der Anruf endete, vergleichbar zwischen Providern</translation>
        </message>
        <message>
            <source>day of the start, in the report's time zone</source>
            <translation>Tag des Beginns, in der Zeitzone des Berichts</translation>
        </message>
        <message>
            <source>hour of day of the start (00-23), in the report's time zone</source>
            <translation>Stunde des Beginns (00-23), in der Zeitzone des Berichts</translation>
        </message>
        <message>
            <source>destination country, ISO 3166 alpha-2 (libphonenumber); ZZ: unknown</source>
            <translation>Zielland, ISO 3166 Alpha-2 (libphonenumber); ZZ: unbekannt</translation>
        </message>
        <message>
            <source>first %1 digits of the E.164 destination</source>
            <translation>erste %1 Ziffern des E.164-Ziels</translation>
        </message>
    </context>
    <context>
        <name>cdr::ScorecardChart</name>
        <message>
            <source>%1 per group (first %2 of %3 groups, in table order)</source>
            <translation>%1 je Gruppe (erste %2 von %3 Gruppen, in Tabellenreihenfolge)</translation>
        </message>
        <message>
            <source>%1 per group</source>
            <translation>%1 je Gruppe</translation>
        </message>
    </context>
    <context>
        <name>cdr::ScorecardExporter</name>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>No calls in the selection.</source>
            <translation>Keine Anrufe in der Auswahl.</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation>Definitionen</translation>
        </message>
        <message>
            <source>MOS columns are graded by the analyst's thresholds: good ≥ %1, bad &lt; %2 (~ average, ! bad). – means no data. Percentiles are nearest-rank.</source>
            <translation>MOS-Spalten werden nach den Schwellen des Analysten bewertet: gut ≥ %1, schlecht &lt; %2 (~ mittel, ! schlecht). – bedeutet keine Daten. Perzentile nach Nearest Rank.</translation>
        </message>
        <message>
            <source>%1: unknown output format; use .csv, .json or .pdf</source>
            <translation>%1: unbekanntes Ausgabeformat; verwenden Sie .csv, .json oder .pdf</translation>
        </message>
    </context>
    <context>
        <name>cdr::ScorecardModel</name>
        <message>
            <source>all calls</source>
            <translation>alle Anrufe</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>Grade: %1</source>
            <translation>Bewertung: %1</translation>
        </message>
        <message>
            <source>Other period: %1</source>
            <translation>Anderer Zeitraum: %1</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>keine Daten</translation>
        </message>
        <message>
            <source> (new)</source>
            <translation> (neu)</translation>
        </message>
    </context>
    <context>
        <name>cdr::ScorecardPage</name>
        <message>
            <source>Group keys, comma-separated: provider, account, direction, codec, hangup_class, day, hour, country, prefix:N</source>
            <translation>Gruppierungsschlüssel, kommagetrennt: provider, account, direction, codec, hangup_class, day, hour, country, prefix:N</translation>
        </message>
        <message>
            <source>All loaded calls</source>
            <translation>Alle geladenen Anrufe</translation>
        </message>
        <message>
            <source>Last 7 days vs the 7 before</source>
            <translation>Letzte 7 Tage vs. die 7 davor</translation>
        </message>
        <message>
            <source>Last 30 days vs the 30 before</source>
            <translation>Letzte 30 Tage vs. die 30 davor</translation>
        </message>
        <message>
            <source>Custom ranges</source>
            <translation>Eigene Zeiträume</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Scorecard</translation>
        </message>
        <message>
            <source>Open or fetch calls to see their scorecard.</source>
            <translation>Öffnen oder rufen Sie Anrufe ab, um ihre Scorecard zu sehen.</translation>
        </message>
        <message>
            <source>, %1</source>
            <translation>, %1</translation>
        </message>
        <message>
            <source> (changes against %1 in brackets)</source>
            <translation> (Änderungen gegenüber %1 in Klammern)</translation>
        </message>
        <message>
            <source>. Double-click a group to see its calls.</source>
            <translation>. Doppelklicken Sie auf eine Gruppe, um ihre Anrufe zu sehen.</translation>
        </message>
        <message>
            <source>scorecard group %1</source>
            <translation>Scorecard-Gruppe %1</translation>
        </message>
        <message>
            <source>Export scorecard</source>
            <translation>Scorecard exportieren</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</source>
            <translation>PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</translation>
        </message>
        <message>
            <source>Scorecard by %1</source>
            <translation>Scorecard nach %1</translation>
        </message>
        <message>
            <source>Period: all loaded calls</source>
            <translation>Zeitraum: alle geladenen Anrufe</translation>
        </message>
        <message>
            <source>Period: %1</source>
            <translation>Zeitraum: %1</translation>
        </message>
        <message>
            <source>Time zone: %1</source>
            <translation>Zeitzone: %1</translation>
        </message>
        <message>
            <source>Compared in the app with %1; this table holds the period above.</source>
            <translation>In der App verglichen mit %1; diese Tabelle enthält den obigen Zeitraum.</translation>
        </message>
        <message>
            <source>E-model: one-way delay assumed %1 ms</source>
            <translation>E-Modell: angenommene Einwegverzögerung %1 ms</translation>
        </message>
        <message>
            <source>Scorecard written to %1</source>
            <translation>Scorecard nach %1 geschrieben</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>Export fehlgeschlagen: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) from %1</source>
            <translation>
                <numerusform>%n Gruppe aus %1</numerusform>
                <numerusform>%n Gruppen aus %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln call(s)</source>
            <translation>
                <numerusform>%Ln Anruf</numerusform>
                <numerusform>%Ln Anrufe</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::SecretScrubber</name>
        <message>
            <source>[secret removed]</source>
            <translation>[Geheimnis entfernt]</translation>
        </message>
    </context>
    <context>
        <name>cdr::ServiceFactory</name>
        <message>
            <source>No secret (token or API key) for account "%1".</source>
            <translation>Kein Geheimnis (Token oder API-Schlüssel) für das Konto "%1".</translation>
        </message>
    </context>
    <context>
        <name>cdr::SessionCredentialStore</name>
        <message>
            <source>Enter the secret in Fetch &gt; Accounts to use it for this session, or set %1.</source>
            <translation>Geben Sie das Geheimnis unter Abrufen &gt; Konten ein, um es für diese Sitzung zu verwenden, oder setzen Sie %1.</translation>
        </message>
        <message>
            <source>No keychain.</source>
            <translation>Kein Schlüsselbund.</translation>
        </message>
    </context>
    <context>
        <name>cdr::ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menü</translation>
        </message>
        <message>
            <source>In the call table the arrow keys move through the calls and the pane follows; each filter chip above the table has its own remove button.</source>
            <translation>In der Anruftabelle bewegen die Pfeiltasten durch die Anrufe und der Bereich folgt; jeder Filter-Chip über der Tabelle hat eine eigene Schaltfläche zum Entfernen.</translation>
        </message>
        <message>
            <source>The full documentation: &lt;a href="%1"&gt;%1&lt;/a&gt;</source>
            <translation>Die vollständige Dokumentation: &lt;a href="%1"&gt;%1&lt;/a&gt;</translation>
        </message>
    </context>
    <context>
        <name>cdr::StatusStrip</name>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>%1 of %2 calls</source>
            <translation>%1 von %2 Anrufen</translation>
        </message>
        <message>
            <source>sorting/filtering...</source>
            <translation>sortieren/filtern...</translation>
        </message>
        <message>
            <source>answered %1%</source>
            <translation>angenommen %1%</translation>
        </message>
        <message>
            <source>avg %1 s</source>
            <translation>Ø %1 s</translation>
        </message>
        <message>
            <source>cost %1 %2</source>
            <translation>Kosten %1 %2</translation>
        </message>
        <message>
            <source>(no currency)</source>
            <translation>(keine Währung)</translation>
        </message>
        <message>
            <source>MOS mean %1, 5th pct %2</source>
            <translation>MOS Mittel %1, 5. Perzentil %2</translation>
        </message>
        <message>
            <source>top cause: %1 (%2)</source>
            <translation>häufigster Grund: %1 (%2)</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Fehler: %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln call(s)</source>
            <translation>
                <numerusform>%Ln Anruf</numerusform>
                <numerusform>%Ln Anrufe</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::TimelineData</name>
        <message>
            <source>Call</source>
            <translation>Anruf</translation>
        </message>
        <message>
            <source>Leg %1</source>
            <translation>Leg %1</translation>
        </message>
    </context>
    <context>
        <name>cdr::TimelineRenderer</name>
        <message>
            <source>Flaws</source>
            <translation>Störungen</translation>
        </message>
        <message>
            <source>from start</source>
            <translation>ab Beginn</translation>
        </message>
        <message>
            <source>No call times to draw</source>
            <translation>Keine Anrufzeiten zum Zeichnen</translation>
        </message>
        <message>
            <source>Ringing</source>
            <translation>Klingeln</translation>
        </message>
        <message>
            <source>Talking</source>
            <translation>Gespräch</translation>
        </message>
        <message>
            <source>Holding</source>
            <translation>Halten</translation>
        </message>
        <message>
            <source>Flaws (darker = more)</source>
            <translation>Störungen (dunkler = mehr)</translation>
        </message>
        <message>
            <source>▼ answer   ┃ end   ↪ forwarding</source>
            <translation>▼ Annahme   ┃ Ende   ↪ Weiterleitung</translation>
        </message>
        <message>
            <source>Call-flow timeline</source>
            <translation>Call-Flow-Zeitachse</translation>
        </message>
        <message>
            <source>Call-flow timeline: %1</source>
            <translation>Call-Flow-Zeitachse: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s), %1 error interval(s) with %2 flaw(s), %3 s from call start; times in %4.</source>
            <translation>
                <numerusform>%n Spur, %1 Fehlerintervall(e) mit %2 Störung(en), %3 s ab Anrufbeginn; Zeiten in %4.</numerusform>
                <numerusform>%n Spuren, %1 Fehlerintervall(e) mit %2 Störung(en), %3 s ab Anrufbeginn; Zeiten in %4.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::TransferGuard</name>
        <message>
            <source>timed out: the response took longer than %1 (%2 bytes received)</source>
            <translation>Zeitüberschreitung: die Antwort dauerte länger als %1 (%2 Bytes empfangen)</translation>
        </message>
        <message>
            <source>timed out waiting for the rest of the response: no data for %1 after %2 bytes (HTTP %3)</source>
            <translation>Zeitüberschreitung beim Warten auf den Rest der Antwort: keine Daten seit %1 nach %2 Bytes (HTTP %3)</translation>
        </message>
        <message>
            <source>timed out waiting for the response headers (%1)</source>
            <translation>Zeitüberschreitung beim Warten auf die Antwort-Header (%1)</translation>
        </message>
        <message>
            <source>%1: could not find the host "%2" (DNS lookup failed); check the base URL and the network.</source>
            <translation>%1: der Host "%2" wurde nicht gefunden (DNS-Abfrage fehlgeschlagen); prüfen Sie die Basis-URL und das Netzwerk.</translation>
        </message>
        <message>
            <source>%1: the TLS handshake with %2 failed: %3</source>
            <translation>%1: der TLS-Handshake mit %2 ist fehlgeschlagen: %3</translation>
        </message>
        <message>
            <source>connection refused by %1</source>
            <translation>Verbindung von %1 abgelehnt</translation>
        </message>
        <message>
            <source>the transfer broke off after %1 bytes (HTTP %2): %3</source>
            <translation>die Übertragung brach nach %1 Bytes ab (HTTP %2): %3</translation>
        </message>
        <message>
            <source>the connection to %1 failed before an answer: %2</source>
            <translation>die Verbindung zu %1 schlug vor einer Antwort fehl: %2</translation>
        </message>
        <message>
            <source>%1: the response could not be read (HTTP %2): its compressed body inflates far beyond its size (a decompression bomb), so it was not unpacked.</source>
            <translation>%1: die Antwort konnte nicht gelesen werden (HTTP %2): ihr komprimierter Inhalt entpackt sich weit über seine Größe hinaus (eine Dekompressionsbombe), daher wurde er nicht entpackt.</translation>
        </message>
        <message>
            <source>%1: the response could not be read (HTTP %2, after %3 bytes): %4</source>
            <translation>%1: die Antwort konnte nicht gelesen werden (HTTP %2, nach %3 Bytes): %4</translation>
        </message>
        <message>
            <source>more than a year</source>
            <translation>mehr als ein Jahr</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::Translators</name>
        <message>
            <source>Follow the system</source>
            <translation>Dem System folgen</translation>
        </message>
    </context>
    <context>
        <name>cdr::ViewExportJob</name>
        <message>
            <source>Exporting %1: %2 of %3 calls</source>
            <translation>%1 wird exportiert: %2 von %3 Anrufen</translation>
        </message>
        <message>
            <source>Export canceled; %1 was not written.</source>
            <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>Export fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>%1: the %2 call %3 is not in the archive; nothing was written</source>
            <translation>%1: der %2-Anruf %3 ist nicht im Archiv; nichts geschrieben</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln call(s) to %1</source>
            <translation>
                <numerusform>%Ln Anruf nach %1 exportiert</numerusform>
                <numerusform>%Ln Anrufe nach %1 exportiert</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Call record files to open.</source>
            <translation>Zu öffnende Anrufdatensätze.</translation>
        </message>
        <message>
            <source>Inspect call detail records from Plivo, Vobiz, CarrierX and NexBro.
Headless commands: convert, fetch, report (run `cdr-inspector COMMAND --help`).</source>
            <translation>Anrufdatensätze von Plivo, Vobiz, CarrierX und NexBro untersuchen.
Befehle ohne Oberfläche: convert, fetch, report (`cdr-inspector BEFEHL --help` ausführen).</translation>
        </message>
    </context>
</TS>
