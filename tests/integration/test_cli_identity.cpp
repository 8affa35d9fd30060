// The whole tenant-admin job from the `onestream` CLI alone, against the real server
// (issue 3). Credentials come from ONESTREAM_TOKEN/ONESTREAM_SERVER, the path README gives for
// scripts and CI where no keychain prompt can be answered.
#include "tests/support/identityfixture.h"
#include "tests/support/serverprocess.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace {

using namespace TestSupport;

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] QJsonObject json() const
    {
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }
};

class CliIdentity : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(initOperator(m_server, kOperatorEmail, kTestPassword, &error))
            << error.toStdString();
        ASSERT_TRUE(m_server.start()) << m_server.error().toStdString();
    }
    CliRun cli(const QStringList& arguments, const QString& token = {},
               const QByteArray& input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ONESTREAM_SERVER"), m_server.baseUrl().toString());
        if (token.isEmpty())
            env.remove(QStringLiteral("ONESTREAM_TOKEN"));
        else
            env.insert(QStringLiteral("ONESTREAM_TOKEN"), token);
        // No keychain here, as on a CI runner.
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ONESTREAM_CLI_BINARY), arguments);
        process.waitForStarted();
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(30000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }
    QString login(const QString& email, const QString& password = kTestPassword)
    {
        const CliRun run =
            cli({QStringLiteral("login"), QStringLiteral("--server"), m_server.baseUrl().toString(),
                 QStringLiteral("--email"), email, QStringLiteral("--password-stdin"),
                 QStringLiteral("--print-token")},
                {}, password.toUtf8() + "\n");
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return run.out.trimmed();
    }
    bool accept(const QString& token)
    {
        const CliRun run = cli({QStringLiteral("accept-invite"), QStringLiteral("--server"),
                                m_server.baseUrl().toString(), QStringLiteral("--token"), token,
                                QStringLiteral("--password-stdin")},
                               {}, kTestPassword.toUtf8() + "\n");
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return run.exitCode == 0;
    }
    ServerProcess m_server;
};

TEST_F(CliIdentity, TenantAdminJob_FromTheCliAlone)
{
    const QString op = login(kOperatorEmail);
    ASSERT_FALSE(op.isEmpty());
    const CliRun whoami = cli({QStringLiteral("whoami"), QStringLiteral("--json")}, op);
    ASSERT_EQ(whoami.exitCode, 0) << whoami.err.toStdString();
    EXPECT_EQ(whoami.json().value(QStringLiteral("email")).toString(), kOperatorEmail);

    // Operator: a tenant with its first owner.
    const CliRun created =
        cli({QStringLiteral("tenants"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("Acme"), QStringLiteral("--seats"), QStringLiteral("10"),
             QStringLiteral("--owner-email"), QStringLiteral("owner@acme.test"),
             QStringLiteral("--json")},
            op);
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    const QString tenant = created.json().value(QStringLiteral("id")).toString();
    ASSERT_TRUE(accept(created.json()
                           .value(QStringLiteral("owner_invitation"))
                           .toObject()
                           .value(QStringLiteral("invite_token"))
                           .toString()));
    const CliRun listed = cli({QStringLiteral("tenants"), QStringLiteral("list")}, op);
    EXPECT_EQ(listed.exitCode, 0);
    EXPECT_TRUE(listed.out.contains(QLatin1String("Acme")));
    EXPECT_EQ(cli({QStringLiteral("tenants"), QStringLiteral("update"), tenant,
                   QStringLiteral("--plan"), QStringLiteral("enterprise")},
                  op)
                  .exitCode,
              0);
    // A second owner, seated by the operator, for the four-eyes approvals.
    const CliRun second =
        cli({QStringLiteral("users"), QStringLiteral("invite"), QStringLiteral("owner2@acme.test"),
             QStringLiteral("--role"), QStringLiteral("owner"), QStringLiteral("--tenant"), tenant,
             QStringLiteral("--json")},
            op);
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    ASSERT_TRUE(accept(second.json().value(QStringLiteral("invite_token")).toString()));

    // Owner: invite an editor, who accepts.
    const QString owner = login(QStringLiteral("owner@acme.test"));
    const CliRun invited =
        cli({QStringLiteral("users"), QStringLiteral("invite"), QStringLiteral("ed@acme.test"),
             QStringLiteral("--role"), QStringLiteral("editor"), QStringLiteral("--json")},
            owner);
    ASSERT_EQ(invited.exitCode, 0) << invited.err.toStdString();
    ASSERT_TRUE(accept(invited.json().value(QStringLiteral("invite_token")).toString()));
    const CliRun users =
        cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")}, owner);
    ASSERT_EQ(users.exitCode, 0) << users.err.toStdString();
    EXPECT_EQ(users.json().value(QStringLiteral("items")).toArray().size(), 3);
    const CliRun table = cli({QStringLiteral("users"), QStringLiteral("list"),
                              QStringLiteral("--role"), QStringLiteral("editor")},
                             owner);
    EXPECT_TRUE(table.out.contains(QLatin1String("ed@acme.test")));
    EXPECT_FALSE(table.out.contains(QLatin1String("owner@acme.test")));

    // Promote to admin: a request that the other owner approves.
    const CliRun promote =
        cli({QStringLiteral("users"), QStringLiteral("set-role"), QStringLiteral("ed@acme.test"),
             QStringLiteral("admin"), QStringLiteral("--json")},
            owner);
    ASSERT_EQ(promote.exitCode, 0) << promote.err.toStdString();
    const QString requestId = promote.json()
                                  .value(QStringLiteral("role_request"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
    const CliRun selfApprove =
        cli({QStringLiteral("approvals"), QStringLiteral("approve"), requestId}, owner);
    EXPECT_EQ(selfApprove.exitCode, 1);
    EXPECT_TRUE(selfApprove.err.contains(QLatin1String("different owner")))
        << selfApprove.err.toStdString();
    const QString owner2 = login(QStringLiteral("owner2@acme.test"));
    const CliRun pending =
        cli({QStringLiteral("approvals"), QStringLiteral("list"), QStringLiteral("--status"),
             QStringLiteral("pending"), QStringLiteral("--json")},
            owner2);
    EXPECT_EQ(pending.json().value(QStringLiteral("items")).toArray().size(), 1);
    const CliRun approved =
        cli({QStringLiteral("approvals"), QStringLiteral("approve"), requestId}, owner2);
    ASSERT_EQ(approved.exitCode, 0) << approved.err.toStdString();
    EXPECT_TRUE(approved.out.contains(QLatin1String("approved")));

    // Bulk import: a dry run names the bad row, the fixed file imports, export lists it.
    QTemporaryDir work;
    const QString csvPath = work.filePath(QStringLiteral("people.csv"));
    const auto writeCsv = [&](const QByteArray& text) {
        QFile file(csvPath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    };
    writeCsv("email,role,display_name\nbulk1@acme.test,uploader,B1\nbroken,viewer,X\n");
    const CliRun dry = cli(
        {QStringLiteral("users"), QStringLiteral("import"), csvPath, QStringLiteral("--dry-run")},
        owner);
    EXPECT_EQ(dry.exitCode, 1);
    EXPECT_TRUE(dry.out.contains(QLatin1String("line 3"))) << dry.out.toStdString();
    writeCsv("email,role,display_name\nbulk1@acme.test,uploader,B1\nbulk2@acme.test,viewer,B2\n");
    const CliRun imported =
        cli({QStringLiteral("users"), QStringLiteral("import"), csvPath}, owner);
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const CliRun exportedUsers = cli({QStringLiteral("users"), QStringLiteral("export")}, owner);
    EXPECT_TRUE(exportedUsers.out.contains(QLatin1String("bulk2@acme.test")));

    // Groups.
    EXPECT_EQ(
        cli({QStringLiteral("groups"), QStringLiteral("create"), QStringLiteral("Sales")}, owner)
            .exitCode,
        0);
    EXPECT_EQ(cli({QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("Sales"),
                   QStringLiteral("ed@acme.test")},
                  owner)
                  .exitCode,
              0);
    const CliRun members =
        cli({QStringLiteral("groups"), QStringLiteral("members"), QStringLiteral("Sales")}, owner);
    EXPECT_TRUE(members.out.contains(QLatin1String("ed@acme.test"))) << members.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("groups"), QStringLiteral("rename"), QStringLiteral("Sales"),
                   QStringLiteral("Field")},
                  owner)
                  .exitCode,
              0);
    const CliRun groupList =
        cli({QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--json")}, owner);
    EXPECT_EQ(groupList.json().value(QStringLiteral("items")).toArray().size(), 1);
    EXPECT_EQ(
        cli({QStringLiteral("groups"), QStringLiteral("delete"), QStringLiteral("Field")}, owner)
            .exitCode,
        0);

    // Shared-account warnings, password reset.
    const CliRun shared =
        cli({QStringLiteral("users"), QStringLiteral("shared-warnings"), QStringLiteral("--json")},
            owner);
    EXPECT_EQ(shared.exitCode, 0) << shared.err.toStdString();
    const CliRun reset = cli({QStringLiteral("users"), QStringLiteral("reset-password"),
                              QStringLiteral("ed@acme.test"), QStringLiteral("--json")},
                             owner);
    ASSERT_EQ(reset.exitCode, 0) << reset.err.toStdString();
    ASSERT_TRUE(accept(reset.json().value(QStringLiteral("reset_token")).toString()));
    EXPECT_FALSE(login(QStringLiteral("ed@acme.test")).isEmpty());

    // Disable, enable, delete.
    const CliRun disabled =
        cli({QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("ed@acme.test")},
            owner);
    EXPECT_EQ(disabled.exitCode, 0) << disabled.err.toStdString();
    EXPECT_TRUE(disabled.out.contains(QLatin1String("disabled")));
    EXPECT_EQ(
        cli({QStringLiteral("users"), QStringLiteral("enable"), QStringLiteral("ed@acme.test")},
            owner)
            .exitCode,
        0);
    EXPECT_EQ(
        cli({QStringLiteral("users"), QStringLiteral("delete"), QStringLiteral("ed@acme.test")},
            owner)
            .exitCode,
        0);

    // Audit: listed, exported, verified.
    const CliRun audit =
        cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
             QStringLiteral("--limit"), QStringLiteral("500")},
            op);
    ASSERT_EQ(audit.exitCode, 0);
    EXPECT_GE(audit.json().value(QStringLiteral("items")).toArray().size(), 10);
    const CliRun exported = cli({QStringLiteral("audit"), QStringLiteral("export")}, owner);
    EXPECT_EQ(exported.exitCode, 0);
    EXPECT_TRUE(exported.out.startsWith(QLatin1String("seq,at,actor_id")));
    const CliRun verified = cli({QStringLiteral("audit"), QStringLiteral("verify")}, op);
    EXPECT_EQ(verified.exitCode, 0) << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(QLatin1String("intact")));

    // Terminate: the owner's token stops working.
    EXPECT_EQ(cli({QStringLiteral("tenants"), QStringLiteral("terminate"), tenant}, op).exitCode,
              0);
    EXPECT_EQ(cli({QStringLiteral("whoami")}, owner).exitCode, 1);
}

TEST_F(CliIdentity, Errors_ExitCodesAndMessages)
{
    const CliRun usage = cli({QStringLiteral("users")});
    EXPECT_EQ(usage.exitCode, 2);
    const CliRun noCredentials = cli({QStringLiteral("whoami")});
    EXPECT_EQ(noCredentials.exitCode, 1);
    EXPECT_TRUE(noCredentials.err.contains(QLatin1String("ONESTREAM_TOKEN")))
        << noCredentials.err.toStdString();
    const CliRun badLogin =
        cli({QStringLiteral("login"), QStringLiteral("--server"), m_server.baseUrl().toString(),
             QStringLiteral("--email"), kOperatorEmail, QStringLiteral("--password-stdin"),
             QStringLiteral("--print-token")},
            {}, "Wrong-Passw0rd\n");
    EXPECT_EQ(badLogin.exitCode, 1);
    EXPECT_TRUE(badLogin.err.contains(QLatin1String("401"))) << badLogin.err.toStdString();
    const QString op = login(kOperatorEmail);
    const CliRun forbidden = cli({QStringLiteral("users"), QStringLiteral("list")}, op);
    EXPECT_EQ(forbidden.exitCode, 1); // the operator has no tenant of their own
    EXPECT_TRUE(forbidden.err.contains(QLatin1String("--tenant")));
    const CliRun logout = cli({QStringLiteral("logout")}, op);
    EXPECT_EQ(logout.exitCode, 0) << logout.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("whoami")}, op).exitCode, 1);
}

} // namespace
