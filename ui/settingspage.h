#pragma once

// Settings: language (applied without restart), the OneStream cloud server, encoder
// preference and concurrent jobs, uploads at once, notifications, the log folder and "export a
// support bundle" (settings and logs with secrets removed, written off the GUI thread). Values
// persist in QSettings under the keys below.

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QThread;

namespace Gui {

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    static inline const QString kCloudUrlKey = QStringLiteral("server/cloudUrl");
    static inline const QString kEncoderKey = QStringLiteral("encode/encoder"); // "auto" or id
    static inline const QString kConcurrentJobsKey = QStringLiteral("encode/concurrentJobs");
    static inline const QString kParallelUploadsKey = QStringLiteral("upload/parallel");
    static constexpr int kDefaultParallelUploads = 2;
    static inline const QString kNotificationsKey = QStringLiteral("notifications/enabled");
    static inline const QString kLogFolderKey = QStringLiteral("logs/folder");

    explicit SettingsPage(QWidget* parent = nullptr);
    ~SettingsPage() override;

    // Shows code ("ja" / "en") as selected without emitting languageRequested.
    void setCurrentLanguage(const QString& code);
    [[nodiscard]] QString statusText() const;

public slots:
    // Writes the support bundle to filePath on a worker thread; supportBundleExported follows.
    void exportSupportBundle(const QString& filePath);

signals:
    void languageRequested(const QString& code);
    void supportBundleExported(bool ok, const QString& message);
    // The user changed how many files upload at once (saved already).
    void parallelUploadsChanged(int uploads);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void load();
    void save();
    void chooseLogFolder();
    void chooseBundleFile();

    QLabel* m_heading;
    QLabel* m_languageLabel;
    QComboBox* m_language;
    QLabel* m_serverLabel;
    QLineEdit* m_server;
    QLabel* m_encoderLabel;
    QComboBox* m_encoder;
    QLabel* m_jobsLabel;
    QSpinBox* m_jobs;
    QLabel* m_uploadsLabel;
    QSpinBox* m_uploads;
    QCheckBox* m_notifications;
    QLabel* m_logLabel;
    QLineEdit* m_logFolder;
    QPushButton* m_logBrowse;
    QPushButton* m_export;
    QLabel* m_status;
    QPointer<QThread> m_exportThread;
};

} // namespace Gui
