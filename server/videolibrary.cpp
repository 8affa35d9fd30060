#include "server/videolibrary.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <random>

namespace Server {
namespace {

const QStringList kVisibilities{QStringLiteral("public"), QStringLiteral("private"),
                                QStringLiteral("scheduled"), QStringLiteral("link-only"),
                                QStringLiteral("groups")};
const QStringList kEditable{QStringLiteral("title"),
                            QStringLiteral("description"),
                            QStringLiteral("category"),
                            QStringLiteral("tags"),
                            QStringLiteral("visibility"),
                            QStringLiteral("visible_from"),
                            QStringLiteral("visible_until"),
                            QStringLiteral("groups"),
                            QStringLiteral("playback_window"),
                            QStringLiteral("premiere_at"),
                            QStringLiteral("thumbnail_upload_id")};

std::string newId()
{
    thread_local std::mt19937_64 random{std::random_device{}()};
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id = "v";
    for (int i = 0; i < 24; ++i)
        id += kHex[random() & 0xFU];
    return id;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

std::optional<QDateTime> isoTime(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

std::string toStd(const QJsonValue& value)
{
    return value.toString().toStdString();
}

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

VideoLibrary::VideoLibrary(Database& db, UploadStore& uploads) : m_db(db), m_uploads(uploads) {}

LibraryResult VideoLibrary::validate(const std::string& tenantId, QJsonObject& video)
{
    const QString title = video.value(QStringLiteral("title")).toString().trimmed();
    if (title.isEmpty() || title.size() > 200)
        return LibraryResult::fail(400, "invalid-video",
                                   QStringLiteral("A title of 1 to 200 "
                                                  "characters is required"));
    video.insert(QStringLiteral("title"), title);
    if (video.value(QStringLiteral("description")).toString().size() > 5000)
        return LibraryResult::fail(400, "invalid-video",
                                   QStringLiteral("The description is limited to 5000 characters"));
    const QString visibility =
        video.value(QStringLiteral("visibility")).toString(QStringLiteral("private"));
    if (!kVisibilities.contains(visibility)) {
        return LibraryResult::fail(
            400, "invalid-video", QStringLiteral("Unknown visibility"),
            QStringLiteral("Use one of: %1").arg(kVisibilities.join(QStringLiteral(", "))));
    }
    video.insert(QStringLiteral("visibility"), visibility);
    if (visibility == QLatin1String("scheduled")) {
        const auto from = isoTime(video.value(QStringLiteral("visible_from")));
        const auto until = isoTime(video.value(QStringLiteral("visible_until")));
        if (!from || !until || *from >= *until) {
            return LibraryResult::fail(
                400, "invalid-video", QStringLiteral("Scheduled visibility needs two dates"),
                QStringLiteral("visible_from must be an ISO 8601 time before visible_until"));
        }
    }
    if (visibility == QLatin1String("groups") &&
        video.value(QStringLiteral("groups")).toArray().isEmpty()) {
        return LibraryResult::fail(400, "invalid-video",
                                   QStringLiteral("Group visibility needs at least one group"));
    }
    if (video.contains(QStringLiteral("playback_window"))) {
        const QJsonObject window = video.value(QStringLiteral("playback_window")).toObject();
        const auto from = isoTime(window.value(QStringLiteral("from")));
        const auto until = isoTime(window.value(QStringLiteral("until")));
        if (!from || !until || *from >= *until) {
            return LibraryResult::fail(400, "invalid-video",
                                       QStringLiteral("The playback window needs from < until "
                                                      "(ISO 8601)"));
        }
    }
    if (video.contains(QStringLiteral("premiere_at")) &&
        !video.value(QStringLiteral("premiere_at")).isNull() &&
        !isoTime(video.value(QStringLiteral("premiere_at")))) {
        return LibraryResult::fail(400, "invalid-video",
                                   QStringLiteral("premiere_at must be an ISO 8601 time"));
    }
    // Category and tags come from the tenant's master data.
    const auto known = [&](const char* kind, const QString& name) {
        return m_db.withLock([&](Database& db) {
            auto statement = db.prepare("SELECT 1 FROM video_terms WHERE tenant_id = ?1 AND "
                                        "kind = ?2 AND name = ?3");
            if (!statement)
                return false;
            statement->bind(1, tenantId).bind(2, kind).bind(3, name.toStdString());
            auto row = statement->step();
            return row && row.value();
        });
    };
    const QString category = video.value(QStringLiteral("category")).toString();
    if (!category.isEmpty() && !known("categories", category)) {
        return LibraryResult::fail(400, "unknown-category", QStringLiteral("Unknown category"),
                                   QStringLiteral("Add it with POST /v1/categories first"));
    }
    for (const QJsonValue& tag : video.value(QStringLiteral("tags")).toArray()) {
        if (!known("tags", tag.toString())) {
            return LibraryResult::fail(
                400, "unknown-tag", QStringLiteral("Unknown tag"),
                QStringLiteral("Add %1 with POST /v1/tags first").arg(tag.toString()));
        }
    }
    const QString thumbnail = video.value(QStringLiteral("thumbnail_upload_id")).toString();
    if (!thumbnail.isEmpty()) {
        auto found = m_uploads.find(tenantId, thumbnail.toStdString());
        // An uploaded image (role thumbnail) or one of the encoder's poster frames (role poster).
        if (!found || !found.value() || !(*found.value()).complete() ||
            !(*found.value()).isImage()) {
            return LibraryResult::fail(
                400, "invalid-thumbnail",
                QStringLiteral("The thumbnail must be a finished image upload"),
                QStringLiteral("Upload the image with Upload-Metadata role thumbnail, or pick a "
                               "poster frame (role poster) of the encode"));
        }
    }
    return {};
}

LibraryResult VideoLibrary::create(const std::string& tenantId, const std::string& userId,
                                   const QJsonObject& input)
{
    QJsonObject video;
    for (const QString& key : kEditable) {
        if (input.contains(key))
            video.insert(key, input.value(key));
    }
    const QString kind = input.value(QStringLiteral("kind")).toString(QStringLiteral("mp4"));
    if (kind != QLatin1String("mp4") && kind != QLatin1String("hls"))
        return LibraryResult::fail(400, "invalid-video", QStringLiteral("kind is mp4 or hls"));
    const QJsonArray files = input.value(QStringLiteral("files")).toArray();
    if (kind == QLatin1String("hls") && files.isEmpty()) {
        return LibraryResult::fail(400, "invalid-video",
                                   QStringLiteral("An HLS package lists its files"),
                                   QStringLiteral("files: every playlist and segment name"));
    }
    video.insert(QStringLiteral("kind"), kind);
    video.insert(QStringLiteral("files_expected"), files);
    if (auto checked = validate(tenantId, video); !checked.ok())
        return checked;
    const std::string id = newId();
    video.insert(QStringLiteral("id"), fromStd(id));
    video.insert(QStringLiteral("owner_id"), fromStd(userId));
    video.insert(QStringLiteral("status"), QStringLiteral("awaiting-upload"));
    video.insert(QStringLiteral("created_at"), nowIso());
    video.insert(QStringLiteral("updated_at"), nowIso());
    auto inserted = m_db.withLock([&](Database& db) -> Core::Status {
        auto statement =
            db.prepare("INSERT INTO videos(id, tenant_id, status, doc) VALUES (?1, ?2, ?3, ?4)");
        if (!statement)
            return statement.error();
        statement->bind(1, id)
            .bind(2, tenantId)
            .bind(3, "awaiting-upload")
            .bind(4, QJsonDocument(video).toJson(QJsonDocument::Compact).toStdString());
        auto done = statement->step();
        if (!done)
            return done.error();
        return {};
    });
    if (!inserted)
        return LibraryResult::fail(500, "storage-failed", QStringLiteral("Cannot save the video"),
                                   inserted.error().detail);
    LibraryResult result;
    result.status = 201;
    result.body = withFiles(tenantId, video);
    return result;
}

std::optional<QJsonObject> VideoLibrary::load(const std::string& tenantId, const std::string& id)
{
    return m_db.withLock([&](Database& db) -> std::optional<QJsonObject> {
        auto statement =
            db.prepare("SELECT doc, status FROM videos WHERE id = ?1 AND tenant_id = ?2");
        if (!statement)
            return std::nullopt;
        statement->bind(1, id).bind(2, tenantId);
        auto row = statement->step();
        if (!row || !row.value())
            return std::nullopt;
        QJsonObject video =
            QJsonDocument::fromJson(QByteArray::fromStdString(statement->columnText(0))).object();
        video.insert(QStringLiteral("status"), fromStd(statement->columnText(1)));
        return video;
    });
}

Core::Status VideoLibrary::save(const std::string& tenantId, const QJsonObject& video)
{
    return m_db.withLock([&](Database& db) -> Core::Status {
        auto statement = db.prepare("UPDATE videos SET doc = ?3 WHERE id = ?1 AND tenant_id = ?2");
        if (!statement)
            return statement.error();
        statement->bind(1, toStd(video.value(QStringLiteral("id"))))
            .bind(2, tenantId)
            .bind(3, QJsonDocument(video).toJson(QJsonDocument::Compact).toStdString());
        auto done = statement->step();
        if (!done)
            return done.error();
        return {};
    });
}

QJsonObject VideoLibrary::withFiles(const std::string& tenantId, QJsonObject video)
{
    QJsonArray files;
    m_db.withLock([&](Database& db) {
        auto statement =
            db.prepare("SELECT id, filename, length, offset, sha256, role FROM uploads "
                       "WHERE tenant_id = ?1 AND video_id = ?2 ORDER BY created_at");
        if (!statement)
            return;
        statement->bind(1, tenantId).bind(2, toStd(video.value(QStringLiteral("id"))));
        while (true) {
            auto row = statement->step();
            if (!row || !row.value())
                break;
            QJsonObject file{
                {QStringLiteral("upload_id"), fromStd(statement->columnText(0))},
                {QStringLiteral("name"), fromStd(statement->columnText(1))},
                {QStringLiteral("size"), static_cast<qint64>(statement->columnInt(2))},
                {QStringLiteral("received"), static_cast<qint64>(statement->columnInt(3))}};
            const std::string sha = statement->columnText(4);
            file.insert(QStringLiteral("complete"), !sha.empty());
            const std::string role = statement->columnText(5);
            if (!role.empty())
                file.insert(QStringLiteral("role"), fromStd(role));
            if (!sha.empty())
                file.insert(QStringLiteral("sha256"), fromStd(sha));
            files.append(file);
        }
    });
    video.insert(QStringLiteral("files"), files);
    return video;
}

void VideoLibrary::refreshStatus(const std::string& tenantId, const std::string& id)
{
    auto video = load(tenantId, id);
    if (!video)
        return;
    const QJsonObject full = withFiles(tenantId, *video);
    QSet<QString> complete;
    bool any = false;
    for (const QJsonValue& file : full.value(QStringLiteral("files")).toArray()) {
        // Images (poster frames, thumbnails) belong to the video but never make it ready.
        if (file.toObject().contains(QStringLiteral("role")))
            continue;
        any = true;
        if (file.toObject().value(QStringLiteral("complete")).toBool())
            complete.insert(file.toObject().value(QStringLiteral("name")).toString());
    }
    bool ready = false;
    if (full.value(QStringLiteral("kind")).toString() == QLatin1String("hls")) {
        ready = true;
        for (const QJsonValue& name : full.value(QStringLiteral("files_expected")).toArray())
            ready = ready && complete.contains(name.toString());
    } else {
        ready = !complete.isEmpty();
    }
    const char* status = ready ? "ready" : any ? "uploading" : "awaiting-upload";
    m_db.withLock([&](Database& db) {
        auto statement =
            db.prepare("UPDATE videos SET status = ?3 WHERE id = ?1 AND tenant_id = ?2");
        if (statement) {
            statement->bind(1, id).bind(2, tenantId).bind(3, status);
            (void)statement->step();
        }
    });
}

void VideoLibrary::onUploadComplete(const UploadRecord& record)
{
    if (!record.videoId.empty())
        refreshStatus(record.tenantId, record.videoId);
}

LibraryResult VideoLibrary::get(const std::string& tenantId, const std::string& id)
{
    refreshStatus(tenantId, id);
    auto video = load(tenantId, id);
    if (!video)
        return LibraryResult::fail(404, "not-found", QStringLiteral("No such video"));
    LibraryResult result;
    result.body = withFiles(tenantId, *video);
    return result;
}

LibraryResult VideoLibrary::update(const std::string& tenantId, const std::string& id,
                                   const QJsonObject& input)
{
    auto video = load(tenantId, id);
    if (!video)
        return LibraryResult::fail(404, "not-found", QStringLiteral("No such video"));
    for (auto it = input.begin(); it != input.end(); ++it) {
        if (!kEditable.contains(it.key())) {
            return LibraryResult::fail(400, "invalid-video", QStringLiteral("Field not editable"),
                                       it.key());
        }
        if (it.value().isNull())
            video->remove(it.key());
        else
            video->insert(it.key(), it.value());
    }
    if (auto checked = validate(tenantId, *video); !checked.ok())
        return checked;
    video->insert(QStringLiteral("updated_at"), nowIso());
    if (auto saved = save(tenantId, *video); !saved)
        return LibraryResult::fail(500, "storage-failed", QStringLiteral("Cannot save the video"),
                                   saved.error().detail);
    return get(tenantId, id);
}

LibraryResult VideoLibrary::remove(const std::string& tenantId, const std::string& id)
{
    auto video = load(tenantId, id);
    if (!video)
        return LibraryResult::fail(404, "not-found", QStringLiteral("No such video"));
    const QJsonObject full = withFiles(tenantId, *video);
    for (const QJsonValue& file : full.value(QStringLiteral("files")).toArray()) {
        auto upload =
            m_uploads.find(tenantId, toStd(file.toObject().value(QStringLiteral("upload_id"))));
        if (upload && upload.value())
            (void)m_uploads.remove(*upload.value());
    }
    m_db.withLock([&](Database& db) {
        auto statement = db.prepare("DELETE FROM videos WHERE id = ?1 AND tenant_id = ?2");
        if (statement) {
            statement->bind(1, id).bind(2, tenantId);
            (void)statement->step();
        }
    });
    LibraryResult result;
    result.status = 204;
    return result;
}

LibraryResult VideoLibrary::list(const std::string& tenantId, const std::string& cursor, int limit,
                                 const std::string& status)
{
    limit = std::clamp(limit, 1, 100);
    long long before = std::numeric_limits<long long>::max();
    if (!cursor.empty()) {
        bool ok = false;
        before =
            QByteArray::fromBase64(QByteArray::fromStdString(cursor), QByteArray::Base64UrlEncoding)
                .toLongLong(&ok);
        if (!ok)
            return LibraryResult::fail(400, "bad-cursor", QStringLiteral("Malformed cursor"));
    }
    QJsonArray items;
    long long last = 0;
    bool more = false;
    m_db.withLock([&](Database& db) {
        auto statement =
            db.prepare("SELECT seq, doc, status FROM videos WHERE tenant_id = ?1 AND seq < ?2 AND "
                       "(?3 = '' OR status = ?3) ORDER BY seq DESC LIMIT ?4");
        if (!statement)
            return;
        statement->bind(1, tenantId).bind(2, before).bind(3, status).bind(4, limit + 1);
        while (true) {
            auto row = statement->step();
            if (!row || !row.value())
                break;
            if (items.size() == limit) {
                more = true;
                break;
            }
            last = statement->columnInt(0);
            QJsonObject video =
                QJsonDocument::fromJson(QByteArray::fromStdString(statement->columnText(1)))
                    .object();
            video.insert(QStringLiteral("status"), fromStd(statement->columnText(2)));
            items.append(video);
        }
    });
    LibraryResult result;
    result.body.insert(QStringLiteral("items"), items);
    if (more) {
        result.body.insert(QStringLiteral("next_cursor"),
                           QString::fromLatin1(QByteArray::number(last).toBase64(
                               QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    }
    return result;
}

Core::Result<ReplicatedStorage::Verified> VideoLibrary::verifiedFile(const std::string& tenantId,
                                                                     const std::string& videoId,
                                                                     const std::string& uploadId,
                                                                     UploadRecord* record)
{
    auto found = m_uploads.find(tenantId, uploadId);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->videoId != videoId || !found.value()->complete())
        return Core::makeError(Core::ErrorCode::NotFound, QStringLiteral("no such file"));
    *record = *found.value();
    return m_uploads.objects().verify(record->objectName(), record->sha256, record->copies());
}

Core::Result<ReplicatedStorage::Verified>
VideoLibrary::verifiedThumbnail(const std::string& tenantId, const std::string& videoId,
                                UploadRecord* record)
{
    const auto video = load(tenantId, videoId);
    if (!video)
        return Core::makeError(Core::ErrorCode::NotFound, QStringLiteral("no such video"));
    const std::string uploadId =
        video->value(QStringLiteral("thumbnail_upload_id")).toString().toStdString();
    if (uploadId.empty())
        return Core::makeError(Core::ErrorCode::NotFound, QStringLiteral("no thumbnail"));
    auto found = m_uploads.find(tenantId, uploadId);
    if (!found)
        return found.error();
    if (!found.value() || !found.value()->complete() || !found.value()->isImage())
        return Core::makeError(Core::ErrorCode::NotFound, QStringLiteral("no thumbnail"));
    *record = *found.value();
    return m_uploads.objects().verify(record->objectName(), record->sha256, record->copies());
}

LibraryResult VideoLibrary::listTerms(const std::string& tenantId, const std::string& kind)
{
    QJsonArray names;
    m_db.withLock([&](Database& db) {
        auto statement = db.prepare(
            "SELECT name FROM video_terms WHERE tenant_id = ?1 AND kind = ?2 ORDER BY name");
        if (!statement)
            return;
        statement->bind(1, tenantId).bind(2, kind);
        while (true) {
            auto row = statement->step();
            if (!row || !row.value())
                break;
            names.append(fromStd(statement->columnText(0)));
        }
    });
    LibraryResult result;
    result.body.insert(QStringLiteral("items"), names);
    return result;
}

LibraryResult VideoLibrary::addTerm(const std::string& tenantId, const std::string& kind,
                                    const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 64 || trimmed.contains(QLatin1Char('/')))
        return LibraryResult::fail(400, "invalid-term",
                                   QStringLiteral("A name of 1 to 64 characters without '/'"));
    auto added = m_db.withLock([&](Database& db) -> Core::Status {
        auto statement = db.prepare(
            "INSERT OR IGNORE INTO video_terms(tenant_id, kind, name) VALUES (?1, ?2, ?3)");
        if (!statement)
            return statement.error();
        statement->bind(1, tenantId).bind(2, kind).bind(3, trimmed.toStdString());
        auto done = statement->step();
        if (!done)
            return done.error();
        return {};
    });
    if (!added)
        return LibraryResult::fail(500, "storage-failed", QStringLiteral("Cannot save"),
                                   added.error().detail);
    LibraryResult result;
    result.status = 201;
    result.body.insert(QStringLiteral("name"), trimmed);
    return result;
}

LibraryResult VideoLibrary::removeTerm(const std::string& tenantId, const std::string& kind,
                                       const std::string& name)
{
    m_db.withLock([&](Database& db) {
        auto statement =
            db.prepare("DELETE FROM video_terms WHERE tenant_id = ?1 AND kind = ?2 AND name = ?3");
        if (statement) {
            statement->bind(1, tenantId).bind(2, kind).bind(3, name);
            (void)statement->step();
        }
    });
    LibraryResult result;
    result.status = 204;
    return result;
}

} // namespace Server
