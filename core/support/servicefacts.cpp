#include "core/support/servicefacts.h"

namespace Support {

ServiceFacts defaultServiceFacts()
{
    ServiceFacts facts;
    facts.contacts = {
        {ContactKind::WebForm, QStringLiteral("https://support.onestream.example/contact")},
        {ContactKind::Email, QStringLiteral("support@onestream.example")},
        {ContactKind::Phone, QStringLiteral("+81-3-0000-0000")},
    };
    facts.region = QStringLiteral("Tokyo");
    facts.backupRetentionDays = 30;
    facts.backupCipher = QStringLiteral("AES-256-GCM");
    facts.transportSecurity = QStringLiteral("TLS 1.2+");
    facts.certifications = {{QStringLiteral("ISO/IEC 27001 (ISMS)"), QDate(2027, 3, 31)}};
    return facts;
}

bool isExpired(const Certification& certification, QDate today)
{
    return certification.expiresOn.isValid() && today > certification.expiresOn;
}

} // namespace Support
