#include "server/statusdelivery.h"

#include "server/statusutil.h"

#include <vector>

namespace Server {

Core::Result<int> enqueueDelivery(Database& db, const Delivery& delivery, bool withMail,
                                  long long nowMs)
{
    auto recipients = db.prepare(
        "SELECT DISTINCT u.id, u.tenant_id, u.email FROM users u "
        "JOIN role_assignments r ON r.user_id = u.id "
        "JOIN tenants t ON t.id = u.tenant_id "
        "WHERE r.role IN ('owner', 'admin') AND u.status = 'active' AND t.status = 'active' "
        "AND (?1 IS NULL OR u.tenant_id = ?1) ORDER BY u.tenant_id, u.email");
    if (!recipients)
        return recipients.error();
    if (delivery.tenantId)
        recipients->bind(1, *delivery.tenantId);
    else
        recipients->bindNull(1);
    struct Recipient
    {
        std::string userId;
        std::string tenantId;
        std::string email;
    };
    std::vector<Recipient> list;
    while (true) {
        auto row = recipients->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        list.push_back(
            {recipients->columnText(0), recipients->columnText(1), recipients->columnText(2)});
    }
    const std::string title = StatusUtil::ss(delivery.title);
    const std::string body = StatusUtil::ss(delivery.body);
    for (const Recipient& recipient : list) {
        auto inbox = db.prepare("INSERT INTO status_inbox(id, user_id, tenant_id, kind, ref_id, "
                                "title, body, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        if (!inbox)
            return inbox.error();
        inbox->bind(1, StatusUtil::newId())
            .bind(2, recipient.userId)
            .bind(3, recipient.tenantId)
            .bind(4, delivery.kind)
            .bind(5, delivery.refId)
            .bind(6, title)
            .bind(7, body)
            .bind(8, nowMs);
        if (auto done = inbox->step(); !done)
            return done.error();
        if (!withMail)
            continue;
        auto mail = db.prepare("INSERT INTO status_outbox(recipient, subject, body, created_ms, "
                               "next_attempt_ms) VALUES (?, ?, ?, ?, ?)");
        if (!mail)
            return mail.error();
        mail->bind(1, recipient.email)
            .bind(2, "[OneStream] " + title)
            .bind(3, body)
            .bind(4, nowMs)
            .bind(5, nowMs);
        if (auto done = mail->step(); !done)
            return done.error();
    }
    return static_cast<int>(list.size());
}

} // namespace Server
