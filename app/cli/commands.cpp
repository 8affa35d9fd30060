#include "app/cli/commands.h"

namespace Cli {

std::span<const Command> commands()
{
    static constexpr Command kCommands[] = {
        {"health", "Check whether a OneStream server is up and ready", &runHealth},
        {"password-check", "Check a password (from stdin) against the service's policy",
         &runPasswordCheck},
        {"status", "Service status, incidents and maintenance from a Statuspage v2 page",
         &runStatus},
    };
    return kCommands;
}

} // namespace Cli
