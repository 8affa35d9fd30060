// onestream-screenshots: renders every page of the main window in Japanese and English to PNG
// files (offscreen, no display needed). Run by scripts/screenshots; README.md shows the result.
#include "core/version.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPixmap>

#include <iostream>

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
        Gui::MainWindow window(languages, nullptr);
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
