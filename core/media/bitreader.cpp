#include "core/media/bitreader.h"

namespace Media::H264 {

QByteArray toRbsp(const char* data, int size)
{
    QByteArray out;
    out.reserve(size);
    int zeros = 0;
    for (int i = 0; i < size; ++i) {
        const char byte = data[i];
        if (zeros >= 2 && byte == 3) {
            zeros = 0;
            continue;
        }
        zeros = byte == 0 ? zeros + 1 : 0;
        out.append(byte);
    }
    return out;
}

std::optional<std::uint32_t> BitReader::bit()
{
    if (m_bit >= m_data.size() * 8)
        return std::nullopt;
    const auto byte = static_cast<std::uint8_t>(m_data[m_bit / 8]);
    const std::uint32_t value = (byte >> (7 - m_bit % 8)) & 1u;
    ++m_bit;
    return value;
}

std::optional<std::uint32_t> BitReader::ue()
{
    int leadingZeros = 0;
    for (;;) {
        const auto b = bit();
        if (!b)
            return std::nullopt;
        if (*b)
            break;
        if (++leadingZeros > 31)
            return std::nullopt;
    }
    std::uint32_t suffix = 0;
    for (int i = 0; i < leadingZeros; ++i) {
        const auto b = bit();
        if (!b)
            return std::nullopt;
        suffix = (suffix << 1) | *b;
    }
    return ((1u << leadingZeros) - 1u) + suffix;
}

std::optional<bool> ppsCabac(const std::uint8_t* nal, int size)
{
    if (size < 2)
        return std::nullopt;
    BitReader reader(toRbsp(reinterpret_cast<const char*>(nal + 1), size - 1));
    if (!reader.ue() || !reader.ue()) // pic_parameter_set_id, seq_parameter_set_id
        return std::nullopt;
    const auto flag = reader.bit();
    if (!flag)
        return std::nullopt;
    return *flag == 1;
}

std::optional<int> sliceType(const std::uint8_t* nal, int size)
{
    if (size < 2)
        return std::nullopt;
    BitReader reader(toRbsp(reinterpret_cast<const char*>(nal + 1), size - 1));
    if (!reader.ue()) // first_mb_in_slice
        return std::nullopt;
    const auto type = reader.ue();
    if (!type)
        return std::nullopt;
    return static_cast<int>(*type % 5);
}

std::optional<bool> extradataCabac(const std::uint8_t* data, int size)
{
    if (size <= 0 || !data)
        return std::nullopt;
    if (data[0] == 1 && size > 7) { // avcC
        int pos = 5;
        const int spsCount = data[pos++] & 0x1f;
        for (int i = 0; i < spsCount && pos + 2 <= size; ++i) {
            const int length = (data[pos] << 8) | data[pos + 1];
            pos += 2 + length;
        }
        if (pos >= size)
            return std::nullopt;
        const int ppsCount = data[pos++];
        if (ppsCount < 1 || pos + 2 > size)
            return std::nullopt;
        const int length = (data[pos] << 8) | data[pos + 1];
        pos += 2;
        if (pos + length > size)
            return std::nullopt;
        return ppsCabac(data + pos, length);
    }
    std::optional<bool> result;
    forEachNal(data, size, 0, [&](int type, const std::uint8_t* nal, int length) {
        if (type == 8) {
            result = ppsCabac(nal, length);
            return false;
        }
        return true;
    });
    return result;
}

} // namespace Media::H264
