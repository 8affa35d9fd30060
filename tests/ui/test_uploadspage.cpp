// The Uploads and Library pages against the real onestream-server binary: a generated lavfi
// clip dropped on the page is probed, encoded, uploaded and verified, and appears in the
// Library model; pause and resume across a restart of the app's queue; a non-media file is
// refused with the reason. Models run under QAbstractItemModelTester.
#include "core/api/apiclient.h"
#include "tests/support/identityfixture.h"
#include "tests/support/mediafixtures.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testhttp.h"
#include "ui/languagemanager.h"
#include "ui/librarymodel.h"
#include "ui/librarypage.h"
#include "ui/mainwindow.h"
#include "ui/settingspage.h"
#include "ui/uploadcontroller.h"
#include "ui/uploadqueuemodel.h"
#include "ui/uploadspage.h"
#include "ui/videometadatadialog.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace {

using Gui::UploadController;
using Gui::UploadItem;
using Gui::UploadStage;
using TestSupport::waitUntil;

// libx264 is what the encode uses; the hardware test encodes are not part of these tests.
const QList<Media::EncoderAvailability> kSoftwareOnly{
    {QStringLiteral("libx264"), true, {}, 0, false}};

class UploadsPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_languages.apply(QStringLiteral("en")));
        ASSERT_TRUE(m_work.isValid());
    }

    // The real server, a tenant and its signed-in owner, and a client with the owner's tokens.
    void startServer()
    {
        ASSERT_TRUE(TestSupport::initOperator(m_server));
        ASSERT_TRUE(m_server.start()) << m_server.error().toStdString();
        TestSupport::IdentityFixture identity(m_server);
        auto tenant = identity.createTenant(QStringLiteral("Uploads GUI"));
        ASSERT_TRUE(tenant) << identity.lastError().toStdString();
        m_client = std::make_unique<Api::ApiClient>(m_network, m_server.baseUrl());
        m_client->setTokens({tenant->owner.accessToken, tenant->owner.refreshToken});
    }

    std::unique_ptr<UploadController> makeController()
    {
        auto controller =
            std::make_unique<UploadController>(m_network, m_work.filePath(QStringLiteral("app")));
        auto loaded = controller->load();
        EXPECT_TRUE(loaded.ok());
        m_unfinished = loaded.ok() ? loaded.value() : -1;
        controller->setEncoderAvailability(kSoftwareOnly);
        return controller;
    }

    static void drop(QWidget& target, const QStringList& files)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString& file : files)
            urls.append(QUrl::fromLocalFile(file));
        mime.setUrls(urls);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(&target, &enter);
        ASSERT_TRUE(enter.isAccepted());
        QDropEvent dropped(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(&target, &dropped);
    }

    static UploadStage stageOf(UploadController& controller, qint64 id)
    {
        const UploadItem* item = controller.model()->item(id);
        return item ? item->stage : UploadStage::Invalid;
    }

    Gui::LanguageManager m_languages;
    QTemporaryDir m_work;
    QNetworkAccessManager m_network;
    TestSupport::ServerProcess m_server;
    std::unique_ptr<Api::ApiClient> m_client;
    int m_unfinished = -1;
};

TEST_F(UploadsPageTest, QueueModel_AddUpdateRemove_PassesModelTester)
{
    Gui::UploadQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    UploadItem item;
    item.id = 7;
    item.source = QStringLiteral("/videos/talk.mov");
    item.stage = UploadStage::Encoding;
    item.percent = 42;
    item.bytesPerSecond = 2.5;
    item.secondsLeft = 65;
    model.add(item);
    ASSERT_EQ(model.rowCount(), 1);
    const auto at = [&](int column, int role = Qt::DisplayRole) {
        return model.data(model.index(0, column), role);
    };
    EXPECT_EQ(at(Gui::UploadQueueModel::FileColumn).toString(), QStringLiteral("talk.mov"));
    EXPECT_EQ(at(Gui::UploadQueueModel::StageColumn).toString(), QStringLiteral("Encoding"));
    EXPECT_DOUBLE_EQ(
        at(Gui::UploadQueueModel::ProgressColumn, Gui::UploadQueueModel::PercentRole).toDouble(),
        42.0);
    EXPECT_EQ(at(Gui::UploadQueueModel::TimeLeftColumn).toString(), QStringLiteral("1:05"));
    item.stage = UploadStage::Done;
    model.update(item);
    EXPECT_EQ(at(Gui::UploadQueueModel::StageColumn).toString(), QStringLiteral("Done"));
    EXPECT_EQ(at(Gui::UploadQueueModel::TimeLeftColumn).toString(), QString());
    model.remove(7);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(UploadsPageTest, Item_JsonRoundTrip_KeepsStateAndMetadata)
{
    UploadItem item;
    item.id = 3;
    item.source = QStringLiteral("/a/b.mp4");
    item.preset = Gui::UploadPreset::Ladder;
    item.stage = UploadStage::Uploading;
    item.paused = true;
    item.videoId = QStringLiteral("v123");
    item.uploadIds = {4, 5};
    item.metadata.title = QStringLiteral("Title");
    item.metadata.visibility = QStringLiteral("scheduled");
    item.metadata.visibleFrom = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    item.metadata.visibleUntil = QDateTime(QDate(2026, 12, 31), QTime(9, 0), Qt::UTC);
    const UploadItem back = UploadItem::fromJson(item.toJson());
    EXPECT_EQ(back.preset, Gui::UploadPreset::Ladder);
    EXPECT_EQ(back.stage, UploadStage::Uploading);
    EXPECT_TRUE(back.paused);
    EXPECT_EQ(back.uploadIds, (QList<qint64>{4, 5}));
    EXPECT_EQ(back.metadata.visibleUntil, item.metadata.visibleUntil);
    const QJsonObject api = back.metadata.toApiJson();
    EXPECT_EQ(api.value(QStringLiteral("visibility")).toString(), QStringLiteral("scheduled"));
    EXPECT_TRUE(api.contains(QStringLiteral("visible_from")));
    EXPECT_FALSE(api.contains(QStringLiteral("groups")));
}

TEST_F(UploadsPageTest, DropTextFile_Probed_RefusedWithReason)
{
    auto controller = makeController();
    Gui::UploadsPage page(*controller);
    const QString text = m_work.filePath(QStringLiteral("notes.mp4"));
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("these are meeting notes, not a video\n");
    file.close();
    drop(page, {text});
    ASSERT_EQ(controller->model()->rowCount(), 1);
    const qint64 id = controller->model()->idAt(0);
    ASSERT_TRUE(waitUntil([&] { return stageOf(*controller, id) != UploadStage::Probing; }));
    EXPECT_EQ(stageOf(*controller, id), UploadStage::Refused);
    const QString shown =
        controller->model()
            ->data(controller->model()->index(0, Gui::UploadQueueModel::StageColumn),
                   Qt::DisplayRole)
            .toString();
    EXPECT_EQ(shown, QStringLiteral("Refused: not a video file"));
    // Start does nothing with a refused file.
    controller->start({id});
    EXPECT_EQ(stageOf(*controller, id), UploadStage::Refused);
}

TEST_F(UploadsPageTest, DropClip_EncodedUploadedVerified_AppearsInLibrary)
{
    startServer();
    const QString clip = TestSupport::smallClip();
    ASSERT_FALSE(clip.isEmpty());
    auto controller = makeController();
    Gui::UploadsPage page(*controller);
    QAbstractItemModelTester tester(controller->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setClient(m_client.get());
    page.show();

    drop(page, {clip});
    ASSERT_EQ(controller->model()->rowCount(), 1);
    const qint64 id = controller->model()->idAt(0);
    ASSERT_TRUE(waitUntil([&] { return stageOf(*controller, id) == UploadStage::Ready; }));
    const UploadItem* probed = controller->model()->item(id);
    EXPECT_EQ(probed->width, 320);
    EXPECT_EQ(probed->height, 240);
    EXPECT_EQ(probed->videoCodec, QStringLiteral("h264"));
    EXPECT_EQ(probed->audioCodec, QStringLiteral("aac"));
    EXPECT_NEAR(double(probed->durationMs), 2000.0, 150.0);
    EXPECT_FALSE(probed->conforms); // 44.1 kHz mono: needs the OneStream encode

    QSignalSpy finished(controller.get(), &UploadController::batchFinished);
    QSignalSpy overall(controller.get(), &UploadController::overallProgressChanged);
    auto* start = page.findChild<QAction*>(QStringLiteral("startAction"));
    ASSERT_NE(start, nullptr);
    ASSERT_TRUE(start->isEnabled());
    start->trigger();
    EXPECT_EQ(stageOf(*controller, id), UploadStage::Encoding); // the GUI thread did not wait
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }, std::chrono::seconds(90)))
        << controller->model()->item(id)->error.toStdString();
    const UploadItem* done = controller->model()->item(id);
    ASSERT_EQ(done->stage, UploadStage::Done) << done->error.toStdString();
    EXPECT_EQ(done->encoderUsed, QStringLiteral("libx264"));
    EXPECT_FALSE(done->videoId.isEmpty());
    EXPECT_EQ(finished.at(0).at(0).toInt(), 1);
    EXPECT_EQ(finished.at(0).at(1).toInt(), 0);
    EXPECT_EQ(overall.last().at(0).toInt(), -1);

    // The Library lists it, ready, with the file's name as its title.
    Gui::LibraryModel library;
    QAbstractItemModelTester libraryTester(&library,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    library.setClient(m_client.get());
    // The model tester may already have asked for the first page.
    if (library.canFetchMore({}))
        library.fetchMore({});
    ASSERT_TRUE(waitUntil([&] { return library.rowCount() == 1; }));
    const QJsonObject video = library.video(0);
    EXPECT_EQ(video.value(QStringLiteral("id")).toString(), done->videoId);
    EXPECT_EQ(video.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    EXPECT_EQ(video.value(QStringLiteral("title")).toString(), QFileInfo(clip).completeBaseName());
    EXPECT_FALSE(library.canFetchMore({}));
}

TEST_F(UploadsPageTest, PauseQuitRestart_OffersToContinue_ResumesToDone)
{
    startServer();
    // About 1 MB uploaded as is, under a 256 KiB/s cap: long enough to pause mid-way.
    const QString clip = TestSupport::fixture(
        QStringLiteral("gui-pause.mp4"),
        {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
         QStringLiteral("testsrc2=size=320x240:rate=30:duration=4"), QStringLiteral("-c:v"),
         QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
         QStringLiteral("-qp"), QStringLiteral("0")});
    ASSERT_FALSE(clip.isEmpty());
    ASSERT_GT(QFileInfo(clip).size(), 600 * 1024);
    qint64 id = 0;
    {
        auto controller = makeController();
        controller->setClient(m_client.get());
        controller->setBandwidthLimit(256 * 1024);
        controller->setPreset({}, Gui::UploadPreset::AsIs);
        id = controller->addPaths({clip}).value(0);
        ASSERT_TRUE(waitUntil([&] { return stageOf(*controller, id) == UploadStage::Ready; }));
        controller->start({id});
        ASSERT_TRUE(waitUntil(
            [&] {
                const UploadItem* item = controller->model()->item(id);
                return item->stage == UploadStage::Uploading && item->uploadedBytes > 0;
            },
            std::chrono::seconds(20)));
        controller->pause({id});
        const UploadItem* paused = controller->model()->item(id);
        EXPECT_TRUE(paused->paused);
        EXPECT_LT(paused->uploadedBytes, QFileInfo(clip).size());
        EXPECT_EQ(controller->model()
                      ->data(controller->model()->index(0, Gui::UploadQueueModel::StageColumn),
                             Qt::DisplayRole)
                      .toString(),
                  QStringLiteral("Uploading (paused)"));
        // The app quits here with the upload paused half-way.
    }

    auto controller = makeController();
    EXPECT_EQ(m_unfinished, 1);
    Gui::UploadsPage page(*controller);
    ASSERT_EQ(controller->model()->rowCount(), 1);
    page.offerToContinue(m_unfinished);
    EXPECT_EQ(page.bannerText(), QStringLiteral("1 upload did not finish last time."));
    page.setClient(m_client.get());
    QSignalSpy finished(controller.get(), &UploadController::batchFinished);
    controller->continueUnfinished();
    EXPECT_TRUE(controller->model()->item(id)->paused); // paused stays paused
    controller->resume({id});
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }, std::chrono::seconds(30)))
        << controller->model()->item(id)->error.toStdString();
    EXPECT_EQ(stageOf(*controller, id), UploadStage::Done)
        << controller->model()->item(id)->error.toStdString();
}

TEST_F(UploadsPageTest, LibraryPage_EditPlayDelete_AgainstServer)
{
    startServer();
    const QString clip = TestSupport::smallClip();
    ASSERT_FALSE(clip.isEmpty());
    auto controller = makeController();
    controller->setClient(m_client.get());
    controller->setPreset({}, Gui::UploadPreset::AsIs);
    const qint64 id = controller->addPaths({clip}).value(0);
    ASSERT_TRUE(waitUntil([&] { return stageOf(*controller, id) == UploadStage::Ready; }));
    // Details with a thumbnail image from a file.
    const QString thumbnail = m_work.filePath(QStringLiteral("thumbnail.jpg"));
    QImage image(64, 36, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    ASSERT_TRUE(image.save(thumbnail));
    Gui::VideoMetadata details = controller->model()->item(id)->metadata;
    details.visibility = QStringLiteral("link-only");
    details.tags = QStringList{};
    details.thumbnailFile = thumbnail;
    controller->setMetadata({id}, details);
    QSignalSpy finished(controller.get(), &UploadController::batchFinished);
    controller->start({id});
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }, std::chrono::seconds(30)));
    ASSERT_EQ(stageOf(*controller, id), UploadStage::Done)
        << controller->model()->item(id)->error.toStdString();

    Gui::LibraryPage page;
    QAbstractItemModelTester libraryTester(page.model(),
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setClient(m_client.get());
    page.show();
    ASSERT_TRUE(waitUntil([&] { return page.model()->rowCount() == 1; }));
    const QJsonObject listed = page.model()->video(0);
    EXPECT_EQ(listed.value(QStringLiteral("visibility")).toString(), QStringLiteral("link-only"));
    EXPECT_FALSE(listed.value(QStringLiteral("thumbnail_upload_id")).toString().isEmpty());

    // The poster thumbnail arrives (GET /v1/videos/{id}/thumbnail) as the title's decoration,
    // at the thumbnail size, with the image's colour where the placeholder is transparent.
    const QModelIndex titleCell = page.model()->index(0, Gui::LibraryModel::TitleColumn);
    const auto centre = [&] {
        const auto pixmap = page.model()->data(titleCell, Qt::DecorationRole).value<QPixmap>();
        return pixmap.isNull() ? QColor() : pixmap.toImage().pixelColor(32, 18);
    };
    const auto nearDarkCyan = [](const QColor& c) { // JPEG may shift a channel a little
        const QColor want(Qt::darkCyan);
        return c.isValid() && c.alpha() == 255 && std::abs(c.red() - want.red()) < 12 &&
               std::abs(c.green() - want.green()) < 12 && std::abs(c.blue() - want.blue()) < 12;
    };
    ASSERT_TRUE(waitUntil([&] { return nearDarkCyan(centre()); })) << centre().name().toStdString();
    const auto decoration = page.model()->data(titleCell, Qt::DecorationRole).value<QPixmap>();
    EXPECT_EQ(decoration.size(), Gui::LibraryModel::kThumbnailSize);
    EXPECT_FALSE(
        page.model()
            ->data(page.model()->index(0, Gui::LibraryModel::StatusColumn), Qt::DecorationRole)
            .isValid());
    page.table()->selectRow(0);

    // Edit the title through the details dialog (PATCH).
    page.editSelected();
    auto* dialog = page.findChild<Gui::VideoMetadataDialog*>();
    ASSERT_NE(dialog, nullptr);
    auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
    title->setText(QStringLiteral("Renamed in the library"));
    dialog->accept();
    ASSERT_TRUE(waitUntil([&] {
        return page.model()->video(0).value(QStringLiteral("title")).toString() ==
               QStringLiteral("Renamed in the library");
    })) << page.messageText().toStdString();

    // Play: the uploaded MP4 comes back from the server, byte for byte, into the player.
    if (Gui::LibraryPage::playbackUnavailableReason().isEmpty()) {
        // As onestream-studio does (app/gui_main.cpp): the FFmpeg media backend.
        if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
            qputenv("QT_MEDIA_BACKEND", "ffmpeg");
        QSignalSpy playing(&page, &Gui::LibraryPage::playbackStarted);
        page.playSelected();
        ASSERT_TRUE(waitUntil([&] { return playing.count() == 1; }))
            << page.messageText().toStdString();
        EXPECT_EQ(QFileInfo(playing.at(0).at(0).toString()).size(), QFileInfo(clip).size());
    }

    // Delete (confirmed): gone from the model and from the server.
    const QString videoId = controller->model()->item(id)->videoId;
    page.deleteSelected(true);
    ASSERT_TRUE(waitUntil([&] { return page.model()->rowCount() == 0; }))
        << page.messageText().toStdString();
    const auto gone =
        TestSupport::httpRequest("GET", m_server.url(QStringLiteral("/v1/videos/") + videoId), {},
                                 {TestSupport::bearer(m_client->tokens().accessToken)});
    EXPECT_EQ(gone.status, 404);
}

TEST_F(UploadsPageTest, Japanese_PageAndQueueRetranslated)
{
    auto controller = makeController();
    Gui::UploadsPage page(*controller);
    ASSERT_TRUE(m_languages.apply(QStringLiteral("ja")));
    EXPECT_EQ(controller->model()->headerData(Gui::UploadQueueModel::StageColumn, Qt::Horizontal,
                                              Qt::DisplayRole),
              QStringLiteral("段階"));
    auto* start = page.findChild<QAction*>(QStringLiteral("startAction"));
    // LanguageChange is posted: wait for it.
    EXPECT_TRUE(waitUntil([&] { return start->text() == QStringLiteral("開始"); }))
        << start->text().toStdString();
    ASSERT_TRUE(m_languages.apply(QStringLiteral("en")));
    EXPECT_TRUE(waitUntil([&] { return start->text() == QStringLiteral("Start"); }));
}

TEST_F(UploadsPageTest, MainWindow_UploadsAtOnceSetting_AppliedToTheEngineAtOnce)
{
    QSettings().remove(Gui::SettingsPage::kParallelUploadsKey);
    auto controller = makeController();
    EXPECT_EQ(controller->uploadManager()->parallel(), Gui::SettingsPage::kDefaultParallelUploads);
    Gui::MainWindow window(m_languages, nullptr, controller.get());
    auto* uploadsAtOnce = window.findChild<QSpinBox*>(QStringLiteral("parallelUploadsSpin"));
    ASSERT_NE(uploadsAtOnce, nullptr);
    uploadsAtOnce->setValue(4);
    EXPECT_EQ(controller->uploadManager()->parallel(), 4);
    EXPECT_EQ(QSettings().value(Gui::SettingsPage::kParallelUploadsKey).toInt(), 4);
    // Set before the queue is opened (as at start-up), it holds once it is.
    UploadController early(m_network, m_work.filePath(QStringLiteral("early")));
    early.setParallelUploads(3);
    ASSERT_TRUE(early.load().ok());
    EXPECT_EQ(early.uploadManager()->parallel(), 3);
    QSettings().remove(Gui::SettingsPage::kParallelUploadsKey);
}

TEST_F(UploadsPageTest, MainWindow_BatchProgressInTitle_NotificationWhenFinished)
{
    auto controller = makeController();
    Gui::MainWindow window(m_languages, nullptr, controller.get());
    ASSERT_NE(window.uploadsPage(), nullptr);
    QSignalSpy notified(&window, &Gui::MainWindow::notificationRequested);
    emit controller->overallProgressChanged(42);
    EXPECT_EQ(window.windowTitle(), QStringLiteral("42% — OneStream Studio"));
    emit controller->overallProgressChanged(-1);
    emit controller->batchFinished(2, 0);
    EXPECT_EQ(window.windowTitle(), QStringLiteral("OneStream Studio"));
    ASSERT_EQ(notified.count(), 1);
    EXPECT_EQ(notified.at(0).at(1).toString(), QStringLiteral("2 videos uploaded and verified."));
    emit controller->batchFinished(1, 1);
    EXPECT_EQ(notified.at(1).at(1).toString(), QStringLiteral("1 upload failed."));
}

} // namespace
