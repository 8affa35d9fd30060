#pragma once

// A read-only, random-access QIODevice over one byte range of a file: the body of a PATCH,
// read straight from disk in the network stack's own buffer sizes (never the whole chunk in
// memory).

#include <QFile>
#include <QIODevice>

namespace Upload {

class ChunkDevice : public QIODevice
{
    Q_OBJECT
public:
    ChunkDevice(const QString& path, qint64 startBytes, qint64 lengthBytes,
                QObject* parent = nullptr);

    bool open(OpenMode mode) override;
    void close() override;
    [[nodiscard]] bool isSequential() const override { return false; }
    [[nodiscard]] qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;
    [[nodiscard]] bool atEnd() const override { return pos() >= m_length; }
    [[nodiscard]] QString fileError() const { return m_file.errorString(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_start;
    qint64 m_length;
};

} // namespace Upload
