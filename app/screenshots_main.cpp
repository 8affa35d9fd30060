// onestream-screenshots: renders every page of the main window in Japanese and English to PNG
// files (offscreen, no display needed). Run by scripts/screenshots; README.md shows the result.
#include "app/localworkspace.h"
#include "core/api/apiclient.h"
#include "core/status/statuspageparser.h"
#include "core/version.h"
#include "server/bootstrap.h"
#include "ui/admin/adminpage.h"
#include "ui/admin/approvalstab.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/status/statuspage.h"
#include "ui/uploadcontroller.h"
#include "ui/uploadqueuemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QTemporaryDir>

#include <functional>
#include <iostream>
#include <memory>
#include <optional>

namespace {

// The Admin pages need data: an embedded server (as --local) with an operator, a tenant, its
// owner, a few users and a pending role request. This tool may wait on the network; the app
// never does.
const QString kPassword = QStringLiteral("Screen-Shot-2026");

bool waitFor(const std::function<bool()>& condition, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

QJsonObject call(Api::ApiClient& api, const QByteArray& method, const QString& path,
                 const QJsonObject& body = {})
{
    std::optional<QJsonObject> answer;
    QObject guard;
    api.send(method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(), &guard,
             [&](Core::Result<Api::ApiResponse> reply) {
                 answer = reply ? reply->json() : QJsonObject{};
                 if (reply && !reply->ok())
                     std::cerr << "onestream-screenshots: " << method.constData() << ' '
                               << path.toStdString() << ": "
                               << reply->problemSummary().toStdString() << "\n";
             });
    waitFor([&] { return answer.has_value(); });
    return answer.value_or(QJsonObject{});
}

std::unique_ptr<Api::ApiClient> signIn(QNetworkAccessManager& network, const QUrl& base,
                                       const QString& email)
{
    auto api = std::make_unique<Api::ApiClient>(network, base);
    const QJsonObject tokens =
        call(*api, "POST", QStringLiteral("/v1/auth/login"),
             {{QStringLiteral("email"), email},
              {QStringLiteral("password"), kPassword},
              {QStringLiteral("device_name"), QStringLiteral("OneStream Studio")}});
    api->setTokens({tokens.value(QStringLiteral("access_token")).toString(),
                    tokens.value(QStringLiteral("refresh_token")).toString()});
    return api;
}

struct AdminData
{
    std::unique_ptr<Api::ApiClient> operatorApi;
    std::unique_ptr<Api::ApiClient> ownerApi;
};

AdminData seedAdminData(QNetworkAccessManager& network, const QUrl& base)
{
    AdminData data;
    data.operatorApi = signIn(network, base, QStringLiteral("operator@example.jp"));
    const QJsonObject tenant =
        call(*data.operatorApi, "POST", QStringLiteral("/v1/tenants"),
             {{QStringLiteral("name"), QStringLiteral("Example Corp")},
              {QStringLiteral("plan"), QStringLiteral("business")},
              {QStringLiteral("seat_limit"), 50},
              {QStringLiteral("owner_email"), QStringLiteral("hanako.sato@example.jp")},
              {QStringLiteral("owner_name"), QStringLiteral("Hanako Sato")}});
    const QJsonObject old = call(*data.operatorApi, "POST", QStringLiteral("/v1/tenants"),
                                 {{QStringLiteral("name"), QStringLiteral("Old Studio")},
                                  {QStringLiteral("plan"), QStringLiteral("standard")}});
    call(*data.operatorApi, "POST",
         QStringLiteral("/v1/tenants/%1/terminate").arg(old.value(QStringLiteral("id")).toString()),
         {{QStringLiteral("contract_end"), QStringLiteral("2026-11-30")}});
    const QString tenantId = tenant.value(QStringLiteral("id")).toString();
    call(*data.operatorApi, "POST", QStringLiteral("/v1/invites/accept"),
         {{QStringLiteral("token"), tenant.value(QStringLiteral("owner_invitation"))
                                        .toObject()
                                        .value(QStringLiteral("invite_token"))},
          {QStringLiteral("password"), kPassword}});
    data.ownerApi = signIn(network, base, QStringLiteral("hanako.sato@example.jp"));
    const char* const people[][3] = {
        {"taro.yamada@example.jp", "Taro Yamada", "editor"},
        {"yui.suzuki@example.jp", "Yui Suzuki", "uploader"},
        {"kenji.tanaka@example.jp", "Kenji Tanaka", "viewer"},
        {"mika.ito@example.jp", "Mika Ito", "viewer"},
        {"alex.brown@example.com", "Alex Brown", "editor"},
    };
    QString first;
    for (const auto& person : people) {
        const QJsonObject user =
            call(*data.ownerApi, "POST", QStringLiteral("/v1/tenants/%1/users").arg(tenantId),
                 {{QStringLiteral("email"), QString::fromLatin1(person[0])},
                  {QStringLiteral("display_name"), QString::fromLatin1(person[1])},
                  {QStringLiteral("role"), QString::fromLatin1(person[2])}});
        if (first.isEmpty()) {
            first = user.value(QStringLiteral("id")).toString();
            call(*data.operatorApi, "POST", QStringLiteral("/v1/invites/accept"),
                 {{QStringLiteral("token"), user.value(QStringLiteral("invite_token"))},
                  {QStringLiteral("password"), kPassword}});
        }
    }
    call(*data.ownerApi, "POST",
         QStringLiteral("/v1/tenants/%1/users/%2/role").arg(tenantId, first),
         {{QStringLiteral("role"), QStringLiteral("admin")}});
    return data;
}

} // namespace

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

namespace {

// A believable status page for the Status screenshot: one group, an open incident with two
// updates, an upcoming maintenance, and 90 days of uptime with two bad days.
const char kDemoSummary[] = R"json({
  "page": {"id": "demo", "name": "OneStream", "updated_at": "2026-11-26T02:10:00Z"},
  "status": {"indicator": "minor", "description": "Minor Service Outage"},
  "components": [
    {"id": "g", "name": "Video platform", "status": "degraded_performance", "position": 1,
     "group": true, "components": ["up", "enc", "play"]},
    {"id": "up", "name": "Upload endpoint", "status": "degraded_performance", "position": 2,
     "group_id": "g", "description": "Resumable uploads (tus)"
},
    {"id": "enc", "name": "Encoding", "status": "operational", "position": 3, "group_id": "g"},
    {"id": "play", "name": "Player", "status": "operational", "position": 4, "group_id": "g"},
    {"id": "db", "name": "Database", "status": "operational", "position": 5},
    {"id": "st", "name": "Object storage", "status": "operational", "position": 6}
  ],
  "incidents": [
    {"id": "i1", "name": "Slow uploads from Osaka", "status": "identified", "impact": "minor",
     "created_at": "2026-11-26T01:20:00Z", "started_at": "2026-11-26T01:12:00Z",
     "components": [{"id": "up", "name": "Upload endpoint"}],
     "incident_updates": [
       {"id": "u2", "status": "identified", "body": "A congested transit link; traffic is being moved.",
        "created_at": "2026-11-26T01:50:00Z"},
       {"id": "u1", "status": "investigating", "body": "Uploads from western Japan are slow. We are investigating.",
        "created_at": "2026-11-26T01:20:00Z"}]}
  ],
  "scheduled_maintenances": [
    {"id": "m1", "name": "Database upgrade", "status": "scheduled", "impact": "maintenance",
     "created_at": "2026-11-25T09:00:00Z", "scheduled_for": "2026-11-28T17:00:00Z",
     "scheduled_until": "2026-11-28T19:00:00Z", "components": [{"id": "db", "name": "Database"}],
     "incident_updates": [
       {"id": "mu1", "status": "scheduled", "body": "Uploads pause for up to 30 minutes and resume by themselves.",
        "created_at": "2026-11-25T09:00:00Z"}]}
  ]
})json";

QJsonObject demoAvailability()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QJsonArray components;
    for (const char* id : {"up", "enc", "play", "db", "st"}) {
        QJsonArray days;
        for (int back = 89; back >= 0; --back) {
            double ratio = 1.0;
            if (QLatin1String(id) == QLatin1String("up") && (back == 0 || back == 37))
                ratio = back == 0 ? 0.9965 : 0.93;
            days.append(
                QJsonObject{{QStringLiteral("date"), today.addDays(-back).toString(Qt::ISODate)},
                            {QStringLiteral("availability"), ratio}});
        }
        components.append(QJsonObject{{QStringLiteral("id"), QLatin1String(id)},
                                      {QStringLiteral("availability"), 0.99985},
                                      {QStringLiteral("observed_minutes"), 36000.0},
                                      {QStringLiteral("error_budget_minutes"), 36.0},
                                      {QStringLiteral("days"), days}});
    }
    return QJsonObject{{QStringLiteral("month"), today.toString(QStringLiteral("yyyy-MM"))},
                       {QStringLiteral("availability"), 0.99985},
                       {QStringLiteral("error_budget_left_minutes"), 30.6},
                       {QStringLiteral("meets_target"), true},
                       {QStringLiteral("components"), components}};
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

    QTemporaryDir serverData;
    if (auto seeded = Server::initPlatformOperator(
            serverData.path().toStdString(), QStringLiteral("operator@example.jp"), kPassword);
        !seeded) {
        std::cerr << "onestream-screenshots: " << seeded.error().detail.toStdString() << "\n";
        return 1;
    }
    auto workspace = App::LocalWorkspace::start(serverData.path());
    if (!workspace) {
        std::cerr << "onestream-screenshots: " << workspace.error().detail.toStdString() << "\n";
        return 1;
    }
    QNetworkAccessManager network;
    const AdminData admin = seedAdminData(network, workspace.value()->baseUrl());
    const struct
    {
        Gui::AdminPage::Tab tab;
        const char* name;
        bool asOperator;
    } adminTabs[] = {{Gui::AdminPage::Tab::Users, "admin-users", false},
                     {Gui::AdminPage::Tab::Approvals, "admin-approvals", false},
                     {Gui::AdminPage::Tab::Sessions, "admin-sessions", false},
                     {Gui::AdminPage::Tab::Audit, "admin-audit", true},
                     {Gui::AdminPage::Tab::Tenants, "admin-tenants", true}};

    Gui::LanguageManager languages;
    int written = 0;
    for (const QString& language : Gui::LanguageManager::supportedLanguages()) {
        languages.apply(language);
        QTemporaryDir work;
        Gui::UploadController uploads(network, work.path());
        if (!uploads.load()) {
            std::cerr << "onestream-screenshots: cannot open the upload queue\n";
            return 1;
        }
        addSampleUploads(*uploads.model());
        Gui::MainWindow window(languages, nullptr, &uploads);
        if (auto demo = Status::parseStatusDocument(QByteArray(kDemoSummary))) {
            window.statusPage()->showDocument(demo.value());
            window.statusPage()->showAvailability(demoAvailability());
        }
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
        for (const auto& entry : adminTabs) {
            window.setAdminClient(entry.asOperator ? admin.operatorApi.get()
                                                   : admin.ownerApi.get());
            window.showPage(Gui::MainWindow::Page::Admin);
            waitFor([&] { return window.adminPage()->ready(); });
            window.adminPage()->showTab(entry.tab);
            // Let the tab's first page arrive.
            QElapsedTimer settle;
            settle.start();
            waitFor([&] { return settle.elapsed() > 400; });
            const QString file =
                out.filePath(QStringLiteral("%1-%2.png").arg(QLatin1String(entry.name), language));
            if (!window.grab().save(file)) {
                std::cerr << "onestream-screenshots: cannot write " << file.toStdString() << "\n";
                return 1;
            }
            ++written;
        }
        window.setAdminClient(nullptr);
    }
    std::cout << "wrote " << written << " screenshots to " << out.path().toStdString() << "\n";
    return 0;
}
