// The hash-chained audit log: recording, listing, CSV export and tamper detection by editing
// the SQLite file behind the running server's back (issue 3).
#include "tests/support/identityfixture.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

using namespace TestSupport;

QJsonObject jsonOf(const HttpResult& reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

class IdentityAudit : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(initOperator(m_server, kOperatorEmail, kTestPassword, &error))
            << error.toStdString();
        ASSERT_TRUE(m_server.start()) << m_server.error().toStdString();
        auto op = m_identity.loginOperator();
        ASSERT_TRUE(op);
        m_operator = *op;
    }
    HttpResult send(const QByteArray& method, const QString& path, const QString& token,
                    const QJsonObject& body = {})
    {
        return httpRequest(method, apiUrl(m_server, path),
                           body.isEmpty() ? QByteArray()
                                          : QJsonDocument(body).toJson(QJsonDocument::Compact),
                           {bearer(token)});
    }
    QJsonArray entries(const QString& query = {})
    {
        const HttpResult reply =
            send("GET", QStringLiteral("/v1/audit") + query, m_operator.accessToken);
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        return jsonOf(reply).value(QStringLiteral("items")).toArray();
    }
    // Runs SQL directly on the server's database file, as an attacker with file access would.
    void tamper(const QStringList& statements)
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_server.dataDir() + QStringLiteral("/onestream.db"));
            ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
            QSqlQuery query(db);
            for (const QString& statement : statements)
                ASSERT_TRUE(query.exec(statement)) << query.lastError().text().toStdString();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QJsonObject verify()
    {
        const HttpResult reply =
            send("GET", QStringLiteral("/v1/audit/verify"), m_operator.accessToken);
        EXPECT_EQ(reply.status, 200);
        return jsonOf(reply);
    }
    void makeSomeEntries()
    {
        for (const char* name : {"One", "Two", "Three", "Four"}) {
            ASSERT_EQ(send("POST", QStringLiteral("/v1/tenants"), m_operator.accessToken,
                           {{QStringLiteral("name"), QString::fromLatin1(name)}})
                          .status,
                      201);
        }
    }
    ServerProcess m_server;
    IdentityFixture m_identity{m_server};
    Account m_operator;
};

TEST_F(IdentityAudit, StateChanges_RecordActorTenantActionTargetOutcome)
{
    const auto tenant = m_identity.createTenant(QStringLiteral("Acme"));
    ASSERT_TRUE(tenant) << m_identity.lastError().toStdString();
    const HttpResult denied = send("POST", QStringLiteral("/v1/tenants"), tenant->owner.accessToken,
                                   {{QStringLiteral("name"), QStringLiteral("Sneaky")}});
    ASSERT_EQ(denied.status, 403);
    const QJsonArray items = entries();
    ASSERT_GE(items.size(), 5);
    // Newest first: the denied attempt.
    const QJsonObject last = items.at(0).toObject();
    EXPECT_EQ(last.value(QStringLiteral("action")).toString(), QStringLiteral("POST /v1/tenants"));
    EXPECT_EQ(last.value(QStringLiteral("actor_email")).toString(), tenant->owner.email);
    EXPECT_EQ(last.value(QStringLiteral("tenant_id")).toString(), tenant->id);
    EXPECT_EQ(last.value(QStringLiteral("status")).toInt(), 403);
    EXPECT_EQ(last.value(QStringLiteral("outcome")).toString(), QStringLiteral("denied"));
    EXPECT_EQ(last.value(QStringLiteral("source_address")).toString(), QStringLiteral("127.0.0.1"));
    EXPECT_FALSE(last.value(QStringLiteral("at")).toString().isEmpty());

    bool sawCreate = false;
    bool sawLogin = false;
    for (const QJsonValue& value : items) {
        const QJsonObject entry = value.toObject();
        const QString action = entry.value(QStringLiteral("action")).toString();
        EXPECT_FALSE(action.startsWith(QLatin1String("GET"))) << action.toStdString();
        if (action == QLatin1String("POST /v1/tenants") &&
            entry.value(QStringLiteral("status")).toInt() == 201) {
            sawCreate = true;
            EXPECT_EQ(entry.value(QStringLiteral("actor_email")).toString(), kOperatorEmail);
            EXPECT_EQ(entry.value(QStringLiteral("tenant_id")).toString(), tenant->id);
            EXPECT_EQ(entry.value(QStringLiteral("target")).toString(),
                      QStringLiteral("id=") + tenant->id);
        }
        if (action == QLatin1String("POST /v1/auth/login") &&
            entry.value(QStringLiteral("actor_email")).toString() == tenant->owner.email) {
            sawLogin = true;
        }
    }
    EXPECT_TRUE(sawCreate);
    EXPECT_TRUE(sawLogin);
}

TEST_F(IdentityAudit, List_FiltersPagesAndTenantScope)
{
    const auto acme = m_identity.createTenant(QStringLiteral("Acme"));
    const auto globex = m_identity.createTenant(QStringLiteral("Globex"));
    ASSERT_TRUE(acme && globex);
    const auto failed = m_identity.login(acme->owner.email, QStringLiteral("Wrong-Passw0rd"));
    EXPECT_FALSE(failed);

    const QJsonArray denied = entries(QStringLiteral("?outcome=denied"));
    ASSERT_EQ(denied.size(), 1);
    EXPECT_EQ(denied.first().toObject().value(QStringLiteral("status")).toInt(), 401);
    EXPECT_EQ(denied.first().toObject().value(QStringLiteral("actor_email")).toString(),
              acme->owner.email);

    // Paging: newest first, cursor continues below the last seq seen.
    QList<qint64> seqs;
    QString cursor;
    int pages = 0;
    do {
        const HttpResult page = send("GET", QStringLiteral("/v1/audit?limit=3&cursor=") + cursor,
                                     m_operator.accessToken);
        for (const QJsonValue& value : jsonOf(page).value(QStringLiteral("items")).toArray())
            seqs.append(value.toObject().value(QStringLiteral("seq")).toInteger());
        cursor = jsonOf(page).value(QStringLiteral("next_cursor")).toString();
    } while (!cursor.isEmpty() && ++pages < 50);
    ASSERT_GE(seqs.size(), 6);
    for (qsizetype i = 1; i < seqs.size(); ++i)
        EXPECT_EQ(seqs[i], seqs[i - 1] - 1);
    EXPECT_EQ(seqs.last(), 1);

    // A tenant owner sees only their tenant's entries.
    const HttpResult own = send("GET", QStringLiteral("/v1/audit"), acme->owner.accessToken);
    ASSERT_EQ(own.status, 200);
    const QJsonArray ownItems = jsonOf(own).value(QStringLiteral("items")).toArray();
    EXPECT_FALSE(ownItems.isEmpty());
    for (const QJsonValue& value : ownItems)
        EXPECT_EQ(value.toObject().value(QStringLiteral("tenant_id")).toString(), acme->id);
    EXPECT_EQ(
        send("GET", QStringLiteral("/v1/audit?tenant_id=") + globex->id, acme->owner.accessToken)
            .status,
        404);
    EXPECT_EQ(send("GET", QStringLiteral("/v1/audit/verify"), acme->owner.accessToken).status, 403);
}

TEST_F(IdentityAudit, Export_IsCsvWithHeaderAndEveryEntry)
{
    makeSomeEntries();
    const HttpResult csv = send("GET", QStringLiteral("/v1/audit/export"), m_operator.accessToken);
    ASSERT_EQ(csv.status, 200);
    EXPECT_TRUE(csv.header("Content-Type").startsWith("text/csv"));
    const QList<QByteArray> lines = csv.body.trimmed().split('\n');
    ASSERT_EQ(lines.size(), 1 + 5); // header, the operator's login, four tenants
    EXPECT_TRUE(lines.first().startsWith("seq,at,actor_id,actor_email,tenant_id,action"));
    EXPECT_TRUE(lines.at(1).startsWith("1,"));
    EXPECT_TRUE(lines.last().contains("\"POST /v1/tenants\""));
}

TEST_F(IdentityAudit, Verify_Untouched_IsIntact)
{
    makeSomeEntries();
    const QJsonObject result = verify();
    EXPECT_TRUE(result.value(QStringLiteral("intact")).toBool());
    EXPECT_EQ(result.value(QStringLiteral("entries")).toInt(), 5);
}

TEST_F(IdentityAudit, Verify_EditedRow_NamesIt)
{
    makeSomeEntries();
    // The triggers refuse the edit: a tamperer has to drop them first.
    tamper(
        {QStringLiteral("DROP TRIGGER audit_log_no_update"),
         QStringLiteral("UPDATE audit_log SET actor_email = 'someone@else.test' WHERE seq = 3")});
    const QJsonObject result = verify();
    EXPECT_FALSE(result.value(QStringLiteral("intact")).toBool());
    EXPECT_EQ(result.value(QStringLiteral("first_broken_seq")).toInt(), 3);
    EXPECT_TRUE(
        result.value(QStringLiteral("reason")).toString().contains(QLatin1String("altered")));
}

TEST_F(IdentityAudit, Verify_DeletedRow_NamesTheGap)
{
    makeSomeEntries();
    tamper({QStringLiteral("DROP TRIGGER audit_log_no_delete"),
            QStringLiteral("DELETE FROM audit_log WHERE seq = 2")});
    const QJsonObject result = verify();
    EXPECT_FALSE(result.value(QStringLiteral("intact")).toBool());
    EXPECT_EQ(result.value(QStringLiteral("first_broken_seq")).toInt(), 2);
}

TEST_F(IdentityAudit, Verify_DeletedLastRow_IsDetected)
{
    makeSomeEntries();
    tamper({QStringLiteral("DROP TRIGGER audit_log_no_delete"),
            QStringLiteral("DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)")});
    const QJsonObject result = verify();
    EXPECT_FALSE(result.value(QStringLiteral("intact")).toBool());
    EXPECT_EQ(result.value(QStringLiteral("first_broken_seq")).toInt(), 5);
}

TEST_F(IdentityAudit, AppendOnly_TriggersRefuseEdits)
{
    makeSomeEntries();
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_server.dataDir() + QStringLiteral("/onestream.db"));
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        EXPECT_FALSE(query.exec(QStringLiteral("UPDATE audit_log SET status = 200")));
        EXPECT_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    EXPECT_TRUE(verify().value(QStringLiteral("intact")).toBool());
}

} // namespace
