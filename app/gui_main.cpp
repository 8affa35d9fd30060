// onestream-studio: the desktop GUI. The composition root: services are built here and passed
// into the window.
#include "app/localworkspace.h"
#include "core/api/connectionmonitor.h"
#include "core/api/tlspolicy.h"
#include "core/status/statuswatcher.h"
#include "core/status/uploadgate.h"
#include "core/version.h"
#include "platform/secretstore.h"
#include "ui/firstownerpage.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/session.h"
#include "ui/settingspage.h"
#include "ui/signinpage.h"
#include "ui/status/statusnotifications.h"
#include "ui/status/statuspage.h"
#include "ui/status/statustext.h"
#include "ui/status/statustray.h"
#include "ui/theme.h"
#include "ui/uploadcontroller.h"
#include "ui/uploadspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>

#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace {

// Qt aborts when no display can be opened; say what to do instead.
bool displayAvailable()
{
#if defined(Q_OS_LINUX)
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return true;
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

bool wantsOnlyText(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (!displayAvailable()) {
        if (wantsOnlyText(argc, argv)) {
            // --help and --version need no window.
            qputenv("QT_QPA_PLATFORM", "offscreen");
        } else {
            std::cerr
                << "onestream-studio: no display found (neither DISPLAY nor WAYLAND_DISPLAY is "
                   "set).\n"
                   "  Run it from a desktop session, or over SSH with X forwarding (ssh -X).\n"
                   "  To run it without a screen (tests, screenshots), set "
                   "QT_QPA_PLATFORM=offscreen,\n"
                   "  for example: QT_QPA_PLATFORM=offscreen ./scripts/run\n"
                   "  The same jobs are available from the terminal with build/bin/onestream "
                   "--help.\n";
            return 3;
        }
    }

    // Playback (Library page): Qt Multimedia's FFmpeg backend, the same libav the app already
    // uses, rather than GStreamer, which aborts when its plugin packages are missing.
    if (!qEnvironmentVariableIsSet("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OneStream Studio"));
    QApplication::setOrganizationName(QString::fromLatin1(Core::kOrganization));
    QApplication::setOrganizationDomain(QString::fromLatin1(Core::kOrganizationDomain));
    QApplication::setApplicationVersion(QString::fromLatin1(Core::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("onestream-studio"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("OneStream Studio: encode video on this machine, upload it to OneStream "
                       "without ever starting over, and administer your organisation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption localOption(
        QStringLiteral("local"),
        QStringLiteral("Work in the local workspace: start the OneStream server inside the app "
                       "on 127.0.0.1 with its data in your app-data folder."));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("Connect to the server at URL."),
                                          QStringLiteral("URL"));
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        QStringLiteral("Data folder of the local workspace (default: your app-data folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption languageOption(QStringLiteral("lang"),
                                            QStringLiteral("Display language: ja or en."),
                                            QStringLiteral("CODE"));
    parser.addOptions({localOption, serverOption, dataOption, languageOption});
    parser.process(app);

    Gui::followSystemColorScheme(app);
    QSettings settings;
    Gui::LanguageManager languages;
    QString language = parser.value(languageOption);
    if (language.isEmpty())
        language =
            settings.value(QStringLiteral("ui/language"), Gui::LanguageManager::systemLanguage())
                .toString();
    if (!languages.apply(language))
        languages.apply(Gui::LanguageManager::systemLanguage());
    QObject::connect(&languages, &Gui::LanguageManager::languageChanged, &app,
                     [&settings](const QString& code) {
                         settings.setValue(QStringLiteral("ui/language"), code);
                     });

    std::unique_ptr<App::LocalWorkspace> workspace;
    QUrl serverUrl = QUrl(parser.value(serverOption));
    if (parser.isSet(localOption)) {
        QString dataDir = parser.value(dataOption);
        if (dataDir.isEmpty()) {
            dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/workspace");
        }
        auto started = App::LocalWorkspace::start(dataDir);
        if (!started) {
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "OneStream Studio"),
                QCoreApplication::translate("main",
                                            "The local workspace could not start:\n%1\n\nCheck "
                                            "that the folder %2 exists and is writable.")
                    .arg(started.error().detail, QDir::toNativeSeparators(dataDir)));
            return 1;
        }
        workspace = std::move(started).value();
        serverUrl = workspace->baseUrl();
    }

    // TLS policy for every request of this process (docs/tls.md); $ONESTREAM_CA_FILE adds the
    // CA of a self-hosted server.
    if (auto tls = Api::installTlsPolicy(); !tls)
        std::cerr << "onestream-studio: " << tls.error().detail.toStdString() << "\n";
    QNetworkAccessManager network;
    std::unique_ptr<Api::ConnectionMonitor> monitor;
    if (serverUrl.isValid() && !serverUrl.isEmpty()) {
        monitor = std::make_unique<Api::ConnectionMonitor>(network);
        monitor->setServer(serverUrl);
    }

    // The Uploads page's engine: items, the resumable upload queue and encoded files live in
    // the app-data folder, so the queue survives quitting and crashing.
    Gui::UploadController uploads(
        network, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                     QStringLiteral("/uploads"));
    uploads.setParallelUploads(settings
                                   .value(Gui::SettingsPage::kParallelUploadsKey,
                                          Gui::SettingsPage::kDefaultParallelUploads)
                                   .toInt());
    const auto unfinished = uploads.load();
    uploads.setEncodeConcurrency(settings.value(Gui::SettingsPage::kConcurrentJobsKey, 1).toInt());
    if (const QString encoder = settings.value(Gui::SettingsPage::kEncoderKey).toString();
        !encoder.isEmpty())
        uploads.setEncoder({}, encoder);
    uploads.probeEncoders();

    Gui::MainWindow window(languages, monitor.get(), &uploads);
    if (unfinished)
        window.uploadsPage()->offerToContinue(unfinished.value());
    else
        window.statusBar()->showMessage(unfinished.error().detail);
    window.show();

    // Service status: the watcher follows the server's status page and its live event stream;
    // the Status page, the tray icon and the desktop notifications follow the watcher. Events
    // already shown are remembered in the app-data folder (exactly once across restarts).
    Gui::StatusTray tray;
    Gui::StatusNotifications notifications(tray, QStringLiteral("status/notifications"));
    std::unique_ptr<Status::StatusWatcher> statusWatcher;
    std::unique_ptr<Status::UploadGate> uploadGate;
    if (serverUrl.isValid() && !serverUrl.isEmpty()) {
        Status::WatcherOptions statusOptions;
        statusOptions.pageBase = serverUrl;
        statusOptions.seenStorePath =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
            QStringLiteral("/status-seen.json");
        statusWatcher = std::make_unique<Status::StatusWatcher>(network, statusOptions);
        window.statusPage()->setWatcher(statusWatcher.get());
        if (settings.value(Gui::SettingsPage::kNotificationsKey, true).toBool())
            notifications.follow(*statusWatcher);
        // Maintenance or a major outage of the upload service holds the upload queue, with
        // the reason on the Uploads page, until the component is back.
        if (auto* manager = uploads.uploadManager()) {
            uploadGate = std::make_unique<Status::UploadGate>(*statusWatcher, *manager);
            QObject::connect(uploadGate.get(), &Status::UploadGate::decisionChanged, &window,
                             [&window](const Status::GateDecision& decision) {
                                 if (auto* page = window.uploadsPage())
                                     page->setHoldText(decision.hold()
                                                           ? Gui::StatusText::holdText(decision)
                                                           : QString());
                             });
        }
    }
    QObject::connect(window.statusPage(), &Gui::StatusPage::indicatorChanged, &tray,
                     [&tray](Status::Indicator indicator, const QString& text) {
                         tray.setIndicator(indicator, text);
                     });
    QObject::connect(&tray, &Gui::StatusTray::activated, &window, [&window] {
        window.showPage(Gui::MainWindow::Page::Status);
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    QObject::connect(&tray, &Gui::StatusTray::fallback, &window,
                     [&window](const Platform::Notification& notification) {
                         window.statusBar()->showMessage(notification.title, 15000);
                     });
    // The Uploads page's notifications share the tray (Settings can turn them off).
    QObject::connect(&window, &Gui::MainWindow::notificationRequested, &tray,
                     [&tray, &settings](const QString& title, const QString& text) {
                         if (settings.value(Gui::SettingsPage::kNotificationsKey, true).toBool())
                             tray.notify(Platform::Notification{{}, title, text, {}});
                     });

    // Sign-in: the keychain entry is shared with the CLI (`onestream login`), so one sign-in
    // serves both. Asked for only when no stored sign-in matches the chosen server.
    const auto secrets = Platform::createKeychainSecretStore(QStringLiteral("onestream-cli"));
    Gui::Session session(network, secrets.get());
    QObject::connect(&session, &Gui::Session::clientChanged, &window, &Gui::MainWindow::setClient);
    Gui::SignInPage signIn(network, secrets.get(), &window);
    signIn.setWindowFlag(Qt::Dialog);
    signIn.setWindowTitle(QCoreApplication::translate("main", "Sign in to OneStream"));
    signIn.setCloudUrl(QUrl(settings.value(Gui::SettingsPage::kCloudUrlKey).toString()));
    if (workspace) {
        signIn.setLocalWorkspaceUrl(workspace->baseUrl());
        signIn.setWhere(Gui::SignInPage::Where::LocalWorkspace);
    } else if (serverUrl.isValid() && !serverUrl.isEmpty()) {
        signIn.setSelfHostedUrl(serverUrl);
        signIn.setWhere(Gui::SignInPage::Where::SelfHosted);
    }
    QObject::connect(&signIn, &Gui::SignInPage::signedIn, &window,
                     [&window, &signIn, &session](const QUrl& server, const QString& email,
                                                  const Api::ApiTokens& tokens) {
                         signIn.hide();
                         session.start(server, email, tokens);
                         window.statusBar()->showMessage(
                             QCoreApplication::translate("main", "Signed in as %1").arg(email));
                     });
    // The server ended the session: say so, and ask to sign in again (the email is kept).
    QObject::connect(&session, &Gui::Session::sessionEnded, &window,
                     [&signIn](const QString& email) {
                         signIn.showSessionEnded(email);
                         signIn.show();
                         signIn.raise();
                     });
    // A new local workspace has no account: offer to create its first owner instead.
    std::unique_ptr<Gui::FirstOwnerPage> firstOwner;
    if (workspace) {
        const auto accounts = workspace->hasAccounts();
        if (accounts && !accounts.value()) {
            App::LocalWorkspace* local = workspace.get();
            firstOwner = std::make_unique<Gui::FirstOwnerPage>(
                network, workspace->baseUrl(),
                [local](const QString& email, const QString& password) {
                    return local->createOperator(email, password);
                },
                &window);
            firstOwner->setWindowFlag(Qt::Dialog);
            firstOwner->setWindowTitle(
                QCoreApplication::translate("main", "Set up the local workspace"));
            QObject::connect(
                firstOwner.get(), &Gui::FirstOwnerPage::created, &window,
                [&window, &session, &firstOwner](const QUrl& server, const QString& email,
                                                 const Api::ApiTokens& tokens) {
                    firstOwner->hide();
                    session.start(server, email, tokens);
                    session.saveToKeychain();
                    window.statusBar()->showMessage(
                        QCoreApplication::translate("main", "Signed in as %1").arg(email));
                });
            firstOwner->show();
        }
    }
    if (!firstOwner && serverUrl.isValid() && !serverUrl.isEmpty()) {
        session.restore(serverUrl, [&window, &signIn, &session](bool restored) {
            if (restored) {
                window.statusBar()->showMessage(
                    QCoreApplication::translate("main", "Signed in as %1").arg(session.email()));
            } else {
                signIn.show();
            }
        });
    }
    if (monitor)
        monitor->start();
    if (statusWatcher)
        statusWatcher->start();
    const int rc = QApplication::exec();
    statusWatcher.reset();
    monitor.reset();
    workspace.reset();
    return rc;
}
