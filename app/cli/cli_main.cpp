// onestream: the OneStream Studio command line. Links only core and platform: proof that the
// engine needs no window.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/api/tlspolicy.h"
#include "core/media/logging.h"
#include "core/version.h"

#include <QCoreApplication>

#include <cstring>

namespace {

void printUsage()
{
    Cli::out() << "Usage: onestream <command> [options]\n\n"
                  "OneStream Studio from a terminal or a script: probe, encode, upload, service "
                  "status and tenant administration.\n\n"
                  "Commands:\n";
    for (const Cli::Command& command : Cli::commands())
        Cli::out() << "  " << QString::fromLatin1(command.name).leftJustified(16) << " "
                   << command.summary << "\n";
    Cli::out() << "\nOptions:\n"
                  "  -h, --help       Show this help; `onestream <command> --help` for a "
                  "command's options\n"
                  "  -v, --version    Show the version\n"
                  "  --ca-file FILE   Also trust the CA certificates (PEM) in FILE for HTTPS, "
                  "for a\n"
                  "                   self-hosted server with its own CA (default: "
                  "$ONESTREAM_CA_FILE)\n";
    Cli::out().flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onestream"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(Core::kOrganization));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(Core::kVersion));
    Media::routeLibavLogging();

    QStringList arguments = QCoreApplication::arguments();
    // --ca-file FILE is a global option: accepted anywhere and taken out before the command's
    // own parser sees the arguments.
    QString caFile;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--ca-file") && i + 1 < arguments.size()) {
            caFile = arguments[i + 1];
            arguments.remove(i, 2);
            break;
        }
        if (arguments[i].startsWith(QLatin1String("--ca-file="))) {
            caFile = arguments[i].mid(10);
            arguments.remove(i);
            break;
        }
    }
    if (auto tls = Api::installTlsPolicy(caFile); !tls) {
        Cli::err() << "onestream: " << tls.error().detail << "\n";
        Cli::err().flush();
        return 1;
    }
    if (arguments.size() < 2 || arguments[1] == QLatin1String("--help") ||
        arguments[1] == QLatin1String("-h") || arguments[1] == QLatin1String("help")) {
        printUsage();
        return arguments.size() < 2 ? 2 : 0;
    }
    if (arguments[1] == QLatin1String("--version") || arguments[1] == QLatin1String("-v")) {
        Cli::out() << "onestream " << Core::kVersion << "\n";
        Cli::out().flush();
        return 0;
    }
    for (const Cli::Command& command : Cli::commands()) {
        if (arguments[1] == QLatin1String(command.name)) {
            QStringList commandArguments = arguments.mid(2);
            commandArguments.prepend(QStringLiteral("onestream ") + arguments[1]);
            return command.run(commandArguments);
        }
    }
    Cli::err() << "onestream: unknown command '" << arguments[1]
               << "'. Run `onestream --help` for the list.\n";
    Cli::err().flush();
    return 2;
}
