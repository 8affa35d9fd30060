#include "ui/settingspage.h"

#include "core/media/encoders.h"
#include "core/support/supportbundle.h"
#include "core/version.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

namespace Gui {

namespace {

QString defaultLogFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("logs"));
}

} // namespace

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this)), m_serverLabel(new QLabel(this)),
      m_server(new QLineEdit(this)), m_encoderLabel(new QLabel(this)),
      m_encoder(new QComboBox(this)), m_jobsLabel(new QLabel(this)), m_jobs(new QSpinBox(this)),
      m_uploadsLabel(new QLabel(this)), m_uploads(new QSpinBox(this)),
      m_notifications(new QCheckBox(this)), m_logLabel(new QLabel(this)),
      m_logFolder(new QLineEdit(this)), m_logBrowse(new QPushButton(this)),
      m_export(new QPushButton(this)), m_status(new QLabel(this))
{
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setObjectName(QStringLiteral("pageHeading"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so anyone can find their own.
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageLabel->setBuddy(m_language);

    m_server->setObjectName(QStringLiteral("cloudUrlEdit"));
    m_serverLabel->setBuddy(m_server);
    m_encoder->setObjectName(QStringLiteral("encoderCombo"));
    m_encoder->addItem(QString(), QStringLiteral("auto"));
    for (const Media::EncoderDescriptor& encoder : Media::builtinEncoders())
        m_encoder->addItem(encoder.displayName, encoder.id);
    m_encoderLabel->setBuddy(m_encoder);
    m_jobs->setObjectName(QStringLiteral("concurrentJobsSpin"));
    m_jobs->setRange(1, 8);
    m_jobsLabel->setBuddy(m_jobs);
    m_uploads->setObjectName(QStringLiteral("parallelUploadsSpin"));
    m_uploads->setRange(1, 6);
    m_uploadsLabel->setBuddy(m_uploads);
    m_notifications->setObjectName(QStringLiteral("notificationsCheck"));
    m_logFolder->setObjectName(QStringLiteral("logFolderEdit"));
    m_logLabel->setBuddy(m_logFolder);
    m_logBrowse->setObjectName(QStringLiteral("logFolderBrowse"));
    m_export->setObjectName(QStringLiteral("exportBundleButton"));
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* logRow = new QHBoxLayout;
    logRow->addWidget(m_logFolder, 1);
    logRow->addWidget(m_logBrowse);
    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_encoderLabel, m_encoder);
    form->addRow(m_jobsLabel, m_jobs);
    form->addRow(m_uploadsLabel, m_uploads);
    form->addRow(QString(), m_notifications);
    form->addRow(m_logLabel, logRow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_export, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch(1);

    load();
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this](int index) { emit languageRequested(m_language->itemData(index).toString()); });
    connect(m_server, &QLineEdit::editingFinished, this, &SettingsPage::save);
    connect(m_encoder, &QComboBox::currentIndexChanged, this, &SettingsPage::save);
    connect(m_jobs, &QSpinBox::valueChanged, this, &SettingsPage::save);
    connect(m_uploads, &QSpinBox::valueChanged, this, [this](int uploads) {
        save();
        emit parallelUploadsChanged(uploads);
    });
    connect(m_notifications, &QCheckBox::toggled, this, &SettingsPage::save);
    connect(m_logFolder, &QLineEdit::editingFinished, this, &SettingsPage::save);
    connect(m_logBrowse, &QPushButton::clicked, this, &SettingsPage::chooseLogFolder);
    connect(m_export, &QPushButton::clicked, this, &SettingsPage::chooseBundleFile);
    retranslate();
}

SettingsPage::~SettingsPage()
{
    // The worker only touches its own copies; let it finish its (bounded) write.
    if (m_exportThread)
        m_exportThread->wait();
}

void SettingsPage::load()
{
    const QSettings settings;
    m_server->setText(settings.value(kCloudUrlKey).toString());
    const int encoder =
        m_encoder->findData(settings.value(kEncoderKey, QStringLiteral("auto")).toString());
    m_encoder->setCurrentIndex(encoder >= 0 ? encoder : 0);
    m_jobs->setValue(settings.value(kConcurrentJobsKey, 2).toInt());
    m_uploads->setValue(settings.value(kParallelUploadsKey, kDefaultParallelUploads).toInt());
    m_notifications->setChecked(settings.value(kNotificationsKey, true).toBool());
    m_logFolder->setText(settings.value(kLogFolderKey, defaultLogFolder()).toString());
}

void SettingsPage::save()
{
    QSettings settings;
    settings.setValue(kCloudUrlKey, m_server->text().trimmed());
    settings.setValue(kEncoderKey, m_encoder->currentData().toString());
    settings.setValue(kConcurrentJobsKey, m_jobs->value());
    settings.setValue(kParallelUploadsKey, m_uploads->value());
    settings.setValue(kNotificationsKey, m_notifications->isChecked());
    settings.setValue(kLogFolderKey, m_logFolder->text().trimmed());
}

void SettingsPage::setCurrentLanguage(const QString& code)
{
    const QSignalBlocker blocker(m_language);
    const int index = m_language->findData(code);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

QString SettingsPage::statusText() const
{
    return m_status->text();
}

void SettingsPage::chooseLogFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Log folder"), m_logFolder->text());
    if (!folder.isEmpty()) {
        m_logFolder->setText(folder);
        save();
    }
}

void SettingsPage::chooseBundleFile()
{
    const QString name =
        QStringLiteral("onestream-support-%1.json")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export a support bundle"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        tr("Support bundle (*.json)"));
    if (!file.isEmpty())
        exportSupportBundle(file);
}

void SettingsPage::exportSupportBundle(const QString& filePath)
{
    if (m_exportThread)
        return;
    save();
    Support::SupportBundleInput input;
    input.appVersion = QString::fromLatin1(Core::kVersion);
    const QSettings settings;
    for (const QString& key : settings.allKeys())
        input.settings.insert(key, settings.value(key));
    input.logDir = m_logFolder->text().trimmed();

    m_export->setEnabled(false);
    m_status->setText(tr("Exporting the support bundle…"));
    QPointer<SettingsPage> self(this);
    m_exportThread = QThread::create([input, filePath, self] {
        const Core::Result<int> written = Support::writeSupportBundle(input, filePath);
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, written, filePath] {
                if (!self)
                    return;
                self->m_export->setEnabled(true);
                const QString message =
                    written.ok()
                        ? tr("Support bundle saved to %1 (%n log file(s), secrets removed).",
                             nullptr, written.value())
                              .arg(QDir::toNativeSeparators(filePath))
                        : tr("Cannot export the support bundle: %1").arg(written.error().detail);
                self->m_status->setText(message);
                self->m_status->setAccessibleName(message);
                emit self->supportBundleExported(written.ok(), message);
            },
            Qt::QueuedConnection);
    });
    connect(m_exportThread.data(), &QThread::finished, m_exportThread.data(),
            &QObject::deleteLater);
    m_exportThread->start();
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_heading->setText(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Display language"));
    m_language->setToolTip(tr("Applies at once, without restarting"));
    m_serverLabel->setText(tr("OneStream &cloud server:"));
    m_server->setAccessibleName(tr("OneStream cloud server address"));
    m_server->setPlaceholderText(QStringLiteral("https://"));
    m_encoderLabel->setText(tr("Preferred &encoder:"));
    m_encoder->setItemText(0, tr("Auto (fastest that passes a test encode)"));
    m_encoder->setAccessibleName(tr("Preferred encoder"));
    m_jobsLabel->setText(tr("Concurrent &jobs:"));
    m_jobs->setAccessibleName(tr("Number of encodes that run at the same time"));
    m_uploadsLabel->setText(tr("&Uploads at once:"));
    m_uploads->setAccessibleName(tr("Number of files that upload at the same time"));
    m_uploads->setToolTip(tr("Applies at once. The bandwidth cap is shared by all of them."));
    m_notifications->setText(tr("Show a desktop &notification when a batch finishes or fails"));
    m_notifications->setAccessibleName(m_notifications->text().remove(QLatin1Char('&')));
    m_logLabel->setText(tr("Log &folder:"));
    m_logFolder->setAccessibleName(tr("Log folder"));
    m_logBrowse->setText(tr("&Browse…"));
    m_logBrowse->setAccessibleName(tr("Choose the log folder"));
    m_export->setText(tr("E&xport a support bundle…"));
    m_export->setAccessibleName(tr("Export a support bundle"));
    m_export->setToolTip(tr("Settings and logs in one file, with passwords and tokens removed"));
}

} // namespace Gui
