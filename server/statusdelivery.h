#pragma once

// Delivery of notices and incident updates to the people who run each tenant: one inbox item
// per active owner/admin (read/unread per user) and, when an SMTP relay is configured, one
// e-mail per recipient queued in the outbox in the same transaction (server/smtpoutbox.h sends
// it, with retries). Callers hold the database lock.

#include "server/database.h"

#include <QString>

#include <optional>
#include <string>

namespace Server {

struct Delivery
{
    std::string kind;  // "notice" or "incident"
    std::string refId; // notice or incident id
    QString title;
    QString body;
    std::optional<std::string> tenantId; // one tenant, or every active tenant
};

// Adds inbox items (and outbox e-mails when withMail) for every recipient; the number of
// recipients, or an error.
[[nodiscard]] Core::Result<int> enqueueDelivery(Database& db, const Delivery& delivery,
                                                bool withMail, long long nowMs);

} // namespace Server
