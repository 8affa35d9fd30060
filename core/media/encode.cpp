// Media::encode: the presets on top of the shared pipeline. The conformance MP4 is written to a
// temporary name, probed against the rules, then renamed; the ladder writes one HLS/CMAF
// media playlist per rendition plus a master playlist. On failure or cancel, every file this
// job created is removed.
#include "core/media/encodejob.h"

#include "core/media/pipeline.h"
#include "core/media/poster.h"
#include "core/media/probe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <cmath>

extern "C" {
#include <libavutil/dict.h>
}

namespace Media {

namespace {

// Removes what a job created unless dismissed.
class Cleanup
{
public:
    ~Cleanup()
    {
        if (m_dismissed)
            return;
        for (const QString& file : m_files)
            QFile::remove(file);
        for (auto it = m_dirs.crbegin(); it != m_dirs.crend(); ++it)
            QDir(*it).removeRecursively();
    }
    void file(const QString& path) { m_files.append(path); }
    void dir(const QString& path) { m_dirs.append(path); }
    void dismiss() { m_dismissed = true; }

private:
    QStringList m_files;
    QStringList m_dirs;
    bool m_dismissed = false;
};

int even(double value)
{
    return std::max(2, int(std::lround(value / 2.0)) * 2);
}

EncoderSettings baseSettings(const EncodeOptions& options, const Pipeline& pipeline, int width,
                             int height)
{
    EncoderSettings settings;
    settings.width = width;
    settings.height = height;
    settings.frameRateNum = pipeline.frameRate().num;
    settings.frameRateDen = pipeline.frameRate().den;
    settings.gopFrames = pipeline.gopFrames();
    settings.bFrames = 2;
    settings.crf = options.crf;
    settings.speedPreset = options.speedPreset;
    settings.threads = options.threads;
    return settings;
}

Core::Result<EncodeRecord> encodeConformance(const EncodeOptions& options)
{
    Cleanup cleanup;
    Pipeline pipeline(options);
    if (auto opened = pipeline.openInput(); !opened)
        return opened.error();
    const StreamInfo* video = pipeline.source().firstVideo();
    // Rotated sources (portrait phone video) are turned upright in the pixels.
    const bool sideways = video->rotationDegrees == 90 || video->rotationDegrees == 270;
    const int width = even(sideways ? video->height : video->width);
    const int height = even(sideways ? video->width : video->height);
    OutputPlan plan;
    plan.branch = VideoBranch{width, height};
    plan.settings = baseSettings(options, pipeline, width, height);
    // Parameter sets in-band at every keyframe, so that a mid-stream switch of encoder stays
    // decodable; the MP4 muxer builds avcC from the first keyframe.
    plan.settings.globalHeader = false;
    if (auto opened = pipeline.openEncoders({plan}); !opened)
        return opened.error();

    const QFileInfo out(options.output);
    if (!QDir().mkpath(out.absolutePath()))
        return Core::makeError(Core::ErrorCode::Io,
                               QStringLiteral("cannot create %1").arg(out.absolutePath()));
    const QString partial = out.absoluteFilePath() + QStringLiteral(".partial.mp4");
    cleanup.file(partial);
    if (auto added = pipeline.addMuxer(partial, "mp4"); !added)
        return added.error();
    AVDictionary* raw = nullptr;
    av_dict_set(&raw, "movflags", "+faststart", 0);
    av_dict_set(&raw, "use_editlist", "0", 0);
    Av::Dictionary muxOptions(raw);
    if (auto written = pipeline.writeHeaders({muxOptions.get()}); !written)
        return written.error();
    if (auto ran = pipeline.run(); !ran)
        return ran.error();
    if (auto finished = pipeline.finish(); !finished)
        return finished.error();

    EncodeRecord record = pipeline.record();
    if (options.verify) {
        ProbeOptions probeOptions;
        probeOptions.scanGop = true;
        auto checked = probeFile(partial, probeOptions);
        if (!checked)
            return Core::makeError(
                Core::ErrorCode::Media,
                QStringLiteral("the output does not probe: %1").arg(checked.error().detail));
        const ConformanceReport report = checkConformance(checked->info, &checked->gop);
        record.conformance = report.toJson();
        if (!report.conforms())
            return Core::makeError(Core::ErrorCode::Media,
                                   QStringLiteral("the output breaks the upload format: %1")
                                       .arg(report.failedRuleIds().join(QStringLiteral(", "))));
    }
    QFile::remove(out.absoluteFilePath());
    if (!QFile::rename(partial, out.absoluteFilePath()))
        return Core::makeError(
            Core::ErrorCode::Io,
            QStringLiteral("cannot rename %1 to %2").arg(partial, out.absoluteFilePath()));
    record.output = out.absoluteFilePath();
    record.outputs = QStringList{out.absoluteFilePath()};
    cleanup.dismiss();
    return record;
}

QString codecsAttribute(bool audio, int level)
{
    // avc1.PPCCLL (RFC 6381): High (0x64), no constraint flags, the encoder's level; AAC-LC.
    QString codecs =
        QStringLiteral("avc1.6400%1").arg(level > 0 ? level : 40, 2, 16, QLatin1Char('0'));
    if (audio)
        codecs += QStringLiteral(",mp4a.40.2");
    return codecs;
}

Core::Result<EncodeRecord> encodeLadder(const EncodeOptions& options)
{
    Cleanup cleanup;
    Pipeline pipeline(options);
    if (auto opened = pipeline.openInput(); !opened)
        return opened.error();
    const StreamInfo* video = pipeline.source().firstVideo();
    const bool sideways = video->rotationDegrees == 90 || video->rotationDegrees == 270;
    const QList<Rendition> ladder =
        sideways ? ladderFor(video->height, video->width) : ladderFor(video->width, video->height);

    const QDir root(options.output);
    if (!root.exists()) {
        if (!QDir().mkpath(root.absolutePath()))
            return Core::makeError(Core::ErrorCode::Io,
                                   QStringLiteral("cannot create %1").arg(root.absolutePath()));
        cleanup.dir(root.absolutePath());
    }
    std::vector<OutputPlan> plans;
    for (int i = 0; i < int(ladder.size()); ++i) {
        OutputPlan plan;
        plan.branch = VideoBranch{ladder[i].width, ladder[i].height};
        plan.settings = baseSettings(options, pipeline, ladder[i].width, ladder[i].height);
        plan.settings.bitrateKbps = ladder[i].bitrateKbps;
        plan.settings.globalHeader = true;
        plan.target = i;
        plans.push_back(plan);
    }
    if (auto opened = pipeline.openEncoders(plans); !opened)
        return opened.error();

    // Segments of 4 GOPs (2 s): every segment starts on an aligned keyframe.
    const double segmentSeconds = ladderSegmentSeconds(av_q2d(pipeline.frameRate()));
    std::vector<Av::Dictionary> dictionaries;
    QStringList names;
    for (const Rendition& rendition : ladder) {
        const QString name = QStringLiteral("%1p").arg(rendition.height);
        names.append(name);
        const QString dir = root.absoluteFilePath(name);
        QDir().mkpath(dir);
        cleanup.dir(dir);
        if (auto added = pipeline.addMuxer(dir + QStringLiteral("/stream.m3u8"), "hls"); !added)
            return added.error();
        dictionaries.push_back(hlsMuxOptions(dir, segmentSeconds));
    }
    std::vector<AVDictionary*> raws;
    for (Av::Dictionary& dictionary : dictionaries)
        raws.push_back(dictionary.get());
    if (auto written = pipeline.writeHeaders(raws); !written)
        return written.error();
    if (auto ran = pipeline.run(); !ran)
        return ran.error();
    if (auto finished = pipeline.finish(); !finished)
        return finished.error();

    QList<LadderVariant> variants;
    for (int i = 0; i < int(ladder.size()); ++i)
        variants.append({ladder[i], pipeline.outputs()[size_t(i)]->context()->level,
                         names[i] + QStringLiteral("/stream.m3u8")});
    const QString masterPath = root.absoluteFilePath(QStringLiteral("master.m3u8"));
    if (auto written = writeMasterPlaylist(masterPath, variants, av_q2d(pipeline.frameRate()),
                                           pipeline.hasAudio());
        !written)
        return written.error();
    cleanup.file(masterPath);

    EncodeRecord record = pipeline.record();
    record.outputs = QStringList{masterPath};
    if (options.poster) {
        auto posters = writePosters(options.input, root.absolutePath(), options.cancel);
        if (!posters)
            return posters.error();
        record.outputs += *posters;
    }
    cleanup.dismiss();
    return record;
}

} // namespace

double ladderSegmentSeconds(double frameRate)
{
    const double fps = frameRate > 0 ? frameRate : 30.0;
    return 4.0 * double(std::max(1L, std::lround(fps / 2.0))) / fps;
}

Core::Status writeMasterPlaylist(const QString& path, const QList<LadderVariant>& variants,
                                 double frameRate, bool audio)
{
    QString master = QStringLiteral("#EXTM3U\n#EXT-X-VERSION:7\n#EXT-X-INDEPENDENT-SEGMENTS\n");
    const int audioBps = audio ? 160000 : 0;
    for (const LadderVariant& v : variants) {
        const Rendition& r = v.rendition;
        master += QStringLiteral("#EXT-X-STREAM-INF:BANDWIDTH=%1,AVERAGE-BANDWIDTH=%2,"
                                 "RESOLUTION=%3x%4,FRAME-RATE=%5,CODECS=\"%6\"\n%7\n")
                      .arg(r.bitrateKbps * 1100 + audioBps)
                      .arg(r.bitrateKbps * 1000 + audioBps)
                      .arg(r.width)
                      .arg(r.height)
                      .arg(frameRate, 0, 'f', 3)
                      .arg(codecsAttribute(audio, v.level), v.playlist);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(master.toUtf8()) < 0 || !file.commit())
        return Core::makeError(Core::ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    return {};
}

QString presetName(Preset preset)
{
    switch (preset) {
    case Preset::OneStream:
        return QStringLiteral("onestream");
    case Preset::Ladder:
        return QStringLiteral("ladder");
    case Preset::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

Preset presetFromName(const QString& name)
{
    if (name == QLatin1String("onestream"))
        return Preset::OneStream;
    if (name == QLatin1String("ladder"))
        return Preset::Ladder;
    return Preset::Invalid;
}

QList<Rendition> ladderFor(int sourceWidth, int sourceHeight)
{
    static constexpr struct
    {
        int height;
        int kbps;
    } kRungs[] = {{1080, 5000}, {720, 3000}, {480, 1500}, {360, 800}};
    QList<Rendition> result;
    if (sourceWidth <= 0 || sourceHeight <= 0)
        return result;
    const double aspect = double(sourceWidth) / double(sourceHeight);
    for (const auto& rung : kRungs) {
        if (rung.height > sourceHeight)
            continue; // never upscaled
        result.append({even(rung.height * aspect), rung.height, rung.kbps});
    }
    if (result.isEmpty()) {
        // Smaller than the lowest rung: one rendition at the source size, bitrate by area.
        const int height = even(sourceHeight);
        const int kbps = std::max(200, int(800.0 * sourceHeight / 360.0));
        result.append({even(sourceWidth), height, kbps});
    }
    return result;
}

QJsonObject EncodeRecord::toJson() const
{
    return QJsonObject{{QStringLiteral("preset"), preset},
                       {QStringLiteral("input"), input},
                       {QStringLiteral("output"), output},
                       {QStringLiteral("encoderRequested"), encoderRequested},
                       {QStringLiteral("encoderUsed"), encoderUsed},
                       {QStringLiteral("fellBack"), fellBack},
                       {QStringLiteral("notices"), QJsonArray::fromStringList(notices)},
                       {QStringLiteral("wallSeconds"), wallSeconds},
                       {QStringLiteral("mediaSeconds"), mediaSeconds},
                       {QStringLiteral("speed"), speed},
                       {QStringLiteral("fps"), fps},
                       {QStringLiteral("frames"), frames},
                       {QStringLiteral("settings"), settings},
                       {QStringLiteral("conformance"), conformance},
                       {QStringLiteral("outputs"), QJsonArray::fromStringList(outputs)}};
}

Core::Result<EncodeRecord> encode(const EncodeOptions& options)
{
    switch (options.preset) {
    case Preset::OneStream:
        return encodeConformance(options);
    case Preset::Ladder:
        return encodeLadder(options);
    case Preset::Invalid:
        break;
    }
    return Core::makeError(Core::ErrorCode::BadInput, QStringLiteral("unknown preset"));
}

} // namespace Media
