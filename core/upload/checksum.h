#pragma once

// Checksums for uploads: CRC32C (hardware SSE4.2 where the CPU has it, a table otherwise),
// SHA-1 and SHA-256 (OpenSSL). Incremental, so that a file is hashed in bounded buffers.

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

namespace Upload {

// CRC32C (Castagnoli) of bytes, continuing from crc (0 for a new checksum).
[[nodiscard]] std::uint32_t crc32c(std::uint32_t crc, const void* data, std::size_t size);
// CRC32C of A followed by B from crc32c(A), crc32c(B) and the length of B, without the bytes:
// a chunk's checksum follows from the checksums of the blocks it is made of.
[[nodiscard]] std::uint32_t crc32cCombine(std::uint32_t first, std::uint32_t second,
                                          std::uint64_t secondBytes);
// A CRC32C as the tus checksum extension carries it: four bytes, big-endian.
[[nodiscard]] QByteArray crc32cDigest(std::uint32_t crc);
// True when crc32c() uses the CPU's crc32 instruction.
[[nodiscard]] bool crc32cIsHardwareAccelerated();

enum class ChecksumAlgorithm
{
    None = 0,
    Crc32c,
    Sha1,
    Sha256,
};

// tus names: "crc32c", "sha1", "sha256".
[[nodiscard]] std::string_view checksumName(ChecksumAlgorithm algorithm);
[[nodiscard]] ChecksumAlgorithm checksumFromName(std::string_view name);

// One running checksum of any supported algorithm.
class Hasher
{
public:
    explicit Hasher(ChecksumAlgorithm algorithm);
    ~Hasher();
    Hasher(Hasher&&) noexcept;
    Hasher& operator=(Hasher&&) noexcept;
    Hasher(const Hasher&) = delete;
    Hasher& operator=(const Hasher&) = delete;

    void add(const void* data, std::size_t size);
    void add(std::string_view bytes) { add(bytes.data(), bytes.size()); }
    // The digest (raw bytes, CRC32C big-endian as the tus checksum extension expects); the
    // hasher is reset afterwards.
    [[nodiscard]] QByteArray finish();
    void reset();
    [[nodiscard]] ChecksumAlgorithm algorithm() const { return m_algorithm; }

private:
    struct Evp;
    ChecksumAlgorithm m_algorithm;
    std::uint32_t m_crc = 0;
    std::unique_ptr<Evp> m_evp;
};

} // namespace Upload
