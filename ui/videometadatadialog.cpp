#include "ui/videometadatadialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gui {

namespace {

QStringList splitList(const QString& text)
{
    QStringList list;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            list.append(trimmed);
    }
    return list;
}

QDateTimeEdit* dateEdit(QWidget* parent, const QDateTime& value, const QDateTime& fallback)
{
    auto* edit = new QDateTimeEdit(value.isValid() ? value.toLocalTime() : fallback, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    return edit;
}

} // namespace

VideoMetadataDialog::VideoMetadataDialog(const VideoMetadata& metadata,
                                         const QStringList& categories, QWidget* parent)
    : QDialog(parent), m_title(new QLineEdit(metadata.title, this)),
      m_description(new QPlainTextEdit(metadata.description, this)),
      m_category(new QComboBox(this)),
      m_tags(new QLineEdit(metadata.tags.join(QStringLiteral(", ")), this)),
      m_visibility(new QComboBox(this)),
      m_groups(new QLineEdit(metadata.groups.join(QStringLiteral(", ")), this)),
      m_window(new QCheckBox(tr("Only playable between:"), this)),
      m_premiere(new QCheckBox(tr("Scheduled premiere at:"), this)),
      m_thumbnailLabel(new QLabel(tr("T&humbnail:"), this)),
      m_thumbnail(new QLineEdit(metadata.thumbnailFile, this)),
      m_thumbnailBrowse(new QPushButton(tr("Choose…"), this))
{
    setObjectName(QStringLiteral("videoMetadataDialog"));
    setWindowTitle(tr("Video details"));
    const QDateTime now = QDateTime::currentDateTime();
    m_visibleFrom = dateEdit(this, metadata.visibleFrom, now);
    m_visibleUntil = dateEdit(this, metadata.visibleUntil, now.addDays(30));
    m_windowFrom = dateEdit(this, metadata.playbackFrom, now);
    m_windowUntil = dateEdit(this, metadata.playbackUntil, now.addDays(30));
    m_premiereAt = dateEdit(this, metadata.premiereAt, now.addDays(1));

    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMaxLength(200);
    m_title->setAccessibleName(tr("Title"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_category->addItem(tr("(none)"), QString());
    for (const QString& category : categories)
        m_category->addItem(category, category);
    if (!metadata.category.isEmpty() && !categories.contains(metadata.category))
        m_category->addItem(metadata.category, metadata.category);
    m_category->setCurrentIndex(std::max(0, m_category->findData(metadata.category)));
    m_category->setAccessibleName(tr("Category"));
    m_tags->setAccessibleName(tr("Tags, separated by commas"));
    m_visibility->setObjectName(QStringLiteral("visibilityCombo"));
    m_visibility->addItem(tr("Private"), QStringLiteral("private"));
    m_visibility->addItem(tr("Public"), QStringLiteral("public"));
    m_visibility->addItem(tr("Public between dates"), QStringLiteral("scheduled"));
    m_visibility->addItem(tr("Anyone with the link"), QStringLiteral("link-only"));
    m_visibility->addItem(tr("Selected groups"), QStringLiteral("groups"));
    m_visibility->setCurrentIndex(std::max(0, m_visibility->findData(metadata.visibility)));
    m_visibility->setAccessibleName(tr("Visibility"));
    m_groups->setAccessibleName(tr("Group IDs, separated by commas"));
    m_window->setChecked(metadata.playbackFrom.isValid());
    m_premiere->setChecked(metadata.premiereAt.isValid());
    m_visibleFrom->setAccessibleName(tr("Public from"));
    m_visibleUntil->setAccessibleName(tr("Public until"));
    m_windowFrom->setAccessibleName(tr("Playable from"));
    m_windowUntil->setAccessibleName(tr("Playable until"));
    m_premiereAt->setAccessibleName(tr("Premiere at"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("&Visibility:"), m_visibility);
    form->addRow(tr("Public from:"), m_visibleFrom);
    form->addRow(tr("Public until:"), m_visibleUntil);
    form->addRow(tr("&Groups:"), m_groups);
    form->addRow(m_window);
    form->addRow(tr("Playable from:"), m_windowFrom);
    form->addRow(tr("Playable until:"), m_windowUntil);
    form->addRow(m_premiere, m_premiereAt);
    auto* thumbnailRow = new QHBoxLayout;
    thumbnailRow->addWidget(m_thumbnail, 1);
    thumbnailRow->addWidget(m_thumbnailBrowse);
    form->addRow(m_thumbnailLabel, thumbnailRow);
    m_thumbnail->setObjectName(QStringLiteral("thumbnailEdit"));
    m_thumbnail->setPlaceholderText(tr("The best poster frame (adaptive ladder) or none"));
    m_thumbnail->setAccessibleName(tr("Thumbnail image file"));
    m_thumbnailLabel->setBuddy(m_thumbnail);
    m_thumbnailBrowse->setAccessibleName(tr("Choose a thumbnail image"));
    connect(m_thumbnailBrowse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Choose a thumbnail image"), QString(),
                                         tr("Images (*.jpg *.jpeg *.png *.webp)"));
        if (!file.isEmpty())
            m_thumbnail->setText(file);
    });
    for (QWidget* widget :
         {static_cast<QWidget*>(m_thumbnailLabel), static_cast<QWidget*>(m_thumbnail),
          static_cast<QWidget*>(m_thumbnailBrowse)})
        widget->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &VideoMetadataDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VideoMetadataDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_visibility, &QComboBox::currentIndexChanged, this, [this] { updateEnabled(); });
    connect(m_window, &QCheckBox::toggled, this, [this] { updateEnabled(); });
    connect(m_premiere, &QCheckBox::toggled, this, [this] { updateEnabled(); });
    updateEnabled();
}

void VideoMetadataDialog::showThumbnailChoice()
{
    m_thumbnailLabel->setVisible(true);
    m_thumbnail->setVisible(true);
    m_thumbnailBrowse->setVisible(true);
}

void VideoMetadataDialog::updateEnabled()
{
    const QString visibility = m_visibility->currentData().toString();
    m_visibleFrom->setEnabled(visibility == QLatin1String("scheduled"));
    m_visibleUntil->setEnabled(visibility == QLatin1String("scheduled"));
    m_groups->setEnabled(visibility == QLatin1String("groups"));
    m_windowFrom->setEnabled(m_window->isChecked());
    m_windowUntil->setEnabled(m_window->isChecked());
    m_premiereAt->setEnabled(m_premiere->isChecked());
}

VideoMetadata VideoMetadataDialog::metadata() const
{
    VideoMetadata metadata;
    metadata.title = m_title->text().trimmed();
    metadata.description = m_description->toPlainText();
    metadata.category = m_category->currentData().toString();
    metadata.tags = splitList(m_tags->text());
    metadata.visibility = m_visibility->currentData().toString();
    if (metadata.visibility == QLatin1String("scheduled")) {
        metadata.visibleFrom = m_visibleFrom->dateTime();
        metadata.visibleUntil = m_visibleUntil->dateTime();
    }
    if (metadata.visibility == QLatin1String("groups"))
        metadata.groups = splitList(m_groups->text());
    if (m_window->isChecked()) {
        metadata.playbackFrom = m_windowFrom->dateTime();
        metadata.playbackUntil = m_windowUntil->dateTime();
    }
    if (m_premiere->isChecked())
        metadata.premiereAt = m_premiereAt->dateTime();
    if (m_thumbnail->isVisibleTo(this))
        metadata.thumbnailFile = m_thumbnail->text().trimmed();
    return metadata;
}

QString VideoMetadataDialog::problem() const
{
    const VideoMetadata value = metadata();
    if (value.title.isEmpty())
        return tr("Enter a title.");
    if (value.visibility == QLatin1String("scheduled") && value.visibleUntil <= value.visibleFrom)
        return tr("The end of the public period must come after its start.");
    if (value.visibility == QLatin1String("groups") && value.groups.isEmpty())
        return tr("Name at least one group.");
    if (value.playbackFrom.isValid() && value.playbackUntil <= value.playbackFrom)
        return tr("The end of the playback window must come after its start.");
    if (!value.thumbnailFile.isEmpty() && !QFileInfo(value.thumbnailFile).isFile())
        return tr("The thumbnail file does not exist.");
    return QString();
}

void VideoMetadataDialog::accept()
{
    const QString text = problem();
    if (!text.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), text);
        return;
    }
    QDialog::accept();
}

} // namespace Gui
