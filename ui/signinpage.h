#pragma once

// Sign-in: where to work (OneStream cloud, a self-hosted server or the local workspace),
// email, password and a TOTP code when enrolled. When the organisation requires a code of an
// account that has none yet, the server's pending key is shown to add to an authenticator app
// (copyable, with its otpauth link), and signing in with the app's code enrols it. Signs in with
// the control API (POST /v1/auth/login) through Api::ApiClient, asynchronously, and keeps the
// tokens only in the OS keychain (Platform::ISecretStore), in the same entry the CLI uses, so
// `onestream` and the GUI share one sign-in. A session that ended (expired, revoked) is explained,
// not silent.

#include "core/api/apiclient.h"

#include <QUrl>
#include <QWidget>

#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace Platform {
class ISecretStore;
}

namespace Gui {

class SignInPage : public QWidget
{
    Q_OBJECT
public:
    enum class Where
    {
        Cloud = 0,
        SelfHosted,
        LocalWorkspace,
    };

    // The keychain entry shared with the CLI (app/cli/apisession.cpp).
    static inline const QString kKeychainKey = QStringLiteral("login");

    // store may be null (tokens then live only in memory, for this run).
    SignInPage(QNetworkAccessManager& network, Platform::ISecretStore* store,
               QWidget* parent = nullptr);
    ~SignInPage() override;

    void setCloudUrl(const QUrl& url);
    void setSelfHostedUrl(const QUrl& url);
    // The embedded server of --local; an empty URL disables the choice.
    void setLocalWorkspaceUrl(const QUrl& url);
    void setWhere(Where where);
    [[nodiscard]] Where where() const;
    [[nodiscard]] QUrl serverUrl() const;

    // Explains that the previous session ended and asks to sign in again (email kept).
    void showSessionEnded(const QString& email);
    [[nodiscard]] QString noticeText() const;
    [[nodiscard]] QString errorText() const;
    // The key shown for enrolment (base32, no spaces); empty when none is shown.
    [[nodiscard]] QString enrolmentKey() const;
    [[nodiscard]] bool busy() const { return m_client != nullptr; }

public slots:
    void signIn();

signals:
    void signedIn(const QUrl& server, const QString& email, const Api::ApiTokens& tokens);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateServerField();
    void finish(Core::Result<Api::ApiResponse> reply);
    void setError(const QString& text);
    void showEnrolment(const QJsonObject& totp);
    void hideEnrolment();

    QNetworkAccessManager& m_network;
    Platform::ISecretStore* m_store;
    std::unique_ptr<Api::ApiClient> m_client;
    QUrl m_cloudUrl;
    QUrl m_localUrl;
    QString m_selfHostedText;
    QLabel* m_heading;
    QLabel* m_notice;
    QLabel* m_whereLabel;
    QComboBox* m_where;
    QLabel* m_serverLabel;
    QLineEdit* m_server;
    QLabel* m_emailLabel;
    QLineEdit* m_email;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_totpLabel;
    QLineEdit* m_totp;
    QGroupBox* m_enrol;
    QLabel* m_enrolText;
    QLabel* m_enrolKeyLabel;
    QLineEdit* m_enrolKey;
    QPushButton* m_copyKey;
    QLabel* m_enrolLinkLabel;
    QLineEdit* m_enrolLink;
    QPushButton* m_copyLink;
    QString m_enrolSecret;
    QPushButton* m_signIn;
    QLabel* m_error;
};

} // namespace Gui
