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
// One CRC register (not inverted) through bytes with the crc32 instruction.
__attribute__((target("sse4.2"))) std::uint32_t
crc32cHardwareLane(std::uint32_t crc, const unsigned char* p, std::size_t size)
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

// Polynomials modulo the CRC polynomial, in the reflected bit order the CRC uses (bit 31 holds
// x^0). Appending n zero bytes to a message multiplies its CRC register by x^(8n) modulo the
// polynomial; the initial and final inversions cancel when two CRCs are combined.
std::uint32_t multiplyModulo(std::uint32_t a, std::uint32_t b)
{
    std::uint32_t product = 0;
    for (std::uint32_t bit = 1U << 31; bit != 0; bit >>= 1) {
        if (a & bit)
            product ^= b;
        b = (b & 1U) ? (b >> 1) ^ kCastagnoli : b >> 1;
    }
    return product;
}

// kPowers[k] = x^(2^k) modulo the polynomial, by repeated squaring.
constexpr std::size_t kPowerCount = 64;
const std::array<std::uint32_t, kPowerCount>& powersOfTwoPowers()
{
    static const auto kPowers = [] {
        std::array<std::uint32_t, kPowerCount> powers{};
        powers[0] = 1U << 30; // x^1
        for (std::size_t k = 1; k < kPowerCount; ++k)
            powers[k] = multiplyModulo(powers[k - 1], powers[k - 1]);
        return powers;
    }();
    return kPowers;
}

// x^(8 * bytes) modulo the polynomial: what appending that many zero bytes multiplies by.
std::uint32_t shiftForBytes(std::uint64_t bytes)
{
    const auto& powers = powersOfTwoPowers();
    std::uint32_t shift = 1U << 31; // x^0
    std::size_t k = 3;              // bytes to bits
    for (std::uint64_t n = bytes; n != 0 && k < kPowerCount; n >>= 1, ++k) {
        if (n & 1U)
            shift = multiplyModulo(powers[k], shift);
    }
    return shift;
}

#ifdef ONESTREAM_HAVE_SSE42_PATH
// The crc32 instruction takes 3 cycles but can start one per cycle: three lanes over three
// consecutive stretches run side by side, and their registers are joined by shifting. The
// register is linear: after A|B|C from state s it is crc(s, A)·x^(16L) + crc(0, B)·x^(8L) +
// crc(0, C), with L the stretch length in bytes.
__attribute__((target("sse4.2"))) std::uint32_t
crc32cHardware(std::uint32_t crc, const unsigned char* p, std::size_t size)
{
#if defined(__x86_64__)
    constexpr std::size_t kLane = 8 * 1024;
    static const std::uint32_t kShiftOne = shiftForBytes(kLane);
    static const std::uint32_t kShiftTwo = shiftForBytes(2 * kLane);
    while (size >= 3 * kLane) {
        std::uint64_t a = crc;
        std::uint64_t b = 0;
        std::uint64_t c = 0;
        const unsigned char* pa = p;
        const unsigned char* pb = p + kLane;
        const unsigned char* pc = p + 2 * kLane;
        for (std::size_t i = 0; i < kLane; i += 8) {
            std::uint64_t wa = 0;
            std::uint64_t wb = 0;
            std::uint64_t wc = 0;
            __builtin_memcpy(&wa, pa + i, 8);
            __builtin_memcpy(&wb, pb + i, 8);
            __builtin_memcpy(&wc, pc + i, 8);
            a = _mm_crc32_u64(a, wa);
            b = _mm_crc32_u64(b, wb);
            c = _mm_crc32_u64(c, wc);
        }
        crc = multiplyModulo(kShiftTwo, static_cast<std::uint32_t>(a)) ^
              multiplyModulo(kShiftOne, static_cast<std::uint32_t>(b)) ^
              static_cast<std::uint32_t>(c);
        p += 3 * kLane;
        size -= 3 * kLane;
    }
#endif
    return crc32cHardwareLane(crc, p, size);
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

std::uint32_t crc32cCombine(std::uint32_t first, std::uint32_t second, std::uint64_t secondBytes)
{
    return multiplyModulo(shiftForBytes(secondBytes), first) ^ second;
}

QByteArray crc32cDigest(std::uint32_t crc)
{
    QByteArray digest(4, '\0');
    digest[0] = static_cast<char>((crc >> 24) & 0xFFU);
    digest[1] = static_cast<char>((crc >> 16) & 0xFFU);
    digest[2] = static_cast<char>((crc >> 8) & 0xFFU);
    digest[3] = static_cast<char>(crc & 0xFFU);
    return digest;
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
        digest = crc32cDigest(m_crc);
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
