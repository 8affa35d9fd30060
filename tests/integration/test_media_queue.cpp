// The persistent encode queue: state changes, and a real `onestream queue run` process killed
// with SIGKILL mid-job that resumes from its last completed segment on the next run.
#include "core/media/encodequeue.h"
#include "core/media/probe.h"
#include "tests/support/mediafixtures.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>

using namespace TestSupport;

namespace {

QString resumeSource()
{
    return fixture(QStringLiteral("resume.mp4"),
                   {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                    QStringLiteral("testsrc2=size=640x360:rate=30:duration=10"),
                    QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                    QStringLiteral("sine=sample_rate=44100:duration=10"), QStringLiteral("-c:v"),
                    QStringLiteral("libx264"), QStringLiteral("-preset"),
                    QStringLiteral("ultrafast"), QStringLiteral("-c:a"), QStringLiteral("aac")});
}

QJsonObject firstJob(const QString& db)
{
    const ToolResult listed = runTool(QStringLiteral(ONESTREAM_CLI_BINARY),
                                      {QStringLiteral("queue"), QStringLiteral("list"),
                                       QStringLiteral("--json"), QStringLiteral("--db"), db},
                                      30000);
    return QJsonDocument::fromJson(listed.out)
        .object()
        .value(QStringLiteral("jobs"))
        .toArray()
        .at(0)
        .toObject();
}

TEST(EncodeQueue, StateChanges_PauseResumeCancelRetry_FollowTheRules)
{
    QTemporaryDir temp;
    auto opened = Media::EncodeQueue::open(temp.filePath(QStringLiteral("queue.sqlite")));
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    Media::EncodeQueue& queue = **opened;
    const auto first = queue.add(smallClip(), temp.filePath(QStringLiteral("a.mp4")),
                                 Media::Preset::OneStream, QStringLiteral("libx264"));
    const auto second = queue.add(temp.filePath(QStringLiteral("missing.mp4")),
                                  temp.filePath(QStringLiteral("b.mp4")), Media::Preset::OneStream,
                                  QStringLiteral("auto"));
    const auto third = queue.add(smallClip(), temp.filePath(QStringLiteral("c.mp4")),
                                 Media::Preset::OneStream, QStringLiteral("auto"));
    ASSERT_TRUE(first.ok() && second.ok() && third.ok());

    ASSERT_TRUE(queue.pause(*first).ok());
    EXPECT_FALSE(queue.resume(*third).ok()); // only a paused job resumes
    ASSERT_TRUE(queue.cancel(*third).ok());

    Media::QueueRunOptions options;
    options.concurrency = 2;
    options.segmentSeconds = 1;
    options.speedPreset = QStringLiteral("ultrafast");
    options.encoderCachePath = temp.filePath(QStringLiteral("encoders.json"));
    ASSERT_TRUE(queue.run(options).ok());
    EXPECT_EQ(queue.job(*first)->state, Media::JobState::Paused);
    EXPECT_EQ(queue.job(*second)->state, Media::JobState::Failed);
    EXPECT_FALSE(queue.job(*second)->error.isEmpty());
    EXPECT_EQ(queue.job(*third)->state, Media::JobState::Cancelled);

    ASSERT_TRUE(queue.resume(*first).ok());
    ASSERT_TRUE(queue.retry(*third).ok());
    ASSERT_TRUE(queue.run(options).ok());
    const auto done = queue.job(*first);
    EXPECT_EQ(done->state, Media::JobState::Done) << done->error.toStdString();
    EXPECT_EQ(done->record.value(QStringLiteral("encoderUsed")).toString(),
              QStringLiteral("libx264"));
    EXPECT_EQ(queue.job(*third)->state, Media::JobState::Done);
    EXPECT_TRUE(QFile::exists(temp.filePath(QStringLiteral("a.mp4"))));
}

TEST(EncodeQueue, LadderJob_StoppedMidway_ResumesFromLastChunkAndPlays)
{
    const QString source = resumeSource();
    ASSERT_FALSE(source.isEmpty());
    QTemporaryDir temp;
    auto opened = Media::EncodeQueue::open(temp.filePath(QStringLiteral("queue.sqlite")));
    ASSERT_TRUE(opened.ok());
    Media::EncodeQueue& queue = **opened;
    const QString out = temp.filePath(QStringLiteral("hls"));
    const auto id = queue.add(source, out, Media::Preset::Ladder, QStringLiteral("auto"));
    ASSERT_TRUE(id.ok());

    std::atomic<bool> stop{false};
    Media::QueueRunOptions options;
    options.segmentSeconds = 2;
    options.speedPreset = QStringLiteral("ultrafast");
    options.encoderCachePath = temp.filePath(QStringLiteral("encoders.json"));
    options.stop = &stop;
    options.onProgress = [&stop](long long, const Media::EncodeProgress& progress) {
        if (progress.percent >= 45)
            stop.store(true);
    };
    ASSERT_TRUE(queue.run(options).ok());
    const auto stopped = queue.job(*id);
    ASSERT_EQ(stopped->state, Media::JobState::Queued); // stopped, resumable
    const int kept = stopped->segmentsDone;
    EXPECT_GE(kept, 2);
    EXPECT_LT(kept, stopped->segmentsTotal);

    stop.store(false);
    options.onProgress = {};
    ASSERT_TRUE(queue.run(options).ok());
    const auto done = queue.job(*id);
    ASSERT_EQ(done->state, Media::JobState::Done) << done->error.toStdString();
    // Resumed from where it stopped, not from the start: at least the segments the stopped job
    // recorded (one more when a segment was finished on disk as the stop came, under load).
    const int resumedFrom = done->record.value(QStringLiteral("settings"))
                                .toObject()
                                .value(QStringLiteral("resumedFromSegment"))
                                .toInt();
    EXPECT_GE(resumedFrom, kept);
    EXPECT_LE(resumedFrom, kept + 1);
    const ToolResult played = runTool(
        QStringLiteral("ffprobe"),
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
         QStringLiteral("-select_streams"), QStringLiteral("v"), QStringLiteral("-show_entries"),
         QStringLiteral("stream=nb_read_frames"), QStringLiteral("-of"), QStringLiteral("csv=p=0"),
         QDir(out).absoluteFilePath(QStringLiteral("master.m3u8"))},
        60000);
    // The program and its stream are both listed: every count must be 300.
    const QList<QByteArray> counts = played.out.simplified().split(' ');
    ASSERT_FALSE(counts.isEmpty()) << played.err.constData();
    for (const QByteArray& count : counts)
        EXPECT_EQ(count, QByteArray("300"));
    Media::ProbeOptions probeOptions;
    probeOptions.scanGop = true;
    const auto rendition = Media::probeFile(
        QDir(out).absoluteFilePath(QStringLiteral("360p/stream.m3u8")), probeOptions);
    ASSERT_TRUE(rendition.ok());
    EXPECT_EQ(rendition->gop.gopFrames, 15);
    EXPECT_TRUE(rendition->gop.closedGop);
    EXPECT_TRUE(QFile::exists(QDir(out).absoluteFilePath(QStringLiteral("poster.jpg"))));
}

TEST(EncodeQueue, RunProcess_SigInt_StopsAndLeavesJobResumable)
{
    const QString source = resumeSource();
    ASSERT_FALSE(source.isEmpty());
    QTemporaryDir temp;
    const QString db = temp.filePath(QStringLiteral("queue.sqlite"));
    ASSERT_EQ(
        runTool(QStringLiteral(ONESTREAM_CLI_BINARY),
                {QStringLiteral("queue"), QStringLiteral("add"), source, QStringLiteral("--out"),
                 temp.filePath(QStringLiteral("x.mp4")), QStringLiteral("--db"), db},
                30000)
            .exitCode,
        0);
    QProcess runner;
    runner.start(QStringLiteral(ONESTREAM_CLI_BINARY),
                 {QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--db"), db,
                  QStringLiteral("--segment-seconds"), QStringLiteral("1"),
                  QStringLiteral("--speed"), QStringLiteral("medium")});
    ASSERT_TRUE(runner.waitForStarted());
    const QDeadlineTimer deadline(90000);
    while (!deadline.hasExpired() && runner.state() == QProcess::Running &&
           firstJob(db).value(QStringLiteral("segmentsDone")).toInt() < 1)
        runner.waitForFinished(100);
    ASSERT_EQ(runner.state(), QProcess::Running);
    ::kill(pid_t(runner.processId()), SIGINT);
    ASSERT_TRUE(runner.waitForFinished(30000));
    EXPECT_EQ(runner.exitCode(), 130);
    const QJsonObject job = firstJob(db);
    EXPECT_EQ(job.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    EXPECT_GE(job.value(QStringLiteral("segmentsDone")).toInt(), 1);
    EXPECT_FALSE(QFile::exists(temp.filePath(QStringLiteral("x.mp4"))));
}

TEST(EncodeQueue, RunProcess_KilledWithSigkill_ResumesFromLastCompletedSegment)
{
    const QString source = resumeSource();
    ASSERT_FALSE(source.isEmpty());
    QTemporaryDir temp;
    const QString db = temp.filePath(QStringLiteral("queue.sqlite"));
    const QString out = temp.filePath(QStringLiteral("resumed.mp4"));
    const ToolResult added = runTool(QStringLiteral(ONESTREAM_CLI_BINARY),
                                     {QStringLiteral("queue"), QStringLiteral("add"), source,
                                      QStringLiteral("--out"), out, QStringLiteral("--db"), db},
                                     30000);
    ASSERT_EQ(added.exitCode, 0) << added.err.constData();

    const QStringList runArguments{QStringLiteral("queue"),
                                   QStringLiteral("run"),
                                   QStringLiteral("--db"),
                                   db,
                                   QStringLiteral("--segment-seconds"),
                                   QStringLiteral("1"),
                                   QStringLiteral("--speed"),
                                   QStringLiteral("medium")};
    QProcess runner;
    runner.start(QStringLiteral(ONESTREAM_CLI_BINARY), runArguments);
    ASSERT_TRUE(runner.waitForStarted());
    int doneBeforeKill = 0;
    const QDeadlineTimer deadline(90000);
    while (!deadline.hasExpired() && runner.state() == QProcess::Running) {
        doneBeforeKill = firstJob(db).value(QStringLiteral("segmentsDone")).toInt();
        if (doneBeforeKill >= 3)
            break;
        runner.waitForFinished(100);
    }
    ASSERT_EQ(runner.state(), QProcess::Running) << "the job ended before it could be killed";
    ASSERT_GE(doneBeforeKill, 3);
    runner.kill(); // SIGKILL: no chance to clean up
    ASSERT_TRUE(runner.waitForFinished(10000));
    EXPECT_EQ(firstJob(db).value(QStringLiteral("state")).toString(), QStringLiteral("running"));
    EXPECT_FALSE(QFile::exists(out));

    const ToolResult resumed = runTool(QStringLiteral(ONESTREAM_CLI_BINARY), runArguments, 180000);
    ASSERT_EQ(resumed.exitCode, 0) << resumed.err.constData();
    const QJsonObject job = firstJob(db);
    ASSERT_EQ(job.value(QStringLiteral("state")).toString(), QStringLiteral("done"))
        << job.value(QStringLiteral("error")).toString().toStdString();
    const QJsonObject record = job.value(QStringLiteral("record")).toObject();
    const QJsonObject settings = record.value(QStringLiteral("settings")).toObject();
    const int resumedFrom = settings.value(QStringLiteral("resumedFromSegment")).toInt();
    EXPECT_GE(resumedFrom, doneBeforeKill);
    EXPECT_EQ(settings.value(QStringLiteral("segmentsEncodedThisRun")).toInt(),
              settings.value(QStringLiteral("segmentsTotal")).toInt() - resumedFrom);
    EXPECT_TRUE(record.value(QStringLiteral("notices"))
                    .toArray()
                    .at(0)
                    .toString()
                    .startsWith(QLatin1String("resumed from segment")));

    // Same format as an uninterrupted run: conforms per our probe, every frame, AAC audio.
    Media::ProbeOptions probeOptions;
    probeOptions.scanGop = true;
    const auto probed = Media::probeFile(out, probeOptions);
    ASSERT_TRUE(probed.ok()) << probed.error().toString().toStdString();
    EXPECT_TRUE(Media::checkConformance(probed->info, &probed->gop).conforms())
        << Media::checkConformance(probed->info, &probed->gop)
               .failedRuleIds()
               .join(QLatin1Char(','))
               .toStdString();
    const ToolResult counted =
        runTool(QStringLiteral("ffprobe"),
                {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                 QStringLiteral("-select_streams"), QStringLiteral("v"),
                 QStringLiteral("-show_entries"), QStringLiteral("stream=nb_read_frames"),
                 QStringLiteral("-of"), QStringLiteral("csv=p=0"), out},
                60000);
    EXPECT_EQ(counted.out.trimmed(), QByteArray("300"));
    EXPECT_FALSE(QDir(temp.filePath(QStringLiteral("encode-work/job-1"))).exists());
}

} // namespace

TEST(EncodeQueue, OneStreamJob_SourceWithoutAudio_JoinedWithSilentTrackAndConforms)
{
    const QString source = fixture(
        QStringLiteral("queue-video-only.mp4"),
        {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
         QStringLiteral("testsrc2=size=320x240:rate=30:duration=2"), QStringLiteral("-c:v"),
         QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast")});
    ASSERT_FALSE(source.isEmpty());
    QTemporaryDir temp;
    auto opened = Media::EncodeQueue::open(temp.filePath(QStringLiteral("queue.sqlite")));
    ASSERT_TRUE(opened.ok());
    Media::EncodeQueue& queue = **opened;
    const QString out = temp.filePath(QStringLiteral("silent.mp4"));
    const auto id = queue.add(source, out, Media::Preset::OneStream, QStringLiteral("libx264"));
    ASSERT_TRUE(id.ok());
    Media::QueueRunOptions options;
    options.segmentSeconds = 1; // two segments, joined with the silence in one pass
    options.speedPreset = QStringLiteral("ultrafast");
    options.encoderCachePath = temp.filePath(QStringLiteral("encoders.json"));
    ASSERT_TRUE(queue.run(options).ok());
    const auto done = queue.job(*id);
    ASSERT_EQ(done->state, Media::JobState::Done) << done->error.toStdString();

    Media::ProbeOptions probeOptions;
    probeOptions.scanGop = true;
    const auto probed = Media::probeFile(out, probeOptions);
    ASSERT_TRUE(probed.ok()) << probed.error().toString().toStdString();
    const Media::ConformanceReport report = Media::checkConformance(probed->info, &probed->gop);
    EXPECT_TRUE(report.conforms()) << report.failedRuleIds().join(QLatin1Char(',')).toStdString();
    const Media::StreamInfo* audio = probed->info.firstAudio();
    ASSERT_NE(audio, nullptr);
    EXPECT_EQ(audio->sampleRate, 48000);
    EXPECT_EQ(audio->channels, 2);
    EXPECT_TRUE(done->record.value(QStringLiteral("settings"))
                    .toObject()
                    .value(QStringLiteral("audio"))
                    .toString()
                    .contains(QLatin1String("silence")));
}
