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
    <message>
        <source>Admin (%1)</source>
        <translation>Admin (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Admin, %n approval(s) waiting</source>
        <translation>
            <numerusform>Admin, %n approval waiting</numerusform>
            <numerusform>Admin, %n approvals waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) failed.</source>
        <translation>
            <numerusform>%n upload failed.</numerusform>
            <numerusform>%n uploads failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) uploaded and verified.</source>
        <translation>
            <numerusform>%n video uploaded and verified.</numerusform>
            <numerusform>%n videos uploaded and verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% — OneStream Studio</source>
        <translation>%1% — OneStream Studio</translation>
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
    <message>
        <source>&amp;Uploads at once:</source>
        <translation>&amp;Uploads at once:</translation>
    </message>
    <message>
        <source>Number of files that upload at the same time</source>
        <translation>Number of files that upload at the same time</translation>
    </message>
    <message>
        <source>Applies at once. The bandwidth cap is shared by all of them.</source>
        <translation>Applies at once. The bandwidth cap is shared by all of them.</translation>
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
    <message>
        <source>Set up the local workspace</source>
        <translation>Set up the local workspace</translation>
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
        <source>• A terminated organisation's data is erased 30 days after its contract ends.</source>
        <translation>• A terminated organisation's data is erased 30 days after its contract ends.</translation>
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
        <source>Enter the server's address, for example https://onestream.example.com.</source>
        <translation>Enter the server's address, for example https://onestream.example.com.</translation>
    </message>
    <message>
        <source>The server's address must start with https://.</source>
        <translation>The server's address must start with https://.</translation>
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
        <source>This account is disabled. Ask your organisation's owner.</source>
        <translation>This account is disabled. Ask your organisation's owner.</translation>
    </message>
    <message>
        <source>Your organisation's contract has ended.</source>
        <translation>Your organisation's contract has ended.</translation>
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
    <message>
        <source>Your organisation requires two-step verification for this account. Add the key below to an authenticator app, enter the six-digit code it shows and sign in again.</source>
        <translation>Your organisation requires two-step verification for this account. Add the key below to an authenticator app, enter the six-digit code it shows and sign in again.</translation>
    </message>
    <message>
        <source>Two-step verification is on for this account: enter the six-digit code from your authenticator app.</source>
        <translation>Two-step verification is on for this account: enter the six-digit code from your authenticator app.</translation>
    </message>
    <message>
        <source>The code is not correct or has expired. Enter the code your authenticator app shows now.</source>
        <translation>The code is not correct or has expired. Enter the code your authenticator app shows now.</translation>
    </message>
    <message>
        <source>Set up two-step verification</source>
        <translation>Set up two-step verification</translation>
    </message>
    <message>
        <source>Open an authenticator app (for example Microsoft Authenticator or Google Authenticator), add an account by entering this key, or open the link on a device that has the app. The app then shows a six-digit code that changes every 30 seconds: enter it under Code and sign in. From then on, signing in asks for the current code.</source>
        <translation>Open an authenticator app (for example Microsoft Authenticator or Google Authenticator), add an account by entering this key, or open the link on a device that has the app. The app then shows a six-digit code that changes every 30 seconds: enter it under Code and sign in. From then on, signing in asks for the current code.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>Key for the authenticator app</source>
        <translation>Key for the authenticator app</translation>
    </message>
    <message>
        <source>Cop&amp;y key</source>
        <translation>Cop&amp;y key</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>otpauth link for the authenticator app</source>
        <translation>otpauth link for the authenticator app</translation>
    </message>
    <message>
        <source>Copy l&amp;ink</source>
        <translation>Copy l&amp;ink</translation>
    </message>
</context>
<context>
    <name>Gui::AdminPage</name>
    <message>
        <source>Loading your roles…</source>
        <translation>Loading your roles…</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Users, roles, privilege approvals and the audit log of your organisation. Sign in to manage them.</source>
        <translation>Users, roles, privilege approvals and the audit log of your organisation. Sign in to manage them.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Signed in as %1 (%2).</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>A&amp;pprovals (%1)</source>
        <translation>A&amp;pprovals (%1)</translation>
    </message>
    <message>
        <source>A&amp;pprovals</source>
        <translation>A&amp;pprovals</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>Au&amp;dit log</source>
        <translation>Au&amp;dit log</translation>
    </message>
    <message>
        <source>&amp;Tenants</source>
        <translation>&amp;Tenants</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>Gui::ApprovalsTab</name>
    <message>
        <source>Approve giving %1 the role %2?</source>
        <translation>Approve giving %1 the role %2?</translation>
    </message>
    <message>
        <source>Reject giving %1 the role %2?</source>
        <translation>Reject giving %1 the role %2?</translation>
    </message>
    <message>
        <source>A different owner must decide this request: nobody approves their own.</source>
        <translation>A different owner must decide this request: nobody approves their own.</translation>
    </message>
    <message>
        <source>Approved: %1 is now %2.</source>
        <translation>Approved: %1 is now %2.</translation>
    </message>
    <message>
        <source>Rejected the role %2 for %1.</source>
        <translation>Rejected the role %2 for %1.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role asked</source>
        <translation>Role asked</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Lapses</translation>
    </message>
    <message>
        <source>Granting owner or admin takes a second owner's approval. Requests you made yourself are decided by another owner.</source>
        <translation>Granting owner or admin takes a second owner's approval. Requests you made yourself are decided by another owner.</translation>
    </message>
    <message>
        <source>Pending role requests</source>
        <translation>Pending role requests</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
</context>
<context>
    <name>Gui::AuditTab</name>
    <message>
        <source>From this day (UTC)</source>
        <translation>From this day (UTC)</translation>
    </message>
    <message>
        <source>Until this day, inclusive (UTC)</source>
        <translation>Until this day, inclusive (UTC)</translation>
    </message>
    <message>
        <source>Checking the chain…</source>
        <translation>Checking the chain…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Exported the audit log to %1.</source>
        <translation>Exported the audit log to %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Actor email</source>
        <translation>Actor email</translation>
    </message>
    <message>
        <source>Filter by actor email</source>
        <translation>Filter by actor email</translation>
    </message>
    <message>
        <source>Action, e.g. POST /v1/tenants</source>
        <translation>Action, e.g. POST /v1/tenants</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filter by action</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Filter by outcome</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Audit log entries</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>The chain's integrity is checked by platform operators and auditors.</source>
        <translation>The chain's integrity is checked by platform operators and auditors.</translation>
    </message>
    <message numerus="yes">
        <source>Chain verified: all %n entries are intact.</source>
        <translation>
            <numerusform>Chain verified: all %n entries are intact.</numerusform>
            <numerusform>Chain verified: all %n entries are intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken: entry %1 is the first that fails (%2).</source>
        <translation>Chain broken: entry %1 is the first that fails (%2).</translation>
    </message>
    <message>
        <source>The chain has not been checked yet.</source>
        <translation>The chain has not been checked yet.</translation>
    </message>
</context>
<context>
    <name>Gui::ConfirmBar</name>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
</context>
<context>
    <name>Gui::ImportDialog</name>
    <message>
        <source>Import users from CSV</source>
        <translation>Import users from CSV</translation>
    </message>
    <message>
        <source>One user per line: email, role, display name. The file is checked first (nothing changes); rows with problems are marked and must be fixed before importing. Owners and admins are invited one by one.</source>
        <translation>One user per line: email, role, display name. The file is checked first (nothing changes); rows with problems are marked and must be fixed before importing. Owners and admins are invited one by one.</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>C&amp;hoose file…</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Rows of the file</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked; no problems. %1 already present.</source>
        <translation>
            <numerusform>%n row checked; no problems. %1 already present.</numerusform>
            <numerusform>%n rows checked; no problems. %1 already present.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; the marked rows must be fixed.</source>
        <translation>
            <numerusform>%n problem found; the marked rows must be fixed.</numerusform>
            <numerusform>%n problems found; the marked rows must be fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n user(s); %1 were already present.</source>
        <translation>
            <numerusform>Imported %n user; %1 were already present.</numerusform>
            <numerusform>Imported %n users; %1 were already present.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>The file has no rows.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>Gui::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Gui::SessionsTab</name>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>End this computer's own session? You will be signed out.</source>
        <translation>End this computer's own session? You will be signed out.</translation>
    </message>
    <message>
        <source>End the session on %1?</source>
        <translation>End the session on %1?</translation>
    </message>
    <message>
        <source>Ended the session on %1.</source>
        <translation>Ended the session on %1.</translation>
    </message>
    <message>
        <source>No user with the email %1 in your organisation.</source>
        <translation>No user with the email %1 in your organisation.</translation>
    </message>
    <message>
        <source>Sign %1 out everywhere?</source>
        <translation>Sign %1 out everywhere?</translation>
    </message>
    <message>
        <source>Signed %1 out everywhere.</source>
        <translation>Signed %1 out everywhere.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Your sessions</source>
        <translation>Your sessions</translation>
    </message>
    <message>
        <source>&amp;End session…</source>
        <translation>&amp;End session…</translation>
    </message>
    <message>
        <source>A user's sessions</source>
        <translation>A user's sessions</translation>
    </message>
    <message>
        <source>Email of a user in your organisation</source>
        <translation>Email of a user in your organisation</translation>
    </message>
    <message>
        <source>Email of the user</source>
        <translation>Email of the user</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>The user's sessions</source>
        <translation>The user's sessions</translation>
    </message>
    <message>
        <source>Sign &amp;out everywhere…</source>
        <translation>Sign &amp;out everywhere…</translation>
    </message>
</context>
<context>
    <name>Gui::TenantsTab</name>
    <message>
        <source>Enter a name, and a contract end as YYYY-MM-DD or nothing.</source>
        <translation>Enter a name, and a contract end as YYYY-MM-DD or nothing.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>Created %1.</translation>
    </message>
    <message>
        <source>Pass this one-time invitation code to %1: %2</source>
        <translation>Pass this one-time invitation code to %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Terminate %1? Its users are signed out at once and its data is erased on %2.</source>
        <translation>Terminate %1? Its users are signed out at once and its data is erased on %2.</translation>
    </message>
    <message>
        <source>Terminated %1; its data is erased on %2.</source>
        <translation>Terminated %1; its data is erased on %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Contract end</translation>
    </message>
    <message>
        <source>Data erased on</source>
        <translation>Data erased on</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Tenants</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Tenant name</source>
        <translation>Tenant name</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>&amp;Seat limit:</source>
        <translation>&amp;Seat limit:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>Seat limit</source>
        <translation>Seat limit</translation>
    </message>
    <message>
        <source>&amp;Contract end:</source>
        <translation>&amp;Contract end:</translation>
    </message>
    <message>
        <source>Contract end date</source>
        <translation>Contract end date</translation>
    </message>
    <message>
        <source>First &amp;owner's email:</source>
        <translation>First &amp;owner's email:</translation>
    </message>
    <message>
        <source>Email of the first owner to invite</source>
        <translation>Email of the first owner to invite</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Ne&amp;w</translation>
    </message>
    <message>
        <source>C&amp;reate tenant</source>
        <translation>C&amp;reate tenant</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>Sa&amp;ve changes</translation>
    </message>
    <message>
        <source>&amp;Terminate…</source>
        <translation>&amp;Terminate…</translation>
    </message>
</context>
<context>
    <name>Gui::UsersTab</name>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) loaded, more on scrolling</source>
        <translation>
            <numerusform>%n user loaded, more on scrolling</numerusform>
            <numerusform>%n users loaded, more on scrolling</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the email address of the person to invite.</source>
        <translation>Enter the email address of the person to invite.</translation>
    </message>
    <message>
        <source>Invited %1. Pass on this one-time invitation code (valid 7 days): %2</source>
        <translation>Invited %1. Pass on this one-time invitation code (valid 7 days): %2</translation>
    </message>
    <message>
        <source>The role %1 takes effect when another owner approves it.</source>
        <translation>The role %1 takes effect when another owner approves it.</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Export users</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Exported the users to %1.</source>
        <translation>Exported the users to %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Disable %1? Their sessions end at once.</source>
        <translation>Disable %1? Their sessions end at once.</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>Disabled %1.</translation>
    </message>
    <message>
        <source>Enabled %1.</source>
        <translation>Enabled %1.</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>Delete %1? This cannot be undone.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Deleted %1.</translation>
    </message>
    <message>
        <source>Reset the password of %1? The old password stops working and every session ends.</source>
        <translation>Reset the password of %1? The old password stops working and every session ends.</translation>
    </message>
    <message>
        <source>Password reset for %1. Pass on this one-time code (valid 24 hours): %2</source>
        <translation>Password reset for %1. Pass on this one-time code (valid 24 hours): %2</translation>
    </message>
    <message>
        <source>Give %1 the role %2?</source>
        <translation>Give %1 the role %2?</translation>
    </message>
    <message>
        <source>Requested the role %1 for %2; another owner must approve it.</source>
        <translation>Requested the role %1 for %2; another owner must approve it.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>Sign %1 out everywhere?</source>
        <translation>Sign %1 out everywhere?</translation>
    </message>
    <message>
        <source>Signed %1 out everywhere.</source>
        <translation>Signed %1 out everywhere.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Search by email or name</source>
        <translation>Search by email or name</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Search users</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>Role filter</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Invite…</translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>Import &amp;CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>E&amp;nable</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>Reset &amp;password</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Change &amp;role</translation>
    </message>
    <message>
        <source>Sign &amp;out everywhere</source>
        <translation>Sign &amp;out everywhere</translation>
    </message>
    <message>
        <source>Invite a person</source>
        <translation>Invite a person</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>Email address to invite</source>
        <translation>Email address to invite</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role of the invited person</source>
        <translation>Role of the invited person</translation>
    </message>
    <message>
        <source>&amp;Send invitation</source>
        <translation>&amp;Send invitation</translation>
    </message>
    <message>
        <source>Invite lin&amp;ks…</source>
        <translation>Invite lin&amp;ks…</translation>
    </message>
    <message>
        <source>Turn off two-step verification for %1 (for a lost or replaced phone)? Every session of theirs ends; they sign in with their password and, where your organisation requires it, set up a new code at that sign-in.</source>
        <translation>Turn off two-step verification for %1 (for a lost or replaced phone)? Every session of theirs ends; they sign in with their password and, where your organisation requires it, set up a new code at that sign-in.</translation>
    </message>
    <message>
        <source>%1 has no two-step verification to turn off.</source>
        <translation>%1 has no two-step verification to turn off.</translation>
    </message>
    <message>
        <source>Two-step verification turned off for %1; their sessions ended.</source>
        <translation>Two-step verification turned off for %1; their sessions ended.</translation>
    </message>
    <message>
        <source>Reset t&amp;wo-step verification</source>
        <translation>Reset t&amp;wo-step verification</translation>
    </message>
    <message>
        <source>For a lost or replaced phone: turns the person's one-time code off and ends their sessions</source>
        <translation>For a lost or replaced phone: turns the person's one-time code off and ends their sessions</translation>
    </message>
</context>
<context>
    <name>Gui::AdminText</name>
    <message>
        <source>Cannot reach the server.</source>
        <translation>Cannot reach the server.</translation>
    </message>
    <message>
        <source>Your session ended; sign in again.</source>
        <translation>Your session ended; sign in again.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <source>Not found; it may have been removed.</source>
        <translation>Not found; it may have been removed.</translation>
    </message>
    <message>
        <source>Not possible in the current state.</source>
        <translation>Not possible in the current state.</translation>
    </message>
    <message>
        <source>The server refused the input.</source>
        <translation>The server refused the input.</translation>
    </message>
    <message>
        <source>The server could not do this.</source>
        <translation>The server could not do this.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Uploader</source>
        <translation>Uploader</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
</context>
<context>
    <name>Gui::FirstOwnerPage</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>The workspace could not be set up: %1</source>
        <translation>The workspace could not be set up: %1</translation>
    </message>
    <message>
        <source>Local workspace</source>
        <translation>Local workspace</translation>
    </message>
    <message>
        <source>The local workspace does not answer: %1</source>
        <translation>The local workspace does not answer: %1</translation>
    </message>
    <message>
        <source>The first owner could not be created: %1</source>
        <translation>The first owner could not be created: %1</translation>
    </message>
    <message>
        <source>Create the first owner</source>
        <translation>Create the first owner</translation>
    </message>
    <message>
        <source>This local workspace has no account yet. Choose the email address and password of its first owner: you sign in with them from now on.</source>
        <translation>This local workspace has no account yet. Choose the email address and password of its first owner: you sign in with them from now on.</translation>
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
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <source>&amp;Create owner and sign in</source>
        <translation>&amp;Create owner and sign in</translation>
    </message>
    <message>
        <source>Create owner and sign in</source>
        <translation>Create owner and sign in</translation>
    </message>
</context>
<context>
    <name>Gui::UploadController</name>
    <message>
        <source>not a video file</source>
        <translation>not a video file</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>a folder, not a file</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file is damaged or incomplete</source>
        <translation>the file is damaged or incomplete</translation>
    </message>
    <message>
        <source>the file has no video</source>
        <translation>the file has no video</translation>
    </message>
    <message>
        <source>the file holds nothing that can be played</source>
        <translation>the file holds nothing that can be played</translation>
    </message>
    <message>
        <source>The upload queue could not be read: %1</source>
        <translation>The upload queue could not be read: %1</translation>
    </message>
    <message>
        <source>encoding failed: %1</source>
        <translation>encoding failed: %1</translation>
    </message>
    <message>
        <source>Sign in to upload: the encoded files wait until then.</source>
        <translation>Sign in to upload: the encoded files wait until then.</translation>
    </message>
    <message>
        <source>cannot reach the server: %1</source>
        <translation>cannot reach the server: %1</translation>
    </message>
    <message>
        <source>signed out; sign in again and retry</source>
        <translation>signed out; sign in again and retry</translation>
    </message>
    <message>
        <source>the server refused the video: %1</source>
        <translation>the server refused the video: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>upload failed: %1</source>
        <translation>upload failed: %1</translation>
    </message>
    <message>
        <source>the server did not confirm the video (%1)</source>
        <translation>the server did not confirm the video (%1)</translation>
    </message>
    <message>
        <source>cannot read the thumbnail: %1</source>
        <translation>cannot read the thumbnail: %1</translation>
    </message>
    <message>
        <source>the server refused the thumbnail: %1</source>
        <translation>the server refused the thumbnail: %1</translation>
    </message>
</context>
<context>
    <name>Gui::LibraryModel</name>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <source>Awaiting upload</source>
        <translation>Awaiting upload</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Public between dates</source>
        <translation>Public between dates</translation>
    </message>
    <message>
        <source>Anyone with the link</source>
        <translation>Anyone with the link</translation>
    </message>
    <message>
        <source>Selected groups</source>
        <translation>Selected groups</translation>
    </message>
    <message>
        <source>Adaptive (HLS)</source>
        <translation>Adaptive (HLS)</translation>
    </message>
    <message>
        <source>MP4</source>
        <translation>MP4</translation>
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
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>Gui::LibraryPage</name>
    <message>
        <source>The library could not be loaded: %1</source>
        <translation>The library could not be loaded: %1</translation>
    </message>
    <message>
        <source>Playback failed: %1</source>
        <translation>Playback failed: %1</translation>
    </message>
    <message>
        <source>Playback needs Qt Multimedia, which this build lacks.</source>
        <translation>Playback needs Qt Multimedia, which this build lacks.</translation>
    </message>
    <message>
        <source>The changes were not saved: %1</source>
        <translation>The changes were not saved: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>“%1” was not deleted: %2</source>
        <translation>“%1” was not deleted: %2</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>“%1” was deleted.</translation>
    </message>
    <message>
        <source>Delete video</source>
        <translation>Delete video</translation>
    </message>
    <message>
        <source>Delete “%1” from OneStream? Viewers will no longer be able to watch it, and this cannot be undone.</source>
        <translation>Delete “%1” from OneStream? Viewers will no longer be able to watch it, and this cannot be undone.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>The video could not be opened.</source>
        <translation>The video could not be opened.</translation>
    </message>
    <message>
        <source>This video has no finished MP4 to play yet.</source>
        <translation>This video has no finished MP4 to play yet.</translation>
    </message>
    <message>
        <source>Downloading for playback…</source>
        <translation>Downloading for playback…</translation>
    </message>
    <message>
        <source>The video could not be downloaded: %1</source>
        <translation>The video could not be downloaded: %1</translation>
    </message>
    <message>
        <source>The video could not be saved for playback.</source>
        <translation>The video could not be saved for playback.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Search titles</source>
        <translation>Search titles</translation>
    </message>
    <message>
        <source>All videos</source>
        <translation>All videos</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <source>Awaiting upload</source>
        <translation>Awaiting upload</translation>
    </message>
    <message>
        <source>Show videos by status</source>
        <translation>Show videos by status</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Edit details…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Play</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Sign in to see your organisation's videos.</source>
        <translation>Sign in to see your organisation's videos.</translation>
    </message>
</context>
<context>
    <name>Gui::UploadQueueModel</name>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Uploading</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verifying</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (paused)</translation>
    </message>
    <message>
        <source>conforms</source>
        <translation>conforms</translation>
    </message>
    <message>
        <source>needs encoding</source>
        <translation>needs encoding</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>none (as is)</source>
        <translation>none (as is)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
</context>
<context>
    <name>Gui::UploadsPage</name>
    <message>
        <source>Add video files</source>
        <translation>Add video files</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Add a folder</translation>
    </message>
    <message>
        <source>Testing which encoders work on this computer…</source>
        <translation>Testing which encoders work on this computer…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Uses %1.</source>
        <translation>Uses %1.</translation>
    </message>
    <message>
        <source>Cannot encode with this choice: %1</source>
        <translation>Cannot encode with this choice: %1</translation>
    </message>
    <message>
        <source>Unavailable here: %1</source>
        <translation>Unavailable here: %1</translation>
    </message>
    <message>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <source>Drop video files or folders here, or add them with the buttons below. Each file is checked at once; press Start to encode and upload. Interrupted uploads continue where they stopped.</source>
        <translation>Drop video files or folders here, or add them with the buttons below. Each file is checked at once; press Start to encode and upload. Interrupted uploads continue where they stopped.</translation>
    </message>
    <message numerus="yes">
        <source>%n upload(s) did not finish last time.</source>
        <translation>
            <numerusform>%n upload did not finish last time.</numerusform>
            <numerusform>%n uploads did not finish last time.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue them</source>
        <translation>&amp;Continue them</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Upload actions</source>
        <translation>Upload actions</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limit:</translation>
    </message>
    <message>
        <source>Upload bandwidth limit</source>
        <translation>Upload bandwidth limit</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>Upload only between</source>
        <translation>Upload only between</translation>
    </message>
    <message>
        <source>Uploads start at</source>
        <translation>Uploads start at</translation>
    </message>
    <message>
        <source>Uploads stop at</source>
        <translation>Uploads stop at</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Preset:</translation>
    </message>
    <message>
        <source>OneStream conformance (MP4)</source>
        <translation>OneStream conformance (MP4)</translation>
    </message>
    <message>
        <source>Adaptive ladder (HLS)</source>
        <translation>Adaptive ladder (HLS)</translation>
    </message>
    <message>
        <source>Upload as is</source>
        <translation>Upload as is</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <source>&amp;Encoder:</source>
        <translation>&amp;Encoder:</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <source>Upload queue</source>
        <translation>Upload queue</translation>
    </message>
</context>
<context>
    <name>Gui::VideoMetadataDialog</name>
    <message>
        <source>Only playable between:</source>
        <translation>Only playable between:</translation>
    </message>
    <message>
        <source>Scheduled premiere at:</source>
        <translation>Scheduled premiere at:</translation>
    </message>
    <message>
        <source>Video details</source>
        <translation>Video details</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, separated by commas</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Public between dates</source>
        <translation>Public between dates</translation>
    </message>
    <message>
        <source>Anyone with the link</source>
        <translation>Anyone with the link</translation>
    </message>
    <message>
        <source>Selected groups</source>
        <translation>Selected groups</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Visibility</translation>
    </message>
    <message>
        <source>Group IDs, separated by commas</source>
        <translation>Group IDs, separated by commas</translation>
    </message>
    <message>
        <source>Public from</source>
        <translation>Public from</translation>
    </message>
    <message>
        <source>Public until</source>
        <translation>Public until</translation>
    </message>
    <message>
        <source>Playable from</source>
        <translation>Playable from</translation>
    </message>
    <message>
        <source>Playable until</source>
        <translation>Playable until</translation>
    </message>
    <message>
        <source>Premiere at</source>
        <translation>Premiere at</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>&amp;Visibility:</translation>
    </message>
    <message>
        <source>Public from:</source>
        <translation>Public from:</translation>
    </message>
    <message>
        <source>Public until:</source>
        <translation>Public until:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Groups:</translation>
    </message>
    <message>
        <source>Playable from:</source>
        <translation>Playable from:</translation>
    </message>
    <message>
        <source>Playable until:</source>
        <translation>Playable until:</translation>
    </message>
    <message>
        <source>Enter a title.</source>
        <translation>Enter a title.</translation>
    </message>
    <message>
        <source>The end of the public period must come after its start.</source>
        <translation>The end of the public period must come after its start.</translation>
    </message>
    <message>
        <source>Name at least one group.</source>
        <translation>Name at least one group.</translation>
    </message>
    <message>
        <source>The end of the playback window must come after its start.</source>
        <translation>The end of the playback window must come after its start.</translation>
    </message>
    <message>
        <source>T&amp;humbnail:</source>
        <translation>T&amp;humbnail:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>The best poster frame (adaptive ladder) or none</source>
        <translation>The best poster frame (adaptive ladder) or none</translation>
    </message>
    <message>
        <source>Thumbnail image file</source>
        <translation>Thumbnail image file</translation>
    </message>
    <message>
        <source>Choose a thumbnail image</source>
        <translation>Choose a thumbnail image</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>The thumbnail file does not exist.</source>
        <translation>The thumbnail file does not exist.</translation>
    </message>
</context>
<context>
    <name>Gui::VideoPlayer</name>
    <message>
        <source>Playback needs Qt Multimedia, which this build lacks.</source>
        <translation>Playback needs Qt Multimedia, which this build lacks.</translation>
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
        <source>Affected component's status</source>
        <translation>Affected component's status</translation>
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
        <source>Sign in to see this month's availability and the uptime history.</source>
        <translation>Sign in to see this month's availability and the uptime history.</translation>
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
        <source>Notices and incident updates sent to your organisation's owners and admins. Select one and press Enter to mark it as read.</source>
        <translation>Notices and incident updates sent to your organisation's owners and admins. Select one and press Enter to mark it as read.</translation>
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
<context>
    <name>Gui::InviteLinksPanel</name>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Choose a deadline in the future.</source>
        <translation>Choose a deadline in the future.</translation>
    </message>
    <message>
        <source>Created the link. Pass on its sign-up code; it is shown only now.</source>
        <translation>Created the link. Pass on its sign-up code; it is shown only now.</translation>
    </message>
    <message>
        <source>Revoke this invite link? Nobody can sign up through it any more.</source>
        <translation>Revoke this invite link? Nobody can sign up through it any more.</translation>
    </message>
    <message>
        <source>Revoked the invite link.</source>
        <translation>Revoked the invite link.</translation>
    </message>
    <message>
        <source>Approved the account of %1.</source>
        <translation>Approved the account of %1.</translation>
    </message>
    <message>
        <source>Rejected the sign-up of %1.</source>
        <translation>Rejected the sign-up of %1.</translation>
    </message>
    <message>
        <source>Invite links</source>
        <translation>Invite links</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>Signed up</translation>
    </message>
    <message>
        <source>Sign-up &amp;cap:</source>
        <translation>Sign-up &amp;cap:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>Default r&amp;ole:</source>
        <translation>Default r&amp;ole:</translation>
    </message>
    <message>
        <source>Sign-up code:</source>
        <translation>Sign-up code:</translation>
    </message>
    <message>
        <source>Sign-up cap</source>
        <translation>Sign-up cap</translation>
    </message>
    <message>
        <source>Deadline of the link</source>
        <translation>Deadline of the link</translation>
    </message>
    <message>
        <source>Role of new accounts</source>
        <translation>Role of new accounts</translation>
    </message>
    <message>
        <source>An admin must &amp;approve new accounts</source>
        <translation>An admin must &amp;approve new accounts</translation>
    </message>
    <message>
        <source>An admin must approve new accounts</source>
        <translation>An admin must approve new accounts</translation>
    </message>
    <message>
        <source>Create &amp;link</source>
        <translation>Create &amp;link</translation>
    </message>
    <message>
        <source>Sign-up code of the new link</source>
        <translation>Sign-up code of the new link</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <source>Copy the sign-up code</source>
        <translation>Copy the sign-up code</translation>
    </message>
    <message>
        <source>Re&amp;voke link</source>
        <translation>Re&amp;voke link</translation>
    </message>
    <message>
        <source>Pending sign-ups</source>
        <translation>Pending sign-ups</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>Appro&amp;ve</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;ject</translation>
    </message>
</context>
</TS>
