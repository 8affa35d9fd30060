#pragma once

// The CLI's connection to a OneStream server: credentials and one-request-at-a-time calls
// through Api::ApiClient (a command-line tool may wait; the GUI never does).
//
// Credentials, in this order:
// 1. ONESTREAM_TOKEN (an access token) with ONESTREAM_SERVER or --server: for scripts and CI,
//    where no keychain prompt can be answered. Nothing is stored.
// 2. The OS keychain entry written by `onestream login` (server, email, access and refresh
//    tokens); refreshed tokens are written back. Nothing secret goes to a file or a log.

#include "core/api/apiclient.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>

#include <memory>
#include <optional>

namespace Platform {
class ISecretStore;
}

namespace Cli {

struct StoredLogin
{
    QUrl server;
    QString email;
    Api::ApiTokens tokens;
};

class ApiSession
{
public:
    explicit ApiSession(QString command);
    ~ApiSession();

    // Loads credentials (see above). Prints why and returns false when there are none.
    bool open(const QString& serverOverride = {});
    // A session without credentials (login, accept-invite).
    bool openAnonymous(const QString& server);

    // Sends one request and waits for its answer (any HTTP status).
    Core::Result<Api::ApiResponse> call(const QByteArray& method, const QString& pathAndQuery,
                                        const QJsonObject& body = {},
                                        Api::Creates creates = Api::Creates::No);
    // Sends a non-JSON body (CSV) and waits.
    Core::Result<Api::ApiResponse> callRaw(const QByteArray& method, const QString& pathAndQuery,
                                           const QByteArray& body, const QByteArray& contentType);
    // As call(), but prints the failure ("onestream <command>: 403 Forbidden: ...") and
    // returns nothing unless the status is 2xx.
    std::optional<Api::ApiResponse> callOk(const QByteArray& method, const QString& pathAndQuery,
                                           const QJsonObject& body = {},
                                           Api::Creates creates = Api::Creates::No);
    // The --tenant value, or the signed-in user's own tenant; empty (message printed) if none.
    QString tenantId(const QString& option);

    // Keychain access for login/logout (synchronous wrappers over Platform::ISecretStore).
    Core::Status storeLogin(const StoredLogin& login);
    Core::Result<StoredLogin> loadLogin();
    Core::Status forgetLogin();

    [[nodiscard]] Api::ApiClient& client() { return *m_client; }
    [[nodiscard]] bool fromEnvironment() const { return m_fromEnvironment; }
    [[nodiscard]] const QString& command() const { return m_command; }

private:
    void connectClient(const QUrl& server);

    QString m_command;
    QNetworkAccessManager m_network;
    std::unique_ptr<Platform::ISecretStore> m_store;
    std::unique_ptr<Api::ApiClient> m_client;
    StoredLogin m_login;
    bool m_fromEnvironment = false;
};

// "/v1/x?a=1&b=2" from pairs, skipping empty values; values percent-encoded.
QString withQuery(const QString& path, const QList<QPair<QString, QString>>& query);
// Reads one line from stdin (passwords, tokens), without the line end.
QString readStdinLine();
// Prints items as aligned columns (a header, then one row per item).
void printTable(const QJsonArray& items, const QStringList& columns);

} // namespace Cli

namespace Cli {

// "onestream <group> <sub> ...": the subcommand and the arguments for its parser; nothing
// (usage printed) when the subcommand is not one of subcommands.
std::optional<QPair<QString, QStringList>>
splitSubcommand(const QStringList& arguments, const QString& group, const QStringList& subcommands);
// A list page as a table (items with columns), or the whole page as JSON.
int printItems(const Api::ApiResponse& reply, bool json, const QStringList& columns);
// An object as JSON, or a one-line summary.
int printObject(const Api::ApiResponse& reply, bool json, const QString& summary);

} // namespace Cli
