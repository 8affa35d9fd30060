#pragma once

// The `onestream` CLI's commands. Each lives in its own cmd_*.cpp; the table in commands.cpp
// lists them for dispatch and --help. A command gets its own arguments (argv after its name,
// with the program name first so that QCommandLineParser can process them) and returns the
// process exit code: 0 success, 1 failure, 2 usage error.

#include <QStringList>

#include <span>

namespace Cli {

struct Command
{
    const char* name;
    const char* summary;
    int (*run)(const QStringList& arguments);
};

[[nodiscard]] std::span<const Command> commands();

int runHealth(const QStringList& arguments);
int runPasswordCheck(const QStringList& arguments);
int runLogin(const QStringList& arguments);
int runLogout(const QStringList& arguments);
int runWhoami(const QStringList& arguments);
int runAcceptInvite(const QStringList& arguments);
int runTenants(const QStringList& arguments);
int runUsers(const QStringList& arguments);
int runApprovals(const QStringList& arguments);
int runAudit(const QStringList& arguments);
int runProbe(const QStringList& arguments);
int runEncoders(const QStringList& arguments);
int runEncode(const QStringList& arguments);
int runQueue(const QStringList& arguments);
int runStatus(const QStringList& arguments);
int runIncidents(const QStringList& arguments);
int runMaintenance(const QStringList& arguments);
int runNotices(const QStringList& arguments);
int runAvailability(const QStringList& arguments);
int runGroups(const QStringList& arguments);
int runUpload(const QStringList& arguments);
int runVideos(const QStringList& arguments);
int runInviteLinks(const QStringList& arguments);
int runSignup(const QStringList& arguments);
int runSecurity(const QStringList& arguments);
int runTotp(const QStringList& arguments);

} // namespace Cli
