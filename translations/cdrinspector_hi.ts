<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
    <context>
        <name>AccountsDialog</name>
        <message>
            <source>Provider accounts</source>
            <translation>प्रदाता खाते</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>खाते</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>जोड़ें (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>हटाएँ (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>नाम (&amp;N):</translation>
        </message>
        <message>
            <source>e.g. Production Plivo</source>
            <translation>उदा. Plivo प्रोडक्शन</translation>
        </message>
        <message>
            <source>&amp;Provider:</source>
            <translation>प्रदाता (&amp;P):</translation>
        </message>
        <message>
            <source>Account &amp;ID:</source>
            <translation>खाता ID (&amp;I):</translation>
        </message>
        <message>
            <source>&amp;Base URL:</source>
            <translation>बेस URL (&amp;B):</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>समय क्षेत्र (&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Secret:</source>
            <translation>सीक्रेट (&amp;S):</translation>
        </message>
        <message>
            <source>stored in the system keychain</source>
            <translation>सिस्टम कीचेन में सहेजा गया</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>कनेक्शन जाँचें (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>सहेजें (&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>ArchiveBackend</name>
        <message>
            <source>migrated the archive to schema %1; the old one is kept as %2</source>
            <translation>आर्काइव को स्कीमा %1 पर माइग्रेट किया गया; पुराना %2 के रूप में रखा गया है</translation>
        </message>
        <message>
            <source>%1: no archive there (import some calls first)</source>
            <translation>%1: वहाँ कोई आर्काइव नहीं है (पहले कुछ कॉल आयात करें)</translation>
        </message>
        <message>
            <source>the last upgrade of the archive (schema %1 to %2, started %3) was cut short; it is now complete and no archived call was lost</source>
            <translation>आर्काइव का पिछला अपग्रेड (स्कीमा %1 से %2, %3 को शुरू) बीच में रुक गया था; अब यह पूरा हो गया है और कोई संग्रहीत कॉल नहीं खोई</translation>
        </message>
    </context>
    <context>
        <name>CallDetailPane</name>
        <message>
            <source>No call selected</source>
            <translation>कोई कॉल चयनित नहीं</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>निर्यात</translation>
        </message>
        <message>
            <source>Export the timeline, the charts, the error log or a PDF report</source>
            <translation>टाइमलाइन, चार्ट, त्रुटि लॉग या PDF रिपोर्ट निर्यात करें</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>सारांश</translation>
        </message>
        <message>
            <source>Timeline &amp;&amp; quality</source>
            <translation>टाइमलाइन &amp;&amp; गुणवत्ता</translation>
        </message>
        <message>
            <source>Technical</source>
            <translation>तकनीकी</translation>
        </message>
        <message>
            <source>Raw provider record</source>
            <translation>प्रदाता का मूल रिकॉर्ड</translation>
        </message>
        <message>
            <source>Copy JSON</source>
            <translation>JSON कॉपी करें</translation>
        </message>
    </context>
    <context>
        <name>CallNotesWidget</name>
        <message>
            <source>Tags:</source>
            <translation>टैग:</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>टैग</translation>
        </message>
        <message>
            <source>comma-separated, e.g. escalated, carrier-issue</source>
            <translation>कॉमा से अलग, उदा. escalated, carrier-issue</translation>
        </message>
        <message>
            <source>Note:</source>
            <translation>नोट:</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>नोट</translation>
        </message>
    </context>
    <context>
        <name>CallsPage</name>
        <message>
            <source>Quick filter</source>
            <translation>त्वरित फ़िल्टर</translation>
        </message>
        <message>
            <source>Filter: number, call id, cause, provider, status (Ctrl+F)</source>
            <translation>फ़िल्टर: नंबर, कॉल ID, कारण, प्रदाता, स्थिति (Ctrl+F)</translation>
        </message>
    </context>
    <context>
        <name>CommandInput</name>
        <message>
            <source>cannot read standard input</source>
            <translation>मानक इनपुट नहीं पढ़ा जा सकता</translation>
        </message>
        <message>
            <source>unknown provider "%1"; use plivo, vobiz, carrierx or nexbro</source>
            <translation>अज्ञात प्रदाता "%1"; plivo, vobiz, carrierx या nexbro का उपयोग करें</translation>
        </message>
        <message>
            <source>unknown time zone "%1"</source>
            <translation>अज्ञात समय क्षेत्र "%1"</translation>
        </message>
        <message>
            <source>Provider of the input: plivo, vobiz, carrierx or nexbro (default: detect).</source>
            <translation>इनपुट का प्रदाता: plivo, vobiz, carrierx या nexbro (डिफ़ॉल्ट: स्वतः पहचान)।</translation>
        </message>
        <message>
            <source>name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>IANA time zone for timestamps that carry none (default: UTC).</source>
            <translation>बिना समय क्षेत्र वाले टाइमस्टैम्प के लिए IANA समय क्षेत्र (डिफ़ॉल्ट: UTC)।</translation>
        </message>
        <message>
            <source>zone</source>
            <translation>क्षेत्र</translation>
        </message>
        <message>
            <source>path</source>
            <translation>पथ</translation>
        </message>
        <message>
            <source>%1: a file, or a team archive as postgresql://user@host:port/dbname (default: $CDR_ARCHIVE, else the app's own archive).</source>
            <translation>%1: एक फ़ाइल, या postgresql://user@host:port/dbname के रूप में टीम आर्काइव (डिफ़ॉल्ट: $CDR_ARCHIVE, अन्यथा ऐप का अपना आर्काइव)।</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Convert provider CDR bodies and exports to normalized JSON, NDJSON or CSV.</source>
            <translation>प्रदाता के CDR उत्तर और निर्यात को सामान्यीकृत JSON, NDJSON या CSV में बदलें।</translation>
        </message>
        <message>
            <source>Fetch call records from Plivo, Vobiz, CarrierX or NexBro into a file.</source>
            <translation>Plivo, Vobiz, CarrierX या NexBro से कॉल रिकॉर्ड एक फ़ाइल में प्राप्त करें।</translation>
        </message>
        <message>
            <source>Write one call's timeline, quality charts and PDF report into a folder.</source>
            <translation>एक कॉल की टाइमलाइन, गुणवत्ता चार्ट और PDF रिपोर्ट एक फ़ोल्डर में लिखें।</translation>
        </message>
        <message>
            <source>Import call record files into the local archive.</source>
            <translation>कॉल रिकॉर्ड फ़ाइलों को स्थानीय आर्काइव में आयात करें।</translation>
        </message>
        <message>
            <source>Export calls from the local archive to JSON, NDJSON or CSV.</source>
            <translation>स्थानीय आर्काइव से कॉल JSON, NDJSON या CSV में निर्यात करें।</translation>
        </message>
        <message>
            <source>Write KPIs (ASR, NER, ACD, PDD, MOS) per provider, country, ... to CSV, JSON or PDF.</source>
            <translation>प्रदाता, देश, ... के अनुसार KPI (ASR, NER, ACD, PDD, MOS) CSV, JSON या PDF में लिखें।</translation>
        </message>
        <message>
            <source>Open the bundled demo data.</source>
            <translation>साथ दिया गया डेमो डेटा खोलें।</translation>
        </message>
        <message>
            <source>Select this call id once loaded.</source>
            <translation>लोड होने के बाद इस कॉल ID को चुनें।</translation>
        </message>
        <message>
            <source>Start on the Overview page.</source>
            <translation>ओवरव्यू पेज से शुरू करें।</translation>
        </message>
        <message>
            <source>Usage: cdr-inspector [options] [FILE...]</source>
            <translation>उपयोग: cdr-inspector [विकल्प] [फ़ाइल...]</translation>
        </message>
        <message>
            <source>       cdr-inspector COMMAND [options]   (run `cdr-inspector COMMAND --help` for its options)</source>
            <translation>       cdr-inspector कमांड [विकल्प]   (इसके विकल्पों के लिए `cdr-inspector कमांड --help` चलाएँ)</translation>
        </message>
        <message>
            <source>Inspect call detail records from Plivo, Vobiz, CarrierX and NexBro.</source>
            <translation>Plivo, Vobiz, CarrierX और NexBro के कॉल विवरण रिकॉर्ड (CDR) की जाँच करें।</translation>
        </message>
        <message>
            <source>Commands (headless, no display needed):</source>
            <translation>कमांड (बिना इंटरफ़ेस, डिस्प्ले की आवश्यकता नहीं):</translation>
        </message>
        <message>
            <source>Options of the window (no command):</source>
            <translation>विंडो के विकल्प (बिना कमांड):</translation>
        </message>
        <message>
            <source>Call record files to open.</source>
            <translation>खोलने के लिए कॉल रिकॉर्ड फ़ाइलें।</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>यह सहायता दिखाएँ।</translation>
        </message>
        <message>
            <source>Show the version.</source>
            <translation>संस्करण दिखाएँ।</translation>
        </message>
        <message>
            <source>cdr-inspector: unknown command "%1"; the commands are %2 (see cdr-inspector --help)</source>
            <translation>cdr-inspector: अज्ञात कमांड "%1"; कमांड ये हैं: %2 (cdr-inspector --help देखें)</translation>
        </message>
        <message>
            <source>cdr-inspector %1: this command is not part of this build yet</source>
            <translation>cdr-inspector %1: यह कमांड अभी इस बिल्ड का हिस्सा नहीं है</translation>
        </message>
        <message>
            <source>Copy the readable calls of a damaged archive file into a new archive.</source>
            <translation>क्षतिग्रस्त आर्काइव फ़ाइल की पढ़ने योग्य कॉल को नए आर्काइव में कॉपी करें।</translation>
        </message>
    </context>
    <context>
        <name>ConvertCommand</name>
        <message>
            <source>Convert provider CDR bodies to normalized JSON, NDJSON or CSV.</source>
            <translation>प्रदाता के CDR उत्तरों को सामान्यीकृत JSON, NDJSON या CSV में बदलें।</translation>
        </message>
        <message>
            <source>Output file; .json, .ndjson or .csv.</source>
            <translation>आउटपुट फ़ाइल; .json, .ndjson या .csv।</translation>
        </message>
        <message>
            <source>file</source>
            <translation>फ़ाइल</translation>
        </message>
        <message>
            <source>Do not print warnings.</source>
            <translation>चेतावनियाँ न दिखाएँ।</translation>
        </message>
        <message>
            <source>Provider response bodies or exports; - for stdin.</source>
            <translation>प्रदाता के उत्तर या निर्यात; मानक इनपुट के लिए -।</translation>
        </message>
        <message>
            <source>unknown output format; use .json, .ndjson or .csv</source>
            <translation>अज्ञात आउटपुट फ़ॉर्मैट; .json, .ndjson या .csv का उपयोग करें</translation>
        </message>
        <message>
            <source>%1: the output is also an input; choose another output file</source>
            <translation>%1: आउटपुट एक इनपुट भी है; कोई दूसरी आउटपुट फ़ाइल चुनें</translation>
        </message>
        <message numerus="yes">
            <source>converted %n call(s)</source>
            <translation>
                <numerusform>%n कॉल परिवर्तित की गई</numerusform>
                <numerusform>%n कॉल परिवर्तित की गईं</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n file(s)</source>
            <translation>
                <numerusform>%n फ़ाइल से</numerusform>
                <numerusform>%n फ़ाइलों से</numerusform>
            </translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>%1 में</translation>
        </message>
        <message numerus="yes">
            <source> (%n warning(s))</source>
            <translation>
                <numerusform> (%n चेतावनी)</numerusform>
                <numerusform> (%n चेतावनियाँ)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n duplicate(s) merged (the last occurrence of a call is kept)</source>
            <translation>
                <numerusform>; %n डुप्लिकेट मिलाया गया (किसी कॉल की अंतिम प्रविष्टि रखी जाती है)</numerusform>
                <numerusform>; %n डुप्लिकेट मिलाए गए (किसी कॉल की अंतिम प्रविष्टि रखी जाती है)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n more warning(s) not shown</source>
            <translation>
                <numerusform>%1: %n और चेतावनी नहीं दिखाई गई</numerusform>
                <numerusform>%1: %n और चेतावनियाँ नहीं दिखाई गईं</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportCommand</name>
        <message>
            <source>Write archived calls in the normalized format (.json, .ndjson or .csv).</source>
            <translation>आर्काइव की गई कॉल सामान्यीकृत फ़ॉर्मैट (.json, .ndjson या .csv) में लिखें।</translation>
        </message>
        <message>
            <source>Only this provider's calls: plivo, vobiz, carrierx or nexbro.</source>
            <translation>केवल इस प्रदाता की कॉल: plivo, vobiz, carrierx या nexbro।</translation>
        </message>
        <message>
            <source>Only calls that started on or after this day (UTC).</source>
            <translation>केवल वे कॉल जो इस दिन या उसके बाद शुरू हुईं (UTC)।</translation>
        </message>
        <message>
            <source>Only calls that started on or before this day (UTC).</source>
            <translation>केवल वे कॉल जो इस दिन या उससे पहले शुरू हुईं (UTC)।</translation>
        </message>
        <message>
            <source>Mask phone numbers and IP addresses.</source>
            <translation>फ़ोन नंबर और IP पते छिपाएँ।</translation>
        </message>
        <message>
            <source>Output file; .json, .ndjson or .csv.</source>
            <translation>आउटपुट फ़ाइल; .json, .ndjson या .csv।</translation>
        </message>
        <message>
            <source>file</source>
            <translation>फ़ाइल</translation>
        </message>
        <message>
            <source>Print nothing on success.</source>
            <translation>सफल होने पर कुछ न दिखाएँ।</translation>
        </message>
        <message>
            <source>unknown output format; use .json, .ndjson or .csv</source>
            <translation>अज्ञात आउटपुट फ़ॉर्मैट; .json, .ndjson या .csv का उपयोग करें</translation>
        </message>
        <message>
            <source>--since expects a day as YYYY-MM-DD, not "%1"</source>
            <translation>--since को YYYY-MM-DD रूप में एक दिन चाहिए, "%1" नहीं</translation>
        </message>
        <message>
            <source>--until expects a day as YYYY-MM-DD, not "%1"</source>
            <translation>--until को YYYY-MM-DD रूप में एक दिन चाहिए, "%1" नहीं</translation>
        </message>
        <message>
            <source>%1: the output is the archive itself; choose another output file</source>
            <translation>%1: आउटपुट स्वयं आर्काइव है; कोई दूसरी आउटपुट फ़ाइल चुनें</translation>
        </message>
        <message numerus="yes">
            <source>exported %n call(s)</source>
            <translation>
                <numerusform>%n कॉल निर्यात की गई</numerusform>
                <numerusform>%n कॉल निर्यात की गईं</numerusform>
            </translation>
        </message>
        <message>
            <source>from %1 to %2</source>
            <translation>%1 से %2 में</translation>
        </message>
        <message>
            <source>Archive to read</source>
            <translation>पढ़ने के लिए आर्काइव</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <source>Normalize provider CDR bodies and exports into the call archive.</source>
            <translation>प्रदाता के CDR उत्तरों और निर्यातों को सामान्यीकृत करके कॉल आर्काइव में डालें।</translation>
        </message>
        <message>
            <source>Do not print warnings.</source>
            <translation>चेतावनियाँ न दिखाएँ।</translation>
        </message>
        <message>
            <source>Provider response bodies or exports; - for stdin.</source>
            <translation>प्रदाता के उत्तर या निर्यात; मानक इनपुट के लिए -।</translation>
        </message>
        <message>
            <source>%1: writing to the archive %2 failed: %3</source>
            <translation>%1: आर्काइव %2 में लिखना विफल: %3</translation>
        </message>
        <message numerus="yes">
            <source>imported %n call(s)</source>
            <translation>
                <numerusform>%n कॉल आयात की गई</numerusform>
                <numerusform>%n कॉल आयात की गईं</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n duplicate(s) merged (the last occurrence of a call is kept)</source>
            <translation>
                <numerusform>; %n डुप्लिकेट मिलाया गया (किसी कॉल की अंतिम प्रविष्टि रखी जाती है)</numerusform>
                <numerusform>; %n डुप्लिकेट मिलाए गए (किसी कॉल की अंतिम प्रविष्टि रखी जाती है)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: the %n call(s) read before the error are in the archive</source>
            <translation>
                <numerusform>%1: त्रुटि से पहले पढ़ी गई %n कॉल आर्काइव में है</numerusform>
                <numerusform>%1: त्रुटि से पहले पढ़ी गई %n कॉल आर्काइव में हैं</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n file(s) into %1</source>
            <translation>
                <numerusform>%n फ़ाइल से %1 में</numerusform>
                <numerusform>%n फ़ाइलों से %1 में</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%n warning(s))</source>
            <translation>
                <numerusform> (%n चेतावनी)</numerusform>
                <numerusform> (%n चेतावनियाँ)</numerusform>
            </translation>
        </message>
        <message>
            <source>Archive to import into</source>
            <translation>जिस आर्काइव में आयात करना है</translation>
        </message>
    </context>
    <context>
        <name>PgArchive</name>
        <message>
            <source>Team archive %1: %2</source>
            <translation>टीम आर्काइव %1: %2</translation>
        </message>
        <message>
            <source>cannot connect: %1</source>
            <translation>कनेक्ट नहीं हो सकता: %1</translation>
        </message>
        <message>
            <source>the archive has schema version %1, newer than this CDR Inspector knows (%2); update the app to use it</source>
            <translation>आर्काइव का स्कीमा संस्करण %1 है, जो इस CDR Inspector की जानकारी (%2) से नया है; इसे उपयोग करने के लिए ऐप अपडेट करें</translation>
        </message>
        <message>
            <source>not connected</source>
            <translation>कनेक्ट नहीं है</translation>
        </message>
        <message>
            <source>the connection to the server was lost during an import; the batch in progress was not stored (run the import again to complete it): %1</source>
            <translation>आयात के दौरान सर्वर से कनेक्शन टूट गया; चल रहा बैच सहेजा नहीं गया (इसे पूरा करने के लिए आयात फिर से चलाएँ): %1</translation>
        </message>
        <message>
            <source>a stored call cannot be read: %1</source>
            <translation>एक सहेजी गई कॉल पढ़ी नहीं जा सकती: %1</translation>
        </message>
        <message>
            <source>PostgreSQL %1 is too old; the team archive needs PostgreSQL 15 or later</source>
            <translation>PostgreSQL %1 बहुत पुराना है; टीम आर्काइव को PostgreSQL 15 या नया चाहिए</translation>
        </message>
        <message>
            <source>connected (PostgreSQL %1); no team archive there yet: it is created on first use</source>
            <translation>कनेक्ट हुआ (PostgreSQL %1); वहाँ अभी कोई टीम आर्काइव नहीं है: पहली बार उपयोग पर बनाया जाएगा</translation>
        </message>
        <message>
            <source>connected (PostgreSQL %1), team archive schema version %2</source>
            <translation>कनेक्ट हुआ (PostgreSQL %1), टीम आर्काइव स्कीमा संस्करण %2</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>प्राथमिकताएँ</translation>
        </message>
        <message>
            <source>General</source>
            <translation>सामान्य</translation>
        </message>
        <message>
            <source>Display &amp;time zone:</source>
            <translation>प्रदर्शन समय क्षेत्र (&amp;T):</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>थीम (&amp;H):</translation>
        </message>
        <message>
            <source>&amp;Redact phone numbers and IPs in exports by default</source>
            <translation>निर्यात में डिफ़ॉल्ट रूप से फ़ोन नंबर और IP छिपाएँ (&amp;R)</translation>
        </message>
        <message>
            <source>Numbers without + are in re&amp;gion:</source>
            <translation>बिना + वाले नंबर इस क्षेत्र के हैं (&amp;G):</translation>
        </message>
        <message>
            <source>Default region</source>
            <translation>डिफ़ॉल्ट क्षेत्र</translation>
        </message>
        <message>
            <source>ISO 3166 code, e.g. IN or US (empty: unknown)</source>
            <translation>ISO 3166 कोड, उदा. IN या US (खाली: अज्ञात)</translation>
        </message>
        <message>
            <source>E-model assumed &amp;delay:</source>
            <translation>E-मॉडल का मान्य विलंब (&amp;D):</translation>
        </message>
        <message>
            <source>Assumed one-way delay</source>
            <translation>मान्य एकतरफ़ा विलंब</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>One-way network delay the MOS estimate assumes, besides 20 ms packetization and the jitter buffer</source>
            <translation>एकतरफ़ा नेटवर्क विलंब जो MOS अनुमान 20 ms पैकेटाइज़ेशन और जिटर बफ़र के अलावा मानता है</translation>
        </message>
        <message>
            <source>Quality thresholds</source>
            <translation>गुणवत्ता सीमाएँ</translation>
        </message>
        <message>
            <source>&amp;Profile:</source>
            <translation>प्रोफ़ाइल (&amp;P):</translation>
        </message>
        <message>
            <source>Threshold profile</source>
            <translation>सीमा प्रोफ़ाइल</translation>
        </message>
        <message>
            <source>MOS good at least / bad below:</source>
            <translation>MOS अच्छा कम से कम / खराब इससे कम:</translation>
        </message>
        <message>
            <source>MOS good threshold</source>
            <translation>MOS अच्छी सीमा</translation>
        </message>
        <message>
            <source>MOS bad threshold</source>
            <translation>MOS खराब सीमा</translation>
        </message>
        <message>
            <source>Jitter (ms) good up to / bad from:</source>
            <translation>जिटर (ms) अच्छा अधिकतम / खराब से:</translation>
        </message>
        <message>
            <source>Jitter good threshold</source>
            <translation>जिटर अच्छी सीमा</translation>
        </message>
        <message>
            <source>Jitter bad threshold</source>
            <translation>जिटर खराब सीमा</translation>
        </message>
        <message>
            <source>Packet loss (%) good below / bad from:</source>
            <translation>पैकेट लॉस (%) अच्छा इससे कम / खराब से:</translation>
        </message>
        <message>
            <source>Loss good threshold</source>
            <translation>लॉस अच्छी सीमा</translation>
        </message>
        <message>
            <source>Loss bad threshold</source>
            <translation>लॉस खराब सीमा</translation>
        </message>
        <message>
            <source>Restore &amp;defaults</source>
            <translation>डिफ़ॉल्ट पुनर्स्थापित करें (&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>RecoverCommand</name>
        <message>
            <source>The archive file looks damaged; copy every call that can still be read into a new archive with: cdr-inspector recover %1 -o %2</source>
            <translation>आर्काइव फ़ाइल क्षतिग्रस्त लगती है; अब भी पढ़ी जा सकने वाली हर कॉल को इस कमांड से नए आर्काइव में कॉपी करें: cdr-inspector recover %1 -o %2</translation>
        </message>
        <message>
            <source>Copy every readable call, note and tag of a damaged archive file into a new archive. The damaged file is not changed.</source>
            <translation>क्षतिग्रस्त आर्काइव फ़ाइल की हर पढ़ने योग्य कॉल, नोट और टैग को नए आर्काइव में कॉपी करें। क्षतिग्रस्त फ़ाइल नहीं बदली जाती।</translation>
        </message>
        <message>
            <source>The new archive file (must not exist yet).</source>
            <translation>नई आर्काइव फ़ाइल (अभी मौजूद नहीं होनी चाहिए)।</translation>
        </message>
        <message>
            <source>file</source>
            <translation>फ़ाइल</translation>
        </message>
        <message>
            <source>Print nothing on success.</source>
            <translation>सफल होने पर कुछ न दिखाएँ।</translation>
        </message>
        <message>
            <source>The damaged archive file.</source>
            <translation>क्षतिग्रस्त आर्काइव फ़ाइल।</translation>
        </message>
        <message>
            <source>%1 is a team archive on a server; recover works on archive files</source>
            <translation>%1 सर्वर पर एक टीम आर्काइव है; recover आर्काइव फ़ाइलों पर काम करता है</translation>
        </message>
        <message>
            <source>%1: no archive file there</source>
            <translation>%1: वहाँ कोई आर्काइव फ़ाइल नहीं है</translation>
        </message>
        <message>
            <source>%1 already exists; give a new file name</source>
            <translation>%1 पहले से मौजूद है; नया फ़ाइल नाम दें</translation>
        </message>
        <message numerus="yes">
            <source>recovered %n call(s)</source>
            <translation>
                <numerusform>%n कॉल पुनर्प्राप्त की गई</numerusform>
                <numerusform>%n कॉल पुनर्प्राप्त की गईं</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n other row(s) (notes, tags, batches, resume points)</source>
            <translation>
                <numerusform>और %n अन्य पंक्ति (नोट, टैग, बैच, फिर से शुरू करने के बिंदु)</numerusform>
                <numerusform>और %n अन्य पंक्तियाँ (नोट, टैग, बैच, फिर से शुरू करने के बिंदु)</numerusform>
            </translation>
        </message>
        <message>
            <source>from %1 into %2</source>
            <translation>%1 से %2 में</translation>
        </message>
        <message numerus="yes">
            <source>%n damaged part(s) could not be read</source>
            <translation>
                <numerusform>%n क्षतिग्रस्त भाग पढ़ा नहीं जा सका</numerusform>
                <numerusform>%n क्षतिग्रस्त भाग पढ़े नहीं जा सके</numerusform>
            </translation>
        </message>
        <message>
            <source>no damage found</source>
            <translation>कोई क्षति नहीं मिली</translation>
        </message>
        <message>
            <source>unreadable tables: %1</source>
            <translation>पढ़ने योग्य नहीं तालिकाएँ: %1</translation>
        </message>
        <message>
            <source>%1 was not changed</source>
            <translation>%1 नहीं बदला गया</translation>
        </message>
    </context>
    <context>
        <name>ReportCommand</name>
        <message>
            <source>Write the call-flow timeline, quality charts, error log and a PDF report of one call.</source>
            <translation>एक कॉल की कॉल-फ़्लो टाइमलाइन, गुणवत्ता चार्ट, त्रुटि लॉग और PDF रिपोर्ट लिखें।</translation>
        </message>
        <message>
            <source>Id of the call to report (default: the first).</source>
            <translation>रिपोर्ट के लिए कॉल की ID (डिफ़ॉल्ट: पहली)।</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>Comma-separated formats of the chart files: png, svg, pdf, csv (default: png,svg,pdf).</source>
            <translation>चार्ट फ़ाइलों के फ़ॉर्मैट, कॉमा से अलग: png, svg, pdf, csv (डिफ़ॉल्ट: png,svg,pdf)।</translation>
        </message>
        <message>
            <source>list</source>
            <translation>सूची</translation>
        </message>
        <message>
            <source>Mask phone numbers and IP addresses.</source>
            <translation>फ़ोन नंबर और IP पते छिपाएँ।</translation>
        </message>
        <message>
            <source>IANA time zone for reading zone-less timestamps and for display (default: UTC).</source>
            <translation>बिना क्षेत्र वाले टाइमस्टैम्प पढ़ने और प्रदर्शन के लिए IANA समय क्षेत्र (डिफ़ॉल्ट: UTC)।</translation>
        </message>
        <message>
            <source>PNG scale factor, 1 to 4 (default: 1).</source>
            <translation>PNG स्केल गुणक, 1 से 4 (डिफ़ॉल्ट: 1)।</translation>
        </message>
        <message>
            <source>factor</source>
            <translation>गुणक</translation>
        </message>
        <message>
            <source>Output folder.</source>
            <translation>आउटपुट फ़ोल्डर।</translation>
        </message>
        <message>
            <source>dir</source>
            <translation>फ़ोल्डर</translation>
        </message>
        <message>
            <source>Do not print progress.</source>
            <translation>प्रगति न दिखाएँ।</translation>
        </message>
        <message>
            <source>A provider response body or export, or a normalized JSON/NDJSON/CSV file; - for stdin.</source>
            <translation>प्रदाता का उत्तर या निर्यात, या सामान्यीकृत JSON/NDJSON/CSV फ़ाइल; मानक इनपुट के लिए -।</translation>
        </message>
        <message>
            <source>--scale must be a number from 1 to 4</source>
            <translation>--scale 1 से 4 तक की संख्या होनी चाहिए</translation>
        </message>
        <message>
            <source>%1: no call records found</source>
            <translation>%1: कोई कॉल रिकॉर्ड नहीं मिला</translation>
        </message>
        <message numerus="yes">
            <source>no call with id "%1" among the %n call(s) in %2</source>
            <translation>
                <numerusform>%2 की %n कॉल में ID "%1" वाली कोई कॉल नहीं</numerusform>
                <numerusform>%2 की %n कॉल में ID "%1" वाली कोई कॉल नहीं</numerusform>
            </translation>
        </message>
        <message>
            <source>Audio quality: %1</source>
            <translation>ऑडियो गुणवत्ता: %1</translation>
        </message>
        <message>
            <source>Flaws over time: %1</source>
            <translation>समय के साथ दोष: %1</translation>
        </message>
        <message>
            <source>%1 exists and is not a folder</source>
            <translation>%1 मौजूद है और फ़ोल्डर नहीं है</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>फ़ोल्डर %1 नहीं बनाया जा सकता</translation>
        </message>
        <message>
            <source>cannot write in %1: %2</source>
            <translation>%1 में नहीं लिखा जा सकता: %2</translation>
        </message>
        <message>
            <source>cannot move %1 into %2: %3</source>
            <translation>%1 को %2 में नहीं ले जाया जा सकता: %3</translation>
        </message>
        <message>
            <source>report of %1 call %2 written to %3: %4</source>
            <translation>%1 कॉल %2 की रिपोर्ट %3 में लिखी गई: %4</translation>
        </message>
    </context>
    <context>
        <name>ScorecardCommand</name>
        <message>
            <source>%1: no archive there (import or fetch calls first, or give INPUT files)</source>
            <translation>%1: वहाँ कोई आर्काइव नहीं है (पहले कॉल आयात करें या प्राप्त करें, या INPUT फ़ाइलें दें)</translation>
        </message>
        <message>
            <source>%1: %2 of %3 archived calls could not be read back; run `cdr-inspector import` again or recover the archive</source>
            <translation>%1: %3 में से %2 आर्काइव की गई कॉल वापस नहीं पढ़ी जा सकीं; `cdr-inspector import` फिर से चलाएँ या आर्काइव पुनर्प्राप्त करें</translation>
        </message>
        <message>
            <source>KPIs (ASR, NER, ACD, short calls, PDD, MOS, E-model estimate, impaired calls) per group of calls, to CSV, JSON or PDF. Reads the INPUT files, or the local archive when none is given.</source>
            <translation>कॉल के प्रत्येक समूह के KPI (ASR, NER, ACD, छोटी कॉल, PDD, MOS, E-मॉडल अनुमान, प्रभावित कॉल), CSV, JSON या PDF में। INPUT फ़ाइलें पढ़ता है, या कोई न दी हो तो स्थानीय आर्काइव।</translation>
        </message>
        <message>
            <source>Provider of the input (plivo, vobiz, carrierx or nexbro); only that provider's calls are scored.</source>
            <translation>इनपुट का प्रदाता (plivo, vobiz, carrierx या nexbro); केवल उसी प्रदाता की कॉल का स्कोर बनता है।</translation>
        </message>
        <message>
            <source>IANA time zone for zone-less timestamps, for day and hour, and for --since and --until (default: UTC).</source>
            <translation>बिना क्षेत्र वाले टाइमस्टैम्प, दिन और घंटे, तथा --since और --until के लिए IANA समय क्षेत्र (डिफ़ॉल्ट: UTC)।</translation>
        </message>
        <message>
            <source>Group keys, comma-separated: provider, account, direction, codec, hangup_class, day, hour, country, prefix:N (default: provider).</source>
            <translation>समूह कुंजियाँ, कॉमा से अलग: provider, account, direction, codec, hangup_class, day, hour, country, prefix:N (डिफ़ॉल्ट: provider)।</translation>
        </message>
        <message>
            <source>keys</source>
            <translation>कुंजियाँ</translation>
        </message>
        <message>
            <source>First day (inclusive).</source>
            <translation>पहला दिन (शामिल)।</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <source>Last day (inclusive).</source>
            <translation>अंतिम दिन (शामिल)।</translation>
        </message>
        <message>
            <source>One-way network delay the E-model assumes (default: 40).</source>
            <translation>एकतरफ़ा नेटवर्क विलंब जो E-मॉडल मानता है (डिफ़ॉल्ट: 40)।</translation>
        </message>
        <message>
            <source>ms</source>
            <translation>ms</translation>
        </message>
        <message>
            <source>Output file: .csv, .json or .pdf.</source>
            <translation>आउटपुट फ़ाइल: .csv, .json या .pdf।</translation>
        </message>
        <message>
            <source>file</source>
            <translation>फ़ाइल</translation>
        </message>
        <message>
            <source>Do not print warnings.</source>
            <translation>चेतावनियाँ न दिखाएँ।</translation>
        </message>
        <message>
            <source>Provider bodies, exports or normalized files; - for stdin.</source>
            <translation>प्रदाता के उत्तर, निर्यात या सामान्यीकृत फ़ाइलें; मानक इनपुट के लिए -।</translation>
        </message>
        <message>
            <source>unknown output format; use .csv, .json or .pdf</source>
            <translation>अज्ञात आउटपुट फ़ॉर्मैट; .csv, .json या .pdf का उपयोग करें</translation>
        </message>
        <message>
            <source>--assume-delay-ms must be a number of milliseconds from 0 to 1000</source>
            <translation>--assume-delay-ms 0 से 1000 मिलीसेकंड की संख्या होनी चाहिए</translation>
        </message>
        <message>
            <source>"%1" is not a date; use YYYY-MM-DD</source>
            <translation>"%1" तारीख नहीं है; YYYY-MM-DD का उपयोग करें</translation>
        </message>
        <message>
            <source>--until is before --since</source>
            <translation>--until, --since से पहले है</translation>
        </message>
        <message>
            <source>archive %1</source>
            <translation>आर्काइव %1</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>स्कोरकार्ड</translation>
        </message>
        <message>
            <source>Scorecard by %1</source>
            <translation>%1 के अनुसार स्कोरकार्ड</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>स्रोत: %1</translation>
        </message>
        <message>
            <source>Period: %1 to %2 (%3)</source>
            <translation>अवधि: %1 से %2 (%3)</translation>
        </message>
        <message>
            <source>first call</source>
            <translation>पहली कॉल</translation>
        </message>
        <message>
            <source>last call</source>
            <translation>अंतिम कॉल</translation>
        </message>
        <message>
            <source>E-model: one-way delay assumed %1 ms; in-progress calls left out (%2)</source>
            <translation>E-मॉडल: मान्य एकतरफ़ा विलंब %1 ms; चालू कॉल शामिल नहीं (%2)</translation>
        </message>
        <message>
            <source>Provider: %1</source>
            <translation>प्रदाता: %1</translation>
        </message>
        <message>
            <source>Numbers without + read in region: %1</source>
            <translation>बिना + वाले नंबर इस क्षेत्र में पढ़े गए: %1</translation>
        </message>
        <message>
            <source>none (set in Preferences)</source>
            <translation>कोई नहीं (प्राथमिकताओं में सेट करें)</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <translation>
                <numerusform>%n समूह</numerusform>
                <numerusform>%n समूह</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n call(s)</source>
            <translation>
                <numerusform>%n कॉल से</numerusform>
                <numerusform>%n कॉल से</numerusform>
            </translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>%1 में</translation>
        </message>
        <message>
            <source>Archive to read when there is no INPUT</source>
            <translation>INPUT न होने पर पढ़ने के लिए आर्काइव</translation>
        </message>
    </context>
    <context>
        <name>ScorecardPage</name>
        <message>
            <source>Group by:</source>
            <translation>समूह आधार:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>अवधि:</translation>
        </message>
        <message>
            <source>compare with</source>
            <translation>इससे तुलना करें</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>निर्यात करें…</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>स्कोरकार्ड</translation>
        </message>
        <message>
            <source>Chart:</source>
            <translation>चार्ट:</translation>
        </message>
    </context>
    <context>
        <name>cdr::AccountProfile</name>
        <message>
            <source>Choose a provider.</source>
            <translation>एक प्रदाता चुनें।</translation>
        </message>
        <message>
            <source>%1 needs the account's auth id.</source>
            <translation>%1 को खाते की auth id चाहिए।</translation>
        </message>
        <message>
            <source>NexBro runs on your own domain: enter its base URL, e.g. https://pbx.example.com.</source>
            <translation>NexBro आपके अपने डोमेन पर चलता है: उसका बेस URL दर्ज करें, उदा. https://pbx.example.com।</translation>
        </message>
        <message>
            <source>The base URL must start with https:// (or http:// for a local test server).</source>
            <translation>बेस URL https:// से शुरू होना चाहिए (या स्थानीय परीक्षण सर्वर के लिए http://)।</translation>
        </message>
        <message>
            <source>Unknown time zone "%1".</source>
            <translation>अज्ञात समय क्षेत्र "%1"।</translation>
        </message>
    </context>
    <context>
        <name>cdr::AccountsDialog</name>
        <message>
            <source>Saved. The secret is in the system keychain.</source>
            <translation>सहेजा गया। सीक्रेट सिस्टम कीचेन में है।</translation>
        </message>
        <message>
            <source>Saved, but the system keychain could not store the secret (%1). It is kept in memory for this session only: not written anywhere, gone when the app quits.</source>
            <translation>सहेजा गया, लेकिन सिस्टम कीचेन सीक्रेट को सहेज नहीं सका (%1)। यह केवल इस सत्र के लिए मेमोरी में रखा गया है: कहीं लिखा नहीं गया, ऐप बंद होने पर मिट जाएगा।</translation>
        </message>
        <message>
            <source>goes to the system keychain (or, without one, this session's memory)</source>
            <translation>सिस्टम कीचेन में जाता है (या, कीचेन न हो तो, इस सत्र की मेमोरी में)</translation>
        </message>
        <message>
            <source>Auth ID, e.g. MA...</source>
            <translation>Auth ID, उदा. MA...</translation>
        </message>
        <message>
            <source>not used by %1</source>
            <translation>%1 द्वारा उपयोग नहीं होता</translation>
        </message>
        <message>
            <source>required: https://your-nexbro-domain.com</source>
            <translation>आवश्यक: https://your-nexbro-domain.com</translation>
        </message>
        <message>
            <source>optional: documented URL by default</source>
            <translation>वैकल्पिक: डिफ़ॉल्ट रूप से प्रलेखित URL</translation>
        </message>
        <message>
            <source>Auth &amp;token:</source>
            <translation>Auth टोकन (&amp;T):</translation>
        </message>
        <message>
            <source>Bearer &amp;token:</source>
            <translation>Bearer टोकन (&amp;T):</translation>
        </message>
        <message>
            <source>API &amp;key:</source>
            <translation>API कुंजी (&amp;K):</translation>
        </message>
        <message>
            <source>Unknown time zone "%1".</source>
            <translation>अज्ञात समय क्षेत्र "%1"।</translation>
        </message>
        <message>
            <source>Saving the secret to the system keychain...</source>
            <translation>सीक्रेट सिस्टम कीचेन में सहेजा जा रहा है...</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>सहेजा गया।</translation>
        </message>
        <message>
            <source>Account removed.</source>
            <translation>खाता हटाया गया।</translation>
        </message>
        <message>
            <source>Reading the secret from the keychain...</source>
            <translation>कीचेन से सीक्रेट पढ़ा जा रहा है...</translation>
        </message>
        <message>
            <source>Testing %1...</source>
            <translation>%1 की जाँच हो रही है...</translation>
        </message>
        <message>
            <source>Connected to %1: the credentials work and there are calls in the last 24 hours (%1 gives no total; the test reads only the first).</source>
            <translation>%1 से जुड़ा: क्रेडेंशियल काम करते हैं और पिछले 24 घंटों में कॉल हैं (%1 कुल संख्या नहीं देता; जाँच केवल पहला पेज पढ़ती है)।</translation>
        </message>
        <message>
            <source>Connected to %1: the credentials work; no calls in the last 24 hours.</source>
            <translation>%1 से जुड़ा: क्रेडेंशियल काम करते हैं; पिछले 24 घंटों में कोई कॉल नहीं।</translation>
        </message>
        <message>
            <source>kept for this session only (no system keychain)</source>
            <translation>केवल इस सत्र के लिए रखा गया (कोई सिस्टम कीचेन नहीं)</translation>
        </message>
        <message>
            <source>leave empty to keep the current secret</source>
            <translation>मौजूदा सीक्रेट रखने के लिए खाली छोड़ें</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>त्रुटि: %1</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>त्रुटि</translation>
        </message>
        <message numerus="yes">
            <source>Connected to %1: %Ln call(s) in the last 24 hours (the provider's count).</source>
            <translation>
                <numerusform>%1 से जुड़ा: पिछले 24 घंटों में %Ln कॉल (प्रदाता की गिनती)।</numerusform>
                <numerusform>%1 से जुड़ा: पिछले 24 घंटों में %Ln कॉल (प्रदाता की गिनती)।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::ArchiveMigrations</name>
        <message>
            <source>The archive was written by a newer version (schema %1, this build knows %2)</source>
            <translation>आर्काइव किसी नए संस्करण ने लिखा है (स्कीमा %1, यह बिल्ड %2 तक जानता है)</translation>
        </message>
        <message>
            <source>Migrating the archive to schema %1 failed: %2</source>
            <translation>आर्काइव को स्कीमा %1 पर माइग्रेट करना विफल: %2</translation>
        </message>
        <message>
            <source>Cannot back up the archive to %1 before migrating it: %2</source>
            <translation>माइग्रेशन से पहले आर्काइव का बैकअप %1 में नहीं लिया जा सकता: %2</translation>
        </message>
        <message>
            <source>Cannot write %1 before migrating the archive: %2</source>
            <translation>आर्काइव माइग्रेट करने से पहले %1 नहीं लिखी जा सकी: %2</translation>
        </message>
    </context>
    <context>
        <name>cdr::ArchiveOpener</name>
        <message>
            <source>Cannot open the archive %1: %2</source>
            <translation>आर्काइव %1 नहीं खोला जा सकता: %2</translation>
        </message>
        <message>
            <source>Loading the archive...</source>
            <translation>आर्काइव लोड हो रहा है...</translation>
        </message>
        <message>
            <source>Opening the team archive %1...</source>
            <translation>टीम आर्काइव %1 खोला जा रहा है...</translation>
        </message>
        <message numerus="yes">
            <source>Team archive %1: no calls in the last %n day(s) of the chosen accounts (Preferences &gt; Archive).</source>
            <translation>
                <numerusform>टीम आर्काइव %1: चुने गए खातों में पिछले %n दिन में कोई कॉल नहीं (प्राथमिकताएँ &gt; आर्काइव)।</numerusform>
                <numerusform>टीम आर्काइव %1: चुने गए खातों में पिछले %n दिनों में कोई कॉल नहीं (प्राथमिकताएँ &gt; आर्काइव)।</numerusform>
            </translation>
        </message>
        <message>
            <source>Archive %1 is empty: open files (Ctrl+O) or fetch (F5).</source>
            <translation>आर्काइव %1 खाली है: फ़ाइलें खोलें (Ctrl+O) या कॉल प्राप्त करें (F5)।</translation>
        </message>
        <message>
            <source>Calls not stored</source>
            <translation>कॉल सहेजी नहीं गईं</translation>
        </message>
        <message numerus="yes">
            <source>Team archive %1: %Ln call(s) of the last %2 day(s).</source>
            <translation>
                <numerusform>टीम आर्काइव %1: पिछले %2 दिन की %Ln कॉल।</numerusform>
                <numerusform>टीम आर्काइव %1: पिछले %2 दिनों की %Ln कॉल।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Archive %1: %Ln call(s).</source>
            <translation>
                <numerusform>आर्काइव %1: %Ln कॉल।</numerusform>
                <numerusform>आर्काइव %1: %Ln कॉल।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1

%Ln call(s) are kept in memory. Retry when the archive is reachable again.</source>
            <translation>
                <numerusform>%1

%Ln कॉल मेमोरी में रखी गई है। आर्काइव फिर से उपलब्ध होने पर दोबारा प्रयास करें।</numerusform>
                <numerusform>%1

%Ln कॉल मेमोरी में रखी गई हैं। आर्काइव फिर से उपलब्ध होने पर दोबारा प्रयास करें।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::ArchiveRecovery</name>
        <message>
            <source>Cannot copy %1 to read it: %2</source>
            <translation>%1 को पढ़ने के लिए कॉपी नहीं किया जा सकता: %2</translation>
        </message>
        <message>
            <source>%1 already exists; recover into a new file</source>
            <translation>%1 पहले से मौजूद है; किसी नई फ़ाइल में पुनर्प्राप्त करें</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>%1 नहीं खोला जा सकता: %2</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>%1 नहीं लिखा जा सकता: %2</translation>
        </message>
        <message>
            <source>No call of %1 could be read: its table of calls is damaged beyond reading</source>
            <translation>%1 की कोई कॉल नहीं पढ़ी जा सकी: इसकी कॉल तालिका पढ़ने योग्य नहीं रही</translation>
        </message>
    </context>
    <context>
        <name>cdr::ArchiveSettingsPage</name>
        <message>
            <source>&amp;Local archive on this computer (SQLite file)</source>
            <translation>इस कंप्यूटर पर स्थानीय आर्काइव (SQLite फ़ाइल) (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Team archive on a PostgreSQL server</source>
            <translation>PostgreSQL सर्वर पर टीम आर्काइव (&amp;T)</translation>
        </message>
        <message>
            <source>Test &amp;connection</source>
            <translation>कनेक्शन जाँचें (&amp;C)</translation>
        </message>
        <message>
            <source>Archive file</source>
            <translation>आर्काइव फ़ाइल</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>सर्वर पता</translation>
        </message>
        <message>
            <source>Server password</source>
            <translation>सर्वर पासवर्ड</translation>
        </message>
        <message>
            <source>kept in the system keychain; empty: ~/.pgpass or PGPASSWORD</source>
            <translation>सिस्टम कीचेन में रखा जाता है; खाली: ~/.pgpass या PGPASSWORD</translation>
        </message>
        <message>
            <source>Your name on notes and tags</source>
            <translation>नोट्स और टैग पर आपका नाम</translation>
        </message>
        <message>
            <source>shown to the team beside your notes and tags</source>
            <translation>टीम को आपके नोट्स और टैग के साथ दिखाया जाता है</translation>
        </message>
        <message>
            <source> days</source>
            <translation> दिन</translation>
        </message>
        <message>
            <source>Days of calls to load</source>
            <translation>लोड करने के लिए कॉल के दिन</translation>
        </message>
        <message>
            <source>Accounts to load</source>
            <translation>लोड करने के लिए खाते</translation>
        </message>
        <message>
            <source>comma-separated account ids; empty: every account</source>
            <translation>अल्पविराम से अलग खाता आईडी; खाली: सभी खाते</translation>
        </message>
        <message>
            <source>Where the calls are kept</source>
            <translation>कॉल कहाँ रखी जाती हैं</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>फ़ाइल (&amp;F):</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>सर्वर (&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>पासवर्ड (&amp;P):</translation>
        </message>
        <message>
            <source>Team archive</source>
            <translation>टीम आर्काइव</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>आपका नाम (&amp;N):</translation>
        </message>
        <message>
            <source>&amp;Load the last:</source>
            <translation>पिछले इतने लोड करें (&amp;L):</translation>
        </message>
        <message>
            <source>Error: the team archive's address must be a PostgreSQL URI (postgresql://user@host:port/dbname).</source>
            <translation>त्रुटि: टीम आर्काइव का पता PostgreSQL URI होना चाहिए (postgresql://user@host:port/dbname)।</translation>
        </message>
        <message>
            <source>Error: a team archive needs your name for notes and tags.</source>
            <translation>त्रुटि: टीम आर्काइव को नोट्स और टैग के लिए आपका नाम चाहिए।</translation>
        </message>
        <message>
            <source>Connecting to %1...</source>
            <translation>%1 से कनेक्ट हो रहा है...</translation>
        </message>
        <message>
            <source>Of acc&amp;ounts:</source>
            <translation>इन खातों के (&amp;O):</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallArchive</name>
        <message>
            <source>Cannot create the folder %1</source>
            <translation>फ़ोल्डर %1 नहीं बनाया जा सकता</translation>
        </message>
        <message>
            <source>Cannot open the archive %1: %2</source>
            <translation>आर्काइव %1 नहीं खोला जा सकता: %2</translation>
        </message>
        <message>
            <source>The SQLite driver gives no handle</source>
            <translation>SQLite ड्राइवर कोई हैंडल नहीं देता</translation>
        </message>
        <message>
            <source>%1 is not a readable archive: %2</source>
            <translation>%1 पढ़ने योग्य आर्काइव नहीं है: %2</translation>
        </message>
        <message>
            <source>Cannot set up the archive %1: %2</source>
            <translation>आर्काइव %1 तैयार नहीं किया जा सकता: %2</translation>
        </message>
        <message>
            <source>The archive is not open</source>
            <translation>आर्काइव खुला नहीं है</translation>
        </message>
        <message numerus="yes">
            <source>The archive %1 is damaged (%2): %n call(s) could be read, calls on %3 damaged part(s) could not. Recover the readable calls into a new archive before writing to this one.</source>
            <translation>
                <numerusform>आर्काइव %1 क्षतिग्रस्त है (%2): %n कॉल पढ़ी जा सकी, %3 क्षतिग्रस्त भाग(ों) की कॉल नहीं। इसमें लिखने से पहले पढ़ने योग्य कॉल को नए आर्काइव में पुनर्प्राप्त करें।</numerusform>
                <numerusform>आर्काइव %1 क्षतिग्रस्त है (%2): %n कॉल पढ़ी जा सकीं, %3 क्षतिग्रस्त भाग(ों) की कॉल नहीं। इसमें लिखने से पहले पढ़ने योग्य कॉल को नए आर्काइव में पुनर्प्राप्त करें।</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading the archive failed: %1</source>
            <translation>आर्काइव पढ़ना विफल: %1</translation>
        </message>
        <message>
            <source>batch %1 holds %2 rows but recorded %3</source>
            <translation>बैच %1 में %2 पंक्तियाँ हैं लेकिन %3 दर्ज हैं</translation>
        </message>
        <message>
            <source>%1 is a team archive on a PostgreSQL server; this part of CDR Inspector opens only local archive files (the import, export and scorecard commands open both)</source>
            <translation>%1 PostgreSQL सर्वर पर एक टीम आर्काइव है; CDR Inspector का यह भाग केवल स्थानीय आर्काइव फ़ाइलें खोलता है (import, export और scorecard कमांड दोनों खोलते हैं)</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) belong to no batch</source>
            <translation>
                <numerusform>%n कॉल किसी बैच की नहीं है</numerusform>
                <numerusform>%n कॉल किसी बैच की नहीं हैं</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallDetailPane</name>
        <message>
            <source>Timeline</source>
            <translation>टाइमलाइन</translation>
        </message>
        <message>
            <source>Quality charts</source>
            <translation>गुणवत्ता चार्ट</translation>
        </message>
        <message>
            <source>Flaws over time</source>
            <translation>समय के साथ दोष</translation>
        </message>
        <message>
            <source>PNG…</source>
            <translation>PNG…</translation>
        </message>
        <message>
            <source>PNG at 2x…</source>
            <translation>2x पर PNG…</translation>
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
            <translation>डेटा CSV के रूप में…</translation>
        </message>
        <message>
            <source>Copy image</source>
            <translation>छवि कॉपी करें</translation>
        </message>
        <message>
            <source>Report (PDF)…</source>
            <translation>रिपोर्ट (PDF)…</translation>
        </message>
        <message>
            <source>Copy raw JSON</source>
            <translation>मूल JSON कॉपी करें</translation>
        </message>
        <message>
            <source>No call selected</source>
            <translation>कोई कॉल चयनित नहीं</translation>
        </message>
        <message>
            <source>%1 call %2</source>
            <translation>%1 कॉल %2</translation>
        </message>
        <message>
            <source>No error-log intervals: %1 reports none for this call.</source>
            <translation>कोई त्रुटि-लॉग अंतराल नहीं: %1 इस कॉल के लिए कोई नहीं बताता।</translation>
        </message>
        <message>
            <source>Audio quality: %1</source>
            <translation>ऑडियो गुणवत्ता: %1</translation>
        </message>
        <message>
            <source>Flaws over time: %1</source>
            <translation>समय के साथ दोष: %1</translation>
        </message>
        <message>
            <source>this call has no %1 data to export</source>
            <translation>इस कॉल में निर्यात के लिए कोई %1 डेटा नहीं है</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>%1 निर्यात किया गया</translation>
        </message>
        <message>
            <source>no call selected</source>
            <translation>कोई कॉल चयनित नहीं</translation>
        </message>
        <message>
            <source>Report written to %1</source>
            <translation>रिपोर्ट %1 में लिखी गई</translation>
        </message>
        <message>
            <source>Copied the %1 image</source>
            <translation>%1 छवि कॉपी की गई</translation>
        </message>
        <message>
            <source>Copied the raw record</source>
            <translation>मूल रिकॉर्ड कॉपी किया गया</translation>
        </message>
        <message>
            <source>Export %1</source>
            <translation>%1 निर्यात करें</translation>
        </message>
        <message>
            <source>%1 files (*.%2)</source>
            <translation>%1 फ़ाइलें (*.%2)</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>रिपोर्ट निर्यात करें</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF फ़ाइलें (*.pdf)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln error-log interval(s). Click a row to highlight its band on the timeline and in the flaws chart.</source>
            <translation>
                <numerusform>%Ln त्रुटि-लॉग अंतराल। टाइमलाइन और दोष चार्ट में उसकी पट्टी हाइलाइट करने के लिए पंक्ति पर क्लिक करें।</numerusform>
                <numerusform>%Ln त्रुटि-लॉग अंतराल। टाइमलाइन और दोष चार्ट में उसकी पट्टी हाइलाइट करने के लिए किसी पंक्ति पर क्लिक करें।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallExporter</name>
        <message>
            <source>%1: cannot write: %2</source>
            <translation>%1: नहीं लिखा जा सकता: %2</translation>
        </message>
        <message>
            <source>%1: write failed: %2</source>
            <translation>%1: लिखना विफल: %2</translation>
        </message>
        <message>
            <source>%1: could not finish the file: %2</source>
            <translation>%1: फ़ाइल पूरी नहीं की जा सकी: %2</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallFacts</name>
        <message>
            <source>not reported</source>
            <translation>रिपोर्ट नहीं किया गया</translation>
        </message>
        <message>
            <source>invalid (an impossible value was dropped)</source>
            <translation>अमान्य (एक असंभव मान हटा दिया गया)</translation>
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
            <translation>(ट्रांसकोड किया गया: %1 → %2)</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>प्रदाता</translation>
        </message>
        <message>
            <source>Call id</source>
            <translation>कॉल ID</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>खाता</translation>
        </message>
        <message>
            <source>From</source>
            <translation>से</translation>
        </message>
        <message>
            <source>To</source>
            <translation>को</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>दिशा</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>समय क्षेत्र</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>प्रारंभ</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>उत्तर</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>उत्तर नहीं दिया गया</translation>
        </message>
        <message>
            <source>End</source>
            <translation>समाप्ति</translation>
        </message>
        <message>
            <source>%1 (from the start and %2 times)</source>
            <translation>%1 (प्रारंभ से और %2 समयों से)</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>उत्तर</translation>
        </message>
        <message>
            <source>end</source>
            <translation>समाप्ति</translation>
        </message>
        <message>
            <source>Ring</source>
            <translation>रिंग</translation>
        </message>
        <message>
            <source>Talk</source>
            <translation>बातचीत</translation>
        </message>
        <message>
            <source>Billed</source>
            <translation>बिल किया गया</translation>
        </message>
        <message>
            <source>(%1 counts the duration from the answer; the %2 of ringing come before it)</source>
            <translation>(%1 अवधि उत्तर से गिनता है; रिंगिंग के %2 उससे पहले आते हैं)</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>अवधि</translation>
        </message>
        <message>
            <source>rate %1/min</source>
            <translation>दर %1/मिनट</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>लागत</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <source>code %1</source>
            <translation>कोड %1</translation>
        </message>
        <message>
            <source>Hangup cause</source>
            <translation>हैंगअप कारण</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>व्याख्या</translation>
        </message>
        <message>
            <source>Hangup source</source>
            <translation>हैंगअप स्रोत</translation>
        </message>
        <message>
            <source>Codec</source>
            <translation>कोडेक</translation>
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
            <translation>पोस्ट-डायल विलंब (PDD)</translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>लेग</translation>
        </message>
        <message>
            <source>Error-log intervals</source>
            <translation>त्रुटि-लॉग अंतराल</translation>
        </message>
        <message>
            <source>Media details</source>
            <translation>मीडिया विवरण</translation>
        </message>
        <message>
            <source>%1 reports no technical media details; see the raw record below.</source>
            <translation>%1 कोई तकनीकी मीडिया विवरण नहीं बताता; नीचे मूल रिकॉर्ड देखें।</translation>
        </message>
        <message>
            <source>Codecs (source / destination)</source>
            <translation>कोडेक (स्रोत / गंतव्य)</translation>
        </message>
        <message>
            <source>Codecs (read / write)</source>
            <translation>कोडेक (रीड / राइट)</translation>
        </message>
        <message>
            <source>Rates (read / write)</source>
            <translation>दरें (रीड / राइट)</translation>
        </message>
        <message>
            <source>Local media</source>
            <translation>स्थानीय मीडिया</translation>
        </message>
        <message>
            <source>Remote media</source>
            <translation>दूरस्थ मीडिया</translation>
        </message>
        <message>
            <source>Media flow</source>
            <translation>मीडिया प्रवाह</translation>
        </message>
        <message>
            <source>DTMF type</source>
            <translation>DTMF प्रकार</translation>
        </message>
        <message>
            <source>%1 · call %2 · %3</source>
            <translation>%1 · कॉल %2 · %3</translation>
        </message>
        <message>
            <source>without id</source>
            <translation>बिना ID</translation>
        </message>
        <message>
            <source>start time not reported</source>
            <translation>प्रारंभ समय रिपोर्ट नहीं किया गया</translation>
        </message>
        <message>
            <source>(no raw record: the call was read from a normalized file or built by hand)</source>
            <translation>(कोई मूल रिकॉर्ड नहीं: कॉल सामान्यीकृत फ़ाइल से पढ़ी गई या हाथ से बनाई गई)</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallFilter</name>
        <message>
            <source>%1 %2 to %3</source>
            <translation>%1 %2 से %3</translation>
        </message>
        <message>
            <source>%1 at least %2</source>
            <translation>%1 कम से कम %2</translation>
        </message>
        <message>
            <source>%1 at most %2</source>
            <translation>%1 अधिकतम %2</translation>
        </message>
        <message>
            <source>Text: "%1"</source>
            <translation>पाठ: "%1"</translation>
        </message>
        <message>
            <source>Provider: %1</source>
            <translation>प्रदाता: %1</translation>
        </message>
        <message>
            <source>Direction: %1</source>
            <translation>दिशा: %1</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>स्थिति: %1</translation>
        </message>
        <message>
            <source>Start: %1 to %2</source>
            <translation>प्रारंभ: %1 से %2</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>अवधि</translation>
        </message>
        <message>
            <source>MOS</source>
            <translation>MOS</translation>
        </message>
        <message>
            <source>Jitter</source>
            <translation>जिटर</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>लॉस</translation>
        </message>
        <message>
            <source>Bad quality only</source>
            <translation>केवल खराब गुणवत्ता</translation>
        </message>
        <message>
            <source>Hangup cause: %1</source>
            <translation>हैंगअप कारण: %1</translation>
        </message>
        <message>
            <source>Hangup class: %1</source>
            <translation>हैंगअप वर्ग: %1</translation>
        </message>
        <message>
            <source>Chosen calls (%1)</source>
            <translation>चुनी गई कॉल (%1)</translation>
        </message>
        <message>
            <source>Group: %1</source>
            <translation>समूह: %1</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallFlowTimeline</name>
        <message>
            <source>Call-flow timeline</source>
            <translation>कॉल-फ़्लो टाइमलाइन</translation>
        </message>
        <message>
            <source>%1 from %2 to %3 (%4 s)</source>
            <translation>%1, %2 से %3 तक (%4 s)</translation>
        </message>
        <message>
            <source>forwarding enabled</source>
            <translation>फ़ॉरवर्डिंग सक्षम</translation>
        </message>
        <message numerus="yes">
            <source>%n flaw(s) from %1 to %2</source>
            <translation>
                <numerusform>%1 से %2 तक %n दोष</numerusform>
                <numerusform>%1 से %2 तक %n दोष</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallLibrary</name>
        <message numerus="yes">
            <source>The local archive could not store %n call(s): %1</source>
            <translation>
                <numerusform>स्थानीय आर्काइव %n कॉल सहेज नहीं सका: %1</numerusform>
                <numerusform>स्थानीय आर्काइव %n कॉल सहेज नहीं सका: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The local archive could not be read: %1</source>
            <translation>स्थानीय आर्काइव पढ़ा नहीं जा सका: %1</translation>
        </message>
        <message>
            <source>The note could not be saved: %1</source>
            <translation>नोट सहेजा नहीं जा सका: %1</translation>
        </message>
        <message>
            <source>The team archive could not be opened: %1</source>
            <translation>टीम आर्काइव नहीं खुल सका: %1</translation>
        </message>
        <message>
            <source>no archive is open</source>
            <translation>कोई आर्काइव खुला नहीं है</translation>
        </message>
        <message numerus="yes">
            <source>The team archive could not store %n call(s); they are kept in memory: %1</source>
            <translation>
                <numerusform>टीम आर्काइव %n कॉल सहेज नहीं सका; वह मेमोरी में रखी गई है: %1</numerusform>
                <numerusform>टीम आर्काइव %n कॉल सहेज नहीं सका; वे मेमोरी में रखी गई हैं: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>The team archive could not be read: %1</source>
            <translation>टीम आर्काइव नहीं पढ़ा जा सका: %1</translation>
        </message>
        <message>
            <source>Your note replaced one %1 saved at %2 that you had not seen; theirs is kept in the note's history</source>
            <translation>आपके नोट ने %1 का %2 पर सहेजा गया एक नोट बदल दिया जो आपने नहीं देखा था; उनका नोट नोट के इतिहास में रखा गया है</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallNotesWidget</name>
        <message>
            <source>Local note on this call (kept on this computer only)</source>
            <translation>इस कॉल पर स्थानीय नोट (केवल इसी कंप्यूटर पर रखा जाता है)</translation>
        </message>
        <message>
            <source>Note on this call, shared with the team archive</source>
            <translation>इस कॉल पर नोट, टीम आर्काइव के साथ साझा</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallReader</name>
        <message>
            <source>record %1</source>
            <translation>रिकॉर्ड %1</translation>
        </message>
        <message>
            <source>%1: record %2</source>
            <translation>%1: रिकॉर्ड %2</translation>
        </message>
        <message>
            <source>input</source>
            <translation>इनपुट</translation>
        </message>
        <message>
            <source>the provider returned an error without a message</source>
            <translation>प्रदाता ने बिना संदेश के एक त्रुटि लौटाई</translation>
        </message>
        <message>
            <source>%1: record %2 looks like a %3 record, not %4 (leave out --provider to detect it, or give --provider %5)</source>
            <translation>%1: रिकॉर्ड %2, %4 का नहीं बल्कि %3 का रिकॉर्ड लगता है (पहचान के लिए --provider हटाएँ, या --provider %5 दें)</translation>
        </message>
        <message>
            <source>%1: could not tell which provider this record is from; kept with provider "unknown" (use --provider)</source>
            <translation>%1: यह पता नहीं चल सका कि यह रिकॉर्ड किस प्रदाता का है; प्रदाता "unknown" के साथ रखा गया (--provider का उपयोग करें)</translation>
        </message>
        <message>
            <source>%1: record %2 is not a call record (no provider's keys, no call id); skipped</source>
            <translation>%1: रिकॉर्ड %2 कॉल रिकॉर्ड नहीं है (न प्रदाता की कुंजियाँ, न कॉल ID); छोड़ा गया</translation>
        </message>
        <message>
            <source>%1: expected a JSON object or array</source>
            <translation>%1: JSON ऑब्जेक्ट या ऐरे अपेक्षित था</translation>
        </message>
        <message>
            <source>%1: the provider answered with an error: %2</source>
            <translation>%1: प्रदाता ने त्रुटि के साथ उत्तर दिया: %2</translation>
        </message>
        <message>
            <source>%1: a live-call list holds only call ids (%2); fetch each call to see it</source>
            <translation>%1: लाइव-कॉल सूची में केवल कॉल ID होती हैं (%2); देखने के लिए प्रत्येक कॉल प्राप्त करें</translation>
        </message>
        <message>
            <source>%1: the provider returned no record: %2</source>
            <translation>%1: प्रदाता ने कोई रिकॉर्ड नहीं लौटाया: %2</translation>
        </message>
        <message>
            <source>%1: record %2 is a %3, not a call record; skipped</source>
            <translation>%1: रिकॉर्ड %2 एक %3 है, कॉल रिकॉर्ड नहीं; छोड़ा गया</translation>
        </message>
        <message>
            <source>%1: malformed JSON in the value starting on line %2: %3</source>
            <translation>%1: पंक्ति %2 से शुरू होने वाले मान में त्रुटिपूर्ण JSON: %3</translation>
        </message>
        <message>
            <source>%1: malformed JSON in record %2 at byte offset %3 (line %4): %5</source>
            <translation>%1: रिकॉर्ड %2 में बाइट ऑफ़सेट %3 (पंक्ति %4) पर त्रुटिपूर्ण JSON: %5</translation>
        </message>
        <message>
            <source>%1: malformed JSON: %2</source>
            <translation>%1: त्रुटिपूर्ण JSON: %2</translation>
        </message>
        <message>
            <source>%1: line %2 is not valid UTF-8; its invalid bytes were read as U+FFFD</source>
            <translation>%1: पंक्ति %2 मान्य UTF-8 नहीं है; इसके अमान्य बाइट U+FFFD के रूप में पढ़े गए</translation>
        </message>
        <message>
            <source>%1: line %2 has %3 fields where the header has %4; missing fields read as empty</source>
            <translation>%1: पंक्ति %2 में %3 फ़ील्ड हैं जबकि हेडर में %4; छूटे फ़ील्ड खाली पढ़े गए</translation>
        </message>
        <message>
            <source>%1: line %2: %3</source>
            <translation>%1: पंक्ति %2: %3</translation>
        </message>
        <message>
            <source>%1: line %2</source>
            <translation>%1: पंक्ति %2</translation>
        </message>
        <message>
            <source>%1: unterminated quoted field in the CSV after line %2</source>
            <translation>%1: CSV में पंक्ति %2 के बाद उद्धरण वाला फ़ील्ड बंद नहीं हुआ</translation>
        </message>
        <message>
            <source>%1: the CSV file has no header</source>
            <translation>%1: CSV फ़ाइल में हेडर नहीं है</translation>
        </message>
        <message>
            <source>%1: the file is empty (0 bytes)</source>
            <translation>%1: फ़ाइल खाली है (0 बाइट)</translation>
        </message>
        <message>
            <source>%1: the file holds only white space</source>
            <translation>%1: फ़ाइल में केवल रिक्त स्थान है</translation>
        </message>
        <message>
            <source>%1: not JSON, NDJSON or CSV (starts with byte 0x%2 at offset %3)</source>
            <translation>%1: JSON, NDJSON या CSV नहीं है (ऑफ़सेट %3 पर बाइट 0x%2 से शुरू होती है)</translation>
        </message>
        <message numerus="yes">
            <source>%1: no call record found (%n record(s) had no provider's keys and no call id)</source>
            <translation>
                <numerusform>%1: कोई कॉल रिकॉर्ड नहीं मिला (%n रिकॉर्ड में न प्रदाता की कुंजियाँ थीं न कॉल ID)</numerusform>
                <numerusform>%1: कोई कॉल रिकॉर्ड नहीं मिला (%n रिकॉर्ड में न प्रदाता की कुंजियाँ थीं न कॉल ID)</numerusform>
            </translation>
        </message>
        <message>
            <source>standard input</source>
            <translation>मानक इनपुट</translation>
        </message>
        <message>
            <source>cannot read standard input: %1</source>
            <translation>मानक इनपुट नहीं पढ़ा जा सकता: %1</translation>
        </message>
        <message>
            <source>%1: is a directory, not a file</source>
            <translation>%1: यह एक डायरेक्टरी है, फ़ाइल नहीं</translation>
        </message>
        <message>
            <source>%1: cannot open: %2</source>
            <translation>%1: खोला नहीं जा सकता: %2</translation>
        </message>
        <message>
            <source>%1: read error: %2</source>
            <translation>%1: पढ़ने में त्रुटि: %2</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallReport</name>
        <message>
            <source>page %1</source>
            <translation>पेज %1</translation>
        </message>
        <message>
            <source>Call report %1</source>
            <translation>कॉल रिपोर्ट %1</translation>
        </message>
        <message>
            <source>%1 call %2 · generated %3%4</source>
            <translation>%1 कॉल %2 · बनाई गई %3%4</translation>
        </message>
        <message>
            <source> · redacted</source>
            <translation> · छिपाया गया</translation>
        </message>
        <message>
            <source>Call report</source>
            <translation>कॉल रिपोर्ट</translation>
        </message>
        <message>
            <source>Provider: %1    Call id: %2
Generated: %3%4</source>
            <translation>प्रदाता: %1    कॉल ID: %2
बनाई गई: %3%4</translation>
        </message>
        <message>
            <source>    (phone numbers and IP addresses redacted)</source>
            <translation>    (फ़ोन नंबर और IP पते छिपाए गए)</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>निष्कर्ष</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>सारांश</translation>
        </message>
        <message>
            <source>Thresholds used</source>
            <translation>प्रयुक्त सीमाएँ</translation>
        </message>
        <message>
            <source>MOS</source>
            <translation>MOS</translation>
        </message>
        <message>
            <source>good ≥ %1, bad &lt; %2</source>
            <translation>अच्छा ≥ %1, खराब &lt; %2</translation>
        </message>
        <message>
            <source>Jitter</source>
            <translation>जिटर</translation>
        </message>
        <message>
            <source>good ≤ %1 ms, bad ≥ %2 ms</source>
            <translation>अच्छा ≤ %1 ms, खराब ≥ %2 ms</translation>
        </message>
        <message>
            <source>Packet loss</source>
            <translation>पैकेट लॉस</translation>
        </message>
        <message>
            <source>good &lt; %1 %, bad ≥ %2 %</source>
            <translation>अच्छा &lt; %1 %, खराब ≥ %2 %</translation>
        </message>
        <message>
            <source>Technical</source>
            <translation>तकनीकी</translation>
        </message>
        <message>
            <source>Call-flow timeline</source>
            <translation>कॉल-फ़्लो टाइमलाइन</translation>
        </message>
        <message>
            <source>Flaws over time</source>
            <translation>समय के साथ दोष</translation>
        </message>
        <message>
            <source>Audio quality</source>
            <translation>ऑडियो गुणवत्ता</translation>
        </message>
        <message>
            <source>Raw provider record</source>
            <translation>प्रदाता का मूल रिकॉर्ड</translation>
        </message>
        <message>
            <source>%1: the report could not be rendered</source>
            <translation>%1: रिपोर्ट रेंडर नहीं की जा सकी</translation>
        </message>
        <message numerus="yes">
            <source>Error log (%n interval(s))</source>
            <translation>
                <numerusform>त्रुटि लॉग (%n अंतराल)</numerusform>
                <numerusform>त्रुटि लॉग (%n अंतराल)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallTableModel</name>
        <message>
            <source>
Q.850 cause %1</source>
            <translation>
Q.850 कारण %1</translation>
        </message>
        <message>
            <source>
Hung up by: %1</source>
            <translation>
कॉल काटने वाला: %1</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>प्रदाता</translation>
        </message>
        <message>
            <source>Start (%1)</source>
            <translation>प्रारंभ (%1)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>से</translation>
        </message>
        <message>
            <source>To</source>
            <translation>को</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>दिशा</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>स्थिति</translation>
        </message>
        <message>
            <source>Duration (s)</source>
            <translation>अवधि (s)</translation>
        </message>
        <message>
            <source>Talk (s)</source>
            <translation>बातचीत (s)</translation>
        </message>
        <message>
            <source>Billed (s)</source>
            <translation>बिल किया गया (s)</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>लागत</translation>
        </message>
        <message>
            <source>Hangup cause</source>
            <translation>हैंगअप कारण</translation>
        </message>
        <message>
            <source>Codec</source>
            <translation>कोडेक</translation>
        </message>
        <message>
            <source>Call id</source>
            <translation>कॉल ID</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>खाता</translation>
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
            <translation>जिटर (ms)</translation>
        </message>
        <message>
            <source>Loss (%)</source>
            <translation>लॉस (%)</translation>
        </message>
        <message>
            <source>Legs</source>
            <translation>लेग</translation>
        </message>
        <message>
            <source>Flaws</source>
            <translation>दोष</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallTableView</name>
        <message>
            <source>Calls</source>
            <translation>कॉल</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>कॉलम</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallValidator</name>
        <message>
            <source>between 1990 and 2100</source>
            <translation>1990 और 2100 के बीच</translation>
        </message>
        <message>
            <source>%1: %2 %3 is impossible (expected %4); dropped</source>
            <translation>%1: %2 %3 असंभव है (अपेक्षित %4); हटाया गया</translation>
        </message>
        <message>
            <source>0 or more</source>
            <translation>0 या अधिक</translation>
        </message>
        <message>
            <source>1 to 5</source>
            <translation>1 से 5</translation>
        </message>
        <message>
            <source>0 to 100 %</source>
            <translation>0 से 100 %</translation>
        </message>
        <message>
            <source>a finite number</source>
            <translation>एक परिमित संख्या</translation>
        </message>
        <message>
            <source>at most the call's duration of %1 s</source>
            <translation>अधिकतम कॉल की अवधि, %1 s</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallVerdict</name>
        <message>
            <source>good</source>
            <translation>अच्छा</translation>
        </message>
        <message>
            <source>average</source>
            <translation>औसत</translation>
        </message>
        <message>
            <source>bad</source>
            <translation>खराब</translation>
        </message>
        <message>
            <source>not answered after %1 s of ringing</source>
            <translation>%1 s रिंगिंग के बाद भी उत्तर नहीं दिया गया</translation>
        </message>
        <message>
            <source>not answered</source>
            <translation>उत्तर नहीं दिया गया</translation>
        </message>
        <message>
            <source>busy</source>
            <translation>व्यस्त</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>विफल</translation>
        </message>
        <message>
            <source>canceled by the caller</source>
            <translation>कॉलर ने रद्द की</translation>
        </message>
        <message>
            <source>still in progress</source>
            <translation>अभी जारी है</translation>
        </message>
        <message>
            <source>ended abnormally: %1</source>
            <translation>असामान्य रूप से समाप्त: %1</translation>
        </message>
        <message>
            <source>inbound</source>
            <translation>इनबाउंड</translation>
        </message>
        <message>
            <source>outbound</source>
            <translation>आउटबाउंड</translation>
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
            <translation>जिटर %1 ms%2</translation>
        </message>
        <message>
            <source>packet loss %1 %%2</source>
            <translation>पैकेट लॉस %1 %%2</translation>
        </message>
        <message>
            <source>%1 reports no media quality</source>
            <translation>%1 मीडिया गुणवत्ता नहीं बताता</translation>
        </message>
        <message>
            <source>no media quality reported</source>
            <translation>मीडिया गुणवत्ता रिपोर्ट नहीं की गई</translation>
        </message>
        <message>
            <source>answered, %1 s of talk</source>
            <translation>उत्तर दिया गया, %1 s बातचीत</translation>
        </message>
        <message>
            <source>answered</source>
            <translation>उत्तर दिया गया</translation>
        </message>
        <message>
            <source>no outcome or quality reported</source>
            <translation>न परिणाम न गुणवत्ता रिपोर्ट की गई</translation>
        </message>
        <message>
            <source>Quality %1: %2</source>
            <translation>गुणवत्ता %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>audio degraded from %1 s to %2 s: %3 flaws in %n interval(s)</source>
            <translation>
                <numerusform>%1 s से %2 s तक ऑडियो बिगड़ा: %n अंतराल में %3 दोष</numerusform>
                <numerusform>%1 s से %2 s तक ऑडियो बिगड़ा: %n अंतरालों में %3 दोष</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::CallWriter</name>
        <message>
            <source>%1: unknown output format (use .json, .ndjson or .csv)</source>
            <translation>%1: अज्ञात आउटपुट फ़ॉर्मैट (.json, .ndjson या .csv का उपयोग करें)</translation>
        </message>
        <message>
            <source>%1: the folder %2 does not exist</source>
            <translation>%1: फ़ोल्डर %2 मौजूद नहीं है</translation>
        </message>
        <message>
            <source>%1: is a folder</source>
            <translation>%1: यह एक फ़ोल्डर है</translation>
        </message>
        <message>
            <source>%1: cannot write in %2: %3</source>
            <translation>%1: %2 में नहीं लिखा जा सकता: %3</translation>
        </message>
        <message>
            <source>%1: cannot write: %2</source>
            <translation>%1: नहीं लिखा जा सकता: %2</translation>
        </message>
        <message>
            <source>not open</source>
            <translation>खुला नहीं</translation>
        </message>
        <message>
            <source>%1: cannot read back the temporary output: %2</source>
            <translation>%1: अस्थायी आउटपुट वापस नहीं पढ़ा जा सकता: %2</translation>
        </message>
    </context>
    <context>
        <name>cdr::CallsPage</name>
        <message>
            <source>Filter "%1" applied.</source>
            <translation>फ़िल्टर "%1" लागू किया गया।</translation>
        </message>
        <message>
            <source>The selected call is hidden by the filter</source>
            <translation>चयनित कॉल फ़िल्टर से छिपी है</translation>
        </message>
        <message>
            <source>Every filter removed.</source>
            <translation>हर फ़िल्टर हटा दिया गया।</translation>
        </message>
        <message>
            <source>That call is hidden by the current filter.</source>
            <translation>वह कॉल वर्तमान फ़िल्टर से छिपी है।</translation>
        </message>
        <message>
            <source>No call with id "%1" in the current view.</source>
            <translation>वर्तमान दृश्य में ID "%1" वाली कोई कॉल नहीं।</translation>
        </message>
        <message>
            <source>No bad call below this one.</source>
            <translation>इसके नीचे कोई खराब कॉल नहीं।</translation>
        </message>
        <message>
            <source>No bad call above this one.</source>
            <translation>इसके ऊपर कोई खराब कॉल नहीं।</translation>
        </message>
        <message>
            <source>Select 2 to 4 calls to compare (Ctrl+click).</source>
            <translation>तुलना के लिए 2 से 4 कॉल चुनें (Ctrl+क्लिक)।</translation>
        </message>
        <message>
            <source>Go to call</source>
            <translation>कॉल पर जाएँ</translation>
        </message>
        <message>
            <source>Call id:</source>
            <translation>कॉल ID:</translation>
        </message>
        <message>
            <source>Save filter</source>
            <translation>फ़िल्टर सहेजें</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>नाम:</translation>
        </message>
        <message>
            <source>Filter saved as "%1".</source>
            <translation>फ़िल्टर "%1" नाम से सहेजा गया।</translation>
        </message>
        <message>
            <source>Revision %1 by %2, %3: %4</source>
            <translation>संशोधन %1, %2 द्वारा, %3: %4</translation>
        </message>
        <message>
            <source>Edited by %1, %2 (revision %3; hover for the history)</source>
            <translation>%1 द्वारा संपादित, %2 (संशोधन %3; इतिहास के लिए पॉइंटर रखें)</translation>
        </message>
    </context>
    <context>
        <name>cdr::ChartExporter</name>
        <message>
            <source>unknown format "%1" (use png, svg, pdf or csv)</source>
            <translation>अज्ञात फ़ॉर्मैट "%1" (png, svg, pdf या csv का उपयोग करें)</translation>
        </message>
        <message>
            <source>no format given</source>
            <translation>कोई फ़ॉर्मैट नहीं दिया गया</translation>
        </message>
        <message>
            <source>%1: unknown file type (use .png, .svg, .pdf or .csv)</source>
            <translation>%1: अज्ञात फ़ाइल प्रकार (.png, .svg, .pdf या .csv का उपयोग करें)</translation>
        </message>
        <message>
            <source>%1: rendering produced no data</source>
            <translation>%1: रेंडरिंग से कोई डेटा नहीं बना</translation>
        </message>
    </context>
    <context>
        <name>cdr::CompareDialog</name>
        <message numerus="yes">
            <source>Compare %n call(s)</source>
            <translation>
                <numerusform>%n कॉल की तुलना करें</numerusform>
                <numerusform>%n कॉल की तुलना करें</numerusform>
            </translation>
        </message>
        <message>
            <source>Timeline of call %1</source>
            <translation>कॉल %1 की टाइमलाइन</translation>
        </message>
    </context>
    <context>
        <name>cdr::CredentialStore</name>
        <message>
            <source>No system keychain is available on this machine (for example a headless Linux session without a Secret Service such as GNOME Keyring or KWallet), so secrets cannot be stored. For the command line, set PLIVO_AUTH_TOKEN, VOBIZ_AUTH_TOKEN, CARRIERX_TOKEN or NEXBRO_API_KEY instead.</source>
            <translation>इस मशीन पर कोई सिस्टम कीचेन उपलब्ध नहीं है (उदाहरण के लिए GNOME Keyring या KWallet जैसी Secret Service के बिना हेडलेस Linux सत्र), इसलिए सीक्रेट सहेजे नहीं जा सकते। कमांड लाइन के लिए इसके बजाय PLIVO_AUTH_TOKEN, VOBIZ_AUTH_TOKEN, CARRIERX_TOKEN या NEXBRO_API_KEY सेट करें।</translation>
        </message>
        <message>
            <source>No secret is stored for this account yet.</source>
            <translation>इस खाते के लिए अभी कोई सीक्रेट सहेजा नहीं गया है।</translation>
        </message>
        <message>
            <source>Access to the keychain was denied.</source>
            <translation>कीचेन तक पहुँच अस्वीकार कर दी गई।</translation>
        </message>
        <message>
            <source>Keychain error: %1</source>
            <translation>कीचेन त्रुटि: %1</translation>
        </message>
    </context>
    <context>
        <name>cdr::ErrorLogModel</name>
        <message>
            <source>unknown</source>
            <translation>अज्ञात</translation>
        </message>
        <message>
            <source>%1 (+%2 s)</source>
            <translation>%1 (+%2 s)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>प्रारंभ</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>समाप्ति</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>अवधि</translation>
        </message>
        <message>
            <source>Flaws</source>
            <translation>दोष</translation>
        </message>
        <message>
            <source>Flaws/s</source>
            <translation>दोष/s</translation>
        </message>
    </context>
    <context>
        <name>cdr::FetchBar</name>
        <message>
            <source>Fetch</source>
            <translation>प्राप्त करें</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>खाता</translation>
        </message>
        <message>
            <source>Account to fetch from</source>
            <translation>जिस खाते से प्राप्त करना है</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>प्रारंभ तारीख</translation>
        </message>
        <message>
            <source>To date (inclusive)</source>
            <translation>अंतिम तारीख (शामिल)</translation>
        </message>
        <message>
            <source>Dates are days in this time zone, for queries and display; change it in Preferences.</source>
            <translation>तारीखें इस समय क्षेत्र के दिन हैं, क्वेरी और प्रदर्शन दोनों के लिए; इसे प्राथमिकताओं में बदलें।</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>दिशा</translation>
        </message>
        <message>
            <source>Both directions</source>
            <translation>दोनों दिशाएँ</translation>
        </message>
        <message>
            <source>Inbound</source>
            <translation>इनबाउंड</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>आउटबाउंड</translation>
        </message>
        <message>
            <source>Fetch filters...</source>
            <translation>प्राप्ति फ़िल्टर...</translation>
        </message>
        <message>
            <source>Numbers and minimum duration the next fetch asks the provider for (not a filter of the table)</source>
            <translation>अगली प्राप्ति में प्रदाता से माँगे जाने वाले नंबर और न्यूनतम अवधि (तालिका का फ़िल्टर नहीं)</translation>
        </message>
        <message>
            <source>Fetch filters</source>
            <translation>प्राप्ति फ़िल्टर</translation>
        </message>
        <message>
            <source>From number</source>
            <translation>से नंबर</translation>
        </message>
        <message>
            <source>from number</source>
            <translation>से नंबर</translation>
        </message>
        <message>
            <source>To number</source>
            <translation>को नंबर</translation>
        </message>
        <message>
            <source>to number</source>
            <translation>को नंबर</translation>
        </message>
        <message>
            <source>Minimum duration</source>
            <translation>न्यूनतम अवधि</translation>
        </message>
        <message>
            <source> s min (Vobiz)</source>
            <translation> s न्यूनतम (Vobiz)</translation>
        </message>
        <message>
            <source>Only Vobiz filters by duration on the server.</source>
            <translation>केवल Vobiz सर्वर पर अवधि के अनुसार फ़िल्टर करता है।</translation>
        </message>
        <message>
            <source> Fetch only: </source>
            <translation> केवल प्राप्त करें: </translation>
        </message>
        <message>
            <source>No account: add one (Fetch &gt; Accounts)</source>
            <translation>कोई खाता नहीं: एक जोड़ें (प्राप्त करें &gt; खाते)</translation>
        </message>
        <message>
            <source>(%1)</source>
            <translation>(%1)</translation>
        </message>
        <message>
            <source>Fetch only from: %1</source>
            <translation>केवल इस नंबर से प्राप्त करें: %1</translation>
        </message>
        <message>
            <source>Fetch only to: %1</source>
            <translation>केवल इस नंबर को प्राप्त करें: %1</translation>
        </message>
        <message>
            <source>Fetch only calls of %1 s or more</source>
            <translation>केवल %1 s या अधिक की कॉल प्राप्त करें</translation>
        </message>
    </context>
    <context>
        <name>cdr::FetchCli</name>
        <message>
            <source>, about %1 min %2 s left</source>
            <translation>, लगभग %1 मिनट %2 s शेष</translation>
        </message>
        <message>
            <source>, about %1 s left</source>
            <translation>, लगभग %1 s शेष</translation>
        </message>
        <message>
            <source>Fetches call detail records from a provider into normalized JSON, NDJSON or CSV.</source>
            <translation>किसी प्रदाता से कॉल विवरण रिकॉर्ड सामान्यीकृत JSON, NDJSON या CSV में प्राप्त करता है।</translation>
        </message>
        <message>
            <source>plivo, vobiz, carrierx or nexbro.</source>
            <translation>plivo, vobiz, carrierx या nexbro।</translation>
        </message>
        <message>
            <source>Replaces the scheme, host and port of the provider's documented base URL.</source>
            <translation>प्रदाता के प्रलेखित बेस URL की स्कीम, होस्ट और पोर्ट बदलता है।</translation>
        </message>
        <message>
            <source>Plivo/Vobiz auth id (default: PLIVO_AUTH_ID / VOBIZ_AUTH_ID).</source>
            <translation>Plivo/Vobiz auth id (डिफ़ॉल्ट: PLIVO_AUTH_ID / VOBIZ_AUTH_ID)।</translation>
        </message>
        <message>
            <source>IANA time zone for zone-less provider times (NexBro) and for --since/--until (default UTC).</source>
            <translation>बिना क्षेत्र वाले प्रदाता समयों (NexBro) और --since/--until के लिए IANA समय क्षेत्र (डिफ़ॉल्ट UTC)।</translation>
        </message>
        <message>
            <source>Fetch this call id (repeatable) instead of walking the list.</source>
            <translation>सूची पर चलने के बजाय यह कॉल ID प्राप्त करें (दोहराया जा सकता है)।</translation>
        </message>
        <message>
            <source>First day, YYYY-MM-DD (default: 7 days ago).</source>
            <translation>पहला दिन, YYYY-MM-DD (डिफ़ॉल्ट: 7 दिन पहले)।</translation>
        </message>
        <message>
            <source>Last day, inclusive, YYYY-MM-DD (default: now).</source>
            <translation>अंतिम दिन, शामिल, YYYY-MM-DD (डिफ़ॉल्ट: अभी)।</translation>
        </message>
        <message>
            <source>inbound or outbound.</source>
            <translation>inbound या outbound।</translation>
        </message>
        <message>
            <source>Stop after N calls.</source>
            <translation>N कॉल के बाद रुकें।</translation>
        </message>
        <message>
            <source>Output file (.json, .ndjson or .csv).</source>
            <translation>आउटपुट फ़ाइल (.json, .ndjson या .csv)।</translation>
        </message>
        <message>
            <source>On failure, still write the calls fetched so far.</source>
            <translation>विफल होने पर भी अब तक प्राप्त कॉल लिखें।</translation>
        </message>
        <message>
            <source>No progress output.</source>
            <translation>कोई प्रगति आउटपुट नहीं।</translation>
        </message>
        <message>
            <source>Usage: cdr-inspector fetch --provider NAME [options] -o OUTPUT; see --help.</source>
            <translation>उपयोग: cdr-inspector fetch --provider NAME [विकल्प] -o OUTPUT; --help देखें।</translation>
        </message>
        <message>
            <source>unexpected argument "%1"</source>
            <translation>अप्रत्याशित आर्गुमेंट "%1"</translation>
        </message>
        <message>
            <source>--provider must be plivo, vobiz, carrierx or nexbro</source>
            <translation>--provider को plivo, vobiz, carrierx या nexbro होना चाहिए</translation>
        </message>
        <message>
            <source>-o OUTPUT is required</source>
            <translation>-o OUTPUT आवश्यक है</translation>
        </message>
        <message>
            <source>%1: unknown output format; use .json, .ndjson or .csv</source>
            <translation>%1: अज्ञात आउटपुट फ़ॉर्मैट; .json, .ndjson या .csv का उपयोग करें</translation>
        </message>
        <message>
            <source>unknown time zone "%1"</source>
            <translation>अज्ञात समय क्षेत्र "%1"</translation>
        </message>
        <message>
            <source>Plivo needs PLIVO_AUTH_ID (or --account) and PLIVO_AUTH_TOKEN in the environment</source>
            <translation>Plivo को वातावरण में PLIVO_AUTH_ID (या --account) और PLIVO_AUTH_TOKEN चाहिए</translation>
        </message>
        <message>
            <source>Vobiz needs VOBIZ_AUTH_ID (or --account) and VOBIZ_AUTH_TOKEN in the environment</source>
            <translation>Vobiz को वातावरण में VOBIZ_AUTH_ID (या --account) और VOBIZ_AUTH_TOKEN चाहिए</translation>
        </message>
        <message>
            <source>CarrierX needs CARRIERX_TOKEN in the environment</source>
            <translation>CarrierX को वातावरण में CARRIERX_TOKEN चाहिए</translation>
        </message>
        <message>
            <source>NexBro needs NEXBRO_API_KEY in the environment</source>
            <translation>NexBro को वातावरण में NEXBRO_API_KEY चाहिए</translation>
        </message>
        <message>
            <source>NexBro runs on your own domain: give --base-url or NEXBRO_BASE_URL</source>
            <translation>NexBro आपके अपने डोमेन पर चलता है: --base-url या NEXBRO_BASE_URL दें</translation>
        </message>
        <message>
            <source>--base-url must be an http(s) URL with a host, e.g. https://pbx.example.com</source>
            <translation>--base-url होस्ट सहित एक http(s) URL होना चाहिए, उदा. https://pbx.example.com</translation>
        </message>
        <message>
            <source>--since expects YYYY-MM-DD, not "%1"</source>
            <translation>--since को YYYY-MM-DD चाहिए, "%1" नहीं</translation>
        </message>
        <message>
            <source>--until expects YYYY-MM-DD, not "%1"</source>
            <translation>--until को YYYY-MM-DD चाहिए, "%1" नहीं</translation>
        </message>
        <message>
            <source>--since must be before --until</source>
            <translation>--since, --until से पहले होना चाहिए</translation>
        </message>
        <message>
            <source>--direction must be inbound or outbound</source>
            <translation>--direction को inbound या outbound होना चाहिए</translation>
        </message>
        <message>
            <source>--max expects a whole number from 1 to %1, not "%2"</source>
            <translation>--max को 1 से %1 तक की पूर्ण संख्या चाहिए, "%2" नहीं</translation>
        </message>
        <message>
            <source>cannot write %1: it is a folder</source>
            <translation>%1 नहीं लिखा जा सकता: यह एक फ़ोल्डर है</translation>
        </message>
        <message>
            <source>cannot write %1: the folder %2 does not exist</source>
            <translation>%1 नहीं लिखा जा सकता: फ़ोल्डर %2 मौजूद नहीं है</translation>
        </message>
        <message>
            <source>cannot write %1: the file is read-only</source>
            <translation>%1 नहीं लिखा जा सकता: फ़ाइल केवल-पठन है</translation>
        </message>
        <message>
            <source>cannot write %1: the folder %2 is not writable (%3)</source>
            <translation>%1 नहीं लिखा जा सकता: फ़ोल्डर %2 में लिखा नहीं जा सकता (%3)</translation>
        </message>
        <message>
            <source>nothing fetched.</source>
            <translation>कुछ प्राप्त नहीं हुआ।</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n कॉल</numerusform>
                <numerusform>%n कॉल</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n page(s)</source>
            <translation>
                <numerusform>%n पेज में से %1</numerusform>
                <numerusform>%n पेज में से %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n पेज</numerusform>
                <numerusform>%n पेज</numerusform>
            </translation>
        </message>
        <message>
            <source>, window %1/%2</source>
            <translation>, विंडो %1/%2</translation>
        </message>
        <message numerus="yes">
            <source>, %n retries</source>
            <translation>
                <numerusform>, %n पुनःप्रयास</numerusform>
                <numerusform>, %n पुनःप्रयास</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>nothing written (%n call(s) fetched; --keep-partial writes them)</source>
            <translation>
                <numerusform>कुछ नहीं लिखा गया (%n कॉल प्राप्त हुई; --keep-partial उसे लिखता है)</numerusform>
                <numerusform>कुछ नहीं लिखा गया (%n कॉल प्राप्त हुईं; --keep-partial उन्हें लिखता है)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wrote %n call(s) to %1</source>
            <translation>
                <numerusform>%n कॉल %1 में लिखी गई</numerusform>
                <numerusform>%n कॉल %1 में लिखी गईं</numerusform>
            </translation>
        </message>
        <message>
            <source> (partial)</source>
            <translation> (आंशिक)</translation>
        </message>
    </context>
    <context>
        <name>cdr::FetchController</name>
        <message>
            <source>%1: cannot read the secret: %2</source>
            <translation>%1: सीक्रेट नहीं पढ़ा जा सकता: %2</translation>
        </message>
        <message>
            <source>page %1 of %2</source>
            <translation>पेज %1 / %2</translation>
        </message>
        <message>
            <source>page %1</source>
            <translation>पेज %1</translation>
        </message>
        <message>
            <source>window %1 of %2</source>
            <translation>विंडो %1 / %2</translation>
        </message>
        <message>
            <source>about %1 min %2 s left</source>
            <translation>लगभग %1 मिनट %2 s शेष</translation>
        </message>
        <message>
            <source>about %1 s left</source>
            <translation>लगभग %1 s शेष</translation>
        </message>
        <message numerus="yes">
            <source>%n retried</source>
            <translation>
                <numerusform>%n पुनःप्रयास किया गया</numerusform>
                <numerusform>%n पुनःप्रयास किए गए</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: the interrupted fetch could not be resumed; start a new one.</source>
            <translation>%1: बाधित प्राप्ति फिर से शुरू नहीं की जा सकी; नई शुरू करें।</translation>
        </message>
        <message>
            <source>%1: resuming the interrupted fetch.</source>
            <translation>%1: बाधित प्राप्ति फिर से शुरू हो रही है।</translation>
        </message>
        <message>
            <source>Reading the %1 secret from the keychain...</source>
            <translation>कीचेन से %1 का सीक्रेट पढ़ा जा रहा है...</translation>
        </message>
        <message numerus="yes">
            <source>%Ln call(s)</source>
            <translation>
                <numerusform>%Ln कॉल</numerusform>
                <numerusform>%Ln कॉल</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: fetched %Ln call(s).</source>
            <translation>
                <numerusform>%1: %Ln कॉल प्राप्त हुई।</numerusform>
                <numerusform>%1: %Ln कॉल प्राप्त हुईं।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: fetch canceled after %Ln call(s); Resume continues from there.</source>
            <translation>
                <numerusform>%1: %Ln कॉल के बाद प्राप्ति रद्द; "फिर से शुरू करें" वहीं से आगे बढ़ता है।</numerusform>
                <numerusform>%1: %Ln कॉल के बाद प्राप्ति रद्द; "फिर से शुरू करें" वहीं से आगे बढ़ता है।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::FilterChipsBar</name>
        <message>
            <source>Filtered by:</source>
            <translation>फ़िल्टर:</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>सभी हटाएँ</translation>
        </message>
        <message>
            <source>Remove every filter (Ctrl+Shift+Backspace)</source>
            <translation>हर फ़िल्टर हटाएँ (Ctrl+Shift+Backspace)</translation>
        </message>
        <message>
            <source>Remove this filter</source>
            <translation>यह फ़िल्टर हटाएँ</translation>
        </message>
        <message>
            <source>Remove filter %1</source>
            <translation>फ़िल्टर %1 हटाएँ</translation>
        </message>
    </context>
    <context>
        <name>cdr::HangupCatalog</name>
        <message>
            <source>The reason is unknown.</source>
            <translation>कारण अज्ञात है।</translation>
        </message>
        <message>
            <source>Canceled before answer by an API request.</source>
            <translation>उत्तर से पहले API अनुरोध द्वारा रद्द की गई।</translation>
        </message>
        <message>
            <source>Canceled because the account ran out of credit.</source>
            <translation>रद्द की गई क्योंकि खाते का क्रेडिट समाप्त हो गया।</translation>
        </message>
        <message>
            <source>Canceled because the simultaneous dial limit was reached.</source>
            <translation>रद्द की गई क्योंकि एक साथ डायल करने की सीमा पूरी हो गई।</translation>
        </message>
        <message>
            <source>The destination number or SIP address is invalid.</source>
            <translation>गंतव्य नंबर या SIP पता अमान्य है।</translation>
        </message>
        <message>
            <source>The destination is out of service.</source>
            <translation>गंतव्य सेवा में नहीं है।</translation>
        </message>
        <message>
            <source>The SIP endpoint dialled is not registered.</source>
            <translation>डायल किया गया SIP एंडपॉइंट पंजीकृत नहीं है।</translation>
        </message>
        <message>
            <source>Calls to this country are blocked by the account's geo permissions.</source>
            <translation>खाते की भौगोलिक अनुमतियों के कारण इस देश में कॉल अवरुद्ध हैं।</translation>
        </message>
        <message>
            <source>Calls to this number are blocked.</source>
            <translation>इस नंबर पर कॉल अवरुद्ध हैं।</translation>
        </message>
        <message>
            <source>Calls to this prefix are blocked.</source>
            <translation>इस प्रीफ़िक्स पर कॉल अवरुद्ध हैं।</translation>
        </message>
        <message>
            <source>The B leg would dial the A leg: a call loop.</source>
            <translation>B लेग, A लेग को डायल करता: एक कॉल लूप।</translation>
        </message>
        <message>
            <source>The call violates the India media-anchoring rule.</source>
            <translation>कॉल भारत के मीडिया-एंकरिंग नियम का उल्लंघन करती है।</translation>
        </message>
        <message>
            <source>The callee did not answer.</source>
            <translation>कॉल प्राप्तकर्ता ने उत्तर नहीं दिया।</translation>
        </message>
        <message>
            <source>The callee's line was busy.</source>
            <translation>कॉल प्राप्तकर्ता की लाइन व्यस्त थी।</translation>
        </message>
        <message>
            <source>The callee declined the call.</source>
            <translation>कॉल प्राप्तकर्ता ने कॉल अस्वीकार की।</translation>
        </message>
        <message>
            <source>The caller ID is not owned by the account.</source>
            <translation>कॉलर ID इस खाते की नहीं है।</translation>
        </message>
        <message>
            <source>The call was forbidden by the carrier.</source>
            <translation>कैरियर ने कॉल की अनुमति नहीं दी।</translation>
        </message>
        <message>
            <source>The number is not in service.</source>
            <translation>नंबर सेवा में नहीं है।</translation>
        </message>
        <message>
            <source>The carrier timed out; a retry may succeed.</source>
            <translation>कैरियर का टाइमआउट हुआ; पुनःप्रयास सफल हो सकता है।</translation>
        </message>
        <message>
            <source>The carrier had an internal error; a retry may succeed.</source>
            <translation>कैरियर में आंतरिक त्रुटि हुई; पुनःप्रयास सफल हो सकता है।</translation>
        </message>
        <message>
            <source>The carrier's network was congested; a retry may succeed.</source>
            <translation>कैरियर के नेटवर्क में भीड़ थी; पुनःप्रयास सफल हो सकता है।</translation>
        </message>
        <message>
            <source>The carrier reported the callee busy everywhere.</source>
            <translation>कैरियर ने बताया कि कॉल प्राप्तकर्ता हर जगह व्यस्त है।</translation>
        </message>
        <message>
            <source>The carrier reported the call declined.</source>
            <translation>कैरियर ने बताया कि कॉल अस्वीकार की गई।</translation>
        </message>
        <message>
            <source>The carrier reported that the user does not exist.</source>
            <translation>कैरियर ने बताया कि उपयोगकर्ता मौजूद नहीं है।</translation>
        </message>
        <message>
            <source>The carrier flagged the caller ID as spam.</source>
            <translation>कैरियर ने कॉलर ID को स्पैम चिह्नित किया।</translation>
        </message>
        <message>
            <source>The caller ID is on the Do-Not-Originate list.</source>
            <translation>कॉलर ID, Do-Not-Originate सूची में है।</translation>
        </message>
        <message>
            <source>One of the parties hung up normally.</source>
            <translation>किसी एक पक्ष ने सामान्य रूप से कॉल काटी।</translation>
        </message>
        <message>
            <source>The call ended after the last XML instruction.</source>
            <translation>अंतिम XML निर्देश के बाद कॉल समाप्त हुई।</translation>
        </message>
        <message>
            <source>The multiparty call (conference) ended.</source>
            <translation>बहुपक्षीय कॉल (कॉन्फ़्रेंस) समाप्त हुई।</translation>
        </message>
        <message>
            <source>The participant was removed from the multiparty call.</source>
            <translation>प्रतिभागी को बहुपक्षीय कॉल से हटा दिया गया।</translation>
        </message>
        <message>
            <source>A platform network error ended the call.</source>
            <translation>प्लेटफ़ॉर्म की नेटवर्क त्रुटि से कॉल समाप्त हुई।</translation>
        </message>
        <message>
            <source>A platform internal error ended the call.</source>
            <translation>प्लेटफ़ॉर्म की आंतरिक त्रुटि से कॉल समाप्त हुई।</translation>
        </message>
        <message>
            <source>The platform could not route the call.</source>
            <translation>प्लेटफ़ॉर्म कॉल को रूट नहीं कर सका।</translation>
        </message>
        <message>
            <source>The account's concurrency limit (India) was breached.</source>
            <translation>खाते की समवर्ती कॉल सीमा (भारत) पार हो गई।</translation>
        </message>
        <message>
            <source>The call reached its scheduled maximum duration.</source>
            <translation>कॉल अपनी निर्धारित अधिकतम अवधि तक पहुँच गई।</translation>
        </message>
        <message>
            <source>The call was not answered within the ring timeout.</source>
            <translation>रिंग टाइमआउट के भीतर कॉल का उत्तर नहीं दिया गया।</translation>
        </message>
        <message>
            <source>No RTP was received for 60 seconds.</source>
            <translation>60 सेकंड तक कोई RTP प्राप्त नहीं हुआ।</translation>
        </message>
        <message>
            <source>The answer webhook returned an error or timed out.</source>
            <translation>answer वेबहुक ने त्रुटि लौटाई या टाइमआउट हुआ।</translation>
        </message>
        <message>
            <source>The action webhook returned an error or timed out.</source>
            <translation>action वेबहुक ने त्रुटि लौटाई या टाइमआउट हुआ।</translation>
        </message>
        <message>
            <source>The transfer webhook returned an error or timed out.</source>
            <translation>transfer वेबहुक ने त्रुटि लौटाई या टाइमआउट हुआ।</translation>
        </message>
        <message>
            <source>The redirect webhook returned an error or timed out.</source>
            <translation>redirect वेबहुक ने त्रुटि लौटाई या टाइमआउट हुआ।</translation>
        </message>
        <message>
            <source>The action URL is malformed.</source>
            <translation>action URL त्रुटिपूर्ण है।</translation>
        </message>
        <message>
            <source>The transfer URL is malformed.</source>
            <translation>transfer URL त्रुटिपूर्ण है।</translation>
        </message>
        <message>
            <source>The redirect URL is malformed.</source>
            <translation>redirect URL त्रुटिपूर्ण है।</translation>
        </message>
        <message>
            <source>The action URL's HTTP method is neither GET nor POST.</source>
            <translation>action URL की HTTP विधि न GET है न POST।</translation>
        </message>
        <message>
            <source>The transfer URL's HTTP method is neither GET nor POST.</source>
            <translation>transfer URL की HTTP विधि न GET है न POST।</translation>
        </message>
        <message>
            <source>The redirect URL's HTTP method is neither GET nor POST.</source>
            <translation>redirect URL की HTTP विधि न GET है न POST।</translation>
        </message>
        <message>
            <source>The answer webhook returned invalid XML.</source>
            <translation>answer वेबहुक ने अमान्य XML लौटाया।</translation>
        </message>
        <message>
            <source>The action webhook returned invalid XML.</source>
            <translation>action वेबहुक ने अमान्य XML लौटाया।</translation>
        </message>
        <message>
            <source>The transfer webhook returned invalid XML.</source>
            <translation>transfer वेबहुक ने अमान्य XML लौटाया।</translation>
        </message>
        <message>
            <source>The redirect webhook returned invalid XML.</source>
            <translation>redirect वेबहुक ने अमान्य XML लौटाया।</translation>
        </message>
        <message>
            <source>Another leg of a parallel dial answered first.</source>
            <translation>समानांतर डायल के किसी दूसरे लेग ने पहले उत्तर दिया।</translation>
        </message>
        <message>
            <source>Answering-machine detection hung up the call.</source>
            <translation>आंसरिंग-मशीन पहचान ने कॉल काट दी।</translation>
        </message>
        <message>
            <source>The callee did not press the confirm key.</source>
            <translation>कॉल प्राप्तकर्ता ने पुष्टि कुंजी नहीं दबाई।</translation>
        </message>
        <message>
            <source>The call was canceled before it was answered.</source>
            <translation>उत्तर से पहले कॉल रद्द कर दी गई।</translation>
        </message>
        <message>
            <source>The destination could not be reached or is barred.</source>
            <translation>गंतव्य तक पहुँचा नहीं जा सका या वह अवरुद्ध है।</translation>
        </message>
        <message>
            <source>The callee or the callee's carrier did not take the call.</source>
            <translation>कॉल प्राप्तकर्ता या उसके कैरियर ने कॉल नहीं ली।</translation>
        </message>
        <message>
            <source>The call ended normally.</source>
            <translation>कॉल सामान्य रूप से समाप्त हुई।</translation>
        </message>
        <message>
            <source>A platform error ended the call.</source>
            <translation>प्लेटफ़ॉर्म त्रुटि से कॉल समाप्त हुई।</translation>
        </message>
        <message>
            <source>A timer ended the call.</source>
            <translation>एक टाइमर ने कॉल समाप्त की।</translation>
        </message>
        <message>
            <source>A webhook URL could not be reached or was invalid.</source>
            <translation>किसी वेबहुक URL तक पहुँचा नहीं जा सका या वह अमान्य था।</translation>
        </message>
        <message>
            <source>A webhook returned invalid XML.</source>
            <translation>एक वेबहुक ने अमान्य XML लौटाया।</translation>
        </message>
        <message>
            <source>The dialling logic ended this leg.</source>
            <translation>डायलिंग लॉजिक ने यह लेग समाप्त किया।</translation>
        </message>
        <message>
            <source>The called party is busy.</source>
            <translation>कॉल किया गया पक्ष व्यस्त है।</translation>
        </message>
        <message>
            <source>The called party did not answer within the timeout.</source>
            <translation>कॉल किए गए पक्ष ने टाइमआउट के भीतर उत्तर नहीं दिया।</translation>
        </message>
        <message>
            <source>The caller cancelled before the call was answered (FreeSWITCH-internal code).</source>
            <translation>उत्तर से पहले कॉलर ने रद्द कर दिया (FreeSWITCH का आंतरिक कोड)।</translation>
        </message>
        <message>
            <source>The destination explicitly rejected the call.</source>
            <translation>गंतव्य ने कॉल स्पष्ट रूप से अस्वीकार कर दी।</translation>
        </message>
        <message>
            <source>The SIP endpoint refused the INVITE.</source>
            <translation>SIP एंडपॉइंट ने INVITE अस्वीकार कर दिया।</translation>
        </message>
        <message>
            <source>The dialled number format is invalid.</source>
            <translation>डायल किए गए नंबर का फ़ॉर्मैट अमान्य है।</translation>
        </message>
        <message>
            <source>The number is valid but not allocated to any subscriber.</source>
            <translation>नंबर मान्य है लेकिन किसी ग्राहक को आवंटित नहीं है।</translation>
        </message>
        <message>
            <source>The destination service is temporarily unavailable.</source>
            <translation>गंतव्य सेवा अस्थायी रूप से उपलब्ध नहीं है।</translation>
        </message>
        <message>
            <source>An internal server error occurred during call setup.</source>
            <translation>कॉल सेटअप के दौरान सर्वर में आंतरिक त्रुटि हुई।</translation>
        </message>
        <message>
            <source>No RTP media was received: likely a firewall or network issue (FreeSWITCH-internal).</source>
            <translation>कोई RTP मीडिया प्राप्त नहीं हुआ: संभवतः फ़ायरवॉल या नेटवर्क समस्या (FreeSWITCH-आंतरिक)।</translation>
        </message>
        <message>
            <source>A SIP protocol violation or malformed message.</source>
            <translation>SIP प्रोटोकॉल का उल्लंघन या त्रुटिपूर्ण संदेश।</translation>
        </message>
        <message>
            <source>A severe network failure prevented routing.</source>
            <translation>गंभीर नेटवर्क विफलता ने रूटिंग रोक दी।</translation>
        </message>
        <message>
            <source>The destination endpoint cannot accept the call.</source>
            <translation>गंतव्य एंडपॉइंट कॉल स्वीकार नहीं कर सकता।</translation>
        </message>
        <message>
            <source>A generic temporary failure; retrying may succeed.</source>
            <translation>एक सामान्य अस्थायी विफलता; पुनःप्रयास सफल हो सकता है।</translation>
        </message>
        <message>
            <source>The SIP switch is at capacity.</source>
            <translation>SIP स्विच अपनी क्षमता पर है।</translation>
        </message>
        <message>
            <source>An error not mapped to a standard cause.</source>
            <translation>एक त्रुटि जो किसी मानक कारण से मेल नहीं खाती।</translation>
        </message>
        <message>
            <source>The call was answered.</source>
            <translation>कॉल का उत्तर दिया गया।</translation>
        </message>
        <message>
            <source>The request was malformed.</source>
            <translation>अनुरोध त्रुटिपूर्ण था।</translation>
        </message>
        <message>
            <source>The request needed authentication.</source>
            <translation>अनुरोध को प्रमाणीकरण चाहिए था।</translation>
        </message>
        <message>
            <source>The account needs funds.</source>
            <translation>खाते में धनराशि चाहिए।</translation>
        </message>
        <message>
            <source>The destination or carrier refused the call.</source>
            <translation>गंतव्य या कैरियर ने कॉल अस्वीकार की।</translation>
        </message>
        <message>
            <source>The number does not exist.</source>
            <translation>नंबर मौजूद नहीं है।</translation>
        </message>
        <message>
            <source>The proxy needed authentication.</source>
            <translation>प्रॉक्सी को प्रमाणीकरण चाहिए था।</translation>
        </message>
        <message>
            <source>Nobody answered in time.</source>
            <translation>समय पर किसी ने उत्तर नहीं दिया।</translation>
        </message>
        <message>
            <source>The number is no longer in service.</source>
            <translation>नंबर अब सेवा में नहीं है।</translation>
        </message>
        <message>
            <source>The callee is not reachable now (often no answer).</source>
            <translation>कॉल प्राप्तकर्ता अभी उपलब्ध नहीं है (अक्सर उत्तर नहीं)।</translation>
        </message>
        <message>
            <source>A SIP dialog mismatch.</source>
            <translation>SIP डायलॉग में असंगति।</translation>
        </message>
        <message>
            <source>The number is incomplete.</source>
            <translation>नंबर अधूरा है।</translation>
        </message>
        <message>
            <source>The callee is busy.</source>
            <translation>कॉल प्राप्तकर्ता व्यस्त है।</translation>
        </message>
        <message>
            <source>The caller cancelled before answer.</source>
            <translation>उत्तर से पहले कॉलर ने रद्द कर दिया।</translation>
        </message>
        <message>
            <source>No common codec or media.</source>
            <translation>कोई साझा कोडेक या मीडिया नहीं।</translation>
        </message>
        <message>
            <source>The far end had an internal error.</source>
            <translation>दूसरे छोर पर आंतरिक त्रुटि हुई।</translation>
        </message>
        <message>
            <source>A gateway failed.</source>
            <translation>एक गेटवे विफल हुआ।</translation>
        </message>
        <message>
            <source>The far end is overloaded or down.</source>
            <translation>दूसरा छोर अतिभारित या बंद है।</translation>
        </message>
        <message>
            <source>A gateway timed out.</source>
            <translation>एक गेटवे का टाइमआउट हुआ।</translation>
        </message>
        <message>
            <source>The callee is busy everywhere.</source>
            <translation>कॉल प्राप्तकर्ता हर जगह व्यस्त है।</translation>
        </message>
        <message>
            <source>The number does not exist anywhere.</source>
            <translation>नंबर कहीं भी मौजूद नहीं है।</translation>
        </message>
        <message>
            <source>The call cannot be accepted.</source>
            <translation>कॉल स्वीकार नहीं की जा सकती।</translation>
        </message>
        <message>
            <source>The call was still in progress.</source>
            <translation>कॉल अभी जारी थी।</translation>
        </message>
        <message>
            <source>Code %1</source>
            <translation>कोड %1</translation>
        </message>
        <message>
            <source>This code is not in the provider's published table.</source>
            <translation>यह कोड प्रदाता की प्रकाशित तालिका में नहीं है।</translation>
        </message>
        <message>
            <source>A switch hangup cause not in Vobiz's published list.</source>
            <translation>एक स्विच हैंगअप कारण जो Vobiz की प्रकाशित सूची में नहीं है।</translation>
        </message>
        <message>
            <source>A success response: the call was answered.</source>
            <translation>एक सफल उत्तर: कॉल का उत्तर दिया गया।</translation>
        </message>
        <message>
            <source>A client-error response: the request could not be completed as sent.</source>
            <translation>एक क्लाइंट-त्रुटि उत्तर: भेजा गया अनुरोध पूरा नहीं हो सका।</translation>
        </message>
        <message>
            <source>A server-error response: the far end failed.</source>
            <translation>एक सर्वर-त्रुटि उत्तर: दूसरा छोर विफल हुआ।</translation>
        </message>
        <message>
            <source>A global-failure response: no destination will take the call.</source>
            <translation>एक वैश्विक-विफलता उत्तर: कोई गंतव्य कॉल नहीं लेगा।</translation>
        </message>
        <message>
            <source>Not a SIP final response code.</source>
            <translation>यह अंतिम SIP उत्तर कोड नहीं है।</translation>
        </message>
        <message>
            <source>Disconnected by %1.</source>
            <translation>%1 द्वारा डिस्कनेक्ट किया गया।</translation>
        </message>
        <message>
            <source>The provider reported no hangup cause.</source>
            <translation>प्रदाता ने कोई हैंगअप कारण नहीं बताया।</translation>
        </message>
    </context>
    <context>
        <name>cdr::HangupClassifier</name>
        <message>
            <source>Unknown</source>
            <translation>अज्ञात</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>सामान्य</translation>
        </message>
        <message>
            <source>Busy</source>
            <translation>व्यस्त</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>उत्तर नहीं</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>अस्वीकृत</translation>
        </message>
        <message>
            <source>Unavailable</source>
            <translation>अनुपलब्ध</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>रद्द</translation>
        </message>
        <message>
            <source>Invalid number</source>
            <translation>अमान्य नंबर</translation>
        </message>
        <message>
            <source>Network failure</source>
            <translation>नेटवर्क विफलता</translation>
        </message>
        <message>
            <source>Media failure</source>
            <translation>मीडिया विफलता</translation>
        </message>
    </context>
    <context>
        <name>cdr::ImportProblemsDialog</name>
        <message>
            <source>Problems opening files</source>
            <translation>फ़ाइलें खोलने में समस्याएँ</translation>
        </message>
        <message>
            <source>File</source>
            <translation>फ़ाइल</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>समस्या</translation>
        </message>
        <message>
            <source>Calls read</source>
            <translation>पढ़ी गई कॉल</translation>
        </message>
        <message>
            <source>Copy list</source>
            <translation>सूची कॉपी करें</translation>
        </message>
        <message>
            <source>none</source>
            <translation>कोई नहीं</translation>
        </message>
        <message>
            <source>Warning: %1</source>
            <translation>चेतावनी: %1</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more warning(s)</source>
            <translation>
                <numerusform>… और %n चेतावनी</numerusform>
                <numerusform>… और %n चेतावनियाँ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be read completely.</source>
            <translation>
                <numerusform>%n फ़ाइल पूरी तरह पढ़ी नहीं जा सकी।</numerusform>
                <numerusform>%n फ़ाइलें पूरी तरह पढ़ी नहीं जा सकीं।</numerusform>
            </translation>
        </message>
        <message>
            <source>Every file was read, with warnings.</source>
            <translation>हर फ़ाइल पढ़ी गई, चेतावनियों के साथ।</translation>
        </message>
        <message numerus="yes">
            <source>%Ln kept</source>
            <translation>
                <numerusform>%Ln रखी गई</numerusform>
                <numerusform>%Ln रखी गईं</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The calls read before an error are kept (%Ln call(s)).</source>
            <translation>
                <numerusform>त्रुटि से पहले पढ़ी गई कॉल रखी गई हैं (%Ln कॉल)।</numerusform>
                <numerusform>त्रुटि से पहले पढ़ी गई कॉल रखी गई हैं (%Ln कॉल)।</numerusform>
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
            <translation>कोई सिस्टम कीचेन नहीं: खाते का सीक्रेट केवल इस सत्र के लिए मेमोरी में रखा गया है।</translation>
        </message>
        <message>
            <source>&amp;Calls</source>
            <translation>कॉल (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>ओवरव्यू (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Scorecard</source>
            <translation>स्कोरकार्ड (&amp;S)</translation>
        </message>
        <message>
            <source>Showing the calls of %1.</source>
            <translation>%1 की कॉल दिखाई जा रही हैं।</translation>
        </message>
        <message>
            <source>Reading %1: %2 of %3 MB</source>
            <translation>%1 पढ़ा जा रहा है: %3 MB में से %2</translation>
        </message>
        <message>
            <source>%1 could not be read completely</source>
            <translation>%1 पूरी तरह पढ़ी नहीं जा सकी</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be read</source>
            <translation>
                <numerusform>%n फ़ाइल पढ़ी नहीं जा सकी</numerusform>
                <numerusform>%n फ़ाइलें पढ़ी नहीं जा सकीं</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s) (File &gt; Problems of the last open)</source>
            <translation>
                <numerusform>%n चेतावनी (फ़ाइल &gt; पिछली बार खोलने की समस्याएँ)</numerusform>
                <numerusform>%n चेतावनियाँ (फ़ाइल &gt; पिछली बार खोलने की समस्याएँ)</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume the interrupted fetch of %1</source>
            <translation>%1 की बाधित प्राप्ति फिर से शुरू करें</translation>
        </message>
        <message>
            <source> (Fetch &gt; Resume).</source>
            <translation> (प्राप्त करें &gt; फिर से शुरू करें)।</translation>
        </message>
        <message>
            <source>Add a provider account first (Fetch &gt; Accounts).</source>
            <translation>पहले एक प्रदाता खाता जोड़ें (प्राप्त करें &gt; खाते)।</translation>
        </message>
        <message>
            <source>Fetching %1 calls since %2.</source>
            <translation>%2 से %1 की कॉल प्राप्त की जा रही हैं।</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>प्रारंभ तारीख अंतिम तारीख के बाद है।</translation>
        </message>
        <message>
            <source>CDR Inspector - demo data</source>
            <translation>CDR Inspector - डेमो डेटा</translation>
        </message>
        <message>
            <source>Building the demo data...</source>
            <translation>डेमो डेटा बनाया जा रहा है...</translation>
        </message>
        <message numerus="yes">
            <source>Reading %n file(s)...</source>
            <translation>
                <numerusform>%n फ़ाइल पढ़ी जा रही है...</numerusform>
                <numerusform>%n फ़ाइलें पढ़ी जा रही हैं...</numerusform>
            </translation>
        </message>
        <message>
            <source>Open call records</source>
            <translation>कॉल रिकॉर्ड खोलें</translation>
        </message>
        <message>
            <source>Call records (*.json *.ndjson *.jsonl *.csv);;All files (*)</source>
            <translation>कॉल रिकॉर्ड (*.json *.ndjson *.jsonl *.csv);;सभी फ़ाइलें (*)</translation>
        </message>
        <message>
            <source>Exporting...</source>
            <translation>निर्यात हो रहा है...</translation>
        </message>
        <message>
            <source>Export: use a .csv, .json or .ndjson file name.</source>
            <translation>निर्यात: .csv, .json या .ndjson वाला फ़ाइल नाम उपयोग करें।</translation>
        </message>
        <message>
            <source>unknown format</source>
            <translation>अज्ञात फ़ॉर्मैट</translation>
        </message>
        <message>
            <source>Export calls</source>
            <translation>कॉल निर्यात करें</translation>
        </message>
        <message>
            <source>CSV, the visible columns (*.csv);;NDJSON, whole calls (*.ndjson);;JSON, whole calls (*.json)</source>
            <translation>CSV, दिखाई दे रहे कॉलम (*.csv);;NDJSON, पूरी कॉल (*.ndjson);;JSON, पूरी कॉल (*.json)</translation>
        </message>
        <message numerus="yes">
            <source>Import canceled: %Ln new call(s) kept.</source>
            <translation>
                <numerusform>आयात रद्द: %Ln नई कॉल रखी गई।</numerusform>
                <numerusform>आयात रद्द: %Ln नई कॉल रखी गईं।</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Opened %Ln new call(s)</source>
            <translation>
                <numerusform>%Ln नई कॉल खोली गई</numerusform>
                <numerusform>%Ln नई कॉल खोली गईं</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> (%Ln already there or repeated; the last occurrence is kept)</source>
            <translation>
                <numerusform> (%Ln पहले से मौजूद या दोहराई गई; अंतिम प्रविष्टि रखी जाती है)</numerusform>
                <numerusform> (%Ln पहले से मौजूद या दोहराई गईं; अंतिम प्रविष्टि रखी जाती है)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Demo: %Ln call(s) across Plivo, Vobiz, CarrierX and NexBro.</source>
            <translation>
                <numerusform>डेमो: Plivo, Vobiz, CarrierX और NexBro में %Ln कॉल।</numerusform>
                <numerusform>डेमो: Plivo, Vobiz, CarrierX और NexBro में %Ln कॉल।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::MainWindowActions</name>
        <message>
            <source>&amp;Overview</source>
            <translation>ओवरव्यू (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>फ़ाइल (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Open files...</source>
            <translation>फ़ाइलें खोलें (&amp;O)...</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>हाल की खोलें (&amp;R)</translation>
        </message>
        <message>
            <source>Open &amp;demo data</source>
            <translation>डेमो डेटा खोलें (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Problems of the last open...</source>
            <translation>पिछली बार खोलने की समस्याएँ (&amp;P)...</translation>
        </message>
        <message>
            <source>&amp;Export the view...</source>
            <translation>दृश्य निर्यात करें (&amp;E)...</translation>
        </message>
        <message>
            <source>The filtered, sorted calls with the visible columns</source>
            <translation>दिखाई दे रहे कॉलम के साथ फ़िल्टर और क्रमबद्ध की गई कॉल</translation>
        </message>
        <message>
            <source>Export &amp;all calls...</source>
            <translation>सभी कॉल निर्यात करें (&amp;A)...</translation>
        </message>
        <message>
            <source>Export this &amp;call</source>
            <translation>यह कॉल निर्यात करें (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>बाहर निकलें (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>संपादन (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Copy rows</source>
            <translation>पंक्तियाँ कॉपी करें (&amp;C)</translation>
        </message>
        <message>
            <source>Copy rows as CS&amp;V</source>
            <translation>पंक्तियाँ CSV के रूप में कॉपी करें (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Filter...</source>
            <translation>फ़िल्टर (&amp;F)...</translation>
        </message>
        <message>
            <source>C&amp;lear all filters</source>
            <translation>सभी फ़िल्टर हटाएँ (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Go to call...</source>
            <translation>कॉल पर जाएँ (&amp;G)...</translation>
        </message>
        <message>
            <source>&amp;Save filter as...</source>
            <translation>फ़िल्टर इस नाम से सहेजें (&amp;S)...</translation>
        </message>
        <message>
            <source>Saved fi&amp;lters</source>
            <translation>सहेजे गए फ़िल्टर (&amp;L)</translation>
        </message>
        <message>
            <source>(none saved)</source>
            <translation>(कोई सहेजा नहीं गया)</translation>
        </message>
        <message>
            <source>&amp;Preferences...</source>
            <translation>प्राथमिकताएँ (&amp;P)...</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>दृश्य (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Next bad call</source>
            <translation>अगली खराब कॉल (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous bad call</source>
            <translation>पिछली खराब कॉल (&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>पीछे (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>आगे (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Compare selected calls</source>
            <translation>चयनित कॉल की तुलना करें (&amp;C)</translation>
        </message>
        <message>
            <source>C&amp;olumns...</source>
            <translation>कॉलम (&amp;O)...</translation>
        </message>
        <message>
            <source>F&amp;etch</source>
            <translation>प्राप्त करें (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Fetch calls</source>
            <translation>कॉल प्राप्त करें (&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>रद्द करें (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>फिर से शुरू करें (&amp;R)</translation>
        </message>
        <message>
            <source>Fetch &amp;new calls (since the newest archived)</source>
            <translation>नई कॉल प्राप्त करें (सबसे नई आर्काइव की गई कॉल के बाद से) (&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Accounts...</source>
            <translation>खाते (&amp;A)...</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>सहायता (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Documentation</source>
            <translation>दस्तावेज़ीकरण (&amp;D)</translation>
        </message>
        <message>
            <source>&amp;About CDR Inspector</source>
            <translation>CDR Inspector के बारे में (&amp;A)</translation>
        </message>
        <message>
            <source>CDR Inspector %1: call detail records from Plivo, Vobiz, CarrierX and NexBro.</source>
            <translation>CDR Inspector %1: Plivo, Vobiz, CarrierX और NexBro के कॉल विवरण रिकॉर्ड।</translation>
        </message>
    </context>
    <context>
        <name>cdr::NoticeBar</name>
        <message>
            <source>Close this notice</source>
            <translation>यह सूचना बंद करें</translation>
        </message>
    </context>
    <context>
        <name>cdr::OutputFormat</name>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 नहीं लिखा जा सकता: %2</translation>
        </message>
    </context>
    <context>
        <name>cdr::OverviewCharts</name>
        <message>
            <source>MOS distribution by direction (click a bar to filter)</source>
            <translation>दिशा के अनुसार MOS वितरण (फ़िल्टर के लिए बार पर क्लिक करें)</translation>
        </message>
        <message>
            <source>Calls and answered calls over time</source>
            <translation>समय के साथ कॉल और उत्तर दी गई कॉल</translation>
        </message>
        <message>
            <source>Hangup classes (hover for the provider causes, click to filter)</source>
            <translation>हैंगअप वर्ग (प्रदाता के कारणों के लिए होवर करें, फ़िल्टर के लिए क्लिक करें)</translation>
        </message>
        <message>
            <source>Mean MOS over time</source>
            <translation>समय के साथ औसत MOS</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n call(s)</source>
            <translation>
                <numerusform>%1: %n कॉल</numerusform>
                <numerusform>%1: %n कॉल</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2: %3</source>
            <translation>%1 · %2: %3</translation>
        </message>
        <message>
            <source>(no cause given)</source>
            <translation>(कोई कारण नहीं दिया गया)</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more cause(s)</source>
            <translation>
                <numerusform>… और %n कारण</numerusform>
                <numerusform>… और %n कारण</numerusform>
            </translation>
        </message>
        <message>
            <source>Inbound</source>
            <translation>इनबाउंड</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>आउटबाउंड</translation>
        </message>
        <message>
            <source>MOS (bin start)</source>
            <translation>MOS (बिन प्रारंभ)</translation>
        </message>
        <message>
            <source>calls</source>
            <translation>कॉल</translation>
        </message>
        <message>
            <source>Calls per hour: answered and not answered (click to filter)</source>
            <translation>प्रति घंटे कॉल: उत्तर दी गई और उत्तर नहीं दी गई (फ़िल्टर के लिए क्लिक करें)</translation>
        </message>
        <message>
            <source>Calls per day: answered and not answered (click to filter)</source>
            <translation>प्रति दिन कॉल: उत्तर दी गई और उत्तर नहीं दी गई (फ़िल्टर के लिए क्लिक करें)</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>उत्तर दी गई</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>उत्तर नहीं दी गई</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>कॉल</translation>
        </message>
        <message>
            <source>Mean MOS</source>
            <translation>औसत MOS</translation>
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
                <numerusform>वर्तमान दृश्य में %Ln कॉल। तालिका को उस पर फ़िल्टर करने के लिए किसी बार पर क्लिक करें।</numerusform>
                <numerusform>वर्तमान दृश्य में %Ln कॉल। तालिका को उस पर फ़िल्टर करने के लिए किसी बार पर क्लिक करें।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::PageWalk</name>
        <message>
            <source>%1 said more calls follow but sent an empty page; this time window ends there.</source>
            <translation>%1 ने कहा कि और कॉल आएँगी पर खाली पेज भेजा; यह समय विंडो यहीं समाप्त होती है।</translation>
        </message>
        <message>
            <source>%1: the walk made no progress: the page after "%2" ended at "%3" again; stopped after %4 pages. The provider's paging is broken; calls after that point were not fetched.</source>
            <translation>%1: क्रम आगे नहीं बढ़ा: "%2" के बाद का पेज फिर से "%3" पर समाप्त हुआ; %4 पेज के बाद रोका गया। प्रदाता की पेजिंग खराब है; उस बिंदु के बाद की कॉल प्राप्त नहीं हुईं।</translation>
        </message>
        <message>
            <source>%1: the walk made no progress: the last %2 pages held only calls already received; stopped after %3 pages. The provider ignores the paging; calls beyond were not fetched.</source>
            <translation>%1: क्रम आगे नहीं बढ़ा: पिछले %2 पेजों में केवल पहले से प्राप्त कॉल थीं; %3 पेज के बाद रोका गया। प्रदाता पेजिंग को अनदेखा करता है; आगे की कॉल प्राप्त नहीं हुईं।</translation>
        </message>
        <message>
            <source>%1 reported an impossible total of calls (%2); the walk goes page by page instead of trusting it.</source>
            <translation>%1 ने कॉल की असंभव कुल संख्या (%2) बताई; उस पर भरोसा करने के बजाय क्रम पेज-दर-पेज चलता है।</translation>
        </message>
        <message>
            <source>negative or out of range</source>
            <translation>ऋणात्मक या सीमा से बाहर</translation>
        </message>
        <message>
            <source>%1 claimed a total of %2 calls, but page %3 came back empty; the walk ends there and does not trust the total.</source>
            <translation>%1 ने कुल %2 कॉल का दावा किया, पर पेज %3 खाली आया; क्रम वहीं समाप्त होता है और कुल संख्या पर भरोसा नहीं करता।</translation>
        </message>
    </context>
    <context>
        <name>cdr::PgArchiveWatcher</name>
        <message>
            <source>Team archive %1: the connection to the server was lost; shared notes no longer update live</source>
            <translation>टीम आर्काइव %1: सर्वर से कनेक्शन टूट गया; साझा नोट अब लाइव अपडेट नहीं होते</translation>
        </message>
    </context>
    <context>
        <name>cdr::PlivoService</name>
        <message>
            <source>Plivo keeps only the last %1 days of call records; the range %2 to %3 is older than that.</source>
            <translation>Plivo केवल पिछले %1 दिनों के कॉल रिकॉर्ड रखता है; %2 से %3 तक की अवधि उससे पुरानी है।</translation>
        </message>
        <message>
            <source>Plivo keeps only the last %1 days of call records; fetching from %2 instead of %3.</source>
            <translation>Plivo केवल पिछले %1 दिनों के कॉल रिकॉर्ड रखता है; %3 के बजाय %2 से प्राप्त किया जा रहा है।</translation>
        </message>
    </context>
    <context>
        <name>cdr::PreferencesDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>सिस्टम के अनुसार</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>हल्की</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>गहरी</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>कस्टम</translation>
        </message>
        <message>
            <source>Error: each "good" threshold must be on the good side of its "bad" one.</source>
            <translation>त्रुटि: हर "अच्छी" सीमा अपनी "खराब" सीमा के अच्छे पक्ष में होनी चाहिए।</translation>
        </message>
        <message>
            <source>Error: unknown time zone "%1".</source>
            <translation>त्रुटि: अज्ञात समय क्षेत्र "%1"।</translation>
        </message>
        <message>
            <source>Error: "%1" is not a region code (two letters, e.g. IN or US).</source>
            <translation>त्रुटि: "%1" क्षेत्र कोड नहीं है (दो अक्षर, उदा. IN या US)।</translation>
        </message>
        <message>
            <source>General</source>
            <translation>सामान्य</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>आर्काइव</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>भाषा (&amp;L):</translation>
        </message>
    </context>
    <context>
        <name>cdr::ProviderNormalizer</name>
        <message>
            <source>%1: field 'audio_stats.%2.%3' is not a number; ignored</source>
            <translation>%1: फ़ील्ड 'audio_stats.%2.%3' संख्या नहीं है; अनदेखा किया गया</translation>
        </message>
        <message>
            <source>%1: call_flow[%2] is a %3, not a leg; kept as an empty leg</source>
            <translation>%1: call_flow[%2] एक %3 है, लेग नहीं; खाली लेग के रूप में रखा गया</translation>
        </message>
        <message>
            <source>: the record has no call id</source>
            <translation>: रिकॉर्ड में कोई कॉल ID नहीं है</translation>
        </message>
    </context>
    <context>
        <name>cdr::ProviderService</name>
        <message>
            <source>%1: the time range is empty or invalid.</source>
            <translation>%1: समय सीमा खाली या अमान्य है।</translation>
        </message>
        <message>
            <source>%1: nothing to fetch.</source>
            <translation>%1: प्राप्त करने को कुछ नहीं।</translation>
        </message>
        <message>
            <source>%1: stopped after %2 pages, the limit for one run; resume to continue, or fetch a shorter range.</source>
            <translation>%1: %2 पेज के बाद रुका, जो एक बार चलने की सीमा है; जारी रखने के लिए फिर से शुरू करें, या छोटी अवधि प्राप्त करें।</translation>
        </message>
        <message>
            <source>%1 sent a response larger than %2 MB; stopped reading it.</source>
            <translation>%1 ने %2 MB से बड़ा उत्तर भेजा; उसे पढ़ना रोक दिया गया।</translation>
        </message>
        <message>
            <source>%1 refused access (HTTP %2): the credentials are wrong or expired, or this machine's IP address is not on the key's whitelist.</source>
            <translation>%1 ने पहुँच अस्वीकार की (HTTP %2): क्रेडेंशियल गलत हैं या समाप्त हो गए हैं, या इस मशीन का IP पता कुंजी की व्हाइटलिस्ट में नहीं है।</translation>
        </message>
        <message>
            <source>%1: call %2: not found, or not available yet.</source>
            <translation>%1: कॉल %2: नहीं मिली, या अभी उपलब्ध नहीं है।</translation>
        </message>
        <message>
            <source>%1: page %2 of the call list was not found (HTTP 404); %3 calls arrived before it, and the walk can be resumed.</source>
            <translation>%1: कॉल सूची का पेज %2 नहीं मिला (HTTP 404); उससे पहले %3 कॉल आईं, और क्रम फिर से शुरू किया जा सकता है।</translation>
        </message>
        <message>
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <source>%1 rejected the request (HTTP %2): %3</source>
            <translation>%1 ने अनुरोध अस्वीकार किया (HTTP %2): %3</translation>
        </message>
        <message>
            <source>%1 sent an oversize response.</source>
            <translation>%1 ने अत्यधिक बड़ा उत्तर भेजा।</translation>
        </message>
        <message>
            <source>%1: not an API response: %2 answered HTTP %3 with an HTML page%4. Check the base URL, or a proxy or login portal in the way.</source>
            <translation>%1: API उत्तर नहीं: %2 ने HTTP %3 और एक HTML पेज के साथ उत्तर दिया%4। बेस URL जाँचें, या बीच में कोई प्रॉक्सी या लॉगिन पोर्टल तो नहीं।</translation>
        </message>
        <message>
            <source> ("%1")</source>
            <translation> ("%1")</translation>
        </message>
        <message>
            <source>%1: redirected to %2 (HTTP %3), which is not the configured host %4 over http(s); not followed.</source>
            <translation>%1: %2 पर रीडायरेक्ट किया गया (HTTP %3), जो http(s) पर कॉन्फ़िगर किया गया होस्ट %4 नहीं है; अनुसरण नहीं किया गया।</translation>
        </message>
        <message>
            <source>an invalid address</source>
            <translation>एक अमान्य पता</translation>
        </message>
        <message>
            <source>%1: too many redirects (%2), the last to %3.</source>
            <translation>%1: बहुत अधिक रीडायरेक्ट (%2), अंतिम %3 पर।</translation>
        </message>
        <message>
            <source>%1: gave up after %2 attempts (%3).</source>
            <translation>%1: %2 प्रयासों के बाद छोड़ दिया (%3)।</translation>
        </message>
        <message>
            <source>%1 asked to wait %2 before retrying (%3); waiting %4 instead, the cap for one wait.</source>
            <translation>%1 ने पुनःप्रयास से पहले %2 प्रतीक्षा करने को कहा (%3); इसके बजाय %4 प्रतीक्षा की जा रही है, जो एक प्रतीक्षा की अधिकतम सीमा है।</translation>
        </message>
        <message>
            <source>%1 returned an error: %2</source>
            <translation>%1 ने त्रुटि लौटाई: %2</translation>
        </message>
        <message>
            <source>unreadable response: %1</source>
            <translation>पढ़ने योग्य उत्तर नहीं: %1</translation>
        </message>
        <message>
            <source>%1: not a call list: the answer to %2 has none of the paging fields of a %1 call list%3.</source>
            <translation>%1: कॉल सूची नहीं: %2 के उत्तर में %1 कॉल सूची का कोई पेजिंग फ़ील्ड नहीं है%3।</translation>
        </message>
        <message>
            <source> (%1)</source>
            <translation> (%1)</translation>
        </message>
        <message>
            <source>%1: the answer for call %2 holds no call record%3.</source>
            <translation>%1: कॉल %2 के उत्तर में कोई कॉल रिकॉर्ड नहीं है%3।</translation>
        </message>
        <message>
            <source>%1: stopped after %2 pages, the limit for one run (%3 calls so far); resume to continue, or fetch a shorter range.</source>
            <translation>%1: %2 पेज के बाद रुका, जो एक बार चलने की सीमा है (अब तक %3 कॉल); जारी रखने के लिए फिर से शुरू करें, या छोटी अवधि प्राप्त करें।</translation>
        </message>
        <message>
            <source>%1: %2 calls not found, or not available yet: %3</source>
            <translation>%1: %2 कॉल नहीं मिलीं, या अभी उपलब्ध नहीं हैं: %3</translation>
        </message>
    </context>
    <context>
        <name>cdr::QualityChartFactory</name>
        <message>
            <source>Inbound</source>
            <translation>इनबाउंड</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>आउटबाउंड</translation>
        </message>
        <message>
            <source>not reported: %1</source>
            <translation>रिपोर्ट नहीं किया गया: %1</translation>
        </message>
        <message>
            <source>Flaws per interval</source>
            <translation>प्रति अंतराल दोष</translation>
        </message>
        <message>
            <source>Selected interval</source>
            <translation>चयनित अंतराल</translation>
        </message>
        <message>
            <source>Cursor</source>
            <translation>कर्सर</translation>
        </message>
        <message>
            <source>%1 does not report media quality (no MOS, jitter or packet loss in its call records).</source>
            <translation>%1 मीडिया गुणवत्ता नहीं बताता (इसके कॉल रिकॉर्ड में न MOS, न जिटर, न पैकेट लॉस)।</translation>
        </message>
        <message>
            <source>Vobiz sent a MOS outside 1 to 5 for this call; it was dropped as invalid.</source>
            <translation>Vobiz ने इस कॉल के लिए 1 से 5 के बाहर का MOS भेजा; इसे अमान्य मानकर हटा दिया गया।</translation>
        </message>
        <message>
            <source>This call was not answered, so it carried no audio to grade.</source>
            <translation>इस कॉल का उत्तर नहीं दिया गया, इसलिए इसमें आँकने के लिए कोई ऑडियो नहीं था।</translation>
        </message>
        <message>
            <source>Vobiz sent no MOS, jitter or packet loss for this call.</source>
            <translation>Vobiz ने इस कॉल के लिए न MOS, न जिटर, न पैकेट लॉस भेजा।</translation>
        </message>
        <message>
            <source>NexBro sent no audio_stats for this call.</source>
            <translation>NexBro ने इस कॉल के लिए कोई audio_stats नहीं भेजा।</translation>
        </message>
        <message>
            <source>This record has no media quality data.</source>
            <translation>इस रिकॉर्ड में मीडिया गुणवत्ता का कोई डेटा नहीं है।</translation>
        </message>
        <message>
            <source>MOS, inbound vs outbound</source>
            <translation>MOS, इनबाउंड बनाम आउटबाउंड</translation>
        </message>
        <message>
            <source>Jitter</source>
            <translation>जिटर</translation>
        </message>
        <message>
            <source>Packet loss</source>
            <translation>पैकेट लॉस</translation>
        </message>
        <message>
            <source>Packet counters</source>
            <translation>पैकेट काउंटर</translation>
        </message>
        <message>
            <source>Quality percentage</source>
            <translation>गुणवत्ता प्रतिशत</translation>
        </message>
        <message>
            <source>Flaws over time (error log)</source>
            <translation>समय के साथ दोष (त्रुटि लॉग)</translation>
        </message>
        <message>
            <source>MOS</source>
            <translation>MOS</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>कॉल</translation>
        </message>
        <message>
            <source>Quality %</source>
            <translation>गुणवत्ता %</translation>
        </message>
        <message>
            <source>MOS (per call)</source>
            <translation>MOS (प्रति कॉल)</translation>
        </message>
        <message>
            <source>Good ≥ %1</source>
            <translation>अच्छा ≥ %1</translation>
        </message>
        <message>
            <source>Average %1–%2</source>
            <translation>औसत %1–%2</translation>
        </message>
        <message>
            <source>Bad below %1</source>
            <translation>खराब %1 से कम</translation>
        </message>
        <message>
            <source>Jitter per call: %1 (%2)</source>
            <translation>प्रति कॉल जिटर: %1 (%2)</translation>
        </message>
        <message>
            <source>Packet loss per call: %1 (%2)</source>
            <translation>प्रति कॉल पैकेट लॉस: %1 (%2)</translation>
        </message>
        <message>
            <source>packets</source>
            <translation>पैकेट</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>%1, worst per %2 s</source>
            <translation>%1, प्रति %2 s सबसे खराब</translation>
        </message>
        <message>
            <source>seconds from call start</source>
            <translation>कॉल प्रारंभ से सेकंड</translation>
        </message>
        <message>
            <source>flaws</source>
            <translation>दोष</translation>
        </message>
    </context>
    <context>
        <name>cdr::QualityCharts</name>
        <message>
            <source>%1: this call has no such chart</source>
            <translation>%1: इस कॉल में ऐसा कोई चार्ट नहीं है</translation>
        </message>
        <message>
            <source>Exported %1</source>
            <translation>%1 निर्यात किया गया</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>चार्ट निर्यात करें</translation>
        </message>
        <message>
            <source>%1 files (*.%2)</source>
            <translation>%1 फ़ाइलें (*.%2)</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>PNG निर्यात करें…</translation>
        </message>
        <message>
            <source>Export PNG at 2x…</source>
            <translation>2x पर PNG निर्यात करें…</translation>
        </message>
        <message>
            <source>Export SVG…</source>
            <translation>SVG निर्यात करें…</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>PDF निर्यात करें…</translation>
        </message>
        <message>
            <source>Export data as CSV…</source>
            <translation>डेटा CSV के रूप में निर्यात करें…</translation>
        </message>
        <message>
            <source>Copy image</source>
            <translation>छवि कॉपी करें</translation>
        </message>
        <message>
            <source>Copied the chart image</source>
            <translation>चार्ट की छवि कॉपी की गई</translation>
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
            <translation>जिटर न्यूनतम प्रसरण</translation>
        </message>
        <message>
            <source>Jitter max variance</source>
            <translation>जिटर अधिकतम प्रसरण</translation>
        </message>
        <message>
            <source>Loss rate</source>
            <translation>लॉस दर</translation>
        </message>
        <message>
            <source>Burst rate</source>
            <translation>बर्स्ट दर</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>गुणवत्ता</translation>
        </message>
        <message>
            <source>Packets</source>
            <translation>पैकेट</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>मीडिया</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>छोड़े गए</translation>
        </message>
        <message>
            <source>Flush</source>
            <translation>फ़्लश</translation>
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
            <translation>जिटर-बफ़र पैकेट</translation>
        </message>
        <message>
            <source>RTCP packets</source>
            <translation>RTCP पैकेट</translation>
        </message>
        <message>
            <source>Mean packet interval</source>
            <translation>औसत पैकेट अंतराल</translation>
        </message>
        <message>
            <source>Raw bytes</source>
            <translation>रॉ बाइट</translation>
        </message>
        <message>
            <source>Media bytes</source>
            <translation>मीडिया बाइट</translation>
        </message>
        <message>
            <source>RTCP octets</source>
            <translation>RTCP ऑक्टेट</translation>
        </message>
        <message>
            <source>Flaws</source>
            <translation>दोष</translation>
        </message>
        <message>
            <source>outbound</source>
            <translation>आउटबाउंड</translation>
        </message>
        <message>
            <source>inbound</source>
            <translation>इनबाउंड</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>number and unit</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>good</source>
            <translation>अच्छा</translation>
        </message>
        <message>
            <source>average</source>
            <translation>औसत</translation>
        </message>
        <message>
            <source>bad</source>
            <translation>खराब</translation>
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
            <translation>इनपुट में रिपोर्ट किया गया</translation>
        </message>
        <message>
            <source>reported by %1</source>
            <translation>%1 द्वारा रिपोर्ट किया गया</translation>
        </message>
        <message>
            <source>the provider</source>
            <translation>प्रदाता</translation>
        </message>
        <message>
            <source>reported by %1 (audio_stats)</source>
            <translation>%1 द्वारा रिपोर्ट किया गया (audio_stats)</translation>
        </message>
        <message>
            <source>reported by %1 (audio_stats, %2)</source>
            <translation>%1 द्वारा रिपोर्ट किया गया (audio_stats, %2)</translation>
        </message>
        <message>
            <source>%1: FreeSWITCH-style MOS from the flaw ratio, not an E-model</source>
            <translation>%1: दोष अनुपात से FreeSWITCH-शैली का MOS, E-मॉडल नहीं</translation>
        </message>
        <message>
            <source>%1: a variance in ms², not jitter in ms</source>
            <translation>%1: ms² में एक प्रसरण, ms में जिटर नहीं</translation>
        </message>
        <message>
            <source>jitter variances are in ms², not jitter in ms</source>
            <translation>जिटर प्रसरण ms² में हैं, ms में जिटर नहीं</translation>
        </message>
        <message>
            <source>computed: E-model (inputs not recorded)</source>
            <translation>गणना: E-मॉडल (इनपुट दर्ज नहीं)</translation>
        </message>
        <message>
            <source>loss %1 and jitter %2 %3</source>
            <translation>लॉस %1 और जिटर %2 %3</translation>
        </message>
        <message>
            <source>loss %1 %2 (jitter not reported, 0 ms used)</source>
            <translation>लॉस %1 %2 (जिटर रिपोर्ट नहीं, 0 ms उपयोग किया गया)</translation>
        </message>
        <message>
            <source>delay assumed %1</source>
            <translation>मान्य विलंब %1</translation>
        </message>
        <message>
            <source>delay assumed (value not recorded)</source>
            <translation>मान्य विलंब (मान दर्ज नहीं)</translation>
        </message>
        <message>
            <source>codec %1 (%2)</source>
            <translation>कोडेक %1 (%2)</translation>
        </message>
        <message>
            <source>codec not reported, G.711 values used</source>
            <translation>कोडेक रिपोर्ट नहीं, G.711 के मान उपयोग किए गए</translation>
        </message>
        <message>
            <source>%1 has no G.113 value, G.711 values used</source>
            <translation>%1 का कोई G.113 मान नहीं, G.711 के मान उपयोग किए गए</translation>
        </message>
        <message>
            <source>computed: E-model from %1, %2, %3</source>
            <translation>गणना: %1, %2, %3 से E-मॉडल</translation>
        </message>
        <message>
            <source>packets</source>
            <translation>पैकेट</translation>
        </message>
        <message>
            <source>bytes</source>
            <translation>बाइट</translation>
        </message>
        <message>
            <source>flaws</source>
            <translation>दोष</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>label (unit)</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>MOS (inbound)</source>
            <translation>MOS (इनबाउंड)</translation>
        </message>
        <message>
            <source>MOS (outbound)</source>
            <translation>MOS (आउटबाउंड)</translation>
        </message>
        <message>
            <source>Jitter</source>
            <translation>जिटर</translation>
        </message>
        <message>
            <source>Packet loss</source>
            <translation>पैकेट लॉस</translation>
        </message>
        <message>
            <source>R-factor (estimate)</source>
            <translation>R-फ़ैक्टर (अनुमान)</translation>
        </message>
        <message>
            <source>MOS estimate</source>
            <translation>MOS अनुमान</translation>
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
            <translation>डिफ़ॉल्ट (सामान्य VoIP बैंड: MOS 4.0 / 3.6, जिटर 10 / 30 ms, लॉस 0.5 / 0.9 %)</translation>
        </message>
        <message>
            <source>Strict (contact centre, wideband)</source>
            <translation>सख़्त (कॉन्टैक्ट सेंटर, वाइडबैंड)</translation>
        </message>
        <message>
            <source>Lenient (mobile, long-haul)</source>
            <translation>उदार (मोबाइल, लंबी दूरी)</translation>
        </message>
    </context>
    <context>
        <name>cdr::RecordFields</name>
        <message>
            <source>%1: field '%2' is a %3 where a %4 was expected; ignored</source>
            <translation>%1: फ़ील्ड '%2' एक %3 है जहाँ %4 अपेक्षित था; अनदेखा किया गया</translation>
        </message>
        <message>
            <source>%1: field '%2' value "%3" is not %4; ignored</source>
            <translation>%1: फ़ील्ड '%2' का मान "%3", %4 नहीं है; अनदेखा किया गया</translation>
        </message>
    </context>
    <context>
        <name>cdr::RecordParser</name>
        <message numerus="yes">
            <source>… and %n more warning(s)</source>
            <translation>
                <numerusform>… और %n चेतावनी</numerusform>
                <numerusform>… और %n चेतावनियाँ</numerusform>
            </translation>
        </message>
        <message>
            <source>record without id</source>
            <translation>बिना ID का रिकॉर्ड</translation>
        </message>
        <message>
            <source>record %1</source>
            <translation>रिकॉर्ड %1</translation>
        </message>
    </context>
    <context>
        <name>cdr::RecordSplitter</name>
        <message>
            <source>a JSON value outside the record arrays is larger than %1 MiB</source>
            <translation>रिकॉर्ड ऐरे के बाहर का एक JSON मान %1 MiB से बड़ा है</translation>
        </message>
        <message>
            <source>a record at byte offset %1 is larger than %2 MiB</source>
            <translation>बाइट ऑफ़सेट %1 पर एक रिकॉर्ड %2 MiB से बड़ा है</translation>
        </message>
        <message>
            <source>expected a JSON object or array at byte offset %1 (line %2), found %3</source>
            <translation>बाइट ऑफ़सेट %1 (पंक्ति %2) पर JSON ऑब्जेक्ट या ऐरे अपेक्षित था, %3 मिला</translation>
        </message>
        <message>
            <source>JSON nested deeper than %1 levels at byte offset %2 (line %3)</source>
            <translation>बाइट ऑफ़सेट %2 (पंक्ति %3) पर JSON %1 स्तरों से अधिक गहराई तक नेस्टेड है</translation>
        </message>
        <message>
            <source>unexpected '%1' at byte offset %2 (line %3)</source>
            <translation>बाइट ऑफ़सेट %2 (पंक्ति %3) पर अप्रत्याशित '%1'</translation>
        </message>
        <message>
            <source>malformed JSON: '%1' closes a '%2' at byte offset %3 (line %4)</source>
            <translation>त्रुटिपूर्ण JSON: बाइट ऑफ़सेट %3 (पंक्ति %4) पर '%1' एक '%2' को बंद करता है</translation>
        </message>
        <message numerus="yes">
            <source>the input ends inside a JSON value (truncated?): %n bracket(s) left open at byte offset %1 (line %2)</source>
            <translation>
                <numerusform>इनपुट एक JSON मान के भीतर समाप्त होता है (कटा हुआ?): बाइट ऑफ़सेट %1 (पंक्ति %2) पर %n कोष्ठक खुला रह गया</numerusform>
                <numerusform>इनपुट एक JSON मान के भीतर समाप्त होता है (कटा हुआ?): बाइट ऑफ़सेट %1 (पंक्ति %2) पर %n कोष्ठक खुले रह गए</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::RecoveryOffer</name>
        <message>
            <source>Recovery failed: %1</source>
            <translation>पुनर्प्राप्ति विफल: %1</translation>
        </message>
        <message>
            <source>Recovering %1 failed: %2</source>
            <translation>%1 की पुनर्प्राप्ति विफल: %2</translation>
        </message>
        <message numerus="yes">
            <source>(%n damaged part(s) could not be read).</source>
            <translation>
                <numerusform>(%n क्षतिग्रस्त भाग पढ़ा नहीं जा सका)।</numerusform>
                <numerusform>(%n क्षतिग्रस्त भाग पढ़े नहीं जा सके)।</numerusform>
            </translation>
        </message>
        <message>
            <source>(no damage found).</source>
            <translation>(कोई क्षति नहीं मिली)।</translation>
        </message>
        <message>
            <source>%1 was not changed.</source>
            <translation>%1 नहीं बदला गया।</translation>
        </message>
        <message>
            <source>Open the recovered archive</source>
            <translation>पुनर्प्राप्त आर्काइव खोलें</translation>
        </message>
        <message>
            <source>Recover into %1</source>
            <translation>%1 में पुनर्प्राप्त करें</translation>
        </message>
        <message>
            <source>The last import into this archive (%1, started %2) was interrupted before it ended; calls it had read but not yet stored are missing.</source>
            <translation>इस आर्काइव में पिछला इम्पोर्ट (%1, %2 को शुरू) पूरा होने से पहले बाधित हुआ; जो कॉल पढ़ी गईं पर अभी सहेजी नहीं गई थीं, वे गायब हैं।</translation>
        </message>
        <message>
            <source>Importing the files again adds what is missing; calls already archived are not doubled.</source>
            <translation>फ़ाइलें फिर से इम्पोर्ट करने पर जो गायब है वह जुड़ जाता है; पहले से सहेजी गई कॉल दोहराई नहीं जातीं।</translation>
        </message>
        <message>
            <source>Import again</source>
            <translation>फिर से इम्पोर्ट करें</translation>
        </message>
        <message>
            <source>It cannot be run again: %1 no longer there.</source>
            <translation>इसे फिर से नहीं चलाया जा सकता: %1 अब मौजूद नहीं।</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>हटाएँ</translation>
        </message>
        <message>
            <source>The archive %1 cannot be opened: it is damaged (%2). The calls that can still be read can be copied into a new archive; this file is not changed.</source>
            <translation>आर्काइव %1 खोला नहीं जा सकता: यह क्षतिग्रस्त है (%2)। जो कॉल अब भी पढ़ी जा सकती हैं, उन्हें नए आर्काइव में कॉपी किया जा सकता है; यह फ़ाइल नहीं बदली जाती।</translation>
        </message>
        <message>
            <source>Recovering %1 into %2...</source>
            <translation>%1 को %2 में पुनर्प्राप्त किया जा रहा है...</translation>
        </message>
        <message>
            <source>Recovering the archive...</source>
            <translation>आर्काइव पुनर्प्राप्त हो रहा है...</translation>
        </message>
        <message numerus="yes">
            <source>Recovering the archive: %Ln call(s) copied so far</source>
            <translation>
                <numerusform>आर्काइव पुनर्प्राप्त हो रहा है: अब तक %Ln कॉल कॉपी हुई</numerusform>
                <numerusform>आर्काइव पुनर्प्राप्त हो रहा है: अब तक %Ln कॉल कॉपी हुईं</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recovered %Ln call(s) from %1 into %2</source>
            <translation>
                <numerusform>%1 से %Ln कॉल %2 में पुनर्प्राप्त हुई</numerusform>
                <numerusform>%1 से %Ln कॉल %2 में पुनर्प्राप्त हुईं</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The archive %1 is damaged: %Ln call(s) could be read and are shown, but calls stored on its damaged parts could not be read and may be missing. Recover the readable calls into a new archive before adding to this one; this file is not changed.</source>
            <translation>
                <numerusform>आर्काइव %1 क्षतिग्रस्त है: %Ln कॉल पढ़ी जा सकी और दिखाई गई है, पर इसके क्षतिग्रस्त भागों पर रखी कॉल पढ़ी नहीं जा सकीं और गायब हो सकती हैं। इसमें कुछ जोड़ने से पहले पढ़ने योग्य कॉल नए आर्काइव में पुनर्प्राप्त करें; यह फ़ाइल नहीं बदली जाती।</numerusform>
                <numerusform>आर्काइव %1 क्षतिग्रस्त है: %Ln कॉल पढ़ी जा सकीं और दिखाई गई हैं, पर इसके क्षतिग्रस्त भागों पर रखी कॉल पढ़ी नहीं जा सकीं और गायब हो सकती हैं। इसमें कुछ जोड़ने से पहले पढ़ने योग्य कॉल नए आर्काइव में पुनर्प्राप्त करें; यह फ़ाइल नहीं बदली जाती।</numerusform>
            </translation>
        </message>
        <message>
            <source>The upgrade of this archive to a newer format (schema %1 to %2, started %3) was cut short: the app was closed or crashed while it ran.</source>
            <translation>इस आर्काइव का नए फ़ॉर्मैट में अपग्रेड (स्कीमा %1 से %2, %3 को शुरू) बीच में रुक गया: चलते समय ऐप बंद हुआ या क्रैश हुआ।</translation>
        </message>
        <message>
            <source>An upgrade of this archive to a newer format was cut short: the app was closed or crashed while it ran.</source>
            <translation>इस आर्काइव का नए फ़ॉर्मैट में एक अपग्रेड बीच में रुक गया: चलते समय ऐप बंद हुआ या क्रैश हुआ।</translation>
        </message>
        <message>
            <source>It has now been completed. Each of its steps is stored whole or not at all, so no call that was archived before it is lost.</source>
            <translation>अब वह पूरा हो गया है। उसका हर चरण पूरा सहेजा जाता है या बिल्कुल नहीं, इसलिए पहले से आर्काइव की गई कोई कॉल नहीं खोई।</translation>
        </message>
        <message>
            <source>A copy of the archive from before the upgrade is kept at %1.</source>
            <translation>अपग्रेड से पहले की आर्काइव की एक प्रति %1 पर रखी है।</translation>
        </message>
    </context>
    <context>
        <name>cdr::Scorecard</name>
        <message>
            <source>"%1": prefix needs a digit count from 1 to 15, e.g. prefix:3</source>
            <translation>"%1": prefix को 1 से 15 तक अंकों की संख्या चाहिए, उदा. prefix:3</translation>
        </message>
        <message>
            <source>unknown group key "%1"; use provider, account, direction, codec, hangup_class, day, hour, country or prefix:N</source>
            <translation>अज्ञात समूह कुंजी "%1"; provider, account, direction, codec, hangup_class, day, hour, country या prefix:N का उपयोग करें</translation>
        </message>
        <message>
            <source>group key "%1" is given twice</source>
            <translation>समूह कुंजी "%1" दो बार दी गई है</translation>
        </message>
        <message>
            <source>at most %1 group keys</source>
            <translation>अधिकतम %1 समूह कुंजियाँ</translation>
        </message>
        <message>
            <source>calls in the group; in-progress calls are left out</source>
            <translation>समूह की कॉल; चालू कॉल शामिल नहीं</translation>
        </message>
        <message>
            <source>calls with status answered</source>
            <translation>स्थिति "उत्तर दी गई" वाली कॉल</translation>
        </message>
        <message>
            <source>answer-seizure ratio (ITU-T E.411): 100 × answered / calls</source>
            <translation>आंसर-सीज़र अनुपात (ITU-T E.411): 100 × उत्तर दी गई / कॉल</translation>
        </message>
        <message>
            <source>network effectiveness ratio (ITU-T E.425, GSMA IR.42): 100 × (answered + calls ended busy, no answer, rejected or unavailable) / calls</source>
            <translation>नेटवर्क प्रभावशीलता अनुपात (ITU-T E.425, GSMA IR.42): 100 × (उत्तर दी गई + व्यस्त, उत्तर नहीं, अस्वीकृत या अनुपलब्ध पर समाप्त कॉल) / कॉल</translation>
        </message>
        <message>
            <source>average call duration: total talk time of answered calls / answered calls, in seconds</source>
            <translation>औसत कॉल अवधि: उत्तर दी गई कॉल का कुल बातचीत समय / उत्तर दी गई कॉल, सेकंड में</translation>
        </message>
        <message>
            <source>100 × answered calls with less than 10 s of talk / answered calls</source>
            <translation>100 × 10 s से कम बातचीत वाली उत्तर दी गई कॉल / उत्तर दी गई कॉल</translation>
        </message>
        <message>
            <source>median post-dial delay (nearest rank), in ms, where it is known</source>
            <translation>पोस्ट-डायल विलंब की माध्यिका (निकटतम रैंक), ms में, जहाँ ज्ञात हो</translation>
        </message>
        <message>
            <source>95th percentile of post-dial delay (nearest rank), in ms</source>
            <translation>पोस्ट-डायल विलंब का 95वाँ प्रतिशतक (निकटतम रैंक), ms में</translation>
        </message>
        <message>
            <source>mean MOS as reported by the provider (Vobiz: per call; NexBro: inbound audio_stats, FreeSWITCH-style from the flaw ratio, not an E-model), so not comparable across providers</source>
            <translation>प्रदाता द्वारा रिपोर्ट किया गया औसत MOS (Vobiz: प्रति कॉल; NexBro: इनबाउंड audio_stats, दोष अनुपात से FreeSWITCH-शैली, E-मॉडल नहीं), इसलिए प्रदाताओं के बीच तुलनीय नहीं</translation>
        </message>
        <message>
            <source>5th percentile of reported MOS: the value at rank ⌈0.05·n⌉ in ascending order</source>
            <translation>रिपोर्ट किए गए MOS का 5वाँ प्रतिशतक: आरोही क्रम में रैंक ⌈0.05·n⌉ पर का मान</translation>
        </message>
        <message>
            <source>mean E-model estimate (simplified ITU-T G.107), computed from reported loss and jitter and the codec, one-way delay assumed; the same model for every provider</source>
            <translation>औसत E-मॉडल अनुमान (सरलीकृत ITU-T G.107), रिपोर्ट किए गए लॉस, जिटर और कोडेक से, मान्य एकतरफ़ा विलंब के साथ गणना; हर प्रदाता के लिए एक ही मॉडल</translation>
        </message>
        <message>
            <source>5th percentile (nearest rank) of the E-model estimate</source>
            <translation>E-मॉडल अनुमान का 5वाँ प्रतिशतक (निकटतम रैंक)</translation>
        </message>
        <message>
            <source>100 × impaired calls / calls with quality data; impaired: graded bad on reported MOS, jitter or loss (or on the estimate where no MOS is reported), or 3 of 5 consecutive 10 s intervals with flaws</source>
            <translation>100 × प्रभावित कॉल / गुणवत्ता डेटा वाली कॉल; प्रभावित: रिपोर्ट किए गए MOS, जिटर या लॉस पर (या MOS न होने पर अनुमान पर) खराब आँकी गई, या लगातार 5 में से 3 दस-सेकंड (10 s) अंतरालों में दोष</translation>
        </message>
        <message>
            <source>provider, lower-case name</source>
            <translation>प्रदाता, छोटे अक्षरों में नाम</translation>
        </message>
        <message>
            <source>account the call was fetched under</source>
            <translation>वह खाता जिससे कॉल प्राप्त की गई</translation>
        </message>
        <message>
            <source>call direction</source>
            <translation>कॉल की दिशा</translation>
        </message>
        <message>
            <source>codec as the provider reports it</source>
            <translation>प्रदाता द्वारा बताया गया कोडेक</translation>
        </message>
        <message>
            <source>why the call ended, comparable across providers</source>
            <translation>कॉल क्यों समाप्त हुई, प्रदाताओं के बीच तुलनीय</translation>
        </message>
        <message>
            <source>day of the start, in the report's time zone</source>
            <translation>प्रारंभ का दिन, रिपोर्ट के समय क्षेत्र में</translation>
        </message>
        <message>
            <source>hour of day of the start (00-23), in the report's time zone</source>
            <translation>प्रारंभ का घंटा (00-23), रिपोर्ट के समय क्षेत्र में</translation>
        </message>
        <message>
            <source>destination country, ISO 3166 alpha-2 (libphonenumber); ZZ: unknown</source>
            <translation>गंतव्य देश, ISO 3166 alpha-2 (libphonenumber); ZZ: अज्ञात</translation>
        </message>
        <message>
            <source>first %1 digits of the E.164 destination</source>
            <translation>E.164 गंतव्य के पहले %1 अंक</translation>
        </message>
    </context>
    <context>
        <name>cdr::ScorecardChart</name>
        <message>
            <source>%1 per group (first %2 of %3 groups, in table order)</source>
            <translation>प्रति समूह %1 (%3 समूहों में से पहले %2, तालिका क्रम में)</translation>
        </message>
        <message>
            <source>%1 per group</source>
            <translation>प्रति समूह %1</translation>
        </message>
    </context>
    <context>
        <name>cdr::ScorecardExporter</name>
        <message>
            <source>(none)</source>
            <translation>(कोई नहीं)</translation>
        </message>
        <message>
            <source>No calls in the selection.</source>
            <translation>चयन में कोई कॉल नहीं।</translation>
        </message>
        <message>
            <source>Definitions</source>
            <translation>परिभाषाएँ</translation>
        </message>
        <message>
            <source>MOS columns are graded by the analyst's thresholds: good ≥ %1, bad &lt; %2 (~ average, ! bad). – means no data. Percentiles are nearest-rank.</source>
            <translation>MOS कॉलम विश्लेषक की सीमाओं से आँके जाते हैं: अच्छा ≥ %1, खराब &lt; %2 (~ औसत, ! खराब)। – का अर्थ है कोई डेटा नहीं। प्रतिशतक निकटतम रैंक से हैं।</translation>
        </message>
        <message>
            <source>%1: unknown output format; use .csv, .json or .pdf</source>
            <translation>%1: अज्ञात आउटपुट फ़ॉर्मैट; .csv, .json या .pdf का उपयोग करें</translation>
        </message>
    </context>
    <context>
        <name>cdr::ScorecardModel</name>
        <message>
            <source>all calls</source>
            <translation>सभी कॉल</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(कोई नहीं)</translation>
        </message>
        <message>
            <source>Grade: %1</source>
            <translation>ग्रेड: %1</translation>
        </message>
        <message>
            <source>Other period: %1</source>
            <translation>दूसरी अवधि: %1</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>कोई डेटा नहीं</translation>
        </message>
        <message>
            <source> (new)</source>
            <translation> (नया)</translation>
        </message>
    </context>
    <context>
        <name>cdr::ScorecardPage</name>
        <message>
            <source>Group keys, comma-separated: provider, account, direction, codec, hangup_class, day, hour, country, prefix:N</source>
            <translation>समूह कुंजियाँ, कॉमा से अलग: provider, account, direction, codec, hangup_class, day, hour, country, prefix:N</translation>
        </message>
        <message>
            <source>All loaded calls</source>
            <translation>सभी लोड की गई कॉल</translation>
        </message>
        <message>
            <source>Last 7 days vs the 7 before</source>
            <translation>पिछले 7 दिन बनाम उससे पहले के 7</translation>
        </message>
        <message>
            <source>Last 30 days vs the 30 before</source>
            <translation>पिछले 30 दिन बनाम उससे पहले के 30</translation>
        </message>
        <message>
            <source>Custom ranges</source>
            <translation>कस्टम अवधियाँ</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>स्कोरकार्ड</translation>
        </message>
        <message>
            <source>Open or fetch calls to see their scorecard.</source>
            <translation>स्कोरकार्ड देखने के लिए कॉल खोलें या प्राप्त करें।</translation>
        </message>
        <message>
            <source>, %1</source>
            <translation>, %1</translation>
        </message>
        <message>
            <source> (changes against %1 in brackets)</source>
            <translation> (%1 की तुलना में बदलाव कोष्ठक में)</translation>
        </message>
        <message>
            <source>. Double-click a group to see its calls.</source>
            <translation>। किसी समूह की कॉल देखने के लिए उस पर डबल-क्लिक करें।</translation>
        </message>
        <message>
            <source>scorecard group %1</source>
            <translation>स्कोरकार्ड समूह %1</translation>
        </message>
        <message>
            <source>Export scorecard</source>
            <translation>स्कोरकार्ड निर्यात करें</translation>
        </message>
        <message>
            <source>PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</source>
            <translation>PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</translation>
        </message>
        <message>
            <source>Scorecard by %1</source>
            <translation>%1 के अनुसार स्कोरकार्ड</translation>
        </message>
        <message>
            <source>Period: all loaded calls</source>
            <translation>अवधि: सभी लोड की गई कॉल</translation>
        </message>
        <message>
            <source>Period: %1</source>
            <translation>अवधि: %1</translation>
        </message>
        <message>
            <source>Time zone: %1</source>
            <translation>समय क्षेत्र: %1</translation>
        </message>
        <message>
            <source>Compared in the app with %1; this table holds the period above.</source>
            <translation>ऐप में %1 से तुलना की गई; यह तालिका ऊपर की अवधि दिखाती है।</translation>
        </message>
        <message>
            <source>E-model: one-way delay assumed %1 ms</source>
            <translation>E-मॉडल: मान्य एकतरफ़ा विलंब %1 ms</translation>
        </message>
        <message>
            <source>Scorecard written to %1</source>
            <translation>स्कोरकार्ड %1 में लिखा गया</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>निर्यात विफल: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) from %1</source>
            <translation>
                <numerusform>%1 से %n समूह</numerusform>
                <numerusform>%1 से %n समूह</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln call(s)</source>
            <translation>
                <numerusform>%Ln कॉल</numerusform>
                <numerusform>%Ln कॉल</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::SecretScrubber</name>
        <message>
            <source>[secret removed]</source>
            <translation>[सीक्रेट हटाया गया]</translation>
        </message>
    </context>
    <context>
        <name>cdr::ServiceFactory</name>
        <message>
            <source>No secret (token or API key) for account "%1".</source>
            <translation>खाते "%1" के लिए कोई सीक्रेट (टोकन या API कुंजी) नहीं।</translation>
        </message>
    </context>
    <context>
        <name>cdr::SessionCredentialStore</name>
        <message>
            <source>Enter the secret in Fetch &gt; Accounts to use it for this session, or set %1.</source>
            <translation>इस सत्र में उपयोग के लिए सीक्रेट को प्राप्त करें &gt; खाते में दर्ज करें, या %1 सेट करें।</translation>
        </message>
        <message>
            <source>No keychain.</source>
            <translation>कोई कीचेन नहीं।</translation>
        </message>
    </context>
    <context>
        <name>cdr::ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>कीबोर्ड शॉर्टकट</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>कुंजियाँ</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>क्रिया</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>मेनू</translation>
        </message>
        <message>
            <source>In the call table the arrow keys move through the calls and the pane follows; each filter chip above the table has its own remove button.</source>
            <translation>कॉल तालिका में तीर कुंजियाँ कॉल के बीच चलती हैं और पैन साथ चलता है; तालिका के ऊपर हर फ़िल्टर चिप का अपना हटाने वाला बटन है।</translation>
        </message>
        <message>
            <source>The full documentation: &lt;a href="%1"&gt;%1&lt;/a&gt;</source>
            <translation>पूरा दस्तावेज़ीकरण: &lt;a href="%1"&gt;%1&lt;/a&gt;</translation>
        </message>
    </context>
    <context>
        <name>cdr::StatusStrip</name>
        <message>
            <source>Progress</source>
            <translation>प्रगति</translation>
        </message>
        <message>
            <source>%1 of %2 calls</source>
            <translation>%2 में से %1 कॉल</translation>
        </message>
        <message>
            <source>sorting/filtering...</source>
            <translation>क्रमबद्ध/फ़िल्टर हो रहा है...</translation>
        </message>
        <message>
            <source>answered %1%</source>
            <translation>उत्तर दी गई %1%</translation>
        </message>
        <message>
            <source>avg %1 s</source>
            <translation>औसत %1 s</translation>
        </message>
        <message>
            <source>cost %1 %2</source>
            <translation>लागत %1 %2</translation>
        </message>
        <message>
            <source>(no currency)</source>
            <translation>(कोई मुद्रा नहीं)</translation>
        </message>
        <message>
            <source>MOS mean %1, 5th pct %2</source>
            <translation>MOS औसत %1, 5वाँ प्रतिशतक %2</translation>
        </message>
        <message>
            <source>top cause: %1 (%2)</source>
            <translation>मुख्य कारण: %1 (%2)</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>त्रुटि: %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln call(s)</source>
            <translation>
                <numerusform>%Ln कॉल</numerusform>
                <numerusform>%Ln कॉल</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::TimelineData</name>
        <message>
            <source>Call</source>
            <translation>कॉल</translation>
        </message>
        <message>
            <source>Leg %1</source>
            <translation>लेग %1</translation>
        </message>
    </context>
    <context>
        <name>cdr::TimelineRenderer</name>
        <message>
            <source>Flaws</source>
            <translation>दोष</translation>
        </message>
        <message>
            <source>from start</source>
            <translation>प्रारंभ से</translation>
        </message>
        <message>
            <source>No call times to draw</source>
            <translation>दिखाने के लिए कॉल के समय नहीं</translation>
        </message>
        <message>
            <source>Ringing</source>
            <translation>रिंगिंग</translation>
        </message>
        <message>
            <source>Talking</source>
            <translation>बातचीत</translation>
        </message>
        <message>
            <source>Holding</source>
            <translation>होल्ड</translation>
        </message>
        <message>
            <source>Flaws (darker = more)</source>
            <translation>दोष (गहरा = अधिक)</translation>
        </message>
        <message>
            <source>▼ answer   ┃ end   ↪ forwarding</source>
            <translation>▼ उत्तर   ┃ समाप्ति   ↪ फ़ॉरवर्डिंग</translation>
        </message>
        <message>
            <source>Call-flow timeline</source>
            <translation>कॉल-फ़्लो टाइमलाइन</translation>
        </message>
        <message>
            <source>Call-flow timeline: %1</source>
            <translation>कॉल-फ़्लो टाइमलाइन: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n lane(s), %1 error interval(s) with %2 flaw(s), %3 s from call start; times in %4.</source>
            <translation>
                <numerusform>%n लेन, %2 दोष वाले %1 त्रुटि अंतराल, कॉल प्रारंभ से %3 s; समय %4 में।</numerusform>
                <numerusform>%n लेन, %2 दोष वाले %1 त्रुटि अंतराल, कॉल प्रारंभ से %3 s; समय %4 में।</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::TransferGuard</name>
        <message>
            <source>timed out: the response took longer than %1 (%2 bytes received)</source>
            <translation>टाइमआउट: उत्तर में %1 से अधिक समय लगा (%2 बाइट प्राप्त)</translation>
        </message>
        <message>
            <source>timed out waiting for the rest of the response: no data for %1 after %2 bytes (HTTP %3)</source>
            <translation>उत्तर के शेष भाग की प्रतीक्षा में टाइमआउट: %2 बाइट के बाद %1 तक कोई डेटा नहीं (HTTP %3)</translation>
        </message>
        <message>
            <source>timed out waiting for the response headers (%1)</source>
            <translation>उत्तर हेडर की प्रतीक्षा में टाइमआउट (%1)</translation>
        </message>
        <message>
            <source>%1: could not find the host "%2" (DNS lookup failed); check the base URL and the network.</source>
            <translation>%1: होस्ट "%2" नहीं मिला (DNS लुकअप विफल); बेस URL और नेटवर्क जाँचें।</translation>
        </message>
        <message>
            <source>%1: the TLS handshake with %2 failed: %3</source>
            <translation>%1: %2 के साथ TLS हैंडशेक विफल: %3</translation>
        </message>
        <message>
            <source>connection refused by %1</source>
            <translation>%1 ने कनेक्शन अस्वीकार किया</translation>
        </message>
        <message>
            <source>the transfer broke off after %1 bytes (HTTP %2): %3</source>
            <translation>%1 बाइट के बाद स्थानांतरण टूट गया (HTTP %2): %3</translation>
        </message>
        <message>
            <source>the connection to %1 failed before an answer: %2</source>
            <translation>उत्तर से पहले %1 से कनेक्शन विफल: %2</translation>
        </message>
        <message>
            <source>%1: the response could not be read (HTTP %2): its compressed body inflates far beyond its size (a decompression bomb), so it was not unpacked.</source>
            <translation>%1: उत्तर नहीं पढ़ा जा सका (HTTP %2): इसका संपीड़ित भाग अपने आकार से बहुत अधिक फैलता है (डीकम्प्रेशन बम), इसलिए इसे खोला नहीं गया।</translation>
        </message>
        <message>
            <source>%1: the response could not be read (HTTP %2, after %3 bytes): %4</source>
            <translation>%1: उत्तर नहीं पढ़ा जा सका (HTTP %2, %3 बाइट के बाद): %4</translation>
        </message>
        <message>
            <source>more than a year</source>
            <translation>एक वर्ष से अधिक</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 घंटे</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 मिनट</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 मिनट %2 s</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n दिन</numerusform>
                <numerusform>%n दिन</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cdr::Translators</name>
        <message>
            <source>Follow the system</source>
            <translation>सिस्टम के अनुसार</translation>
        </message>
    </context>
    <context>
        <name>cdr::ViewExportJob</name>
        <message>
            <source>Exporting %1: %2 of %3 calls</source>
            <translation>%1 निर्यात हो रहा है: %3 में से %2 कॉल</translation>
        </message>
        <message>
            <source>Export canceled; %1 was not written.</source>
            <translation>निर्यात रद्द; %1 नहीं लिखा गया।</translation>
        </message>
        <message>
            <source>Export failed: %1</source>
            <translation>निर्यात विफल: %1</translation>
        </message>
        <message>
            <source>%1: the %2 call %3 is not in the archive; nothing was written</source>
            <translation>%1: %2 कॉल %3 आर्काइव में नहीं है; कुछ नहीं लिखा गया</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln call(s) to %1</source>
            <translation>
                <numerusform>%Ln कॉल %1 में निर्यात की गई</numerusform>
                <numerusform>%Ln कॉल %1 में निर्यात की गईं</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Inspect call detail records from Plivo, Vobiz, CarrierX and NexBro.
Headless commands: convert, fetch, report (run `cdr-inspector COMMAND --help`).</source>
            <translation>Plivo, Vobiz, CarrierX और NexBro के कॉल विवरण रिकॉर्ड की जाँच करें।
हेडलेस कमांड: convert, fetch, report (`cdr-inspector COMMAND --help` चलाएँ)।</translation>
        </message>
        <message>
            <source>Call record files to open.</source>
            <translation>खोलने के लिए कॉल रिकॉर्ड फ़ाइलें।</translation>
        </message>
    </context>
</TS>
