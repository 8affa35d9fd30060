#include "ui/signinpage.h"

#include "platform/secretstore.h"

#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
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
      m_totpLabel(new QLabel(this)), m_totp(new QLineEdit(this)), m_enrol(new QGroupBox(this)),
      m_enrolText(new QLabel(m_enrol)), m_enrolKeyLabel(new QLabel(m_enrol)),
      m_enrolKey(new QLineEdit(m_enrol)), m_copyKey(new QPushButton(m_enrol)),
      m_enrolLinkLabel(new QLabel(m_enrol)), m_enrolLink(new QLineEdit(m_enrol)),
      m_copyLink(new QPushButton(m_enrol)), m_signIn(new QPushButton(this)),
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
    // Enrolment of a required one-time code: the server's pending key for an authenticator app.
    m_enrol->setObjectName(QStringLiteral("totpEnrolment"));
    m_enrolText->setWordWrap(true);
    m_enrolText->setTextFormat(Qt::PlainText);
    m_enrolKey->setObjectName(QStringLiteral("totpKeyEdit"));
    m_enrolKey->setReadOnly(true);
    QFont keyFont = m_enrolKey->font();
    keyFont.setFamily(QStringLiteral("monospace"));
    keyFont.setStyleHint(QFont::Monospace);
    m_enrolKey->setFont(keyFont);
    m_enrolLink->setObjectName(QStringLiteral("totpLinkEdit"));
    m_enrolLink->setReadOnly(true);
    m_copyKey->setObjectName(QStringLiteral("copyTotpKeyButton"));
    m_copyLink->setObjectName(QStringLiteral("copyTotpLinkButton"));
    m_enrolKeyLabel->setBuddy(m_enrolKey);
    m_enrolLinkLabel->setBuddy(m_enrolLink);
    auto* enrolLayout = new QGridLayout(m_enrol);
    enrolLayout->addWidget(m_enrolText, 0, 0, 1, 3);
    enrolLayout->addWidget(m_enrolKeyLabel, 1, 0);
    enrolLayout->addWidget(m_enrolKey, 1, 1);
    enrolLayout->addWidget(m_copyKey, 1, 2);
    enrolLayout->addWidget(m_enrolLinkLabel, 2, 0);
    enrolLayout->addWidget(m_enrolLink, 2, 1);
    enrolLayout->addWidget(m_copyLink, 2, 2);
    enrolLayout->setColumnStretch(1, 1);
    m_enrol->hide();
    connect(m_copyKey, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_enrolSecret); });
    connect(m_copyLink, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_enrolLink->text()); });

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
    layout->addWidget(m_enrol);
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

QString SignInPage::enrolmentKey() const
{
    return m_enrol->isVisibleTo(this) ? m_enrolSecret : QString();
}

void SignInPage::showEnrolment(const QJsonObject& totp)
{
    m_enrolSecret = totp.value(QStringLiteral("secret")).toString();
    // Groups of four are easier to type into an app on a phone.
    QString grouped;
    for (qsizetype i = 0; i < m_enrolSecret.size(); i += 4) {
        if (!grouped.isEmpty())
            grouped += QLatin1Char(' ');
        grouped += m_enrolSecret.mid(i, 4);
    }
    m_enrolKey->setText(grouped);
    m_enrolLink->setText(totp.value(QStringLiteral("otpauth_uri")).toString());
    m_enrolLink->setCursorPosition(0);
    m_enrol->show();
    m_totp->clear();
    m_totp->setFocus();
}

void SignInPage::hideEnrolment()
{
    m_enrol->hide();
    m_enrolSecret.clear();
    m_enrolKey->clear();
    m_enrolLink->clear();
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
    if (response.status == 403 && type.endsWith(QLatin1String("/totp-enrolment-required"))) {
        const QJsonObject totp = response.json().value(QStringLiteral("totp")).toObject();
        if (!totp.value(QStringLiteral("secret")).toString().isEmpty()) {
            showEnrolment(totp);
            setError(tr("Your organisation requires two-step verification for this account. "
                        "Add the key below to an authenticator app, enter the six-digit code "
                        "it shows and sign in again."));
            return;
        }
    }
    if (response.status == 401 && type.endsWith(QLatin1String("/totp-required"))) {
        setError(tr("Two-step verification is on for this account: enter the six-digit code "
                    "from your authenticator app."));
        m_totp->setFocus();
        return;
    }
    if (response.status == 401 && type.endsWith(QLatin1String("/invalid-totp"))) {
        setError(tr("The code is not correct or has expired. Enter the code your authenticator "
                    "app shows now."));
        m_totp->selectAll();
        m_totp->setFocus();
        return;
    }
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
    hideEnrolment();
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
    m_enrol->setTitle(tr("Set up two-step verification"));
    m_enrolText->setText(
        tr("Open an authenticator app (for example Microsoft Authenticator or Google "
           "Authenticator), add an account by entering this key, or open the link on a device "
           "that has the app. The app then shows a six-digit code that changes every 30 seconds: "
           "enter it under Code and sign in. From then on, signing in asks for the current "
           "code."));
    m_enrolKeyLabel->setText(tr("&Key:"));
    m_enrolKey->setAccessibleName(tr("Key for the authenticator app"));
    m_copyKey->setText(tr("Cop&y key"));
    m_enrolLinkLabel->setText(tr("&Link:"));
    m_enrolLink->setAccessibleName(tr("otpauth link for the authenticator app"));
    m_copyLink->setText(tr("Copy l&ink"));
    m_signIn->setText(m_client ? tr("Signing in…") : tr("&Sign in"));
    m_signIn->setAccessibleName(tr("Sign in"));
}

} // namespace Gui
