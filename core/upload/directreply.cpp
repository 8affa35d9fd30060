#include "core/upload/directreply.h"

#include <QNetworkAccessManager>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <cstring>

namespace Upload {
namespace {

constexpr qint64 kBlockBytes = 256 * 1024;      // one file read, one socket write
constexpr qint64 kAheadBytes = 2 * 1024 * 1024; // queued in the socket at most
constexpr qint64 kMaxAnswerBytes = 1024 * 1024; // an answer to a PATCH is small

QNetworkReply::NetworkError networkErrorOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionClosedError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyProtocolError:
        return QNetworkReply::ProxyConnectionRefusedError;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return QNetworkReply::ProxyAuthenticationRequiredError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

} // namespace

DirectReply::DirectReply(const QNetworkRequest& request, const QByteArray& verb,
                         const QString& path, qint64 startBytes, qint64 lengthBytes,
                         std::chrono::milliseconds transferTimeout, QObject* parent)
    : QNetworkReply(parent), m_verb(verb), m_file(path), m_start(startBytes), m_length(lengthBytes)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::CustomOperation);
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_idle.setSingleShot(true);
    m_idle.setInterval(transferTimeout);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        fail(OperationCanceledError,
             QStringLiteral("no byte moved for %1 ms").arg(m_idle.interval()));
    });

    const QUrl url = request.url();
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    const bool tls = url.scheme() == QLatin1String("https");
    const int port = url.port(tls ? 443 : 80);
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (port != (tls ? 443 : 80))
        host += ':' + QByteArray::number(port);
    m_head = verb + ' ' + target + " HTTP/1.1\r\nHost: " + host +
             "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(m_length) + "\r\n";
    for (const QByteArray& name : request.rawHeaderList()) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0 ||
            name.compare("Host", Qt::CaseInsensitive) == 0 ||
            name.compare("Connection", Qt::CaseInsensitive) == 0) {
            continue;
        }
        m_head += name + ": " + request.rawHeader(name) + "\r\n";
    }
    m_head += "\r\n";
    m_headBytes = m_head.size();
}

DirectReply::~DirectReply() = default;

void DirectReply::start()
{
    if (m_length > 0 && (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(m_start))) {
        const QString why = m_file.errorString();
        // Report asynchronously, as a network reply would.
        QTimer::singleShot(0, this, [this, why] {
            fail(UnknownContentError, QStringLiteral("cannot read the file: %1").arg(why));
        });
        return;
    }
    const QUrl url = request().url();
    const bool tls = url.scheme() == QLatin1String("https");
    if (tls) {
        auto socket = std::make_unique<QSslSocket>();
        connect(socket.get(), &QSslSocket::encrypted, this, &DirectReply::onConnected);
        m_socket = std::move(socket);
    } else {
        m_socket = std::make_unique<QTcpSocket>();
        connect(m_socket.get(), &QTcpSocket::connected, this, &DirectReply::onConnected);
    }
    connect(m_socket.get(), &QAbstractSocket::bytesWritten, this, &DirectReply::onBytesWritten);
    connect(m_socket.get(), &QAbstractSocket::readyRead, this, &DirectReply::onReadyRead);
    connect(m_socket.get(), &QAbstractSocket::errorOccurred, this, &DirectReply::onSocketError);
    m_idle.start();
    if (tls) {
        static_cast<QSslSocket*>(m_socket.get())
            ->connectToHostEncrypted(url.host(), static_cast<quint16>(url.port(443)));
    } else {
        m_socket->connectToHost(url.host(), static_cast<quint16>(url.port(80)));
    }
}

void DirectReply::onConnected()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->write(m_head);
    pump();
}

void DirectReply::pump()
{
    if (m_done)
        return;
    QByteArray block;
    while (m_read < m_length && m_socket->bytesToWrite() < kAheadBytes) {
        const qint64 want = std::min(kBlockBytes, m_length - m_read);
        block.resize(want);
        const qint64 got = m_file.read(block.data(), want);
        if (got <= 0) {
            return fail(UnknownContentError,
                        QStringLiteral("cannot read the file: %1").arg(m_file.errorString()));
        }
        m_socket->write(block.constData(), got);
        m_read += got;
    }
}

void DirectReply::onBytesWritten(qint64 bytes)
{
    m_written += bytes;
    m_idle.start();
    const qint64 body = std::clamp<qint64>(m_written - m_headBytes, 0, m_length);
    if (body > 0)
        emit uploadProgress(body, m_length);
    pump();
}

void DirectReply::onReadyRead()
{
    if (m_done)
        return;
    m_idle.start();
    m_in += m_socket->readAll();
    if (m_in.size() > kMaxAnswerBytes)
        return fail(ProtocolFailure, QStringLiteral("the answer is too large"));
    if (m_bodyAt < 0 && !parseHead())
        return;
    if (m_bodyAt >= 0 && m_lengthKnown && m_in.size() - m_bodyAt >= m_contentLength) {
        m_body = m_in.mid(m_bodyAt, m_contentLength);
        finish();
    }
}

bool DirectReply::parseHead()
{
    const qsizetype end = m_in.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = m_in.left(end).split('\n');
    const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
    bool ok = false;
    const int code = status.value(1).toInt(&ok);
    if (!status.value(0).startsWith("HTTP/1.") || !ok) {
        fail(ProtocolFailure, QStringLiteral("not an HTTP answer"));
        return false;
    }
    if (code == 100) { // an interim answer: the real one follows
        m_in.remove(0, end + 4);
        return parseHead();
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        const QByteArray before = rawHeader(name);
        setRawHeader(name, before.isEmpty() ? value : before + ", " + value);
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            m_contentLength = value.toLongLong();
            m_lengthKnown = true;
        }
    }
    const QByteArray reason = status.mid(2).join(' ');
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, code);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QString::fromLatin1(reason));
    if (code == 204 || code == 304 || m_verb == "HEAD") {
        m_contentLength = 0;
        m_lengthKnown = true;
    }
    m_bodyAt = end + 4;
    if (code >= 400) {
        // Like QNAM: an error code, while the status and body stay readable.
        setError(code == 404   ? ContentNotFoundError
                 : code == 401 ? AuthenticationRequiredError
                 : code >= 500 ? InternalServerError
                               : UnknownContentError,
                 QStringLiteral("HTTP %1 %2").arg(code).arg(QString::fromLatin1(reason)));
    }
    return true;
}

void DirectReply::onSocketError()
{
    if (m_done)
        return;
    m_in += m_socket->readAll();
    // The server may answer and close before it read the whole body (413, 423, 409...), or
    // delimit its answer by closing the connection (no Content-Length).
    if (m_bodyAt < 0 && !parseHead() && m_done)
        return;
    if (m_bodyAt >= 0 && (!m_lengthKnown || m_in.size() - m_bodyAt >= m_contentLength)) {
        m_body = m_lengthKnown ? m_in.mid(m_bodyAt, m_contentLength) : m_in.mid(m_bodyAt);
        return finish();
    }
    fail(networkErrorOf(m_socket->error()), m_socket->errorString());
}

qint64 DirectReply::bytesAvailable() const
{
    return m_body.size() - m_bodyRead + QNetworkReply::bytesAvailable();
}

qint64 DirectReply::readData(char* data, qint64 maxSize)
{
    const qint64 left = m_body.size() - m_bodyRead;
    if (left <= 0)
        return m_done ? -1 : 0;
    const qint64 n = std::min(left, maxSize);
    std::memcpy(data, m_body.constData() + m_bodyRead, static_cast<std::size_t>(n));
    m_bodyRead += n;
    return n;
}

void DirectReply::abort()
{
    if (m_done)
        return;
    fail(OperationCanceledError, QStringLiteral("Operation canceled"));
}

void DirectReply::fail(NetworkError code, const QString& message)
{
    if (m_done)
        return;
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, QVariant());
    setError(code, message);
    emit errorOccurred(code);
    finish();
}

void DirectReply::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_idle.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    m_file.close();
    setFinished(true);
    emit finished();
}

} // namespace Upload
