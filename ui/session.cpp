#include "ui/session.h"

#include "platform/secretstore.h"
#include "ui/signinpage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcGuiSession, "onestream.gui.session")

namespace Gui {

Session::Session(QNetworkAccessManager& network, Platform::ISecretStore* store, QObject* parent)
    : QObject(parent), m_network(network), m_store(store)
{}

Session::~Session() = default;

QByteArray Session::encodeLogin(const QUrl& server, const QString& email,
                                const Api::ApiTokens& tokens)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("server"), server.toString()},
                                     {QStringLiteral("email"), email},
                                     {QStringLiteral("access_token"), tokens.accessToken},
                                     {QStringLiteral("refresh_token"), tokens.refreshToken}})
        .toJson(QJsonDocument::Compact);
}

void Session::start(const QUrl& server, const QString& email, const Api::ApiTokens& tokens)
{
    if (m_client)
        m_client.release()->deleteLater();
    m_server = server;
    m_email = email;
    m_client = std::make_unique<Api::ApiClient>(m_network, server);
    m_client->setTokens(tokens);
    connect(m_client.get(), &Api::ApiClient::tokensChanged, this, [this] { saveToKeychain(); });
    connect(m_client.get(), &Api::ApiClient::sessionEnded, this, [this] {
        // Not from inside the client's own callback: the client is freed by end().
        QTimer::singleShot(0, this, [this] { end(); });
    });
    qCInfo(lcGuiSession).noquote() << "signed in to" << server.authority();
    emit clientChanged(m_client.get());
}

void Session::restore(const QUrl& server, std::function<void(bool)> done)
{
    if (!m_store) {
        done(false);
        return;
    }
    m_store->readSecret(
        SignInPage::kKeychainKey, this,
        [this, server, done = std::move(done)](Core::Result<QByteArray> stored) {
            const QJsonObject login =
                stored.ok() ? QJsonDocument::fromJson(stored.value()).object() : QJsonObject();
            const Api::ApiTokens tokens{login.value(QStringLiteral("access_token")).toString(),
                                        login.value(QStringLiteral("refresh_token")).toString()};
            if (QUrl(login.value(QStringLiteral("server")).toString()) != server ||
                tokens.refreshToken.isEmpty()) {
                done(false);
                return;
            }
            start(server, login.value(QStringLiteral("email")).toString(), tokens);
            done(true);
        });
}

void Session::saveToKeychain()
{
    if (!m_store || !m_client)
        return;
    m_store->writeSecret(SignInPage::kKeychainKey,
                         encodeLogin(m_server, m_email, m_client->tokens()), this,
                         [](Core::Status stored) {
                             if (!stored.ok()) {
                                 qCWarning(lcGuiSession).noquote()
                                     << "the keychain refused the rotated tokens:"
                                     << stored.error().detail;
                             }
                         });
}

void Session::signOut()
{
    if (m_client)
        m_client.release()->deleteLater();
    if (m_store)
        m_store->deleteSecret(SignInPage::kKeychainKey, this, [](Core::Status) {});
    emit clientChanged(nullptr);
}

void Session::end()
{
    if (!m_client)
        return;
    qCInfo(lcGuiSession) << "the server ended the session";
    m_client.release()->deleteLater();
    if (m_store)
        m_store->deleteSecret(SignInPage::kKeychainKey, this, [](Core::Status) {});
    emit clientChanged(nullptr);
    emit sessionEnded(m_email);
}

} // namespace Gui
