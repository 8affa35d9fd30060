#include "app/cli/apisession.h"

#include "app/cli/output.h"
#include "platform/secretstore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QUrlQuery>

#include <iostream>
#include <string>

namespace Cli {

namespace {

const QString kKeychainService = QStringLiteral("onestream-cli");
const QString kKeychainKey = QStringLiteral("login");

template <typename T, typename Start> T waitFor(Start start)
{
    std::optional<T> result;
    QEventLoop loop;
    QObject guard;
    start(&guard, [&](T value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace

ApiSession::ApiSession(QString command)
    : m_command(std::move(command)), m_store(Platform::createKeychainSecretStore(kKeychainService))
{}

ApiSession::~ApiSession() = default;

void ApiSession::connectClient(const QUrl& server)
{
    m_client = std::make_unique<Api::ApiClient>(m_network, server);
    QObject::connect(m_client.get(), &Api::ApiClient::clockSkewDetected, m_client.get(),
                     [this](qint64 skew) {
                         err() << "onestream " << m_command << ": warning: the server's clock "
                               << "differs from this computer's by " << skew << " seconds\n";
                         err().flush();
                     });
    QObject::connect(m_client.get(), &Api::ApiClient::tokensChanged, m_client.get(),
                     [this](const Api::ApiTokens& tokens) {
                         if (m_fromEnvironment)
                             return;
                         m_login.tokens = tokens;
                         if (auto stored = storeLogin(m_login); !stored)
                             fail(m_command, QStringLiteral("cannot store refreshed tokens: ") +
                                                 stored.error().detail);
                     });
}

bool ApiSession::openAnonymous(const QString& server)
{
    const QUrl url(server);
    if (server.isEmpty() || !url.isValid() || url.scheme().isEmpty()) {
        fail(m_command,
             QStringLiteral("give the server with --server URL, for example "
                            "--server http://127.0.0.1:8443"),
             2);
        return false;
    }
    m_login.server = url;
    connectClient(url);
    return true;
}

bool ApiSession::open(const QString& serverOverride)
{
    const QString envToken = qEnvironmentVariable("ONESTREAM_TOKEN");
    if (!envToken.isEmpty()) {
        const QString server =
            serverOverride.isEmpty() ? qEnvironmentVariable("ONESTREAM_SERVER") : serverOverride;
        if (!openAnonymous(server))
            return false;
        m_fromEnvironment = true;
        m_client->setTokens({envToken, {}});
        return true;
    }
    auto login = loadLogin();
    if (!login) {
        fail(m_command, login.error().code == Core::ErrorCode::NotFound
                            ? QStringLiteral("not signed in; run `onestream login` first (or set "
                                             "ONESTREAM_TOKEN and ONESTREAM_SERVER)")
                            : QStringLiteral("cannot read the keychain (%1); in scripts set "
                                             "ONESTREAM_TOKEN and ONESTREAM_SERVER")
                                  .arg(login.error().detail));
        return false;
    }
    m_login = login.value();
    connectClient(serverOverride.isEmpty() ? m_login.server : QUrl(serverOverride));
    m_client->setTokens(m_login.tokens);
    return true;
}

Core::Result<Api::ApiResponse> ApiSession::call(const QByteArray& method,
                                                const QString& pathAndQuery,
                                                const QJsonObject& body, Api::Creates creates)
{
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return waitFor<Core::Result<Api::ApiResponse>>([&](QObject* guard, auto done) {
        m_client->send(method, pathAndQuery, payload, guard, done, creates);
    });
}

Core::Result<Api::ApiResponse> ApiSession::callRaw(const QByteArray& method,
                                                   const QString& pathAndQuery,
                                                   const QByteArray& body,
                                                   const QByteArray& contentType)
{
    return waitFor<Core::Result<Api::ApiResponse>>([&](QObject* guard, auto done) {
        m_client->send(method, pathAndQuery, body, guard, done, Api::Creates::No, contentType);
    });
}

std::optional<Api::ApiResponse> ApiSession::callOk(const QByteArray& method,
                                                   const QString& pathAndQuery,
                                                   const QJsonObject& body, Api::Creates creates)
{
    auto response = call(method, pathAndQuery, body, creates);
    if (!response) {
        fail(m_command, QStringLiteral("cannot reach %1: %2")
                            .arg(m_client->baseUrl().toString(), response.error().detail));
        return std::nullopt;
    }
    if (!response->ok()) {
        QString message = response->problemSummary();
        if (response->status == 401 && !m_fromEnvironment)
            message += QStringLiteral(" (sign in again with `onestream login`)");
        const QJsonArray rules = response->json().value(QStringLiteral("failed_rules")).toArray();
        if (!rules.isEmpty()) {
            QStringList names;
            for (const QJsonValue& rule : rules)
                names.append(rule.toString());
            message += QStringLiteral(" [") + names.join(QStringLiteral(", ")) + QLatin1Char(']');
        }
        fail(m_command, message);
        return std::nullopt;
    }
    return response.value();
}

QString ApiSession::tenantId(const QString& option)
{
    if (!option.isEmpty())
        return option;
    const auto me = callOk("GET", QStringLiteral("/v1/me"));
    if (!me)
        return {};
    const QString tenant = me->json().value(QStringLiteral("tenant_id")).toString();
    if (tenant.isEmpty())
        fail(m_command, QStringLiteral("you belong to no tenant; give one with --tenant ID"), 2);
    return tenant;
}

Core::Status ApiSession::storeLogin(const StoredLogin& login)
{
    const QByteArray secret =
        QJsonDocument(QJsonObject{
                          {QStringLiteral("server"), login.server.toString()},
                          {QStringLiteral("email"), login.email},
                          {QStringLiteral("access_token"), login.tokens.accessToken},
                          {QStringLiteral("refresh_token"), login.tokens.refreshToken},
                      })
            .toJson(QJsonDocument::Compact);
    return waitFor<Core::Status>([&](QObject* guard, auto done) {
        m_store->writeSecret(kKeychainKey, secret, guard, done);
    });
}

Core::Result<StoredLogin> ApiSession::loadLogin()
{
    auto secret = waitFor<Core::Result<QByteArray>>(
        [&](QObject* guard, auto done) { m_store->readSecret(kKeychainKey, guard, done); });
    if (!secret)
        return secret.error();
    const QJsonObject object = QJsonDocument::fromJson(secret.value()).object();
    StoredLogin login;
    login.server = QUrl(object.value(QStringLiteral("server")).toString());
    login.email = object.value(QStringLiteral("email")).toString();
    login.tokens.accessToken = object.value(QStringLiteral("access_token")).toString();
    login.tokens.refreshToken = object.value(QStringLiteral("refresh_token")).toString();
    if (!login.server.isValid() || login.tokens.accessToken.isEmpty())
        return Core::makeError(Core::ErrorCode::NotFound, QStringLiteral("no stored login"));
    return login;
}

Core::Status ApiSession::forgetLogin()
{
    return waitFor<Core::Status>(
        [&](QObject* guard, auto done) { m_store->deleteSecret(kKeychainKey, guard, done); });
}

QString withQuery(const QString& path, const QList<QPair<QString, QString>>& query)
{
    QUrlQuery encoded;
    for (const auto& [name, value] : query) {
        if (!value.isEmpty())
            encoded.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    }
    const QString text = encoded.toString(QUrl::FullyEncoded);
    return text.isEmpty() ? path : path + QLatin1Char('?') + text;
}

QString readStdinLine()
{
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromUtf8(line.c_str());
}

void printTable(const QJsonArray& items, const QStringList& columns)
{
    QList<QStringList> rows;
    rows.append(columns);
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        QStringList row;
        for (const QString& column : columns) {
            const QJsonValue cell = item.value(column);
            if (cell.isArray()) {
                QStringList parts;
                for (const QJsonValue& part : cell.toArray())
                    parts.append(part.toVariant().toString());
                row.append(parts.join(QLatin1Char(',')));
            } else if (cell.isNull() || cell.isUndefined()) {
                row.append(QStringLiteral("-"));
            } else {
                row.append(cell.toVariant().toString());
            }
        }
        rows.append(row);
    }
    QList<qsizetype> widths(columns.size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += (i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i]);
        out() << line << "\n";
    }
    out().flush();
}

} // namespace Cli
