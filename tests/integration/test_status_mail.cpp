// Notices reach each affected tenant's owners and admins: an inbox item per person (read/unread
// per user) and an e-mail through a real SMTP server on loopback (aiosmtpd). The relay is down
// when the notices are published: delivery waits and loses nothing.
#include "tests/support/identityfixture.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using namespace TestSupport;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString python()
{
    // Debian's interpreter, where python3-aiosmtpd is installed (scripts/packages.txt).
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                             : QStringLiteral("python3");
}

QList<QByteArray> mails(const QString& maildir)
{
    QList<QByteArray> result;
    const QDir dir(maildir + QStringLiteral("/new"));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            result.append(file.readAll());
    }
    return result;
}

TEST(StatusMail, RelayOutage_DelaysButLosesNothing)
{
    const quint16 smtpPort = freePort();
    ServerProcess server;
    ASSERT_TRUE(initOperator(server));
    ASSERT_TRUE(
        server.start({QStringLiteral("--monitor-interval-ms"), QStringLiteral("0"),
                      QStringLiteral("--smtp-relay"), QStringLiteral("127.0.0.1:%1").arg(smtpPort),
                      QStringLiteral("--smtp-retry-ms"), QStringLiteral("100")}))
        << server.error().toStdString();
    IdentityFixture identity(server);
    auto op = identity.loginOperator();
    ASSERT_TRUE(op);
    auto acme = identity.createTenant(QStringLiteral("Acme"));
    ASSERT_TRUE(acme) << identity.lastError().toStdString();
    auto acmeAdmin = identity.addUser(*acme, QStringLiteral("admin"));
    ASSERT_TRUE(acmeAdmin) << identity.lastError().toStdString();
    auto acmeEditor = identity.addUser(*acme, QStringLiteral("editor"));
    ASSERT_TRUE(acmeEditor);
    auto beta = identity.createTenant(QStringLiteral("Beta"));
    ASSERT_TRUE(beta);

    const auto post = [&](const QString& path, const QJsonObject& body) {
        return httpRequest("POST", server.url(path), QJsonDocument(body).toJson(),
                           {{"Content-Type", "application/json"}, bearer(op->accessToken)});
    };
    const auto inbox = [&](const Account& who) {
        return QJsonDocument::fromJson(httpRequest("GET", server.url(QStringLiteral("/v1/inbox")),
                                                   {}, {bearer(who.accessToken)})
                                           .body)
            .object();
    };

    // Published while the relay is down.
    ASSERT_EQ(post(QStringLiteral("/v1/status/notices"),
                   QJsonObject{{QStringLiteral("kind"), QStringLiteral("general")},
                               {QStringLiteral("title"), QStringLiteral("Maintenance policy")},
                               {QStringLiteral("body"), QStringLiteral("Line one\n.dot line")}})
                  .status,
              201);
    ASSERT_EQ(post(QStringLiteral("/v1/status/notices"),
                   QJsonObject{{QStringLiteral("kind"), QStringLiteral("general")},
                               {QStringLiteral("title"), QStringLiteral("Beta only")},
                               {QStringLiteral("body"), QStringLiteral("For Beta")},
                               {QStringLiteral("tenant_id"), beta->id}})
                  .status,
              201);
    ASSERT_TRUE(waitUntil([&] {
        return server.standardError().contains("cannot connect to the relay");
    })) << server.standardError().toStdString();

    // Inboxes: owners and admins of the affected tenants, read/unread per person.
    EXPECT_EQ(inbox(acme->owner).value(QLatin1String("unread")).toInt(), 1);
    EXPECT_EQ(inbox(*acmeAdmin).value(QLatin1String("unread")).toInt(), 1);
    EXPECT_EQ(inbox(*acmeEditor).value(QLatin1String("items")).toArray().size(), 0);
    EXPECT_EQ(inbox(beta->owner).value(QLatin1String("unread")).toInt(), 2);
    const QString itemId = inbox(acme->owner)
                               .value(QLatin1String("items"))
                               .toArray()[0]
                               .toObject()
                               .value(QLatin1String("id"))
                               .toString();
    EXPECT_EQ(httpRequest("POST", server.url(QStringLiteral("/v1/inbox/%1/read").arg(itemId)), {},
                          {bearer(acme->owner.accessToken)})
                  .status,
              200);
    EXPECT_EQ(httpRequest("POST", server.url(QStringLiteral("/v1/inbox/%1/read").arg(itemId)), {},
                          {bearer(beta->owner.accessToken)})
                  .status,
              404); // someone else's item
    EXPECT_EQ(inbox(acme->owner).value(QLatin1String("unread")).toInt(), 0);
    EXPECT_EQ(inbox(*acmeAdmin).value(QLatin1String("unread")).toInt(), 1);

    // The relay comes up: everything queued arrives, once.
    QTemporaryDir maildirParent;
    const QString maildirPath =
        maildirParent.filePath(QStringLiteral("mail")); // aiosmtpd creates it
    QProcess smtp;
    smtp.start(python(),
               {QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"),
                QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(smtpPort),
                QStringLiteral("-c"), QStringLiteral("aiosmtpd.handlers.Mailbox"), maildirPath});
    ASSERT_TRUE(smtp.waitForStarted(10000)) << smtp.errorString().toStdString();
    // (recipient, subject) of every delivered mail.
    const auto deliveries = [&] {
        QList<QPair<QByteArray, QByteArray>> result;
        for (const QByteArray& mail : mails(maildirPath)) {
            QByteArray to;
            QByteArray subject;
            for (const QByteArray& line : mail.split('\n')) {
                if (line.startsWith("X-RcptTo: "))
                    to = line.mid(10).trimmed();
                else if (line.startsWith("Subject: "))
                    subject = line.mid(9).trimmed();
            }
            result.append({to, subject});
        }
        return result;
    };
    const auto has = [&](const Account& who, const char* subject) {
        const QByteArray encoded =
            "=?UTF-8?B?" + (QByteArray("[OneStream] ") + subject).toBase64() + "?=";
        return deliveries().count({who.email.toUtf8(), encoded});
    };
    ASSERT_TRUE(waitUntil(
        [&] {
            return has(acme->owner, "Maintenance policy") == 1 &&
                   has(*acmeAdmin, "Maintenance policy") == 1 &&
                   has(beta->owner, "Maintenance policy") == 1 &&
                   has(beta->owner, "Beta only") == 1;
        },
        std::chrono::seconds(20)))
        << "mails: " << mails(maildirPath).size()
        << " smtp: " << smtp.readAllStandardError().toStdString();
    EXPECT_EQ(has(*acmeEditor, "Maintenance policy"), 0);
    EXPECT_EQ(has(acme->owner, "Beta only"), 0);
    QByteArray all;
    for (const QByteArray& mail : mails(maildirPath))
        all += mail;
    EXPECT_TRUE(all.contains("Line one\n.dot line") || all.contains("Line one\r\n.dot line"));

    // An incident afterwards reaches the same people; nothing is ever delivered twice.
    const auto incident = post(QStringLiteral("/v1/status/incidents"),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("Slow API")},
                                           {QStringLiteral("body"), QStringLiteral("Looking")}});
    ASSERT_EQ(incident.status, 201);
    ASSERT_TRUE(waitUntil([&] {
        return has(acme->owner, "Slow API (investigating)") == 1 &&
               has(*acmeAdmin, "Slow API (investigating)") == 1 &&
               has(beta->owner, "Slow API (investigating)") == 1;
    }));
    const auto delivered = deliveries();
    for (const auto& entry : delivered)
        EXPECT_EQ(delivered.count(entry), 1) << entry.first.toStdString();
    smtp.kill();
    smtp.waitForFinished(5000);
}

} // namespace
