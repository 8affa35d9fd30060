#pragma once

// Hashes a stream of bytes on a thread of its own, so that the thread producing them (the
// server receiving a request body, the client reading the file) goes on while the megabytes
// before are hashed. Bytes travel in blocks of a bounded ring, copied in by add() or handed
// over whole by push(): the producer waits when the hashing thread falls that far behind, so
// memory stays bounded however fast the bytes come.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace Upload {

class HashPipeline
{
public:
    // consume sees every byte given to add(), in order, on the pipeline's thread.
    using Consumer = std::function<void(const char* data, std::size_t size)>;
    static constexpr std::size_t kBlockBytes = 1024 * 1024;
    static constexpr std::size_t kMaxBlocks = 8;

    explicit HashPipeline(Consumer consume);
    // Consumes what was added and stops the thread.
    ~HashPipeline();
    HashPipeline(const HashPipeline&) = delete;
    HashPipeline& operator=(const HashPipeline&) = delete;

    void add(const char* data, std::size_t size);
    // Hands a whole block over without copying it (after anything add() collected) and returns
    // a consumed block to fill next (empty when none is spare yet).
    [[nodiscard]] std::vector<char> push(std::vector<char> block);
    // Returns once every byte added so far has been consumed.
    void drain();

private:
    void submitCurrent();
    void enqueue(std::unique_lock<std::mutex>& lock, std::vector<char> block);
    void run();

    Consumer m_consume;
    std::vector<char> m_current; // being filled by the caller's thread
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<char>> m_full;   // waiting for the pipeline's thread
    std::vector<std::vector<char>> m_spare; // consumed blocks, kept for reuse
    bool m_busy = false;                    // the thread is consuming a block
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace Upload
