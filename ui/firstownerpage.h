#pragma once

// The local workspace's first run: the embedded server has no account yet, so the app offers
// "create the first owner" (email, password with the live checklist). Behind the scenes it
// seats a platform operator for the workspace with a random password that is never stored
// or shown (app/ passes the in-process bootstrap, Server::initPlatformOperator, as
// createOperator; it runs on a worker thread because hashing takes a moment), then, over the
// loopback API, creates the tenant "Local workspace" with the owner's email, accepts the
// owner's invitation with the chosen password and signs the owner in.

#include "core/api/apiclient.h"
#include "core/result.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace Gui {

class PasswordChecklist;

class FirstOwnerPage : public QWidget
{
    Q_OBJECT
public:
    using CreateOperator =
        std::function<Core::Status(const QString& email, const QString& password)>;

    FirstOwnerPage(QNetworkAccessManager& network, QUrl server, CreateOperator createOperator,
                   QWidget* parent = nullptr);
    ~FirstOwnerPage() override;

    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool busy() const { return m_busy; }

public slots:
    void create();

signals:
    void created(const QUrl& server, const QString& email, const Api::ApiTokens& tokens);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButton();
    void fail(const QString& text);
    void step(const QByteArray& method, const QString& path, const QJsonObject& body, int expected,
              std::function<void(const QJsonObject&)> next);

    QNetworkAccessManager& m_network;
    QUrl m_server;
    CreateOperator m_createOperator;
    std::unique_ptr<Api::ApiClient> m_client;
    bool m_busy = false;
    QLabel* m_heading;
    QLabel* m_intro;
    QLabel* m_emailLabel;
    QLineEdit* m_email;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_confirmLabel;
    QLineEdit* m_confirm;
    PasswordChecklist* m_checklist;
    QPushButton* m_create;
    QLabel* m_error;
};

} // namespace Gui
