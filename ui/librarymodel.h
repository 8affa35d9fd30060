#pragma once

// The tenant's videos from the server (GET /v1/videos, newest first, cursor paging), fetched a
// page at a time as the view scrolls (canFetchMore/fetchMore). Optional status filter
// (server side); the page filters titles locally with a proxy. Each video's poster thumbnail
// (GET /v1/videos/{id}/thumbnail) is fetched asynchronously, scaled once on arrival and cached
// per video; the title column shows it as its decoration (a placeholder until it arrives).

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPixmap>
#include <QPointer>
#include <QSet>

namespace Api {
class ApiClient;
}

namespace Gui {

class LibraryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn = 0,
        StatusColumn,
        VisibilityColumn,
        KindColumn,
        CreatedColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        JsonRole, // the whole video object
    };

    // The size of every title-column decoration (thumbnails are letterboxed into it).
    static constexpr QSize kThumbnailSize{64, 36};

    explicit LibraryModel(QObject* parent = nullptr);

    // Null clears the model. A new client starts from the first page.
    void setClient(Api::ApiClient* client);
    void setPageSize(int videos) { m_pageSize = videos; }
    // "" (all), "ready", "uploading", "awaiting-upload"
    void setStatusFilter(const QString& status);
    void refresh();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    [[nodiscard]] QJsonObject video(int row) const;
    [[nodiscard]] int rowOf(const QString& id) const;
    [[nodiscard]] bool loading() const { return m_loading; }
    // Replaces (after an edit) or removes (after a delete) one video.
    void updateVideo(const QJsonObject& video);
    void removeVideo(const QString& id);
    void retranslate();

    [[nodiscard]] QString statusText(const QString& status) const;
    [[nodiscard]] QString visibilityText(const QString& visibility) const;

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString& message);

private:
    // Asks for the video's thumbnail unless it is cached or on its way.
    void requestThumbnail(const QJsonObject& video);
    [[nodiscard]] QPixmap thumbnailOf(const QJsonObject& video) const;
    [[nodiscard]] static QPixmap placeholder();

    QPointer<Api::ApiClient> m_client;
    // "videoId/uploadId" → the scaled thumbnail (null when it could not be had); in flight.
    QHash<QString, QPixmap> m_thumbnails;
    QSet<QString> m_thumbnailsPending;
    QPixmap m_placeholder;          // a frame, until the thumbnail arrives or when there is none
    quint64 m_clientGeneration = 0; // thumbnails of an earlier client are dropped
    QList<QJsonObject> m_videos;
    QString m_cursor;
    QString m_status;
    bool m_started = false; // the first page was asked for
    bool m_loading = false;
    bool m_atEnd = false;
    int m_pageSize = 50;
    quint64 m_generation = 0; // answers for an older query are dropped
};

} // namespace Gui
