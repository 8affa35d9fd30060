// onestream queue add|list|run|pause|resume|cancel|retry: the persistent encode queue.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/media/encodequeue.h"
#include "core/version.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

#include <csignal>

namespace Cli {

namespace {

std::atomic<bool> g_stop{false}; // set by SIGINT/SIGTERM: running jobs stop, resumable

extern "C" void onStop(int)
{
    g_stop.store(true);
}

} // namespace

int runQueue(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The persistent encode queue.\n"
        "  add IN --out PATH [--preset onestream|ladder] [--encoder auto|NAME]\n"
        "  list [--json]\n"
        "  run [--concurrency N] [--segment-seconds S]   (until the queue is empty)\n"
        "  pause ID | resume ID | cancel ID | retry ID"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Queue database (default: app data folder)."),
        QStringLiteral("FILE"),
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
            QStringLiteral("/encode-queue.sqlite"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output path."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption presetOption(QStringLiteral("preset"), QStringLiteral("Preset."),
                                          QStringLiteral("NAME"), QStringLiteral("onestream"));
    const QCommandLineOption encoderOption(QStringLiteral("encoder"), QStringLiteral("Encoder."),
                                           QStringLiteral("NAME"), QStringLiteral("auto"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Jobs at once (default 1)."),
                                               QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption segmentOption(QStringLiteral("segment-seconds"),
                                           QStringLiteral("Resume granularity (default 10)."),
                                           QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption speedOption(QStringLiteral("speed"),
                                         QStringLiteral("x264 speed preset (default veryfast)."),
                                         QStringLiteral("PRESET"), QStringLiteral("veryfast"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("JSON output."));
    parser.addOptions({dbOption, outOption, presetOption, encoderOption, concurrencyOption,
                       segmentOption, speedOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("add, list, run, ..."));
    parser.process(arguments);
    const QString command = QStringLiteral("queue");
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(command,
                    QStringLiteral("give an action: add, list, run, pause, resume, "
                                   "cancel, retry"),
                    2);
    auto opened = Media::EncodeQueue::open(parser.value(dbOption));
    if (!opened)
        return fail(command, opened.error().toString());
    Media::EncodeQueue& queue = **opened;
    const QString action = positional.constFirst();

    if (action == QLatin1String("add")) {
        if (positional.size() != 2 || !parser.isSet(outOption))
            return fail(command, QStringLiteral("usage: queue add IN --out PATH"), 2);
        const Media::Preset preset = Media::presetFromName(parser.value(presetOption));
        if (preset == Media::Preset::Invalid)
            return fail(command, QStringLiteral("unknown preset"), 2);
        auto id =
            queue.add(positional[1], parser.value(outOption), preset, parser.value(encoderOption));
        if (!id)
            return fail(command, id.error().toString());
        out() << *id << "\n";
        out().flush();
        return 0;
    }
    if (action == QLatin1String("list")) {
        auto jobs = queue.list();
        if (!jobs)
            return fail(command, jobs.error().toString());
        if (parser.isSet(jsonOption)) {
            QJsonArray array;
            for (const Media::QueuedJob& job : *jobs)
                array.append(job.toJson());
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("jobs"), array}}));
            return 0;
        }
        for (const Media::QueuedJob& job : *jobs) {
            out() << job.id << "  " << Media::jobStateName(job.state).leftJustified(9) << " "
                  << Media::presetName(job.preset).leftJustified(9) << " " << job.segmentsDone
                  << "/" << job.segmentsTotal << "  " << job.input << " -> " << job.output;
            if (!job.error.isEmpty())
                out() << "  (" << job.error << ")";
            out() << "\n";
        }
        out().flush();
        return 0;
    }
    if (action == QLatin1String("run")) {
        Media::QueueRunOptions options;
        options.concurrency = parser.value(concurrencyOption).toInt();
        options.segmentSeconds = parser.value(segmentOption).toDouble();
        options.speedPreset = parser.value(speedOption);
        options.appVersion = QString::fromLatin1(Core::kVersion);
        options.encoderCachePath = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                   QStringLiteral("/encoders.json");
        options.stop = &g_stop;
        if (options.concurrency < 1 || options.segmentSeconds <= 0)
            return fail(command, QStringLiteral("--concurrency and --segment-seconds must be > 0"),
                        2);
        struct sigaction handler = {};
        handler.sa_handler = &onStop;
        sigemptyset(&handler.sa_mask);
        sigaction(SIGINT, &handler, nullptr);
        sigaction(SIGTERM, &handler, nullptr);
        if (auto ran = queue.run(options); !ran)
            return fail(command, ran.error().toString());
        auto jobs = queue.list();
        if (!jobs)
            return fail(command, jobs.error().toString());
        const bool anyFailed = std::any_of(jobs->begin(), jobs->end(), [](const auto& job) {
            return job.state == Media::JobState::Failed;
        });
        return g_stop.load() ? 130 : (anyFailed ? 1 : 0);
    }
    if (positional.size() != 2)
        return fail(command, QStringLiteral("usage: queue %1 ID").arg(action), 2);
    bool ok = false;
    const long long id = positional[1].toLongLong(&ok);
    if (!ok)
        return fail(command, QStringLiteral("ID must be a number"), 2);
    Core::Status status;
    if (action == QLatin1String("pause"))
        status = queue.pause(id);
    else if (action == QLatin1String("resume"))
        status = queue.resume(id);
    else if (action == QLatin1String("cancel"))
        status = queue.cancel(id);
    else if (action == QLatin1String("retry"))
        status = queue.retry(id);
    else
        return fail(command, QStringLiteral("unknown action %1").arg(action), 2);
    if (!status)
        return fail(command, status.error().toString());
    return 0;
}

} // namespace Cli
