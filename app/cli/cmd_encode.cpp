// onestream encode IN --preset onestream|ladder --out PATH [--encoder auto|NAME] [--json]:
// encodes with progress on stderr; Ctrl-C cancels and removes partial outputs.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/media/encodejob.h"
#include "core/version.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QStandardPaths>

#include <csignal>

namespace Cli {

namespace {

// The one piece of process-wide state: a signal handler can reach nothing else.
std::atomic<bool> g_cancel{false};

extern "C" void onInterrupt(int)
{
    g_cancel.store(true);
}

QString clock(std::chrono::seconds seconds)
{
    const long long s = seconds.count();
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

int runEncode(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Encode a media file with a preset."));
    parser.addHelpOption();
    const QCommandLineOption presetOption(QStringLiteral("preset"),
                                          QStringLiteral("onestream (default) or ladder."),
                                          QStringLiteral("NAME"), QStringLiteral("onestream"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Output MP4 (onestream) or directory (ladder)."),
        QStringLiteral("PATH"));
    const QCommandLineOption encoderOption(QStringLiteral("encoder"),
                                           QStringLiteral("auto (default) or an encoder id."),
                                           QStringLiteral("NAME"), QStringLiteral("auto"));
    const QCommandLineOption speedOption(QStringLiteral("speed"),
                                         QStringLiteral("x264 speed preset (default veryfast)."),
                                         QStringLiteral("PRESET"), QStringLiteral("veryfast"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the job record as JSON."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         QStringLiteral("No progress lines."));
    const QCommandLineOption noPosterOption(QStringLiteral("no-poster"),
                                            QStringLiteral("Ladder: skip the poster frames."));
    parser.addOptions({presetOption, outOption, encoderOption, speedOption, jsonOption, quietOption,
                       noPosterOption});
    parser.addPositionalArgument(QStringLiteral("input"), QStringLiteral("Source media file."));
    parser.process(arguments);
    const QString command = QStringLiteral("encode");
    if (parser.positionalArguments().size() != 1 || !parser.isSet(outOption))
        return fail(command,
                    QStringLiteral("usage: onestream encode IN --out PATH [--preset "
                                   "onestream|ladder] [--encoder auto|NAME]"),
                    2);

    Media::EncodeOptions options;
    options.input = parser.positionalArguments().constFirst();
    options.output = parser.value(outOption);
    options.preset = Media::presetFromName(parser.value(presetOption));
    if (options.preset == Media::Preset::Invalid)
        return fail(command, QStringLiteral("unknown preset %1").arg(parser.value(presetOption)),
                    2);
    options.encoder = parser.value(encoderOption);
    options.speedPreset = parser.value(speedOption);
    options.poster = !parser.isSet(noPosterOption);
    options.appVersion = QString::fromLatin1(Core::kVersion);
    options.encoderCachePath = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                               QStringLiteral("/encoders.json");
    options.cancel = &g_cancel;
    const bool quiet = parser.isSet(quietOption);
    options.onProgress = [quiet](const Media::EncodeProgress& p) {
        if (quiet)
            return;
        err() << QStringLiteral("\r%1%  %2 fps  %3x  %4 left   ")
                     .arg(p.percent, 5, 'f', 1)
                     .arg(p.fps, 0, 'f', 1)
                     .arg(p.speed, 0, 'f', 2)
                     .arg(clock(p.remaining));
        err().flush();
    };

    struct sigaction action = {};
    action.sa_handler = &onInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    const auto result = Media::encode(options);
    if (!quiet) {
        err() << "\n";
        err().flush();
    }
    if (!result) {
        if (result.error().code == Core::ErrorCode::Cancelled)
            return fail(command, QStringLiteral("cancelled; partial outputs removed"), 130);
        return fail(command, result.error().detail);
    }
    if (parser.isSet(jsonOption)) {
        printJson(QJsonDocument(result->toJson()));
    } else {
        out() << "wrote " << result->outputs.join(QStringLiteral(", ")) << "\n"
              << "encoder: " << result->encoderUsed << ", " << result->frames << " frames, "
              << QString::number(result->speed, 'f', 2) << "x realtime\n";
        for (const QString& notice : result->notices)
            out() << "notice: " << notice << "\n";
        out().flush();
    }
    return 0;
}

} // namespace Cli
