// onestream health --server URL [--json]: the readiness of a server, from GET /readyz.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/api/healthclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace Cli {

int runHealth(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Check whether a OneStream server is ready."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QStringLiteral("Server base URL."), QStringLiteral("URL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the result as JSON."));
    parser.addOptions({serverOption, jsonOption});
    parser.process(arguments);

    const QUrl server(parser.value(serverOption));
    if (!parser.isSet(serverOption) || !server.isValid() || server.scheme().isEmpty()) {
        return fail(QStringLiteral("health"),
                    QStringLiteral("give the server with --server URL, for example "
                                   "--server http://127.0.0.1:8443"),
                    2);
    }

    QNetworkAccessManager network;
    Api::HealthClient client(network);
    int exitCode = 1;
    client.checkReady(
        server, QCoreApplication::instance(), [&](Core::Result<Api::HealthReport> result) {
            if (!result) {
                fail(QStringLiteral("health"), QStringLiteral("cannot reach %1: %2")
                                                   .arg(server.toString(), result.error().detail));
                exitCode = 1;
            } else if (parser.isSet(jsonOption)) {
                QJsonObject checks;
                for (auto it = result->checks.cbegin(); it != result->checks.cend(); ++it)
                    checks.insert(it.key(), it.value());
                printJson(QJsonDocument(QJsonObject{{QStringLiteral("server"), server.toString()},
                                                    {QStringLiteral("status"), result->status},
                                                    {QStringLiteral("version"), result->version},
                                                    {QStringLiteral("checks"), checks}}));
                exitCode = result->ready() ? 0 : 1;
            } else {
                out() << server.toString() << ": " << result->status << " (server "
                      << result->version << ")\n";
                for (auto it = result->checks.cbegin(); it != result->checks.cend(); ++it)
                    out() << "  " << it.key() << ": " << it.value() << "\n";
                out().flush();
                exitCode = result->ready() ? 0 : 1;
            }
            QCoreApplication::exit(exitCode);
        });
    QCoreApplication::exec();
    return exitCode;
}

} // namespace Cli
