// onestream probe FILE [--json] [--gop]: what a media file is and whether it already conforms
// to the OneStream upload format (DESIGN.md §3), each failing rule named.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/media/probe.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace Cli {

namespace {

void printHuman(const Media::ProbeResult& result, const Media::ConformanceReport& report)
{
    const Media::MediaInfo& info = result.info;
    out() << info.path << "\n"
          << "  container: " << info.container
          << (info.majorBrand.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(info.majorBrand))
          << "\n  duration: " << QString::number(info.duration.count() / 1000.0, 'f', 3) << " s"
          << "\n  size: " << info.sizeBytes << " bytes, bitrate " << info.bitrateBps / 1000
          << " kb/s\n";
    for (const Media::StreamInfo& s : info.streams) {
        out() << "  stream #" << s.index << " " << Media::streamKindName(s.kind) << ": " << s.codec;
        if (!s.profile.isEmpty())
            out() << " (" << s.profile << ")";
        if (s.kind == Media::StreamKind::Video) {
            out() << ", " << s.width << "x" << s.height << ", " << s.pixelFormat << ", "
                  << QString::number(s.frameRate, 'f', 3) << " fps, " << s.fieldOrder
                  << ", rotation " << s.rotationDegrees << ", transfer "
                  << (s.colorTransfer.isEmpty() ? QStringLiteral("unspecified") : s.colorTransfer)
                  << (s.hdr ? QStringLiteral(" (HDR)") : QString())
                  << (s.cabac ? QStringLiteral(", CABAC") : QString());
        } else if (s.kind == Media::StreamKind::Audio) {
            out() << ", " << s.sampleRate << " Hz, " << s.channelLayout << ", " << s.sampleFormat;
        }
        out() << "\n";
    }
    out() << "  OneStream upload format: "
          << (report.conforms() ? QStringLiteral("conforms") : QStringLiteral("does not conform"))
          << "\n";
    for (const Media::ConformanceRule& rule : report.rules) {
        if (!rule.passed)
            out() << "    FAIL " << rule.id << ": " << rule.text << " (has " << rule.actual
                  << ")\n";
    }
    out().flush();
}

} // namespace

int runProbe(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Describe a media file and check it against the OneStream upload format."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the result as JSON."));
    const QCommandLineOption gopOption(
        QStringLiteral("gop"),
        QStringLiteral("Also read the video packets to check the GOP and B-frame rules."));
    parser.addOptions({jsonOption, gopOption});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("Media file, or - for stdin."));
    parser.process(arguments);
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("probe"), QStringLiteral("give exactly one FILE"), 2);

    Media::ProbeOptions options;
    options.scanGop = parser.isSet(gopOption);
    const auto result = Media::probeFile(parser.positionalArguments().constFirst(), options);
    if (!result) {
        const Media::ProbeFailure failure = Media::probeFailureOf(result.error());
        if (parser.isSet(jsonOption)) {
            printJson(QJsonDocument(QJsonObject{
                {QStringLiteral("error"),
                 QString::fromLatin1(Core::errorCodeName(result.error().code))},
                {QStringLiteral("reason"), QString::fromLatin1(Media::probeFailureName(failure))},
                {QStringLiteral("detail"), result.error().detail}}));
        }
        return fail(QStringLiteral("probe"), result.error().detail);
    }
    const Media::ConformanceReport report =
        Media::checkConformance(result->info, options.scanGop ? &result->gop : nullptr);
    if (parser.isSet(jsonOption)) {
        QJsonObject object = result->info.toJson();
        object.insert(QStringLiteral("conformance"), report.toJson());
        if (options.scanGop) {
            object.insert(QStringLiteral("gop"),
                          QJsonObject{{QStringLiteral("keyframes"), result->gop.keyframes},
                                      {QStringLiteral("gopFrames"), result->gop.gopFrames},
                                      {QStringLiteral("closed"), result->gop.closedGop},
                                      {QStringLiteral("maxConsecutiveBFrames"),
                                       result->gop.maxConsecutiveBFrames}});
        }
        printJson(QJsonDocument(object));
    } else {
        printHuman(*result, report);
    }
    return 0;
}

} // namespace Cli
