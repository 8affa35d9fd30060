<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Gui::MainWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n unread notice(s)</source>
        <translation>
            <numerusform>%1, %n unread notice</numerusform>
            <numerusform>%1, %n unread notices</numerusform>
        </translation>
    </message>
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
    <message>
        <source>Help</source>
        <translation>Help</translation>
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
    <message>
        <source>Log folder</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <source>Export a support bundle</source>
        <translation>Export a support bundle</translation>
    </message>
    <message>
        <source>Support bundle (*.json)</source>
        <translation>Support bundle (*.json)</translation>
    </message>
    <message>
        <source>Exporting the support bundle…</source>
        <translation>Exporting the support bundle…</translation>
    </message>
    <message numerus="yes">
        <source>Support bundle saved to %1 (%n log file(s), secrets removed).</source>
        <translation>
            <numerusform>Support bundle saved to %1 (%n log file, secrets removed).</numerusform>
            <numerusform>Support bundle saved to %1 (%n log files, secrets removed).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot export the support bundle: %1</source>
        <translation>Cannot export the support bundle: %1</translation>
    </message>
    <message>
        <source>OneStream &amp;cloud server:</source>
        <translation>OneStream &amp;cloud server:</translation>
    </message>
    <message>
        <source>OneStream cloud server address</source>
        <translation>OneStream cloud server address</translation>
    </message>
    <message>
        <source>Preferred &amp;encoder:</source>
        <translation>Preferred &amp;encoder:</translation>
    </message>
    <message>
        <source>Auto (fastest that passes a test encode)</source>
        <translation>Auto (fastest that passes a test encode)</translation>
    </message>
    <message>
        <source>Preferred encoder</source>
        <translation>Preferred encoder</translation>
    </message>
    <message>
        <source>Concurrent &amp;jobs:</source>
        <translation>Concurrent &amp;jobs:</translation>
    </message>
    <message>
        <source>Number of encodes that run at the same time</source>
        <translation>Number of encodes that run at the same time</translation>
    </message>
    <message>
        <source>Show a desktop &amp;notification when a batch finishes or fails</source>
        <translation>Show a desktop &amp;notification when a batch finishes or fails</translation>
    </message>
    <message>
        <source>Log &amp;folder:</source>
        <translation>Log &amp;folder:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the log folder</source>
        <translation>Choose the log folder</translation>
    </message>
    <message>
        <source>E&amp;xport a support bundle…</source>
        <translation>E&amp;xport a support bundle…</translation>
    </message>
    <message>
        <source>Settings and logs in one file, with passwords and tokens removed</source>
        <translation>Settings and logs in one file, with passwords and tokens removed</translation>
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
    <message>
        <source>Sign in to OneStream</source>
        <translation>Sign in to OneStream</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
</context>
<context>
    <name>Gui::HelpPage</name>
    <message>
        <source>Open now. Closes at %1 Japan time.</source>
        <translation>Open now. Closes at %1 Japan time.</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>weekend</translation>
    </message>
    <message>
        <source>Japanese public holiday</source>
        <translation>Japanese public holiday</translation>
    </message>
    <message>
        <source>new-year break</source>
        <translation>new-year break</translation>
    </message>
    <message>
        <source>outside support hours</source>
        <translation>outside support hours</translation>
    </message>
    <message>
        <source>Closed now (%1). Opens %2 at %3 Japan time (%4 your time).</source>
        <translation>Closed now (%1). Opens %2 at %3 Japan time (%4 your time).</translation>
    </message>
    <message>
        <source>%1: EXPIRED on %2</source>
        <translation>%1: EXPIRED on %2</translation>
    </message>
    <message>
        <source>%1: valid until %2</source>
        <translation>%1: valid until %2</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Support hours</source>
        <translation>Support hours</translation>
    </message>
    <message>
        <source>Weekdays 10:00–17:30 Japan time (UTC+9), except Japanese public holidays and the new-year break (29 December to 3 January).</source>
        <translation>Weekdays 10:00–17:30 Japan time (UTC+9), except Japanese public holidays and the new-year break (29 December to 3 January).</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Web form: %1</source>
        <translation>Web form: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Phone (during support hours): %1</source>
        <translation>Phone (during support hours): %1</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Contact channels</translation>
    </message>
    <message>
        <source>Security and data handling</source>
        <translation>Security and data handling</translation>
    </message>
    <message>
        <source>• Data is stored in the %1 region, in Japan.</source>
        <translation>• Data is stored in the %1 region, in Japan.</translation>
    </message>
    <message>
        <source>• Connections are encrypted (%1, CRYPTREC-listed cipher suites only); certificates are always verified.</source>
        <translation>• Connections are encrypted (%1, CRYPTREC-listed cipher suites only); certificates are always verified.</translation>
    </message>
    <message numerus="yes">
        <source>• Daily online backups, encrypted with %1, kept for %n day(s).</source>
        <translation>
            <numerusform>• Daily online backups, encrypted with %1, kept for %n day.</numerusform>
            <numerusform>• Daily online backups, encrypted with %1, kept for %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>• Every video is stored twice and verified by checksum.</source>
        <translation>• Every video is stored twice and verified by checksum.</translation>
    </message>
    <message>
        <source>• Passwords are stored with a slow salted hash; sign-in supports TOTP two-step verification.</source>
        <translation>• Passwords are stored with a slow salted hash; sign-in supports TOTP two-step verification.</translation>
    </message>
    <message>
        <source>• A terminated organisation&apos;s data is erased 30 days after its contract ends.</source>
        <translation>• A terminated organisation&apos;s data is erased 30 days after its contract ends.</translation>
    </message>
    <message>
        <source>Security facts</source>
        <translation>Security facts</translation>
    </message>
    <message>
        <source>Tokyo</source>
        <translation>Tokyo</translation>
    </message>
</context>
<context>
    <name>Gui::PasswordChecklist</name>
    <message>
        <source>Password requirements</source>
        <translation>Password requirements</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>A lower-case letter</source>
        <translation>A lower-case letter</translation>
    </message>
    <message>
        <source>An upper-case letter</source>
        <translation>An upper-case letter</translation>
    </message>
    <message>
        <source>A digit</source>
        <translation>A digit</translation>
    </message>
    <message>
        <source>%1: met</source>
        <translation>%1: met</translation>
    </message>
    <message>
        <source>%1: not met yet</source>
        <translation>%1: not met yet</translation>
    </message>
</context>
<context>
    <name>Gui::SignInPage</name>
    <message>
        <source>You were signed out because your session ended: it expired, or it was ended from another device or by an administrator. Nothing was lost; sign in again to continue.</source>
        <translation>You were signed out because your session ended: it expired, or it was ended from another device or by an administrator. Nothing was lost; sign in again to continue.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://onestream.example.com.</source>
        <translation>Enter the server&apos;s address, for example https://onestream.example.com.</translation>
    </message>
    <message>
        <source>The server&apos;s address must start with https://.</source>
        <translation>The server&apos;s address must start with https://.</translation>
    </message>
    <message>
        <source>Enter your email address and password.</source>
        <translation>Enter your email address and password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Cannot reach %1. Check the address and your connection. (%2)</source>
        <translation>Cannot reach %1. Check the address and your connection. (%2)</translation>
    </message>
    <message>
        <source>The email address or password is not correct.</source>
        <translation>The email address or password is not correct.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many sign-in attempts. Try again in %n second.</numerusform>
            <numerusform>Too many sign-in attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask your organisation&apos;s owner.</source>
        <translation>This account is disabled. Ask your organisation&apos;s owner.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s contract has ended.</source>
        <translation>Your organisation&apos;s contract has ended.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Sign-in failed: %1</translation>
    </message>
    <message>
        <source>Signed in, but the keychain refused to keep the sign-in; you will have to sign in again next time. (%1)</source>
        <translation>Signed in, but the keychain refused to keep the sign-in; you will have to sign in again next time. (%1)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>&amp;Work in:</source>
        <translation>&amp;Work in:</translation>
    </message>
    <message>
        <source>OneStream cloud</source>
        <translation>OneStream cloud</translation>
    </message>
    <message>
        <source>A self-hosted server</source>
        <translation>A self-hosted server</translation>
    </message>
    <message>
        <source>The local workspace on this computer</source>
        <translation>The local workspace on this computer</translation>
    </message>
    <message>
        <source>Where to work</source>
        <translation>Where to work</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Six-digit code from your authenticator app</source>
        <translation>Six-digit code from your authenticator app</translation>
    </message>
    <message>
        <source>Only if two-step verification is on</source>
        <translation>Only if two-step verification is on</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
</context>
<context>
    <name>Gui::ComponentModel</name>
    <message>
        <source>No uptime data</source>
        <translation>No uptime data</translation>
    </message>
    <message numerus="yes">
        <source>%1% uptime over the last %n day(s) with data</source>
        <translation>
            <numerusform>%1% uptime over the last day with data</numerusform>
            <numerusform>%1% uptime over the last %n days with data</numerusform>
        </translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Uptime, last 90 days</source>
        <translation>Uptime, last 90 days</translation>
    </message>
</context>
<context>
    <name>Gui::StatusNotifications</name>
    <message>
        <source>New incident: %1</source>
        <translation>New incident: %1</translation>
    </message>
    <message>
        <source>Incident update: %1</source>
        <translation>Incident update: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Resolved: %1</translation>
    </message>
    <message>
        <source>Maintenance at %1: %2</source>
        <translation>Maintenance at %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Gui::StatusText</name>
    <message>
        <source>All systems operational</source>
        <translation>All systems operational</translation>
    </message>
    <message>
        <source>Minor service disruption</source>
        <translation>Minor service disruption</translation>
    </message>
    <message>
        <source>Major service disruption</source>
        <translation>Major service disruption</translation>
    </message>
    <message>
        <source>Critical service outage</source>
        <translation>Critical service outage</translation>
    </message>
    <message>
        <source>Service under maintenance</source>
        <translation>Service under maintenance</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Status unknown</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Operational</translation>
    </message>
    <message>
        <source>Degraded performance</source>
        <translation>Degraded performance</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>Partial outage</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>Major outage</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>Under maintenance</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identified</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Postmortem</source>
        <translation>Postmortem</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verifying</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>No impact</source>
        <translation>No impact</translation>
    </message>
    <message>
        <source>Minor impact</source>
        <translation>Minor impact</translation>
    </message>
    <message>
        <source>Major impact</source>
        <translation>Major impact</translation>
    </message>
    <message>
        <source>Critical impact</source>
        <translation>Critical impact</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Service level change</source>
        <translation>Service level change</translation>
    </message>
    <message>
        <source>End of service</source>
        <translation>End of service</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Uploads are on hold: %1 is under maintenance until %2. They continue by themselves when it ends.</source>
        <translation>Uploads are on hold: %1 is under maintenance until %2. They continue by themselves when it ends.</translation>
    </message>
    <message>
        <source>Uploads are on hold: %1 is under maintenance. They continue by themselves when it ends.</source>
        <translation>Uploads are on hold: %1 is under maintenance. They continue by themselves when it ends.</translation>
    </message>
    <message>
        <source>Uploads are on hold: %1 has a major outage. They continue by themselves when it is back.</source>
        <translation>Uploads are on hold: %1 has a major outage. They continue by themselves when it is back.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>Gui::StatusTray</name>
    <message>
        <source>Show service status</source>
        <translation>Show service status</translation>
    </message>
    <message>
        <source>OneStream: %1</source>
        <translation>OneStream: %1</translation>
    </message>
</context>
<context>
    <name>Gui::InboxModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unread. %1: %2</source>
        <translation>Unread. %1: %2</translation>
    </message>
</context>
<context>
    <name>Gui::IncidentModel</name>
    <message>
        <source>No notice yet: over the one-hour promise</source>
        <translation>No notice yet: over the one-hour promise</translation>
    </message>
    <message>
        <source>No notice yet</source>
        <translation>No notice yet</translation>
    </message>
    <message>
        <source>%1: over the one-hour promise</source>
        <translation>%1: over the one-hour promise</translation>
    </message>
    <message>
        <source>%1, within the one-hour promise</source>
        <translation>%1, within the one-hour promise</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Not available</translation>
    </message>
    <message>
        <source>Incident and updates</source>
        <translation>Incident and updates</translation>
    </message>
    <message>
        <source>Maintenance and updates</source>
        <translation>Maintenance and updates</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Time to first notice</source>
        <translation>Time to first notice</translation>
    </message>
</context>
<context>
    <name>Gui::OperatorPanel</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>Schedule new maintenance</source>
        <translation>Schedule new maintenance</translation>
    </message>
    <message>
        <source>No component affected</source>
        <translation>No component affected</translation>
    </message>
    <message>
        <source>Every component</source>
        <translation>Every component</translation>
    </message>
    <message>
        <source>Post to</source>
        <translation>Post to</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>Affected component</source>
        <translation>Affected component</translation>
    </message>
    <message>
        <source>Affected component&apos;s status</source>
        <translation>Affected component&apos;s status</translation>
    </message>
    <message>
        <source>Post incident</source>
        <translation>Post incident</translation>
    </message>
    <message>
        <source>Schedule maintenance</source>
        <translation>Schedule maintenance</translation>
    </message>
    <message>
        <source>Publish notice</source>
        <translation>Publish notice</translation>
    </message>
    <message>
        <source>What is affected, in a few words</source>
        <translation>What is affected, in a few words</translation>
    </message>
    <message>
        <source>Post update</source>
        <translation>Post update</translation>
    </message>
    <message>
        <source>Sign in as an operator to post.</source>
        <translation>Sign in as an operator to post.</translation>
    </message>
    <message>
        <source>Posting…</source>
        <translation>Posting…</translation>
    </message>
    <message>
        <source>Not posted: %1</source>
        <translation>Not posted: %1</translation>
    </message>
    <message>
        <source>Posted. Everyone following the status sees it now.</source>
        <translation>Posted. Everyone following the status sees it now.</translation>
    </message>
</context>
<context>
    <name>Gui::StatusPage</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overall state of the service</source>
        <translation>Overall state of the service</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Components</translation>
    </message>
    <message>
        <source>Open incidents and their updates</source>
        <translation>Open incidents and their updates</translation>
    </message>
    <message>
        <source>Upcoming and running maintenance</source>
        <translation>Upcoming and running maintenance</translation>
    </message>
    <message>
        <source>Notices inbox</source>
        <translation>Notices inbox</translation>
    </message>
    <message>
        <source>Selected notice</source>
        <translation>Selected notice</translation>
    </message>
    <message>
        <source>&amp;Mark as read</source>
        <translation>&amp;Mark as read</translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation>No open incidents.</translation>
    </message>
    <message>
        <source>No maintenance scheduled.</source>
        <translation>No maintenance scheduled.</translation>
    </message>
    <message>
        <source>This month: %1% available (target 99.9%). Error budget left: %2 of %3 minutes.</source>
        <translation>This month: %1% available (target 99.9%). Error budget left: %2 of %3 minutes.</translation>
    </message>
    <message>
        <source>Below the target: the error budget is spent.</source>
        <translation>Below the target: the error budget is spent.</translation>
    </message>
    <message>
        <source>Sign in to see this month&apos;s availability and the uptime history.</source>
        <translation>Sign in to see this month&apos;s availability and the uptime history.</translation>
    </message>
    <message>
        <source>Availability and uptime history are shown to platform operators and auditors.</source>
        <translation>Availability and uptime history are shown to platform operators and auditors.</translation>
    </message>
    <message>
        <source>Loading availability…</source>
        <translation>Loading availability…</translation>
    </message>
    <message>
        <source>Sign in to see the notices sent to your organisation.</source>
        <translation>Sign in to see the notices sent to your organisation.</translation>
    </message>
    <message>
        <source>Notices and incident updates sent to your organisation&apos;s owners and admins. Select one and press Enter to mark it as read.</source>
        <translation>Notices and incident updates sent to your organisation&apos;s owners and admins. Select one and press Enter to mark it as read.</translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation>&amp;Components</translation>
    </message>
    <message>
        <source>&amp;Incidents (%1)</source>
        <translation>&amp;Incidents (%1)</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidents</translation>
    </message>
    <message>
        <source>M&amp;aintenance (%1)</source>
        <translation>M&amp;aintenance (%1)</translation>
    </message>
    <message>
        <source>M&amp;aintenance</source>
        <translation>M&amp;aintenance</translation>
    </message>
    <message>
        <source>&amp;Notices (%1 unread)</source>
        <translation>&amp;Notices (%1 unread)</translation>
    </message>
    <message>
        <source>&amp;Notices</source>
        <translation>&amp;Notices</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Post</translation>
    </message>
    <message>
        <source>Reading the service status…</source>
        <translation>Reading the service status…</translation>
    </message>
    <message>
        <source>No status page chosen</source>
        <translation>No status page chosen</translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n open incident</numerusform>
            <numerusform>%n open incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the status page; showing what it said at %1. Retrying.</source>
        <translation>Cannot reach the status page; showing what it said at %1. Retrying.</translation>
    </message>
    <message>
        <source>Cannot reach the status page. Retrying.</source>
        <translation>Cannot reach the status page. Retrying.</translation>
    </message>
    <message>
        <source>Live: changes appear the moment they are published.</source>
        <translation>Live: changes appear the moment they are published.</translation>
    </message>
    <message>
        <source>Connecting to the live stream; checking every minute meanwhile.</source>
        <translation>Connecting to the live stream; checking every minute meanwhile.</translation>
    </message>
</context>
</TS>
