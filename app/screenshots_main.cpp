// onestream-screenshots: renders every page of the main window in Japanese and English to PNG
// files (offscreen, no display needed). Run by scripts/screenshots; README.md shows the result.
#include "core/version.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/uploadcontroller.h"
#include "ui/uploadqueuemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QTemporaryDir>

#include <iostream>

namespace {

// A few rows in every stage, so the Uploads page shows what it looks like at work.
void addSampleUploads(Gui::UploadQueueModel& model)
{
    struct Sample
    {
        const char* file;
        Gui::UploadStage stage;
        double percent;
        double speed;
        qint64 left;
    };
    const Sample samples[] = {
        {"keynote-2026.mov", Gui::UploadStage::Encoding, 42, 3.1, 95},
        {"product-demo.mp4", Gui::UploadStage::Uploading, 67, 12.5 * 1024 * 1024, 21},
        {"interview.mp4", Gui::UploadStage::Done, 100, 0, -1},
        {"notes.txt", Gui::UploadStage::Refused, 0, 0, -1}};
    qint64 id = 1;
    for (const Sample& sample : samples) {
        Gui::UploadItem item;
        item.id = id++;
        item.source = QStringLiteral("/home/creator/Videos/") + QString::fromUtf8(sample.file);
        item.stage = sample.stage;
        item.percent = sample.percent;
        item.bytesPerSecond = sample.speed;
        item.secondsLeft = sample.left;
        item.encoderUsed = QStringLiteral("libx264");
        item.durationMs = 754000;
        item.width = 1920;
        item.height = 1080;
        item.videoCodec = QStringLiteral("h264");
        item.audioCodec = QStringLiteral("aac");
        item.refusal = QCoreApplication::translate("Gui::UploadController", "not a video file");
        model.add(item);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OneStream Studio Screenshots"));
    QApplication::setApplicationVersion(QString::fromLatin1(Core::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Render every page of OneStream Studio in Japanese and English to PNG."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Output folder."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::cerr << "onestream-screenshots: give the output folder\n";
        return 2;
    }
    const QDir out(parser.positionalArguments().constFirst());
    if (!QDir().mkpath(out.path())) {
        std::cerr << "onestream-screenshots: cannot create " << out.path().toStdString() << "\n";
        return 1;
    }

    const struct
    {
        Gui::MainWindow::Page page;
        const char* name;
    } pages[] = {
        {Gui::MainWindow::Page::Uploads, "uploads"},   {Gui::MainWindow::Page::Library, "library"},
        {Gui::MainWindow::Page::Admin, "admin"},       {Gui::MainWindow::Page::Status, "status"},
        {Gui::MainWindow::Page::Settings, "settings"}, {Gui::MainWindow::Page::Help, "help"}};

    Gui::LanguageManager languages;
    int written = 0;
    for (const QString& language : Gui::LanguageManager::supportedLanguages()) {
        languages.apply(language);
        QTemporaryDir work;
        QNetworkAccessManager network;
        Gui::UploadController uploads(network, work.path());
        if (!uploads.load()) {
            std::cerr << "onestream-screenshots: cannot open the upload queue\n";
            return 1;
        }
        addSampleUploads(*uploads.model());
        Gui::MainWindow window(languages, nullptr, &uploads);
        window.resize(1100, 700);
        window.show();
        for (const auto& entry : pages) {
            window.showPage(entry.page);
            QCoreApplication::processEvents();
            const QString file =
                out.filePath(QStringLiteral("%1-%2.png").arg(QLatin1String(entry.name), language));
            if (!window.grab().save(file)) {
                std::cerr << "onestream-screenshots: cannot write " << file.toStdString() << "\n";
                return 1;
            }
            ++written;
        }
    }
    std::cout << "wrote " << written << " screenshots to " << out.path().toStdString() << "\n";
    return 0;
}
