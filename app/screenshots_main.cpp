// onestream-screenshots: renders every page of the main window in Japanese and English to PNG
// files (offscreen, no display needed). Run by scripts/screenshots; README.md shows the result.
#include "core/status/statuspageparser.h"
#include "core/version.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/status/statuspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QPixmap>

#include <iostream>

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

    Gui::LanguageManager languages;
    int written = 0;
    for (const QString& language : Gui::LanguageManager::supportedLanguages()) {
        languages.apply(language);
        Gui::MainWindow window(languages, nullptr);
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
    }
    std::cout << "wrote " << written << " screenshots to " << out.path().toStdString() << "\n";
    return 0;
}
