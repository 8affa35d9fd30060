// Videos over the real HTTP engine (in process): library CRUD with paging, HLS packages that
// become ready only when every file arrived, master data, two storage roots with a damaged
// copy healed on read, tenant isolation, and tus edge cases on the wire (460, 412, 423).
#include "core/upload/checksum.h"
#include "tests/unit/upload_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace {

using namespace UploadFixture;
using TestSupport::HttpResult;

class VideoLibraryTest : public UploadEngine
{
protected:
    QUrl api(const QString& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_app->port()).arg(path));
    }

    HttpResult call(const QByteArray& method, const QString& path, const QJsonObject& body = {},
                    const char* tenant = "tenant-a", const char* role = "editor")
    {
        return TestSupport::httpRequest(
            method, api(path),
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{"Authorization", bearer(tenant, "erin", role)},
             {"Content-Type", "application/json"}});
    }

    static QJsonObject json(const HttpResult& result)
    {
        return QJsonDocument::fromJson(result.body).object();
    }

    QString createVideo(const QJsonObject& body)
    {
        const auto created = call("POST", QStringLiteral("/v1/videos"), body);
        EXPECT_EQ(created.status, 201) << created.body.toStdString();
        return json(created).value(QStringLiteral("id")).toString();
    }

    QUrl uploadInto(const QString& videoId, const QString& name, qint64 size, char salt = 0)
    {
        const QString path = makeFile(name, size, salt);
        UploadTask task(m_network, path, endpoint(),
                        {{QStringLiteral("filename"), name}, {QStringLiteral("video_id"), videoId}},
                        fastOptions());
        task.setAuth(authFor("tenant-a"));
        EXPECT_TRUE(finish(task));
        EXPECT_EQ(task.state(), UploadTask::State::Done) << task.error().detail.toStdString();
        return task.uploadUrl();
    }
};

TEST_F(VideoLibraryTest, Mp4Video_UploadMakesItReadyWithSha256)
{
    startServer();
    ASSERT_EQ(call("POST", QStringLiteral("/v1/categories"),
                   {{QStringLiteral("name"), QStringLiteral("news")}})
                  .status,
              201);
    ASSERT_EQ(call("POST", QStringLiteral("/v1/tags"),
                   {{QStringLiteral("name"), QStringLiteral("tokyo")}})
                  .status,
              201);
    const QString id =
        createVideo({{QStringLiteral("title"), QStringLiteral("Launch")},
                     {QStringLiteral("category"), QStringLiteral("news")},
                     {QStringLiteral("tags"), QJsonArray{QStringLiteral("tokyo")}},
                     {QStringLiteral("visibility"), QStringLiteral("link-only")},
                     {QStringLiteral("premiere_at"), QStringLiteral("2026-12-01T20:00:00Z")}});
    EXPECT_EQ(json(call("GET", QStringLiteral("/v1/videos/") + id)).value(QStringLiteral("status")),
              QStringLiteral("awaiting-upload"));
    uploadInto(id, QStringLiteral("launch.mp4"), 300'000);
    const QJsonObject video = json(call("GET", QStringLiteral("/v1/videos/") + id));
    EXPECT_EQ(video.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    const QJsonArray files = video.value(QStringLiteral("files")).toArray();
    ASSERT_EQ(files.size(), 1);
    EXPECT_EQ(files[0].toObject().value(QStringLiteral("sha256")).toString().toLatin1(),
              sha256Hex(m_dir.filePath(QStringLiteral("launch.mp4"))));
    EXPECT_EQ(video.value(QStringLiteral("visibility")).toString(), QStringLiteral("link-only"));
}

TEST_F(VideoLibraryTest, HlsPackage_ReadyOnlyWhenEveryFileArrived)
{
    startServer();
    const QString id =
        createVideo({{QStringLiteral("title"), QStringLiteral("Ladder")},
                     {QStringLiteral("kind"), QStringLiteral("hls")},
                     {QStringLiteral("files"),
                      QJsonArray{QStringLiteral("master.m3u8"), QStringLiteral("seg0.ts")}}});
    uploadInto(id, QStringLiteral("master.m3u8"), 2'000);
    EXPECT_EQ(json(call("GET", QStringLiteral("/v1/videos/") + id)).value(QStringLiteral("status")),
              QStringLiteral("uploading"));
    EXPECT_TRUE(json(call("GET", QStringLiteral("/v1/videos?status=ready")))
                    .value(QStringLiteral("items"))
                    .toArray()
                    .isEmpty());
    uploadInto(id, QStringLiteral("seg0.ts"), 200'000, 3);
    EXPECT_EQ(json(call("GET", QStringLiteral("/v1/videos/") + id)).value(QStringLiteral("status")),
              QStringLiteral("ready"));
    EXPECT_EQ(json(call("GET", QStringLiteral("/v1/videos?status=ready")))
                  .value(QStringLiteral("items"))
                  .toArray()
                  .size(),
              1);
}

struct InvalidCase
{
    const char* name;
    const char* json;
};
class InvalidVideo : public VideoLibraryTest, public ::testing::WithParamInterface<InvalidCase>
{};
TEST_P(InvalidVideo, Create_Is400)
{
    startServer();
    const QJsonObject body = QJsonDocument::fromJson(GetParam().json).object();
    const auto reply = call("POST", QStringLiteral("/v1/videos"), body);
    EXPECT_EQ(reply.status, 400) << reply.body.toStdString();
}
INSTANTIATE_TEST_SUITE_P(
    Rules, InvalidVideo,
    ::testing::Values(
        InvalidCase{"NoTitle", R"({"description":"x"})"},
        InvalidCase{"UnknownVisibility", R"({"title":"t","visibility":"friends"})"},
        InvalidCase{"ScheduledWithoutDates", R"({"title":"t","visibility":"scheduled"})"},
        InvalidCase{
            "ScheduledBackwards",
            R"({"title":"t","visibility":"scheduled","visible_from":"2026-12-02T00:00:00Z","visible_until":"2026-12-01T00:00:00Z"})"},
        InvalidCase{"GroupsEmpty", R"({"title":"t","visibility":"groups","groups":[]})"},
        InvalidCase{"UnknownCategory", R"({"title":"t","category":"nope"})"},
        InvalidCase{"UnknownTag", R"({"title":"t","tags":["nope"]})"},
        InvalidCase{"BadPlaybackWindow", R"({"title":"t","playback_window":{"from":"x"}})"},
        InvalidCase{"HlsWithoutFiles", R"({"title":"t","kind":"hls"})"}),
    [](const ::testing::TestParamInfo<InvalidCase>& row) { return std::string(row.param.name); });

TEST_F(VideoLibraryTest, List_PagesWithCursorNewestFirst)
{
    startServer();
    QStringList created;
    for (int i = 0; i < 5; ++i)
        created.prepend(createVideo({{QStringLiteral("title"), QStringLiteral("V%1").arg(i)}}));
    QStringList seen;
    QString cursor;
    int pages = 0;
    do {
        const QJsonObject page = json(
            call("GET", QStringLiteral("/v1/videos?limit=2") +
                            (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor)));
        for (const QJsonValue& item : page.value(QStringLiteral("items")).toArray())
            seen.append(item.toObject().value(QStringLiteral("id")).toString());
        cursor = page.value(QStringLiteral("next_cursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    EXPECT_EQ(pages, 3);
    EXPECT_EQ(seen, created);
}

TEST_F(VideoLibraryTest, PatchAndDelete_UpdateThenRemove)
{
    startServer();
    const QString id = createVideo({{QStringLiteral("title"), QStringLiteral("Draft")}});
    const auto patched =
        call("PATCH", QStringLiteral("/v1/videos/") + id,
             {{QStringLiteral("title"), QStringLiteral("Final")},
              {QStringLiteral("visibility"), QStringLiteral("scheduled")},
              {QStringLiteral("visible_from"), QStringLiteral("2026-12-01T00:00:00Z")},
              {QStringLiteral("visible_until"), QStringLiteral("2026-12-31T00:00:00Z")},
              {QStringLiteral("playback_window"),
               QJsonObject{{QStringLiteral("from"), QStringLiteral("2026-12-01T00:00:00Z")},
                           {QStringLiteral("until"), QStringLiteral("2027-01-31T00:00:00Z")}}}});
    ASSERT_EQ(patched.status, 200) << patched.body.toStdString();
    EXPECT_EQ(json(patched).value(QStringLiteral("title")).toString(), QStringLiteral("Final"));
    EXPECT_EQ(call("PATCH", QStringLiteral("/v1/videos/") + id,
                   {{QStringLiteral("status"), QStringLiteral("ready")}})
                  .status,
              400);
    EXPECT_EQ(call("DELETE", QStringLiteral("/v1/videos/") + id).status, 204);
    EXPECT_EQ(call("GET", QStringLiteral("/v1/videos/") + id).status, 404);
}

TEST_F(VideoLibraryTest, TwoStorageRoots_DamagedCopyHealedOnRead)
{
    const std::filesystem::path first = (m_dir.path() + QStringLiteral("/root1")).toStdString();
    const std::filesystem::path second = (m_dir.path() + QStringLiteral("/root2")).toStdString();
    startServer({}, {first, second});
    const QString id = createVideo({{QStringLiteral("title"), QStringLiteral("Twice")}});
    const QUrl url = uploadInto(id, QStringLiteral("twice.mp4"), 400'000);
    const QString relative = QStringLiteral("/uploads/tenant-a/") + url.fileName();
    const QString copy1 = QString::fromStdString(first.string()) + relative;
    const QString copy2 = QString::fromStdString(second.string()) + relative;
    const QByteArray original = sha256Hex(m_dir.filePath(QStringLiteral("twice.mp4")));
    ASSERT_EQ(sha256Hex(copy1), original);
    ASSERT_EQ(sha256Hex(copy2), original);
    {
        QFile damaged(copy2);
        ASSERT_TRUE(damaged.open(QIODevice::ReadWrite));
        damaged.seek(1000);
        damaged.write("\xff\xfe", 2);
    }
    ASSERT_NE(sha256Hex(copy2), original);
    const auto download =
        call("GET", QStringLiteral("/v1/videos/%1/files/%2").arg(id, url.fileName()));
    ASSERT_EQ(download.status, 200);
    EXPECT_EQ(QCryptographicHash::hash(download.body, QCryptographicHash::Sha256).toHex(),
              original);
    EXPECT_EQ(download.header("OneStream-Healed-Copies"), "1");
    EXPECT_EQ(sha256Hex(copy2), original);
    // Both copies lost: a clear failure, never wrong bytes.
    QFile::remove(copy1);
    QFile::remove(copy2);
    EXPECT_EQ(call("GET", QStringLiteral("/v1/videos/%1/files/%2").arg(id, url.fileName())).status,
              500);
}

TEST_F(VideoLibraryTest, OtherTenant_CannotSeeOrTouchVideos)
{
    startServer();
    const QString id = createVideo({{QStringLiteral("title"), QStringLiteral("Private")}});
    const QString path = QStringLiteral("/v1/videos/") + id;
    EXPECT_EQ(call("GET", path, {}, "tenant-b", "owner").status, 404);
    EXPECT_EQ(
        call("PATCH", path, {{QStringLiteral("title"), QStringLiteral("x")}}, "tenant-b", "owner")
            .status,
        404);
    EXPECT_EQ(call("DELETE", path, {}, "tenant-b", "owner").status, 404);
    EXPECT_TRUE(json(call("GET", QStringLiteral("/v1/videos"), {}, "tenant-b", "owner"))
                    .value(QStringLiteral("items"))
                    .toArray()
                    .isEmpty());
    EXPECT_EQ(call("GET", path, {}, "tenant-a", "viewer").status, 200);
    EXPECT_EQ(call("DELETE", path, {}, "tenant-a", "viewer").status, 403);
    EXPECT_EQ(TestSupport::httpRequest("GET", api(path)).status, 401);
}

class TusWire : public UploadEngine
{
protected:
    // Creates an upload of length bytes and returns its URL.
    QUrl createUpload(qint64 length)
    {
        const auto created =
            TestSupport::httpRequest("POST", endpoint(), {},
                                     {{"Tus-Resumable", "1.0.0"},
                                      {"Upload-Length", QByteArray::number(length)},
                                      {"Authorization", bearer("tenant-a", "alice", "uploader")}});
        EXPECT_EQ(created.status, 201);
        return endpoint().resolved(QUrl::fromEncoded(created.header("Location")));
    }
    HttpResult patch(const QUrl& url, qint64 offset, const QByteArray& body,
                     const QByteArray& checksum = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{
            {"Tus-Resumable", "1.0.0"},
            {"Upload-Offset", QByteArray::number(offset)},
            {"Content-Type", "application/offset+octet-stream"},
            {"Authorization", bearer("tenant-a", "alice", "uploader")}};
        if (!checksum.isEmpty())
            headers.append(qMakePair(QByteArray("Upload-Checksum"), checksum));
        return TestSupport::httpRequest("PATCH", url, body, headers);
    }
    qint64 offsetOf(const QUrl& url)
    {
        return TestSupport::httpRequest(
                   "HEAD", url, {},
                   {{"Tus-Resumable", "1.0.0"},
                    {"Authorization", bearer("tenant-a", "alice", "uploader")}})
            .header("Upload-Offset")
            .toLongLong();
    }
};

TEST_F(TusWire, ChecksumMismatch_Is460AndChunkDiscarded)
{
    startServer();
    const QUrl url = createUpload(8);
    ASSERT_EQ(patch(url, 0, "abcd").status, 204);
    const QByteArray wrong =
        Upload::formatChecksumHeader(Upload::ChecksumAlgorithm::Sha1, QByteArray(20, 'x'));
    EXPECT_EQ(patch(url, 4, "efgh", wrong).status, 460);
    EXPECT_EQ(offsetOf(url), 4);
    Upload::Hasher sha256(Upload::ChecksumAlgorithm::Sha256);
    sha256.add("efgh", 4);
    const auto good =
        patch(url, 4, "efgh",
              Upload::formatChecksumHeader(Upload::ChecksumAlgorithm::Sha256, sha256.finish()));
    EXPECT_EQ(good.status, 204);
    EXPECT_EQ(good.header("Upload-Offset"), "8");
    Upload::Hasher whole(Upload::ChecksumAlgorithm::Sha256);
    whole.add("abcdefgh", 8);
    EXPECT_EQ(good.header("OneStream-Upload-Sha256"), whole.finish().toHex());
    EXPECT_EQ(patch(url, 0, "zz").status, 409);
    EXPECT_EQ(patch(url, 0, "zz", "md5 AAAA").status, 400);
    // A finished upload can still be terminated.
    EXPECT_EQ(TestSupport::httpRequest("DELETE", url, {},
                                       {{"Tus-Resumable", "1.0.0"},
                                        {"Authorization", bearer("tenant-a", "alice", "uploader")}})
                  .status,
              204);
    EXPECT_EQ(offsetOf(url), 0); // gone: HEAD answers 404 without an offset
}

TEST_F(TusWire, WithoutTusResumable_Is412)
{
    startServer();
    const auto reply = TestSupport::httpRequest(
        "POST", endpoint(), {},
        {{"Upload-Length", "5"}, {"Authorization", bearer("tenant-a", "alice", "uploader")}});
    EXPECT_EQ(reply.status, 412);
    EXPECT_EQ(reply.header("Tus-Version"), "1.0.0");
}

TEST_F(TusWire, RacingPatches_SecondGets423AndNothingCorrupts)
{
    startServer();
    const QUrl url = createUpload(200'000);
    // The first PATCH sends its header and half its body, then holds the upload.
    QTcpSocket slow;
    slow.connectToHost(QStringLiteral("127.0.0.1"), m_app->port());
    ASSERT_TRUE(slow.waitForConnected(5000));
    const QByteArray data = makeFile(QStringLiteral("race.bin"), 200'000).toUtf8();
    QFile source(m_dir.filePath(QStringLiteral("race.bin")));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    slow.write("PATCH " + url.path().toUtf8() +
               " HTTP/1.1\r\nHost: 127.0.0.1\r\nTus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\n"
               "Content-Type: application/offset+octet-stream\r\nContent-Length: 200000\r\n"
               "Authorization: " +
               bearer("tenant-a", "alice", "uploader") + "\r\n\r\n");
    slow.write(bytes.left(100'000));
    ASSERT_TRUE(slow.waitForBytesWritten(5000));
    ASSERT_TRUE(waitUntil([&] { return offsetOf(url) == 0 && patch(url, 0, "x").status == 423; }));
    // The first finishes; the upload holds exactly its bytes.
    slow.write(bytes.mid(100'000));
    QByteArray answer;
    ASSERT_TRUE(waitUntil([&] {
        answer += slow.readAll();
        return answer.contains("\r\n\r\n");
    }));
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 204")) << answer.toStdString();
    EXPECT_EQ(offsetOf(url), 200'000);
    EXPECT_EQ(sha256Hex(m_dir.path() + QStringLiteral("/server/objects/uploads/tenant-a/") +
                        url.fileName()),
              sha256Hex(m_dir.filePath(QStringLiteral("race.bin"))));
    Q_UNUSED(data);
}

} // namespace
