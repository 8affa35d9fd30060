#pragma once

// The service facts the Help page shows: how to reach support and what the service promises
// about security and data handling. Values, so a test (or, later, the server) can supply its
// own; defaultServiceFacts() holds the published ones (see docs/gui.md for their source).

#include <QDate>
#include <QList>
#include <QString>
#include <QUrl>

namespace Support {

enum class ContactKind
{
    WebForm = 1,
    Email,
    Phone,
};

struct ContactChannel
{
    ContactKind kind = ContactKind::WebForm;
    QString address; // URL, e-mail address or phone number
};

struct Certification
{
    QString name;    // e.g. "ISO/IEC 27001"
    QDate expiresOn; // last valid day
};

struct ServiceFacts
{
    QList<ContactChannel> contacts;
    QString region; // where data is stored, e.g. "Tokyo"
    int backupRetentionDays = 30;
    QString backupCipher;      // e.g. "AES-256-GCM"
    QString transportSecurity; // e.g. "TLS 1.2 or later"
    QList<Certification> certifications;
};

[[nodiscard]] ServiceFacts defaultServiceFacts();

// True once `today` is after the certification's last valid day.
[[nodiscard]] bool isExpired(const Certification& certification, QDate today);

} // namespace Support
