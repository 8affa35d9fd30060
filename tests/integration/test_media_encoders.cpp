// Encoder availability on this machine, through a real test encode: software encoders work;
// hardware candidates without a device come out unavailable with a reason in words; results
// are cached and reused.
#include "core/media/encoderprobe.h"
#include "tests/support/mediafixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

TEST(EncoderProbe, ProbeEncoders_ThisMachine_SoftwareAvailableOthersExplained)
{
    QTemporaryDir temp;
    Media::EncoderProbeOptions options;
    options.settings.width = 320;
    options.settings.height = 240;
    options.settings.threads = 1;
    options.cachePath = temp.filePath(QStringLiteral("encoders.json"));
    options.appVersion = QStringLiteral("test");
    const QList<Media::EncoderDescriptor> descriptors = Media::builtinEncoders();
    const QList<Media::EncoderAvailability> results = Media::probeEncoders(descriptors, options);
    ASSERT_EQ(results.size(), descriptors.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        EXPECT_EQ(results[i].id, descriptors[i].id);
        EXPECT_FALSE(results[i].fromCache);
        if (descriptors[i].id == QLatin1String("libx264")) {
            EXPECT_TRUE(results[i].available) << results[i].reason.toStdString();
        }
        if (!results[i].available) {
            EXPECT_FALSE(results[i].reason.isEmpty()) << descriptors[i].id.toStdString();
        }
    }
    const QList<Media::EncoderAvailability> again = Media::probeEncoders(descriptors, options);
    ASSERT_EQ(again.size(), results.size());
    EXPECT_TRUE(again.front().fromCache);
    // A subset (what one preset asks for) is answered from the same cache.
    const QList<Media::EncoderAvailability> subset =
        Media::probeEncoders(std::span(descriptors).subspan(descriptors.size() - 3), options);
    ASSERT_EQ(subset.size(), 3);
    EXPECT_TRUE(subset.front().fromCache);
    options.appVersion = QStringLiteral("test-2"); // a new app version invalidates the cache
    EXPECT_FALSE(Media::probeEncoders(descriptors, options).front().fromCache);
}

TEST(EncoderProbe, ProbeEncodersAsync_OffTheCallingThread_SameAnswer)
{
    Media::EncoderProbeOptions options;
    options.settings.width = 160;
    options.settings.height = 120;
    options.settings.threads = 1;
    QList<Media::EncoderDescriptor> software;
    for (const Media::EncoderDescriptor& d : Media::builtinEncoders()) {
        if (d.id == QLatin1String("libx264"))
            software.append(d);
    }
    auto future = Media::probeEncodersAsync(software, options);
    ASSERT_EQ(future.wait_for(std::chrono::seconds(30)), std::future_status::ready);
    const QList<Media::EncoderAvailability> results = future.get();
    ASSERT_EQ(results.size(), 1);
    EXPECT_TRUE(results.front().available) << results.front().reason.toStdString();
}

TEST(EncoderProbe, EncodersCli_Json_ListsEveryCandidate)
{
    const TestSupport::ToolResult cli =
        TestSupport::runTool(QStringLiteral(ONESTREAM_CLI_BINARY),
                             {QStringLiteral("encoders"), QStringLiteral("--json"),
                              QStringLiteral("--size"), QStringLiteral("320x240")},
                             60000);
    ASSERT_EQ(cli.exitCode, 0) << cli.err.constData();
    const QJsonArray encoders =
        QJsonDocument::fromJson(cli.out).object().value(QStringLiteral("encoders")).toArray();
    QStringList ids;
    for (const QJsonValue& value : encoders) {
        const QJsonObject encoder = value.toObject();
        ids.append(encoder.value(QStringLiteral("id")).toString());
        if (!encoder.value(QStringLiteral("available")).toBool()) {
            EXPECT_FALSE(encoder.value(QStringLiteral("reason")).toString().isEmpty());
        }
    }
    for (const char* id : {"h264_nvenc", "h264_qsv", "h264_vaapi", "h264_amf", "h264_mf",
                           "h264_videotoolbox", "libx264", "libx265", "libsvtav1"})
        EXPECT_TRUE(ids.contains(QLatin1String(id))) << id;
}

} // namespace
