<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>OneStream Studio</source>
        <translation>OneStream Studio</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Drop video files here to encode them and upload them to OneStream. Interrupted uploads continue where they stopped.</source>
        <translation>Drop video files here to encode them and upload them to OneStream. Interrupted uploads continue where they stopped.</translation>
    </message>
    <message>
        <source>Your organisation's videos on OneStream.</source>
        <translation>Your organisation's videos on OneStream.</translation>
    </message>
    <message>
        <source>Users, roles, privilege approvals and the audit log of your organisation.</source>
        <translation>Users, roles, privilege approvals and the audit log of your organisation.</translation>
    </message>
    <message>
        <source>The service's live status, incidents, maintenance and notices.</source>
        <translation>The service's live status, incidents, maintenance and notices.</translation>
    </message>
    <message>
        <source>No server chosen</source>
        <translation>No server chosen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>%1 is not ready; retrying</source>
        <translation>%1 is not ready; retrying</translation>
    </message>
    <message>
        <source>Cannot reach %1; retrying</source>
        <translation>Cannot reach %1; retrying</translation>
    </message>
</context>
<context>
    <name>Gui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>Display language</translation>
    </message>
    <message>
        <source>Applies at once, without restarting</source>
        <translation>Applies at once, without restarting</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>OneStream Studio</source>
        <translation>OneStream Studio</translation>
    </message>
    <message>
        <source>The local workspace could not start:
%1

Check that the folder %2 exists and is writable.</source>
        <translation>The local workspace could not start:
%1

Check that the folder %2 exists and is writable.</translation>
    </message>
</context>
</TS>
