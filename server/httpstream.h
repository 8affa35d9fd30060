#pragma once

// Response streaming for the HTTP engine (Server-Sent Events and the like). A handler that
// wants to keep the connection sets RequestContext::stream->onOpen and returns the response
// head (status and headers, no body, no Content-Length). The engine writes the head, then hands
// the connection's write side to onOpen as a StreamSink; the body is delimited by closing the
// connection. Writes are queued and performed on the connection's strand, so a sink may be used
// from any thread. An idle stream costs one socket, one small read and no thread.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace Server {

class StreamSink
{
public:
    virtual ~StreamSink() = default;
    // Queues bytes for the client; false once the connection is gone or the client reads too
    // slowly (more than the engine's queue limit pending): drop the sink then.
    virtual bool send(std::string bytes) = 0;
    [[nodiscard]] virtual bool isOpen() const = 0;
    virtual void close() = 0;
};

// A response body read from a file (downloads): the handler sets RequestContext::stream->file
// and returns the head with Content-Length = length and an empty body. The engine sends the
// bytes [offset, offset + length) in bounded pieces as the client takes them, then goes on
// with the connection (keep-alive); memory does not grow with the file. A file that ends early
// cuts the connection (the client sees a short body, never wrong bytes).
struct FileBody
{
    std::filesystem::path path;
    std::uint64_t offset = 0;
    std::uint64_t length = 0;
};

struct StreamRequest
{
    std::function<void(std::shared_ptr<StreamSink>)> onOpen;
    std::optional<FileBody> file;
};

// Bytes a stream may have queued before the engine gives up on a slow reader.
inline constexpr std::size_t kMaxStreamQueueBytes = 1024 * 1024;

} // namespace Server
