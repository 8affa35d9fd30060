// The settings page: values persist in QSettings; the support bundle is written off the GUI
// thread with secrets removed.
#include "tests/support/testhttp.h"
#include "ui/languagemanager.h"
#include "ui/settingspage.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Gui::SettingsPage;
using TestSupport::waitUntil;

class SettingsPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_languages.apply(QStringLiteral("en")));
        // The test main points XDG_CONFIG_HOME at a folder of this run; start each test empty.
        QSettings().clear();
    }
    void TearDown() override { QSettings().clear(); }

    QTemporaryDir m_dir;
    Gui::LanguageManager m_languages;
};

TEST_F(SettingsPageTest, ChangeValues_Persisted_ReadBackByNewPage)
{
    {
        SettingsPage page;
        auto* jobs = page.findChild<QSpinBox*>(QStringLiteral("concurrentJobsSpin"));
        auto* encoder = page.findChild<QComboBox*>(QStringLiteral("encoderCombo"));
        auto* notifications = page.findChild<QCheckBox*>(QStringLiteral("notificationsCheck"));
        auto* server = page.findChild<QLineEdit*>(QStringLiteral("cloudUrlEdit"));
        ASSERT_TRUE(jobs && encoder && notifications && server);
        EXPECT_EQ(encoder->currentData().toString(), QStringLiteral("auto"));
        ASSERT_GT(encoder->findData(QStringLiteral("libx264")), 0);
        jobs->setValue(3);
        encoder->setCurrentIndex(encoder->findData(QStringLiteral("libx264")));
        notifications->setChecked(false);
        server->setText(QStringLiteral("https://video.example.jp"));
        emit server->editingFinished();
    }
    const QSettings settings;
    EXPECT_EQ(settings.value(SettingsPage::kConcurrentJobsKey).toInt(), 3);
    EXPECT_EQ(settings.value(SettingsPage::kEncoderKey).toString(), QStringLiteral("libx264"));
    EXPECT_FALSE(settings.value(SettingsPage::kNotificationsKey).toBool());

    SettingsPage again;
    EXPECT_EQ(again.findChild<QSpinBox*>(QStringLiteral("concurrentJobsSpin"))->value(), 3);
    EXPECT_EQ(again.findChild<QLineEdit*>(QStringLiteral("cloudUrlEdit"))->text(),
              QStringLiteral("https://video.example.jp"));
    EXPECT_FALSE(again.findChild<QCheckBox*>(QStringLiteral("notificationsCheck"))->isChecked());
}

TEST_F(SettingsPageTest, ExportSupportBundle_LogWithToken_WrittenWithoutSecret)
{
    const QString logs = m_dir.filePath(QStringLiteral("logs"));
    ASSERT_TRUE(QDir().mkpath(logs));
    {
        QFile log(logs + QStringLiteral("/studio.log"));
        ASSERT_TRUE(log.open(QIODevice::WriteOnly));
        log.write("GET /v1/me Authorization: Bearer very.secret.token\nencode done\n");
    }
    QSettings().setValue(SettingsPage::kLogFolderKey, logs);
    QSettings().setValue(QStringLiteral("auth/refreshToken"), QStringLiteral("rt-secret"));

    SettingsPage page;
    QSignalSpy exported(&page, &SettingsPage::supportBundleExported);
    const QString file = m_dir.filePath(QStringLiteral("bundle.json"));
    page.exportSupportBundle(file);
    ASSERT_TRUE(waitUntil([&] { return exported.count() == 1; }));
    EXPECT_TRUE(exported.at(0).at(0).toBool()) << page.statusText().toStdString();
    EXPECT_TRUE(page.statusText().startsWith(QLatin1String("Support bundle saved to")))
        << page.statusText().toStdString();
    EXPECT_TRUE(page.statusText().contains(QLatin1String("1 log file,")))
        << page.statusText().toStdString();

    QFile bundle(file);
    ASSERT_TRUE(bundle.open(QIODevice::ReadOnly));
    const QByteArray raw = bundle.readAll();
    EXPECT_FALSE(raw.contains("very.secret.token"));
    EXPECT_FALSE(raw.contains("rt-secret"));
    EXPECT_TRUE(raw.contains("encode done"));
}

TEST_F(SettingsPageTest, ExportSupportBundle_UnwritablePath_ReasonShown)
{
    SettingsPage page;
    QSignalSpy exported(&page, &SettingsPage::supportBundleExported);
    page.exportSupportBundle(m_dir.filePath(QStringLiteral("no/such/folder/bundle.json")));
    ASSERT_TRUE(waitUntil([&] { return exported.count() == 1; }));
    EXPECT_FALSE(exported.at(0).at(0).toBool());
    EXPECT_TRUE(page.statusText().startsWith(QLatin1String("Cannot export the support bundle")));
    EXPECT_TRUE(page.findChild<QPushButton*>(QStringLiteral("exportBundleButton"))->isEnabled());
}

TEST_F(SettingsPageTest, UploadsAtOnce_DefaultTwo_SavedAndAnnounced)
{
    {
        SettingsPage page;
        auto* uploads = page.findChild<QSpinBox*>(QStringLiteral("parallelUploadsSpin"));
        ASSERT_NE(uploads, nullptr);
        EXPECT_EQ(uploads->value(), SettingsPage::kDefaultParallelUploads);
        QSignalSpy changed(&page, &SettingsPage::parallelUploadsChanged);
        uploads->setValue(5);
        ASSERT_EQ(changed.count(), 1);
        EXPECT_EQ(changed.at(0).at(0).toInt(), 5);
        uploads->setValue(99); // clamped to the range
        EXPECT_EQ(uploads->value(), 6);
    }
    EXPECT_EQ(QSettings().value(SettingsPage::kParallelUploadsKey).toInt(), 6);
    SettingsPage again;
    EXPECT_EQ(again.findChild<QSpinBox*>(QStringLiteral("parallelUploadsSpin"))->value(), 6);
}

TEST_F(SettingsPageTest, EveryControl_HasAccessibleNameAndTakesFocus)
{
    SettingsPage page;
    for (const char* name : {"languageCombo", "cloudUrlEdit", "encoderCombo", "concurrentJobsSpin",
                             "parallelUploadsSpin", "notificationsCheck", "logFolderEdit",
                             "logFolderBrowse", "exportBundleButton"}) {
        auto* widget = page.findChild<QWidget*>(QLatin1String(name));
        ASSERT_NE(widget, nullptr) << name;
        EXPECT_FALSE(widget->accessibleName().isEmpty()) << name;
        EXPECT_NE(widget->focusPolicy(), Qt::NoFocus) << name;
    }
}

} // namespace
