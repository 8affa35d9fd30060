// onestream security show | require-totp on|off [--tenant ID | --platform]: the sign-in policy
// of a tenant (owners decide; operators may) or of the platform's operators.
#include "app/cli/apisession.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace Cli {

int runSecurity(const QStringList& arguments)
{
    const QString group = QStringLiteral("security");
    const auto split =
        splitSubcommand(arguments, group, {QStringLiteral("show"), QStringLiteral("require-totp")});
    if (!split)
        return arguments.value(1) == QLatin1String("--help") ? 0 : 2;
    const auto& [sub, rest] = *split;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sign-in policy: show; require-totp on|off. TOTP required applies to the tenant's "
        "owners and admins (or, with --platform, to operators); they enrol at their next "
        "sign-in."));
    parser.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption tenant(QStringLiteral("tenant"),
                                    QStringLiteral("Tenant id (default: your own)."),
                                    QStringLiteral("ID"));
    const QCommandLineOption platform(QStringLiteral("platform"),
                                      QStringLiteral("The platform's policy for operators."));
    parser.addOptions({server, json, tenant, platform});
    parser.addPositionalArgument(QStringLiteral("on|off"), QStringLiteral("For require-totp."));
    parser.process(rest);

    ApiSession session(group);
    if (!session.open(parser.value(server)))
        return 1;
    QString path = QStringLiteral("/v1/platform/security");
    if (!parser.isSet(platform)) {
        const QString tenantId = session.tenantId(parser.value(tenant));
        if (tenantId.isEmpty())
            return 1;
        path = QStringLiteral("/v1/tenants/") + tenantId + QStringLiteral("/security");
    }
    std::optional<Api::ApiResponse> reply;
    if (sub == QLatin1String("show")) {
        reply = session.callOk("GET", path);
    } else {
        const QString value = parser.positionalArguments().value(0);
        if (value != QLatin1String("on") && value != QLatin1String("off"))
            return fail(group, QStringLiteral("usage: onestream security require-totp on|off"), 2);
        reply = session.callOk("PATCH", path,
                               {{QStringLiteral("require_totp"), value == QLatin1String("on")}});
    }
    if (!reply)
        return 1;
    return printObject(*reply, parser.isSet(json),
                       QStringLiteral("TOTP required: %1")
                           .arg(reply->json().value(QStringLiteral("require_totp")).toBool()
                                    ? QStringLiteral("yes")
                                    : QStringLiteral("no")));
}

} // namespace Cli
