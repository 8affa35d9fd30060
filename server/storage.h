#pragma once

// Object storage roots on the file system (DESIGN.md §5). Objects are written to a temporary
// name, fsynced, then renamed into place.

#include "core/result.h"

#include <filesystem>
#include <string_view>

namespace Server {

class ObjectStorage
{
public:
    explicit ObjectStorage(std::filesystem::path root) : m_root(std::move(root)) {}

    // Creates the root (and its tmp/ folder) when missing.
    [[nodiscard]] Core::Status prepare() const;
    // Proves the root is writable now: writes, fsyncs, renames and removes a probe file.
    [[nodiscard]] Core::Status checkWritable() const;
    // Writes bytes under name atomically (tmp + fsync + rename + directory fsync).
    [[nodiscard]] Core::Status writeAtomically(std::string_view name, std::string_view bytes) const;

    [[nodiscard]] const std::filesystem::path& root() const { return m_root; }

private:
    std::filesystem::path m_root;
};

} // namespace Server
