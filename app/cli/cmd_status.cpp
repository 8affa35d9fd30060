// onestream status [--server URL | --url PAGE_BASE_URL | --file FILE] [--json] [--watch]:
// the service status from our server, any Statuspage v2 page, or a saved document.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/status/statuspageparser.h"
#include "core/status/statuswatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>

namespace Cli {

namespace {

const QString kCommand = QStringLiteral("status");

QString local(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t"))
                          : QStringLiteral("-");
}

void printHuman(const Status::StatusDocument& doc)
{
    QTextStream& o = out();
    if (!doc.page.name.isEmpty())
        o << doc.page.name << " (" << Status::documentKindName(doc.kind) << ")\n";
    else
        o << "Statuspage " << Status::documentKindName(doc.kind) << " document\n";
    if (doc.hasStatus) {
        o << "Status: " << (doc.description.isEmpty() ? doc.indicator.raw : doc.description) << " ["
          << doc.indicator.raw << "]\n";
    }
    if (doc.hasComponents) {
        o << "\nComponents:\n";
        for (const Status::Component& c : doc.components) {
            const bool child = !c.groupId.isEmpty() && !c.danglingGroup;
            o << (child ? "    " : "  ") << c.name.leftJustified(child ? 30 : 32) << " "
              << (c.isGroup ? QStringLiteral("(group) ") : QString()) << c.status.raw << "\n";
        }
    }
    if (doc.hasIncidents) {
        o << "\nIncidents (" << doc.incidents.size() << "):\n";
        if (doc.incidents.isEmpty())
            o << "  none\n";
        for (const Status::Incident& i : doc.incidents) {
            o << "  " << i.name << " [" << i.status.raw << ", impact " << i.impact.raw << "] "
              << local(i.createdAt) << "\n";
            if (!i.updates.isEmpty()) {
                const QString body = i.updates.front().body;
                o << "    " << QString(body).replace(QLatin1Char('\n'), QLatin1String("\n    "))
                  << "\n";
            }
        }
    }
    if (doc.hasMaintenances) {
        o << "\nScheduled maintenance (" << doc.maintenances.size() << "):\n";
        if (doc.maintenances.isEmpty())
            o << "  none\n";
        for (const Status::Incident& m : doc.maintenances) {
            o << "  " << m.name << " [" << m.status.raw << "] " << local(m.scheduledFor) << " -> "
              << local(m.scheduledUntil) << "\n";
        }
    }
    o.flush();
}

void printEvent(const Status::StatusEvent& event, bool json)
{
    if (json) {
        out() << QString::fromUtf8(
                     QJsonDocument(
                         QJsonObject{{QStringLiteral("event"),
                                      QString::fromLatin1(Status::eventKindName(event.kind))},
                                     {QStringLiteral("key"), event.key},
                                     {QStringLiteral("id"), event.subject},
                                     {QStringLiteral("title"), event.title},
                                     {QStringLiteral("status"), event.status},
                                     {QStringLiteral("body"), event.body},
                                     {QStringLiteral("at"), event.at.isValid()
                                                                ? event.at.toString(Qt::ISODate)
                                                                : QString()}})
                         .toJson(QJsonDocument::Compact))
              << "\n";
    } else {
        out() << local(event.at) << "  " << Status::eventKindName(event.kind) << "  "
              << event.title;
        if (!event.status.isEmpty())
            out() << " [" << event.status << "]";
        if (!event.body.isEmpty())
            out() << ": " << QString(event.body).replace(QLatin1Char('\n'), QLatin1Char(' '));
        out() << "\n";
    }
    out().flush();
}

int printDocument(const QByteArray& bytes, const QString& source, bool json)
{
    const auto doc = Status::parseStatusDocument(bytes);
    if (!doc)
        return fail(kCommand, QStringLiteral("%1: %2").arg(source, doc.error().detail));
    if (json)
        printJson(QJsonDocument(Status::toCompactJson(*doc)));
    else
        printHuman(*doc);
    return 0;
}

QString seenStorePath(const QUrl& page)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QByteArray key = page.toString(QUrl::StripTrailingSlash).toUtf8().toHex().left(120);
    return QDir(dir).filePath(QStringLiteral("status-seen-%1.json").arg(QString::fromLatin1(key)));
}

int watch(const QUrl& page, bool json, const QString& statePath)
{
    QNetworkAccessManager network;
    Status::WatcherOptions options;
    options.pageBase = page;
    options.seenStorePath = statePath.isEmpty() ? seenStorePath(page) : statePath;
    bool ok = false;
    const int pollSeconds = qEnvironmentVariableIntValue("ONESTREAM_STATUS_POLL_S", &ok);
    if (ok && pollSeconds > 0)
        options.pollInterval = std::chrono::seconds(pollSeconds);
    Status::StatusWatcher watcher(network, options);
    QObject::connect(&watcher, &Status::StatusWatcher::eventArrived,
                     [json](const Status::StatusEvent& event) { printEvent(event, json); });
    QObject::connect(&watcher, &Status::StatusWatcher::staleChanged, [&watcher](bool stale) {
        err() << "onestream status: "
              << (stale ? QStringLiteral("stale (%1); retrying").arg(watcher.lastError())
                        : QStringLiteral("page readable again"))
              << Qt::endl;
    });
    QObject::connect(&watcher, &Status::StatusWatcher::sseStateChanged, [](bool connected) {
        err() << "onestream status: "
              << (connected ? "following live events" : "live events lost; polling") << Qt::endl;
    });
    // The seen-events file is replaced atomically after every look, so ending the watch with
    // Ctrl+C (default signal handling) loses nothing.
    watcher.start();
    return QCoreApplication::exec();
}

} // namespace

int runStatus(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Show the service status from a OneStream server (--server), any Atlassian Statuspage "
        "v2 page (--url) or a saved Statuspage JSON document (--file: summary, status, "
        "components, incidents or scheduled-maintenances)."));
    parser.addHelpOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("OneStream server base URL."),
                                          QStringLiteral("URL"));
    const QCommandLineOption urlOption(
        QStringLiteral("url"), QStringLiteral("Statuspage base URL (https://status.example.com)."),
        QStringLiteral("PAGE_BASE_URL"));
    const QCommandLineOption fileOption(QStringLiteral("file"),
                                        QStringLiteral("A saved Statuspage v2 JSON document."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print JSON (one object; with --watch one "
                                                       "event object per line)."));
    const QCommandLineOption watchOption(
        QStringLiteral("watch"),
        QStringLiteral("Keep following the page and print each event (new incident, update, "
                       "resolved, maintenance within 24 h, notice) once."));
    const QCommandLineOption stateOption(
        QStringLiteral("state-file"),
        QStringLiteral("Where --watch remembers the events already shown (default: per page in "
                       "the application data folder)."),
        QStringLiteral("FILE"));
    parser.addOptions({serverOption, urlOption, fileOption, jsonOption, watchOption, stateOption});
    parser.process(arguments);

    const int sources = int(parser.isSet(serverOption)) + int(parser.isSet(urlOption)) +
                        int(parser.isSet(fileOption));
    if (sources != 1) {
        return fail(kCommand,
                    QStringLiteral("give exactly one of --server URL, --url PAGE_BASE_URL or "
                                   "--file FILE"),
                    2);
    }
    const bool json = parser.isSet(jsonOption);
    if (parser.isSet(fileOption)) {
        if (parser.isSet(watchOption))
            return fail(kCommand, QStringLiteral("--watch needs --server or --url"), 2);
        const QString path = parser.value(fileOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(kCommand,
                        QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return printDocument(file.read(Status::kMaxDocumentBytes + 1), path, json);
    }

    const QUrl page(parser.isSet(serverOption) ? parser.value(serverOption)
                                               : parser.value(urlOption));
    if (!page.isValid() ||
        (page.scheme() != QLatin1String("http") && page.scheme() != QLatin1String("https"))) {
        return fail(kCommand,
                    QStringLiteral("expected an http(s) URL, got \"%1\"").arg(page.toString()), 2);
    }
    if (parser.isSet(watchOption))
        return watch(page, json, parser.value(stateOption));

    QNetworkAccessManager network;
    QUrl summary = page;
    QString path = summary.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    summary.setPath(path + QStringLiteral("/api/v2/summary.json"));
    QNetworkRequest request(summary);
    request.setTransferTimeout(15000);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply* reply = network.get(request);
    int exitCode = 1;
    QObject::connect(reply, &QNetworkReply::finished, [&] {
        const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && httpStatus == 0) {
            exitCode = fail(kCommand, QStringLiteral("cannot reach %1: %2")
                                          .arg(summary.toString(), reply->errorString()));
        } else if (httpStatus != 200) {
            exitCode =
                fail(kCommand,
                     QStringLiteral("%1 answered HTTP %2").arg(summary.toString()).arg(httpStatus));
        } else {
            exitCode = printDocument(reply->readAll(), summary.toString(), json);
        }
        QCoreApplication::exit(exitCode);
    });
    QCoreApplication::exec();
    reply->deleteLater();
    return exitCode;
}

} // namespace Cli
