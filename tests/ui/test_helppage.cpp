// The Help page under QT_QPA_PLATFORM=offscreen with an injected clock.
#include "core/support/servicefacts.h"
#include "tests/support/testhttp.h"
#include "ui/helppage.h"
#include "ui/languagemanager.h"

#include <gtest/gtest.h>

#include <QLabel>

namespace {

using TestSupport::waitUntil;

class HelpPageTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_languages.apply(QStringLiteral("en"))); }
    void TearDown() override { ASSERT_TRUE(m_languages.apply(QStringLiteral("en"))); }

    static QDateTime utc(const char* iso)
    {
        return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    }

    Gui::LanguageManager m_languages;
};

TEST_F(HelpPageTest, Status_WeekdayAfternoonInTokyo_OpenNowWithClosingTime)
{
    // Thu 26 Nov 2026 14:00 JST.
    Gui::HelpPage page(Support::defaultServiceFacts(), [] { return utc("2026-11-26T05:00:00Z"); });
    EXPECT_TRUE(page.supportOpen());
    EXPECT_EQ(page.supportStatusText(), QStringLiteral("Open now. Closes at 17:30 Japan time."));
}

TEST_F(HelpPageTest, Status_PublicHoliday_ClosedWithReasonAndNextOpening)
{
    // Mon 23 Nov 2026 (Labour Thanksgiving Day) 12:00 JST.
    Gui::HelpPage page(Support::defaultServiceFacts(), [] { return utc("2026-11-23T03:00:00Z"); });
    EXPECT_FALSE(page.supportOpen());
    const QString text = page.supportStatusText();
    EXPECT_TRUE(text.startsWith(QLatin1String("Closed now (Japanese public holiday). Opens "
                                              "Tuesday, November 24, 2026 at 10:00 Japan time")))
        << text.toStdString();
}

TEST_F(HelpPageTest, Clock_Advances_RefreshShowsNewState)
{
    QDateTime now = utc("2026-11-27T08:29:00Z"); // Fri 17:29 JST
    Gui::HelpPage page(Support::defaultServiceFacts(), [&now] { return now; });
    EXPECT_TRUE(page.supportOpen());
    now = now.addSecs(60);
    page.refresh();
    EXPECT_FALSE(page.supportOpen());
    EXPECT_TRUE(page.supportStatusText().contains(QLatin1String("Monday, November 30, 2026")))
        << page.supportStatusText().toStdString();
}

TEST_F(HelpPageTest, Certification_PastExpiry_MarkedExpired)
{
    Support::ServiceFacts facts = Support::defaultServiceFacts();
    facts.certifications = {{QStringLiteral("ISO/IEC 27001"), QDate(2026, 3, 31)},
                            {QStringLiteral("ISO/IEC 27017"), QDate(2028, 3, 31)}};
    Gui::HelpPage page(facts, [] { return utc("2026-11-26T05:00:00Z"); });
    const QString text = page.findChild<QLabel*>(QStringLiteral("certifications"))->text();
    EXPECT_TRUE(text.contains(QLatin1String("ISO/IEC 27001: EXPIRED on Tuesday, March 31, 2026")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("ISO/IEC 27017: valid until"))) << text.toStdString();
}

TEST_F(HelpPageTest, Facts_ShowRegionBackupsAndContacts)
{
    Gui::HelpPage page(Support::defaultServiceFacts(), [] { return utc("2026-11-26T05:00:00Z"); });
    const QString security = page.findChild<QLabel*>(QStringLiteral("securityFacts"))->text();
    EXPECT_TRUE(security.contains(QLatin1String("Tokyo region"))) << security.toStdString();
    EXPECT_TRUE(security.contains(QLatin1String("AES-256-GCM, kept for 30 days")))
        << security.toStdString();
    const QString contacts = page.findChild<QLabel*>(QStringLiteral("contactChannels"))->text();
    EXPECT_TRUE(contacts.contains(QLatin1String("mailto:support@onestream.example")))
        << contacts.toStdString();
}

TEST_F(HelpPageTest, Japanese_RetranslatesStatusAndEveryLabelHasAccessibleName)
{
    Gui::HelpPage page(Support::defaultServiceFacts(), [] { return utc("2026-11-26T05:00:00Z"); });
    ASSERT_TRUE(m_languages.apply(QStringLiteral("ja")));
    EXPECT_TRUE(waitUntil([&] {
        return page.supportStatusText().startsWith(QStringLiteral("現在対応中"));
    })) << page.supportStatusText().toStdString();
    for (const QLabel* label : page.findChildren<QLabel*>()) {
        if (label->focusPolicy() != Qt::NoFocus) {
            EXPECT_FALSE(label->accessibleName().isEmpty()) << label->objectName().toStdString();
        }
    }
}

} // namespace
