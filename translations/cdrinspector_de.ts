<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Open the bundled demo data.</source>
        <translation>Die mitgelieferten Demodaten öffnen.</translation>
    </message>
    <message>
        <source>Call record files to open.</source>
        <translation>Zu öffnende Anrufdatensätze.</translation>
    </message>
</context>
<context>
    <name>cdr::MainWindow</name>
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
</context>
</TS>
