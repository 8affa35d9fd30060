#pragma once

// The signed-in session of the GUI: one Api::ApiClient with the tokens, kept in the OS
// keychain (Platform::ISecretStore, the entry the CLI shares) and written again whenever the
// client rotates them. Pages receive the client through MainWindow::setClient(); when the
// server refuses the refresh token the session ends (sessionEnded) and the app explains it on
// the sign-in page instead of failing silently.

#include "core/api/apiclient.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Platform {
class ISecretStore;
}

namespace Gui {

class Session : public QObject
{
    Q_OBJECT
public:
    // store may be null (tokens then live only in memory, for this run).
    Session(QNetworkAccessManager& network, Platform::ISecretStore* store,
            QObject* parent = nullptr);
    ~Session() override;

    // Starts a session with fresh tokens (after the sign-in page's signedIn). The sign-in page
    // already stored them; the session stores every rotation after that.
    void start(const QUrl& server, const QString& email, const Api::ApiTokens& tokens);
    // Reads the keychain; when it holds a sign-in for server, starts the session with it.
    // done(true) when a session was restored.
    void restore(const QUrl& server, std::function<void(bool)> done);
    // Writes the current tokens to the keychain (start() does not: the sign-in page already
    // did; a session created another way calls this).
    void saveToKeychain();
    // Signs out: forgets the client and deletes the stored tokens.
    void signOut();

    [[nodiscard]] Api::ApiClient* client() const { return m_client.get(); }
    [[nodiscard]] QString email() const { return m_email; }
    [[nodiscard]] QUrl server() const { return m_server; }
    [[nodiscard]] bool active() const { return m_client != nullptr; }

    // The keychain record ({server, email, access_token, refresh_token}) shared with the CLI.
    [[nodiscard]] static QByteArray encodeLogin(const QUrl& server, const QString& email,
                                                const Api::ApiTokens& tokens);

signals:
    // A new client (or null after sign-out or the end of the session).
    void clientChanged(Api::ApiClient* client);
    // The server ended the session (refresh token expired or revoked); email is kept so the
    // sign-in page can prefill it.
    void sessionEnded(const QString& email);

private:
    void end();

    QNetworkAccessManager& m_network;
    Platform::ISecretStore* m_store;
    std::unique_ptr<Api::ApiClient> m_client;
    QUrl m_server;
    QString m_email;
};

} // namespace Gui
