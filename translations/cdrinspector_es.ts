<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Provider accounts</source>
            <translation>Cuentas de proveedor</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Cuentas</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Agregar</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>e.g. Production Plivo</source>
            <translation>p. ej. Plivo producción</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>&amp;Proveedor:</translation>
        </message>
        <message>
            <source>Account &amp;ID:</source>
            <translation>&amp;ID de cuenta:</translation>
        </message>
        <message>
            <source>&amp;Base URL:</source>
            <translation>URL &amp;base:</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Zona horaria:</translation>
        </message>
        <message>
            <source>&amp;Secret:</source>
            <translation>&amp;Secreto:</translation>
        </message>
        <message>
            <source>stored in the system keychain</source>
            <translation>guardado en el llavero del sistema</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>&amp;Probar conexión</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
    </context>
    <context>
        <name>ArchiveBackend</name>
        <message>
            <source>migrated the archive to schema %1; the old one is kept as %2</source>
            <translation>el histórico se migró al esquema %1; el anterior se conserva como %2</translation>
        </message>
        <message>
            <source>%1: no archive there (import some calls first)</source>
            <translation>%1: no hay ningún histórico ahí (importe primero algunas llamadas)</translation>
        </message>
        <message>
            <source>the last upgrade of the archive (schema %1 to %2, started %3) was cut short; it is now complete and no archived call was lost</source>
            <translation>la última actualización del histórico (esquema %1 a %2, iniciada %3) se interrumpió; ya está completa y no se perdió ninguna llamada archivada</translation>
        </message>
    </context>
    <context>
        <name>CallDetailPane</name>
        <message>
            <source>No call selected</source>
            <translation>Ninguna llamada seleccionada</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Export the timeline, the charts, the error log or a PDF report</source>
            <translation>Exportar la línea de tiempo, los gráficos, el registro de errores o un informe PDF</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Timeline &amp;&amp; quality</source>
            <translation>Línea de tiempo &amp;&amp; calidad</translation>
        </message>
        <message>
            <source>Technical</source>
            <translation>Técnico</translation>
        </message>
        <message>
            <source>Raw provider record</source>
            <translation>Registro original del proveedor</translation>
        </message>
        <message>
            <source>Copy JSON</source>
            <translation>Copiar JSON</translation>
        </message>
    </context>
    <context>
        <name>CallNotesWidget</name>
        <message>
            <source>Tags:</source>
            <translation>Etiquetas:</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>comma-separated, e.g. escalated, carrier-issue</source>
            <translation>separadas por comas, p. ej. escalada, problema-de-operador</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>Nota:</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
    </context>
    <context>
        <name>CallsPage</name>
        <message>
            <source>Quick filter</source>
            <translation>Filtro rápido</translation>
        </message>
        <message>
            <source>Filter: number, call id, cause, provider, status (Ctrl+F)</source>
            <translation>Filtrar: número, id de llamada, causa, proveedor, estado (Ctrl+F)</translation>
        </message>
    </context>
    <context>
        <name>CommandInput</name>
        <message>
            <source>cannot read standard input</source>
            <translation>no se puede leer la entrada estándar</translation>
        </message>
        <message>
            <source>unknown provider "%1"; use plivo, vobiz, carrierx or nexbro</source>
            <translation>proveedor desconocido "%1"; use plivo, vobiz, carrierx o nexbro</translation>
        </message>
        <message>
            <source>unknown time zone "%1"</source>
            <translation>zona horaria desconocida "%1"</translation>
        </message>
        <message>
            <source>Provider of the input: plivo, vobiz, carrierx or nexbro (default: detect).</source>
            <translation>Proveedor de la entrada: plivo, vobiz, carrierx o nexbro (predeterminado: detectar).</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>IANA time zone for timestamps that carry none (default: UTC).</source>
            <translation>Zona horaria IANA para marcas de tiempo que no la indican (predeterminado: UTC).</translation>
        </message>
        <message>
            <source>zone</source>
            <translation>zona</translation>
        </message>
        <message>
            <source>path</source>
            <translation>ruta</translation>
        </message>
        <message>
            <source>%1: a file, or a team archive as postgresql://user@host:port/dbname (default: $CDR_ARCHIVE, else the app's own archive).</source>
            <translation>%1: un archivo, o un histórico de equipo como postgresql://user@host:port/dbname (predeterminado: $CDR_ARCHIVE, si no, el histórico propio de la aplicación).</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Convert provider CDR bodies and exports to normalized JSON, NDJSON or CSV.</source>
            <translation>Convertir respuestas y exportaciones CDR de proveedores a JSON, NDJSON o CSV normalizado.</translation>
        </message>
        <message>
            <source>Fetch call records from Plivo, Vobiz, CarrierX or NexBro into a file.</source>
            <translation>Obtener registros de llamadas de Plivo, Vobiz, CarrierX o NexBro en un archivo.</translation>
        </message>
        <message>
            <source>Write one call's timeline, quality charts and PDF report into a folder.</source>
            <translation>Escribir la línea de tiempo, los gráficos de calidad y el informe PDF de una llamada en una carpeta.</translation>
        </message>
        <message>
            <source>Import call record files into the local archive.</source>
            <translation>Importar archivos de registros de llamadas al histórico local.</translation>
        </message>
        <message>
            <source>Export calls from the local archive to JSON, NDJSON or CSV.</source>
            <translation>Exportar llamadas del histórico local a JSON, NDJSON o CSV.</translation>
        </message>
        <message>
            <source>Write KPIs (ASR, NER, ACD, PDD, MOS) per provider, country, ... to CSV, JSON or PDF.</source>
            <translation>Escribir KPI (ASR, NER, ACD, PDD, MOS) por proveedor, país, ... en CSV, JSON o PDF.</translation>
        </message>
        <message>
            <source>Open the bundled demo data.</source>
            <translation>Abrir los datos de demostración incluidos.</translation>
        </message>
        <message>
            <source>Select this call id once loaded.</source>
            <translation>Seleccionar este id de llamada una vez cargado.</translation>
        </message>
        <message>
            <source>Start on the Overview page.</source>
            <translation>Empezar en la página Panorama.</translation>
        </message>
        <message>
            <source>Usage: cdr-inspector [options] [FILE...]</source>
            <translation>Uso: cdr-inspector [opciones] [ARCHIVO...]</translation>
        </message>
        <message>
            <source>       cdr-inspector COMMAND [options]   (run `cdr-inspector COMMAND --help` for its options)</source>
            <translation>       cdr-inspector COMANDO [opciones]   (ejecute `cdr-inspector COMANDO --help` para ver sus opciones)</translation>
        </message>
        <message>
            <source>Inspect call detail records from Plivo, Vobiz, CarrierX and NexBro.</source>
            <translation>Inspeccionar registros de detalle de llamadas (CDR) de Plivo, Vobiz, CarrierX y NexBro.</translation>
        </message>
        <message>
            <source>Commands (headless, no display needed):</source>
            <translation>Comandos (sin interfaz, no requieren pantalla):</translation>
        </message>
        <message>
            <source>Options of the window (no command):</source>
            <translation>Opciones de la ventana (sin comando):</translation>
        </message>
        <message>
            <source>Call record files to open.</source>
            <translation>Archivos de registros de llamadas para abrir.</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Mostrar esta ayuda.</translation>
        </message>
        <message>
            <source>Show the version.</source>
            <translation>Mostrar la versión.</translation>
        </message>
        <message>
            <source>cdr-inspector: unknown command "%1"; the commands are %2 (see cdr-inspector --help)</source>
            <translation>cdr-inspector: comando desconocido "%1"; los comandos son %2 (vea cdr-inspector --help)</translation>
        </message>
        <message>
            <source>cdr-inspector %1: this command is not part of this build yet</source>
            <translation>cdr-inspector %1: este comando aún no forma parte de esta compilación</translation>
        </message>
        <message>
            <source>Copy the readable calls of a damaged archive file into a new archive.</source>
            <translation>Copiar las llamadas legibles de un archivo de histórico dañado a un histórico nuevo.</translation>
        </message>
    </context>
    <context>
        <name>ConvertCommand</name>
        <message>
            <source>Convert provider CDR bodies to normalized JSON, NDJSON or CSV.</source>
            <translation>Convertir respuestas CDR de proveedores a JSON, NDJSON o CSV normalizado.</translation>
        </message>
        <message>
            <source>Output file; .json, .ndjson or .csv.</source>
            <translation>Archivo de salida; .json, .ndjson o .csv.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>Do not print warnings.</source>
            <translation>No mostrar advertencias.</translation>
        </message>
        <message>
            <source>Provider response bodies or exports; - for stdin.</source>
            <translation>Respuestas o exportaciones de proveedores; - para la entrada estándar.</translation>
        </message>
        <message>
            <source>unknown output format; use .json, .ndjson or .csv</source>
            <translation>formato de salida desconocido; use .json, .ndjson o .csv</translation>
        </message>
        <message>
            <source>%1: the output is also an input; choose another output file</source>
            <translation>%1: la salida también es una entrada; elija otro archivo de salida</translation>
        </message>
        <message numerus="yes">
            <source>converted %n call(s)</source>
            <translation>
                <numerusform>%n llamada convertida</numerusform>
                <numerusform>%n llamadas convertidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n file(s)</source>
            <translation>
                <numerusform>de %n archivo</numerusform>
                <numerusform>de %n archivos</numerusform>
            </translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>a %1</translation>
        </message>
        <message numerus="yes">
            <source> (%n warning(s))</source>
            <translation>
                <numerusform> (%n advertencia)</numerusform>
                <numerusform> (%n advertencias)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n duplicate(s) merged (the last occurrence of a call is kept)</source>
            <translation>
                <numerusform>; %n duplicado fusionado (se conserva la última aparición de una llamada)</numerusform>
                <numerusform>; %n duplicados fusionados (se conserva la última aparición de una llamada)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n more warning(s) not shown</source>
            <translation>
                <numerusform>%1: %n advertencia más sin mostrar</numerusform>
                <numerusform>%1: %n advertencias más sin mostrar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <source>Write archived calls in the normalized format (.json, .ndjson or .csv).</source>
            <translation>Escribir las llamadas archivadas en el formato normalizado (.json, .ndjson o .csv).</translation>
        </message>
        <message>
            <source>Only this provider's calls: plivo, vobiz, carrierx or nexbro.</source>
            <translation>Solo las llamadas de este proveedor: plivo, vobiz, carrierx o nexbro.</translation>
        </message>
        <message>
            <source>Only calls that started on or after this day (UTC).</source>
            <translation>Solo las llamadas que empezaron ese día o después (UTC).</translation>
        </message>
        <message>
            <source>Only calls that started on or before this day (UTC).</source>
            <translation>Solo las llamadas que empezaron ese día o antes (UTC).</translation>
        </message>
        <message>
            <source>Mask phone numbers and IP addresses.</source>
            <translation>Enmascarar números de teléfono y direcciones IP.</translation>
        </message>
        <message>
            <source>Output file; .json, .ndjson or .csv.</source>
            <translation>Archivo de salida; .json, .ndjson o .csv.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>Print nothing on success.</source>
            <translation>No mostrar nada si todo sale bien.</translation>
        </message>
        <message>
            <source>unknown output format; use .json, .ndjson or .csv</source>
            <translation>formato de salida desconocido; use .json, .ndjson o .csv</translation>
        </message>
        <message>
            <source>--since expects a day as YYYY-MM-DD, not "%1"</source>
            <translation>--since espera un día en formato AAAA-MM-DD, no "%1"</translation>
        </message>
        <message>
            <source>--until expects a day as YYYY-MM-DD, not "%1"</source>
            <translation>--until espera un día en formato AAAA-MM-DD, no "%1"</translation>
        </message>
        <message>
            <source>%1: the output is the archive itself; choose another output file</source>
            <translation>%1: la salida es el propio histórico; elija otro archivo de salida</translation>
        </message>
        <message numerus="yes">
            <source>exported %n call(s)</source>
            <translation>
                <numerusform>%n llamada exportada</numerusform>
                <numerusform>%n llamadas exportadas</numerusform>
            </translation>
        </message>
        <message>
            <source>from %1 to %2</source>
            <translation>de %1 a %2</translation>
        </message>
        <message>
            <source>Archive to read</source>
            <translation>Histórico que se lee</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <source>Normalize provider CDR bodies and exports into the call archive.</source>
            <translation>Normalizar respuestas y exportaciones CDR de proveedores en el histórico de llamadas.</translation>
        </message>
        <message>
            <source>Do not print warnings.</source>
            <translation>No mostrar advertencias.</translation>
        </message>
        <message>
            <source>Provider response bodies or exports; - for stdin.</source>
            <translation>Respuestas o exportaciones de proveedores; - para la entrada estándar.</translation>
        </message>
        <message>
            <source>%1: writing to the archive %2 failed: %3</source>
            <translation>%1: falló la escritura en el histórico %2: %3</translation>
        </message>
        <message numerus="yes">
            <source>imported %n call(s)</source>
            <translation>
                <numerusform>%n llamada importada</numerusform>
                <numerusform>%n llamadas importadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n duplicate(s) merged (the last occurrence of a call is kept)</source>
            <translation>
                <numerusform>; %n duplicado fusionado (se conserva la última aparición de una llamada)</numerusform>
                <numerusform>; %n duplicados fusionados (se conserva la última aparición de una llamada)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: the %n call(s) read before the error are in the archive</source>
            <translation>
                <numerusform>%1: la %n llamada leída antes del error está en el histórico</numerusform>
                <numerusform>%1: las %n llamadas leídas antes del error están en el histórico</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n file(s) into %1</source>
            <translation>
                <numerusform>de %n archivo a %1</numerusform>
                <numerusform>de %n archivos a %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n warning(s))</source>
            <translation>
                <numerusform> (%n advertencia)</numerusform>
                <numerusform> (%n advertencias)</numerusform>
            </translation>
        </message>
        <message>
            <source>Archive to import into</source>
            <translation>Histórico en el que se importa</translation>
        </message>
    </context>
    <context>
        <name>PgArchive</name>
        <message>
            <source>Team archive %1: %2</source>
            <translation>Histórico de equipo %1: %2</translation>
        </message>
        <message>
            <source>cannot connect: %1</source>
            <translation>no se puede conectar: %1</translation>
        </message>
        <message>
            <source>the archive has schema version %1, newer than this CDR Inspector knows (%2); update the app to use it</source>
            <translation>el histórico tiene la versión de esquema %1, más reciente de lo que conoce este CDR Inspector (%2); actualice la aplicación para usarlo</translation>
        </message>
        <message>
            <source>not connected</source>
            <translation>no conectado</translation>
        </message>
        <message>
            <source>the connection to the server was lost during an import; the batch in progress was not stored (run the import again to complete it): %1</source>
            <translation>se perdió la conexión con el servidor durante una importación; el lote en curso no se guardó (vuelva a ejecutar la importación para completarlo): %1</translation>
        </message>
        <message>
            <source>a stored call cannot be read: %1</source>
            <translation>no se puede leer una llamada guardada: %1</translation>
        </message>
        <message>
            <source>PostgreSQL %1 is too old; the team archive needs PostgreSQL 15 or later</source>
            <translation>PostgreSQL %1 es demasiado antiguo; el histórico de equipo necesita PostgreSQL 15 o posterior</translation>
        </message>
        <message>
            <source>connected (PostgreSQL %1); no team archive there yet: it is created on first use</source>
            <translation>conectado (PostgreSQL %1); aún no hay un histórico de equipo allí: se crea en el primer uso</translation>
        </message>
        <message>
            <source>connected (PostgreSQL %1), team archive schema version %2</source>
            <translation>conectado (PostgreSQL %1), histórico de equipo con versión de esquema %2</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Display &amp;time zone:</source>
            <translation>&amp;Zona horaria de visualización:</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <source>&amp;Redact phone numbers and IPs in exports by default</source>
            <translation>&amp;Ocultar números de teléfono e IP en las exportaciones de forma predeterminada</translation>
        </message>
        <message>
            <source>Numbers without + are in re&amp;gion:</source>
            <translation>Los números sin + son de la re&amp;gión:</translation>
        </message>
        <message>
            <source>Default region</source>
            <translation>Región predeterminada</translation>
        </message>
        <message>
            <source>ISO 3166 code, e.g. IN or US (empty: unknown)</source>
            <translation>Código ISO 3166, p. ej. IN o US (vacío: desconocida)</translation>
        </message>
        <message>
            <source>E-model assumed &amp;delay:</source>
            <translation>&amp;Retardo supuesto del modelo E:</translation>
        </message>
        <message>
            <source>Assumed one-way delay</source>
            <translation>Retardo unidireccional supuesto</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>One-way network delay the MOS estimate assumes, besides 20 ms packetization and the jitter buffer</source>
            <translation>Retardo de red unidireccional que supone la estimación de MOS, además de 20 ms de paquetización y el búfer de jitter</translation>
        </message>
        <message>
            <source>Quality thresholds</source>
            <translation>Umbrales de calidad</translation>
        </message>
        <message>
            <source>&amp;Profile:</source>
            <translation>&amp;Perfil:</translation>
        </message>
        <message>
            <source>Threshold profile</source>
            <translation>Perfil de umbrales</translation>
        </message>
        <message>
            <source>MOS good at least / bad below:</source>
            <translation>MOS bueno desde / malo por debajo de:</translation>
        </message>
        <message>
            <source>MOS good threshold</source>
            <translation>Umbral de MOS bueno</translation>
        </message>
        <message>
            <source>MOS bad threshold</source>
            <translation>Umbral de MOS malo</translation>
        </message>
        <message>
            <source>Jitter (ms) good up to / bad from:</source>
            <translation>Jitter (ms) bueno hasta / malo desde:</translation>
        </message>
        <message>
            <source>Jitter good threshold</source>
            <translation>Umbral de jitter bueno</translation>
        </message>
        <message>
            <source>Jitter bad threshold</source>
            <translation>Umbral de jitter malo</translation>
        </message>
        <message>
            <source>Packet loss (%) good below / bad from:</source>
            <translation>Pérdida de paquetes (%) buena por debajo de / mala desde:</translation>
        </message>
        <message>
            <source>Loss good threshold</source>
            <translation>Umbral de pérdida bueno</translation>
        </message>
        <message>
            <source>Loss bad threshold</source>
            <translation>Umbral de pérdida malo</translation>
        </message>
        <message>
            <source>Restore &amp;defaults</source>
            <translation>Restablecer &amp;valores predeterminados</translation>
        </message>
    </context>
    <context>
        <name>RecoverCommand</name>
        <message>
            <source>The archive file looks damaged; copy every call that can still be read into a new archive with: cdr-inspector recover %1 -o %2</source>
            <translation>El archivo del histórico parece dañado; copie todas las llamadas que aún se pueden leer a un histórico nuevo con: cdr-inspector recover %1 -o %2</translation>
        </message>
        <message>
            <source>Copy every readable call, note and tag of a damaged archive file into a new archive. The damaged file is not changed.</source>
            <translation>Copiar todas las llamadas, notas y etiquetas legibles de un archivo de histórico dañado a un histórico nuevo. El archivo dañado no se modifica.</translation>
        </message>
        <message>
            <source>The new archive file (must not exist yet).</source>
            <translation>El archivo del histórico nuevo (no debe existir todavía).</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>Print nothing on success.</source>
            <translation>No mostrar nada si todo sale bien.</translation>
        </message>
        <message>
            <source>The damaged archive file.</source>
            <translation>El archivo del histórico dañado.</translation>
        </message>
        <message>
            <source>%1 is a team archive on a server; recover works on archive files</source>
            <translation>%1 es un histórico de equipo en un servidor; recover trabaja con archivos de histórico</translation>
        </message>
        <message>
            <source>%1: no archive file there</source>
            <translation>%1: no hay ningún archivo de histórico ahí</translation>
        </message>
        <message>
            <source>%1 already exists; give a new file name</source>
            <translation>%1 ya existe; indique un nombre de archivo nuevo</translation>
        </message>
        <message numerus="yes">
            <source>recovered %n call(s)</source>
            <translation>
                <numerusform>se recuperó %n llamada</numerusform>
                <numerusform>se recuperaron %n llamadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n other row(s) (notes, tags, batches, resume points)</source>
            <translation>
                <numerusform>y %n fila más (notas, etiquetas, lotes, puntos de reanudación)</numerusform>
                <numerusform>y %n filas más (notas, etiquetas, lotes, puntos de reanudación)</numerusform>
            </translation>
        </message>
        <message>
            <source>from %1 into %2</source>
            <translation>de %1 a %2</translation>
        </message>
        <message numerus="yes">
            <source>%n damaged part(s) could not be read</source>
            <translation>
                <numerusform>no se pudo leer %n parte dañada</numerusform>
                <numerusform>no se pudieron leer %n partes dañadas</numerusform>
            </translation>
        </message>
        <message>
            <source>no damage found</source>
            <translation>no se encontraron daños</translation>
        </message>
        <message>
            <source>unreadable tables: %1</source>
            <translation>tablas ilegibles: %1</translation>
        </message>
        <message>
            <source>%1 was not changed</source>
            <translation>%1 no se modificó</translation>
        </message>
    </context>
    <context>
        <name>ReportCommand</name>
        <message>
            <source>Write the call-flow timeline, quality charts, error log and a PDF report of one call.</source>
            <translation>Escribir la línea de tiempo del flujo de llamada, los gráficos de calidad, el registro de errores y un informe PDF de una llamada.</translation>
        </message>
        <message>
            <source>Id of the call to report (default: the first).</source>
            <translation>Id de la llamada del informe (predeterminado: la primera).</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>Comma-separated formats of the chart files: png, svg, pdf, csv (default: png,svg,pdf).</source>
            <translation>Formatos de los archivos de gráficos, separados por comas: png, svg, pdf, csv (predeterminado: png,svg,pdf).</translation>
        </message>
        <message>
            <source>list</source>
            <translation>lista</translation>
        </message>
        <message>
            <source>Mask phone numbers and IP addresses.</source>
            <translation>Enmascarar números de teléfono y direcciones IP.</translation>
        </message>
        <message>
            <source>IANA time zone for reading zone-less timestamps and for display (default: UTC).</source>
            <translation>Zona horaria IANA para leer marcas de tiempo sin zona y para mostrar (predeterminado: UTC).</translation>
        </message>
        <message>
            <source>PNG scale factor, 1 to 4 (default: 1).</source>
            <translation>Factor de escala PNG, de 1 a 4 (predeterminado: 1).</translation>
        </message>
        <message>
            <source>factor</source>
            <translation>factor</translation>
        </message>
        <message>
            <source>Output folder.</source>
            <translation>Carpeta de salida.</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>carpeta</translation>
        </message>
        <message>
            <source>Do not print progress.</source>
            <translation>No mostrar el progreso.</translation>
        </message>
        <message>
            <source>A provider response body or export, or a normalized JSON/NDJSON/CSV file; - for stdin.</source>
            <translation>Una respuesta o exportación de proveedor, o un archivo JSON/NDJSON/CSV normalizado; - para la entrada estándar.</translation>
        </message>
        <message>
            <source>--scale must be a number from 1 to 4</source>
            <translation>--scale debe ser un número de 1 a 4</translation>
        </message>
        <message>
            <source>%1: no call records found</source>
            <translation>%1: no se encontraron registros de llamadas</translation>
        </message>
        <message numerus="yes">
            <source>no call with id "%1" among the %n call(s) in %2</source>
            <translation>
                <numerusform>no hay ninguna llamada con id "%1" entre la %n llamada de %2</numerusform>
                <numerusform>no hay ninguna llamada con id "%1" entre las %n llamadas de %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Audio quality: %1</source>
            <translation>Calidad de audio: %1</translation>
        </message>
        <message>
            <source>Flaws over time: %1</source>
            <translation>Fallos a lo largo del tiempo: %1</translation>
        </message>
        <message>
            <source>%1 exists and is not a folder</source>
            <translation>%1 existe y no es una carpeta</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>no se puede crear la carpeta %1</translation>
        </message>
        <message>
            <source>cannot write in %1: %2</source>
            <translation>no se puede escribir en %1: %2</translation>
        </message>
        <message>
            <source>cannot move %1 into %2: %3</source>
            <translation>no se puede mover %1 a %2: %3</translation>
        </message>
        <message>
            <source>report of %1 call %2 written to %3: %4</source>
            <translation>informe de la llamada %2 de %1 escrito en %3: %4</translation>
        </message>
    </context>
    <context>
        <name>ScorecardCommand</name>
        <message>
            <source>%1: no archive there (import or fetch calls first, or give INPUT files)</source>
            <translation>%1: no hay ningún histórico ahí (importe u obtenga llamadas primero, o indique archivos de ENTRADA)</translation>
        </message>
        <message>
            <source>%1: %2 of %3 archived calls could not be read back; run `cdr-inspector import` again or recover the archive</source>
            <translation>%1: %2 de %3 llamadas archivadas no se pudieron leer de nuevo; ejecute `cdr-inspector import` otra vez o recupere el histórico</translation>
        </message>
        <message>
            <source>KPIs (ASR, NER, ACD, short calls, PDD, MOS, E-model estimate, impaired calls) per group of calls, to CSV, JSON or PDF. Reads the INPUT files, or the local archive when none is given.</source>
            <translation>KPI (ASR, NER, ACD, llamadas cortas, PDD, MOS, estimación del modelo E, llamadas degradadas) por grupo de llamadas, en CSV, JSON o PDF. Lee los archivos de ENTRADA o, si no se indica ninguno, el histórico local.</translation>
        </message>
        <message>
            <source>Provider of the input (plivo, vobiz, carrierx or nexbro); only that provider's calls are scored.</source>
            <translation>Proveedor de la entrada (plivo, vobiz, carrierx o nexbro); solo se evalúan las llamadas de ese proveedor.</translation>
        </message>
        <message>
            <source>IANA time zone for zone-less timestamps, for day and hour, and for --since and --until (default: UTC).</source>
            <translation>Zona horaria IANA para marcas de tiempo sin zona, para el día y la hora, y para --since y --until (predeterminado: UTC).</translation>
        </message>
        <message>
            <source>Group keys, comma-separated: provider, account, direction, codec, hangup_class, day, hour, country, prefix:N (default: provider).</source>
            <translation>Claves de agrupación, separadas por comas: provider, account, direction, codec, hangup_class, day, hour, country, prefix:N (predeterminado: provider).</translation>
        </message>
        <message>
            <source>keys</source>
            <translation>claves</translation>
        </message>
        <message>
            <source>First day (inclusive).</source>
            <translation>Primer día (incluido).</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-DD</translation>
        </message>
        <message>
            <source>Last day (inclusive).</source>
            <translation>Último día (incluido).</translation>
        </message>
        <message>
            <source>One-way network delay the E-model assumes (default: 40).</source>
            <translation>Retardo de red unidireccional que supone el modelo E (predeterminado: 40).</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <source>Output file: .csv, .json or .pdf.</source>
            <translation>Archivo de salida: .csv, .json o .pdf.</translation>
        </message>
        <message>
            <source>file</source>
            <translation>archivo</translation>
        </message>
        <message>
            <source>Do not print warnings.</source>
            <translation>No mostrar advertencias.</translation>
        </message>
        <message>
            <source>Provider bodies, exports or normalized files; - for stdin.</source>
            <translation>Respuestas de proveedores, exportaciones o archivos normalizados; - para la entrada estándar.</translation>
        </message>
        <message>
            <source>unknown output format; use .csv, .json or .pdf</source>
            <translation>formato de salida desconocido; use .csv, .json o .pdf</translation>
        </message>
        <message>
            <source>--assume-delay-ms must be a number of milliseconds from 0 to 1000</source>
            <translation>--assume-delay-ms debe ser un número de milisegundos de 0 a 1000</translation>
        </message>
        <message>
            <source>"%1" is not a date; use YYYY-MM-DD</source>
            <translation>"%1" no es una fecha; use AAAA-MM-DD</translation>
        </message>
        <message>
            <source>--until is before --since</source>
            <translation>--until es anterior a --since</translation>
        </message>
        <message>
            <source>archive %1</source>
            <translation>histórico %1</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Cuadro de indicadores</translation>
        </message>
        <message>
            <source>Scorecard by %1</source>
            <translation>Cuadro de indicadores por %1</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Origen: %1</translation>
        </message>
        <message>
            <source>Period: %1 to %2 (%3)</source>
            <translation>Periodo: %1 a %2 (%3)</translation>
        </message>
        <message>
            <source>first call</source>
            <translation>primera llamada</translation>
        </message>
        <message>
            <source>last call</source>
            <translation>última llamada</translation>
        </message>
        <message>
            <source>E-model: one-way delay assumed %1 ms; in-progress calls left out (%2)</source>
            <translation>Modelo E: retardo unidireccional supuesto %1 ms; llamadas en curso excluidas (%2)</translation>
        </message>
        <message>
            <source>Provider: %1</source>
            <translation>Proveedor: %1</translation>
        </message>
        <message>
            <source>Numbers without + read in region: %1</source>
            <translation>Números sin + leídos en la región: %1</translation>
        </message>
        <message>
            <source>none (set in Preferences)</source>
            <translation>ninguna (configúrela en Preferencias)</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n grupo</numerusform>
                <numerusform>%n grupos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n call(s)</source>
            <translation>
                <numerusform>de %n llamada</numerusform>
                <numerusform>de %n llamadas</numerusform>
            </translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>a %1</translation>
        </message>
        <message>
            <source>Archive to read when there is no INPUT</source>
            <translation>Histórico que se lee cuando no hay ENTRADA</translation>
        </message>
    </context>
    <context>
        <name>ScorecardPage</name>
        <message>
            <source>Group by:</source>
            <translation>Agrupar por:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Periodo:</translation>
        </message>
        <message>
            <source>compare with</source>
            <translation>comparar con</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Cuadro de indicadores</translation>
        </message>
        <message>
            <source>Chart:</source>
            <translation>Gráfico:</translation>
        </message>
    </context>
    <context>
        <name>cdr::AccountProfile</name>
        <message>
            <source>Choose a provider.</source>
            <translation>Elija un proveedor.</translation>
        </message>
        <message>
            <source>%1 needs the account's auth id.</source>
            <translation>%1 necesita el auth id de la cuenta.</translation>
        </message>
        <message>
            <source>NexBro runs on your own domain: enter its base URL, e.g. https://pbx.example.com.</source>
            <translation>NexBro funciona en su propio dominio: introduzca su URL base, p. ej. https://pbx.example.com.</translation>
        </message>
        <message>
            <source>The base URL must start with https:// (or http:// for a local test server).</source>
            <translation>La URL base debe empezar por https:// (o http:// para un servidor de prueba local).</translation>
        </message>
        <message>
            <source>Unknown time zone "%1".</source>
            <translation>Zona horaria desconocida "%1".</translation>
        </message>
    </context>
    <context>
        <name>cdr::AccountsDialog</name>
        <message>
            <source>Saved. The secret is in the system keychain.</source>
            <translation>Guardado. El secreto está en el llavero del sistema.</translation>
        </message>
        <message>
            <source>Saved, but the system keychain could not store the secret (%1). It is kept in memory for this session only: not written anywhere, gone when the app quits.</source>
            <translation>Guardado, pero el llavero del sistema no pudo guardar el secreto (%1). Se conserva en memoria solo durante esta sesión: no se escribe en ningún sitio y desaparece al cerrar la aplicación.</translation>
        </message>
        <message>
            <source>goes to the system keychain (or, without one, this session's memory)</source>
            <translation>va al llavero del sistema (o, si no hay, a la memoria de esta sesión)</translation>
        </message>
        <message>
            <source>Auth ID, e.g. MA...</source>
            <translation>Auth ID, p. ej. MA...</translation>
        </message>
        <message>
            <source>not used by %1</source>
            <translation>no lo usa %1</translation>
        </message>
        <message>
            <source>required: https://your-nexbro-domain.com</source>
            <translation>obligatorio: https://su-dominio-nexbro.com</translation>
        </message>
        <message>
            <source>optional: documented URL by default</source>
            <translation>opcional: la URL documentada de forma predeterminada</translation>
        </message>
        <message>
            <source>Auth &amp;token:</source>
            <translation>&amp;Token de autenticación:</translation>
        </message>
        <message>
            <source>Bearer &amp;token:</source>
            <translation>&amp;Token Bearer:</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>&amp;Clave de API:</translation>
        </message>
        <message>
            <source>Unknown time zone "%1".</source>
            <translation>Zona horaria desconocida "%1".</translation>
        </message>
        <message>
            <source>Saving the secret to the system keychain...</source>
            <translation>Guardando el secreto en el llavero del sistema...</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Guardado.</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>Cuenta eliminada.</translation>
        </message>
        <message>
            <source>Reading the secret from the keychain...</source>
            <translation>Leyendo el secreto del llavero...</translation>
        </message>
        <message>
            <source>Testing %1...</source>
            <translation>Probando %1...</translation>
        </message>
        <message>
            <source>Connected to %1: the credentials work and there are calls in the last 24 hours (%1 gives no total; the test reads only the first).</source>
            <translation>Conectado a %1: las credenciales funcionan y hay llamadas en las últimas 24 horas (%1 no da un total; la prueba solo lee la primera página).</translation>
        </message>
        <message>
            <source>Connected to %1: the credentials work; no calls in the last 24 hours.</source>
            <translation>Conectado a %1: las credenciales funcionan; no hay llamadas en las últimas 24 horas.</translation>
        </message>
        <message>
            <source>kept for this session only (no system keychain)</source>
            <translation>se conserva solo durante esta sesión (no hay llavero del sistema)</translation>
        </message>
        <message>
            <source>leave empty to keep the current secret</source>
            <translation>déjelo vacío para conservar el secreto actual</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Error: %1</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message numerus="yes">
            <source>Connected to %1: %Ln call(s) in the last 24 hours (the provider's count).</source>
            <translation>
                <numerusform>Conectado a %1: %Ln llamada en las últimas 24 horas (recuento del proveedor).</numerusform>
                <numerusform>Conectado a %1: %Ln llamadas en las últimas 24 horas (recuento del proveedor).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::ArchiveMigrations</name>
        <message>
            <source>The archive was written by a newer version (schema %1, this build knows %2)</source>
            <translation>El histórico fue escrito por una versión más reciente (esquema %1, esta compilación conoce el %2)</translation>
        </message>
        <message>
            <source>Migrating the archive to schema %1 failed: %2</source>
            <translation>Falló la migración del histórico al esquema %1: %2</translation>
        </message>
        <message>
            <source>Cannot back up the archive to %1 before migrating it: %2</source>
            <translation>No se puede respaldar el histórico en %1 antes de migrarlo: %2</translation>
        </message>
        <message>
            <source>Cannot write %1 before migrating the archive: %2</source>
            <translation>No se puede escribir %1 antes de migrar el histórico: %2</translation>
        </message>
    </context>
    <context>
        <name>cdr::ArchiveOpener</name>
        <message>
            <source>Cannot open the archive %1: %2</source>
            <translation>No se puede abrir el histórico %1: %2</translation>
        </message>
        <message>
            <source>Loading the archive...</source>
            <translation>Cargando el histórico...</translation>
        </message>
        <message>
            <source>Opening the team archive %1...</source>
            <translation>Abriendo el histórico de equipo %1...</translation>
        </message>
        <message numerus="yes">
            <source>Team archive %1: no calls in the last %n day(s) of the chosen accounts (Preferences &gt; Archive).</source>
            <translation>
                <numerusform>Histórico de equipo %1: no hay llamadas en el último %n día de las cuentas elegidas (Preferencias &gt; Histórico).</numerusform>
                <numerusform>Histórico de equipo %1: no hay llamadas en los últimos %n días de las cuentas elegidas (Preferencias &gt; Histórico).</numerusform>
            </translation>
        </message>
        <message>
            <source>Archive %1 is empty: open files (Ctrl+O) or fetch (F5).</source>
            <translation>El histórico %1 está vacío: abra archivos (Ctrl+O) u obtenga llamadas (F5).</translation>
        </message>
        <message>
            <source>Calls not stored</source>
            <translation>Llamadas no guardadas</translation>
        </message>
        <message numerus="yes">
            <source>Team archive %1: %Ln call(s) of the last %2 day(s).</source>
            <translation>
                <numerusform>Histórico de equipo %1: %Ln llamada de los últimos %2 día(s).</numerusform>
                <numerusform>Histórico de equipo %1: %Ln llamadas de los últimos %2 día(s).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archive %1: %Ln call(s).</source>
            <translation>
                <numerusform>Histórico %1: %Ln llamada.</numerusform>
                <numerusform>Histórico %1: %Ln llamadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1

%Ln call(s) are kept in memory. Retry when the archive is reachable again.</source>
            <translation>
                <numerusform>%1

%Ln llamada se conserva en memoria. Reintente cuando el histórico vuelva a estar disponible.</numerusform>
                <numerusform>%1

%Ln llamadas se conservan en memoria. Reintente cuando el histórico vuelva a estar disponible.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::ArchiveRecovery</name>
        <message>
            <source>Cannot copy %1 to read it: %2</source>
            <translation>No se puede copiar %1 para leerlo: %2</translation>
        </message>
        <message>
            <source>%1 already exists; recover into a new file</source>
            <translation>%1 ya existe; recupere en un archivo nuevo</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>No se puede abrir %1: %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>No se puede escribir %1: %2</translation>
        </message>
        <message>
            <source>No call of %1 could be read: its table of calls is damaged beyond reading</source>
            <translation>No se pudo leer ninguna llamada de %1: su tabla de llamadas está dañada sin posibilidad de lectura</translation>
        </message>
    </context>
    <context>
        <name>cdr::ArchiveSettingsPage</name>
        <message>
            <source>&amp;Local archive on this computer (SQLite file)</source>
            <translation>Histórico &amp;local en este equipo (archivo SQLite)</translation>
        </message>
        <message>
            <source>&amp;Team archive on a PostgreSQL server</source>
            <translation>Histórico de &amp;equipo en un servidor PostgreSQL</translation>
        </message>
        <message>
            <source>Test &amp;connection</source>
            <translation>Probar &amp;conexión</translation>
        </message>
        <message>
            <source>Archive file</source>
            <translation>Archivo del histórico</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Dirección del servidor</translation>
        </message>
        <message>
            <source>Server password</source>
            <translation>Contraseña del servidor</translation>
        </message>
        <message>
            <source>kept in the system keychain; empty: ~/.pgpass or PGPASSWORD</source>
            <translation>se guarda en el llavero del sistema; vacío: ~/.pgpass o PGPASSWORD</translation>
        </message>
        <message>
            <source>Your name on notes and tags</source>
            <translation>Su nombre en notas y etiquetas</translation>
        </message>
        <message>
            <source>shown to the team beside your notes and tags</source>
            <translation>se muestra al equipo junto a sus notas y etiquetas</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>Days of calls to load</source>
            <translation>Días de llamadas que se cargan</translation>
        </message>
        <message>
            <source>Accounts to load</source>
            <translation>Cuentas que se cargan</translation>
        </message>
        <message>
            <source>comma-separated account ids; empty: every account</source>
            <translation>ids de cuenta separados por comas; vacío: todas las cuentas</translation>
        </message>
        <message>
            <source>Where the calls are kept</source>
            <translation>Dónde se guardan las llamadas</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Archivo:</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>Contra&amp;seña:</translation>
        </message>
        <message>
            <source>Team archive</source>
            <translation>Histórico de equipo</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Su &amp;nombre:</translation>
        </message>
        <message>
            <source>&amp;Load the last:</source>
            <translation>Cargar &amp;los últimos:</translation>
        </message>
        <message>
            <source>Error: the team archive's address must be a PostgreSQL URI (postgresql://user@host:port/dbname).</source>
            <translation>Error: la dirección del histórico de equipo debe ser una URI de PostgreSQL (postgresql://user@host:port/dbname).</translation>
        </message>
        <message>
            <source>Error: a team archive needs your name for notes and tags.</source>
            <translation>Error: un histórico de equipo necesita su nombre para notas y etiquetas.</translation>
        </message>
        <message>
            <source>Connecting to %1...</source>
            <translation>Conectando con %1...</translation>
        </message>
        <message>
            <source>Of acc&amp;ounts:</source>
            <translation>De las c&amp;uentas:</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallArchive</name>
        <message>
            <source>Cannot create the folder %1</source>
            <translation>No se puede crear la carpeta %1</translation>
        </message>
        <message>
            <source>Cannot open the archive %1: %2</source>
            <translation>No se puede abrir el histórico %1: %2</translation>
        </message>
        <message>
            <source>The SQLite driver gives no handle</source>
            <translation>El controlador de SQLite no proporciona un identificador</translation>
        </message>
        <message>
            <source>%1 is not a readable archive: %2</source>
            <translation>%1 no es un histórico legible: %2</translation>
        </message>
        <message>
            <source>Cannot set up the archive %1: %2</source>
            <translation>No se puede preparar el histórico %1: %2</translation>
        </message>
        <message>
            <source>The archive is not open</source>
            <translation>El histórico no está abierto</translation>
        </message>
        <message numerus="yes">
            <source>The archive %1 is damaged (%2): %n call(s) could be read, calls on %3 damaged part(s) could not. Recover the readable calls into a new archive before writing to this one.</source>
            <translation>
                <numerusform>El histórico %1 está dañado (%2): se pudo leer %n llamada; las llamadas de %3 parte(s) dañada(s), no. Recupere las llamadas legibles en un histórico nuevo antes de escribir en este.</numerusform>
                <numerusform>El histórico %1 está dañado (%2): se pudieron leer %n llamadas; las llamadas de %3 parte(s) dañada(s), no. Recupere las llamadas legibles en un histórico nuevo antes de escribir en este.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the archive failed: %1</source>
            <translation>Falló la lectura del histórico: %1</translation>
        </message>
        <message>
            <source>batch %1 holds %2 rows but recorded %3</source>
            <translation>el lote %1 contiene %2 filas pero registró %3</translation>
        </message>
        <message>
            <source>%1 is a team archive on a PostgreSQL server; this part of CDR Inspector opens only local archive files (the import, export and scorecard commands open both)</source>
            <translation>%1 es un histórico de equipo en un servidor PostgreSQL; esta parte de CDR Inspector solo abre archivos de histórico locales (los comandos import, export y scorecard abren ambos)</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) belong to no batch</source>
            <translation>
                <numerusform>%n llamada no pertenece a ningún lote</numerusform>
                <numerusform>%n llamadas no pertenecen a ningún lote</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallDetailPane</name>
        <message>
            <source>Timeline</source>
            <translation>Línea de tiempo</translation>
        </message>
        <message>
            <source>Quality charts</source>
            <translation>Gráficos de calidad</translation>
        </message>
        <message>
            <source>Flaws over time</source>
            <translation>Fallos a lo largo del tiempo</translation>
        </message>
        <message>
            <source>PNG…</source>
            <translation>PNG…</translation>
        </message>
        <message>
            <source>PNG at 2x…</source>
            <translation>PNG a 2x…</translation>
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
            <translation>Datos como CSV…</translation>
        </message>
        <message>
            <source>Copy image</source>
            <translation>Copiar imagen</translation>
        </message>
        <message>
            <source>Report (PDF)…</source>
            <translation>Informe (PDF)…</translation>
        </message>
        <message>
            <source>Copy raw JSON</source>
            <translation>Copiar JSON original</translation>
        </message>
        <message>
            <source>No call selected</source>
            <translation>Ninguna llamada seleccionada</translation>
        </message>
        <message>
            <source>%1 call %2</source>
            <translation>Llamada %2 de %1</translation>
        </message>
        <message>
            <source>No error-log intervals: %1 reports none for this call.</source>
            <translation>Sin intervalos en el registro de errores: %1 no informa ninguno para esta llamada.</translation>
        </message>
        <message>
            <source>Audio quality: %1</source>
            <translation>Calidad de audio: %1</translation>
        </message>
        <message>
            <source>Flaws over time: %1</source>
            <translation>Fallos a lo largo del tiempo: %1</translation>
        </message>
        <message>
            <source>this call has no %1 data to export</source>
            <translation>esta llamada no tiene datos de %1 para exportar</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>%1 exportado</translation>
        </message>
        <message>
            <source>no call selected</source>
            <translation>ninguna llamada seleccionada</translation>
        </message>
        <message>
            <source>Report written to %1</source>
            <translation>Informe escrito en %1</translation>
        </message>
        <message>
            <source>Copied the %1 image</source>
            <translation>Imagen de %1 copiada</translation>
        </message>
        <message>
            <source>Copied the raw record</source>
            <translation>Registro original copiado</translation>
        </message>
        <message>
            <source>Export %1</source>
            <translation>Exportar %1</translation>
        </message>
        <message>
            <source>%1 files (*.%2)</source>
            <translation>Archivos %1 (*.%2)</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>Exportar informe</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln error-log interval(s). Click a row to highlight its band on the timeline and in the flaws chart.</source>
            <translation>
                <numerusform>%Ln intervalo en el registro de errores. Haga clic en la fila para resaltar su franja en la línea de tiempo y en el gráfico de fallos.</numerusform>
                <numerusform>%Ln intervalos en el registro de errores. Haga clic en una fila para resaltar su franja en la línea de tiempo y en el gráfico de fallos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallExporter</name>
        <message>
            <source>%1: cannot write: %2</source>
            <translation>%1: no se puede escribir: %2</translation>
        </message>
        <message>
            <source>%1: write failed: %2</source>
            <translation>%1: falló la escritura: %2</translation>
        </message>
        <message>
            <source>%1: could not finish the file: %2</source>
            <translation>%1: no se pudo terminar el archivo: %2</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallFacts</name>
        <message>
            <source>not reported</source>
            <translation>no informado</translation>
        </message>
        <message>
            <source>invalid (an impossible value was dropped)</source>
            <translation>no válido (se descartó un valor imposible)</translation>
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
            <translation>(transcodificado: %1 → %2)</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>Call id</source>
            <translation>Id de llamada</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>A</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>no contestada</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>%1 (from the start and %2 times)</source>
            <translation>%1 (desde el inicio y tiempos de %2)</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>respuesta</translation>
        </message>
        <message>
            <source>end</source>
            <translation>fin</translation>
        </message>
        <message>
            <source>Ring</source>
            <translation>Timbrado</translation>
        </message>
        <message>
            <source>Talk</source>
            <translation>Conversación</translation>
        </message>
        <message>
            <source>Billed</source>
            <translation>Facturado</translation>
        </message>
        <message>
            <source>(%1 counts the duration from the answer; the %2 of ringing come before it)</source>
            <translation>(%1 cuenta la duración desde la respuesta; los %2 de timbrado van antes)</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>rate %1/min</source>
            <translation>tarifa %1/min</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Costo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>code %1</source>
            <translation>código %1</translation>
        </message>
        <message>
            <source>Hangup cause</source>
            <translation>Causa de desconexión</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Explicación</translation>
        </message>
        <message>
            <source>Hangup source</source>
            <translation>Origen de la desconexión</translation>
        </message>
        <message>
            <source>Codec</source>
            <translation>Códec</translation>
        </message>
        <message>
            <source>STIR/SHAKEN</source>
            <translation>STIR/SHAKEN</translation>
        </message>
        <message>
            <source>SIP Call-ID</source>
            <translation>SIP Call-ID</translation>
        </message>
        <message>
            <source>Post-dial delay</source>
            <translation>Retardo posmarcación (PDD)</translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>Tramos</translation>
        </message>
        <message>
            <source>Error-log intervals</source>
            <translation>Intervalos del registro de errores</translation>
        </message>
        <message>
            <source>Media details</source>
            <translation>Detalles de medios</translation>
        </message>
        <message>
            <source>%1 reports no technical media details; see the raw record below.</source>
            <translation>%1 no informa detalles técnicos de medios; vea el registro original abajo.</translation>
        </message>
        <message>
            <source>Codecs (source / destination)</source>
            <translation>Códecs (origen / destino)</translation>
        </message>
        <message>
            <source>Codecs (read / write)</source>
            <translation>Códecs (lectura / escritura)</translation>
        </message>
        <message>
            <source>Rates (read / write)</source>
            <translation>Tasas (lectura / escritura)</translation>
        </message>
        <message>
            <source>Local media</source>
            <translation>Medios locales</translation>
        </message>
        <message>
            <source>Remote media</source>
            <translation>Medios remotos</translation>
        </message>
        <message>
            <source>Media flow</source>
            <translation>Flujo de medios</translation>
        </message>
        <message>
            <source>DTMF type</source>
            <translation>Tipo de DTMF</translation>
        </message>
        <message>
            <source>%1 · call %2 · %3</source>
            <translation>%1 · llamada %2 · %3</translation>
        </message>
        <message>
            <source>without id</source>
            <translation>sin id</translation>
        </message>
        <message>
            <source>start time not reported</source>
            <translation>hora de inicio no informada</translation>
        </message>
        <message>
            <source>(no raw record: the call was read from a normalized file or built by hand)</source>
            <translation>(sin registro original: la llamada se leyó de un archivo normalizado o se creó a mano)</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallFilter</name>
        <message>
            <source>%1 %2 to %3</source>
            <translation>%1 de %2 a %3</translation>
        </message>
        <message>
            <source>%1 at least %2</source>
            <translation>%1 al menos %2</translation>
        </message>
        <message>
            <source>%1 at most %2</source>
            <translation>%1 como máximo %2</translation>
        </message>
        <message>
            <source>Text: "%1"</source>
            <translation>Texto: "%1"</translation>
        </message>
        <message>
            <source>Provider: %1</source>
            <translation>Proveedor: %1</translation>
        </message>
        <message>
            <source>Direction: %1</source>
            <translation>Dirección: %1</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Estado: %1</translation>
        </message>
        <message>
            <source>Start: %1 to %2</source>
            <translation>Inicio: %1 a %2</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
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
            <translation>Pérdida</translation>
        </message>
        <message>
            <source>Bad quality only</source>
            <translation>Solo mala calidad</translation>
        </message>
        <message>
            <source>Hangup cause: %1</source>
            <translation>Causa de desconexión: %1</translation>
        </message>
        <message>
            <source>Hangup class: %1</source>
            <translation>Clase de desconexión: %1</translation>
        </message>
        <message>
            <source>Chosen calls (%1)</source>
            <translation>Llamadas elegidas (%1)</translation>
        </message>
        <message>
            <source>Group: %1</source>
            <translation>Grupo: %1</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallFlowTimeline</name>
        <message>
            <source>Call-flow timeline</source>
            <translation>Línea de tiempo del flujo de llamada</translation>
        </message>
        <message>
            <source>%1 from %2 to %3 (%4 s)</source>
            <translation>%1 de %2 a %3 (%4 s)</translation>
        </message>
        <message>
            <source>forwarding enabled</source>
            <translation>desvío activado</translation>
        </message>
        <message numerus="yes">
            <source>%n flaw(s) from %1 to %2</source>
            <translation>
                <numerusform>%n fallo de %1 a %2</numerusform>
                <numerusform>%n fallos de %1 a %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallLibrary</name>
        <message numerus="yes">
            <source>The local archive could not store %n call(s): %1</source>
            <translation>
                <numerusform>El histórico local no pudo guardar %n llamada: %1</numerusform>
                <numerusform>El histórico local no pudo guardar %n llamadas: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The local archive could not be read: %1</source>
            <translation>No se pudo leer el histórico local: %1</translation>
        </message>
        <message>
            <source>The note could not be saved: %1</source>
            <translation>No se pudo guardar la nota: %1</translation>
        </message>
        <message>
            <source>The team archive could not be opened: %1</source>
            <translation>No se pudo abrir el histórico de equipo: %1</translation>
        </message>
        <message>
            <source>no archive is open</source>
            <translation>no hay ningún histórico abierto</translation>
        </message>
        <message numerus="yes">
            <source>The team archive could not store %n call(s); they are kept in memory: %1</source>
            <translation>
                <numerusform>El histórico de equipo no pudo guardar %n llamada; se conserva en memoria: %1</numerusform>
                <numerusform>El histórico de equipo no pudo guardar %n llamadas; se conservan en memoria: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The team archive could not be read: %1</source>
            <translation>No se pudo leer el histórico de equipo: %1</translation>
        </message>
        <message>
            <source>Your note replaced one %1 saved at %2 that you had not seen; theirs is kept in the note's history</source>
            <translation>Su nota reemplazó una que %1 guardó a las %2 y que usted no había visto; la suya se conserva en el historial de la nota</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallNotesWidget</name>
        <message>
            <source>Local note on this call (kept on this computer only)</source>
            <translation>Nota local sobre esta llamada (solo se guarda en este equipo)</translation>
        </message>
        <message>
            <source>Note on this call, shared with the team archive</source>
            <translation>Nota sobre esta llamada, compartida con el histórico de equipo</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallReader</name>
        <message>
            <source>record %1</source>
            <translation>registro %1</translation>
        </message>
        <message>
            <source>%1: record %2</source>
            <translation>%1: registro %2</translation>
        </message>
        <message>
            <source>input</source>
            <translation>entrada</translation>
        </message>
        <message>
            <source>the provider returned an error without a message</source>
            <translation>el proveedor devolvió un error sin mensaje</translation>
        </message>
        <message>
            <source>%1: record %2 looks like a %3 record, not %4 (leave out --provider to detect it, or give --provider %5)</source>
            <translation>%1: el registro %2 parece un registro de %3, no de %4 (omita --provider para detectarlo, o indique --provider %5)</translation>
        </message>
        <message>
            <source>%1: could not tell which provider this record is from; kept with provider "unknown" (use --provider)</source>
            <translation>%1: no se pudo determinar de qué proveedor es este registro; se conserva con el proveedor "unknown" (use --provider)</translation>
        </message>
        <message>
            <source>%1: record %2 is not a call record (no provider's keys, no call id); skipped</source>
            <translation>%1: el registro %2 no es un registro de llamada (sin claves de proveedor, sin id de llamada); omitido</translation>
        </message>
        <message>
            <source>%1: expected a JSON object or array</source>
            <translation>%1: se esperaba un objeto o un arreglo JSON</translation>
        </message>
        <message>
            <source>%1: the provider answered with an error: %2</source>
            <translation>%1: el proveedor respondió con un error: %2</translation>
        </message>
        <message>
            <source>%1: a live-call list holds only call ids (%2); fetch each call to see it</source>
            <translation>%1: una lista de llamadas en curso solo contiene ids de llamada (%2); obtenga cada llamada para verla</translation>
        </message>
        <message>
            <source>%1: the provider returned no record: %2</source>
            <translation>%1: el proveedor no devolvió ningún registro: %2</translation>
        </message>
        <message>
            <source>%1: record %2 is a %3, not a call record; skipped</source>
            <translation>%1: el registro %2 es un %3, no un registro de llamada; omitido</translation>
        </message>
        <message>
            <source>%1: malformed JSON in the value starting on line %2: %3</source>
            <translation>%1: JSON mal formado en el valor que empieza en la línea %2: %3</translation>
        </message>
        <message>
            <source>%1: malformed JSON in record %2 at byte offset %3 (line %4): %5</source>
            <translation>%1: JSON mal formado en el registro %2 en el desplazamiento de byte %3 (línea %4): %5</translation>
        </message>
        <message>
            <source>%1: malformed JSON: %2</source>
            <translation>%1: JSON mal formado: %2</translation>
        </message>
        <message>
            <source>%1: line %2 is not valid UTF-8; its invalid bytes were read as U+FFFD</source>
            <translation>%1: la línea %2 no es UTF-8 válido; sus bytes no válidos se leyeron como U+FFFD</translation>
        </message>
        <message>
            <source>%1: line %2 has %3 fields where the header has %4; missing fields read as empty</source>
            <translation>%1: la línea %2 tiene %3 campos y el encabezado tiene %4; los campos que faltan se leen como vacíos</translation>
        </message>
        <message>
            <source>%1: line %2: %3</source>
            <translation>%1: línea %2: %3</translation>
        </message>
        <message>
            <source>%1: line %2</source>
            <translation>%1: línea %2</translation>
        </message>
        <message>
            <source>%1: unterminated quoted field in the CSV after line %2</source>
            <translation>%1: campo entre comillas sin cerrar en el CSV después de la línea %2</translation>
        </message>
        <message>
            <source>%1: the CSV file has no header</source>
            <translation>%1: el archivo CSV no tiene encabezado</translation>
        </message>
        <message>
            <source>%1: the file is empty (0 bytes)</source>
            <translation>%1: el archivo está vacío (0 bytes)</translation>
        </message>
        <message>
            <source>%1: the file holds only white space</source>
            <translation>%1: el archivo solo contiene espacios en blanco</translation>
        </message>
        <message>
            <source>%1: not JSON, NDJSON or CSV (starts with byte 0x%2 at offset %3)</source>
            <translation>%1: no es JSON, NDJSON ni CSV (empieza con el byte 0x%2 en el desplazamiento %3)</translation>
        </message>
        <message numerus="yes">
            <source>%1: no call record found (%n record(s) had no provider's keys and no call id)</source>
            <translation>
                <numerusform>%1: no se encontró ningún registro de llamada (%n registro no tenía claves de proveedor ni id de llamada)</numerusform>
                <numerusform>%1: no se encontró ningún registro de llamada (%n registros no tenían claves de proveedor ni id de llamada)</numerusform>
            </translation>
        </message>
        <message>
            <source>standard input</source>
            <translation>entrada estándar</translation>
        </message>
        <message>
            <source>cannot read standard input: %1</source>
            <translation>no se puede leer la entrada estándar: %1</translation>
        </message>
        <message>
            <source>%1: is a directory, not a file</source>
            <translation>%1: es un directorio, no un archivo</translation>
        </message>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1: no se puede abrir: %2</translation>
        </message>
        <message>
            <source>%1: read error: %2</source>
            <translation>%1: error de lectura: %2</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallReport</name>
        <message>
            <source>page %1</source>
            <translation>página %1</translation>
        </message>
        <message>
            <source>Call report %1</source>
            <translation>Informe de llamada %1</translation>
        </message>
        <message>
            <source>%1 call %2 · generated %3%4</source>
            <translation>Llamada %2 de %1 · generado %3%4</translation>
        </message>
        <message>
            <source> · redacted</source>
            <translation> · ocultado</translation>
        </message>
        <message>
            <source>Call report</source>
            <translation>Informe de llamada</translation>
        </message>
        <message>
            <source>Provider: %1    Call id: %2
Generated: %3%4</source>
            <translation>Proveedor: %1    Id de llamada: %2
Generado: %3%4</translation>
        </message>
        <message>
            <source>    (phone numbers and IP addresses redacted)</source>
            <translation>    (números de teléfono y direcciones IP ocultos)</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Veredicto</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Thresholds used</source>
            <translation>Umbrales utilizados</translation>
        </message>
        <message>
            <source>MOS</source>
            <translation>MOS</translation>
        </message>
        <message>
            <source>good ≥ %1, bad &lt; %2</source>
            <translation>bueno ≥ %1, malo &lt; %2</translation>
        </message>
        <message>
            <source>Jitter</source>
            <translation>Jitter</translation>
        </message>
        <message>
            <source>good ≤ %1 ms, bad ≥ %2 ms</source>
            <translation>bueno ≤ %1 ms, malo ≥ %2 ms</translation>
        </message>
        <message>
            <source>Packet loss</source>
            <translation>Pérdida de paquetes</translation>
        </message>
        <message>
            <source>good &lt; %1 %, bad ≥ %2 %</source>
            <translation>buena &lt; %1 %, mala ≥ %2 %</translation>
        </message>
        <message>
            <source>Technical</source>
            <translation>Técnico</translation>
        </message>
        <message>
            <source>Call-flow timeline</source>
            <translation>Línea de tiempo del flujo de llamada</translation>
        </message>
        <message>
            <source>Flaws over time</source>
            <translation>Fallos a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Audio quality</source>
            <translation>Calidad de audio</translation>
        </message>
        <message>
            <source>Raw provider record</source>
            <translation>Registro original del proveedor</translation>
        </message>
        <message>
            <source>%1: the report could not be rendered</source>
            <translation>%1: no se pudo generar el informe</translation>
        </message>
        <message numerus="yes">
            <source>Error log (%n interval(s))</source>
            <translation>
                <numerusform>Registro de errores (%n intervalo)</numerusform>
                <numerusform>Registro de errores (%n intervalos)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallTableModel</name>
        <message>
            <source>
Q.850 cause %1</source>
            <translation>
Causa Q.850 %1</translation>
        </message>
        <message>
            <source>
Hung up by: %1</source>
            <translation>
Colgó: %1</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <source>Start (%1)</source>
            <translation>Inicio (%1)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>To</source>
            <translation>A</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Duration (s)</source>
            <translation>Duración (s)</translation>
        </message>
        <message>
            <source>Talk (s)</source>
            <translation>Conversación (s)</translation>
        </message>
        <message>
            <source>Billed (s)</source>
            <translation>Facturado (s)</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Costo</translation>
        </message>
        <message>
            <source>Hangup cause</source>
            <translation>Causa de desconexión</translation>
        </message>
        <message>
            <source>Codec</source>
            <translation>Códec</translation>
        </message>
        <message>
            <source>Call id</source>
            <translation>Id de llamada</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>SIP Call-ID</source>
            <translation>SIP Call-ID</translation>
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
            <translation>Pérdida (%)</translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>Tramos</translation>
        </message>
        <message>
            <source>Flaws</source>
            <translation>Fallos</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallTableView</name>
        <message>
            <source>Calls</source>
            <translation>Llamadas</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallValidator</name>
        <message>
            <source>between 1990 and 2100</source>
            <translation>entre 1990 y 2100</translation>
        </message>
        <message>
            <source>%1: %2 %3 is impossible (expected %4); dropped</source>
            <translation>%1: %2 %3 es imposible (se esperaba %4); descartado</translation>
        </message>
        <message>
            <source>0 or more</source>
            <translation>0 o más</translation>
        </message>
        <message>
            <source>1 to 5</source>
            <translation>1 a 5</translation>
        </message>
        <message>
            <source>0 to 100 %</source>
            <translation>0 a 100 %</translation>
        </message>
        <message>
            <source>a finite number</source>
            <translation>un número finito</translation>
        </message>
        <message>
            <source>at most the call's duration of %1 s</source>
            <translation>como máximo la duración de la llamada, %1 s</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallVerdict</name>
        <message>
            <source>good</source>
            <translation>bueno</translation>
        </message>
        <message>
            <source>average</source>
            <translation>regular</translation>
        </message>
        <message>
            <source>bad</source>
            <translation>malo</translation>
        </message>
        <message>
            <source>not answered after %1 s of ringing</source>
            <translation>no contestada tras %1 s de timbrado</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>no contestada</translation>
        </message>
        <message>
            <source>busy</source>
            <translation>ocupado</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fallida</translation>
        </message>
        <message>
            <source>canceled by the caller</source>
            <translation>cancelada por quien llamó</translation>
        </message>
        <message>
            <source>still in progress</source>
            <translation>todavía en curso</translation>
        </message>
        <message>
            <source>ended abnormally: %1</source>
            <translation>terminó de forma anómala: %1</translation>
        </message>
        <message>
            <source>inbound</source>
            <translation>entrante</translation>
        </message>
        <message>
            <source>outbound</source>
            <translation>saliente</translation>
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
            <translation>jitter %1 ms%2</translation>
        </message>
        <message>
            <source>packet loss %1 %%2</source>
            <translation>pérdida de paquetes %1 %%2</translation>
        </message>
        <message>
            <source>%1 reports no media quality</source>
            <translation>%1 no informa la calidad de los medios</translation>
        </message>
        <message>
            <source>no media quality reported</source>
            <translation>no se informó la calidad de los medios</translation>
        </message>
        <message>
            <source>answered, %1 s of talk</source>
            <translation>contestada, %1 s de conversación</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>contestada</translation>
        </message>
        <message>
            <source>no outcome or quality reported</source>
            <translation>no se informó ni el resultado ni la calidad</translation>
        </message>
        <message>
            <source>Quality %1: %2</source>
            <translation>Calidad %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>audio degraded from %1 s to %2 s: %3 flaws in %n interval(s)</source>
            <translation>
                <numerusform>audio degradado de %1 s a %2 s: %3 fallos en %n intervalo</numerusform>
                <numerusform>audio degradado de %1 s a %2 s: %3 fallos en %n intervalos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallWriter</name>
        <message>
            <source>%1: unknown output format (use .json, .ndjson or .csv)</source>
            <translation>%1: formato de salida desconocido (use .json, .ndjson o .csv)</translation>
        </message>
        <message>
            <source>%1: the folder %2 does not exist</source>
            <translation>%1: la carpeta %2 no existe</translation>
        </message>
        <message>
            <source>%1: is a folder</source>
            <translation>%1: es una carpeta</translation>
        </message>
        <message>
            <source>%1: cannot write in %2: %3</source>
            <translation>%1: no se puede escribir en %2: %3</translation>
        </message>
        <message>
            <source>%1: cannot write: %2</source>
            <translation>%1: no se puede escribir: %2</translation>
        </message>
        <message>
            <source>not open</source>
            <translation>no abierto</translation>
        </message>
        <message>
            <source>%1: cannot read back the temporary output: %2</source>
            <translation>%1: no se puede volver a leer la salida temporal: %2</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallsPage</name>
        <message>
            <source>Filter "%1" applied.</source>
            <translation>Filtro "%1" aplicado.</translation>
        </message>
        <message>
            <source>The selected call is hidden by the filter</source>
            <translation>El filtro oculta la llamada seleccionada</translation>
        </message>
        <message>
            <source>Every filter removed.</source>
            <translation>Se quitaron todos los filtros.</translation>
        </message>
        <message>
            <source>That call is hidden by the current filter.</source>
            <translation>El filtro actual oculta esa llamada.</translation>
        </message>
        <message>
            <source>No call with id "%1" in the current view.</source>
            <translation>No hay ninguna llamada con id "%1" en la vista actual.</translation>
        </message>
        <message>
            <source>No bad call below this one.</source>
            <translation>No hay ninguna llamada mala debajo de esta.</translation>
        </message>
        <message>
            <source>No bad call above this one.</source>
            <translation>No hay ninguna llamada mala encima de esta.</translation>
        </message>
        <message>
            <source>Select 2 to 4 calls to compare (Ctrl+click).</source>
            <translation>Seleccione de 2 a 4 llamadas para comparar (Ctrl+clic).</translation>
        </message>
        <message>
            <source>Go to call</source>
            <translation>Ir a la llamada</translation>
        </message>
        <message>
            <source>Call id:</source>
            <translation>Id de llamada:</translation>
        </message>
        <message>
            <source>Save filter</source>
            <translation>Guardar filtro</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Filter saved as "%1".</source>
            <translation>Filtro guardado como "%1".</translation>
        </message>
        <message>
            <source>Revision %1 by %2, %3: %4</source>
            <translation>Revisión %1 de %2, %3: %4</translation>
        </message>
        <message>
            <source>Edited by %1, %2 (revision %3; hover for the history)</source>
            <translation>Editada por %1, %2 (revisión %3; pase el puntero para ver el historial)</translation>
        </message>
    </context>
    <context>
        <name>cdr::ChartExporter</name>
        <message>
            <source>unknown format "%1" (use png, svg, pdf or csv)</source>
            <translation>formato desconocido "%1" (use png, svg, pdf o csv)</translation>
        </message>
        <message>
            <source>no format given</source>
            <translation>no se indicó ningún formato</translation>
        </message>
        <message>
            <source>%1: unknown file type (use .png, .svg, .pdf or .csv)</source>
            <translation>%1: tipo de archivo desconocido (use .png, .svg, .pdf o .csv)</translation>
        </message>
        <message>
            <source>%1: rendering produced no data</source>
            <translation>%1: el renderizado no produjo datos</translation>
        </message>
    </context>
    <context>
        <name>cdr::CompareDialog</name>
        <message numerus="yes">
            <source>Compare %n call(s)</source>
            <translation>
                <numerusform>Comparar %n llamada</numerusform>
                <numerusform>Comparar %n llamadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Timeline of call %1</source>
            <translation>Línea de tiempo de la llamada %1</translation>
        </message>
    </context>
    <context>
        <name>cdr::CredentialStore</name>
        <message>
            <source>No system keychain is available on this machine (for example a headless Linux session without a Secret Service such as GNOME Keyring or KWallet), so secrets cannot be stored. For the command line, set PLIVO_AUTH_TOKEN, VOBIZ_AUTH_TOKEN, CARRIERX_TOKEN or NEXBRO_API_KEY instead.</source>
            <translation>No hay ningún llavero del sistema disponible en este equipo (por ejemplo, una sesión de Linux sin interfaz y sin un Secret Service como GNOME Keyring o KWallet), así que no se pueden guardar secretos. Para la línea de comandos, defina en su lugar PLIVO_AUTH_TOKEN, VOBIZ_AUTH_TOKEN, CARRIERX_TOKEN o NEXBRO_API_KEY.</translation>
        </message>
        <message>
            <source>No secret is stored for this account yet.</source>
            <translation>Todavía no hay ningún secreto guardado para esta cuenta.</translation>
        </message>
        <message>
            <source>Access to the keychain was denied.</source>
            <translation>Se denegó el acceso al llavero.</translation>
        </message>
        <message>
            <source>Keychain error: %1</source>
            <translation>Error del llavero: %1</translation>
        </message>
    </context>
    <context>
        <name>cdr::ErrorLogModel</name>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>%1 (+%2 s)</source>
            <translation>%1 (+%2 s)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Fin</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Flaws</source>
            <translation>Fallos</translation>
        </message>
        <message>
            <source>Flaws/s</source>
            <translation>Fallos/s</translation>
        </message>
    </context>
    <context>
        <name>cdr::FetchBar</name>
        <message>
            <source>Fetch</source>
            <translation>Obtener</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Account to fetch from</source>
            <translation>Cuenta de la que se obtiene</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Fecha desde</translation>
        </message>
        <message>
            <source>To date (inclusive)</source>
            <translation>Fecha hasta (incluida)</translation>
        </message>
        <message>
            <source>Dates are days in this time zone, for queries and display; change it in Preferences.</source>
            <translation>Las fechas son días en esta zona horaria, para las consultas y la visualización; cámbiela en Preferencias.</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Both directions</source>
            <translation>Ambas direcciones</translation>
        </message>
        <message>
            <source>Inbound</source>
            <translation>Entrantes</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>Salientes</translation>
        </message>
        <message>
            <source>Fetch filters...</source>
            <translation>Filtros...</translation>
        </message>
        <message>
            <source>Numbers and minimum duration the next fetch asks the provider for (not a filter of the table)</source>
            <translation>Números y duración mínima que la próxima obtención pide al proveedor (no es un filtro de la tabla)</translation>
        </message>
        <message>
            <source>Fetch filters</source>
            <translation>Filtros de obtención</translation>
        </message>
        <message>
            <source>From number</source>
            <translation>Número de origen</translation>
        </message>
        <message>
            <source>from number</source>
            <translation>número de origen</translation>
        </message>
        <message>
            <source>To number</source>
            <translation>Número de destino</translation>
        </message>
        <message>
            <source>to number</source>
            <translation>número de destino</translation>
        </message>
        <message>
            <source>Minimum duration</source>
            <translation>Duración mínima</translation>
        </message>
        <message>
            <source> s min (Vobiz)</source>
            <translation> s mín. (Vobiz)</translation>
        </message>
        <message>
            <source>Only Vobiz filters by duration on the server.</source>
            <translation>Solo Vobiz filtra por duración en el servidor.</translation>
        </message>
        <message>
            <source> Fetch only: </source>
            <translation> Obtener solo: </translation>
        </message>
        <message>
            <source>No account: add one (Fetch &gt; Accounts)</source>
            <translation>Sin cuenta (Obtener &gt; Cuentas)</translation>
        </message>
        <message>
            <source>(%1)</source>
            <translation>(%1)</translation>
        </message>
        <message>
            <source>Fetch only from: %1</source>
            <translation>Obtener solo desde: %1</translation>
        </message>
        <message>
            <source>Fetch only to: %1</source>
            <translation>Obtener solo hacia: %1</translation>
        </message>
        <message>
            <source>Fetch only calls of %1 s or more</source>
            <translation>Obtener solo llamadas de %1 s o más</translation>
        </message>
    </context>
    <context>
        <name>cdr::FetchCli</name>
        <message>
            <source>, about %1 min %2 s left</source>
            <translation>, quedan unos %1 min %2 s</translation>
        </message>
        <message>
            <source>, about %1 s left</source>
            <translation>, quedan unos %1 s</translation>
        </message>
        <message>
            <source>Fetches call detail records from a provider into normalized JSON, NDJSON or CSV.</source>
            <translation>Obtiene registros de detalle de llamadas de un proveedor en JSON, NDJSON o CSV normalizado.</translation>
        </message>
        <message>
            <source>plivo, vobiz, carrierx or nexbro.</source>
            <translation>plivo, vobiz, carrierx o nexbro.</translation>
        </message>
        <message>
            <source>Replaces the scheme, host and port of the provider's documented base URL.</source>
            <translation>Sustituye el esquema, el host y el puerto de la URL base documentada del proveedor.</translation>
        </message>
        <message>
            <source>Plivo/Vobiz auth id (default: PLIVO_AUTH_ID / VOBIZ_AUTH_ID).</source>
            <translation>Auth id de Plivo/Vobiz (predeterminado: PLIVO_AUTH_ID / VOBIZ_AUTH_ID).</translation>
        </message>
        <message>
            <source>IANA time zone for zone-less provider times (NexBro) and for --since/--until (default UTC).</source>
            <translation>Zona horaria IANA para horas del proveedor sin zona (NexBro) y para --since/--until (predeterminado UTC).</translation>
        </message>
        <message>
            <source>Fetch this call id (repeatable) instead of walking the list.</source>
            <translation>Obtener este id de llamada (repetible) en lugar de recorrer la lista.</translation>
        </message>
        <message>
            <source>First day, YYYY-MM-DD (default: 7 days ago).</source>
            <translation>Primer día, AAAA-MM-DD (predeterminado: hace 7 días).</translation>
        </message>
        <message>
            <source>Last day, inclusive, YYYY-MM-DD (default: now).</source>
            <translation>Último día, incluido, AAAA-MM-DD (predeterminado: ahora).</translation>
        </message>
        <message>
            <source>inbound or outbound.</source>
            <translation>inbound u outbound.</translation>
        </message>
        <message>
            <source>Stop after N calls.</source>
            <translation>Detenerse tras N llamadas.</translation>
        </message>
        <message>
            <source>Output file (.json, .ndjson or .csv).</source>
            <translation>Archivo de salida (.json, .ndjson o .csv).</translation>
        </message>
        <message>
            <source>On failure, still write the calls fetched so far.</source>
            <translation>Si algo falla, escribir de todos modos las llamadas obtenidas hasta ese momento.</translation>
        </message>
        <message>
            <source>No progress output.</source>
            <translation>Sin salida de progreso.</translation>
        </message>
        <message>
            <source>Usage: cdr-inspector fetch --provider NAME [options] -o OUTPUT; see --help.</source>
            <translation>Uso: cdr-inspector fetch --provider NOMBRE [opciones] -o SALIDA; vea --help.</translation>
        </message>
        <message>
            <source>unexpected argument "%1"</source>
            <translation>argumento inesperado "%1"</translation>
        </message>
        <message>
            <source>--provider must be plivo, vobiz, carrierx or nexbro</source>
            <translation>--provider debe ser plivo, vobiz, carrierx o nexbro</translation>
        </message>
        <message>
            <source>-o OUTPUT is required</source>
            <translation>-o SALIDA es obligatorio</translation>
        </message>
        <message>
            <source>%1: unknown output format; use .json, .ndjson or .csv</source>
            <translation>%1: formato de salida desconocido; use .json, .ndjson o .csv</translation>
        </message>
        <message>
            <source>unknown time zone "%1"</source>
            <translation>zona horaria desconocida "%1"</translation>
        </message>
        <message>
            <source>Plivo needs PLIVO_AUTH_ID (or --account) and PLIVO_AUTH_TOKEN in the environment</source>
            <translation>Plivo necesita PLIVO_AUTH_ID (o --account) y PLIVO_AUTH_TOKEN en el entorno</translation>
        </message>
        <message>
            <source>Vobiz needs VOBIZ_AUTH_ID (or --account) and VOBIZ_AUTH_TOKEN in the environment</source>
            <translation>Vobiz necesita VOBIZ_AUTH_ID (o --account) y VOBIZ_AUTH_TOKEN en el entorno</translation>
        </message>
        <message>
            <source>CarrierX needs CARRIERX_TOKEN in the environment</source>
            <translation>CarrierX necesita CARRIERX_TOKEN en el entorno</translation>
        </message>
        <message>
            <source>NexBro needs NEXBRO_API_KEY in the environment</source>
            <translation>NexBro necesita NEXBRO_API_KEY en el entorno</translation>
        </message>
        <message>
            <source>NexBro runs on your own domain: give --base-url or NEXBRO_BASE_URL</source>
            <translation>NexBro funciona en su propio dominio: indique --base-url o NEXBRO_BASE_URL</translation>
        </message>
        <message>
            <source>--base-url must be an http(s) URL with a host, e.g. https://pbx.example.com</source>
            <translation>--base-url debe ser una URL http(s) con host, p. ej. https://pbx.example.com</translation>
        </message>
        <message>
            <source>--since expects YYYY-MM-DD, not "%1"</source>
            <translation>--since espera AAAA-MM-DD, no "%1"</translation>
        </message>
        <message>
            <source>--until expects YYYY-MM-DD, not "%1"</source>
            <translation>--until espera AAAA-MM-DD, no "%1"</translation>
        </message>
        <message>
            <source>--since must be before --until</source>
            <translation>--since debe ser anterior a --until</translation>
        </message>
        <message>
            <source>--direction must be inbound or outbound</source>
            <translation>--direction debe ser inbound u outbound</translation>
        </message>
        <message>
            <source>--max expects a whole number from 1 to %1, not "%2"</source>
            <translation>--max espera un número entero de 1 a %1, no "%2"</translation>
        </message>
        <message>
            <source>cannot write %1: it is a folder</source>
            <translation>no se puede escribir %1: es una carpeta</translation>
        </message>
        <message>
            <source>cannot write %1: the folder %2 does not exist</source>
            <translation>no se puede escribir %1: la carpeta %2 no existe</translation>
        </message>
        <message>
            <source>cannot write %1: the file is read-only</source>
            <translation>no se puede escribir %1: el archivo es de solo lectura</translation>
        </message>
        <message>
            <source>cannot write %1: the folder %2 is not writable (%3)</source>
            <translation>no se puede escribir %1: la carpeta %2 no admite escritura (%3)</translation>
        </message>
        <message>
            <source>nothing fetched.</source>
            <translation>no se obtuvo nada.</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n llamada</numerusform>
                <numerusform>%n llamadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n page(s)</source>
            <translation>
                <numerusform>%1 de %n página</numerusform>
                <numerusform>%1 de %n páginas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
        <message>
            <source>, window %1/%2</source>
            <translation>, ventana %1/%2</translation>
        </message>
        <message numerus="yes">
            <source>, %n retries</source>
            <translation>
                <numerusform>, %n reintento</numerusform>
                <numerusform>, %n reintentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>nothing written (%n call(s) fetched; --keep-partial writes them)</source>
            <translation>
                <numerusform>no se escribió nada (%n llamada obtenida; --keep-partial la escribe)</numerusform>
                <numerusform>no se escribió nada (%n llamadas obtenidas; --keep-partial las escribe)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wrote %n call(s) to %1</source>
            <translation>
                <numerusform>se escribió %n llamada en %1</numerusform>
                <numerusform>se escribieron %n llamadas en %1</numerusform>
            </translation>
        </message>
        <message>
            <source> (partial)</source>
            <translation> (parcial)</translation>
        </message>
    </context>
    <context>
        <name>cdr::FetchController</name>
        <message>
            <source>%1: cannot read the secret: %2</source>
            <translation>%1: no se puede leer el secreto: %2</translation>
        </message>
        <message>
            <source>page %1 of %2</source>
            <translation>página %1 de %2</translation>
        </message>
        <message>
            <source>page %1</source>
            <translation>página %1</translation>
        </message>
        <message>
            <source>window %1 of %2</source>
            <translation>ventana %1 de %2</translation>
        </message>
        <message>
            <source>about %1 min %2 s left</source>
            <translation>quedan unos %1 min %2 s</translation>
        </message>
        <message>
            <source>about %1 s left</source>
            <translation>quedan unos %1 s</translation>
        </message>
        <message numerus="yes">
            <source>%n retried</source>
            <translation>
                <numerusform>%n reintentada</numerusform>
                <numerusform>%n reintentadas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: the interrupted fetch could not be resumed; start a new one.</source>
            <translation>%1: no se pudo reanudar la obtención interrumpida; inicie una nueva.</translation>
        </message>
        <message>
            <source>%1: resuming the interrupted fetch.</source>
            <translation>%1: reanudando la obtención interrumpida.</translation>
        </message>
        <message>
            <source>Reading the %1 secret from the keychain...</source>
            <translation>Leyendo el secreto de %1 del llavero...</translation>
        </message>
        <message numerus="yes">
            <source>%Ln call(s)</source>
            <translation>
                <numerusform>%Ln llamada</numerusform>
                <numerusform>%Ln llamadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: fetched %Ln call(s).</source>
            <translation>
                <numerusform>%1: se obtuvo %Ln llamada.</numerusform>
                <numerusform>%1: se obtuvieron %Ln llamadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: fetch canceled after %Ln call(s); Resume continues from there.</source>
            <translation>
                <numerusform>%1: obtención cancelada tras %Ln llamada; Reanudar continúa desde ahí.</numerusform>
                <numerusform>%1: obtención cancelada tras %Ln llamadas; Reanudar continúa desde ahí.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::FilterChipsBar</name>
        <message>
            <source>Filtered by:</source>
            <translation>Filtrado por:</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>Quitar todo</translation>
        </message>
        <message>
            <source>Remove every filter (Ctrl+Shift+Backspace)</source>
            <translation>Quitar todos los filtros (Ctrl+Mayús+Retroceso)</translation>
        </message>
        <message>
            <source>Remove this filter</source>
            <translation>Quitar este filtro</translation>
        </message>
        <message>
            <source>Remove filter %1</source>
            <translation>Quitar el filtro %1</translation>
        </message>
    </context>
    <context>
        <name>cdr::HangupCatalog</name>
        <message>
            <source>The reason is unknown.</source>
            <translation>Se desconoce el motivo.</translation>
        </message>
        <message>
            <source>Canceled before answer by an API request.</source>
            <translation>Cancelada antes de la respuesta por una solicitud de API.</translation>
        </message>
        <message>
            <source>Canceled because the account ran out of credit.</source>
            <translation>Cancelada porque la cuenta se quedó sin saldo.</translation>
        </message>
        <message>
            <source>Canceled because the simultaneous dial limit was reached.</source>
            <translation>Cancelada porque se alcanzó el límite de marcaciones simultáneas.</translation>
        </message>
        <message>
            <source>The destination number or SIP address is invalid.</source>
            <translation>El número de destino o la dirección SIP no es válido.</translation>
        </message>
        <message>
            <source>The destination is out of service.</source>
            <translation>El destino está fuera de servicio.</translation>
        </message>
        <message>
            <source>The SIP endpoint dialled is not registered.</source>
            <translation>El extremo SIP marcado no está registrado.</translation>
        </message>
        <message>
            <source>Calls to this country are blocked by the account's geo permissions.</source>
            <translation>Los permisos geográficos de la cuenta bloquean las llamadas a este país.</translation>
        </message>
        <message>
            <source>Calls to this number are blocked.</source>
            <translation>Las llamadas a este número están bloqueadas.</translation>
        </message>
        <message>
            <source>Calls to this prefix are blocked.</source>
            <translation>Las llamadas a este prefijo están bloqueadas.</translation>
        </message>
        <message>
            <source>The B leg would dial the A leg: a call loop.</source>
            <translation>El tramo B marcaría al tramo A: un bucle de llamada.</translation>
        </message>
        <message>
            <source>The call violates the India media-anchoring rule.</source>
            <translation>La llamada infringe la regla de anclaje de medios de la India.</translation>
        </message>
        <message>
            <source>The callee did not answer.</source>
            <translation>El destinatario no contestó.</translation>
        </message>
        <message>
            <source>The callee's line was busy.</source>
            <translation>La línea del destinatario estaba ocupada.</translation>
        </message>
        <message>
            <source>The callee declined the call.</source>
            <translation>El destinatario rechazó la llamada.</translation>
        </message>
        <message>
            <source>The caller ID is not owned by the account.</source>
            <translation>El identificador de llamada no pertenece a la cuenta.</translation>
        </message>
        <message>
            <source>The call was forbidden by the carrier.</source>
            <translation>El operador prohibió la llamada.</translation>
        </message>
        <message>
            <source>The number is not in service.</source>
            <translation>El número no está en servicio.</translation>
        </message>
        <message>
            <source>The carrier timed out; a retry may succeed.</source>
            <translation>Se agotó el tiempo de espera del operador; un reintento puede funcionar.</translation>
        </message>
        <message>
            <source>The carrier had an internal error; a retry may succeed.</source>
            <translation>El operador tuvo un error interno; un reintento puede funcionar.</translation>
        </message>
        <message>
            <source>The carrier's network was congested; a retry may succeed.</source>
            <translation>La red del operador estaba congestionada; un reintento puede funcionar.</translation>
        </message>
        <message>
            <source>The carrier reported the callee busy everywhere.</source>
            <translation>El operador informó que el destinatario estaba ocupado en todas partes.</translation>
        </message>
        <message>
            <source>The carrier reported the call declined.</source>
            <translation>El operador informó que la llamada fue rechazada.</translation>
        </message>
        <message>
            <source>The carrier reported that the user does not exist.</source>
            <translation>El operador informó que el usuario no existe.</translation>
        </message>
        <message>
            <source>The carrier flagged the caller ID as spam.</source>
            <translation>El operador marcó el identificador de llamada como spam.</translation>
        </message>
        <message>
            <source>The caller ID is on the Do-Not-Originate list.</source>
            <translation>El identificador de llamada está en la lista Do-Not-Originate.</translation>
        </message>
        <message>
            <source>One of the parties hung up normally.</source>
            <translation>Una de las partes colgó normalmente.</translation>
        </message>
        <message>
            <source>The call ended after the last XML instruction.</source>
            <translation>La llamada terminó tras la última instrucción XML.</translation>
        </message>
        <message>
            <source>The multiparty call (conference) ended.</source>
            <translation>La llamada multiparte (conferencia) terminó.</translation>
        </message>
        <message>
            <source>The participant was removed from the multiparty call.</source>
            <translation>El participante fue retirado de la llamada multiparte.</translation>
        </message>
        <message>
            <source>A platform network error ended the call.</source>
            <translation>Un error de red de la plataforma terminó la llamada.</translation>
        </message>
        <message>
            <source>A platform internal error ended the call.</source>
            <translation>Un error interno de la plataforma terminó la llamada.</translation>
        </message>
        <message>
            <source>The platform could not route the call.</source>
            <translation>La plataforma no pudo enrutar la llamada.</translation>
        </message>
        <message>
            <source>The account's concurrency limit (India) was breached.</source>
            <translation>Se superó el límite de concurrencia de la cuenta (India).</translation>
        </message>
        <message>
            <source>The call reached its scheduled maximum duration.</source>
            <translation>La llamada alcanzó su duración máxima programada.</translation>
        </message>
        <message>
            <source>The call was not answered within the ring timeout.</source>
            <translation>La llamada no se contestó dentro del tiempo de timbrado.</translation>
        </message>
        <message>
            <source>No RTP was received for 60 seconds.</source>
            <translation>No se recibió RTP durante 60 segundos.</translation>
        </message>
        <message>
            <source>The answer webhook returned an error or timed out.</source>
            <translation>El webhook de respuesta devolvió un error o agotó el tiempo de espera.</translation>
        </message>
        <message>
            <source>The action webhook returned an error or timed out.</source>
            <translation>El webhook de acción devolvió un error o agotó el tiempo de espera.</translation>
        </message>
        <message>
            <source>The transfer webhook returned an error or timed out.</source>
            <translation>El webhook de transferencia devolvió un error o agotó el tiempo de espera.</translation>
        </message>
        <message>
            <source>The redirect webhook returned an error or timed out.</source>
            <translation>El webhook de redirección devolvió un error o agotó el tiempo de espera.</translation>
        </message>
        <message>
            <source>The action URL is malformed.</source>
            <translation>La URL de acción está mal formada.</translation>
        </message>
        <message>
            <source>The transfer URL is malformed.</source>
            <translation>La URL de transferencia está mal formada.</translation>
        </message>
        <message>
            <source>The redirect URL is malformed.</source>
            <translation>La URL de redirección está mal formada.</translation>
        </message>
        <message>
            <source>The action URL's HTTP method is neither GET nor POST.</source>
            <translation>El método HTTP de la URL de acción no es GET ni POST.</translation>
        </message>
        <message>
            <source>The transfer URL's HTTP method is neither GET nor POST.</source>
            <translation>El método HTTP de la URL de transferencia no es GET ni POST.</translation>
        </message>
        <message>
            <source>The redirect URL's HTTP method is neither GET nor POST.</source>
            <translation>El método HTTP de la URL de redirección no es GET ni POST.</translation>
        </message>
        <message>
            <source>The answer webhook returned invalid XML.</source>
            <translation>El webhook de respuesta devolvió XML no válido.</translation>
        </message>
        <message>
            <source>The action webhook returned invalid XML.</source>
            <translation>El webhook de acción devolvió XML no válido.</translation>
        </message>
        <message>
            <source>The transfer webhook returned invalid XML.</source>
            <translation>El webhook de transferencia devolvió XML no válido.</translation>
        </message>
        <message>
            <source>The redirect webhook returned invalid XML.</source>
            <translation>El webhook de redirección devolvió XML no válido.</translation>
        </message>
        <message>
            <source>Another leg of a parallel dial answered first.</source>
            <translation>Otro tramo de una marcación en paralelo contestó primero.</translation>
        </message>
        <message>
            <source>Answering-machine detection hung up the call.</source>
            <translation>La detección de contestador automático colgó la llamada.</translation>
        </message>
        <message>
            <source>The callee did not press the confirm key.</source>
            <translation>El destinatario no pulsó la tecla de confirmación.</translation>
        </message>
        <message>
            <source>The call was canceled before it was answered.</source>
            <translation>La llamada se canceló antes de ser contestada.</translation>
        </message>
        <message>
            <source>The destination could not be reached or is barred.</source>
            <translation>No se pudo alcanzar el destino o está bloqueado.</translation>
        </message>
        <message>
            <source>The callee or the callee's carrier did not take the call.</source>
            <translation>El destinatario o su operador no tomó la llamada.</translation>
        </message>
        <message>
            <source>The call ended normally.</source>
            <translation>La llamada terminó normalmente.</translation>
        </message>
        <message>
            <source>A platform error ended the call.</source>
            <translation>Un error de la plataforma terminó la llamada.</translation>
        </message>
        <message>
            <source>A timer ended the call.</source>
            <translation>Un temporizador terminó la llamada.</translation>
        </message>
        <message>
            <source>A webhook URL could not be reached or was invalid.</source>
            <translation>No se pudo alcanzar una URL de webhook o no era válida.</translation>
        </message>
        <message>
            <source>A webhook returned invalid XML.</source>
            <translation>Un webhook devolvió XML no válido.</translation>
        </message>
        <message>
            <source>The dialling logic ended this leg.</source>
            <translation>La lógica de marcación terminó este tramo.</translation>
        </message>
        <message>
            <source>The called party is busy.</source>
            <translation>El abonado llamado está ocupado.</translation>
        </message>
        <message>
            <source>The called party did not answer within the timeout.</source>
            <translation>El abonado llamado no contestó dentro del tiempo límite.</translation>
        </message>
        <message>
            <source>The caller cancelled before the call was answered (FreeSWITCH-internal code).</source>
            <translation>Quien llamó canceló antes de que se contestara la llamada (código interno de FreeSWITCH).</translation>
        </message>
        <message>
            <source>The destination explicitly rejected the call.</source>
            <translation>El destino rechazó la llamada explícitamente.</translation>
        </message>
        <message>
            <source>The SIP endpoint refused the INVITE.</source>
            <translation>El extremo SIP rechazó el INVITE.</translation>
        </message>
        <message>
            <source>The dialled number format is invalid.</source>
            <translation>El formato del número marcado no es válido.</translation>
        </message>
        <message>
            <source>The number is valid but not allocated to any subscriber.</source>
            <translation>El número es válido pero no está asignado a ningún abonado.</translation>
        </message>
        <message>
            <source>The destination service is temporarily unavailable.</source>
            <translation>El servicio de destino no está disponible temporalmente.</translation>
        </message>
        <message>
            <source>An internal server error occurred during call setup.</source>
            <translation>Se produjo un error interno del servidor durante el establecimiento de la llamada.</translation>
        </message>
        <message>
            <source>No RTP media was received: likely a firewall or network issue (FreeSWITCH-internal).</source>
            <translation>No se recibieron medios RTP: probablemente un problema de firewall o de red (interno de FreeSWITCH).</translation>
        </message>
        <message>
            <source>A SIP protocol violation or malformed message.</source>
            <translation>Una infracción del protocolo SIP o un mensaje mal formado.</translation>
        </message>
        <message>
            <source>A severe network failure prevented routing.</source>
            <translation>Una falla grave de la red impidió el enrutamiento.</translation>
        </message>
        <message>
            <source>The destination endpoint cannot accept the call.</source>
            <translation>El extremo de destino no puede aceptar la llamada.</translation>
        </message>
        <message>
            <source>A generic temporary failure; retrying may succeed.</source>
            <translation>Una falla temporal genérica; un reintento puede funcionar.</translation>
        </message>
        <message>
            <source>The SIP switch is at capacity.</source>
            <translation>El conmutador SIP está a plena capacidad.</translation>
        </message>
        <message>
            <source>An error not mapped to a standard cause.</source>
            <translation>Un error no asignado a una causa estándar.</translation>
        </message>
        <message>
            <source>The call was answered.</source>
            <translation>La llamada fue contestada.</translation>
        </message>
        <message>
            <source>The request was malformed.</source>
            <translation>La solicitud estaba mal formada.</translation>
        </message>
        <message>
            <source>The request needed authentication.</source>
            <translation>La solicitud requería autenticación.</translation>
        </message>
        <message>
            <source>The account needs funds.</source>
            <translation>La cuenta necesita saldo.</translation>
        </message>
        <message>
            <source>The destination or carrier refused the call.</source>
            <translation>El destino o el operador rechazó la llamada.</translation>
        </message>
        <message>
            <source>The number does not exist.</source>
            <translation>El número no existe.</translation>
        </message>
        <message>
            <source>The proxy needed authentication.</source>
            <translation>El proxy requería autenticación.</translation>
        </message>
        <message>
            <source>Nobody answered in time.</source>
            <translation>Nadie contestó a tiempo.</translation>
        </message>
        <message>
            <source>The number is no longer in service.</source>
            <translation>El número ya no está en servicio.</translation>
        </message>
        <message>
            <source>The callee is not reachable now (often no answer).</source>
            <translation>El destinatario no está disponible ahora (a menudo sin respuesta).</translation>
        </message>
        <message>
            <source>A SIP dialog mismatch.</source>
            <translation>Una discrepancia en el diálogo SIP.</translation>
        </message>
        <message>
            <source>The number is incomplete.</source>
            <translation>El número está incompleto.</translation>
        </message>
        <message>
            <source>The callee is busy.</source>
            <translation>El destinatario está ocupado.</translation>
        </message>
        <message>
            <source>The caller cancelled before answer.</source>
            <translation>Quien llamó canceló antes de la respuesta.</translation>
        </message>
        <message>
            <source>No common codec or media.</source>
            <translation>No hay códec ni medios en común.</translation>
        </message>
        <message>
            <source>The far end had an internal error.</source>
            <translation>El extremo remoto tuvo un error interno.</translation>
        </message>
        <message>
            <source>A gateway failed.</source>
            <translation>Falló una pasarela.</translation>
        </message>
        <message>
            <source>The far end is overloaded or down.</source>
            <translation>El extremo remoto está sobrecargado o fuera de servicio.</translation>
        </message>
        <message>
            <source>A gateway timed out.</source>
            <translation>Se agotó el tiempo de espera de una pasarela.</translation>
        </message>
        <message>
            <source>The callee is busy everywhere.</source>
            <translation>El destinatario está ocupado en todas partes.</translation>
        </message>
        <message>
            <source>The number does not exist anywhere.</source>
            <translation>El número no existe en ninguna parte.</translation>
        </message>
        <message>
            <source>The call cannot be accepted.</source>
            <translation>La llamada no se puede aceptar.</translation>
        </message>
        <message>
            <source>The call was still in progress.</source>
            <translation>La llamada aún estaba en curso.</translation>
        </message>
        <message>
            <source>Code %1</source>
            <translation>Código %1</translation>
        </message>
        <message>
            <source>This code is not in the provider's published table.</source>
            <translation>Este código no figura en la tabla publicada del proveedor.</translation>
        </message>
        <message>
            <source>A switch hangup cause not in Vobiz's published list.</source>
            <translation>Una causa de desconexión del conmutador que no figura en la lista publicada de Vobiz.</translation>
        </message>
        <message>
            <source>A success response: the call was answered.</source>
            <translation>Una respuesta de éxito: la llamada fue contestada.</translation>
        </message>
        <message>
            <source>A client-error response: the request could not be completed as sent.</source>
            <translation>Una respuesta de error del cliente: la solicitud no se pudo completar tal como se envió.</translation>
        </message>
        <message>
            <source>A server-error response: the far end failed.</source>
            <translation>Una respuesta de error del servidor: falló el extremo remoto.</translation>
        </message>
        <message>
            <source>A global-failure response: no destination will take the call.</source>
            <translation>Una respuesta de falla global: ningún destino aceptará la llamada.</translation>
        </message>
        <message>
            <source>Not a SIP final response code.</source>
            <translation>No es un código de respuesta final SIP.</translation>
        </message>
        <message>
            <source>Disconnected by %1.</source>
            <translation>Desconectada por %1.</translation>
        </message>
        <message>
            <source>The provider reported no hangup cause.</source>
            <translation>El proveedor no informó ninguna causa de desconexión.</translation>
        </message>
    </context>
    <context>
        <name>cdr::HangupClassifier</name>
        <message>
            <source>Unknown</source>
            <translation>Desconocida</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Busy</source>
            <translation>Ocupado</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Sin respuesta</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rechazada</translation>
        </message>
        <message>
            <source>Unavailable</source>
            <translation>No disponible</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>Invalid number</source>
            <translation>Número no válido</translation>
        </message>
        <message>
            <source>Network failure</source>
            <translation>Falla de red</translation>
        </message>
        <message>
            <source>Media failure</source>
            <translation>Falla de medios</translation>
        </message>
    </context>
    <context>
        <name>cdr::ImportProblemsDialog</name>
        <message>
            <source>Problems opening files</source>
            <translation>Problemas al abrir archivos</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Calls read</source>
            <translation>Llamadas leídas</translation>
        </message>
        <message>
            <source>Copy list</source>
            <translation>Copiar lista</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>Advertencia: %1</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more warning(s)</source>
            <translation>
                <numerusform>… y %n advertencia más</numerusform>
                <numerusform>… y %n advertencias más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be read completely.</source>
            <translation>
                <numerusform>%n archivo no se pudo leer por completo.</numerusform>
                <numerusform>%n archivos no se pudieron leer por completo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every file was read, with warnings.</source>
            <translation>Se leyeron todos los archivos, con advertencias.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln kept</source>
            <translation>
                <numerusform>%Ln conservada</numerusform>
                <numerusform>%Ln conservadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The calls read before an error are kept (%Ln call(s)).</source>
            <translation>
                <numerusform>Se conservan las llamadas leídas antes de un error (%Ln llamada).</numerusform>
                <numerusform>Se conservan las llamadas leídas antes de un error (%Ln llamadas).</numerusform>
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
            <translation>No hay llavero del sistema: el secreto de la cuenta se conserva en memoria solo durante esta sesión.</translation>
        </message>
        <message>
            <source>&amp;Calls</source>
            <translation>&amp;Llamadas</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Panorama</translation>
        </message>
        <message>
            <source>&amp;Scorecard</source>
            <translation>&amp;Cuadro de indicadores</translation>
        </message>
        <message>
            <source>Showing the calls of %1.</source>
            <translation>Mostrando las llamadas de %1.</translation>
        </message>
        <message>
            <source>Reading %1: %2 of %3 MB</source>
            <translation>Leyendo %1: %2 de %3 MB</translation>
        </message>
        <message>
            <source>%1 could not be read completely</source>
            <translation>%1 no se pudo leer por completo</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be read</source>
            <translation>
                <numerusform>%n archivo no se pudo leer</numerusform>
                <numerusform>%n archivos no se pudieron leer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s) (File &gt; Problems of the last open)</source>
            <translation>
                <numerusform>%n advertencia (Archivo &gt; Problemas de la última apertura)</numerusform>
                <numerusform>%n advertencias (Archivo &gt; Problemas de la última apertura)</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume the interrupted fetch of %1</source>
            <translation>Reanudar la obtención interrumpida de %1</translation>
        </message>
        <message>
            <source> (Fetch &gt; Resume).</source>
            <translation> (Obtener &gt; Reanudar).</translation>
        </message>
        <message>
            <source>Add a provider account first (Fetch &gt; Accounts).</source>
            <translation>Agregue primero una cuenta de proveedor (Obtener &gt; Cuentas).</translation>
        </message>
        <message>
            <source>Fetching %1 calls since %2.</source>
            <translation>Obteniendo llamadas de %1 desde %2.</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>La fecha de inicio es posterior a la fecha de fin.</translation>
        </message>
        <message>
            <source>CDR Inspector - demo data</source>
            <translation>CDR Inspector - datos de demostración</translation>
        </message>
        <message>
            <source>Building the demo data...</source>
            <translation>Generando los datos de demostración...</translation>
        </message>
        <message numerus="yes">
            <source>Reading %n file(s)...</source>
            <translation>
                <numerusform>Leyendo %n archivo...</numerusform>
                <numerusform>Leyendo %n archivos...</numerusform>
            </translation>
        </message>
        <message>
            <source>Open call records</source>
            <translation>Abrir registros de llamadas</translation>
        </message>
        <message>
            <source>Call records (*.json *.ndjson *.jsonl *.csv);;All files (*)</source>
            <translation>Registros de llamadas (*.json *.ndjson *.jsonl *.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Exporting...</source>
            <translation>Exportando...</translation>
        </message>
        <message>
            <source>Export: use a .csv, .json or .ndjson file name.</source>
            <translation>Exportar: use un nombre de archivo .csv, .json o .ndjson.</translation>
        </message>
        <message>
            <source>unknown format</source>
            <translation>formato desconocido</translation>
        </message>
        <message>
            <source>Export calls</source>
            <translation>Exportar llamadas</translation>
        </message>
        <message>
            <source>CSV, the visible columns (*.csv);;NDJSON, whole calls (*.ndjson);;JSON, whole calls (*.json)</source>
            <translation>CSV, las columnas visibles (*.csv);;NDJSON, llamadas completas (*.ndjson);;JSON, llamadas completas (*.json)</translation>
        </message>
        <message numerus="yes">
            <source>Import canceled: %Ln new call(s) kept.</source>
            <translation>
                <numerusform>Importación cancelada: se conserva %Ln llamada nueva.</numerusform>
                <numerusform>Importación cancelada: se conservan %Ln llamadas nuevas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Opened %Ln new call(s)</source>
            <translation>
                <numerusform>Se abrió %Ln llamada nueva</numerusform>
                <numerusform>Se abrieron %Ln llamadas nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%Ln already there or repeated; the last occurrence is kept)</source>
            <translation>
                <numerusform> (%Ln ya estaba o se repetía; se conserva la última aparición)</numerusform>
                <numerusform> (%Ln ya estaban o se repetían; se conserva la última aparición)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo: %Ln call(s) across Plivo, Vobiz, CarrierX and NexBro.</source>
            <translation>
                <numerusform>Demo: %Ln llamada de Plivo, Vobiz, CarrierX y NexBro.</numerusform>
                <numerusform>Demo: %Ln llamadas de Plivo, Vobiz, CarrierX y NexBro.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::MainWindowActions</name>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Panorama</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Open files...</source>
            <translation>&amp;Abrir archivos...</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;recientes</translation>
        </message>
        <message>
            <source>Open &amp;demo data</source>
            <translation>Abrir datos de &amp;demostración</translation>
        </message>
        <message>
            <source>&amp;Problems of the last open...</source>
            <translation>&amp;Problemas de la última apertura...</translation>
        </message>
        <message>
            <source>&amp;Export the view...</source>
            <translation>&amp;Exportar la vista...</translation>
        </message>
        <message>
            <source>The filtered, sorted calls with the visible columns</source>
            <translation>Las llamadas filtradas y ordenadas, con las columnas visibles</translation>
        </message>
        <message>
            <source>Export &amp;all calls...</source>
            <translation>Exportar &amp;todas las llamadas...</translation>
        </message>
        <message>
            <source>Export this &amp;call</source>
            <translation>Exportar esta &amp;llamada</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Copy rows</source>
            <translation>&amp;Copiar filas</translation>
        </message>
        <message>
            <source>Copy rows as CS&amp;V</source>
            <translation>Copiar filas como CS&amp;V</translation>
        </message>
        <message>
            <source>&amp;Filter...</source>
            <translation>&amp;Filtrar...</translation>
        </message>
        <message>
            <source>C&amp;lear all filters</source>
            <translation>&amp;Quitar todos los filtros</translation>
        </message>
        <message>
            <source>&amp;Go to call...</source>
            <translation>&amp;Ir a la llamada...</translation>
        </message>
        <message>
            <source>&amp;Save filter as...</source>
            <translation>&amp;Guardar filtro como...</translation>
        </message>
        <message>
            <source>Saved fi&amp;lters</source>
            <translation>Fi&amp;ltros guardados</translation>
        </message>
        <message>
            <source>(none saved)</source>
            <translation>(ninguno guardado)</translation>
        </message>
        <message>
            <source>&amp;Preferences...</source>
            <translation>&amp;Preferencias...</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Next bad call</source>
            <translation>Siguie&amp;nte llamada mala</translation>
        </message>
        <message>
            <source>&amp;Previous bad call</source>
            <translation>Llamada mala a&amp;nterior</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>A&amp;delante</translation>
        </message>
        <message>
            <source>&amp;Compare selected calls</source>
            <translation>&amp;Comparar las llamadas seleccionadas</translation>
        </message>
        <message>
            <source>C&amp;olumns...</source>
            <translation>C&amp;olumnas...</translation>
        </message>
        <message>
            <source>F&amp;etch</source>
            <translation>O&amp;btener</translation>
        </message>
        <message>
            <source>&amp;Fetch calls</source>
            <translation>&amp;Obtener llamadas</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancelar</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Reanudar</translation>
        </message>
        <message>
            <source>Fetch &amp;new calls (since the newest archived)</source>
            <translation>Obtener llamadas &amp;nuevas (desde la más reciente archivada)</translation>
        </message>
        <message>
            <source>&amp;Accounts...</source>
            <translation>&amp;Cuentas...</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>&amp;Documentation</source>
            <translation>&amp;Documentación</translation>
        </message>
        <message>
            <source>&amp;About CDR Inspector</source>
            <translation>&amp;Acerca de CDR Inspector</translation>
        </message>
        <message>
            <source>CDR Inspector %1: call detail records from Plivo, Vobiz, CarrierX and NexBro.</source>
            <translation>CDR Inspector %1: registros de detalle de llamadas de Plivo, Vobiz, CarrierX y NexBro.</translation>
        </message>
    </context>
    <context>
        <name>cdr::NoticeBar</name>
        <message>
            <source>Close this notice</source>
            <translation>Cerrar este aviso</translation>
        </message>
    </context>
    <context>
        <name>cdr::OutputFormat</name>
        <message>
            <source>cannot write %1: %2</source>
            <translation>no se puede escribir %1: %2</translation>
        </message>
    </context>
    <context>
        <name>cdr::OverviewCharts</name>
        <message>
            <source>MOS distribution by direction (click a bar to filter)</source>
            <translation>Distribución de MOS por dirección (haga clic en una barra para filtrar)</translation>
        </message>
        <message>
            <source>Calls and answered calls over time</source>
            <translation>Llamadas y llamadas contestadas a lo largo del tiempo</translation>
        </message>
        <message>
            <source>Hangup classes (hover for the provider causes, click to filter)</source>
            <translation>Clases de desconexión (pase el cursor para ver las causas del proveedor, haga clic para filtrar)</translation>
        </message>
        <message>
            <source>Mean MOS over time</source>
            <translation>MOS medio a lo largo del tiempo</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n call(s)</source>
            <translation>
                <numerusform>%1: %n llamada</numerusform>
                <numerusform>%1: %n llamadas</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2: %3</source>
            <translation>%1 · %2: %3</translation>
        </message>
        <message>
            <source>(no cause given)</source>
            <translation>(sin causa indicada)</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more cause(s)</source>
            <translation>
                <numerusform>… y %n causa más</numerusform>
                <numerusform>… y %n causas más</numerusform>
            </translation>
        </message>
        <message>
            <source>Inbound</source>
            <translation>Entrantes</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>Salientes</translation>
        </message>
        <message>
            <source>MOS (bin start)</source>
            <translation>MOS (inicio del intervalo)</translation>
        </message>
        <message>
            <source>calls</source>
            <translation>llamadas</translation>
        </message>
        <message>
            <source>Calls per hour: answered and not answered (click to filter)</source>
            <translation>Llamadas por hora: contestadas y no contestadas (haga clic para filtrar)</translation>
        </message>
        <message>
            <source>Calls per day: answered and not answered (click to filter)</source>
            <translation>Llamadas por día: contestadas y no contestadas (haga clic para filtrar)</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Contestadas</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>No contestadas</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Llamadas</translation>
        </message>
        <message>
            <source>Mean MOS</source>
            <translation>MOS medio</translation>
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
                <numerusform>%Ln llamada en la vista actual. Haga clic en una barra para filtrar la tabla por ella.</numerusform>
                <numerusform>%Ln llamadas en la vista actual. Haga clic en una barra para filtrar la tabla por ella.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::PageWalk</name>
        <message>
            <source>%1 said more calls follow but sent an empty page; this time window ends there.</source>
            <translation>%1 indicó que seguían más llamadas pero envió una página vacía; esta ventana de tiempo termina ahí.</translation>
        </message>
        <message>
            <source>%1: the walk made no progress: the page after "%2" ended at "%3" again; stopped after %4 pages. The provider's paging is broken; calls after that point were not fetched.</source>
            <translation>%1: el recorrido no avanzó: la página después de "%2" volvió a terminar en "%3"; detenido tras %4 páginas. La paginación del proveedor está rota; no se obtuvieron las llamadas posteriores a ese punto.</translation>
        </message>
        <message>
            <source>%1: the walk made no progress: the last %2 pages held only calls already received; stopped after %3 pages. The provider ignores the paging; calls beyond were not fetched.</source>
            <translation>%1: el recorrido no avanzó: las últimas %2 páginas solo contenían llamadas ya recibidas; detenido tras %3 páginas. El proveedor ignora la paginación; no se obtuvieron las llamadas siguientes.</translation>
        </message>
        <message>
            <source>%1 reported an impossible total of calls (%2); the walk goes page by page instead of trusting it.</source>
            <translation>%1 informó un total de llamadas imposible (%2); el recorrido avanza página por página en lugar de confiar en él.</translation>
        </message>
        <message>
            <source>negative or out of range</source>
            <translation>negativo o fuera de rango</translation>
        </message>
        <message>
            <source>%1 claimed a total of %2 calls, but page %3 came back empty; the walk ends there and does not trust the total.</source>
            <translation>%1 declaró un total de %2 llamadas, pero la página %3 llegó vacía; el recorrido termina ahí y no confía en el total.</translation>
        </message>
    </context>
    <context>
        <name>cdr::PgArchiveWatcher</name>
        <message>
            <source>Team archive %1: the connection to the server was lost; shared notes no longer update live</source>
            <translation>Histórico de equipo %1: se perdió la conexión con el servidor; las notas compartidas ya no se actualizan en vivo</translation>
        </message>
    </context>
    <context>
        <name>cdr::PlivoService</name>
        <message>
            <source>Plivo keeps only the last %1 days of call records; the range %2 to %3 is older than that.</source>
            <translation>Plivo solo conserva los registros de llamadas de los últimos %1 días; el rango de %2 a %3 es anterior.</translation>
        </message>
        <message>
            <source>Plivo keeps only the last %1 days of call records; fetching from %2 instead of %3.</source>
            <translation>Plivo solo conserva los registros de llamadas de los últimos %1 días; se obtiene desde %2 en lugar de %3.</translation>
        </message>
    </context>
    <context>
        <name>cdr::PreferencesDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>Seguir al sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Personalizado</translation>
        </message>
        <message>
            <source>Error: each "good" threshold must be on the good side of its "bad" one.</source>
            <translation>Error: cada umbral "bueno" debe estar del lado bueno de su umbral "malo".</translation>
        </message>
        <message>
            <source>Error: unknown time zone "%1".</source>
            <translation>Error: zona horaria desconocida "%1".</translation>
        </message>
        <message>
            <source>Error: "%1" is not a region code (two letters, e.g. IN or US).</source>
            <translation>Error: "%1" no es un código de región (dos letras, p. ej. IN o US).</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Histórico</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
    </context>
    <context>
        <name>cdr::ProviderNormalizer</name>
        <message>
            <source>%1: field 'audio_stats.%2.%3' is not a number; ignored</source>
            <translation>%1: el campo 'audio_stats.%2.%3' no es un número; ignorado</translation>
        </message>
        <message>
            <source>%1: call_flow[%2] is a %3, not a leg; kept as an empty leg</source>
            <translation>%1: call_flow[%2] es un %3, no un tramo; se conserva como tramo vacío</translation>
        </message>
        <message>
            <source>: the record has no call id</source>
            <translation>: el registro no tiene id de llamada</translation>
        </message>
    </context>
    <context>
        <name>cdr::ProviderService</name>
        <message>
            <source>%1: the time range is empty or invalid.</source>
            <translation>%1: el rango de tiempo está vacío o no es válido.</translation>
        </message>
        <message>
            <source>%1: nothing to fetch.</source>
            <translation>%1: no hay nada que obtener.</translation>
        </message>
        <message>
            <source>%1: stopped after %2 pages, the limit for one run; resume to continue, or fetch a shorter range.</source>
            <translation>%1: detenido tras %2 páginas, el límite de una ejecución; reanude para continuar u obtenga un rango más corto.</translation>
        </message>
        <message>
            <source>%1 sent a response larger than %2 MB; stopped reading it.</source>
            <translation>%1 envió una respuesta de más de %2 MB; se dejó de leer.</translation>
        </message>
        <message>
            <source>%1 refused access (HTTP %2): the credentials are wrong or expired, or this machine's IP address is not on the key's whitelist.</source>
            <translation>%1 denegó el acceso (HTTP %2): las credenciales son incorrectas o caducaron, o la dirección IP de este equipo no está en la lista blanca de la clave.</translation>
        </message>
        <message>
            <source>%1: call %2: not found, or not available yet.</source>
            <translation>%1: llamada %2: no encontrada o aún no disponible.</translation>
        </message>
        <message>
            <source>%1: page %2 of the call list was not found (HTTP 404); %3 calls arrived before it, and the walk can be resumed.</source>
            <translation>%1: no se encontró la página %2 de la lista de llamadas (HTTP 404); llegaron %3 llamadas antes, y el recorrido se puede reanudar.</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>%1 rejected the request (HTTP %2): %3</source>
            <translation>%1 rechazó la solicitud (HTTP %2): %3</translation>
        </message>
        <message>
            <source>%1 sent an oversize response.</source>
            <translation>%1 envió una respuesta demasiado grande.</translation>
        </message>
        <message>
            <source>%1: not an API response: %2 answered HTTP %3 with an HTML page%4. Check the base URL, or a proxy or login portal in the way.</source>
            <translation>%1: no es una respuesta de la API: %2 respondió HTTP %3 con una página HTML%4. Revise la URL base, o si hay un proxy o un portal de inicio de sesión en medio.</translation>
        </message>
        <message>
            <source> ("%1")</source>
            <translation> ("%1")</translation>
        </message>
        <message>
            <source>%1: redirected to %2 (HTTP %3), which is not the configured host %4 over http(s); not followed.</source>
            <translation>%1: redirigido a %2 (HTTP %3), que no es el host configurado %4 por http(s); no se siguió.</translation>
        </message>
        <message>
            <source>an invalid address</source>
            <translation>una dirección no válida</translation>
        </message>
        <message>
            <source>%1: too many redirects (%2), the last to %3.</source>
            <translation>%1: demasiadas redirecciones (%2), la última a %3.</translation>
        </message>
        <message>
            <source>%1: gave up after %2 attempts (%3).</source>
            <translation>%1: se abandonó tras %2 intentos (%3).</translation>
        </message>
        <message>
            <source>%1 asked to wait %2 before retrying (%3); waiting %4 instead, the cap for one wait.</source>
            <translation>%1 pidió esperar %2 antes de reintentar (%3); se espera %4 en su lugar, el máximo para una espera.</translation>
        </message>
        <message>
            <source>%1 returned an error: %2</source>
            <translation>%1 devolvió un error: %2</translation>
        </message>
        <message>
            <source>unreadable response: %1</source>
            <translation>respuesta ilegible: %1</translation>
        </message>
        <message>
            <source>%1: not a call list: the answer to %2 has none of the paging fields of a %1 call list%3.</source>
            <translation>%1: no es una lista de llamadas: la respuesta a %2 no tiene ninguno de los campos de paginación de una lista de llamadas de %1%3.</translation>
        </message>
        <message>
            <source> (%1)</source>
            <translation> (%1)</translation>
        </message>
        <message>
            <source>%1: the answer for call %2 holds no call record%3.</source>
            <translation>%1: la respuesta para la llamada %2 no contiene ningún registro de llamada%3.</translation>
        </message>
        <message>
            <source>%1: stopped after %2 pages, the limit for one run (%3 calls so far); resume to continue, or fetch a shorter range.</source>
            <translation>%1: detenido tras %2 páginas, el límite de una ejecución (%3 llamadas hasta ahora); reanude para continuar u obtenga un rango más corto.</translation>
        </message>
        <message>
            <source>%1: %2 calls not found, or not available yet: %3</source>
            <translation>%1: %2 llamadas no encontradas o aún no disponibles: %3</translation>
        </message>
    </context>
    <context>
        <name>cdr::QualityChartFactory</name>
        <message>
            <source>Inbound</source>
            <translation>Entrantes</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>Salientes</translation>
        </message>
        <message>
            <source>not reported: %1</source>
            <translation>no informado: %1</translation>
        </message>
        <message>
            <source>Flaws per interval</source>
            <translation>Fallos por intervalo</translation>
        </message>
        <message>
            <source>Selected interval</source>
            <translation>Intervalo seleccionado</translation>
        </message>
        <message>
            <source>Cursor</source>
            <translation>Cursor</translation>
        </message>
        <message>
            <source>%1 does not report media quality (no MOS, jitter or packet loss in its call records).</source>
            <translation>%1 no informa la calidad de los medios (ni MOS, ni jitter ni pérdida de paquetes en sus registros de llamadas).</translation>
        </message>
        <message>
            <source>Vobiz sent a MOS outside 1 to 5 for this call; it was dropped as invalid.</source>
            <translation>Vobiz envió para esta llamada un MOS fuera del rango de 1 a 5; se descartó por no ser válido.</translation>
        </message>
        <message>
            <source>This call was not answered, so it carried no audio to grade.</source>
            <translation>Esta llamada no fue contestada, así que no llevó audio que evaluar.</translation>
        </message>
        <message>
            <source>Vobiz sent no MOS, jitter or packet loss for this call.</source>
            <translation>Vobiz no envió MOS, jitter ni pérdida de paquetes para esta llamada.</translation>
        </message>
        <message>
            <source>NexBro sent no audio_stats for this call.</source>
            <translation>NexBro no envió audio_stats para esta llamada.</translation>
        </message>
        <message>
            <source>This record has no media quality data.</source>
            <translation>Este registro no tiene datos de calidad de los medios.</translation>
        </message>
        <message>
            <source>MOS, inbound vs outbound</source>
            <translation>MOS, entrante frente a saliente</translation>
        </message>
        <message>
            <source>Jitter</source>
            <translation>Jitter</translation>
        </message>
        <message>
            <source>Packet loss</source>
            <translation>Pérdida de paquetes</translation>
        </message>
        <message>
            <source>Packet counters</source>
            <translation>Contadores de paquetes</translation>
        </message>
        <message>
            <source>Quality percentage</source>
            <translation>Porcentaje de calidad</translation>
        </message>
        <message>
            <source>Flaws over time (error log)</source>
            <translation>Fallos a lo largo del tiempo (registro de errores)</translation>
        </message>
        <message>
            <source>MOS</source>
            <translation>MOS</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Llamada</translation>
        </message>
        <message>
            <source>Quality %</source>
            <translation>Calidad %</translation>
        </message>
        <message>
            <source>MOS (per call)</source>
            <translation>MOS (por llamada)</translation>
        </message>
        <message>
            <source>Good ≥ %1</source>
            <translation>Bueno ≥ %1</translation>
        </message>
        <message>
            <source>Average %1–%2</source>
            <translation>Regular %1–%2</translation>
        </message>
        <message>
            <source>Bad below %1</source>
            <translation>Malo por debajo de %1</translation>
        </message>
        <message>
            <source>Jitter per call: %1 (%2)</source>
            <translation>Jitter por llamada: %1 (%2)</translation>
        </message>
        <message>
            <source>Packet loss per call: %1 (%2)</source>
            <translation>Pérdida de paquetes por llamada: %1 (%2)</translation>
        </message>
        <message>
            <source>packets</source>
            <translation>paquetes</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>%1, worst per %2 s</source>
            <translation>%1, peor valor cada %2 s</translation>
        </message>
        <message>
            <source>seconds from call start</source>
            <translation>segundos desde el inicio de la llamada</translation>
        </message>
        <message>
            <source>flaws</source>
            <translation>fallos</translation>
        </message>
    </context>
    <context>
        <name>cdr::QualityCharts</name>
        <message>
            <source>%1: this call has no such chart</source>
            <translation>%1: esta llamada no tiene ese gráfico</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>%1 exportado</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Exportar gráfico</translation>
        </message>
        <message>
            <source>%1 files (*.%2)</source>
            <translation>Archivos %1 (*.%2)</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>Exportar PNG…</translation>
        </message>
        <message>
            <source>Export PNG at 2x…</source>
            <translation>Exportar PNG a 2x…</translation>
        </message>
        <message>
            <source>Export SVG…</source>
            <translation>Exportar SVG…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exportar PDF…</translation>
        </message>
        <message>
            <source>Export data as CSV…</source>
            <translation>Exportar datos como CSV…</translation>
        </message>
        <message>
            <source>Copy image</source>
            <translation>Copiar imagen</translation>
        </message>
        <message>
            <source>Copied the chart image</source>
            <translation>Imagen del gráfico copiada</translation>
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
            <translation>Varianza mínima de jitter</translation>
        </message>
        <message>
            <source>Jitter max variance</source>
            <translation>Varianza máxima de jitter</translation>
        </message>
        <message>
            <source>Loss rate</source>
            <translation>Tasa de pérdida</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>Tasa de ráfagas</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Calidad</translation>
        </message>
        <message>
            <source>Packets</source>
            <translation>Paquetes</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Medios</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Omitidos</translation>
        </message>
        <message>
            <source>Flush</source>
            <translation>Descartados (flush)</translation>
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
            <translation>Paquetes del búfer de jitter</translation>
        </message>
        <message>
            <source>RTCP packets</source>
            <translation>Paquetes RTCP</translation>
        </message>
        <message>
            <source>Mean packet interval</source>
            <translation>Intervalo medio entre paquetes</translation>
        </message>
        <message>
            <source>Raw bytes</source>
            <translation>Bytes en bruto</translation>
        </message>
        <message>
            <source>Media bytes</source>
            <translation>Bytes de medios</translation>
        </message>
        <message>
            <source>RTCP octets</source>
            <translation>Octetos RTCP</translation>
        </message>
        <message>
            <source>Flaws</source>
            <translation>Fallos</translation>
        </message>
        <message>
            <source>outbound</source>
            <translation>saliente</translation>
        </message>
        <message>
            <source>inbound</source>
            <translation>entrante</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>number and unit</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>good</source>
            <translation>bueno</translation>
        </message>
        <message>
            <source>average</source>
            <translation>regular</translation>
        </message>
        <message>
            <source>bad</source>
            <translation>malo</translation>
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
            <translation>informado en la entrada</translation>
        </message>
        <message>
            <source>reported by %1</source>
            <translation>informado por %1</translation>
        </message>
        <message>
            <source>the provider</source>
            <translation>el proveedor</translation>
        </message>
        <message>
            <source>reported by %1 (audio_stats)</source>
            <translation>informado por %1 (audio_stats)</translation>
        </message>
        <message>
            <source>reported by %1 (audio_stats, %2)</source>
            <translation>informado por %1 (audio_stats, %2)</translation>
        </message>
        <message>
            <source>%1: FreeSWITCH-style MOS from the flaw ratio, not an E-model</source>
            <translation>%1: MOS al estilo de FreeSWITCH a partir de la proporción de fallos, no un modelo E</translation>
        </message>
        <message>
            <source>%1: a variance in ms², not jitter in ms</source>
            <translation>%1: una varianza en ms², no un jitter en ms</translation>
        </message>
        <message>
            <source>jitter variances are in ms², not jitter in ms</source>
            <translation>las varianzas de jitter están en ms², no son jitter en ms</translation>
        </message>
        <message>
            <source>computed: E-model (inputs not recorded)</source>
            <translation>calculado: modelo E (entradas no registradas)</translation>
        </message>
        <message>
            <source>loss %1 and jitter %2 %3</source>
            <translation>pérdida %1 y jitter %2 %3</translation>
        </message>
        <message>
            <source>loss %1 %2 (jitter not reported, 0 ms used)</source>
            <translation>pérdida %1 %2 (jitter no informado, se usan 0 ms)</translation>
        </message>
        <message>
            <source>delay assumed %1</source>
            <translation>retardo supuesto %1</translation>
        </message>
        <message>
            <source>delay assumed (value not recorded)</source>
            <translation>retardo supuesto (valor no registrado)</translation>
        </message>
        <message>
            <source>codec %1 (%2)</source>
            <translation>códec %1 (%2)</translation>
        </message>
        <message>
            <source>codec not reported, G.711 values used</source>
            <translation>códec no informado, se usan los valores de G.711</translation>
        </message>
        <message>
            <source>%1 has no G.113 value, G.711 values used</source>
            <translation>%1 no tiene valor G.113, se usan los valores de G.711</translation>
        </message>
        <message>
            <source>computed: E-model from %1, %2, %3</source>
            <translation>calculado: modelo E a partir de %1, %2, %3</translation>
        </message>
        <message>
            <source>packets</source>
            <translation>paquetes</translation>
        </message>
        <message>
            <source>bytes</source>
            <translation>bytes</translation>
        </message>
        <message>
            <source>flaws</source>
            <translation>fallos</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>label (unit)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>MOS (inbound)</source>
            <translation>MOS (entrante)</translation>
        </message>
        <message>
            <source>MOS (outbound)</source>
            <translation>MOS (saliente)</translation>
        </message>
        <message>
            <source>Jitter</source>
            <translation>Jitter</translation>
        </message>
        <message>
            <source>Packet loss</source>
            <translation>Pérdida de paquetes</translation>
        </message>
        <message>
            <source>R-factor (estimate)</source>
            <translation>Factor R (estimación)</translation>
        </message>
        <message>
            <source>MOS estimate</source>
            <translation>Estimación de MOS</translation>
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
            <translation>Predeterminado (bandas VoIP habituales: MOS 4,0 / 3,6, jitter 10 / 30 ms, pérdida 0,5 / 0,9 %)</translation>
        </message>
        <message>
            <source>Strict (contact centre, wideband)</source>
            <translation>Estricto (centro de contacto, banda ancha)</translation>
        </message>
        <message>
            <source>Lenient (mobile, long-haul)</source>
            <translation>Tolerante (móvil, larga distancia)</translation>
        </message>
    </context>
    <context>
        <name>cdr::RecordFields</name>
        <message>
            <source>%1: field '%2' is a %3 where a %4 was expected; ignored</source>
            <translation>%1: el campo '%2' es un %3 donde se esperaba un %4; ignorado</translation>
        </message>
        <message>
            <source>%1: field '%2' value "%3" is not %4; ignored</source>
            <translation>%1: el valor "%3" del campo '%2' no es %4; ignorado</translation>
        </message>
    </context>
    <context>
        <name>cdr::RecordParser</name>
        <message numerus="yes">
            <source>… and %n more warning(s)</source>
            <translation>
                <numerusform>… y %n advertencia más</numerusform>
                <numerusform>… y %n advertencias más</numerusform>
            </translation>
        </message>
        <message>
            <source>record without id</source>
            <translation>registro sin id</translation>
        </message>
        <message>
            <source>record %1</source>
            <translation>registro %1</translation>
        </message>
    </context>
    <context>
        <name>cdr::RecordSplitter</name>
        <message>
            <source>a JSON value outside the record arrays is larger than %1 MiB</source>
            <translation>un valor JSON fuera de los arreglos de registros ocupa más de %1 MiB</translation>
        </message>
        <message>
            <source>a record at byte offset %1 is larger than %2 MiB</source>
            <translation>un registro en el desplazamiento de byte %1 ocupa más de %2 MiB</translation>
        </message>
        <message>
            <source>expected a JSON object or array at byte offset %1 (line %2), found %3</source>
            <translation>se esperaba un objeto o un arreglo JSON en el desplazamiento de byte %1 (línea %2), se encontró %3</translation>
        </message>
        <message>
            <source>JSON nested deeper than %1 levels at byte offset %2 (line %3)</source>
            <translation>JSON anidado a más de %1 niveles en el desplazamiento de byte %2 (línea %3)</translation>
        </message>
        <message>
            <source>unexpected '%1' at byte offset %2 (line %3)</source>
            <translation>'%1' inesperado en el desplazamiento de byte %2 (línea %3)</translation>
        </message>
        <message>
            <source>malformed JSON: '%1' closes a '%2' at byte offset %3 (line %4)</source>
            <translation>JSON mal formado: '%1' cierra un '%2' en el desplazamiento de byte %3 (línea %4)</translation>
        </message>
        <message numerus="yes">
            <source>the input ends inside a JSON value (truncated?): %n bracket(s) left open at byte offset %1 (line %2)</source>
            <translation>
                <numerusform>la entrada termina dentro de un valor JSON (¿truncada?): %n corchete sin cerrar en el desplazamiento de byte %1 (línea %2)</numerusform>
                <numerusform>la entrada termina dentro de un valor JSON (¿truncada?): %n corchetes sin cerrar en el desplazamiento de byte %1 (línea %2)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::RecoveryOffer</name>
        <message>
            <source>Recovery failed: %1</source>
            <translation>La recuperación falló: %1</translation>
        </message>
        <message>
            <source>Recovering %1 failed: %2</source>
            <translation>La recuperación de %1 falló: %2</translation>
        </message>
        <message numerus="yes">
            <source>(%n damaged part(s) could not be read).</source>
            <translation>
                <numerusform>(%n parte dañada no se pudo leer).</numerusform>
                <numerusform>(%n partes dañadas no se pudieron leer).</numerusform>
            </translation>
        </message>
        <message>
            <source>(no damage found).</source>
            <translation>(no se encontraron daños).</translation>
        </message>
        <message>
            <source>%1 was not changed.</source>
            <translation>%1 no se modificó.</translation>
        </message>
        <message>
            <source>Open the recovered archive</source>
            <translation>Abrir el histórico recuperado</translation>
        </message>
        <message>
            <source>Recover into %1</source>
            <translation>Recuperar en %1</translation>
        </message>
        <message>
            <source>The last import into this archive (%1, started %2) was interrupted before it ended; calls it had read but not yet stored are missing.</source>
            <translation>La última importación a este histórico (%1, iniciada %2) se interrumpió antes de terminar; faltan las llamadas que había leído pero aún no guardado.</translation>
        </message>
        <message>
            <source>Importing the files again adds what is missing; calls already archived are not doubled.</source>
            <translation>Importar los archivos de nuevo agrega lo que falta; las llamadas ya guardadas no se duplican.</translation>
        </message>
        <message>
            <source>Import again</source>
            <translation>Importar de nuevo</translation>
        </message>
        <message>
            <source>It cannot be run again: %1 no longer there.</source>
            <translation>No se puede volver a ejecutar: %1 ya no está.</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>The archive %1 cannot be opened: it is damaged (%2). The calls that can still be read can be copied into a new archive; this file is not changed.</source>
            <translation>El histórico %1 no se puede abrir: está dañado (%2). Las llamadas que aún se pueden leer se pueden copiar a un histórico nuevo; este archivo no se modifica.</translation>
        </message>
        <message>
            <source>Recovering %1 into %2...</source>
            <translation>Recuperando %1 en %2...</translation>
        </message>
        <message>
            <source>Recovering the archive...</source>
            <translation>Recuperando el histórico...</translation>
        </message>
        <message numerus="yes">
            <source>Recovering the archive: %Ln call(s) copied so far</source>
            <translation>
                <numerusform>Recuperando el histórico: %Ln llamada copiada hasta ahora</numerusform>
                <numerusform>Recuperando el histórico: %Ln llamadas copiadas hasta ahora</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recovered %Ln call(s) from %1 into %2</source>
            <translation>
                <numerusform>Se recuperó %Ln llamada de %1 en %2</numerusform>
                <numerusform>Se recuperaron %Ln llamadas de %1 en %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The archive %1 is damaged: %Ln call(s) could be read and are shown, but calls stored on its damaged parts could not be read and may be missing. Recover the readable calls into a new archive before adding to this one; this file is not changed.</source>
            <translation>
                <numerusform>El histórico %1 está dañado: se pudo leer %Ln llamada y se muestra, pero las llamadas guardadas en sus partes dañadas no se pudieron leer y pueden faltar. Recupere las llamadas legibles en un histórico nuevo antes de agregar a este; este archivo no se modifica.</numerusform>
                <numerusform>El histórico %1 está dañado: se pudieron leer %Ln llamadas y se muestran, pero las llamadas guardadas en sus partes dañadas no se pudieron leer y pueden faltar. Recupere las llamadas legibles en un histórico nuevo antes de agregar a este; este archivo no se modifica.</numerusform>
            </translation>
        </message>
        <message>
            <source>The upgrade of this archive to a newer format (schema %1 to %2, started %3) was cut short: the app was closed or crashed while it ran.</source>
            <translation>La actualización de este histórico a un formato más nuevo (esquema %1 a %2, iniciada %3) se interrumpió: la aplicación se cerró o falló mientras se ejecutaba.</translation>
        </message>
        <message>
            <source>An upgrade of this archive to a newer format was cut short: the app was closed or crashed while it ran.</source>
            <translation>Una actualización de este histórico a un formato más nuevo se interrumpió: la aplicación se cerró o falló mientras se ejecutaba.</translation>
        </message>
        <message>
            <source>It has now been completed. Each of its steps is stored whole or not at all, so no call that was archived before it is lost.</source>
            <translation>Ya se ha completado. Cada uno de sus pasos se guarda entero o no se guarda, así que no se ha perdido ninguna llamada archivada antes.</translation>
        </message>
        <message>
            <source>A copy of the archive from before the upgrade is kept at %1.</source>
            <translation>Se conserva una copia del histórico de antes de la actualización en %1.</translation>
        </message>
    </context>
    <context>
        <name>cdr::Scorecard</name>
        <message>
            <source>"%1": prefix needs a digit count from 1 to 15, e.g. prefix:3</source>
            <translation>"%1": prefix necesita una cantidad de dígitos de 1 a 15, p. ej. prefix:3</translation>
        </message>
        <message>
            <source>unknown group key "%1"; use provider, account, direction, codec, hangup_class, day, hour, country or prefix:N</source>
            <translation>clave de agrupación desconocida "%1"; use provider, account, direction, codec, hangup_class, day, hour, country o prefix:N</translation>
        </message>
        <message>
            <source>group key "%1" is given twice</source>
            <translation>la clave de agrupación "%1" aparece dos veces</translation>
        </message>
        <message>
            <source>at most %1 group keys</source>
            <translation>como máximo %1 claves de agrupación</translation>
        </message>
        <message>
            <source>calls in the group; in-progress calls are left out</source>
            <translation>llamadas del grupo; se excluyen las llamadas en curso</translation>
        </message>
        <message>
            <source>calls with status answered</source>
            <translation>llamadas con estado contestada</translation>
        </message>
        <message>
            <source>answer-seizure ratio (ITU-T E.411): 100 × answered / calls</source>
            <translation>tasa de respuesta, ASR (ITU-T E.411): 100 × contestadas / llamadas</translation>
        </message>
        <message>
            <source>network effectiveness ratio (ITU-T E.425, GSMA IR.42): 100 × (answered + calls ended busy, no answer, rejected or unavailable) / calls</source>
            <translation>tasa de eficacia de la red, NER (ITU-T E.425, GSMA IR.42): 100 × (contestadas + llamadas terminadas por ocupado, sin respuesta, rechazadas o no disponibles) / llamadas</translation>
        </message>
        <message>
            <source>average call duration: total talk time of answered calls / answered calls, in seconds</source>
            <translation>duración media de llamada: tiempo total de conversación de las llamadas contestadas / llamadas contestadas, en segundos</translation>
        </message>
        <message>
            <source>100 × answered calls with less than 10 s of talk / answered calls</source>
            <translation>100 × llamadas contestadas con menos de 10 s de conversación / llamadas contestadas</translation>
        </message>
        <message>
            <source>median post-dial delay (nearest rank), in ms, where it is known</source>
            <translation>mediana del retardo posmarcación (rango más cercano), en ms, donde se conoce</translation>
        </message>
        <message>
            <source>95th percentile of post-dial delay (nearest rank), in ms</source>
            <translation>percentil 95 del retardo posmarcación (rango más cercano), en ms</translation>
        </message>
        <message>
            <source>mean MOS as reported by the provider (Vobiz: per call; NexBro: inbound audio_stats, FreeSWITCH-style from the flaw ratio, not an E-model), so not comparable across providers</source>
            <translation>MOS medio según lo informa el proveedor (Vobiz: por llamada; NexBro: audio_stats entrantes, al estilo de FreeSWITCH a partir de la proporción de fallos, no un modelo E), por lo que no es comparable entre proveedores</translation>
        </message>
        <message>
            <source>5th percentile of reported MOS: the value at rank ⌈0.05·n⌉ in ascending order</source>
            <translation>percentil 5 del MOS informado: el valor en el rango ⌈0,05·n⌉ en orden ascendente</translation>
        </message>
        <message>
            <source>mean E-model estimate (simplified ITU-T G.107), computed from reported loss and jitter and the codec, one-way delay assumed; the same model for every provider</source>
            <translation>estimación media del modelo E (ITU-T G.107 simplificado), calculada a partir de la pérdida y el jitter informados y del códec, con un retardo unidireccional supuesto; el mismo modelo para todos los proveedores</translation>
        </message>
        <message>
            <source>5th percentile (nearest rank) of the E-model estimate</source>
            <translation>percentil 5 (rango más cercano) de la estimación del modelo E</translation>
        </message>
        <message>
            <source>100 × impaired calls / calls with quality data; impaired: graded bad on reported MOS, jitter or loss (or on the estimate where no MOS is reported), or 3 of 5 consecutive 10 s intervals with flaws</source>
            <translation>100 × llamadas degradadas / llamadas con datos de calidad; degradada: calificada como mala según el MOS, el jitter o la pérdida informados (o según la estimación cuando no se informa MOS), o 3 de 5 intervalos consecutivos de 10 s con fallos</translation>
        </message>
        <message>
            <source>provider, lower-case name</source>
            <translation>proveedor, nombre en minúsculas</translation>
        </message>
        <message>
            <source>account the call was fetched under</source>
            <translation>cuenta con la que se obtuvo la llamada</translation>
        </message>
        <message>
            <source>call direction</source>
            <translation>dirección de la llamada</translation>
        </message>
        <message>
            <source>codec as the provider reports it</source>
            <translation>códec tal como lo informa el proveedor</translation>
        </message>
        <message>
            <source>why the call ended, comparable across providers</source>
            <translation>por qué terminó la llamada, comparable entre proveedores</translation>
        </message>
        <message>
            <source>day of the start, in the report's time zone</source>
            <translation>día del inicio, en la zona horaria del informe</translation>
        </message>
        <message>
            <source>hour of day of the start (00-23), in the report's time zone</source>
            <translation>hora del día del inicio (00-23), en la zona horaria del informe</translation>
        </message>
        <message>
            <source>destination country, ISO 3166 alpha-2 (libphonenumber); ZZ: unknown</source>
            <translation>país de destino, ISO 3166 alfa-2 (libphonenumber); ZZ: desconocido</translation>
        </message>
        <message>
            <source>first %1 digits of the E.164 destination</source>
            <translation>primeros %1 dígitos del destino E.164</translation>
        </message>
    </context>
    <context>
        <name>cdr::ScorecardChart</name>
        <message>
            <source>%1 per group (first %2 of %3 groups, in table order)</source>
            <translation>%1 por grupo (primeros %2 de %3 grupos, en el orden de la tabla)</translation>
        </message>
        <message>
            <source>%1 per group</source>
            <translation>%1 por grupo</translation>
        </message>
    </context>
    <context>
        <name>cdr::ScorecardExporter</name>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>No calls in the selection.</source>
            <translation>No hay llamadas en la selección.</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation>Definiciones</translation>
        </message>
        <message>
            <source>MOS columns are graded by the analyst's thresholds: good ≥ %1, bad &lt; %2 (~ average, ! bad). – means no data. Percentiles are nearest-rank.</source>
            <translation>Las columnas de MOS se califican con los umbrales del analista: bueno ≥ %1, malo &lt; %2 (~ regular, ! malo). – significa sin datos. Los percentiles son de rango más cercano.</translation>
        </message>
        <message>
            <source>%1: unknown output format; use .csv, .json or .pdf</source>
            <translation>%1: formato de salida desconocido; use .csv, .json o .pdf</translation>
        </message>
    </context>
    <context>
        <name>cdr::ScorecardModel</name>
        <message>
            <source>all calls</source>
            <translation>todas las llamadas</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>Grade: %1</source>
            <translation>Calificación: %1</translation>
        </message>
        <message>
            <source>Other period: %1</source>
            <translation>Otro periodo: %1</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>sin datos</translation>
        </message>
        <message>
            <source> (new)</source>
            <translation> (nuevo)</translation>
        </message>
    </context>
    <context>
        <name>cdr::ScorecardPage</name>
        <message>
            <source>Group keys, comma-separated: provider, account, direction, codec, hangup_class, day, hour, country, prefix:N</source>
            <translation>Claves de agrupación, separadas por comas: provider, account, direction, codec, hangup_class, day, hour, country, prefix:N</translation>
        </message>
        <message>
            <source>All loaded calls</source>
            <translation>Todas las llamadas cargadas</translation>
        </message>
        <message>
            <source>Last 7 days vs the 7 before</source>
            <translation>Últimos 7 días frente a los 7 anteriores</translation>
        </message>
        <message>
            <source>Last 30 days vs the 30 before</source>
            <translation>Últimos 30 días frente a los 30 anteriores</translation>
        </message>
        <message>
            <source>Custom ranges</source>
            <translation>Rangos personalizados</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Cuadro de indicadores</translation>
        </message>
        <message>
            <source>Open or fetch calls to see their scorecard.</source>
            <translation>Abra u obtenga llamadas para ver su cuadro de indicadores.</translation>
        </message>
        <message>
            <source>, %1</source>
            <translation>, %1</translation>
        </message>
        <message>
            <source> (changes against %1 in brackets)</source>
            <translation> (cambios frente a %1 entre paréntesis)</translation>
        </message>
        <message>
            <source>. Double-click a group to see its calls.</source>
            <translation>. Haga doble clic en un grupo para ver sus llamadas.</translation>
        </message>
        <message>
            <source>scorecard group %1</source>
            <translation>grupo %1 del cuadro de indicadores</translation>
        </message>
        <message>
            <source>Export scorecard</source>
            <translation>Exportar cuadro de indicadores</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</source>
            <translation>PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</translation>
        </message>
        <message>
            <source>Scorecard by %1</source>
            <translation>Cuadro de indicadores por %1</translation>
        </message>
        <message>
            <source>Period: all loaded calls</source>
            <translation>Periodo: todas las llamadas cargadas</translation>
        </message>
        <message>
            <source>Period: %1</source>
            <translation>Periodo: %1</translation>
        </message>
        <message>
            <source>Time zone: %1</source>
            <translation>Zona horaria: %1</translation>
        </message>
        <message>
            <source>Compared in the app with %1; this table holds the period above.</source>
            <translation>Comparado en la aplicación con %1; esta tabla contiene el periodo indicado arriba.</translation>
        </message>
        <message>
            <source>E-model: one-way delay assumed %1 ms</source>
            <translation>Modelo E: retardo unidireccional supuesto %1 ms</translation>
        </message>
        <message>
            <source>Scorecard written to %1</source>
            <translation>Cuadro de indicadores escrito en %1</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>Falló la exportación: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) from %1</source>
            <translation>
                <numerusform>%n grupo de %1</numerusform>
                <numerusform>%n grupos de %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln call(s)</source>
            <translation>
                <numerusform>%Ln llamada</numerusform>
                <numerusform>%Ln llamadas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::SecretScrubber</name>
        <message>
            <source>[secret removed]</source>
            <translation>[secreto eliminado]</translation>
        </message>
    </context>
    <context>
        <name>cdr::ServiceFactory</name>
        <message>
            <source>No secret (token or API key) for account "%1".</source>
            <translation>No hay secreto (token o clave de API) para la cuenta "%1".</translation>
        </message>
    </context>
    <context>
        <name>cdr::SessionCredentialStore</name>
        <message>
            <source>Enter the secret in Fetch &gt; Accounts to use it for this session, or set %1.</source>
            <translation>Introduzca el secreto en Obtener &gt; Cuentas para usarlo en esta sesión, o defina %1.</translation>
        </message>
        <message>
            <source>No keychain.</source>
            <translation>No hay llavero.</translation>
        </message>
    </context>
    <context>
        <name>cdr::ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menú</translation>
        </message>
        <message>
            <source>In the call table the arrow keys move through the calls and the pane follows; each filter chip above the table has its own remove button.</source>
            <translation>En la tabla de llamadas, las flechas recorren las llamadas y el panel las sigue; cada filtro sobre la tabla tiene su propio botón para quitarlo.</translation>
        </message>
        <message>
            <source>The full documentation: &lt;a href="%1"&gt;%1&lt;/a&gt;</source>
            <translation>La documentación completa: &lt;a href="%1"&gt;%1&lt;/a&gt;</translation>
        </message>
    </context>
    <context>
        <name>cdr::StatusStrip</name>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>%1 of %2 calls</source>
            <translation>%1 de %2 llamadas</translation>
        </message>
        <message>
            <source>sorting/filtering...</source>
            <translation>ordenando/filtrando...</translation>
        </message>
        <message>
            <source>answered %1%</source>
            <translation>contestadas %1%</translation>
        </message>
        <message>
            <source>avg %1 s</source>
            <translation>prom. %1 s</translation>
        </message>
        <message>
            <source>cost %1 %2</source>
            <translation>costo %1 %2</translation>
        </message>
        <message>
            <source>(no currency)</source>
            <translation>(sin moneda)</translation>
        </message>
        <message>
            <source>MOS mean %1, 5th pct %2</source>
            <translation>MOS medio %1, percentil 5 %2</translation>
        </message>
        <message>
            <source>top cause: %1 (%2)</source>
            <translation>causa principal: %1 (%2)</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>Error: %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln call(s)</source>
            <translation>
                <numerusform>%Ln llamada</numerusform>
                <numerusform>%Ln llamadas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::TimelineData</name>
        <message>
            <source>Call</source>
            <translation>Llamada</translation>
        </message>
        <message>
            <source>Leg %1</source>
            <translation>Tramo %1</translation>
        </message>
    </context>
    <context>
        <name>cdr::TimelineRenderer</name>
        <message>
            <source>Flaws</source>
            <translation>Fallos</translation>
        </message>
        <message>
            <source>from start</source>
            <translation>desde el inicio</translation>
        </message>
        <message>
            <source>No call times to draw</source>
            <translation>No hay horas de llamada que dibujar</translation>
        </message>
        <message>
            <source>Ringing</source>
            <translation>Timbrando</translation>
        </message>
        <message>
            <source>Talking</source>
            <translation>En conversación</translation>
        </message>
        <message>
            <source>Holding</source>
            <translation>En espera</translation>
        </message>
        <message>
            <source>Flaws (darker = more)</source>
            <translation>Fallos (más oscuro = más)</translation>
        </message>
        <message>
            <source>▼ answer   ┃ end   ↪ forwarding</source>
            <translation>▼ respuesta   ┃ fin   ↪ desvío</translation>
        </message>
        <message>
            <source>Call-flow timeline</source>
            <translation>Línea de tiempo del flujo de llamada</translation>
        </message>
        <message>
            <source>Call-flow timeline: %1</source>
            <translation>Línea de tiempo del flujo de llamada: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s), %1 error interval(s) with %2 flaw(s), %3 s from call start; times in %4.</source>
            <translation>
                <numerusform>%n carril, %1 intervalo(s) de error con %2 fallo(s), %3 s desde el inicio de la llamada; horas en %4.</numerusform>
                <numerusform>%n carriles, %1 intervalo(s) de error con %2 fallo(s), %3 s desde el inicio de la llamada; horas en %4.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::TransferGuard</name>
        <message>
            <source>timed out: the response took longer than %1 (%2 bytes received)</source>
            <translation>tiempo agotado: la respuesta tardó más de %1 (%2 bytes recibidos)</translation>
        </message>
        <message>
            <source>timed out waiting for the rest of the response: no data for %1 after %2 bytes (HTTP %3)</source>
            <translation>tiempo agotado esperando el resto de la respuesta: sin datos durante %1 tras %2 bytes (HTTP %3)</translation>
        </message>
        <message>
            <source>timed out waiting for the response headers (%1)</source>
            <translation>tiempo agotado esperando los encabezados de la respuesta (%1)</translation>
        </message>
        <message>
            <source>%1: could not find the host "%2" (DNS lookup failed); check the base URL and the network.</source>
            <translation>%1: no se encontró el host "%2" (falló la consulta DNS); revise la URL base y la red.</translation>
        </message>
        <message>
            <source>%1: the TLS handshake with %2 failed: %3</source>
            <translation>%1: falló el protocolo de enlace TLS con %2: %3</translation>
        </message>
        <message>
            <source>connection refused by %1</source>
            <translation>%1 rechazó la conexión</translation>
        </message>
        <message>
            <source>the transfer broke off after %1 bytes (HTTP %2): %3</source>
            <translation>la transferencia se cortó tras %1 bytes (HTTP %2): %3</translation>
        </message>
        <message>
            <source>the connection to %1 failed before an answer: %2</source>
            <translation>la conexión con %1 falló antes de una respuesta: %2</translation>
        </message>
        <message>
            <source>%1: the response could not be read (HTTP %2): its compressed body inflates far beyond its size (a decompression bomb), so it was not unpacked.</source>
            <translation>%1: no se pudo leer la respuesta (HTTP %2): su cuerpo comprimido se expande muy por encima de su tamaño (una bomba de descompresión), por lo que no se descomprimió.</translation>
        </message>
        <message>
            <source>%1: the response could not be read (HTTP %2, after %3 bytes): %4</source>
            <translation>%1: no se pudo leer la respuesta (HTTP %2, tras %3 bytes): %4</translation>
        </message>
        <message>
            <source>more than a year</source>
            <translation>más de un año</translation>
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
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::Translators</name>
        <message>
            <source>Follow the system</source>
            <translation>Seguir al sistema</translation>
        </message>
    </context>
    <context>
        <name>cdr::ViewExportJob</name>
        <message>
            <source>Exporting %1: %2 of %3 calls</source>
            <translation>Exportando %1: %2 de %3 llamadas</translation>
        </message>
        <message>
            <source>Export canceled; %1 was not written.</source>
            <translation>Exportación cancelada; %1 no se escribió.</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>Falló la exportación: %1</translation>
        </message>
        <message>
            <source>%1: the %2 call %3 is not in the archive; nothing was written</source>
            <translation>%1: la llamada %3 de %2 no está en el histórico; no se escribió nada</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln call(s) to %1</source>
            <translation>
                <numerusform>Se exportó %Ln llamada a %1</numerusform>
                <numerusform>Se exportaron %Ln llamadas a %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Inspect call detail records from Plivo, Vobiz, CarrierX and NexBro.
Headless commands: convert, fetch, report (run `cdr-inspector COMMAND --help`).</source>
            <translation>Inspeccionar registros de detalle de llamadas de Plivo, Vobiz, CarrierX y NexBro.
Comandos sin interfaz: convert, fetch, report (ejecute `cdr-inspector COMANDO --help`).</translation>
        </message>
        <message>
            <source>Call record files to open.</source>
            <translation>Archivos de registros de llamadas para abrir.</translation>
        </message>
    </context>
</TS>
