// onestream encoders [--json] [--refresh] [--size WxH]: every encoder candidate and whether a
// real test encode at the preset's size works here, with the reason when it does not.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "core/media/encoderprobe.h"
#include "core/version.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

namespace Cli {

int runEncoders(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List the video encoders and whether each one works on this machine."));
    parser.addHelpOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the result as JSON."));
    const QCommandLineOption refreshOption(QStringLiteral("refresh"),
                                           QStringLiteral("Ignore the cache and test again."));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Test size (default 1920x1080)."),
                                        QStringLiteral("WxH"), QStringLiteral("1920x1080"));
    parser.addOptions({jsonOption, refreshOption, sizeOption});
    parser.process(arguments);

    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    Media::EncoderProbeOptions options;
    bool widthOk = false;
    bool heightOk = false;
    options.settings.width = size.value(0).toInt(&widthOk);
    options.settings.height = size.value(1).toInt(&heightOk);
    if (size.size() != 2 || !widthOk || !heightOk || options.settings.width < 16 ||
        options.settings.height < 16)
        return fail(QStringLiteral("encoders"), QStringLiteral("--size must look like 1920x1080"),
                    2);
    options.settings.frameRateNum = 30;
    options.settings.gopFrames = 15;
    options.appVersion = QString::fromLatin1(Core::kVersion);
    options.refresh = parser.isSet(refreshOption);
    options.cachePath = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                        QStringLiteral("/encoders.json");

    const QList<Media::EncoderDescriptor> descriptors = Media::builtinEncoders();
    const QList<Media::EncoderAvailability> results = Media::probeEncoders(descriptors, options);
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (qsizetype i = 0; i < descriptors.size(); ++i) {
            const Media::EncoderDescriptor& d = descriptors[i];
            const Media::EncoderAvailability& a = results[i];
            array.append(
                QJsonObject{{QStringLiteral("id"), d.id},
                            {QStringLiteral("name"), d.displayName},
                            {QStringLiteral("codec"), Media::codecName(d.codec)},
                            {QStringLiteral("hardware"), Media::hardwareKindName(d.hardware)},
                            {QStringLiteral("available"), a.available},
                            {QStringLiteral("reason"), a.reason},
                            {QStringLiteral("probeMs"), a.probeMs},
                            {QStringLiteral("cached"), a.fromCache}});
        }
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("encoders"), array}}));
        return 0;
    }
    for (qsizetype i = 0; i < descriptors.size(); ++i) {
        const Media::EncoderDescriptor& d = descriptors[i];
        const Media::EncoderAvailability& a = results[i];
        out() << d.id.leftJustified(18) << " " << Media::codecName(d.codec).leftJustified(5) << " "
              << Media::hardwareKindName(d.hardware).leftJustified(16) << " "
              << (a.available ? QStringLiteral("yes") : QStringLiteral("no "));
        if (!a.available)
            out() << "  " << a.reason;
        out() << "\n";
    }
    out().flush();
    return 0;
}

} // namespace Cli
