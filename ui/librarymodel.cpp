#include "ui/librarymodel.h"

#include "core/api/apiclient.h"

#include <QBuffer>
#include <QDateTime>
#include <QImageReader>
#include <QJsonArray>
#include <QLocale>
#include <QPainter>
#include <QUrlQuery>

namespace Gui {
namespace {

QString thumbnailKey(const QJsonObject& video)
{
    const QString upload = video.value(QStringLiteral("thumbnail_upload_id")).toString();
    if (upload.isEmpty())
        return {};
    return video.value(QStringLiteral("id")).toString() + QLatin1Char('/') + upload;
}

// Decodes at (about) the thumbnail's size, which JPEG does cheaply, and letterboxes the result
// into kThumbnailSize; a null pixmap when the bytes are no image.
QPixmap scaledThumbnail(const QByteArray& bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize box = LibraryModel::kThumbnailSize;
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(box, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    const QImage fitted = image.size().width() > box.width() || image.size().height() > box.height()
                              ? image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                              : image;
    QImage framed(box, QImage::Format_ARGB32_Premultiplied);
    framed.fill(Qt::transparent);
    QPainter painter(&framed);
    painter.drawImage((box.width() - fitted.width()) / 2, (box.height() - fitted.height()) / 2,
                      fitted);
    painter.end();
    return QPixmap::fromImage(framed);
}

} // namespace

LibraryModel::LibraryModel(QObject* parent)
    : QAbstractTableModel(parent), m_placeholder(placeholder())
{}

void LibraryModel::setClient(Api::ApiClient* client)
{
    m_client = client;
    ++m_clientGeneration;
    m_thumbnails.clear();
    m_thumbnailsPending.clear();
    refresh();
}

void LibraryModel::setStatusFilter(const QString& status)
{
    if (status == m_status)
        return;
    m_status = status;
    refresh();
}

void LibraryModel::refresh()
{
    beginResetModel();
    m_videos.clear();
    m_cursor.clear();
    m_started = false;
    m_atEnd = false;
    ++m_generation;
    if (m_loading) {
        m_loading = false;
        emit loadingChanged(false);
    }
    endResetModel();
}

int LibraryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_videos.size());
}

int LibraryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LibraryModel::statusText(const QString& status) const
{
    if (status == QLatin1String("ready"))
        return tr("Ready");
    if (status == QLatin1String("uploading"))
        return tr("Uploading");
    if (status == QLatin1String("awaiting-upload"))
        return tr("Awaiting upload");
    return status;
}

QString LibraryModel::visibilityText(const QString& visibility) const
{
    if (visibility == QLatin1String("public"))
        return tr("Public");
    if (visibility == QLatin1String("private"))
        return tr("Private");
    if (visibility == QLatin1String("scheduled"))
        return tr("Public between dates");
    if (visibility == QLatin1String("link-only"))
        return tr("Anyone with the link");
    if (visibility == QLatin1String("groups"))
        return tr("Selected groups");
    return visibility;
}

QVariant LibraryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject& video = m_videos.at(index.row());
    if (role == IdRole)
        return video.value(QStringLiteral("id")).toString();
    if (role == JsonRole)
        return video;
    if (role == Qt::DecorationRole) {
        if (index.column() != TitleColumn)
            return {};
        const QPixmap thumbnail = thumbnailOf(video);
        return thumbnail.isNull() ? m_placeholder : thumbnail;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case TitleColumn:
        return video.value(QStringLiteral("title")).toString();
    case StatusColumn:
        return statusText(video.value(QStringLiteral("status")).toString());
    case VisibilityColumn:
        return visibilityText(video.value(QStringLiteral("visibility")).toString());
    case KindColumn:
        return video.value(QStringLiteral("kind")).toString() == QLatin1String("hls")
                   ? tr("Adaptive (HLS)")
                   : tr("MP4");
    case CreatedColumn: {
        const QDateTime created = QDateTime::fromString(
            video.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
        return QLocale().toString(created.toLocalTime(), QLocale::ShortFormat);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case VisibilityColumn:
        return tr("Visibility");
    case KindColumn:
        return tr("Kind");
    case CreatedColumn:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

bool LibraryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_client && !m_loading && !m_atEnd;
}

void LibraryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!m_cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), m_cursor);
    if (!m_status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), m_status);
    m_started = true;
    m_loading = true;
    emit loadingChanged(true);
    const quint64 generation = m_generation;
    m_client->send("GET", QStringLiteral("/v1/videos?") + query.toString(QUrl::FullyEncoded), {},
                   this, [this, generation](Core::Result<Api::ApiResponse> reply) {
                       if (generation != m_generation)
                           return;
                       m_loading = false;
                       emit loadingChanged(false);
                       if (!reply || !reply->ok()) {
                           m_atEnd = true; // refresh() tries again
                           emit loadFailed(reply ? reply->problemSummary() : reply.error().detail);
                           return;
                       }
                       const QJsonObject page = reply->json();
                       const QJsonArray items = page.value(QStringLiteral("items")).toArray();
                       m_cursor = page.value(QStringLiteral("next_cursor")).toString();
                       m_atEnd = m_cursor.isEmpty();
                       if (!items.isEmpty()) {
                           const int first = static_cast<int>(m_videos.size());
                           beginInsertRows({}, first, first + static_cast<int>(items.size()) - 1);
                           for (const QJsonValue& item : items)
                               m_videos.append(item.toObject());
                           endInsertRows();
                           for (const QJsonValue& item : items)
                               requestThumbnail(item.toObject());
                       }
                   });
}

QJsonObject LibraryModel::video(int row) const
{
    return row >= 0 && row < m_videos.size() ? m_videos.at(row) : QJsonObject();
}

int LibraryModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_videos.size(); ++row) {
        if (m_videos.at(row).value(QStringLiteral("id")).toString() == id)
            return row;
    }
    return -1;
}

void LibraryModel::updateVideo(const QJsonObject& video)
{
    const int row = rowOf(video.value(QStringLiteral("id")).toString());
    if (row < 0)
        return;
    m_videos[row] = video;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    requestThumbnail(video);
}

QPixmap LibraryModel::thumbnailOf(const QJsonObject& video) const
{
    const QString key = thumbnailKey(video);
    return key.isEmpty() ? QPixmap() : m_thumbnails.value(key);
}

QPixmap LibraryModel::placeholder()
{
    QPixmap frame(kThumbnailSize);
    frame.fill(Qt::transparent);
    QPainter painter(&frame);
    painter.setPen(QColor(128, 128, 128, 160));
    painter.setBrush(QColor(128, 128, 128, 48));
    painter.drawRect(QRect(QPoint(0, 0), kThumbnailSize).adjusted(0, 0, -1, -1));
    painter.end();
    return frame;
}

void LibraryModel::requestThumbnail(const QJsonObject& video)
{
    const QString key = thumbnailKey(video);
    if (key.isEmpty() || !m_client || m_thumbnails.contains(key) ||
        m_thumbnailsPending.contains(key))
        return;
    m_thumbnailsPending.insert(key);
    const QString id = video.value(QStringLiteral("id")).toString();
    const quint64 generation = m_clientGeneration;
    m_client->send("GET",
                   QStringLiteral("/v1/videos/%1/thumbnail")
                       .arg(QString::fromUtf8(QUrl::toPercentEncoding(id))),
                   {}, this, [this, key, id, generation](Core::Result<Api::ApiResponse> reply) {
                       if (generation != m_clientGeneration)
                           return;
                       m_thumbnailsPending.remove(key);
                       if (!reply)
                           return; // unreachable: asked again when the list is loaded again
                       // Kept even when null (no thumbnail, not an image): not asked again
                       // until the video names another one or the client changes.
                       m_thumbnails.insert(key,
                                           reply->ok() ? scaledThumbnail(reply->body) : QPixmap());
                       const int row = rowOf(id);
                       if (row >= 0) {
                           const QModelIndex cell = index(row, TitleColumn);
                           emit dataChanged(cell, cell, {Qt::DecorationRole});
                       }
                   });
}

void LibraryModel::removeVideo(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_videos.removeAt(row);
    endRemoveRows();
}

void LibraryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_videos.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace Gui
