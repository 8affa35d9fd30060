#pragma once

// The shared decode-once pipeline behind every preset (private to core/media): one input, one
// video decode fanned out to N VideoOutputs through one filter graph, one audio encode written
// to every muxer. Presets (conformance MP4, HLS ladder) only decide the outputs and muxers.

#include "core/media/encodejob.h"
#include "core/media/filters.h"
#include "core/media/framepath.h"
#include "core/media/libav.h"
#include "core/media/mediainfo.h"
#include "core/media/videooutput.h"

#include <deque>
#include <memory>
#include <vector>

namespace Media {

struct MuxTarget
{
    QString path;
    Av::OutputFormat format;
    int videoStream = -1;
    int audioStream = -1;
    int64_t lastVideoDts = INT64_MIN;
    bool headerWritten = false;
};

struct OutputPlan
{
    VideoBranch branch;
    EncoderSettings settings;
    int target = 0; // index into the muxers
};

// Muxer options of one ladder rendition: fMP4 segments of segmentSeconds, init.mp4, VOD.
[[nodiscard]] Av::Dictionary hlsMuxOptions(const QString& directory, double segmentSeconds);

class Pipeline
{
public:
    explicit Pipeline(const EncodeOptions& options);
    ~Pipeline();
    Pipeline(const Pipeline&) = delete;
    Pipeline& operator=(const Pipeline&) = delete;

    // Opens the input and decoders; fills source().
    [[nodiscard]] Core::Status openInput();
    [[nodiscard]] const MediaInfo& source() const { return m_source; }
    [[nodiscard]] AVRational frameRate() const { return m_frameRate; }
    [[nodiscard]] int gopFrames() const;
    // Whether the outputs carry audio: the source's, or silence (see m_silence).
    [[nodiscard]] bool hasAudio() const { return m_audioEncoder != nullptr; }
    [[nodiscard]] bool silentAudio() const { return m_silence; }

    // Picks encoders (test encode where not given) and opens every output's encoder.
    [[nodiscard]] Core::Status openEncoders(const std::vector<OutputPlan>& plans);
    // Muxers: the preset creates them (format + options) after encoders are open.
    [[nodiscard]] Core::Status addMuxer(const QString& path, const char* format);
    [[nodiscard]] AVFormatContext* muxer(int index)
    {
        return m_targets[size_t(index)].format.get();
    }
    [[nodiscard]] Core::Status writeHeaders(const std::vector<AVDictionary*>& options);

    [[nodiscard]] Core::Status run();
    // Explicit end steps: flush encoders, write trailers.
    [[nodiscard]] Core::Status finish();

    [[nodiscard]] EncodeRecord record() const;
    [[nodiscard]] const std::vector<std::unique_ptr<VideoOutput>>& outputs() const
    {
        return m_outputs;
    }

private:
    // Re-opens the input and its decoders (after a failed GPU setup read some of it).
    [[nodiscard]] Core::Status openStreams();
    // Picks the frame path for the encoder's kind (chooseFramePath), sets up the device and
    // builds the video graph; a GPU setup that fails leaves a notice and uses system memory.
    [[nodiscard]] Core::Status buildVideoGraph(HardwareKind encoder,
                                               const QList<VideoBranch>& branches,
                                               const EncoderSettings& settings);
    // Opens the video decoder on m_hwDevice and decodes up to its first frame.
    [[nodiscard]] Core::Status primeHardwareDecode(int extraFrames);
    [[nodiscard]] Core::Status filterVideo(AVFrame* frame);
    [[nodiscard]] Core::Status decodeVideo(const AVPacket* packet);
    [[nodiscard]] Core::Status decodeAudio(const AVPacket* packet);
    [[nodiscard]] Core::Status pullVideo();
    [[nodiscard]] Core::Status pullAudio();
    [[nodiscard]] Core::Status encodeAudio(const AVFrame* frame);
    // Encodes silence up to the end of the video written so far (whole AAC frames only) or,
    // with last, exactly to the end of the video.
    [[nodiscard]] Core::Status encodeSilence(bool last);
    [[nodiscard]] Core::Status writeVideo(int target, AVPacket* packet, AVRational timeBase);
    [[nodiscard]] Core::Status writeAudio(AVPacket* packet);
    [[nodiscard]] bool cancelled() const;
    [[nodiscard]] bool beforeRange(const AVFrame* frame, AVRational timeBase) const;
    [[nodiscard]] bool afterRange(const AVFrame* frame, AVRational timeBase) const;
    void reportProgress(bool force);

    const EncodeOptions& m_options;
    Av::Interrupt m_interrupt;
    MediaInfo m_source;
    Av::InputFormat m_input;
    int m_videoIndex = -1;
    int m_audioIndex = -1;
    Av::CodecContext m_videoDecoder;
    Av::CodecContext m_audioDecoder;
    AVRational m_frameRate{30, 1};
    VideoGraph m_videoGraph;
    AudioGraph m_audioGraph;
    Av::CodecContext m_audioEncoder;
    std::vector<std::unique_ptr<VideoOutput>> m_outputs;
    std::vector<int> m_outputTargets;
    std::vector<long long> m_outputFrames;
    std::vector<MuxTarget> m_targets;
    Av::Frame m_frame;
    Av::Frame m_filtered;
    Av::Packet m_packet;
    int64_t m_videoEndPts = AV_NOPTS_VALUE; // last frame's pts + duration (input time base)
    bool m_videoEnded = false;
    bool m_inputEnded = false; // the demuxer reached its end (while priming)
    FramePath m_framePath;
    Av::Buffer m_hwDevice;
    std::deque<Av::Frame> m_primedFrames;   // decoded while priming a hardware decoder
    std::deque<Av::Packet> m_primedPackets; // audio read meanwhile
    QStringList m_notices;
    bool m_audioEnded = false;
    // The OneStream preset needs AAC audio: a source without any gets a silent stereo track
    // (anullsrc-equivalent) as long as the video.
    bool m_silence = false;
    int64_t m_silenceSamples = 0; // samples of silence encoded so far
    std::chrono::steady_clock::time_point m_started;
    std::chrono::steady_clock::time_point m_lastProgress;
    QString m_encoderRequested;
};

} // namespace Media
