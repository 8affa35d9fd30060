#pragma once

// Video objects kept in several storage roots (DESIGN.md §4: two roots, verified by checksum).
// Every copy is written (tmp + fsync + rename) and read back against the object's SHA-256; on
// read, a damaged or missing copy is healed from a good one.

#include "core/result.h"

#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

namespace Server {

// SHA-256 (lowercase hex) of a file, read in bounded buffers.
[[nodiscard]] Core::Result<std::string> sha256OfFile(const std::filesystem::path& file);

class ReplicatedStorage
{
public:
    static constexpr std::size_t kAllRoots = static_cast<std::size_t>(-1);
    explicit ReplicatedStorage(std::vector<std::filesystem::path> roots);

    [[nodiscard]] Core::Status prepare() const;
    // Moves source into the first root (same file system) and copies it into the others, each
    // copy read back and verified; source is gone afterwards when the move worked.
    // copies: how many roots keep the object (images keep one; videos every root).
    [[nodiscard]] Core::Status store(const std::filesystem::path& source, const std::string& name,
                                     const std::string& sha256Hex,
                                     std::size_t copies = kAllRoots) const;

    struct Verified
    {
        std::filesystem::path file; // a copy whose bytes match
        int healed = 0;             // copies repaired on the way
    };
    // Checks every copy; repairs damaged or missing ones from a good one. Fails when no copy
    // matches.
    [[nodiscard]] Core::Result<Verified> verify(const std::string& name,
                                                const std::string& sha256Hex,
                                                std::size_t copies = kAllRoots) const;
    void remove(const std::string& name) const;

    [[nodiscard]] const std::vector<std::filesystem::path>& roots() const { return m_roots; }

private:
    [[nodiscard]] Core::Status copyInto(const std::filesystem::path& source,
                                        const std::filesystem::path& root,
                                        const std::string& name) const;
    std::vector<std::filesystem::path> m_roots;
    mutable std::mutex m_healMutex;
};

} // namespace Server
