// Uploads and videos over the real HTTP engine (in process), second part: tus
// creation-defer-length on the wire, downloads streamed from disk with Range (past the old
// 64 MiB in-memory cap), images (thumbnails, poster frames) kept in one storage root, poster
// frames that never make a video ready, and the engine's checksum read-ahead.
#include "core/upload/checksum.h"
#include "tests/unit/upload_fixture.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace {

using namespace UploadFixture;
using TestSupport::HttpResult;

class UploadExtrasTest : public UploadEngine
{
protected:
    QUrl api(const QString& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_app->port()).arg(path));
    }

    HttpResult call(const QByteArray& method, const QString& path, const QJsonObject& body = {})
    {
        return TestSupport::httpRequest(
            method, api(path),
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
            {{"Authorization", bearer("tenant-a", "erin", "editor")},
             {"Content-Type", "application/json"}});
    }

    HttpResult tus(const QByteArray& method, const QUrl& url, const QByteArray& body,
                   QList<QPair<QByteArray, QByteArray>> headers)
    {
        using Header = QPair<QByteArray, QByteArray>;
        headers.append(Header("Authorization", bearer("tenant-a", "alice", "uploader")));
        headers.append(Header("Tus-Resumable", "1.0.0"));
        if (method == "PATCH" || !body.isEmpty())
            headers.append(Header("Content-Type", "application/offset+octet-stream"));
        return TestSupport::httpRequest(method, url, body, headers);
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

    QUrl uploadInto(const QString& videoId, const QString& path, const QString& role = {},
                    UploadOptions options = fastOptions())
    {
        QMap<QString, QString> metadata{{QStringLiteral("filename"), QFileInfo(path).fileName()},
                                        {QStringLiteral("video_id"), videoId}};
        if (!role.isEmpty())
            metadata.insert(QStringLiteral("role"), role);
        UploadTask task(m_network, path, endpoint(), metadata, options);
        task.setAuth(authFor("tenant-a"));
        EXPECT_TRUE(finish(task));
        EXPECT_EQ(task.state(), UploadTask::State::Done) << task.error().detail.toStdString();
        return task.uploadUrl();
    }
};

TEST_F(UploadExtrasTest, DeferLength_LengthDeclaredByALaterPatch)
{
    startServer();
    const auto options = tus("OPTIONS", endpoint(), {}, {});
    EXPECT_TRUE(options.header("Tus-Extension").contains("creation-defer-length"));

    const QByteArray first(1000, 'a');
    const QByteArray second(500, 'b');
    const auto created = tus("POST", endpoint(), first, {{"Upload-Defer-Length", "1"}});
    ASSERT_EQ(created.status, 201) << created.body.toStdString();
    EXPECT_EQ(created.header("Upload-Offset"), "1000");
    const QUrl url = endpoint().resolved(QUrl::fromEncoded(created.header("Location")));

    const auto before = tus("HEAD", url, {}, {});
    EXPECT_EQ(before.status, 200);
    EXPECT_EQ(before.header("Upload-Defer-Length"), "1");
    EXPECT_TRUE(before.header("Upload-Length").isEmpty());

    // The last PATCH says how long the upload is; the upload then completes.
    const auto last =
        tus("PATCH", url, second, {{"Upload-Offset", "1000"}, {"Upload-Length", "1500"}});
    ASSERT_EQ(last.status, 204) << last.body.toStdString();
    EXPECT_EQ(last.header("Upload-Offset"), "1500");
    EXPECT_EQ(last.header(kSha256Header),
              QCryptographicHash::hash(first + second, QCryptographicHash::Sha256).toHex());

    const auto after = tus("HEAD", url, {}, {});
    EXPECT_EQ(after.header("Upload-Length"), "1500");
    EXPECT_TRUE(after.header("Upload-Defer-Length").isEmpty());
    // The length cannot change once known.
    EXPECT_EQ(tus("PATCH", url, {}, {{"Upload-Offset", "1500"}, {"Upload-Length", "9"}}).status,
              400);
}

TEST_F(UploadExtrasTest, DeferLength_BadCombinationsRefused)
{
    Server::UploadLimits limits;
    limits.maxFileBytes = 4096;
    startServer(limits);
    EXPECT_EQ(tus("POST", endpoint(), {}, {}).status, 400);
    EXPECT_EQ(
        tus("POST", endpoint(), {}, {{"Upload-Defer-Length", "1"}, {"Upload-Length", "5"}}).status,
        400);
    EXPECT_EQ(tus("POST", endpoint(), {}, {{"Upload-Defer-Length", "2"}}).status, 400);
    const auto created =
        tus("POST", endpoint(), QByteArray(100, 'x'), {{"Upload-Defer-Length", "1"}});
    ASSERT_EQ(created.status, 201);
    const QUrl url = endpoint().resolved(QUrl::fromEncoded(created.header("Location")));
    // Declaring more than the largest upload, or less than what arrived, is refused.
    EXPECT_EQ(tus("PATCH", url, {}, {{"Upload-Offset", "100"}, {"Upload-Length", "5000"}}).status,
              413);
    EXPECT_EQ(tus("PATCH", url, {}, {{"Upload-Offset", "100"}, {"Upload-Length", "50"}}).status,
              413);
    // Without a declared length the body still cannot pass the largest upload.
    EXPECT_NE(tus("PATCH", url, QByteArray(5000, 'y'), {{"Upload-Offset", "100"}}).status, 204);
    const auto head = tus("HEAD", url, {}, {});
    EXPECT_EQ(head.header("Upload-Offset"), "100");
}

// The download streams from disk: a file past the old 64 MiB in-memory cap arrives whole and
// verified, and byte ranges answer 206 with exactly the asked bytes.
TEST_F(UploadExtrasTest, Download_StreamsLargeFileAndServesRanges)
{
    startServer();
    const QString id = createVideo({{QStringLiteral("title"), QStringLiteral("Big")}});
    const qint64 size = 70LL * 1024 * 1024;
    const QString path = makeFile(QStringLiteral("big.bin"), size, 7);
    UploadOptions options = fastOptions();
    options.initialChunkBytes = 16LL * 1024 * 1024;
    const QUrl upload = uploadInto(id, path, {}, options);
    const QUrl file = api(QStringLiteral("/v1/videos/%1/files/%2").arg(id, upload.fileName()));

    // Whole file, hashed as it arrives (the test keeps no copy either).
    QNetworkRequest request(file);
    request.setRawHeader("Authorization", bearer("tenant-a", "erin", "editor"));
    QNetworkReply* reply = m_network.get(request);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 received = 0;
    QObject::connect(reply, &QNetworkReply::readyRead, [&] {
        const QByteArray piece = reply->readAll();
        received += piece.size();
        hash.addData(piece);
    });
    ASSERT_TRUE(waitUntil([&] { return reply->isFinished(); }, std::chrono::seconds(60)));
    const QByteArray rest = reply->readAll();
    received += rest.size();
    hash.addData(rest);
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    EXPECT_EQ(reply->rawHeader("Accept-Ranges"), "bytes");
    EXPECT_EQ(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), size);
    reply->deleteLater();
    EXPECT_EQ(received, size);
    EXPECT_EQ(hash.result().toHex(), sha256Hex(path));

    QFile source(path);
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    const auto range = [&](const QByteArray& value) {
        return TestSupport::httpRequest(
            "GET", file, {},
            {{"Authorization", bearer("tenant-a", "erin", "editor")}, {"Range", value}},
            std::chrono::seconds(30));
    };
    const auto middle = range("bytes=1000-1999");
    EXPECT_EQ(middle.status, 206);
    EXPECT_EQ(middle.header("Content-Range"), "bytes 1000-1999/" + QByteArray::number(size));
    source.seek(1000);
    EXPECT_EQ(middle.body, source.read(1000));
    const auto suffix = range("bytes=-10");
    EXPECT_EQ(suffix.status, 206);
    source.seek(size - 10);
    EXPECT_EQ(suffix.body, source.read(10));
    const auto open = range("bytes=" + QByteArray::number(size - 5) + "-");
    EXPECT_EQ(open.status, 206);
    EXPECT_EQ(open.body.size(), 5);
    const auto outside = range("bytes=" + QByteArray::number(size) + "-");
    EXPECT_EQ(outside.status, 416);
    EXPECT_EQ(outside.header("Content-Range"), "bytes */" + QByteArray::number(size));
    // The connection goes on after a streamed body (keep-alive).
    EXPECT_EQ(range("bytes=0-0").status, 206);
}

TEST_F(UploadExtrasTest, Thumbnail_ImageKeptInOneRootAndPostersNeverMakeVideoReady)
{
    const std::filesystem::path first = (m_dir.path() + QStringLiteral("/root1")).toStdString();
    const std::filesystem::path second = (m_dir.path() + QStringLiteral("/root2")).toStdString();
    startServer({}, {first, second});
    const QString id = createVideo({{QStringLiteral("title"), QStringLiteral("Clip")}});

    // Poster frames of an encode: images, one copy, and the video is still waiting for its MP4.
    const QUrl best =
        uploadInto(id, makeFile(QStringLiteral("poster.jpg"), 5000, 1), QStringLiteral("poster"));
    const QUrl other = uploadInto(id, makeFile(QStringLiteral("poster_candidate_1.jpg"), 4000, 2),
                                  QStringLiteral("poster"));
    const std::string object = "uploads/tenant-a/" + best.fileName().toStdString();
    EXPECT_TRUE(std::filesystem::exists(first / object));
    EXPECT_FALSE(std::filesystem::exists(second / object));
    auto video = json(call("GET", QStringLiteral("/v1/videos/") + id));
    EXPECT_EQ(video.value(QStringLiteral("status")).toString(), QStringLiteral("awaiting-upload"));
    const QJsonArray files = video.value(QStringLiteral("files")).toArray();
    ASSERT_EQ(files.size(), 2);
    EXPECT_EQ(files[0].toObject().value(QStringLiteral("role")).toString(),
              QStringLiteral("poster"));

    // A video file is kept in both roots and makes the video ready.
    const QUrl movie = uploadInto(id, makeFile(QStringLiteral("clip.mp4"), 300000, 3));
    const std::string movieObject = "uploads/tenant-a/" + movie.fileName().toStdString();
    EXPECT_TRUE(std::filesystem::exists(first / movieObject));
    EXPECT_TRUE(std::filesystem::exists(second / movieObject));
    video = json(call("GET", QStringLiteral("/v1/videos/") + id));
    EXPECT_EQ(video.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));

    // The thumbnail is a chosen poster frame; a video file is not an image.
    const auto chosen = call("PATCH", QStringLiteral("/v1/videos/") + id,
                             {{QStringLiteral("thumbnail_upload_id"), other.fileName()}});
    EXPECT_EQ(chosen.status, 200) << chosen.body.toStdString();
    EXPECT_EQ(json(chosen).value(QStringLiteral("thumbnail_upload_id")).toString(),
              other.fileName());
    EXPECT_EQ(call("PATCH", QStringLiteral("/v1/videos/") + id,
                   {{QStringLiteral("thumbnail_upload_id"), movie.fileName()}})
                  .status,
              400);
    // The single copy of an image is verified on download; nothing is copied to the second root.
    const auto image =
        call("GET", QStringLiteral("/v1/videos/%1/files/%2").arg(id, best.fileName()));
    EXPECT_EQ(image.status, 200);
    EXPECT_EQ(image.header("OneStream-Healed-Copies"), "0");
    EXPECT_FALSE(std::filesystem::exists(second / object));
}

// The checksum of the next chunk is computed while the current one is on the wire; every chunk
// still carries the right digest (the server checks it: a wrong one would be a 460 and a resend)
// and the whole-file SHA-256 matches.
TEST_F(UploadExtrasTest, ReadAhead_ChecksumsOfManyChunksStayRight)
{
    startServer();
    const QString path = makeFile(QStringLiteral("many.bin"), 5 * 1024 * 1024 + 123, 9);
    for (const ChecksumAlgorithm algorithm :
         {ChecksumAlgorithm::Crc32c, ChecksumAlgorithm::Sha256}) {
        UploadOptions options = fastOptions();
        options.initialChunkBytes = options.maxChunkBytes = 256 * 1024;
        options.checksumPreference = {algorithm};
        UploadTask task(m_network, path, endpoint(), {}, options);
        task.setAuth(authFor("tenant-a"));
        ASSERT_TRUE(finish(task));
        ASSERT_EQ(task.state(), UploadTask::State::Done) << task.error().detail.toStdString();
        EXPECT_EQ(task.checksum(), algorithm);
        EXPECT_EQ(task.retries(), 0);
        EXPECT_EQ(task.bytesResent(), 0);
        EXPECT_EQ(task.sha256Hex(), sha256Hex(path));
    }
}

// Chunk bodies go over the task's own socket by default (DirectReply); the QNetworkAccessManager
// path stays available and gives the same result.
TEST_F(UploadExtrasTest, BothTransferPaths_SameBytesOnTheServer)
{
    startServer();
    const QString path = makeFile(QStringLiteral("paths.bin"), 1024 * 1024 + 77, 4);
    for (const bool direct : {true, false}) {
        UploadOptions options = fastOptions();
        options.directTransfer = direct;
        UploadTask task(m_network, path, endpoint(), {}, options);
        task.setAuth(authFor("tenant-a"));
        qint64 lastProgress = 0;
        QObject::connect(&task, &UploadTask::progress,
                         [&](qint64 offset, qint64) { lastProgress = offset; });
        ASSERT_TRUE(finish(task));
        ASSERT_EQ(task.state(), UploadTask::State::Done) << task.error().detail.toStdString();
        EXPECT_EQ(lastProgress, task.size());
        EXPECT_EQ(task.bytesSent(), task.size());
        QFile stored(storedObject("tenant-a", task.uploadUrl()));
        ASSERT_TRUE(stored.open(QIODevice::ReadOnly));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&stored);
        EXPECT_EQ(hash.result().toHex(), sha256Hex(path)) << (direct ? "direct" : "qnam");
    }
}

} // namespace
