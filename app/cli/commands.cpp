#include "app/cli/commands.h"

namespace Cli {

std::span<const Command> commands()
{
    static constexpr Command kCommands[] = {
        {"health", "Check whether a OneStream server is up and ready", &runHealth},
        {"password-check", "Check a password (from stdin) against the service's policy",
         &runPasswordCheck},
        {"login", "Sign in to a server (password from stdin)", &runLogin},
        {"logout", "Sign out and forget the stored login", &runLogout},
        {"whoami", "Show who you are signed in as", &runWhoami},
        {"accept-invite", "Accept an invitation and set your password", &runAcceptInvite},
        {"tenants", "Tenants: list|show|create|update|terminate (operators)", &runTenants},
        {"users", "Users: list|show|invite|disable|enable|delete|set-role|reset-password|...",
         &runUsers},
        {"invite-links", "Invite links: create|list|revoke; sign-ups: signups|approve|reject",
         &runInviteLinks},
        {"signup", "Create an account through an invite link (password from stdin)", &runSignup},
        {"security", "Sign-in policy: show|require-totp on|off (tenant or --platform)",
         &runSecurity},
        {"totp", "Your one-time code: on|confirm CODE|off CODE", &runTotp},
        {"groups", "Member groups: list|create|rename|delete|members|add|remove", &runGroups},
        {"approvals", "Role requests: list|approve|reject (four-eyes)", &runApprovals},
        {"audit", "Audit log: list|export|verify", &runAudit},
        {"probe", "Describe a media file and check it against the upload format", &runProbe},
        {"encoders", "List the video encoders and whether each one works here", &runEncoders},
        {"encode", "Encode a file with a preset (onestream, ladder)", &runEncode},
        {"queue", "The persistent encode queue: add, list, run, pause, resume, cancel, retry",
         &runQueue},
        {"status", "Service status, incidents and maintenance from a Statuspage v2 page",
         &runStatus},
        {"incidents", "Status incidents: create|update|resolve|list (operators)", &runIncidents},
        {"maintenance", "Scheduled maintenance: schedule|start|complete|list (operators)",
         &runMaintenance},
        {"notices", "Notices to tenants: publish|list (operators)", &runNotices},
        {"availability", "Monthly availability vs the 99.9% target (operators, auditors)",
         &runAvailability},
        {"upload", "Upload files (resumable, tus) into the video library", &runUpload},
        {"videos", "List, show, update or delete videos", &runVideos},
    };
    return kCommands;
}

} // namespace Cli
