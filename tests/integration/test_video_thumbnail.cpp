// GET /v1/videos/{id}/thumbnail against the real server with real sign-in: the image comes back
// with its media type and cache headers once the video names one; 404 without one, and 404 for
// another tenant.
#include "core/upload/uploadtask.h"
#include "tests/support/identityfixture.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

namespace {

using namespace TestSupport;
using Upload::UploadTask;

class VideoThumbnail : public ::testing::Test
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

    QString createVideo(const Account& account)
    {
        const auto created = httpRequest(
            "POST", m_server.url(QStringLiteral("/v1/videos")),
            QJsonDocument(QJsonObject{{QStringLiteral("title"), QStringLiteral("Launch")}})
                .toJson(),
            {bearer(account.accessToken), {"Content-Type", "application/json"}});
        EXPECT_EQ(created.status, 201) << created.body.toStdString();
        return QJsonDocument::fromJson(created.body)
            .object()
            .value(QStringLiteral("id"))
            .toString();
    }

    // Uploads a small PNG with role thumbnail for the video; the upload's id.
    QString uploadPng(const Account& account, const QString& videoId, QByteArray* bytes)
    {
        // A 4x2 RGB PNG.
        *bytes = QByteArray::fromHex(
            "89504e470d0a1a0a0000000d4948445200000004000000020802000000f0caea3400000010494441"
            "54789c6350685800470cc81c007e1a0a018d423aa80000000049454e44ae426082");
        const QString path = m_files.filePath(QStringLiteral("poster.png"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(*bytes);
        file.close();
        UploadTask task(
            m_network, path,
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1/uploads/").arg(m_server.baseUrl().port())),
            {{QStringLiteral("filename"), QStringLiteral("poster.png")},
             {QStringLiteral("video_id"), videoId},
             {QStringLiteral("role"), QStringLiteral("thumbnail")}},
            Upload::UploadOptions{});
        const QByteArray header = "Bearer " + account.accessToken.toUtf8();
        task.setAuth(Upload::UploadAuth{
            [header] {
                return QList<QPair<QByteArray, QByteArray>>{{"Authorization", header}};
            },
            {}});
        bool done = false;
        QObject::connect(&task, &UploadTask::finished, [&done] { done = true; });
        task.start();
        EXPECT_TRUE(waitUntil([&] { return done; }, std::chrono::seconds(30)));
        EXPECT_EQ(task.state(), UploadTask::State::Done) << task.error().detail.toStdString();
        return task.uploadUrl().path().section(QLatin1Char('/'), -1);
    }

    ServerProcess m_server;
    std::optional<IdentityFixture> m_identity;
    QTemporaryDir m_files;
    QNetworkAccessManager m_network;
};

TEST_F(VideoThumbnail, Get_ServedAfterSet_NotFoundWithoutOrForOtherTenant)
{
    auto acme = m_identity->createTenant(QStringLiteral("Acme"));
    ASSERT_TRUE(acme) << m_identity->lastError().toStdString();
    auto globex = m_identity->createTenant(QStringLiteral("Globex"));
    ASSERT_TRUE(globex) << m_identity->lastError().toStdString();
    const auto owner = bearer(acme->owner.accessToken);

    const QString videoId = createVideo(acme->owner);
    ASSERT_FALSE(videoId.isEmpty());
    const QUrl thumbnail = m_server.url(QStringLiteral("/v1/videos/%1/thumbnail").arg(videoId));

    const auto none = httpRequest("GET", thumbnail, {}, {owner});
    EXPECT_EQ(none.status, 404);
    EXPECT_TRUE(none.header("Content-Type").startsWith("application/problem+json"));

    QByteArray png;
    const QString uploadId = uploadPng(acme->owner, videoId, &png);
    ASSERT_FALSE(uploadId.isEmpty());
    const auto set = httpRequest(
        "PATCH", m_server.url(QStringLiteral("/v1/videos/") + videoId),
        QJsonDocument(QJsonObject{{QStringLiteral("thumbnail_upload_id"), uploadId}}).toJson(),
        {owner, {"Content-Type", "application/json"}});
    ASSERT_EQ(set.status, 200) << set.body.toStdString();

    const auto served = httpRequest("GET", thumbnail, {}, {owner});
    ASSERT_EQ(served.status, 200) << served.body.toStdString();
    EXPECT_EQ(served.header("Content-Type"), "image/png");
    EXPECT_EQ(served.header("Cache-Control").left(7), "private");
    EXPECT_FALSE(served.header("ETag").isEmpty());
    EXPECT_EQ(served.body, png);
    const auto again =
        httpRequest("GET", thumbnail, {}, {owner, {"If-None-Match", served.header("ETag")}});
    EXPECT_EQ(again.status, 304);
    EXPECT_TRUE(again.body.isEmpty());

    EXPECT_EQ(httpRequest("GET", thumbnail, {}, {bearer(globex->owner.accessToken)}).status, 404);
    EXPECT_EQ(httpRequest("GET", thumbnail, {}, {}).status, 401);
    EXPECT_EQ(httpRequest("GET", m_server.url(QStringLiteral("/v1/videos/vnosuchvideo/thumbnail")),
                          {}, {owner})
                  .status,
              404);
}

} // namespace
