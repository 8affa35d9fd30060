// core/upload building blocks: CRC32C and hashes, tus header encodings, fingerprint, the
// persistent queue, rate parsing, the bandwidth limiter and the schedule window.
#include "core/upload/bandwidthlimiter.h"
#include "core/upload/checksum.h"
#include "core/upload/filepass.h"
#include "core/upload/fingerprint.h"
#include "core/upload/hashpipeline.h"
#include "core/upload/tus.h"
#include "core/upload/uploadmanager.h"
#include "core/upload/uploadqueue.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

#include <future>
#include <limits>
#include <utility>

namespace {

using namespace Upload;

std::uint32_t crc32cBitwise(const QByteArray& bytes)
{
    std::uint32_t crc = ~0U;
    for (char c : bytes) {
        crc ^= static_cast<unsigned char>(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1U) ? (crc >> 1) ^ 0x82F63B78U : crc >> 1;
    }
    return ~crc;
}

TEST(Crc32c, KnownVector_MatchesRfc3720)
{
    EXPECT_EQ(crc32c(0, "123456789", 9), 0xE3069283U);
    EXPECT_EQ(crc32c(0, "", 0), 0U);
}

TEST(Crc32c, AnyLengthAndSplit_MatchesBitwiseReference)
{
    QByteArray data;
    for (int i = 0; i < 100003; ++i)
        data.append(static_cast<char>((i * 131 + 7 + (i >> 9)) & 0xFF));
    // Past 24 KiB the hardware path runs three lanes side by side and joins them.
    for (int length : {1, 7, 8, 9, 63, 64, 65, 1000, 1031, 24575, 24576, 24577, 49152, 100003}) {
        const QByteArray part = data.left(length);
        const std::uint32_t whole = crc32c(0, part.constData(), static_cast<std::size_t>(length));
        EXPECT_EQ(whole, crc32cBitwise(part)) << length;
        const std::size_t half = static_cast<std::size_t>(length) / 2;
        const std::uint32_t split =
            crc32c(crc32c(0, part.constData(), half), part.constData() + half,
                   static_cast<std::size_t>(length) - half);
        EXPECT_EQ(split, whole) << length;
    }
}

TEST(Crc32c, CombineOfTwoParts_EqualsTheWhole)
{
    QByteArray data;
    for (int i = 0; i < 70000; ++i)
        data.append(static_cast<char>((i * 2654435761U) >> 13));
    const std::uint32_t whole = crc32c(0, data.constData(), static_cast<std::size_t>(data.size()));
    for (qsizetype split : {qsizetype(0), qsizetype(1), qsizetype(7), qsizetype(4096),
                            qsizetype(65536), data.size() - 1, data.size()}) {
        const std::uint32_t first = crc32c(0, data.constData(), static_cast<std::size_t>(split));
        const std::uint32_t second =
            crc32c(0, data.constData() + split, static_cast<std::size_t>(data.size() - split));
        EXPECT_EQ(crc32cCombine(first, second, static_cast<std::uint64_t>(data.size() - split)),
                  whole)
            << "split at " << split;
    }
    // A wrong length gives another value (the combination is not just an XOR).
    const std::uint32_t first = crc32c(0, data.constData(), 100);
    const std::uint32_t second =
        crc32c(0, data.constData() + 100, static_cast<std::size_t>(data.size() - 100));
    EXPECT_NE(crc32cCombine(first, second, static_cast<std::uint64_t>(data.size() - 101)), whole);
}

TEST(Hasher, Sha256OfAbc_IsTheStandardDigest)
{
    Hasher hasher(ChecksumAlgorithm::Sha256);
    hasher.add("abc", 3);
    EXPECT_EQ(hasher.finish().toHex(),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    Hasher sha1(ChecksumAlgorithm::Sha1);
    sha1.add("abc", 3);
    EXPECT_EQ(sha1.finish().toHex(), "a9993e364706816aba3e25717850c26c9cd0d89d");
    Hasher crc(ChecksumAlgorithm::Crc32c);
    crc.add("123456789", 9);
    EXPECT_EQ(crc.finish().toHex(), "e3069283");
}

TEST(TusMetadata, EncodeDecode_RoundTripsUtf8)
{
    const QMap<QString, QString> metadata{
        {QStringLiteral("filename"), QStringLiteral("動画 1.mp4")},
        {QStringLiteral("title"), QStringLiteral("A, B")},
        {QStringLiteral("flag"), QString()}};
    const QByteArray header = encodeMetadata(metadata);
    const auto decoded = decodeMetadata(header);
    ASSERT_TRUE(decoded.has_value());
    EXPECT_EQ(*decoded, metadata);
}

TEST(TusMetadata, Malformed_IsRejected)
{
    EXPECT_FALSE(decodeMetadata("filename !!notbase64!!").has_value());
    EXPECT_FALSE(decodeMetadata("a YQ==,a Yg==").has_value()); // duplicate key
}

TEST(TusChecksum, HeaderRoundTrip_AndCapabilitiesPickPreferred)
{
    const QByteArray digest = QByteArray::fromHex("e3069283");
    const auto parsed =
        parseChecksumHeader(formatChecksumHeader(ChecksumAlgorithm::Crc32c, digest));
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->algorithm, ChecksumAlgorithm::Crc32c);
    EXPECT_EQ(parsed->digest, digest);
    const auto caps = parseCapabilities("creation,checksum", "sha1,sha256", "1000");
    EXPECT_EQ(caps.pickChecksum({ChecksumAlgorithm::Crc32c, ChecksumAlgorithm::Sha256}),
              ChecksumAlgorithm::Sha256);
    EXPECT_EQ(caps.maxSizeBytes, 1000);
    const auto none = parseCapabilities("creation,termination", "", "");
    EXPECT_EQ(none.pickChecksum({ChecksumAlgorithm::Crc32c}), ChecksumAlgorithm::None);
}

TEST(Fingerprint, ChangedContent_DiffersAndJsonRoundTrips)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.bin"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(3 * 1024 * 1024, 'a'));
    file.close();
    const auto first = fingerprintFile(path);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(Fingerprint::fromJson(first->toJson()), first.value());
    const auto again = fingerprintFile(path);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), first.value());
    // Same size, last byte changed, mtime forced back: the edge hash still tells.
    const QDateTime mtime = QFileInfo(path).lastModified();
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.seek(3 * 1024 * 1024 - 1);
    file.write("b");
    file.setFileTime(mtime, QFileDevice::FileModificationTime);
    file.close();
    const auto changed = fingerprintFile(path);
    ASSERT_TRUE(changed.ok());
    EXPECT_EQ(changed->sizeBytes, first->sizeBytes);
    EXPECT_NE(changed->edgesSha256Hex, first->edgesSha256Hex);
    EXPECT_FALSE(fingerprintFile(dir.filePath(QStringLiteral("missing"))).ok());
}

TEST(UploadQueue, AddUpdateReopen_KeepsEntries)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("queue.db"));
    qint64 id = 0;
    {
        auto queue = UploadQueue::open(file);
        ASSERT_TRUE(queue.ok()) << queue.error().detail.toStdString();
        QueueEntry entry;
        entry.path = QStringLiteral("/tmp/x.mp4");
        entry.endpoint = QUrl(QStringLiteral("http://127.0.0.1:1/v1/uploads/"));
        entry.metadata.insert(QStringLiteral("title"), QStringLiteral("T"));
        auto added = queue.value()->add(entry);
        ASSERT_TRUE(added.ok());
        id = added.value();
        entry.id = id;
        entry.uploadUrl = QUrl(QStringLiteral("http://127.0.0.1:1/v1/uploads/abc"));
        entry.offsetBytes = 4096;
        entry.state = EntryState::Paused;
        ASSERT_TRUE(queue.value()->update(entry).ok());
    }
    auto queue = UploadQueue::open(file);
    ASSERT_TRUE(queue.ok());
    auto found = queue.value()->find(id);
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->uploadUrl.path(), QStringLiteral("/v1/uploads/abc"));
    EXPECT_EQ((*found)->offsetBytes, 4096);
    EXPECT_EQ((*found)->state, EntryState::Paused);
    EXPECT_EQ((*found)->metadata.value(QStringLiteral("title")), QStringLiteral("T"));
    ASSERT_TRUE(queue.value()->remove(id).ok());
    EXPECT_TRUE(queue.value()->entries()->empty());
}

struct RateCase
{
    const char* text;
    qint64 bytesPerSecond;
    bool ok;
};
class ParseRate : public ::testing::TestWithParam<RateCase>
{};
TEST_P(ParseRate, Text_GivesBytesPerSecond)
{
    bool ok = false;
    const qint64 rate = parseRate(QString::fromLatin1(GetParam().text), &ok);
    EXPECT_EQ(ok, GetParam().ok);
    if (ok) {
        EXPECT_EQ(rate, GetParam().bytesPerSecond);
    }
}
INSTANTIATE_TEST_SUITE_P(Rates, ParseRate,
                         ::testing::Values(RateCase{"5M", 5LL * 1024 * 1024, true},
                                           RateCase{"500k", 500LL * 1024, true},
                                           RateCase{"1.5G", 1536LL * 1024 * 1024, true},
                                           RateCase{"1234", 1234, true}, RateCase{"fast", 0, false},
                                           RateCase{"-1M", 0, false}));

TEST(BandwidthLimiter, Reservations_PaceToTheCap)
{
    BandwidthLimiter limiter;
    EXPECT_EQ(limiter.reserve(1 << 20).count(), 0); // unlimited
    limiter.setBytesPerSecond(1000);
    EXPECT_EQ(limiter.reserve(500).count(), 0);
    const auto second = limiter.reserve(500);
    EXPECT_GE(second.count(), 450);
    EXPECT_LE(second.count(), 500);
    EXPECT_GE(limiter.reserve(1000).count(), 950);
}

TEST(ScheduleWindow, WrapsPastMidnight)
{
    const auto window = ScheduleWindow::parse(QStringLiteral("20:00-08:00"));
    ASSERT_TRUE(window.has_value());
    EXPECT_TRUE(window->contains(QTime(23, 0)));
    EXPECT_TRUE(window->contains(QTime(7, 59)));
    EXPECT_FALSE(window->contains(QTime(8, 0)));
    EXPECT_FALSE(window->contains(QTime(12, 0)));
    const auto day = ScheduleWindow::parse(QStringLiteral("9:00-17:30"));
    ASSERT_TRUE(day.has_value());
    EXPECT_TRUE(day->contains(QTime(9, 0)));
    EXPECT_FALSE(day->contains(QTime(17, 30)));
    EXPECT_FALSE(ScheduleWindow::parse(QStringLiteral("soon")).has_value());
}

struct ChunkGrowthRow
{
    qint64 chunk;
    qint64 elapsedMs;
    qint64 ceiling;
    qint64 expected;
};

class ChunkGrowth : public ::testing::TestWithParam<ChunkGrowthRow>
{};

TEST_P(ChunkGrowth, FinishedChunk_GivesNextSize)
{
    const ChunkGrowthRow& row = GetParam();
    EXPECT_EQ(nextChunkBytes(row.chunk, row.elapsedMs, 1500, row.ceiling), row.expected);
}

constexpr qint64 kMiB = 1024 * 1024;
INSTANTIATE_TEST_SUITE_P(Rows, ChunkGrowth,
                         ::testing::Values(
                             // Slow enough: stays.
                             ChunkGrowthRow{8 * kMiB, 1500, 1024 * kMiB, 8 * kMiB},
                             ChunkGrowthRow{8 * kMiB, 9000, 1024 * kMiB, 8 * kMiB},
                             // A little fast: at least doubles.
                             ChunkGrowthRow{8 * kMiB, 1000, 1024 * kMiB, 16 * kMiB},
                             // What the link moves in 1.5 s: 8 MiB in 500 ms -> 24 MiB.
                             ChunkGrowthRow{8 * kMiB, 500, 1024 * kMiB, 24 * kMiB},
                             // Very fast: at most eightfold per step.
                             ChunkGrowthRow{8 * kMiB, 10, 1024 * kMiB, 64 * kMiB},
                             ChunkGrowthRow{8 * kMiB, 0, 1024 * kMiB, 64 * kMiB},
                             // Never past the ceiling (a 413 lowered it, or the option).
                             ChunkGrowthRow{512 * kMiB, 100, 1024 * kMiB, 1024 * kMiB},
                             ChunkGrowthRow{8 * kMiB, 10, 20 * kMiB, 20 * kMiB},
                             ChunkGrowthRow{64 * kMiB, 10, 32 * kMiB, 32 * kMiB},
                             // Huge values do not overflow.
                             ChunkGrowthRow{1LL << 61, 1, 1LL << 62, 1LL << 62},
                             ChunkGrowthRow{(1LL << 62) + 1, 1, std::numeric_limits<qint64>::max(),
                                            std::numeric_limits<qint64>::max()}));

QByteArray patternBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = static_cast<char>((i * 2654435761U) >> 11);
    return data;
}

TEST(HashPipeline, CopiedAndHandedOverBlocks_AreConsumedInOrder)
{
    const QByteArray data = patternBytes(5 * 1024 * 1024 + 123);
    Hasher direct(ChecksumAlgorithm::Sha256);
    direct.add(data.constData(), static_cast<std::size_t>(data.size()));
    Hasher piped(ChecksumAlgorithm::Sha256);
    {
        HashPipeline pipeline(
            [&piped](const char* bytes, std::size_t size) { piped.add(bytes, size); });
        qsizetype at = 0;
        bool handOver = false;
        while (at < data.size()) {
            const qsizetype piece =
                std::min<qsizetype>(handOver ? 700000 : 65536, data.size() - at);
            if (handOver) {
                std::vector<char> block(data.constData() + at, data.constData() + at + piece);
                (void)pipeline.push(std::move(block));
            } else {
                pipeline.add(data.constData() + at, static_cast<std::size_t>(piece));
            }
            at += piece;
            handOver = !handOver;
        }
        pipeline.drain();
    }
    EXPECT_EQ(piped.finish(), direct.finish());
}

TEST(FilePass, BlockCrcsAndSha256_MatchTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.bin"));
    const qint64 block = FilePassProgress::kCrcBlockBytes;
    const QByteArray data = patternBytes(3 * 1024 * 1024 + 4097);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();

    auto progress = std::make_shared<FilePassProgress>(data.size(), true);
    // Nothing is known before the pass.
    EXPECT_FALSE(progress->chunkCrc(0, block).has_value());
    std::promise<void> finished;
    FilePass pass(path, progress, Hasher(ChecksumAlgorithm::Sha256), {},
                  [&finished] { finished.set_value(); });
    pass.start();
    finished.get_future().wait();
    pass.join();
    FilePass::Outcome outcome = pass.takeOutcome();
    ASSERT_FALSE(outcome.error.has_value());
    EXPECT_EQ(progress->doneBytes(), data.size());
    ASSERT_TRUE(outcome.sha256.has_value());
    EXPECT_EQ(outcome.sha256Bytes, data.size());
    Hasher direct(ChecksumAlgorithm::Sha256);
    direct.add(data.constData(), static_cast<std::size_t>(data.size()));
    EXPECT_EQ(outcome.sha256->finish(), direct.finish());

    const auto crcOf = [&data](qint64 start, qint64 length) {
        return crc32c(0, data.constData() + start, static_cast<std::size_t>(length));
    };
    // Aligned chunks, one ending at the end of the file.
    for (const auto& [start, length] : {std::pair<qint64, qint64>{0, block},
                                        {block, 5 * block},
                                        {2 * block, data.size() - 2 * block},
                                        {0, data.size()}}) {
        const auto crc = progress->chunkCrc(start, length);
        ASSERT_TRUE(crc.has_value()) << start << "+" << length;
        EXPECT_EQ(*crc, crcOf(start, length)) << start << "+" << length;
    }
    // Not on a block boundary, or past the end: not from the blocks.
    EXPECT_FALSE(progress->chunkCrc(1, block).has_value());
    EXPECT_FALSE(progress->chunkCrc(0, block + 1).has_value());
    EXPECT_FALSE(progress->chunkCrc(block, data.size()).has_value());
}

TEST(FilePass, FileShorterThanExpected_ReportsAReadError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("short.bin"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(patternBytes(1000));
    file.close();
    auto progress = std::make_shared<FilePassProgress>(5000, true);
    FilePass pass(path, progress, std::nullopt, {}, {});
    pass.start();
    pass.join();
    const FilePass::Outcome outcome = pass.takeOutcome();
    ASSERT_TRUE(outcome.error.has_value());
    EXPECT_TRUE(outcome.error->detail.contains(QStringLiteral("shorter")))
        << outcome.error->detail.toStdString();
    EXPECT_EQ(progress->doneBytes(), 0);
}

} // namespace
