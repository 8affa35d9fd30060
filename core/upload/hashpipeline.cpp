#include "core/upload/hashpipeline.h"

#include <algorithm>

namespace Upload {

HashPipeline::HashPipeline(Consumer consume) : m_consume(std::move(consume))
{
    m_current.reserve(kBlockBytes);
    m_thread = std::thread([this] { run(); });
}

HashPipeline::~HashPipeline()
{
    drain();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void HashPipeline::add(const char* data, std::size_t size)
{
    while (size > 0) {
        const std::size_t take = std::min(size, kBlockBytes - m_current.size());
        m_current.insert(m_current.end(), data, data + take);
        data += take;
        size -= take;
        if (m_current.size() == kBlockBytes)
            submitCurrent();
    }
}

void HashPipeline::enqueue(std::unique_lock<std::mutex>& lock, std::vector<char> block)
{
    // Back-pressure: at most kMaxBlocks blocks wait, the one being consumed included.
    m_changed.wait(lock, [this] { return m_full.size() + (m_busy ? 1 : 0) < kMaxBlocks; });
    m_full.push_back(std::move(block));
}

void HashPipeline::submitCurrent()
{
    if (m_current.empty())
        return;
    std::unique_lock lock(m_mutex);
    enqueue(lock, std::move(m_current));
    if (m_spare.empty()) {
        m_current = std::vector<char>();
        m_current.reserve(kBlockBytes);
    } else {
        m_current = std::move(m_spare.back());
        m_spare.pop_back();
        m_current.clear();
    }
    lock.unlock();
    m_changed.notify_all();
}

std::vector<char> HashPipeline::push(std::vector<char> block)
{
    submitCurrent();
    std::vector<char> spare;
    std::unique_lock lock(m_mutex);
    if (!block.empty())
        enqueue(lock, std::move(block));
    if (!m_spare.empty()) {
        spare = std::move(m_spare.back());
        m_spare.pop_back();
    }
    lock.unlock();
    m_changed.notify_all();
    return spare;
}

void HashPipeline::drain()
{
    submitCurrent();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_full.empty() && !m_busy; });
}

void HashPipeline::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_changed.wait(lock, [this] { return m_stopping || !m_full.empty(); });
        if (m_full.empty())
            return; // stopping, and nothing left
        std::vector<char> block = std::move(m_full.front());
        m_full.pop_front();
        m_busy = true;
        lock.unlock();
        m_consume(block.data(), block.size());
        lock.lock();
        m_busy = false;
        m_spare.push_back(std::move(block));
        m_changed.notify_all();
    }
}

} // namespace Upload
