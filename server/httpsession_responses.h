#pragma once

// HttpServer::Session's streamed responses: server-sent event streams (/v1/events) and file
// bodies sent from disk (video downloads with Range). Private to server/httpserver.cpp.

#include "server/httpsession.h"

namespace Server {

template <class Stream> class HttpServer::Session<Stream>::Sink : public StreamSink
{
public:
    explicit Sink(std::weak_ptr<Session> session) : m_session(std::move(session)) {}
    bool send(std::string bytes) override
    {
        auto session = m_session.lock();
        if (!session || !session->m_streamOpen)
            return false;
        asio::post(session->m_stream.get_executor(), [session, bytes = std::move(bytes)]() mutable {
            session->streamSend(std::move(bytes));
        });
        return true;
    }
    bool isOpen() const override
    {
        auto session = m_session.lock();
        return session && session->m_streamOpen;
    }
    void close() override
    {
        if (auto session = m_session.lock()) {
            asio::post(session->m_stream.get_executor(), [session] { session->streamClose(); });
        }
    }

private:
    std::weak_ptr<Session> m_session;
};

template <class Stream>
void HttpServer::Session<Stream>::startStream(
    std::shared_ptr<Response> head, std::function<void(std::shared_ptr<StreamSink>)> onOpen)
{
    // A stream lives until either side closes it: no timeouts, and no buffers kept from the
    // request (an idle subscriber should cost little).
    lowest().expires_never();
    m_parser.reset();
    m_buffer.clear();
    m_buffer.shrink_to_fit();
    head->keep_alive(false);
    http::async_write(m_stream, *head,
                      [self = this->shared_from_this(), head,
                       onOpen = std::move(onOpen)](beast::error_code ec, std::size_t) {
                          if (ec)
                              return self->closeGracefully();
                          self->m_streamOpen = true;
                          onOpen(std::make_shared<Sink>(self));
                          self->streamProbe();
                      });
}

template <class Stream>
void HttpServer::Session<Stream>::startFileBody(std::shared_ptr<Response> head, FileBody body)
{
    const int fd = ::open(body.path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        qCWarning(lcHttp) << "cannot open a file body:" << body.path.c_str();
        return closeGracefully();
    }
    m_file.reset(fd);
    m_fileOffset = body.offset;
    m_fileLeft = body.length;
    m_fileKeepAlive = head->keep_alive();
    head->body().clear();
    head->content_length(body.length);
    auto serializer = std::make_shared<http::response_serializer<http::string_body>>(*head);
    lowest().expires_after(m_limits.readTimeout);
    http::async_write_header(
        m_stream, *serializer,
        [self = this->shared_from_this(), head, serializer](beast::error_code ec, std::size_t) {
            if (ec)
                return self->fileDone(false);
            self->fileWriteNext();
        });
}

template <class Stream> void HttpServer::Session<Stream>::fileWriteNext()
{
    if (m_fileLeft == 0)
        return fileDone(true);
    constexpr std::size_t kPiece = 512 * 1024;
    m_fileBuffer.resize(kPiece);
    const std::size_t want = static_cast<std::size_t>(std::min<std::uint64_t>(m_fileLeft, kPiece));
    ssize_t got = -1;
    do {
        got = ::pread(m_file.fd, m_fileBuffer.data(), want, static_cast<off_t>(m_fileOffset));
    } while (got < 0 && errno == EINTR);
    if (got <= 0)
        return fileDone(false); // shorter than announced: cut, never pad
    lowest().expires_after(m_limits.readTimeout);
    asio::async_write(m_stream, asio::buffer(m_fileBuffer.data(), static_cast<std::size_t>(got)),
                      [self = this->shared_from_this()](beast::error_code ec, std::size_t written) {
                          if (ec)
                              return self->fileDone(false);
                          self->m_fileOffset += written;
                          self->m_fileLeft -= std::min<std::uint64_t>(self->m_fileLeft, written);
                          self->fileWriteNext();
                      });
}

template <class Stream> void HttpServer::Session<Stream>::fileDone(bool ok)
{
    m_file.reset();
    m_fileBuffer = {};
    if (!ok || !m_fileKeepAlive)
        return closeGracefully();
    readHeader();
}

template <class Stream> void HttpServer::Session<Stream>::streamSend(std::string bytes)
{
    if (!m_streamOpen)
        return;
    m_streamQueued += bytes.size();
    if (m_streamQueued > kMaxStreamQueueBytes) {
        qCInfo(lcHttp) << "stream reader too slow; closing";
        return streamClose();
    }
    m_streamQueue.push_back(std::move(bytes));
    if (!m_streamWriting)
        streamWriteNext();
}

template <class Stream> void HttpServer::Session<Stream>::streamWriteNext()
{
    if (m_streamQueue.empty() || !m_streamOpen) {
        m_streamWriting = false;
        return;
    }
    m_streamWriting = true;
    asio::async_write(m_stream, asio::buffer(m_streamQueue.front()),
                      [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                          // Only this handler pops, and streamClose() leaves a queue that is
                          // being written alone: front() is the buffer just written.
                          self->m_streamQueued -= self->m_streamQueue.front().size();
                          self->m_streamQueue.pop_front();
                          if (ec || !self->m_streamOpen) {
                              self->m_streamWriting = false;
                              self->m_streamQueue.clear();
                              self->m_streamQueued = 0;
                              return self->streamClose();
                          }
                          self->streamWriteNext();
                      });
}

// Keeps one tiny read pending: it notices the client going away at once, and its handler is
// what keeps the session alive while the stream is idle.
template <class Stream> void HttpServer::Session<Stream>::streamProbe()
{
    m_stream.async_read_some(asio::buffer(&m_streamProbeByte, 1),
                             [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                                 if (ec)
                                     return self->streamClose();
                                 self->streamProbe(); // a client should not talk; ignore it
                             });
}

template <class Stream> void HttpServer::Session<Stream>::streamClose()
{
    if (!m_streamOpen.exchange(false))
        return;
    if (!m_streamWriting) {
        m_streamQueue.clear();
        m_streamQueued = 0;
    }
    closeGracefully();
}

} // namespace Server
