#include "core/upload/checksum.h"

#include <openssl/evp.h>

#include <array>

#if defined(__x86_64__) || defined(__i386__)
#include <nmmintrin.h>
#define ONESTREAM_HAVE_SSE42_PATH 1
#endif

namespace Upload {
namespace {

constexpr std::uint32_t kCastagnoli = 0x82F63B78U; // reflected polynomial

constexpr std::array<std::array<std::uint32_t, 256>, 8> makeTables()
{
    std::array<std::array<std::uint32_t, 256>, 8> tables{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t crc = i;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1U) ? (crc >> 1) ^ kCastagnoli : crc >> 1;
        tables[0][i] = crc;
    }
    for (std::uint32_t i = 0; i < 256; ++i) {
        for (std::size_t t = 1; t < 8; ++t)
            tables[t][i] = (tables[t - 1][i] >> 8) ^ tables[0][tables[t - 1][i] & 0xFFU];
    }
    return tables;
}

constexpr auto kTables = makeTables();

std::uint32_t crc32cTable(std::uint32_t crc, const unsigned char* p, std::size_t size)
{
    // Slicing-by-8.
    while (size >= 8) {
        const std::uint32_t low =
            crc ^ (static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8 |
                   static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24);
        crc = kTables[7][low & 0xFFU] ^ kTables[6][(low >> 8) & 0xFFU] ^
              kTables[5][(low >> 16) & 0xFFU] ^ kTables[4][low >> 24] ^ kTables[3][p[4]] ^
              kTables[2][p[5]] ^ kTables[1][p[6]] ^ kTables[0][p[7]];
        p += 8;
        size -= 8;
    }
    while (size--)
        crc = (crc >> 8) ^ kTables[0][(crc ^ *p++) & 0xFFU];
    return crc;
}

#ifdef ONESTREAM_HAVE_SSE42_PATH
__attribute__((target("sse4.2"))) std::uint32_t
crc32cHardware(std::uint32_t crc, const unsigned char* p, std::size_t size)
{
#if defined(__x86_64__)
    std::uint64_t wide = crc;
    while (size >= 8) {
        std::uint64_t word = 0;
        __builtin_memcpy(&word, p, 8);
        wide = _mm_crc32_u64(wide, word);
        p += 8;
        size -= 8;
    }
    crc = static_cast<std::uint32_t>(wide);
#endif
    while (size--)
        crc = _mm_crc32_u8(crc, *p++);
    return crc;
}

bool detectSse42()
{
    __builtin_cpu_init();
    return __builtin_cpu_supports("sse4.2");
}
#endif

struct EvpCtxFree
{
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};

} // namespace

bool crc32cIsHardwareAccelerated()
{
#ifdef ONESTREAM_HAVE_SSE42_PATH
    static const bool kHardware = detectSse42();
    return kHardware;
#else
    return false;
#endif
}

std::uint32_t crc32c(std::uint32_t crc, const void* data, std::size_t size)
{
    const auto* p = static_cast<const unsigned char*>(data);
    crc = ~crc;
#ifdef ONESTREAM_HAVE_SSE42_PATH
    if (crc32cIsHardwareAccelerated())
        return ~crc32cHardware(crc, p, size);
#endif
    return ~crc32cTable(crc, p, size);
}

std::string_view checksumName(ChecksumAlgorithm algorithm)
{
    switch (algorithm) {
    case ChecksumAlgorithm::Crc32c:
        return "crc32c";
    case ChecksumAlgorithm::Sha1:
        return "sha1";
    case ChecksumAlgorithm::Sha256:
        return "sha256";
    case ChecksumAlgorithm::None:
        break;
    }
    return {};
}

ChecksumAlgorithm checksumFromName(std::string_view name)
{
    for (auto algorithm :
         {ChecksumAlgorithm::Crc32c, ChecksumAlgorithm::Sha1, ChecksumAlgorithm::Sha256}) {
        if (checksumName(algorithm) == name)
            return algorithm;
    }
    return ChecksumAlgorithm::None;
}

struct Hasher::Evp
{
    std::unique_ptr<EVP_MD_CTX, EvpCtxFree> ctx{EVP_MD_CTX_new()};
    const EVP_MD* md = nullptr;
};

Hasher::Hasher(ChecksumAlgorithm algorithm) : m_algorithm(algorithm)
{
    if (algorithm == ChecksumAlgorithm::Sha1 || algorithm == ChecksumAlgorithm::Sha256) {
        m_evp = std::make_unique<Evp>();
        m_evp->md = algorithm == ChecksumAlgorithm::Sha1 ? EVP_sha1() : EVP_sha256();
    }
    reset();
}

Hasher::~Hasher() = default;
Hasher::Hasher(Hasher&&) noexcept = default;
Hasher& Hasher::operator=(Hasher&&) noexcept = default;

void Hasher::reset()
{
    m_crc = 0;
    if (m_evp)
        EVP_DigestInit_ex(m_evp->ctx.get(), m_evp->md, nullptr);
}

void Hasher::add(const void* data, std::size_t size)
{
    if (m_algorithm == ChecksumAlgorithm::Crc32c)
        m_crc = crc32c(m_crc, data, size);
    else if (m_evp)
        EVP_DigestUpdate(m_evp->ctx.get(), data, size);
}

QByteArray Hasher::finish()
{
    QByteArray digest;
    if (m_algorithm == ChecksumAlgorithm::Crc32c) {
        digest.resize(4);
        digest[0] = static_cast<char>((m_crc >> 24) & 0xFFU);
        digest[1] = static_cast<char>((m_crc >> 16) & 0xFFU);
        digest[2] = static_cast<char>((m_crc >> 8) & 0xFFU);
        digest[3] = static_cast<char>(m_crc & 0xFFU);
    } else if (m_evp) {
        unsigned char out[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_evp->ctx.get(), out, &length);
        digest = QByteArray(reinterpret_cast<const char*>(out), static_cast<qsizetype>(length));
    }
    reset();
    return digest;
}

} // namespace Upload
