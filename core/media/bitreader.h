#pragma once

// A tiny H.264 bitstream reader for the few syntax elements the probe checks (PPS
// entropy_coding_mode_flag, slice_type): exp-Golomb over RBSP bytes.

#include <QByteArray>

#include <cstdint>
#include <optional>

namespace Media::H264 {

// Removes emulation-prevention bytes (00 00 03 -> 00 00).
[[nodiscard]] QByteArray toRbsp(const char* data, int size);

class BitReader
{
public:
    explicit BitReader(QByteArray rbsp) : m_data(std::move(rbsp)) {}
    [[nodiscard]] std::optional<std::uint32_t> bit();
    [[nodiscard]] std::optional<std::uint32_t> ue();

private:
    QByteArray m_data;
    int m_bit = 0;
};

// Calls visit(nalType, payloadPtr, payloadSize) for every NAL unit, for AVCC (length-prefixed,
// lengthSize 1..4) or Annex B (lengthSize 0) data. Stops when visit returns false.
template <typename Visit>
void forEachNal(const std::uint8_t* data, int size, int lengthSize, Visit visit)
{
    if (lengthSize > 0) {
        int pos = 0;
        while (pos + lengthSize <= size) {
            std::uint32_t length = 0;
            for (int i = 0; i < lengthSize; ++i)
                length = (length << 8) | data[pos + i];
            pos += lengthSize;
            if (length == 0 || pos + static_cast<int>(length) > size)
                return;
            if (!visit(data[pos] & 0x1f, data + pos, static_cast<int>(length)))
                return;
            pos += static_cast<int>(length);
        }
        return;
    }
    int start = -1;
    for (int i = 0; i + 2 < size; ++i) {
        if (data[i] == 0 && data[i + 1] == 0 && data[i + 2] == 1) {
            if (start >= 0) {
                int end = i;
                while (end > start && data[end - 1] == 0)
                    --end;
                if (!visit(data[start] & 0x1f, data + start, end - start))
                    return;
            }
            start = i + 3;
            i += 2;
        }
    }
    if (start >= 0 && start < size)
        visit(data[start] & 0x1f, data + start, size - start);
}

// entropy_coding_mode_flag of a PPS NAL (payload includes the NAL header byte).
[[nodiscard]] std::optional<bool> ppsCabac(const std::uint8_t* nal, int size);
// slice_type % 5 of a slice NAL: 0 P, 1 B, 2 I, 3 SP, 4 SI.
[[nodiscard]] std::optional<int> sliceType(const std::uint8_t* nal, int size);
// CABAC flag from codec extradata (avcC or Annex B).
[[nodiscard]] std::optional<bool> extradataCabac(const std::uint8_t* data, int size);

} // namespace Media::H264
