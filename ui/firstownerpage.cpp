#include "ui/firstownerpage.h"

#include "ui/passwordchecklist.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QVBoxLayout>

namespace Gui {

namespace {

// The workspace operator's password: random, policy-conforming, used once and forgotten.
QString randomPassword()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding)) +
           QStringLiteral("aA1");
}

} // namespace

FirstOwnerPage::FirstOwnerPage(QNetworkAccessManager& network, QUrl server,
                               CreateOperator createOperator, QWidget* parent)
    : QWidget(parent), m_network(network), m_server(std::move(server)),
      m_createOperator(std::move(createOperator)), m_heading(new QLabel(this)),
      m_intro(new QLabel(this)), m_emailLabel(new QLabel(this)), m_email(new QLineEdit(this)),
      m_passwordLabel(new QLabel(this)), m_password(new QLineEdit(this)),
      m_confirmLabel(new QLabel(this)), m_confirm(new QLineEdit(this)),
      m_checklist(new PasswordChecklist(this)), m_create(new QPushButton(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("firstOwnerPage"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    m_intro->setWordWrap(true);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setObjectName(QStringLiteral("confirmEdit"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    m_error->setObjectName(QStringLiteral("firstOwnerError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_checklist->attach(m_password);
    m_emailLabel->setBuddy(m_email);
    m_passwordLabel->setBuddy(m_password);
    m_confirmLabel->setBuddy(m_confirm);

    auto* form = new QFormLayout;
    form->addRow(m_emailLabel, m_email);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_checklist);
    form->addRow(m_confirmLabel, m_confirm);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_create, 0, Qt::AlignLeft);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_create, &QPushButton::clicked, this, &FirstOwnerPage::create);
    for (QLineEdit* edit : {m_email, m_password, m_confirm}) {
        connect(edit, &QLineEdit::textChanged, this, [this] { updateButton(); });
        connect(edit, &QLineEdit::returnPressed, this, &FirstOwnerPage::create);
    }
    retranslate();
    updateButton();
}

FirstOwnerPage::~FirstOwnerPage() = default;

QString FirstOwnerPage::errorText() const
{
    return m_error->text();
}

void FirstOwnerPage::updateButton()
{
    m_create->setEnabled(!m_busy && !m_email->text().trimmed().isEmpty() &&
                         m_checklist->acceptable() && m_password->text() == m_confirm->text());
}

void FirstOwnerPage::fail(const QString& text)
{
    m_busy = false;
    m_client.reset();
    m_error->setText(text);
    m_error->setAccessibleName(text);
    retranslate();
    updateButton();
}

void FirstOwnerPage::create()
{
    if (m_busy || !m_create->isEnabled()) {
        if (m_password->text() != m_confirm->text())
            fail(tr("The two passwords differ."));
        return;
    }
    m_busy = true;
    m_error->clear();
    retranslate();
    updateButton();
    const QString operatorEmail = QStringLiteral("workspace-operator@localhost.localdomain");
    const QString operatorPassword = randomPassword();
    // Hashing the password takes a moment: off the GUI thread.
    QPointer<FirstOwnerPage> guard(this);
    CreateOperator createOperator = m_createOperator;
    QThreadPool::globalInstance()->start([guard, createOperator, operatorEmail, operatorPassword] {
        const Core::Status seated = createOperator(operatorEmail, operatorPassword);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, seated, operatorEmail, operatorPassword] {
                if (!guard)
                    return;
                if (!seated) {
                    guard->fail(
                        tr("The workspace could not be set up: %1").arg(seated.error().detail));
                    return;
                }
                FirstOwnerPage* self = guard.get();
                self->m_client = std::make_unique<Api::ApiClient>(self->m_network, self->m_server);
                const QString email = self->m_email->text().trimmed();
                const QString password = self->m_password->text();
                self->step(
                    "POST", QStringLiteral("/v1/auth/login"),
                    {{QStringLiteral("email"), operatorEmail},
                     {QStringLiteral("password"), operatorPassword}},
                    200, [self, email, password](const QJsonObject& login) {
                        self->m_client->setTokens(
                            {login.value(QStringLiteral("access_token")).toString(), {}});
                        self->step(
                            "POST", QStringLiteral("/v1/tenants"),
                            {{QStringLiteral("name"), tr("Local workspace")},
                             {QStringLiteral("owner_email"), email}},
                            201, [self, email, password](const QJsonObject& tenant) {
                                const QString token =
                                    tenant.value(QStringLiteral("owner_invitation"))
                                        .toObject()
                                        .value(QStringLiteral("invite_token"))
                                        .toString();
                                self->m_client->setTokens({});
                                self->step(
                                    "POST", QStringLiteral("/v1/invites/accept"),
                                    {{QStringLiteral("token"), token},
                                     {QStringLiteral("password"), password}},
                                    200, [self, email, password](const QJsonObject&) {
                                        self->step(
                                            "POST", QStringLiteral("/v1/auth/login"),
                                            {{QStringLiteral("email"), email},
                                             {QStringLiteral("password"), password},
                                             {QStringLiteral("device_name"),
                                              QStringLiteral("OneStream Studio")}},
                                            200, [self, email](const QJsonObject& owner) {
                                                const Api::ApiTokens tokens{
                                                    owner.value(QStringLiteral("access_token"))
                                                        .toString(),
                                                    owner.value(QStringLiteral("refresh_token"))
                                                        .toString()};
                                                self->m_busy = false;
                                                self->m_password->clear();
                                                self->m_confirm->clear();
                                                self->m_client.release()->deleteLater();
                                                self->retranslate();
                                                emit self->created(self->m_server, email, tokens);
                                            });
                                    });
                            });
                    });
            },
            Qt::QueuedConnection);
    });
}

void FirstOwnerPage::step(const QByteArray& method, const QString& path, const QJsonObject& body,
                          int expected, std::function<void(const QJsonObject&)> next)
{
    m_client->send(
        method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), this,
        [this, expected, next = std::move(next)](Core::Result<Api::ApiResponse> reply) {
            if (!reply) {
                fail(tr("The local workspace does not answer: %1").arg(reply.error().detail));
                return;
            }
            if (reply->status != expected) {
                fail(tr("The first owner could not be created: %1").arg(reply->problemSummary()));
                return;
            }
            next(reply->json());
        });
}

void FirstOwnerPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FirstOwnerPage::retranslate()
{
    m_heading->setText(tr("Create the first owner"));
    setAccessibleName(tr("Create the first owner"));
    m_intro->setText(tr("This local workspace has no account yet. Choose the email address and "
                        "password of its first owner: you sign in with them from now on."));
    m_emailLabel->setText(tr("&Email:"));
    m_email->setAccessibleName(tr("Email address"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setAccessibleName(tr("Password"));
    m_confirmLabel->setText(tr("&Repeat password:"));
    m_confirm->setAccessibleName(tr("Repeat the password"));
    m_create->setText(m_busy ? tr("Creating…") : tr("&Create owner and sign in"));
    m_create->setAccessibleName(tr("Create owner and sign in"));
}

} // namespace Gui
