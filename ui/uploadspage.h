#pragma once

// The Uploads page: drop files or folders (or pick them); each is probed at once (duration,
// resolution, codecs, conforms) and non-media files are refused with the reason. Preset,
// encoder (Auto says which it picks and why the others are unavailable) and the video details
// per selection or for all; one queue table through encode → upload → verify with progress
// bars, speed, time left and the encoder used; pause, resume, cancel, retry and remove for a
// selection; the bandwidth cap and the upload schedule in the toolbar. The work happens in
// UploadController (never on the GUI thread).

#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimeEdit;
class QToolBar;

namespace Api {
class ApiClient;
}

namespace Gui {

class UploadController;

class UploadsPage : public QWidget
{
    Q_OBJECT
public:
    static inline const QString kBandwidthKey = QStringLiteral("upload/bandwidthBytesPerSecond");
    static inline const QString kScheduleKey = QStringLiteral("upload/schedule"); // "20:00-08:00"

    // controller must outlive the page.
    explicit UploadsPage(UploadController& controller, QWidget* parent = nullptr);

    void setClient(Api::ApiClient* client);
    // After UploadController::load(): shows the "continue the unfinished uploads?" banner.
    void offerToContinue(int unfinished);

    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QString encoderSummary() const;
    [[nodiscard]] QString bannerText() const;
    [[nodiscard]] QString messageText() const;
    // Why the upload queue is held (maintenance or an outage of the upload service, see
    // Status::UploadGate); empty hides the line.
    void setHoldText(const QString& text);
    [[nodiscard]] QString holdText() const;

public slots:
    void addPaths(const QStringList& paths);

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void retranslate();
    void updateActions();
    void updateEncoderSummary();
    void editDetails();
    void applyBandwidth();
    void applySchedule();
    void showMessage(const QString& text);
    [[nodiscard]] QList<qint64> selectedIds() const;
    // The selection, or every item when nothing is selected.
    [[nodiscard]] QList<qint64> targetIds() const;

    UploadController& m_controller;
    Api::ApiClient* m_client = nullptr;
    QLabel* m_heading;
    QLabel* m_hint;
    QWidget* m_banner;
    QLabel* m_bannerText;
    QLabel* m_hold = nullptr;
    QPushButton* m_continue;
    QPushButton* m_discard;
    QToolBar* m_toolbar;
    QAction* m_addFiles;
    QAction* m_addFolder;
    QAction* m_start;
    QAction* m_pause;
    QAction* m_resume;
    QAction* m_cancel;
    QAction* m_retry;
    QAction* m_remove;
    QAction* m_details;
    QLabel* m_bandwidthLabel;
    QComboBox* m_bandwidth;
    QCheckBox* m_schedule;
    QTimeEdit* m_scheduleFrom;
    QTimeEdit* m_scheduleTo;
    QLabel* m_presetLabel;
    QComboBox* m_preset;
    QLabel* m_encoderLabel;
    QComboBox* m_encoder;
    QLabel* m_encoderInfo;
    QTableView* m_table;
    QLabel* m_message;
    int m_unfinished = 0;
};

} // namespace Gui
