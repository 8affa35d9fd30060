// Sign-in and sessions: POST /v1/auth/login, /v1/auth/refresh, /v1/auth/logout; GET /v1/me,
// GET /v1/me/sessions, DELETE /v1/me/sessions/{id}.
#include "server/authz.h"
#include "server/credentials.h"
#include "server/identityroutes.h"
#include "server/totp.h"

#include "core/security/passwordpolicy.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace Server {

namespace {

// 429 with Retry-After, for attempts the login throttle holds back (sign-in, TOTP off).
Response tooManyAttempts(const Request& request, std::int64_t waitS, const QString& title)
{
    Response slowDown =
        problemResponse(request, http::status::too_many_requests, "too-many-attempts", title,
                        QStringLiteral("try again in %1 seconds").arg(waitS));
    slowDown.set(http::field::retry_after, std::to_string(waitS));
    return slowDown;
}

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

Response invalidCredentials(const Request& request)
{
    return problemResponse(request, http::status::unauthorized, "invalid-credentials",
                           QStringLiteral("Invalid credentials"),
                           QStringLiteral("the email or password is not correct"));
}

QJsonObject tokensJson(const IssuedTokens& tokens)
{
    return QJsonObject{{QStringLiteral("access_token"), qs(tokens.accessToken)},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), static_cast<qint64>(tokens.accessExpiresInS)},
                       {QStringLiteral("refresh_token"), qs(tokens.refreshToken)},
                       {QStringLiteral("session_id"), qs(tokens.sessionId)}};
}

std::string deviceName(const Request& request, const QJsonObject& body)
{
    QString device = body.value(QStringLiteral("device_name")).toString().trimmed();
    if (device.isEmpty()) {
        const auto agent = request.find(http::field::user_agent);
        if (agent != request.end())
            device = QString::fromUtf8(agent->value().data(),
                                       static_cast<qsizetype>(agent->value().size()));
    }
    return device.left(200).toStdString();
}

// What an authenticator app needs: the base32 secret and its otpauth:// URI.
QJsonObject totpEnrolment(const QByteArray& secret, const std::string& email)
{
    const QString encoded = QString::fromStdString(base32Encode(secret));
    const QString label = QString::fromUtf8(QUrl::toPercentEncoding(qs(email)));
    return QJsonObject{{QStringLiteral("secret"), encoded},
                       {QStringLiteral("otpauth_uri"),
                        QStringLiteral("otpauth://totp/OneStream:%1?secret=%2&issuer="
                                       "OneStream&algorithm=SHA1&digits=6&period=30")
                            .arg(label, encoded)}};
}

// TOTP is required of this account but not enrolled (the tenant's or platform's switch): a
// sign-in without a code answers 403 totp-enrolment-required with a pending secret; a sign-in
// with the current code of that secret turns TOTP on and goes ahead. Nothing when it may.
std::optional<Response> enrolRequiredTotp(IdentityDeps deps, const Request& request,
                                          const RequestContext& context, const LoginCandidate& user,
                                          const std::string& email, const QJsonObject& body)
{
    const std::string code = body.value(QStringLiteral("totp")).toString().trimmed().toStdString();
    if (code.empty()) {
        auto secret = deps.identity.pendingTotp(user.userId);
        if (!secret)
            return internalError(request, secret.error().detail);
        QJsonObject extra;
        if (secret.value())
            extra.insert(QStringLiteral("totp"), totpEnrolment(*secret.value(), email));
        return problemResponse(request, http::status::forbidden, "totp-enrolment-required",
                               QStringLiteral("One-time code enrolment required"),
                               QStringLiteral("your organisation requires a one-time code (TOTP) "
                                              "for this account: add totp.secret to an "
                                              "authenticator app, then sign in again with its "
                                              "current code as totp"),
                               extra);
    }
    auto confirmed = deps.identity.confirmTotp(user.userId, code);
    if (!confirmed)
        return internalError(request, confirmed.error().detail);
    if (!confirmed.value()) {
        deps.throttle.recordFailure(email, context.remoteAddress);
        return problemResponse(request, http::status::unauthorized, "invalid-totp",
                               QStringLiteral("Invalid one-time code"),
                               QStringLiteral("the code is wrong, expired or already used"));
    }
    return std::nullopt;
}

} // namespace

std::optional<Response> checkPasswordPolicy(const Request& request, const QString& password)
{
    const auto failed = Security::failedPasswordRules(password);
    if (failed.isEmpty())
        return std::nullopt;
    QJsonArray rules;
    QStringList descriptions;
    for (const auto rule : failed) {
        rules.append(QString::fromLatin1(Security::passwordRuleName(rule)));
        descriptions.append(Security::passwordRuleDescription(rule));
    }
    return problemResponse(request, http::status::unprocessable_entity, "weak-password",
                           QStringLiteral("Password does not meet the policy"),
                           descriptions.join(QStringLiteral("; ")),
                           QJsonObject{{QStringLiteral("failed_rules"), rules}});
}

std::string normalizeEmail(const QString& email)
{
    static const QRegularExpression kShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString trimmed = email.trimmed().toLower();
    if (trimmed.size() > 254 || !kShape.match(trimmed).hasMatch())
        return {};
    return trimmed.toStdString();
}

void addIdentityRoutes(Router& router, IdentityDeps deps)
{
    addAuthRoutes(router, deps);
    addTenantRoutes(router, deps);
    // Before the user routes: "/users/export" must not be taken for "/users/{uid}".
    addUserImportRoutes(router, deps);
    addUserRoutes(router, deps);
    addAuditRoutes(router, deps);
    addRoleRequestRoutes(router, deps);
    addGroupRoutes(router, deps);
    addUserSessionRoutes(router, deps);
    addInviteLinkRoutes(router, deps);
    addTenantSecurityRoutes(router, deps);
}

void addAuthRoutes(Router& router, IdentityDeps deps)
{
    router.add(
        http::verb::post, "/v1/auth/login",
        [deps](const Request& request, const RequestContext& context) {
            const auto body = jsonBody(request);
            if (!body)
                return badRequest(request, QStringLiteral("expected a JSON object"));
            const std::string email =
                normalizeEmail(body->value(QStringLiteral("email")).toString());
            const std::string password =
                body->value(QStringLiteral("password")).toString().toStdString();
            if (email.empty() || password.empty())
                return badRequest(request, QStringLiteral("email and password required"));
            if (const auto wait = deps.throttle.retryAfterS(email, context.remoteAddress);
                wait > 0) {
                return tooManyAttempts(request, wait, QStringLiteral("Too many sign-in attempts"));
            }
            auto candidate = deps.identity.loginCandidate(email);
            if (!candidate)
                return internalError(request, candidate.error().detail);
            if (!candidate.value() || candidate.value()->passwordHash.empty()) {
                burnPasswordHashTime();
                deps.throttle.recordFailure(email, context.remoteAddress);
                return invalidCredentials(request);
            }
            const LoginCandidate& user = *candidate.value();
            if (!verifyPassword(password, user.passwordHash)) {
                deps.throttle.recordFailure(email, context.remoteAddress);
                return invalidCredentials(request);
            }
            if (user.totpEnabled && user.status == "active" && user.tenantActive) {
                const std::string code =
                    body->value(QStringLiteral("totp")).toString().trimmed().toStdString();
                if (code.empty()) {
                    return problemResponse(request, http::status::unauthorized, "totp-required",
                                           QStringLiteral("One-time code required"),
                                           QStringLiteral("this account uses a one-time "
                                                          "code (TOTP); send it as totp"));
                }
                const auto step =
                    verifyTotp(user.totpSecret, code, deps.sessions.now(), user.totpLastStep);
                if (!step) {
                    deps.throttle.recordFailure(email, context.remoteAddress);
                    return problemResponse(request, http::status::unauthorized, "invalid-totp",
                                           QStringLiteral("Invalid one-time code"),
                                           QStringLiteral("the code is wrong, expired or "
                                                          "already used"));
                }
                if (auto recorded = deps.identity.recordTotpStep(user.userId, *step); !recorded) {
                    return internalError(request, recorded.error().detail);
                }
            }
            if (user.totpRequired && user.status == "active" && user.tenantActive) {
                if (auto enrol = enrolRequiredTotp(deps, request, context, user, email, *body))
                    return *enrol;
            }
            deps.throttle.recordSuccess(email);
            if (user.status != "active") {
                return problemResponse(request, http::status::forbidden, "account-disabled",
                                       QStringLiteral("Account disabled"),
                                       QStringLiteral("this account is disabled"));
            }
            if (!user.tenantActive) {
                return problemResponse(request, http::status::forbidden, "tenant-terminated",
                                       QStringLiteral("Tenant terminated"),
                                       QStringLiteral("this organisation's contract "
                                                      "has ended"));
            }
            auto tokens = deps.sessions.createSession(user.userId, deviceName(request, *body),
                                                      context.remoteAddress);
            if (!tokens)
                return internalError(request, tokens.error().detail);
            QJsonObject reply = tokensJson(tokens.value());
            if (auto me = deps.identity.userById(user.userId); me && me.value())
                reply.insert(QStringLiteral("user"), *me.value());
            return jsonResponse(request, http::status::ok, reply);
        });

    router.add(http::verb::post, "/v1/auth/refresh",
               [deps](const Request& request, const RequestContext& context) {
                   const auto body = jsonBody(request);
                   const std::string token =
                       body ? body->value(QStringLiteral("refresh_token")).toString().toStdString()
                            : std::string{};
                   if (token.empty())
                       return badRequest(request, QStringLiteral("refresh_token required"));
                   auto tokens = deps.sessions.refresh(token, context.remoteAddress);
                   if (tokens)
                       return jsonResponse(request, http::status::ok, tokensJson(tokens.value()));
                   if (tokens.error().code == Core::ErrorCode::PermissionDenied) {
                       return problemResponse(
                           request, http::status::unauthorized, "refresh-token-reused",
                           QStringLiteral("Refresh token reused"),
                           QStringLiteral("this refresh token was already used; the session "
                                          "has been revoked, sign in again"));
                   }
                   if (tokens.error().code == Core::ErrorCode::NotFound) {
                       return problemResponse(
                           request, http::status::unauthorized, "invalid-refresh-token",
                           QStringLiteral("Invalid refresh token"), tokens.error().detail);
                   }
                   return internalError(request, tokens.error().detail);
               });

    router.add(http::verb::post, "/v1/auth/logout",
               [deps](const Request& request, const RequestContext& context) {
                   if (auto denied = requireSignedIn(request, context))
                       return *denied;
                   if (auto revoked =
                           deps.sessions.revokeSession(context.principal->sessionId, "logout");
                       !revoked) {
                       return internalError(request, revoked.error().detail);
                   }
                   return noContent(request);
               });

    router.add(http::verb::get, "/v1/me",
               [deps](const Request& request, const RequestContext& context) {
                   if (auto denied = requireSignedIn(request, context))
                       return *denied;
                   auto me = deps.identity.userById(context.principal->userId);
                   if (!me)
                       return internalError(request, me.error().detail);
                   if (!me.value())
                       return notFound(request);
                   QJsonObject reply = *me.value();
                   reply.insert(QStringLiteral("session_id"), qs(context.principal->sessionId));
                   return jsonResponse(request, http::status::ok, reply);
               });

    router.add(http::verb::post, "/v1/me/totp",
               [deps](const Request& request, const RequestContext& context) {
                   if (auto denied = requireSignedIn(request, context))
                       return *denied;
                   auto secret = deps.identity.beginTotp(context.principal->userId);
                   if (!secret)
                       return internalError(request, secret.error().detail);
                   if (!secret.value()) {
                       return conflict(request, "totp-enabled",
                                       QStringLiteral("a one-time code is already enabled"));
                   }
                   QJsonObject reply = totpEnrolment(*secret.value(), context.principal->email);
                   reply.insert(QStringLiteral("enabled"), false);
                   return jsonResponse(request, http::status::ok, reply);
               });

    router.add(http::verb::post, "/v1/me/totp/confirm",
               [deps](const Request& request, const RequestContext& context) {
                   if (auto denied = requireSignedIn(request, context))
                       return *denied;
                   const auto body = jsonBody(request);
                   const std::string code =
                       body ? body->value(QStringLiteral("code")).toString().trimmed().toStdString()
                            : std::string{};
                   if (code.empty())
                       return badRequest(request, QStringLiteral("code is required"));
                   auto confirmed = deps.identity.confirmTotp(context.principal->userId, code);
                   if (!confirmed)
                       return internalError(request, confirmed.error().detail);
                   if (!confirmed.value()) {
                       return problemResponse(request, http::status::unprocessable_entity,
                                              "invalid-totp",
                                              QStringLiteral("Invalid one-time code"),
                                              QStringLiteral("the code does not match the new "
                                                             "secret (or TOTP is already on)"));
                   }
                   return jsonResponse(request, http::status::ok,
                                       QJsonObject{{QStringLiteral("enabled"), true}});
               });

    // Turning one's own TOTP off takes a current code (the account holder, not just whoever
    // holds the session), and is refused while a "TOTP required" switch covers the account.
    router.add(http::verb::delete_, "/v1/me/totp",
               [deps](const Request& request, const RequestContext& context) {
                   if (auto denied = requireSignedIn(request, context))
                       return *denied;
                   const auto body = jsonBody(request);
                   const std::string code =
                       body ? body->value(QStringLiteral("code")).toString().trimmed().toStdString()
                            : std::string{};
                   if (code.empty())
                       return badRequest(request, QStringLiteral("code is required: a current "
                                                                 "code from your authenticator "
                                                                 "app"));
                   // Wrong codes count like wrong sign-ins, so that a stolen session cannot
                   // guess its way to turning the code off.
                   const std::string account = context.principal->email;
                   if (const auto wait = deps.throttle.retryAfterS(account, context.remoteAddress);
                       wait > 0) {
                       return tooManyAttempts(request, wait, QStringLiteral("Too many attempts"));
                   }
                   auto off = deps.identity.disableTotp(context.principal->userId, code);
                   if (!off)
                       return internalError(request, off.error().detail);
                   switch (off.value()) {
                   case TotpOff::NotEnabled:
                       return conflict(request, "totp-not-enabled",
                                       QStringLiteral("no one-time code is enabled"));
                   case TotpOff::RequiredByPolicy:
                       return conflict(request, "totp-required-by-policy",
                                       QStringLiteral("your organisation requires a one-time code "
                                                      "for this account; ask its owner to change "
                                                      "the sign-in policy first"));
                   case TotpOff::InvalidCode:
                       deps.throttle.recordFailure(account, context.remoteAddress);
                       return problemResponse(request, http::status::unprocessable_entity,
                                              "invalid-totp",
                                              QStringLiteral("Invalid one-time code"),
                                              QStringLiteral("the code is wrong, expired or "
                                                             "already used"));
                   case TotpOff::Off:
                   case TotpOff::Invalid:
                       break;
                   }
                   return jsonResponse(request, http::status::ok,
                                       QJsonObject{{QStringLiteral("enabled"), false}});
               });

    router.add(http::verb::get, "/v1/me/sessions",
               [deps](const Request& request, const RequestContext& context) {
                   if (auto denied = requireSignedIn(request, context))
                       return *denied;
                   auto sessions = deps.sessions.listSessions(context.principal->userId,
                                                              context.principal->sessionId);
                   if (!sessions)
                       return internalError(request, sessions.error().detail);
                   return jsonResponse(request, http::status::ok,
                                       QJsonObject{{QStringLiteral("items"), sessions.value()}});
               });

    router.add(http::verb::delete_, "/v1/me/sessions/{id}",
               [deps](const Request& request, const RequestContext& context) {
                   if (auto denied = requireSignedIn(request, context))
                       return *denied;
                   auto revoked = deps.sessions.revokeOwnSession(context.principal->userId,
                                                                 std::string(context.param("id")));
                   if (!revoked)
                       return internalError(request, revoked.error().detail);
                   return revoked.value() ? noContent(request) : notFound(request);
               });
}

} // namespace Server
