#include "ui/signinpage.h"

#include "platform/secretstore.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Gui {

namespace {

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("::1") ||
           host == QLatin1String("localhost");
}

} // namespace

SignInPage::SignInPage(QNetworkAccessManager& network, Platform::ISecretStore* store,
                       QWidget* parent)
    : QWidget(parent), m_network(network), m_store(store), m_heading(new QLabel(this)),
      m_notice(new QLabel(this)), m_whereLabel(new QLabel(this)), m_where(new QComboBox(this)),
      m_serverLabel(new QLabel(this)), m_server(new QLineEdit(this)),
      m_emailLabel(new QLabel(this)), m_email(new QLineEdit(this)),
      m_passwordLabel(new QLabel(this)), m_password(new QLineEdit(this)),
      m_totpLabel(new QLabel(this)), m_totp(new QLineEdit(this)), m_signIn(new QPushButton(this)),
      m_error(new QLabel(this))
{
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setObjectName(QStringLiteral("pageHeading"));

    m_notice->setObjectName(QStringLiteral("signInNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setFocusPolicy(Qt::StrongFocus);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_notice->hide();
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setFocusPolicy(Qt::StrongFocus);
    m_error->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);

    m_where->setObjectName(QStringLiteral("whereCombo"));
    m_where->addItem(QString(), static_cast<int>(Where::Cloud));
    m_where->addItem(QString(), static_cast<int>(Where::SelfHosted));
    m_where->addItem(QString(), static_cast<int>(Where::LocalWorkspace));
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_totp->setObjectName(QStringLiteral("totpEdit"));
    m_totp->setMaxLength(6);
    m_totp->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_totp));
    m_totp->setInputMethodHints(Qt::ImhDigitsOnly);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);

    m_whereLabel->setBuddy(m_where);
    m_serverLabel->setBuddy(m_server);
    m_emailLabel->setBuddy(m_email);
    m_passwordLabel->setBuddy(m_password);
    m_totpLabel->setBuddy(m_totp);

    auto* form = new QFormLayout;
    form->addRow(m_whereLabel, m_where);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_emailLabel, m_email);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_totpLabel, m_totp);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_signIn, 0, Qt::AlignLeft);
    layout->addWidget(m_error);
    layout->addStretch(1);
    setTabOrder(m_where, m_server);
    setTabOrder(m_server, m_email);
    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_totp);
    setTabOrder(m_totp, m_signIn);

    connect(m_where, &QComboBox::currentIndexChanged, this, [this] { updateServerField(); });
    connect(m_server, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (where() == Where::SelfHosted)
            m_selfHostedText = text;
    });
    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::signIn);
    for (QLineEdit* edit : {m_server, m_email, m_password, m_totp})
        connect(edit, &QLineEdit::returnPressed, this, &SignInPage::signIn);

    setLocalWorkspaceUrl({});
    retranslate();
    updateServerField();
}

SignInPage::~SignInPage() = default;

void SignInPage::setCloudUrl(const QUrl& url)
{
    m_cloudUrl = url;
    updateServerField();
}

void SignInPage::setSelfHostedUrl(const QUrl& url)
{
    m_selfHostedText = url.toString();
    updateServerField();
}

void SignInPage::setLocalWorkspaceUrl(const QUrl& url)
{
    m_localUrl = url;
    // Disable the local choice when there is no embedded server.
    if (auto* model = qobject_cast<QStandardItemModel*>(m_where->model()); model) {
        if (QStandardItem* item = model->item(static_cast<int>(Where::LocalWorkspace)))
            item->setEnabled(!url.isEmpty());
    }
    updateServerField();
}

void SignInPage::setWhere(Where where)
{
    m_where->setCurrentIndex(static_cast<int>(where));
}

SignInPage::Where SignInPage::where() const
{
    return static_cast<Where>(m_where->currentIndex());
}

QUrl SignInPage::serverUrl() const
{
    return QUrl::fromUserInput(m_server->text().trimmed());
}

void SignInPage::showSessionEnded(const QString& email)
{
    m_email->setText(email);
    m_password->clear();
    m_totp->clear();
    m_notice->setText(tr("You were signed out because your session ended: it expired, or it was "
                         "ended from another device or by an administrator. Nothing was lost; "
                         "sign in again to continue."));
    m_notice->setAccessibleName(m_notice->text());
    m_notice->show();
    m_password->setFocus();
}

QString SignInPage::noticeText() const
{
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

QString SignInPage::errorText() const
{
    return m_error->text();
}

void SignInPage::updateServerField()
{
    switch (where()) {
    case Where::Cloud:
        m_server->setText(m_cloudUrl.toString());
        m_server->setReadOnly(true);
        break;
    case Where::SelfHosted:
        m_server->setText(m_selfHostedText);
        m_server->setReadOnly(false);
        break;
    case Where::LocalWorkspace:
        m_server->setText(m_localUrl.toString());
        m_server->setReadOnly(true);
        break;
    }
}

void SignInPage::setError(const QString& text)
{
    m_error->setText(text);
    m_error->setAccessibleName(text);
}

void SignInPage::signIn()
{
    if (m_client)
        return;
    const QUrl server = serverUrl();
    if (!server.isValid() || server.host().isEmpty()) {
        setError(tr("Enter the server's address, for example https://onestream.example.com."));
        m_server->setFocus();
        return;
    }
    // Passwords travel only over TLS, except to this computer's own local workspace.
    if (server.scheme() != QLatin1String("https") && !isLoopback(server)) {
        setError(tr("The server's address must start with https://."));
        m_server->setFocus();
        return;
    }
    if (m_email->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        setError(tr("Enter your email address and password."));
        (m_email->text().trimmed().isEmpty() ? m_email : m_password)->setFocus();
        return;
    }

    QJsonObject body{{QStringLiteral("email"), m_email->text().trimmed()},
                     {QStringLiteral("password"), m_password->text()},
                     {QStringLiteral("device_name"), QStringLiteral("OneStream Studio")}};
    if (!m_totp->text().isEmpty())
        body.insert(QStringLiteral("totp"), m_totp->text());

    setError(QString());
    m_signIn->setEnabled(false);
    m_signIn->setText(tr("Signing in…"));
    m_client = std::make_unique<Api::ApiClient>(m_network, server);
    m_client->send("POST", QStringLiteral("/v1/auth/login"),
                   QJsonDocument(body).toJson(QJsonDocument::Compact), this,
                   [this](Core::Result<Api::ApiResponse> reply) { finish(std::move(reply)); });
}

void SignInPage::finish(Core::Result<Api::ApiResponse> reply)
{
    const QUrl server = m_client->baseUrl();
    // The client is done with this call; free it after its callback has returned.
    m_client.release()->deleteLater();
    m_signIn->setEnabled(true);
    retranslate();

    if (!reply.ok()) {
        setError(tr("Cannot reach %1. Check the address and your connection. (%2)")
                     .arg(server.authority(), reply.error().detail));
        return;
    }
    const Api::ApiResponse& response = reply.value();
    const QString type = response.json().value(QStringLiteral("type")).toString();
    if (response.status == 401) {
        setError(tr("The email address or password is not correct."));
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    if (response.status == 429) {
        setError(tr("Too many sign-in attempts. Try again in %n second(s).", nullptr,
                    response.header("Retry-After").toInt()));
        return;
    }
    if (response.status == 403 && type.endsWith(QLatin1String("account-disabled"))) {
        setError(tr("This account is disabled. Ask your organisation's owner."));
        return;
    }
    if (response.status == 403 && type.endsWith(QLatin1String("tenant-terminated"))) {
        setError(tr("Your organisation's contract has ended."));
        return;
    }
    if (!response.ok()) {
        setError(tr("Sign-in failed: %1").arg(response.problemSummary()));
        return;
    }

    const QJsonObject json = response.json();
    Api::ApiTokens tokens{json.value(QStringLiteral("access_token")).toString(),
                          json.value(QStringLiteral("refresh_token")).toString()};
    const QString email =
        json.value(QStringLiteral("user")).toObject().value(QStringLiteral("email")).toString();
    m_password->clear();
    m_totp->clear();
    m_notice->hide();
    if (m_store) {
        const QByteArray secret =
            QJsonDocument(QJsonObject{{QStringLiteral("server"), server.toString()},
                                      {QStringLiteral("email"), email},
                                      {QStringLiteral("access_token"), tokens.accessToken},
                                      {QStringLiteral("refresh_token"), tokens.refreshToken}})
                .toJson(QJsonDocument::Compact);
        m_store->writeSecret(kKeychainKey, secret, this, [this](Core::Status stored) {
            if (!stored.ok()) {
                setError(tr("Signed in, but the keychain refused to keep the sign-in; you will "
                            "have to sign in again next time. (%1)")
                             .arg(stored.error().detail));
            }
        });
    }
    emit signedIn(server, email, tokens);
}

void SignInPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SignInPage::retranslate()
{
    m_heading->setText(tr("Sign in"));
    setAccessibleName(tr("Sign in"));
    m_whereLabel->setText(tr("&Work in:"));
    m_where->setItemText(static_cast<int>(Where::Cloud), tr("OneStream cloud"));
    m_where->setItemText(static_cast<int>(Where::SelfHosted), tr("A self-hosted server"));
    m_where->setItemText(static_cast<int>(Where::LocalWorkspace),
                         tr("The local workspace on this computer"));
    m_where->setAccessibleName(tr("Where to work"));
    m_serverLabel->setText(tr("Ser&ver:"));
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(QStringLiteral("https://"));
    m_emailLabel->setText(tr("&Email:"));
    m_email->setAccessibleName(tr("Email address"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setAccessibleName(tr("Password"));
    m_totpLabel->setText(tr("&Code:"));
    m_totp->setAccessibleName(tr("Six-digit code from your authenticator app"));
    m_totp->setPlaceholderText(tr("Only if two-step verification is on"));
    m_signIn->setText(m_client ? tr("Signing in…") : tr("&Sign in"));
    m_signIn->setAccessibleName(tr("Sign in"));
}

} // namespace Gui
