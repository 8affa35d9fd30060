#pragma once

// The video form OneStream's upload page has: title, description, category, tags, visibility
// (public, private, public between dates, link-only, selected groups), an optional playback
// window and a scheduled premiere. Used for new uploads and to edit a library video.

#include "ui/uploaditem.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QLineEdit;
class QPlainTextEdit;

namespace Gui {

class VideoMetadataDialog : public QDialog
{
    Q_OBJECT
public:
    // categories: the tenant's categories (GET /v1/categories); the current one is kept.
    VideoMetadataDialog(const VideoMetadata& metadata, const QStringList& categories,
                        QWidget* parent = nullptr);

    // Offers a thumbnail image from a file (new uploads; hidden by default).
    void showThumbnailChoice();

    [[nodiscard]] VideoMetadata metadata() const;
    // Empty when the form can be sent, else what to fix (translated).
    [[nodiscard]] QString problem() const;

    void accept() override;

private:
    void updateEnabled();

    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QComboBox* m_category;
    QLineEdit* m_tags;
    QComboBox* m_visibility;
    QDateTimeEdit* m_visibleFrom;
    QDateTimeEdit* m_visibleUntil;
    QLineEdit* m_groups;
    QCheckBox* m_window;
    QDateTimeEdit* m_windowFrom;
    QDateTimeEdit* m_windowUntil;
    QCheckBox* m_premiere;
    QDateTimeEdit* m_premiereAt;
    QLabel* m_thumbnailLabel;
    QLineEdit* m_thumbnail;
    QPushButton* m_thumbnailBrowse;
};

} // namespace Gui
