// onestream videos list|show|update|delete: the tenant's video library (/v1/videos).
#include "app/cli/apiclient.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace Cli {
namespace {

void printVideo(const QJsonObject& video)
{
    out() << video.value(QStringLiteral("id")).toString() << "  "
          << video.value(QStringLiteral("status")).toString().leftJustified(15) << " "
          << video.value(QStringLiteral("visibility")).toString().leftJustified(10) << " "
          << video.value(QStringLiteral("title")).toString() << "\n";
}

} // namespace

Core::Result<QString> posterUpload(const QJsonObject& video, const QString& choice)
{
    // "poster" is the encoder's best frame (poster.jpg), "poster:N" its Nth candidate
    // (poster_candidate_N.jpg); poster:0 is the best one.
    int index = 0;
    if (choice != QLatin1String("poster")) {
        bool ok = false;
        index = choice.startsWith(QLatin1String("poster:")) ? choice.mid(7).toInt(&ok) : -1;
        if (!ok || index < 0) {
            return Core::makeError(Core::ErrorCode::BadInput,
                                   QStringLiteral("--thumbnail takes an upload id, poster or "
                                                  "poster:N"));
        }
    }
    const QString wanted = index == 0 ? QStringLiteral("poster.jpg")
                                      : QStringLiteral("poster_candidate_%1.jpg").arg(index);
    for (const QJsonValue& value : video.value(QStringLiteral("files")).toArray()) {
        const QJsonObject file = value.toObject();
        if (file.value(QStringLiteral("role")).toString() == QLatin1String("poster") &&
            file.value(QStringLiteral("name")).toString().endsWith(wanted) &&
            file.value(QStringLiteral("complete")).toBool()) {
            return file.value(QStringLiteral("upload_id")).toString();
        }
    }
    return Core::makeError(Core::ErrorCode::NotFound,
                           QStringLiteral("the video has no uploaded poster frame %1 (upload with "
                                          "--encode to get poster frames)")
                               .arg(wanted));
}

int runVideos(const QStringList& arguments)
{
    const QString command = QStringLiteral("videos");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The video library.\n"
        "  list                 newest first (--all follows every page)\n"
        "  show ID              one video with its files\n"
        "  update ID [fields]   change title, description, visibility, category, tags,\n"
        "                       thumbnail (an image upload id, or poster / poster:N for the\n"
        "                       encoder's best or Nth poster frame)\n"
        "  delete ID            remove the video and its files"));
    parser.addHelpOption();
    ApiClient::addOptions(parser);
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption allOption(QStringLiteral("all"), QStringLiteral("Every page."));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QStringLiteral("Page size."),
                                         QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption cursorOption(QStringLiteral("cursor"),
                                          QStringLiteral("Continue after a previous page."),
                                          QStringLiteral("CURSOR"));
    const QCommandLineOption statusOption(QStringLiteral("status"),
                                          QStringLiteral("Only videos in this status."),
                                          QStringLiteral("STATUS"));
    const QCommandLineOption titleOption(QStringLiteral("title"), QStringLiteral("New title."),
                                         QStringLiteral("T"));
    const QCommandLineOption descriptionOption(
        QStringLiteral("description"), QStringLiteral("New description."), QStringLiteral("TEXT"));
    const QCommandLineOption visibilityOption(
        QStringLiteral("visibility"), QStringLiteral("New visibility."), QStringLiteral("V"));
    const QCommandLineOption categoryOption(QStringLiteral("category"),
                                            QStringLiteral("New category."), QStringLiteral("C"));
    const QCommandLineOption tagsOption(QStringLiteral("tags"),
                                        QStringLiteral("New tags, comma separated."),
                                        QStringLiteral("A,B"));
    const QCommandLineOption thumbnailOption(
        QStringLiteral("thumbnail"),
        QStringLiteral("New thumbnail: an image upload id, or poster[:N] (a poster frame)."),
        QStringLiteral("ID|poster[:N]"));
    parser.addOptions({jsonOption, allOption, limitOption, cursorOption, statusOption, titleOption,
                       descriptionOption, visibilityOption, categoryOption, tagsOption,
                       thumbnailOption});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("list, show, update or delete"));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The video."),
                                 QStringLiteral("[ID]"));
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString id = positional.value(1);
    if (action != QLatin1String("list") && id.isEmpty()) {
        return fail(command,
                    QStringLiteral("use: videos list | show ID | update ID ... | delete ID"), 2);
    }
    ApiClient api(command);
    QString problem;
    if (!api.configure(parser, &problem))
        return problem.isEmpty() ? 1 : fail(command, problem, 2);
    const bool json = parser.isSet(jsonOption);

    if (action == QLatin1String("list")) {
        QJsonArray all;
        QString cursor = parser.value(cursorOption);
        QString next;
        do {
            QString path = QStringLiteral("/v1/videos?limit=") + parser.value(limitOption);
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + cursor;
            if (parser.isSet(statusOption))
                path += QStringLiteral("&status=") + parser.value(statusOption);
            const ApiReply reply = api.call("GET", path);
            if (reply.status != 200)
                return fail(command, reply.reason());
            const QJsonObject page = reply.json();
            for (const QJsonValue& item : page.value(QStringLiteral("items")).toArray())
                all.append(item);
            next = page.value(QStringLiteral("next_cursor")).toString();
            cursor = next;
        } while (parser.isSet(allOption) && !cursor.isEmpty());
        if (json) {
            QJsonObject result{{QStringLiteral("items"), all}};
            if (!next.isEmpty())
                result.insert(QStringLiteral("next_cursor"), next);
            printJson(QJsonDocument(result));
            return 0;
        }
        for (const QJsonValue& item : all)
            printVideo(item.toObject());
        if (!next.isEmpty())
            out() << "more: --cursor " << next << "\n";
        out().flush();
        return 0;
    }
    const QString path = QStringLiteral("/v1/videos/") + id;
    if (action == QLatin1String("show") || action == QLatin1String("update")) {
        ApiReply reply;
        if (action == QLatin1String("show")) {
            reply = api.call("GET", path);
        } else {
            QJsonObject changes;
            if (parser.isSet(titleOption))
                changes.insert(QStringLiteral("title"), parser.value(titleOption));
            if (parser.isSet(descriptionOption))
                changes.insert(QStringLiteral("description"), parser.value(descriptionOption));
            if (parser.isSet(visibilityOption))
                changes.insert(QStringLiteral("visibility"), parser.value(visibilityOption));
            if (parser.isSet(categoryOption))
                changes.insert(QStringLiteral("category"), parser.value(categoryOption));
            if (parser.isSet(tagsOption)) {
                changes.insert(
                    QStringLiteral("tags"),
                    QJsonArray::fromStringList(
                        parser.value(tagsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)));
            }
            if (parser.isSet(thumbnailOption)) {
                QString thumbnail = parser.value(thumbnailOption);
                if (thumbnail.startsWith(QLatin1String("poster"))) {
                    const ApiReply current = api.call("GET", path);
                    if (current.status != 200)
                        return fail(command, current.reason());
                    auto chosen = posterUpload(current.json(), thumbnail);
                    if (!chosen)
                        return fail(command, chosen.error().detail, 2);
                    thumbnail = chosen.value();
                }
                changes.insert(QStringLiteral("thumbnail_upload_id"), thumbnail);
            }
            if (changes.isEmpty())
                return fail(command, QStringLiteral("nothing to update"), 2);
            reply = api.call("PATCH", path, changes);
        }
        if (reply.status != 200)
            return fail(command, reply.reason());
        const QJsonObject video = reply.json();
        if (json) {
            printJson(QJsonDocument(video));
            return 0;
        }
        printVideo(video);
        for (const QJsonValue& file : video.value(QStringLiteral("files")).toArray()) {
            const QJsonObject f = file.toObject();
            out() << "  " << f.value(QStringLiteral("name")).toString() << "  "
                  << f.value(QStringLiteral("received")).toInteger() << "/"
                  << f.value(QStringLiteral("size")).toInteger() << " bytes  "
                  << f.value(QStringLiteral("sha256")).toString()
                  << (f.contains(QStringLiteral("role"))
                          ? QStringLiteral("  [%1 %2]")
                                .arg(f.value(QStringLiteral("role")).toString(),
                                     f.value(QStringLiteral("upload_id")).toString())
                          : QString())
                  << "\n";
        }
        out().flush();
        return 0;
    }
    if (action == QLatin1String("delete")) {
        const ApiReply reply = api.call("DELETE", path);
        if (reply.status != 204)
            return fail(command, reply.reason());
        out() << "deleted " << id << "\n";
        out().flush();
        return 0;
    }
    return fail(command, QStringLiteral("unknown action '%1'").arg(action), 2);
}

} // namespace Cli
