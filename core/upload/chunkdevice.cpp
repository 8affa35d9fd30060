#include "core/upload/chunkdevice.h"

namespace Upload {

ChunkDevice::ChunkDevice(const QString& path, qint64 startBytes, qint64 lengthBytes,
                         QObject* parent)
    : QIODevice(parent), m_file(path), m_start(startBytes), m_length(lengthBytes)
{}

bool ChunkDevice::open(OpenMode mode)
{
    if ((mode & QIODevice::WriteOnly) != 0)
        return false;
    if (!m_file.open(QIODevice::ReadOnly) || m_file.size() < m_start + m_length) {
        setErrorString(m_file.errorString());
        return false;
    }
    if (!m_file.seek(m_start))
        return false;
    return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void ChunkDevice::close()
{
    m_file.close();
    QIODevice::close();
}

bool ChunkDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length || !m_file.seek(m_start + pos))
        return false;
    return QIODevice::seek(pos);
}

qint64 ChunkDevice::readData(char* data, qint64 maxSize)
{
    const qint64 left = m_length - pos();
    if (left <= 0)
        return -1;
    const qint64 n = m_file.read(data, std::min(left, maxSize));
    if (n < 0)
        setErrorString(m_file.errorString());
    return n;
}

} // namespace Upload
