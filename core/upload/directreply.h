#pragma once

// One HTTP/1.1 request whose body is a byte range of a file, sent over a socket owned by the
// calling thread (QTcpSocket, or QSslSocket for https), presented as a QNetworkReply so that
// the upload engine treats it like any other answer.
//
// Why not QNetworkAccessManager for PATCH bodies: QNAM runs HTTP on its own thread and pulls an
// upload body from the caller's thread 16 KiB at a time, one cross-thread round trip (and two
// copies) per piece. On a busy machine every round trip waits for both threads to be scheduled,
// which capped an upload well below what the same socket carries (docs/uploads.md). Here the
// file is read in 256 KiB blocks straight into the socket, up to 2 MiB ahead, on one thread.
//
// One connection per request (Connection: close); the answer's status, headers and body are
// exposed through the QNetworkReply API (HttpStatusCodeAttribute, rawHeader, readAll, error).
// transferTimeout: no byte moved for that long aborts with OperationCanceledError, as QNAM's
// transfer timeout does.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <chrono>
#include <memory>

class QTcpSocket;

namespace Upload {

class DirectReply : public QNetworkReply
{
    Q_OBJECT
public:
    DirectReply(const QNetworkRequest& request, const QByteArray& verb, const QString& path,
                qint64 startBytes, qint64 lengthBytes, std::chrono::milliseconds transferTimeout,
                QObject* parent = nullptr);
    ~DirectReply() override;

    // Connects and sends; the answer arrives through finished().
    void start();
    void abort() override;
    [[nodiscard]] qint64 bytesAvailable() const override;
    [[nodiscard]] bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;

private:
    void onConnected();
    void pump();
    void onBytesWritten(qint64 bytes);
    void onReadyRead();
    void onSocketError();
    // Parses the status line and headers once they are complete; false while incomplete.
    bool parseHead();
    void fail(NetworkError code, const QString& message);
    void finish();

    QByteArray m_verb;
    QFile m_file;
    qint64 m_start;
    qint64 m_length;
    qint64 m_read = 0;      // body bytes handed to the socket
    qint64 m_headBytes = 0; // request head size
    qint64 m_written = 0;   // bytes the socket wrote (head and body)
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_head;    // the request head
    QByteArray m_in;      // the answer so far
    qint64 m_bodyAt = -1; // where the answer's body begins in m_in
    qint64 m_contentLength = 0;
    bool m_lengthKnown = false; // else the answer ends when the connection closes
    QByteArray m_body;
    qint64 m_bodyRead = 0;
    QTimer m_idle;
    bool m_done = false;
};

} // namespace Upload
