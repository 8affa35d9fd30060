#include "app/cli/commands.h"

namespace Cli {

std::span<const Command> commands()
{
    static constexpr Command kCommands[] = {
        {"health", "Check whether a OneStream server is up and ready", &runHealth},
        {"password-check", "Check a password (from stdin) against the service's policy",
         &runPasswordCheck},
        {"upload", "Upload files (resumable, tus) into the video library", &runUpload},
        {"videos", "List, show, update or delete videos", &runVideos},
    };
    return kCommands;
}

} // namespace Cli
