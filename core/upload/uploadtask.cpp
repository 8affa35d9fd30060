#include "core/upload/uploadtask.h"

#include "core/upload/chunkdevice.h"
#include "core/upload/directreply.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcUpload, "onestream.upload")

namespace Upload {

void UploadTask::setResumeState(const QUrl& uploadUrl, const Fingerprint& fingerprint)
{
    m_uploadUrl = uploadUrl;
    m_resumeFingerprint = fingerprint;
}

void UploadTask::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void UploadTask::start()
{
    if (m_state == State::Running || m_state == State::Waiting || m_state == State::Done ||
        m_state == State::Cancelled) {
        return;
    }
    ++m_generation;
    waitForHashJob();
    m_waitingForHash = false;
    m_error = {};
    m_consecutiveFailures = 0;
    m_refreshedAuth = false;
    auto fingerprint = fingerprintFile(m_path);
    if (!fingerprint)
        return fail(fingerprint.error());
    m_fingerprint = fingerprint.value();
    if (m_uploadUrl.isValid() && m_resumeFingerprint.isValid() &&
        !(m_resumeFingerprint == m_fingerprint)) {
        qCInfo(lcUpload) << "file changed since its upload began; starting over:" << m_path;
        m_uploadUrl.clear();
        m_offset = 0;
        ++m_restarts;
        // Nothing read from the old file counts any more.
        m_ready = {};
        resetFilePass();
        emit uploadCreated(QUrl());
    }
    m_resumeFingerprint = m_fingerprint;
    if (m_chunk == 0) {
        m_chunk = m_options.initialChunkBytes;
        m_chunkCeiling = m_options.maxChunkBytes;
    }
    setState(State::Running);
    if (!m_capabilities.probed)
        return probeServer();
    m_checksum = m_options.perChunkChecksum
                     ? m_capabilities.pickChecksum(m_options.checksumPreference)
                     : ChecksumAlgorithm::None;
    if (m_uploadUrl.isEmpty())
        createUpload();
    else
        headUpload();
}

void UploadTask::pause()
{
    if (m_state != State::Running && m_state != State::Waiting && m_state != State::Idle)
        return;
    ++m_generation;
    abortReply();
    m_retryTimer.stop();
    m_paceTimer.stop();
    stopHashing();
    setState(State::Paused);
}

void UploadTask::cancel()
{
    if (m_state == State::Done || m_state == State::Cancelled || m_state == State::Failed)
        return;
    ++m_generation;
    abortReply();
    m_retryTimer.stop();
    m_paceTimer.stop();
    stopHashing();
    if (!m_uploadUrl.isValid()) {
        setState(State::Cancelled);
        emit finished();
        return;
    }
    // Termination extension: the server frees the upload. Finished either way.
    terminate(0);
}

void UploadTask::terminate(int attempt)
{
    QNetworkReply* reply = m_network.deleteResource(makeRequest(m_uploadUrl));
    connect(reply, &QNetworkReply::finished, this, [this, reply, attempt] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // 423: the server still holds the PATCH this task just aborted; it lets go shortly.
        if (status == 423 && attempt < 10) {
            QTimer::singleShot(std::chrono::milliseconds(50 * (attempt + 1)), this,
                               [this, attempt] { terminate(attempt + 1); });
            return;
        }
        setState(State::Cancelled);
        emit finished();
    });
}

QNetworkRequest UploadTask::makeRequest(const QUrl& url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Tus-Resumable", kTusVersion);
    request.setTransferTimeout(static_cast<int>(m_options.transferTimeout.count()));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (m_auth.headers) {
        for (const auto& [name, value] : m_auth.headers())
            request.setRawHeader(name, value);
    }
    return request;
}

void UploadTask::abortReply()
{
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

Core::Error UploadTask::replyError(QNetworkReply* reply, int status, const QString& what)
{
    if (status != 0) {
        QString detail = QString::fromUtf8(reply->readAll().left(300));
        return Core::makeError(Core::ErrorCode::Http,
                               QStringLiteral("%1: HTTP %2 %3").arg(what).arg(status).arg(detail),
                               status);
    }
    const bool timeout = reply->error() == QNetworkReply::OperationCanceledError ||
                         reply->error() == QNetworkReply::TimeoutError;
    return Core::makeError(timeout ? Core::ErrorCode::Timeout : Core::ErrorCode::Network,
                           QStringLiteral("%1: %2").arg(what, reply->errorString()),
                           reply->error());
}

UploadTask::Failure UploadTask::classify(QNetworkReply* reply, int status) const
{
    Q_UNUSED(reply);
    if (status == 0)
        return Failure::Retry;
    switch (status) {
    case 404:
    case 410:
        return Failure::Expired;
    case 401:
        return Failure::Unauthorized;
    case 413:
        return Failure::Shrink;
    case 408:
    case 409:
    case 423:
    case 429:
    case kChecksumMismatch:
        return Failure::Retry;
    case 507:
        return Failure::Fatal;
    default:
        break;
    }
    return status >= 500 ? Failure::Retry : Failure::Fatal;
}

void UploadTask::probeServer()
{
    QNetworkRequest request = makeRequest(m_endpoint);
    QNetworkReply* reply = m_network.sendCustomRequest(request, "OPTIONS");
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        m_reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0 || status >= 500)
            return handleFailure(Failure::Retry,
                                 replyError(reply, status, QStringLiteral("OPTIONS")));
        if (status == 401)
            return handleFailure(Failure::Unauthorized,
                                 replyError(reply, status, QStringLiteral("OPTIONS")));
        // Anything else answers the question; a server without OPTIONS offers only the core.
        m_capabilities = parseCapabilities(reply->rawHeader("Tus-Extension"),
                                           reply->rawHeader("Tus-Checksum-Algorithm"),
                                           reply->rawHeader("Tus-Max-Size"));
        m_checksum = m_options.perChunkChecksum
                         ? m_capabilities.pickChecksum(m_options.checksumPreference)
                         : ChecksumAlgorithm::None;
        if (m_uploadUrl.isEmpty())
            createUpload();
        else
            headUpload();
    });
}

void UploadTask::createUpload()
{
    if (m_capabilities.maxSizeBytes >= 0 && size() > m_capabilities.maxSizeBytes) {
        return fail(Core::makeError(Core::ErrorCode::BadInput,
                                    QStringLiteral("%1 is %2 bytes; the server accepts at most %3")
                                        .arg(m_path)
                                        .arg(size())
                                        .arg(m_capabilities.maxSizeBytes),
                                    413));
    }
    m_offset = 0;
    prepareChunk();
}

void UploadTask::headUpload()
{
    QNetworkReply* reply = m_network.head(makeRequest(m_uploadUrl));
    m_reply = reply;
    const quint64 generation = m_generation;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        m_reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200 && status != 204) {
            return handleFailure(classify(reply, status),
                                 replyError(reply, status, QStringLiteral("HEAD")));
        }
        bool ok = false;
        const qint64 serverOffset = reply->rawHeader("Upload-Offset").toLongLong(&ok);
        const QByteArray lengthHeader = reply->rawHeader("Upload-Length");
        if (!ok || serverOffset < 0 || serverOffset > size())
            return restartFresh(QStringLiteral("server reports an unusable offset"));
        if (!lengthHeader.isEmpty() && lengthHeader.toLongLong() != size())
            return restartFresh(QStringLiteral("server's upload has another length"));
        if (reply->hasRawHeader(kSha256Header))
            m_serverSha256Hex = reply->rawHeader(kSha256Header);
        if (serverOffset > m_offset)
            m_consecutiveFailures = 0;
        m_offset = serverOffset;
        emit offsetConfirmed(m_offset);
        emit progress(m_offset, size());
        if (m_offset == size())
            return complete();
        prepareChunk();
    });
}

void UploadTask::transmit(qint64 start, qint64 length, QByteArray checksumHeader)
{
    if (m_limiter && length > 0) {
        const auto delay = m_limiter->reserve(length);
        if (delay.count() > 0) {
            const quint64 generation = m_generation;
            m_paceTimer.disconnect();
            connect(&m_paceTimer, &QTimer::timeout, this,
                    [this, generation, start, length, checksumHeader] {
                        if (generation == m_generation)
                            send(start, length, checksumHeader);
                    });
            m_paceTimer.start(delay);
            return;
        }
    }
    send(start, length, checksumHeader);
}

void UploadTask::send(qint64 start, qint64 length, const QByteArray& checksumHeader)
{
    const bool creation = m_uploadUrl.isEmpty();
    QNetworkRequest request = makeRequest(creation ? m_endpoint : m_uploadUrl);
    if (creation) {
        request.setRawHeader("Upload-Length", QByteArray::number(size()));
        if (!m_metadata.isEmpty())
            request.setRawHeader("Upload-Metadata", encodeMetadata(m_metadata));
    } else {
        request.setRawHeader("Upload-Offset", QByteArray::number(start));
    }
    if (!checksumHeader.isEmpty())
        request.setRawHeader("Upload-Checksum", checksumHeader);
    request.setHeader(QNetworkRequest::ContentLengthHeader, length);
    QNetworkReply* reply = nullptr;
    DirectReply* direct = nullptr;
    if (length > 0 && m_options.directTransfer) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray(kOffsetContentType));
        direct = new DirectReply(request, creation ? "POST" : "PATCH", m_fingerprint.path, start,
                                 length, m_options.transferTimeout, this);
        reply = direct;
    } else if (length > 0) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray(kOffsetContentType));
        auto device = std::make_unique<ChunkDevice>(m_fingerprint.path, start, length);
        if (!device->open(QIODevice::ReadOnly)) {
            return fail(Core::makeError(
                Core::ErrorCode::Io,
                QStringLiteral("cannot read %1: %2").arg(m_path, device->errorString())));
        }
        reply = m_network.sendCustomRequest(request, creation ? "POST" : "PATCH", device.get());
        device.release()->setParent(reply);
    } else {
        reply = m_network.sendCustomRequest(request, creation ? "POST" : "PATCH", QByteArray());
    }
    m_reply = reply;
    m_chunkClock.start();
    if (length > 0)
        prefetchDigest(start + length);
    const quint64 generation = m_generation;
    auto lastSent = std::make_shared<qint64>(0);
    connect(reply, &QNetworkReply::uploadProgress, this,
            [this, start, lastSent, generation](qint64 sent, qint64) {
                if (generation != m_generation || sent <= *lastSent)
                    return;
                m_bytesSent += sent - *lastSent;
                *lastSent = sent;
                emit progress(start + sent, size());
            });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, generation, start, length, creation] {
                reply->deleteLater();
                if (generation != m_generation)
                    return;
                m_reply = nullptr;
                onChunkReply(reply, start, length, creation);
            });
    if (direct)
        direct->start();
}

void UploadTask::onChunkReply(QNetworkReply* reply, qint64 start, qint64 length, bool creation)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString what = creation ? QStringLiteral("POST") : QStringLiteral("PATCH");
    if (creation && status == 201) {
        const QByteArray location = reply->rawHeader("Location");
        if (location.isEmpty()) {
            return fail(Core::makeError(Core::ErrorCode::Protocol,
                                        QStringLiteral("server created an upload without a "
                                                       "Location"),
                                        status));
        }
        m_uploadUrl = m_endpoint.resolved(QUrl::fromEncoded(location));
        emit uploadCreated(m_uploadUrl);
        if (length > 0 && !reply->hasRawHeader("Upload-Offset"))
            return headUpload();
    } else if (creation || (status != 204 && status != 200)) {
        if (status == 413 && creation && length > 0 && !m_plainCreation) {
            // The first chunk was too big for the request limit: create without data, then
            // PATCH smaller chunks. A 413 for the plain creation is final (size or quota).
            m_plainCreation = true;
            m_chunk = std::max(m_options.minChunkBytes, m_chunk / 2);
            m_chunkCeiling = m_chunk;
            return createUpload();
        }
        if (status == 413 && creation) {
            return fail(replyError(reply, status,
                                   QStringLiteral("the server refused the file (too large or "
                                                  "over quota)")));
        }
        if (status == 0 && reply->error() == QNetworkReply::OperationCanceledError &&
            m_chunk > m_options.minChunkBytes) {
            m_chunk = std::max(m_options.minChunkBytes, m_chunk / 2); // timed out: smaller
            ++m_shrinks;
        }
        return handleFailure(classify(reply, status), replyError(reply, status, what));
    }
    if (reply->hasRawHeader(kSha256Header))
        m_serverSha256Hex = reply->rawHeader(kSha256Header);
    bool ok = true;
    const qint64 newOffset = reply->hasRawHeader("Upload-Offset")
                                 ? reply->rawHeader("Upload-Offset").toLongLong(&ok)
                                 : 0;
    if (!ok || newOffset < m_offset || newOffset > size()) {
        return handleFailure(Failure::Retry,
                             Core::makeError(Core::ErrorCode::Protocol,
                                             QStringLiteral("%1: unusable Upload-Offset").arg(what),
                                             status));
    }
    if (newOffset > m_offset)
        m_consecutiveFailures = 0;
    m_offset = newOffset;
    emit offsetConfirmed(m_offset);
    emit progress(m_offset, size());
    if (length > 0 && newOffset == start + length) {
        // Judged on the chunk that went (a digest computed ahead may have kept it smaller).
        m_chunk = std::max(m_chunk, nextChunkBytes(length, m_chunkClock.elapsed(),
                                                   m_options.growBelow.count(), m_chunkCeiling));
    }
    if (m_offset == size())
        return complete();
    prepareChunk();
}

void UploadTask::handleFailure(Failure kind, Core::Error error)
{
    qCInfo(lcUpload).noquote() << "upload" << m_path << "at" << m_offset << ":" << error.detail;
    switch (kind) {
    case Failure::Fatal:
        return fail(std::move(error));
    case Failure::Unauthorized:
        if (!m_refreshedAuth && m_auth.refresh) {
            m_refreshedAuth = true;
            const quint64 generation = m_generation;
            m_auth.refresh([this, generation, error](bool refreshed) {
                if (generation != m_generation)
                    return;
                if (!refreshed)
                    return fail(error);
                if (m_uploadUrl.isEmpty())
                    createUpload();
                else
                    headUpload();
            });
            return;
        }
        error.code = Core::ErrorCode::PermissionDenied;
        return fail(std::move(error));
    case Failure::Expired:
        return restartFresh(QStringLiteral("the server no longer has the upload"));
    case Failure::Shrink:
        if (m_chunk <= m_options.minChunkBytes)
            return fail(std::move(error));
        m_chunk = std::max(m_options.minChunkBytes, m_chunk / 2);
        m_chunkCeiling = m_chunk; // the server said so: never grow past it again
        ++m_shrinks;
        return headUpload();
    case Failure::Retry:
        break;
    }
    if (m_offset > m_offsetAtLastFailure)
        m_consecutiveFailures = 0; // bytes moved since the last failure
    m_offsetAtLastFailure = m_offset;
    if (++m_consecutiveFailures > m_options.maxConsecutiveFailures)
        return fail(std::move(error));
    m_error = std::move(error);
    scheduleRetry();
}

void UploadTask::scheduleRetry()
{
    ++m_retries;
    const auto base = m_options.backoffBase.count();
    const int exponent = std::min(m_consecutiveFailures - 1, 16);
    const qint64 ceiling = std::min<qint64>(m_options.backoffMax.count(), base << exponent);
    // Equal jitter: half fixed, half random, so that many clients do not retry in step.
    const qint64 delay =
        ceiling / 2 + static_cast<qint64>(QRandomGenerator::global()->bounded(
                          static_cast<quint32>(std::max<qint64>(1, ceiling / 2 + 1))));
    setState(State::Waiting);
    const quint64 generation = m_generation;
    m_retryTimer.disconnect();
    connect(&m_retryTimer, &QTimer::timeout, this, [this, generation] {
        if (generation != m_generation)
            return;
        setState(State::Running);
        if (!m_capabilities.probed)
            probeServer();
        else if (m_uploadUrl.isEmpty())
            createUpload();
        else
            headUpload();
    });
    m_retryTimer.start(std::chrono::milliseconds(delay));
}

void UploadTask::restartFresh(const QString& why)
{
    qCInfo(lcUpload).noquote() << "upload" << m_path << "starts over:" << why;
    if (++m_restarts > 3) {
        return fail(
            Core::makeError(Core::ErrorCode::Protocol,
                            QStringLiteral("gave up after starting over 3 times: %1").arg(why)));
    }
    m_uploadUrl.clear();
    m_offset = 0;
    emit uploadCreated(QUrl());
    createUpload();
}

void UploadTask::complete()
{
    const QFileInfo info(m_fingerprint.path);
    if (info.size() != m_fingerprint.sizeBytes ||
        info.lastModified().toMSecsSinceEpoch() != m_fingerprint.modifiedMs) {
        return fail(
            Core::makeError(Core::ErrorCode::BadInput,
                            QStringLiteral("%1 changed while it was uploading").arg(m_path)));
    }
    if (m_options.verifyWholeFile) {
        if (m_wholeHashed < size()) {
            // The file pass is still running beside the transfer (or was stopped by a pause):
            // complete() again when it is through.
            m_waitingForWhole = true;
            startFilePass();
            return;
        }
        if (m_wholeDigestHex.isEmpty())
            m_wholeDigestHex = m_whole.finish().toHex();
        if (!m_serverSha256Hex.isEmpty() && m_serverSha256Hex != m_wholeDigestHex) {
            // The server holds other bytes than the file: never accept that. Start over.
            resetFilePass();
            const QUrl stale = m_uploadUrl;
            m_serverSha256Hex.clear();
            QNetworkReply* terminate = m_network.deleteResource(makeRequest(stale));
            connect(terminate, &QNetworkReply::finished, terminate, &QObject::deleteLater);
            return restartFresh(QStringLiteral("the server's SHA-256 differs from the file's"));
        }
    }
    setState(State::Done);
    emit finished();
}

void UploadTask::fail(Core::Error error)
{
    qCWarning(lcUpload).noquote() << "upload" << m_path << "failed:" << error.detail;
    ++m_generation;
    abortReply();
    m_retryTimer.stop();
    m_paceTimer.stop();
    m_error = std::move(error);
    setState(State::Failed);
    emit finished();
}

} // namespace Upload
