#include "ui/librarypage.h"

#include "core/api/apiclient.h"
#include "ui/librarymodel.h"
#include "ui/uploaditem.h"
#include "ui/videometadatadialog.h"
#include "ui/videoplayer.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QVBoxLayout>

namespace Gui {

LibraryPage::LibraryPage(QWidget* parent)
    : QWidget(parent), m_model(new LibraryModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_heading(new QLabel(this)), m_search(new QLineEdit(this)), m_status(new QComboBox(this)),
      m_refresh(new QPushButton(this)), m_edit(new QPushButton(this)),
      m_delete(new QPushButton(this)), m_play(new QPushButton(this)), m_table(new QTableView(this)),
      m_player(new VideoPlayer(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("libraryPage"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setObjectName(QStringLiteral("pageHeading"));

    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    for (const char* status : {"", "ready", "uploading", "awaiting-upload"})
        m_status->addItem(QString(), QString::fromLatin1(status));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_play->setObjectName(QStringLiteral("playButton"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(LibraryModel::TitleColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(QStringLiteral("libraryTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(LibraryModel::TitleColumn, 280);
    // Poster thumbnails at their own size: rows as tall as a thumbnail.
    m_table->setIconSize(LibraryModel::kThumbnailSize);
    m_table->verticalHeader()->setDefaultSectionSize(LibraryModel::kThumbnailSize.height() + 6);
    m_message->setObjectName(QStringLiteral("libraryMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_status);
    bar->addWidget(m_refresh);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    bar->addWidget(m_play);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_player);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_player->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStatusFilter(m_status->currentData().toString()); });
    connect(m_refresh, &QPushButton::clicked, this, &LibraryPage::refresh);
    connect(m_edit, &QPushButton::clicked, this, &LibraryPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(false); });
    connect(m_play, &QPushButton::clicked, this, &LibraryPage::playSelected);
    connect(m_table, &QTableView::doubleClicked, this, &LibraryPage::playSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    connect(m_model, &LibraryModel::loadFailed, this, [this](const QString& text) {
        showMessage(tr("The library could not be loaded: %1").arg(text));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateActions(); });
    connect(m_player, &VideoPlayer::errorOccurred, this,
            [this](const QString& text) { showMessage(tr("Playback failed: %1").arg(text)); });

    retranslate();
    setClient(nullptr);
}

LibraryPage::~LibraryPage() = default;

void LibraryPage::setClient(Api::ApiClient* client)
{
    m_client = client;
    m_model->setClient(client);
    showMessage(client ? QString() : tr("Sign in to see your organisation's videos."));
    updateActions();
}

QString LibraryPage::messageText() const
{
    return m_message->text();
}

QString LibraryPage::playbackUnavailableReason()
{
    return VideoPlayer::available() ? QString()
                                    : tr("Playback needs Qt Multimedia, which this build lacks.");
}

void LibraryPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
}

void LibraryPage::refresh()
{
    showMessage(QString());
    m_model->refresh();
}

int LibraryPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.constFirst()).row();
}

void LibraryPage::updateActions()
{
    const bool selected = selectedRow() >= 0 && m_client;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
    const QString reason = playbackUnavailableReason();
    m_play->setEnabled(selected && reason.isEmpty());
    m_play->setToolTip(reason);
    m_refresh->setEnabled(m_client != nullptr);
}

void LibraryPage::editSelected()
{
    const QJsonObject video = m_model->video(selectedRow());
    if (video.isEmpty() || !m_client)
        return;
    auto* dialog = new VideoMetadataDialog(VideoMetadata::fromApiJson(video), {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = video.value(QStringLiteral("id")).toString();
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        if (!m_client)
            return;
        const QJsonObject body = dialog->metadata().toApiJson();
        m_client->send(
            "PATCH", QStringLiteral("/v1/videos/") + id,
            QJsonDocument(body).toJson(QJsonDocument::Compact), this,
            [this](Core::Result<Api::ApiResponse> reply) {
                if (!reply || !reply->ok()) {
                    showMessage(tr("The changes were not saved: %1")
                                    .arg(reply ? reply->problemSummary() : reply.error().detail));
                    return;
                }
                m_model->updateVideo(reply->json());
                showMessage(tr("Saved."));
            });
    });
    dialog->open();
}

void LibraryPage::deleteSelected(bool confirmed)
{
    const QJsonObject video = m_model->video(selectedRow());
    if (video.isEmpty() || !m_client)
        return;
    const QString title = video.value(QStringLiteral("title")).toString();
    const QString id = video.value(QStringLiteral("id")).toString();
    auto remove = [this, id, title] {
        if (!m_client)
            return;
        m_client->send("DELETE", QStringLiteral("/v1/videos/") + id, {}, this,
                       [this, id, title](Core::Result<Api::ApiResponse> reply) {
                           if (!reply || !reply->ok()) {
                               showMessage(tr("“%1” was not deleted: %2")
                                               .arg(title, reply ? reply->problemSummary()
                                                                 : reply.error().detail));
                               return;
                           }
                           m_model->removeVideo(id);
                           showMessage(tr("“%1” was deleted.").arg(title));
                       });
    };
    if (confirmed) {
        remove();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete video"),
                                tr("Delete “%1” from OneStream? Viewers will no longer be able "
                                   "to watch it, and this cannot be undone.")
                                    .arg(title),
                                QMessageBox::Cancel, this);
    QPushButton* yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [remove, yes](QAbstractButton* clicked) {
        if (clicked == yes)
            remove();
    });
    box->open();
}

void LibraryPage::playSelected()
{
    const QJsonObject video = m_model->video(selectedRow());
    if (video.isEmpty() || !m_client || !VideoPlayer::available())
        return;
    QString upload;
    for (const QJsonValue& file : video.value(QStringLiteral("files")).toArray()) {
        const QJsonObject object = file.toObject();
        if (object.value(QStringLiteral("complete")).toBool() &&
            object.value(QStringLiteral("name")).toString().endsWith(QLatin1String(".mp4"))) {
            upload = object.value(QStringLiteral("upload_id")).toString();
            break;
        }
    }
    const QString id = video.value(QStringLiteral("id")).toString();
    if (upload.isEmpty()) {
        // The list leaves files out: ask for the video itself.
        if (!video.contains(QStringLiteral("files"))) {
            m_client->send("GET", QStringLiteral("/v1/videos/") + id, {}, this,
                           [this](Core::Result<Api::ApiResponse> reply) {
                               if (!reply || !reply->ok()) {
                                   showMessage(tr("The video could not be opened."));
                                   return;
                               }
                               m_model->updateVideo(reply->json());
                               if (!reply->json().contains(QStringLiteral("files")))
                                   return;
                               playSelected();
                           });
            return;
        }
        showMessage(tr("This video has no finished MP4 to play yet."));
        return;
    }
    if (!m_downloads)
        m_downloads = std::make_unique<QTemporaryDir>();
    const QString file = m_downloads->filePath(id + QStringLiteral(".mp4"));
    showMessage(tr("Downloading for playback…"));
    m_client->send(
        "GET", QStringLiteral("/v1/videos/%1/files/%2").arg(id, upload), {}, this,
        [this, file](Core::Result<Api::ApiResponse> reply) {
            if (!reply || !reply->ok()) {
                showMessage(tr("The video could not be downloaded: %1")
                                .arg(reply ? reply->problemSummary() : reply.error().detail));
                return;
            }
            // Writing may take longer than a frame: off the GUI thread.
            auto bytes = std::make_shared<QByteArray>(reply->body);
            QPointer<LibraryPage> guard(this);
            QThreadPool::globalInstance()->start([guard, file, bytes] {
                QFile out(file);
                const bool written = out.open(QIODevice::WriteOnly) &&
                                     out.write(*bytes) == bytes->size() && out.flush();
                out.close();
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [guard, file, written] {
                        if (!guard)
                            return;
                        if (!written) {
                            guard->showMessage(tr("The video could not be saved for playback."));
                            return;
                        }
                        guard->showMessage(QString());
                        guard->m_player->setVisible(true);
                        guard->m_player->play(file);
                        emit guard->playbackStarted(file);
                    },
                    Qt::QueuedConnection);
            });
        });
}

void LibraryPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LibraryPage::retranslate()
{
    m_heading->setText(tr("Library"));
    setAccessibleName(tr("Library"));
    m_search->setPlaceholderText(tr("Search titles"));
    m_search->setAccessibleName(tr("Search titles"));
    m_status->setItemText(0, tr("All videos"));
    m_status->setItemText(1, tr("Ready"));
    m_status->setItemText(2, tr("Uploading"));
    m_status->setItemText(3, tr("Awaiting upload"));
    m_status->setAccessibleName(tr("Show videos by status"));
    m_refresh->setText(tr("&Refresh"));
    m_edit->setText(tr("&Edit details…"));
    m_delete->setText(tr("&Delete…"));
    m_play->setText(tr("&Play"));
    m_table->setAccessibleName(tr("Videos"));
    m_model->retranslate();
}

} // namespace Gui
