#pragma once

// A tenant's video library: videos (one MP4 or a whole HLS package, visible only once every
// file arrived and verified), their publishing settings, and the tenant's categories and tags
// (master data that editors manage). Backed by SQLite; files are finished tus uploads.

#include "core/result.h"
#include "server/database.h"
#include "server/uploadstore.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace Server {

// A request's outcome for the routes: a JSON value, or an HTTP error with a problem slug.
struct LibraryResult
{
    int status = 200;
    QJsonObject body;
    std::string slug; // set on errors
    QString title;
    QString detail;
    [[nodiscard]] bool ok() const { return status < 400; }
    static LibraryResult fail(int status, std::string slug, QString title, QString detail = {})
    {
        return LibraryResult{status, {}, std::move(slug), std::move(title), std::move(detail)};
    }
};

class VideoLibrary
{
public:
    VideoLibrary(Database& db, UploadStore& uploads);

    [[nodiscard]] LibraryResult create(const std::string& tenantId, const std::string& userId,
                                       const QJsonObject& input);
    [[nodiscard]] LibraryResult get(const std::string& tenantId, const std::string& id);
    [[nodiscard]] LibraryResult update(const std::string& tenantId, const std::string& id,
                                       const QJsonObject& input);
    [[nodiscard]] LibraryResult remove(const std::string& tenantId, const std::string& id);
    // Newest first; cursor is the opaque next_cursor of the previous page.
    [[nodiscard]] LibraryResult list(const std::string& tenantId, const std::string& cursor,
                                     int limit, const std::string& status);
    // A finished file's object after verifying (and healing) its copies.
    [[nodiscard]] Core::Result<ReplicatedStorage::Verified>
    verifiedFile(const std::string& tenantId, const std::string& videoId,
                 const std::string& uploadId, UploadRecord* record);
    // The video's thumbnail image (thumbnail_upload_id: role thumbnail or poster) after
    // verifying its copy; NotFound when the video is not the tenant's or has no thumbnail.
    [[nodiscard]] Core::Result<ReplicatedStorage::Verified>
    verifiedThumbnail(const std::string& tenantId, const std::string& videoId,
                      UploadRecord* record);

    // Master data: kind is "categories" or "tags".
    [[nodiscard]] LibraryResult listTerms(const std::string& tenantId, const std::string& kind);
    [[nodiscard]] LibraryResult addTerm(const std::string& tenantId, const std::string& kind,
                                        const QString& name);
    [[nodiscard]] LibraryResult removeTerm(const std::string& tenantId, const std::string& kind,
                                           const std::string& name);

    // UploadStore completion hook: attaches the file and marks the video ready when complete.
    void onUploadComplete(const UploadRecord& record);

private:
    [[nodiscard]] std::optional<QJsonObject> load(const std::string& tenantId,
                                                  const std::string& id);
    [[nodiscard]] LibraryResult validate(const std::string& tenantId, QJsonObject& video);
    [[nodiscard]] QJsonObject withFiles(const std::string& tenantId, QJsonObject video);
    [[nodiscard]] Core::Status save(const std::string& tenantId, const QJsonObject& video);
    void refreshStatus(const std::string& tenantId, const std::string& id);

    Database& m_db;
    UploadStore& m_uploads;
};

} // namespace Server
