#include "app/cli/commands.h"

namespace Cli {

std::span<const Command> commands()
{
    static constexpr Command kCommands[] = {
        {"health", "Check whether a OneStream server is up and ready", &runHealth},
        {"password-check", "Check a password (from stdin) against the service's policy",
         &runPasswordCheck},
        {"probe", "Describe a media file and check it against the upload format", &runProbe},
        {"encoders", "List the video encoders and whether each one works here", &runEncoders},
        {"encode", "Encode a file with a preset (onestream, ladder)", &runEncode},
        {"queue", "The persistent encode queue: add, list, run, pause, resume, cancel, retry",
         &runQueue},
    };
    return kCommands;
}

} // namespace Cli
