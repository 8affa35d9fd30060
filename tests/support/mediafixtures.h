#pragma once

// Media fixtures for tests, generated at test time with lavfi through the ffmpeg CLI (never
// committed). They are cached in a per-user temporary folder, written under a temporary name
// and renamed, so that test processes running in parallel share them safely.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <unistd.h>

namespace TestSupport {

struct ToolResult
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

inline ToolResult runTool(const QString& program, const QStringList& arguments,
                          int timeoutMs = 120000, const QByteArray& input = {})
{
    QProcess process;
    process.start(program, arguments);
    ToolResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline QString fixtureDir()
{
    const QString dir = QDir::temp().absoluteFilePath(
        QStringLiteral("onestream-media-fixtures-%1").arg(::getuid()));
    QDir().mkpath(dir);
    return dir;
}

// Generates (once) a fixture with `ffmpeg -y <arguments> OUTPUT`; returns its path, or an
// empty string when ffmpeg failed.
inline QString fixture(const QString& name, const QStringList& arguments)
{
    const QByteArray recipe = arguments.join(QLatin1Char(' ')).toUtf8();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(recipe, QCryptographicHash::Sha1).toHex().left(8));
    const QFileInfo info(name);
    const QString path = QDir(fixtureDir())
                             .absoluteFilePath(info.completeBaseName() + QLatin1Char('-') + hash +
                                               QLatin1Char('.') + info.suffix());
    if (QFileInfo::exists(path))
        return path;
    const QString temporary = path + QStringLiteral(".%1.tmp.").arg(::getpid()) + info.suffix();
    QStringList all{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")};
    all += arguments;
    if (!info.suffix().isEmpty())
        all += {QStringLiteral("-f"), info.suffix() == QLatin1String("mp4") ||
                                              info.suffix() == QLatin1String("mov") ||
                                              info.suffix() == QLatin1String("m4a")
                                          ? QStringLiteral("mp4")
                                          : info.suffix()};
    all += temporary;
    const ToolResult result = runTool(QStringLiteral("ffmpeg"), all);
    if (result.exitCode != 0) {
        QFile::remove(temporary);
        return {};
    }
    QFile::rename(temporary, path); // another process may have won the race; both are equal
    QFile::remove(temporary);
    return path;
}

// Writes a 90-degree display matrix into the first track header (the video track), as a
// phone shooting in portrait does. ffmpeg 5.1's CLI cannot set one by itself.
inline bool rotateFirstTrack90(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf("tkhd");
    if (at < 0)
        return false;
    const qsizetype matrix = at + 4 + (bytes[at + 4] == 1 ? 52 : 40);
    const quint32 values[9] = {0, 0x00010000, 0, 0xffff0000u, 0, 0, 0, 0, 0x40000000};
    for (int i = 0; i < 9; ++i) {
        for (int b = 0; b < 4; ++b)
            bytes[matrix + i * 4 + b] = char((values[i] >> (24 - 8 * b)) & 0xff);
    }
    file.seek(0);
    return file.write(bytes) == bytes.size();
}

// 2 s of 320x240 at 30 fps with a 44.1 kHz mono tone: a non-conforming but ordinary source.
inline QString smallClip()
{
    return fixture(QStringLiteral("small.mp4"),
                   {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                    QStringLiteral("testsrc2=size=320x240:rate=30:duration=2"),
                    QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                    QStringLiteral("sine=frequency=440:sample_rate=44100:duration=2"),
                    QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                    QStringLiteral("ultrafast"), QStringLiteral("-c:a"), QStringLiteral("aac"),
                    QStringLiteral("-shortest")});
}

} // namespace TestSupport
