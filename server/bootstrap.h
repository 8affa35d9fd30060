#pragma once

// `onestream-server init`: creates the data folder's first platform operator, the one account
// that can then create tenants and seat their owners.

#include "core/result.h"

#include <QString>

#include <filesystem>

namespace Server {

// Fails (BadInput) for a malformed email or a password that breaks the policy (the detail
// names every failed rule), and when the data folder already has an operator.
[[nodiscard]] Core::Status initPlatformOperator(const std::filesystem::path& dataDir,
                                                const QString& email, const QString& password);

} // namespace Server
