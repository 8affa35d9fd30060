// Uploads and videos against the real onestream-server binary with real sign-in (identity):
// tenant isolation, role checks, and a server killed with SIGKILL in the middle of an upload.
#include "core/upload/uploadtask.h"
#include "tests/support/faultproxy.h"
#include "tests/support/identityfixture.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

namespace {

using namespace TestSupport;
using Upload::UploadTask;

class SignedInUploads : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(initOperator(m_server, kOperatorEmail, kTestPassword, &error))
            << error.toStdString();
        ASSERT_TRUE(m_server.start()) << m_server.error().toStdString();
        m_identity.emplace(m_server);
    }

    QUrl endpoint(quint16 port = 0) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/v1/uploads/")
                        .arg(port ? port : m_server.baseUrl().port()));
    }

    QString makeFile(const QString& name, qint64 size)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        QByteArray block(64 * 1024, '\0');
        quint32 x = 123456789U;
        for (qint64 written = 0; written < size; written += block.size()) {
            for (char& c : block) {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                c = static_cast<char>(x);
            }
            file.write(block.constData(), std::min<qint64>(block.size(), size - written));
        }
        return path;
    }

    static Upload::UploadAuth authOf(const Account& account)
    {
        const QByteArray header = "Bearer " + account.accessToken.toUtf8();
        return Upload::UploadAuth{
            [header] {
                return QList<QPair<QByteArray, QByteArray>>{{"Authorization", header}};
            },
            {}};
    }

    static Upload::UploadOptions options()
    {
        Upload::UploadOptions result;
        result.initialChunkBytes = 128 * 1024;
        result.maxChunkBytes = 128 * 1024;
        result.minChunkBytes = 64 * 1024;
        result.backoffBase = std::chrono::milliseconds(50);
        result.backoffMax = std::chrono::milliseconds(300);
        result.transferTimeout = std::chrono::seconds(5);
        result.maxConsecutiveFailures = 40;
        return result;
    }

    static bool finish(UploadTask& task,
                       std::chrono::milliseconds timeout = std::chrono::seconds(30))
    {
        bool done = false;
        QObject::connect(&task, &UploadTask::finished, [&done] { done = true; });
        task.start();
        return waitUntil([&] { return done; }, timeout);
    }

    static QByteArray sha256Hex(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        return hash.result().toHex();
    }

    ServerProcess m_server;
    std::optional<IdentityFixture> m_identity;
    QTemporaryDir m_files;
    QNetworkAccessManager m_network;
};

TEST_F(SignedInUploads, TenantIsolation_OtherTenantSeesNeitherUploadNorVideo)
{
    auto acme = m_identity->createTenant(QStringLiteral("Acme"));
    ASSERT_TRUE(acme) << m_identity->lastError().toStdString();
    auto globex = m_identity->createTenant(QStringLiteral("Globex"));
    ASSERT_TRUE(globex) << m_identity->lastError().toStdString();
    auto uploader = m_identity->addUser(*acme, QStringLiteral("uploader"));
    ASSERT_TRUE(uploader) << m_identity->lastError().toStdString();

    const auto created = httpRequest(
        "POST", m_server.url(QStringLiteral("/v1/videos")),
        QJsonDocument(QJsonObject{{QStringLiteral("title"), QStringLiteral("Acme launch")}})
            .toJson(),
        {bearer(uploader->accessToken), {"Content-Type", "application/json"}});
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    const QString videoId =
        QJsonDocument::fromJson(created.body).object().value(QStringLiteral("id")).toString();

    const QString path = makeFile(QStringLiteral("acme.mp4"), 400'000);
    UploadTask task(m_network, path, endpoint(),
                    {{QStringLiteral("filename"), QStringLiteral("acme.mp4")},
                     {QStringLiteral("video_id"), videoId}},
                    options());
    task.setAuth(authOf(*uploader));
    ASSERT_TRUE(finish(task));
    ASSERT_EQ(task.state(), UploadTask::State::Done) << task.error().detail.toStdString();
    EXPECT_EQ(task.sha256Hex(), sha256Hex(path));

    const auto other = bearer(globex->owner.accessToken);
    const QList<QPair<QByteArray, QByteArray>> tus{{"Tus-Resumable", "1.0.0"}, other};
    EXPECT_EQ(httpRequest("HEAD", task.uploadUrl(), {}, tus).status, 404);
    EXPECT_EQ(httpRequest("DELETE", task.uploadUrl(), {}, tus).status, 404);
    const QString videoPath = QStringLiteral("/v1/videos/") + videoId;
    EXPECT_EQ(httpRequest("GET", m_server.url(videoPath), {}, {other}).status, 404);
    EXPECT_EQ(httpRequest("DELETE", m_server.url(videoPath), {}, {other}).status, 404);
    const auto list = httpRequest("GET", m_server.url(QStringLiteral("/v1/videos")), {}, {other});
    ASSERT_EQ(list.status, 200);
    EXPECT_TRUE(QJsonDocument::fromJson(list.body)
                    .object()
                    .value(QStringLiteral("items"))
                    .toArray()
                    .isEmpty());
    // Acme's own owner sees the finished video.
    const auto mine =
        httpRequest("GET", m_server.url(videoPath), {}, {bearer(acme->owner.accessToken)});
    ASSERT_EQ(mine.status, 200);
    EXPECT_EQ(
        QJsonDocument::fromJson(mine.body).object().value(QStringLiteral("status")).toString(),
        QStringLiteral("ready"));
    // No token at all: 401.
    EXPECT_EQ(httpRequest("HEAD", task.uploadUrl(), {}, {{"Tus-Resumable", "1.0.0"}}).status, 401);
}

TEST_F(SignedInUploads, Viewer_CannotUpload)
{
    auto acme = m_identity->createTenant(QStringLiteral("Acme"));
    ASSERT_TRUE(acme) << m_identity->lastError().toStdString();
    auto viewer = m_identity->addUser(*acme, QStringLiteral("viewer"));
    ASSERT_TRUE(viewer) << m_identity->lastError().toStdString();
    UploadTask task(m_network, makeFile(QStringLiteral("v.bin"), 1000), endpoint(), {}, options());
    task.setAuth(authOf(*viewer));
    ASSERT_TRUE(finish(task));
    EXPECT_EQ(task.state(), UploadTask::State::Failed);
    EXPECT_EQ(task.error().native, 403);
}

TEST_F(SignedInUploads, Uploads_CreatePatchAndDenied_LandInTheAuditLog)
{
    auto acme = m_identity->createTenant(QStringLiteral("Acme"));
    ASSERT_TRUE(acme) << m_identity->lastError().toStdString();
    auto uploader = m_identity->addUser(*acme, QStringLiteral("uploader"));
    ASSERT_TRUE(uploader) << m_identity->lastError().toStdString();
    auto viewer = m_identity->addUser(*acme, QStringLiteral("viewer"));
    ASSERT_TRUE(viewer) << m_identity->lastError().toStdString();

    UploadTask task(m_network, makeFile(QStringLiteral("a.bin"), 300'000), endpoint(), {},
                    options());
    task.setAuth(authOf(*uploader));
    ASSERT_TRUE(finish(task));
    ASSERT_EQ(task.state(), UploadTask::State::Done) << task.error().detail.toStdString();
    UploadTask denied(m_network, makeFile(QStringLiteral("v.bin"), 1000), endpoint(), {},
                      options());
    denied.setAuth(authOf(*viewer));
    ASSERT_TRUE(finish(denied));

    // Streamed requests (tus POST and PATCH) bypass the ordinary dispatch; they are audited too.
    const auto audit = httpRequest("GET", m_server.url(QStringLiteral("/v1/audit")), {},
                                   {bearer(acme->owner.accessToken)});
    ASSERT_EQ(audit.status, 200) << audit.body.toStdString();
    int created = 0;
    int patched = 0;
    int refused = 0;
    for (const auto& value :
         QJsonDocument::fromJson(audit.body).object().value(QStringLiteral("items")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString action = entry.value(QStringLiteral("action")).toString();
        const QString actor = entry.value(QStringLiteral("actor_email")).toString();
        const int status = entry.value(QStringLiteral("status")).toInt();
        if (action == QLatin1String("POST /v1/uploads") && actor == uploader->email &&
            status == 201)
            ++created;
        if (action == QLatin1String("PATCH /v1/uploads/{id}") && actor == uploader->email &&
            status == 204)
            ++patched;
        if (action == QLatin1String("POST /v1/uploads") && actor == viewer->email && status == 403)
            ++refused;
    }
    EXPECT_EQ(created, 1) << audit.body.toStdString();
    EXPECT_GE(patched, 1) << audit.body.toStdString();
    EXPECT_EQ(refused, 1) << audit.body.toStdString();
}

TEST_F(SignedInUploads, ServerKilledMidUpload_ResumesAfterRestart)
{
    auto acme = m_identity->createTenant(QStringLiteral("Acme"));
    ASSERT_TRUE(acme) << m_identity->lastError().toStdString();
    FaultProxy proxy(static_cast<quint16>(m_server.baseUrl().port()));
    ASSERT_TRUE(proxy.listen());
    const QString path = makeFile(QStringLiteral("killed.bin"), 3'000'000);
    UploadTask task(m_network, path, endpoint(proxy.port()), {}, options());
    task.setAuth(authOf(acme->owner));
    bool done = false;
    QObject::connect(&task, &UploadTask::finished, [&done] { done = true; });
    task.start();
    ASSERT_TRUE(waitUntil([&] { return task.offset() >= 512 * 1024; }));
    m_server.kill(); // SIGKILL: no chance to tidy up
    ASSERT_TRUE(m_server.start()) << m_server.error().toStdString();
    proxy.setTargetPort(static_cast<quint16>(m_server.baseUrl().port()));
    ASSERT_TRUE(waitUntil([&] { return done; }, std::chrono::seconds(60)));
    ASSERT_EQ(task.state(), UploadTask::State::Done) << task.error().detail.toStdString();
    EXPECT_GE(proxy.connections(), 2); // the old connection died with the server
    EXPECT_LE(task.bytesResent(), 2 * 128 * 1024);
    EXPECT_EQ(task.sha256Hex(), sha256Hex(path));
    const auto head = httpRequest("HEAD", endpoint().resolved(QUrl(task.uploadUrl().path())), {},
                                  {{"Tus-Resumable", "1.0.0"}, bearer(acme->owner.accessToken)});
    EXPECT_EQ(head.header("OneStream-Upload-Sha256"), sha256Hex(path));
}

} // namespace
