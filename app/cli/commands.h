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
int runUpload(const QStringList& arguments);
int runVideos(const QStringList& arguments);

} // namespace Cli
