#include "server/bootstrap.h"

#include "core/security/passwordpolicy.h"
#include "server/credentials.h"
#include "server/identityroutes.h"
#include "server/identitystore.h"
#include "server/sql.h"

#include <QStringList>

namespace Server {

Core::Status initPlatformOperator(const std::filesystem::path& dataDir, const QString& email,
                                  const QString& password)
{
    const std::string normalized = normalizeEmail(email);
    if (normalized.empty()) {
        return Core::makeError(Core::ErrorCode::BadInput,
                               QStringLiteral("'%1' is not an email address").arg(email));
    }
    const auto failed = Security::failedPasswordRules(password);
    if (!failed.isEmpty()) {
        QStringList rules;
        for (const auto rule : failed)
            rules.append(Security::passwordRuleDescription(rule));
        return Core::makeError(
            Core::ErrorCode::BadInput,
            QStringLiteral("password rejected: %1").arg(rules.join(QStringLiteral("; "))));
    }
    std::error_code ec;
    std::filesystem::create_directories(dataDir, ec);
    if (ec) {
        return Core::makeError(Core::ErrorCode::Io,
                               QStringLiteral("cannot create data folder: %1")
                                   .arg(QString::fromStdString(ec.message())),
                               ec.value());
    }
    auto db = Database::open(dataDir / "onestream.db");
    if (!db)
        return db.error();
    IdentityStore identity(*db.value(), epochNow);
    auto operators = identity.operatorCount();
    if (!operators)
        return operators.error();
    if (operators.value() > 0) {
        return Core::makeError(Core::ErrorCode::BadInput,
                               QStringLiteral("this data folder already has a platform "
                                              "operator; sign in as that operator instead"));
    }
    auto taken = identity.emailTaken(normalized);
    if (!taken)
        return taken.error();
    if (taken.value()) {
        return Core::makeError(Core::ErrorCode::BadInput,
                               QStringLiteral("an account with this email already exists"));
    }
    const std::string hash = hashPassword(password.toStdString());
    if (hash.empty())
        return Core::makeError(Core::ErrorCode::Internal, QStringLiteral("hashing failed"));
    auto created = identity.createActiveUser("", normalized, "", hash, "operator");
    if (!created)
        return created.error();
    return {};
}

} // namespace Server
