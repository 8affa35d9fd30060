// chooseFramePath (pure): which decode/filter/encode chain a job gets for its source, its
// encoder's hardware kind and what the machine offers; and the filter graph each chain builds.
#include "core/media/filters.h"
#include "core/media/framepath.h"

#include <gtest/gtest.h>

namespace {

using Media::FrameResidence;
using Media::GpuApi;
using Media::HardwareKind;

Media::GpuSupport everything(GpuApi api, const QString& codec)
{
    Media::GpuSupport support;
    support.devices = {api};
    const QString name = Media::gpuApiName(api);
    support.hwDecoders = {name + QLatin1Char(':') + codec};
    support.filters =
        api == GpuApi::Cuda
            ? QStringList{QStringLiteral("scale_cuda"), QStringLiteral("hwupload_cuda"),
                          QStringLiteral("yadif_cuda")}
            : QStringList{QStringLiteral("scale_vaapi"), QStringLiteral("hwupload"),
                          QStringLiteral("deinterlace_vaapi"), QStringLiteral("transpose_vaapi")};
    return support;
}

struct PathRow
{
    const char* name;
    HardwareKind encoder;
    GpuApi machine; // the API whose device/decoders/filters the machine offers
    bool device;
    bool hwDecoder;
    bool deinterlace;
    int rotation;
    FrameResidence expected;
    const char* scaleFilter;
    const char* reasonContains;
};

class FramePathTable : public ::testing::TestWithParam<PathRow>
{};

TEST_P(FramePathTable, ChooseFramePath_Row_ExpectedChain)
{
    const PathRow& row = GetParam();
    Media::FramePathRequest request;
    request.sourceCodec = QStringLiteral("h264");
    request.encoder = row.encoder;
    request.deinterlace = row.deinterlace;
    request.rotationDegrees = row.rotation;
    if (row.machine != GpuApi::None) {
        request.support = everything(row.machine, request.sourceCodec);
        if (!row.device)
            request.support.devices.clear();
        if (!row.hwDecoder)
            request.support.hwDecoders.clear();
    }
    const Media::FramePath path = Media::chooseFramePath(request);
    EXPECT_EQ(path.residence, row.expected) << path.reason.toStdString();
    EXPECT_EQ(path.scaleFilter.toStdString(),
              row.expected == FrameResidence::SystemMemory ? "" : row.scaleFilter);
    EXPECT_TRUE(path.reason.contains(QLatin1String(row.reasonContains)))
        << path.reason.toStdString();
    EXPECT_FALSE(path.describe().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Media, FramePathTable,
    ::testing::Values(
        PathRow{"Software", HardwareKind::Software, GpuApi::Cuda, true, true, false, 0,
                FrameResidence::SystemMemory, "", "software encoder"},
        PathRow{"NvencAllOnGpu", HardwareKind::Nvenc, GpuApi::Cuda, true, true, false, 0,
                FrameResidence::Gpu, "scale_cuda", "never leave the GPU"},
        PathRow{"NvencNoDevice", HardwareKind::Nvenc, GpuApi::Cuda, false, true, false, 0,
                FrameResidence::SystemMemory, "", "no cuda device"},
        PathRow{"NvencNoHwDecoder_UploadOnce", HardwareKind::Nvenc, GpuApi::Cuda, true, false,
                false, 0, FrameResidence::UploadOnce, "scale_cuda", "uploaded once"},
        PathRow{"NvencInterlaced_YadifCuda", HardwareKind::Nvenc, GpuApi::Cuda, true, true, true, 0,
                FrameResidence::Gpu, "scale_cuda", "never leave"},
        PathRow{"NvencRotated_NoCudaRotation", HardwareKind::Nvenc, GpuApi::Cuda, true, true, false,
                90, FrameResidence::SystemMemory, "", "no cuda rotation"},
        PathRow{"VaapiAllOnGpu", HardwareKind::Vaapi, GpuApi::Vaapi, true, true, false, 0,
                FrameResidence::Gpu, "scale_vaapi", "vaapi decode"},
        PathRow{"VaapiRotated_TransposeVaapi", HardwareKind::Vaapi, GpuApi::Vaapi, true, true,
                false, 270, FrameResidence::Gpu, "scale_vaapi", "never leave"},
        PathRow{"VaapiMachineOffersOnlyCuda", HardwareKind::Vaapi, GpuApi::Cuda, true, true, false,
                0, FrameResidence::SystemMemory, "", "no vaapi device"},
        PathRow{"QuickSync_EncoderUploads", HardwareKind::QuickSync, GpuApi::Vaapi, true, true,
                false, 0, FrameResidence::SystemMemory, "", "uploads each frame"}),
    [](const auto& row) { return std::string(row.param.name); });

TEST(FramePath, ChooseFramePath_ScaleFilterNotBuilt_SystemMemoryWithReason)
{
    Media::FramePathRequest request;
    request.sourceCodec = QStringLiteral("hevc");
    request.encoder = HardwareKind::Nvenc;
    request.support = everything(GpuApi::Cuda, request.sourceCodec);
    request.support.filters.removeAll(QStringLiteral("scale_cuda"));
    const Media::FramePath path = Media::chooseFramePath(request);
    EXPECT_EQ(path.residence, FrameResidence::SystemMemory);
    EXPECT_TRUE(path.reason.contains(QLatin1String("scale_cuda is not built")))
        << path.reason.toStdString();
}

TEST(FramePath, ChooseFramePath_OtherCodecDecoder_UploadsOnce)
{
    Media::FramePathRequest request;
    request.sourceCodec = QStringLiteral("vp9");
    request.encoder = HardwareKind::Vaapi;
    request.support = everything(GpuApi::Vaapi, QStringLiteral("h264")); // h264 only
    const Media::FramePath path = Media::chooseFramePath(request);
    EXPECT_EQ(path.residence, FrameResidence::UploadOnce);
    EXPECT_EQ(path.uploadFilter, QStringLiteral("hwupload"));
    EXPECT_TRUE(path.reason.contains(QLatin1String("vp9")));
}

TEST(FramePath, VideoGraphDescription_GpuPath_NoCpuScaleAndNv12Surfaces)
{
    Media::FramePathRequest request;
    request.sourceCodec = QStringLiteral("h264");
    request.encoder = HardwareKind::Nvenc;
    request.deinterlace = true;
    request.support = everything(GpuApi::Cuda, request.sourceCodec);
    const Media::FramePath path = Media::chooseFramePath(request);
    const QString graph =
        Media::videoGraphDescription(AVRational{30, 1}, true, 0, {{1280, 720}, {640, 360}}, &path);
    EXPECT_TRUE(graph.contains(QLatin1String("yadif_cuda"))) << graph.toStdString();
    EXPECT_TRUE(graph.contains(QLatin1String("split=2")));
    EXPECT_TRUE(graph.contains(QLatin1String("scale_cuda=w=1280:h=720:format=nv12")));
    EXPECT_TRUE(graph.contains(QLatin1String("scale_cuda=w=640:h=360:format=nv12")));
    EXPECT_FALSE(graph.contains(QLatin1String("bwdif")));
    EXPECT_FALSE(graph.contains(QLatin1String("hwupload"))) << "decoded on the GPU: no upload";
    EXPECT_FALSE(graph.contains(QLatin1String("scale=")));
}

TEST(FramePath, VideoGraphDescription_UploadOnce_UploadsBeforeSplit)
{
    Media::FramePathRequest request;
    request.sourceCodec = QStringLiteral("h264");
    request.encoder = HardwareKind::Vaapi;
    request.support = everything(GpuApi::Vaapi, request.sourceCodec);
    request.support.hwDecoders.clear();
    const Media::FramePath path = Media::chooseFramePath(request);
    const QString graph =
        Media::videoGraphDescription(AVRational{25, 1}, false, 0, {{1280, 720}, {640, 360}}, &path);
    const qsizetype upload = graph.indexOf(QLatin1String("hwupload"));
    ASSERT_GE(upload, 0) << graph.toStdString();
    EXPECT_LT(upload, graph.indexOf(QLatin1String("split=2"))) << "one upload for every rendition";
    EXPECT_TRUE(graph.contains(QLatin1String("scale_vaapi=w=640:h=360")));
}

TEST(FramePath, VideoGraphDescription_SystemMemory_CpuScaleToYuv420p)
{
    const QString graph =
        Media::videoGraphDescription(AVRational{30, 1}, true, 90, {{320, 240}}, nullptr);
    EXPECT_TRUE(graph.contains(QLatin1String("bwdif")));
    EXPECT_TRUE(graph.contains(QLatin1String("transpose=clock")));
    EXPECT_TRUE(graph.contains(QLatin1String("scale=320:240:flags=bicubic")));
    EXPECT_TRUE(graph.contains(QLatin1String("format=yuv420p")));
}

TEST(FramePath, DetectGpuSupport_ThisBuild_ListsBuiltFiltersWithoutDevice)
{
    // The filters and decoder configs come from the FFmpeg build; a device only where present.
    const Media::GpuSupport support = Media::gpuBuildSupport(GpuApi::Cuda, QStringLiteral("h264"));
    EXPECT_TRUE(support.devices.isEmpty());
    for (const QString& filter : support.filters)
        EXPECT_TRUE(filter.contains(QLatin1String("cuda"))) << filter.toStdString();
    EXPECT_TRUE(Media::gpuBuildSupport(GpuApi::None, QStringLiteral("h264")).filters.isEmpty());
}

} // namespace
